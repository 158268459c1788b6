//! The web edge of Lotse: the only crate that knows HTTP. It turns requests into calls on the domain and
//! store traits and renders the answers as HTML pages or JSON.
//!
//! Layers, outermost first: security headers → compression → request context (id, language, log, metrics)
//! → error rendering → panic catcher → body limit → router.

pub mod api;
pub mod assets;
pub mod ctx;
pub mod errors;
pub mod i18n;
pub mod metrics;
pub mod ops;
pub mod pages;
pub mod ratelimit;
pub mod security;

use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRef};
use axum::middleware;
use axum::routing::get;
use lotse_core::{Clock, Store};
use std::sync::Arc;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;

use crate::assets::Assets;
use crate::errors::WebError;
use crate::metrics::Metrics;
use crate::ratelimit::RateLimiter;

/// Settings of the web edge.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The address users reach Lotse at, e.g. `https://beratung.example.org`. An `https` URL turns on HSTS and
    /// `Secure` cookies.
    pub public_url: Option<String>,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// API requests allowed per client address and minute.
    pub api_requests_per_minute: u32,
}

impl WebConfig {
    pub fn behind_tls(&self) -> bool {
        self.public_url.as_deref().is_some_and(|u| u.starts_with("https://"))
    }
}

impl Default for WebConfig {
    fn default() -> Self {
        Self { public_url: None, max_body_bytes: 1024 * 1024, api_requests_per_minute: 600 }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub assets: Arc<Assets>,
    pub metrics: Arc<Metrics>,
    pub config: Arc<WebConfig>,
    pub openapi: Arc<utoipa::openapi::OpenApi>,
    pub api_limiter: Arc<RateLimiter>,
}

impl FromRef<AppState> for Arc<Assets> {
    fn from_ref(state: &AppState) -> Self {
        state.assets.clone()
    }
}

impl AppState {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>, config: WebConfig) -> Self {
        let (_, openapi) = api::router();
        let api_limiter = Arc::new(RateLimiter::new(config.api_requests_per_minute, 60_000));
        Self {
            store,
            clock,
            assets: Assets::load(),
            metrics: Arc::new(Metrics::default()),
            config: Arc::new(config),
            openapi: Arc::new(openapi),
            api_limiter,
        }
    }
}

/// The whole application.
pub fn app(state: AppState) -> Router {
    let (api_routes, _) = api::router();
    let api = api_routes.route_layer(middleware::from_fn_with_state(state.clone(), api::rate_limit));

    let routes = Router::new()
        .route("/", get(pages::home::home))
        .route("/lang", get(pages::language::language_page))
        .route("/lang/{code}", get(pages::language::switch_language))
        .route("/static/{*path}", get(assets::serve_asset))
        .route("/health", get(ops::health))
        .route("/ready", get(ops::ready))
        .route("/metrics", get(ops::metrics))
        .route("/api/openapi.json", get(api::openapi_json))
        .merge(api)
        .route_layer(middleware::from_fn(ctx::label_route))
        .fallback(|| async { WebError::NotFound })
        .method_not_allowed_fallback(|| async { WebError::MethodNotAllowed });

    routes
        .layer(
            ServiceBuilder::new()
                .layer(middleware::from_fn_with_state(state.clone(), security::security_headers))
                .layer(CompressionLayer::new())
                .layer(middleware::from_fn_with_state(state.clone(), ctx::request_context))
                .layer(middleware::from_fn_with_state(state.clone(), errors::render_errors))
                .layer(CatchPanicLayer::new())
                .layer(DefaultBodyLimit::max(state.config.max_body_bytes)),
        )
        .with_state(state)
}
