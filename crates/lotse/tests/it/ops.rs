#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn health_and_ready_answer_200() {
    let app = TestApp::new().await;
    let health = app.get("/health").await;
    assert_eq!(health.status, StatusCode::OK);
    let ready = app.get("/ready").await;
    assert_eq!(ready.status, StatusCode::OK);
    let backend = if app.db.url.starts_with("postgres") { "postgres" } else { "sqlite" };
    assert!(ready.body.contains(backend), "{}", ready.body);
}

#[tokio::test]
async fn metrics_count_the_requests_just_made() {
    let app = TestApp::new().await;
    for _ in 0..3 {
        app.get("/").await;
    }
    app.get("/missing-page").await;
    app.get("/health").await;
    let metrics = app.get("/metrics").await;
    assert_eq!(metrics.status, StatusCode::OK);
    assert!(metrics.header("content-type").starts_with("text/plain; version=0.0.4"));
    let text = metrics.body;
    assert!(text.contains(r#"lotse_http_requests_total{method="GET",route="/",status="200"} 3"#), "{text}");
    assert!(text.contains(r#"lotse_http_requests_total{method="GET",route="unmatched",status="404"} 1"#));
    assert!(text.contains(r#"lotse_http_requests_total{method="GET",route="/health",status="200"} 1"#));
    assert!(text.contains(r#"lotse_http_request_duration_seconds_count{route="/"} 3"#));
}

#[tokio::test]
async fn ready_is_503_when_the_database_is_gone() {
    let app = TestApp::new().await;
    app.db.store.close().await;
    let ready = app.get_with("/ready", &[("accept", "application/json")]).await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(ready.json()["error"]["code"], "unavailable");
    let health = app.get("/health").await;
    assert_eq!(health.status, StatusCode::OK, "liveness does not depend on the database");
}
