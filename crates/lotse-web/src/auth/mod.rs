//! Staff sessions at the web edge: the session cookie, the extractors that are the only way a page handler
//! learns its user and tenant, permission checks, and CSRF protection.

pub mod csrf;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use lotse_core::policy::{self, Action};
use lotse_core::secret_token::SecretToken;
use lotse_core::session::{Session, SessionStage};
use lotse_core::tenant::Tenant;
use lotse_core::user::User;
use lotse_core::{StoreError, Timestamp};
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::ctx::{cookie_value, percent_encode};
use crate::errors::WebError;

pub const SESSION_COOKIE: &str = "lotse_session";
/// Behind TLS the `__Host-` prefix pins the cookie to this exact host, path `/` and HTTPS.
pub const SESSION_COOKIE_TLS: &str = "__Host-lotse_session";

pub fn session_cookie_name(state: &AppState) -> &'static str {
    if state.config.behind_tls() { SESSION_COOKIE_TLS } else { SESSION_COOKIE }
}

pub fn session_digest(id: &str) -> String {
    hex::encode(Sha256::digest(id.as_bytes()))
}

/// The Set-Cookie value for a new session id (no Max-Age: the server decides when it ends).
pub fn session_cookie(state: &AppState, id: &str) -> String {
    let secure = if state.config.behind_tls() { "; Secure" } else { "" };
    format!("{}={id}; Path=/; HttpOnly; SameSite=Lax{secure}", session_cookie_name(state))
}

pub fn clear_session_cookie(state: &AppState) -> String {
    let secure = if state.config.behind_tls() { "; Secure" } else { "" };
    format!("{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}", session_cookie_name(state))
}

/// Starts a session after a successful password check; returns the cookie id.
pub async fn start_session(state: &AppState, user: &User, stage: SessionStage) -> Result<String, WebError> {
    let id = SecretToken::generate().map_err(|e| WebError::Internal(e.to_string()))?;
    let csrf = SecretToken::generate().map_err(|e| WebError::Internal(e.to_string()))?;
    let now = state.clock.now();
    let session = Session {
        tenant_id: user.tenant_id.clone(),
        user_id: user.id.clone(),
        stage,
        csrf_token: csrf.expose().trim_start_matches("lotse_").to_string(),
        created_at: now,
        last_seen_at: now,
        expires_at: Timestamp(now.as_millis() + state.session_policy.absolute_ms),
    };
    state.store.create_session(&session_digest(id.expose()), &session).await?;
    Ok(id.expose().to_string())
}

/// Why a page needs the visitor to do something first.
#[derive(Debug)]
pub enum AuthRejection {
    /// Not logged in (or the session ended): to the log-in page, then back.
    LogIn {
        next: String,
    },
    SecondFactor,
    EnrolSecondFactor,
    Error(WebError),
}

impl IntoResponse for AuthRejection {
    fn into_response(self) -> Response {
        let location = match self {
            AuthRejection::LogIn { next } => format!("/login?next={}", percent_encode(&next)),
            AuthRejection::SecondFactor => "/login/2fa".to_string(),
            AuthRejection::EnrolSecondFactor => "/account/2fa".to_string(),
            AuthRejection::Error(error) => return error.into_response(),
        };
        let mut response = StatusCode::SEE_OTHER.into_response();
        if let Ok(value) = HeaderValue::from_str(&location) {
            response.headers_mut().insert(header::LOCATION, value);
        }
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        response
    }
}

impl From<WebError> for AuthRejection {
    fn from(error: WebError) -> Self {
        AuthRejection::Error(error)
    }
}

/// A session in any stage (also half-way through log-in).
#[derive(Debug, Clone)]
pub struct AnySession {
    pub user: User,
    pub tenant: Tenant,
    pub session: Session,
    pub digest: String,
}

impl AnySession {
    async fn load(parts: &Parts, state: &AppState) -> Result<Self, AuthRejection> {
        let next = parts.uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
        let log_in = || AuthRejection::LogIn { next: next.clone() };
        let id = cookie_value(&parts.headers, session_cookie_name(state)).ok_or_else(log_in)?;
        let digest = session_digest(&id);
        let session = match state.store.session(&digest).await {
            Ok(session) => session,
            Err(StoreError::NotFound) => return Err(log_in()),
            Err(other) => return Err(WebError::from(other).into()),
        };
        let now = state.clock.now();
        if !session.is_valid_at(now, state.session_policy) {
            state.store.delete_session(&digest).await.map_err(WebError::from)?;
            return Err(log_in());
        }
        let user = match state.store.user(&session.tenant_id, &session.user_id).await {
            Ok(user) if user.active => user,
            Ok(_) | Err(StoreError::NotFound) => {
                state.store.delete_session(&digest).await.map_err(WebError::from)?;
                return Err(log_in());
            }
            Err(other) => return Err(WebError::from(other).into()),
        };
        let tenant = state.store.tenant(&session.tenant_id).await.map_err(WebError::from)?;
        // Sliding idle expiry, written at most once a minute.
        if now.as_millis() - session.last_seen_at.as_millis() > 60_000 {
            state.store.touch_session(&digest, now).await.map_err(WebError::from)?;
        }
        Ok(Self { user, tenant, session, digest })
    }
}

impl FromRequestParts<AppState> for AnySession {
    type Rejection = AuthRejection;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(cached) = parts.extensions.get::<AnySession>() {
            return Ok(cached.clone());
        }
        let session = Self::load(parts, state).await?;
        parts.extensions.insert(session.clone());
        Ok(session)
    }
}

/// A fully logged-in staff member. The only way a page handler gets a tenant id.
#[derive(Debug, Clone)]
pub struct Staff {
    pub user: User,
    pub tenant: Tenant,
    pub csrf_token: String,
    pub digest: String,
}

impl Staff {
    pub fn can(&self, action: Action) -> bool {
        policy::allows(self.user.role, action)
    }

    /// Refuses with 403 unless the role may do this.
    pub fn require(&self, action: Action) -> Result<(), WebError> {
        if self.can(action) { Ok(()) } else { Err(WebError::Forbidden) }
    }

    /// Compares a submitted form token with the session's, in constant time.
    pub fn check_csrf(&self, submitted: &str) -> Result<(), WebError> {
        if csrf::tokens_match(&self.csrf_token, submitted) { Ok(()) } else { Err(WebError::Forbidden) }
    }
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = AuthRejection;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let any = AnySession::from_request_parts(parts, state).await?;
        match any.session.stage {
            SessionStage::Complete => {
                Ok(Staff { user: any.user, tenant: any.tenant, csrf_token: any.session.csrf_token, digest: any.digest })
            }
            SessionStage::SecondFactor => Err(AuthRejection::SecondFactor),
            SessionStage::EnrolSecondFactor => Err(AuthRejection::EnrolSecondFactor),
        }
    }
}
