//! Operability endpoints: liveness, readiness (the database answers) and Prometheus metrics.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::AppState;

/// Liveness: the process answers.
pub async fn health() -> Response {
    plain(StatusCode::OK, "ok\n".to_string())
}

/// Readiness: the database answers within the pool's timeout.
pub async fn ready(State(state): State<AppState>) -> Response {
    match state.store.ping().await {
        Ok(()) => plain(StatusCode::OK, format!("ready ({})\n", state.store.backend_name())),
        Err(error) => {
            tracing::warn!(error.message = %error, "readiness check failed");
            plain(StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n".to_string())
        }
    }
}

pub async fn metrics(State(state): State<AppState>) -> Response {
    let mut response = (StatusCode::OK, state.metrics.render()).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"));
    response
}

fn plain(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
