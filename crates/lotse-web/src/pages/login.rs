//! Staff log-in: password, then the second factor when set up; log-out here and everywhere.
//! The password step is designed so another identity provider (OpenID Connect) can replace it: whatever proves
//! who someone is ends in `start_session` with a stage, and everything after that is shared.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use lotse_core::crypto::context;
use lotse_core::login::LoginOutcome;
use lotse_core::session::SessionStage;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::auth::{AnySession, AuthRejection, Staff, clear_session_cookie, session_cookie, start_session};
use crate::ctx::{ClientAddress, PageCtx};
use crate::errors::{WebError, page_with_status};
use crate::ratelimit::Decision;

#[derive(Template, WebTemplate)]
#[template(path = "login.html")]
pub struct LoginPage {
    ctx: PageCtx,
    next: String,
    email: String,
    error: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

fn safe_next(next: Option<&str>) -> String {
    next.filter(|n| n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.starts_with("/login"))
        .unwrap_or("/staff")
        .to_string()
}

pub async fn login_page(ctx: PageCtx, Query(query): Query<NextQuery>) -> LoginPage {
    LoginPage { ctx, next: safe_next(query.next.as_deref()), email: String::new(), error: None }
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    next: Option<String>,
}

fn redirect_with_cookie(location: &str, cookie: Option<&str>) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(location) {
        headers.insert(header::LOCATION, value);
    }
    if let Some(cookie) = cookie
        && let Ok(value) = HeaderValue::from_str(cookie)
    {
        headers.insert(header::SET_COOKIE, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub async fn log_in(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientAddress(address): ClientAddress,
    Form(form): Form<LoginForm>,
) -> Result<Response, WebError> {
    let next = safe_next(form.next.as_deref());
    let now = state.clock.now();
    let page = |error: String| LoginPage {
        ctx: ctx.clone(),
        next: next.clone(),
        email: form.email.clone(),
        error: Some(error),
    };
    if let Decision::Limited { retry_after_secs } = state.login_limiter.check(&address, now.as_millis()) {
        let minutes = retry_after_secs.div_ceil(60).to_string();
        return Ok(page_with_status(
            StatusCode::TOO_MANY_REQUESTS,
            page(ctx.t1("login-throttled", "minutes", &minutes)),
        ));
    }
    match state.login.log_in(state.store.as_ref(), &form.email, &form.password, now).await? {
        LoginOutcome::Accepted { user, stage } => {
            let id = start_session(&state, &user, stage).await?;
            state
                .auditor
                .log(
                    Some(&user.tenant_id),
                    Some(&user.id),
                    "login.password",
                    "user",
                    user.id.as_str(),
                    "authentication",
                    stage.as_str(),
                )
                .await?;
            let location = match stage {
                SessionStage::Complete => next,
                SessionStage::SecondFactor => "/login/2fa".to_string(),
                SessionStage::EnrolSecondFactor => "/account/2fa".to_string(),
            };
            Ok(redirect_with_cookie(&location, Some(&session_cookie(&state, &id))))
        }
        LoginOutcome::Rejected { account } => {
            if let Some((tenant, user)) = account {
                state
                    .auditor
                    .log(Some(&tenant), Some(&user), "login.failure", "user", user.as_str(), "authentication", "")
                    .await?;
            }
            Ok(page_with_status(StatusCode::UNAUTHORIZED, page(ctx.t("login-failed"))))
        }
        LoginOutcome::Throttled { retry_after_secs, account } => {
            if let Some((tenant, user)) = account {
                state
                    .auditor
                    .log(Some(&tenant), Some(&user), "login.throttled", "user", user.as_str(), "authentication", "")
                    .await?;
            }
            let minutes = retry_after_secs.div_ceil(60).to_string();
            let mut response =
                page_with_status(StatusCode::TOO_MANY_REQUESTS, page(ctx.t1("login-throttled", "minutes", &minutes)));
            if let Ok(value) = HeaderValue::from_str(&retry_after_secs.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            Ok(response)
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "login_2fa.html")]
pub struct SecondFactorPage {
    ctx: PageCtx,
    csrf: String,
    error: Option<String>,
}

pub async fn second_factor_page(ctx: PageCtx, session: AnySession) -> Result<Response, AuthRejection> {
    match session.session.stage {
        SessionStage::SecondFactor => {
            Ok(SecondFactorPage { ctx, csrf: session.session.csrf_token, error: None }.into_response())
        }
        SessionStage::Complete => Ok(redirect_with_cookie("/staff", None)),
        SessionStage::EnrolSecondFactor => Err(AuthRejection::EnrolSecondFactor),
    }
}

#[derive(Debug, Deserialize)]
pub struct CodeForm {
    pub code: String,
    pub csrf: String,
}

/// Digest of a recovery code as typed: case, spaces and dashes do not matter.
pub fn recovery_digest(code: &str) -> String {
    let normal: String = code.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
    hex::encode(Sha256::digest(format!("lotse-recovery:{normal}").as_bytes()))
}

/// Checks a TOTP code (once per time step) or an unused recovery code.
pub async fn check_second_factor(
    state: &AppState,
    user: &lotse_core::user::User,
    code: &str,
) -> Result<bool, WebError> {
    let now = state.clock.now();
    let (sealed, _, _) = state.store.totp_state(&user.tenant_id, &user.id).await?;
    let Some(sealed) = sealed else { return Ok(false) };
    let secret = open_totp_secret(state, user, &sealed).await?;
    let seconds = u64::try_from(now.as_millis() / 1000).unwrap_or(0);
    if let Some(step) =
        lotse_core::totp::verify(&secret, code, seconds).map_err(|e| WebError::Internal(e.to_string()))?
    {
        let step = i64::try_from(step).unwrap_or(i64::MAX);
        return Ok(state.store.use_totp_step(&user.tenant_id, &user.id, step).await?);
    }
    Ok(state.store.use_recovery_code(&user.tenant_id, &user.id, &recovery_digest(code), now).await?)
}

/// The TOTP secret (base32), opened with the tenant key.
pub async fn open_totp_secret(
    state: &AppState,
    user: &lotse_core::user::User,
    sealed: &[u8],
) -> Result<String, WebError> {
    let secret = state
        .keyring
        .open_for_tenant(&user.tenant_id, &context::totp_secret(user.id.as_str()), sealed, state.clock.now())
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
    String::from_utf8(secret).map_err(|e| WebError::Internal(e.to_string()))
}

/// Replaces the half-way session by a new, complete one (a new id, so a fixed id is worthless).
pub async fn complete_session(state: &AppState, session: &AnySession) -> Result<String, WebError> {
    let id = start_session(state, &session.user, SessionStage::Complete).await?;
    state.store.delete_session(&session.digest).await?;
    Ok(id)
}

pub async fn second_factor(
    State(state): State<AppState>,
    ctx: PageCtx,
    session: AnySession,
    Form(form): Form<CodeForm>,
) -> Result<Response, AuthRejection> {
    if session.session.stage != SessionStage::SecondFactor {
        return Err(AuthRejection::LogIn { next: "/staff".into() });
    }
    if !crate::auth::csrf::tokens_match(&session.session.csrf_token, &form.csrf) {
        return Err(WebError::Forbidden.into());
    }
    let page = |error: String| SecondFactorPage {
        ctx: ctx.clone(),
        csrf: session.session.csrf_token.clone(),
        error: Some(error),
    };
    let now = state.clock.now();
    if let Decision::Limited { .. } = state.second_factor_limiter.check(&session.digest, now.as_millis()) {
        state.store.delete_session(&session.digest).await.map_err(WebError::from)?;
        return Ok(page_with_status(StatusCode::TOO_MANY_REQUESTS, page(ctx.t("login-2fa-too-many"))));
    }
    let user = &session.user;
    if !check_second_factor(&state, user, &form.code).await? {
        state
            .auditor
            .log(
                Some(&user.tenant_id),
                Some(&user.id),
                "login.2fa_failure",
                "user",
                user.id.as_str(),
                "authentication",
                "",
            )
            .await
            .map_err(WebError::from)?;
        return Ok(page_with_status(StatusCode::UNAUTHORIZED, page(ctx.t("login-2fa-failed"))));
    }
    let id = complete_session(&state, &session).await?;
    state
        .auditor
        .log(Some(&user.tenant_id), Some(&user.id), "login.success", "user", user.id.as_str(), "authentication", "totp")
        .await
        .map_err(WebError::from)?;
    Ok(redirect_with_cookie("/staff", Some(&session_cookie(&state, &id))))
}

#[derive(Debug, Deserialize)]
pub struct CsrfForm {
    pub csrf: String,
}

pub async fn log_out(
    State(state): State<AppState>,
    session: AnySession,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AuthRejection> {
    if !crate::auth::csrf::tokens_match(&session.session.csrf_token, &form.csrf) {
        return Err(WebError::Forbidden.into());
    }
    state.store.delete_session(&session.digest).await.map_err(WebError::from)?;
    let user = &session.user;
    state
        .auditor
        .log(Some(&user.tenant_id), Some(&user.id), "logout", "user", user.id.as_str(), "authentication", "")
        .await
        .map_err(WebError::from)?;
    Ok(redirect_with_cookie("/login", Some(&clear_session_cookie(&state))))
}

pub async fn log_out_everywhere(
    State(state): State<AppState>,
    staff: Staff,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AuthRejection> {
    staff.check_csrf(&form.csrf)?;
    let ended =
        state.store.delete_user_sessions(&staff.user.tenant_id, &staff.user.id).await.map_err(WebError::from)?;
    let user = &staff.user;
    state
        .auditor
        .log(
            Some(&user.tenant_id),
            Some(&user.id),
            "logout.everywhere",
            "user",
            user.id.as_str(),
            "authentication",
            &format!("sessions={ended}"),
        )
        .await
        .map_err(WebError::from)?;
    Ok(redirect_with_cookie("/login", Some(&clear_session_cookie(&state))))
}
