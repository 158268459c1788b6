//! A `TestApp`: the real router on a fresh real database, driven in-process.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, dead_code)]

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use http_body_util::BodyExt;
use lotse_core::clock::FixedClock;
use lotse_core::password::Password;
use lotse_core::secret_token::SecretToken;
use lotse_core::tenant::TenantName;
use lotse_core::user::{NewUser, User};
use lotse_core::{Clock, Email, Role, SystemClock, Timestamp};
use lotse_store::testing::{TestDatabase, fresh_database};
use lotse_web::{AppState, WebConfig, app};
use std::sync::Arc;
use tower::ServiceExt;

pub struct TestApp {
    pub db: TestDatabase,
    pub state: AppState,
    pub clock: Arc<FixedClock>,
    pub master_key_file: std::path::PathBuf,
    _key_dir: tempfile::TempDir,
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
        let key_dir = tempfile::tempdir().unwrap();
        let master_key_file = key_dir.path().join("master.key");
        std::fs::write(&master_key_file, format!("{}\n", master.to_base64())).unwrap();
        set_private(&master_key_file);
        // Real time as the starting point (TOTP codes are computed from it), then under the test's control.
        let clock = Arc::new(FixedClock::at(SystemClock.now().as_millis()));
        let ledger = Arc::new(lotse_store::ledger::FileLedger::new(key_dir.path().join("erasure-ledger.tsv")));
        let attachments = Arc::new(lotse_store::attachments::LocalFolder::new(key_dir.path().join("attachments")));
        let state = AppState::new(db.store.clone(), clock.clone(), config, master, ledger, attachments).unwrap();
        state.load_search_index(&|_, _| {}).await.unwrap();
        Self { db, state, clock, master_key_file, _key_dir: key_dir }
    }

    /// A user with a password, in a new tenant (or an existing one when `tenant` parses as an id).
    pub async fn user_with_password(
        &self,
        tenant_name: &str,
        email: &str,
        role: Role,
        password: &str,
        require_2fa: bool,
    ) -> User {
        let now = self.clock.now();
        let name = TenantName::parse(tenant_name).unwrap();
        let tenant = self.db.store.create_tenant(&name, now).await.unwrap();
        if !require_2fa {
            self.db.store.update_tenant(&tenant.id, &name, false).await.unwrap();
        }
        self.db
            .store
            .create_user(
                &NewUser {
                    tenant_id: tenant.id.clone(),
                    email: Email::parse(email).unwrap(),
                    display_name: "Test Person".into(),
                    role,
                    password_hash: Password::parse(password).unwrap().hash().unwrap(),
                },
                now,
            )
            .await
            .unwrap()
    }

    /// POSTs a form, with a session cookie if given.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)], cookie: Option<&str>) -> TestResponse {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{}={}", lotse_web::ctx::percent_encode(k), lotse_web::ctx::percent_encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let mut builder = Request::post(path).header("content-type", "application/x-www-form-urlencoded");
        if let Some(cookie) = cookie {
            builder = builder.header("cookie", cookie);
        }
        self.send(builder.body(Body::from(body)).unwrap()).await
    }

    pub async fn get_cookie(&self, path: &str, cookie: &str) -> TestResponse {
        self.get_with(path, &[("cookie", cookie)]).await
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

/// The `name=value` part of a response's Set-Cookie for the session.
pub fn session_cookie(response: &TestResponse) -> Option<String> {
    response
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("lotse_session=") && !v.starts_with("lotse_session=;"))
        .and_then(|v| v.split(';').next())
        .map(str::to_string)
}

/// The value of a hidden input in a page.
pub fn hidden_field(html: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let start = html.find(&marker).unwrap_or_else(|| panic!("no hidden field {name}")) + marker.len();
    html[start..start + html[start..].find('"').unwrap()].to_string()
}

fn set_private(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
}
