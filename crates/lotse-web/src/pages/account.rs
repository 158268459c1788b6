//! Setting up two-factor authentication: a new secret (sealed with the tenant key) shown as a QR code rendered
//! on the server, confirmed by a first code; then ten single-use recovery codes, shown once.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotse_core::crypto::context;
use lotse_core::secret_token::SecretToken;
use lotse_core::session::SessionStage;

use crate::AppState;
use crate::auth::{AnySession, AuthRejection, session_cookie};
use crate::ctx::PageCtx;
use crate::errors::{WebError, page_with_status};
use crate::pages::login::{CodeForm, complete_session, open_totp_secret, recovery_digest};

#[derive(Template, WebTemplate)]
#[template(path = "account_2fa.html")]
pub struct EnrolPage {
    ctx: PageCtx,
    csrf: String,
    qr_svg: String,
    secret_groups: String,
    error: Option<String>,
    enabled: bool,
    recovery_codes: Vec<String>,
}

fn usable(session: &AnySession) -> Result<(), AuthRejection> {
    match session.session.stage {
        SessionStage::Complete | SessionStage::EnrolSecondFactor => Ok(()),
        SessionStage::SecondFactor => Err(AuthRejection::SecondFactor),
    }
}

/// A QR code as inline SVG (no script, no external request).
fn qr_svg(text: &str) -> Result<String, WebError> {
    let code = qrcode::QrCode::new(text.as_bytes()).map_err(|e| WebError::Internal(e.to_string()))?;
    let svg = code.render::<qrcode::render::svg::Color>().min_dimensions(220, 220).quiet_zone(true).build();
    Ok(svg.split_once("?>").map(|(_, rest)| rest.trim().to_string()).unwrap_or(svg))
}

pub async fn enrol_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    session: AnySession,
) -> Result<Response, AuthRejection> {
    usable(&session)?;
    let user = &session.user;
    let ctx = ctx.clone();
    if user.two_factor_enabled {
        return Ok(EnrolPage {
            ctx,
            csrf: session.session.csrf_token.clone(),
            qr_svg: String::new(),
            secret_groups: String::new(),
            error: None,
            enabled: true,
            recovery_codes: Vec::new(),
        }
        .into_response());
    }
    let now = state.clock.now();
    let secret = lotse_core::totp::generate_secret().map_err(|e| WebError::Internal(e.to_string()))?;
    let sealed = state
        .keyring
        .seal_for_tenant(&user.tenant_id, &context::totp_secret(user.id.as_str()), secret.as_bytes(), now)
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
    state.store.set_totp(&user.tenant_id, &user.id, Some(&sealed), false).await.map_err(WebError::from)?;
    Ok(enrol_form(ctx, &session, &secret, None)?.into_response())
}

/// The enrolment form for a secret: QR code, the key in groups of four, the code field.
fn enrol_form(ctx: PageCtx, session: &AnySession, secret: &str, error: Option<String>) -> Result<EnrolPage, WebError> {
    let url = lotse_core::totp::provisioning_url(secret, "Lotse", session.user.email.as_str())
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let groups =
        secret.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ");
    Ok(EnrolPage {
        ctx,
        csrf: session.session.csrf_token.clone(),
        qr_svg: qr_svg(&url)?,
        secret_groups: groups,
        error,
        enabled: false,
        recovery_codes: Vec::new(),
    })
}

fn recovery_code() -> Result<String, WebError> {
    let token = SecretToken::generate().map_err(|e| WebError::Internal(e.to_string()))?;
    let hex = token.expose().trim_start_matches("lotse_");
    Ok(format!("{}-{}", hex.get(0..5).unwrap_or("00000"), hex.get(5..10).unwrap_or("00000")))
}

pub async fn confirm_enrolment(
    State(state): State<AppState>,
    ctx: PageCtx,
    session: AnySession,
    Form(form): Form<CodeForm>,
) -> Result<Response, AuthRejection> {
    usable(&session)?;
    if !crate::auth::csrf::tokens_match(&session.session.csrf_token, &form.csrf) {
        return Err(WebError::Forbidden.into());
    }
    let user = &session.user;
    if user.two_factor_enabled {
        return Err(WebError::Conflict(Vec::new()).into());
    }
    let now = state.clock.now();
    let (sealed, _, _) = state.store.totp_state(&user.tenant_id, &user.id).await.map_err(WebError::from)?;
    let sealed = sealed.ok_or(WebError::BadRequest)?;
    let secret = open_totp_secret(&state, user, &sealed).await?;
    let seconds = u64::try_from(now.as_millis() / 1000).unwrap_or(0);
    let step = lotse_core::totp::verify(&secret, &form.code, seconds).map_err(|e| WebError::Internal(e.to_string()))?;
    let Some(step) = step else {
        let message = ctx.t("login-2fa-failed");
        let page = enrol_form(ctx, &session, &secret, Some(message))?;
        return Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page));
    };
    state.store.set_totp(&user.tenant_id, &user.id, Some(&sealed), true).await.map_err(WebError::from)?;
    state
        .store
        .use_totp_step(&user.tenant_id, &user.id, i64::try_from(step).unwrap_or(i64::MAX))
        .await
        .map_err(WebError::from)?;
    let codes = (0..10).map(|_| recovery_code()).collect::<Result<Vec<_>, _>>()?;
    let digests: Vec<String> = codes.iter().map(|c| recovery_digest(c)).collect();
    state.store.replace_recovery_codes(&user.tenant_id, &user.id, &digests).await.map_err(WebError::from)?;
    state
        .auditor
        .log(Some(&user.tenant_id), Some(&user.id), "2fa.enrolled", "user", user.id.as_str(), "authentication", "totp")
        .await
        .map_err(WebError::from)?;
    let id = complete_session(&state, &session).await?;
    let mut response = EnrolPage {
        ctx,
        csrf: String::new(),
        qr_svg: String::new(),
        secret_groups: String::new(),
        error: None,
        enabled: true,
        recovery_codes: codes,
    }
    .into_response();
    if let Ok(value) = axum::http::HeaderValue::from_str(&session_cookie(&state, &id)) {
        response.headers_mut().insert(axum::http::header::SET_COOKIE, value);
    }
    Ok(response)
}

#[derive(Template, WebTemplate)]
#[template(path = "account_password.html")]
pub struct PasswordPage {
    ctx: PageCtx,
    csrf: String,
    error: Option<String>,
    notice: Option<String>,
}

pub async fn password_page(ctx: PageCtx, staff: crate::auth::Staff) -> PasswordPage {
    PasswordPage { csrf: staff.csrf_token.clone(), ctx: ctx.with_staff(&staff), error: None, notice: None }
}

#[derive(Debug, serde::Deserialize)]
pub struct PasswordForm {
    csrf: String,
    current: String,
    new: String,
    again: String,
}

/// Changes one's own password after checking the current one; other sessions of the account end.
pub async fn change_password(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: crate::auth::Staff,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AuthRejection> {
    staff.check_csrf(&form.csrf)?;
    let page = |error: Option<String>, notice: Option<String>| PasswordPage {
        csrf: staff.csrf_token.clone(),
        ctx: ctx.clone().with_staff(&staff),
        error,
        notice,
    };
    let record = state.store.login_record(&staff.user.email).await.map_err(WebError::from)?;
    let current_ok =
        lotse_core::password::Password::parse(&form.current).is_ok_and(|p| p.verify(&record.password_hash));
    if !current_ok {
        return Ok(page_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            page(Some(ctx.t("password-wrong-current")), None),
        ));
    }
    if form.new != form.again {
        return Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page(Some(ctx.t("invite-mismatch")), None)));
    }
    let Ok(new) = lotse_core::password::Password::parse(&form.new) else {
        return Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page(Some(ctx.t("invite-too-short")), None)));
    };
    let hash = new.hash().map_err(|e| WebError::Internal(e.to_string()))?;
    state.store.set_password(&staff.tenant.id, &staff.user.id, &hash).await.map_err(WebError::from)?;
    // Everyone who knew the old password is logged out; this session continues under a new id.
    state.store.delete_user_sessions(&staff.tenant.id, &staff.user.id).await.map_err(WebError::from)?;
    let id = crate::auth::start_session(&state, &staff.user, lotse_core::session::SessionStage::Complete).await?;
    state
        .auditor
        .log(
            Some(&staff.tenant.id),
            Some(&staff.user.id),
            "password.change",
            "user",
            staff.user.id.as_str(),
            "authentication",
            "",
        )
        .await
        .map_err(WebError::from)?;
    let fresh = crate::auth::Staff { csrf_token: String::new(), ..staff.clone() };
    let mut response = PasswordPage {
        csrf: String::new(),
        ctx: ctx.clone().with_staff(&fresh),
        error: None,
        notice: Some(ctx.t("password-changed")),
    }
    .into_response();
    if let Ok(value) = axum::http::HeaderValue::from_str(&session_cookie(&state, &id)) {
        response.headers_mut().insert(axum::http::header::SET_COOKIE, value);
    }
    Ok(response)
}
