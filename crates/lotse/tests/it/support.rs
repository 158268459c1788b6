//! A `TestApp`: the real router on a fresh real database, driven in-process.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, dead_code)]

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use http_body_util::BodyExt;
use lotse_core::password::Password;
use lotse_core::secret_token::SecretToken;
use lotse_core::tenant::TenantName;
use lotse_core::user::{NewUser, User};
use lotse_core::{Email, Role, SystemClock, Timestamp};
use lotse_store::testing::{TestDatabase, fresh_database};
use lotse_web::{AppState, WebConfig, app};
use std::sync::Arc;
use tower::ServiceExt;

pub struct TestApp {
    pub db: TestDatabase,
    pub state: AppState,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl TestResponse {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with_config(WebConfig::default()).await
    }

    pub async fn with_config(config: WebConfig) -> Self {
        let db = fresh_database().await;
        let master = lotse_core::crypto::SecretKey::generate().unwrap();
        let state = AppState::new(db.store.clone(), Arc::new(SystemClock), config, master).unwrap();
        Self { db, state }
    }

    pub async fn send(&self, request: Request<Body>) -> TestResponse {
        let response = app(self.state.clone()).oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        TestResponse { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        self.send(Request::get(path).body(Body::empty()).unwrap()).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> TestResponse {
        let mut builder = Request::get(path);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        self.send(builder.body(Body::empty()).unwrap()).await
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        headers: &[(&str, &str)],
        body: impl Into<Body>,
    ) -> TestResponse {
        let mut builder = Request::builder().method(method).uri(path);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        self.send(builder.body(body.into()).unwrap()).await
    }

    /// A tenant with one user of the given role, and an API token for that user.
    pub async fn tenant_with_user(&self, tenant: &str, email: &str, role: Role) -> (User, String) {
        let now = Timestamp(1_700_000_000_000);
        let tenant = self.db.store.create_tenant(&TenantName::parse(tenant).unwrap(), now).await.unwrap();
        let hash = Password::parse("a test password").unwrap().hash().unwrap();
        let user = self
            .db
            .store
            .create_user(
                &NewUser {
                    tenant_id: tenant.id.clone(),
                    email: Email::parse(email).unwrap(),
                    display_name: "Test Person".into(),
                    role,
                    password_hash: hash,
                },
                now,
            )
            .await
            .unwrap();
        let secret = SecretToken::generate().unwrap();
        self.db.store.create_token(&tenant.id, &user.id, "test", &secret.digest(), now).await.unwrap();
        (user, secret.expose().to_string())
    }
}

pub fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}
