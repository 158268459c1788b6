//! Appointments: booking (in person, phone, video) and the `.ics` download.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use lotse_core::appointment::{self, Appointment, AppointmentMode, EventText, LocalTimeError};
use lotse_core::policy::Action;
use lotse_core::{AppointmentId, CaseId, ClientId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::api::auth::ApiPrincipal;
use crate::api::json::ApiJson;
use crate::ctx::RequestCtx;
use crate::errors::{ErrorBody, FieldError, WebError};

fn invalid(field: &str, code: &str) -> WebError {
    WebError::InvalidInput(vec![FieldError { field: field.into(), code: code.into() }])
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAppointment {
    pub client_id: String,
    pub case_id: Option<String>,
    /// Local time in Europe/Berlin, `YYYY-MM-DDTHH:MM`.
    pub starts_local: String,
    /// 5 to 480 minutes.
    pub duration_minutes: i64,
    /// in_person, phone or video. Video needs `video_url_template` in the configuration.
    pub mode: String,
    /// The address for meetings in person.
    #[serde(default)]
    pub location: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AppointmentOut {
    pub id: String,
    pub client_id: String,
    pub case_id: Option<String>,
    pub counselor_id: String,
    /// Unix milliseconds (UTC).
    pub starts_at: i64,
    /// Europe/Berlin wall-clock time.
    pub starts_local: String,
    /// The UTC offset at that time, e.g. +01 or +02.
    pub utc_offset: String,
    pub duration_minutes: i64,
    pub mode: String,
    pub location: String,
    pub video_url: String,
}

pub fn out(a: &Appointment) -> Result<AppointmentOut, WebError> {
    let (local, offset) = appointment::format_local(a.starts_at).map_err(|e| WebError::Internal(e.to_string()))?;
    Ok(AppointmentOut {
        id: a.id.to_string(),
        client_id: a.client_id.to_string(),
        case_id: a.case_id.as_ref().map(ToString::to_string),
        counselor_id: a.counselor_id.to_string(),
        starts_at: a.starts_at.as_millis(),
        starts_local: local,
        utc_offset: offset,
        duration_minutes: a.duration_minutes,
        mode: a.mode.as_str().into(),
        location: a.location.clone(),
        video_url: a.video_url.clone(),
    })
}

/// Checks and books an appointment with `counselor`, audited; shared by the API and the case page.
pub async fn book_for(
    state: &AppState,
    tenant: &lotse_core::TenantId,
    counselor: &lotse_core::UserId,
    input: &NewAppointment,
) -> Result<Appointment, WebError> {
    let client = ClientId::parse(&input.client_id).ok_or_else(|| invalid("client_id", "invalid"))?;
    let case = match &input.case_id {
        Some(id) => Some(CaseId::parse(id).ok_or_else(|| invalid("case_id", "invalid"))?),
        None => None,
    };
    let starts_at = appointment::parse_local(&input.starts_local).map_err(|e| match e {
        LocalTimeError::Ambiguous => invalid("starts_local", "clock_change"),
        LocalTimeError::Format => invalid("starts_local", "invalid"),
        LocalTimeError::Zone => WebError::Internal(e.to_string()),
    })?;
    if !(5..=480).contains(&input.duration_minutes) {
        return Err(invalid("duration_minutes", "range"));
    }
    let mode = AppointmentMode::parse(&input.mode).ok_or_else(|| invalid("mode", "invalid"))?;
    let location = input.location.trim().to_string();
    if location.chars().count() > 300 || location.chars().any(char::is_control) {
        return Err(invalid("location", "invalid"));
    }
    let id = AppointmentId::generate();
    let video_url = match (mode, &state.config.video_url_template) {
        (AppointmentMode::Video, Some(template)) => template.replace("{id}", id.as_str()),
        (AppointmentMode::Video, None) => return Err(invalid("mode", "video_not_configured")),
        _ => String::new(),
    };
    let booked = Appointment {
        id,
        tenant_id: tenant.clone(),
        client_id: client.clone(),
        case_id: case,
        counselor_id: counselor.clone(),
        starts_at,
        duration_minutes: input.duration_minutes,
        mode,
        location,
        video_url,
        created_at: state.clock.now(),
        cancelled_at: None,
    };
    state.store.create_appointment(&booked).await?;
    state
        .auditor
        .log(
            Some(tenant),
            Some(counselor),
            "appointment.book",
            "client",
            client.as_str(),
            "counseling",
            booked.id.as_str(),
        )
        .await?;
    Ok(booked)
}

/// The appointment as an `.ics` download (times in Europe/Berlin; no personal data of the client inside).
pub fn ics_response(
    state: &AppState,
    locale: crate::i18n::Locale,
    appointment: Appointment,
) -> Result<Response, WebError> {
    let summary = locale.t(&format!("appointment-{}", appointment.mode.as_str()));
    let calendar = appointment::to_icalendar(
        &[(appointment, EventText { summary: &summary, description: "" })],
        state.clock.now(),
        "Lotse",
    )
    .map_err(|e| WebError::Internal(e.to_string()))?;
    let mut response = calendar.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"lotse-termin.ics\""));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(response)
}

/// Books an appointment with the caller as counselor.
#[utoipa::path(post, path = "/api/v1/appointments", tag = "appointments", security(("bearer" = [])),
    request_body = NewAppointment,
    responses((status = 201, body = AppointmentOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn book(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    input: Result<ApiJson<NewAppointment>, WebError>,
) -> Result<(StatusCode, Json<AppointmentOut>), WebError> {
    principal.require(Action::HandleClientData)?;
    let ApiJson(input) = input?;
    let booked = book_for(&state, &principal.tenant.id, &principal.user.id, &input).await?;
    Ok((StatusCode::CREATED, Json(out(&booked)?)))
}

async fn load(state: &AppState, principal: &ApiPrincipal, id: &str) -> Result<Appointment, WebError> {
    principal.require(Action::HandleClientData)?;
    let id = AppointmentId::parse(id).ok_or(WebError::NotFound)?;
    Ok(state.store.appointment(&principal.tenant.id, &id).await?)
}

/// One appointment.
#[utoipa::path(get, path = "/api/v1/appointments/{id}", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path, description = "Appointment id")),
    responses((status = 200, body = AppointmentOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
) -> Result<Json<AppointmentOut>, WebError> {
    let appointment = load(&state, &principal, &id).await?;
    Ok(Json(out(&appointment)?))
}

/// The appointment as an iCalendar file (times in Europe/Berlin; no personal data of the client inside).
#[utoipa::path(get, path = "/api/v1/appointments/{id}/ics", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path, description = "Appointment id")),
    responses((status = 200, description = "text/calendar", content_type = "text/calendar"), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn ics(
    State(state): State<AppState>,
    ctx: RequestCtx,
    principal: ApiPrincipal,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let appointment = load(&state, &principal, &id).await?;
    ics_response(&state, ctx.locale, appointment)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CalendarFeed {
    /// A secret address for calendar apps (they cannot log in). Creating a new one ends the old one.
    pub url: String,
}

/// Creates (or renews) the caller's private calendar feed of appointments.
#[utoipa::path(post, path = "/api/v1/me/calendar-feed", tag = "appointments", security(("bearer" = [])),
    responses((status = 201, body = CalendarFeed), (status = 401, body = ErrorBody)))]
pub async fn create_feed(
    State(state): State<AppState>,
    principal: ApiPrincipal,
) -> Result<(StatusCode, Json<CalendarFeed>), WebError> {
    let token = lotse_core::secret_token::SecretToken::generate().map_err(|e| WebError::Internal(e.to_string()))?;
    let secret = token.expose().trim_start_matches("lotse_").to_string();
    state
        .store
        .set_calendar_feed(&principal.tenant.id, &principal.user.id, &feed_digest(&secret), state.clock.now())
        .await?;
    state
        .auditor
        .log(
            Some(&principal.tenant.id),
            Some(&principal.user.id),
            "calendar_feed.create",
            "user",
            principal.user.id.as_str(),
            "counseling",
            "",
        )
        .await?;
    let base = state.config.public_url.clone().unwrap_or_default();
    Ok((
        StatusCode::CREATED,
        Json(CalendarFeed { url: format!("{}/calendar/{secret}.ics", base.trim_end_matches('/')) }),
    ))
}

fn feed_digest(secret: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(format!("lotse-calendar:{secret}").as_bytes()))
}

/// The feed itself: the owner's appointments from 90 days ago to 400 days ahead.
pub async fn feed(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    let secret = file.strip_suffix(".ics").unwrap_or(&file);
    if secret.len() != 64 || !secret.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(WebError::NotFound);
    }
    let (tenant, user) = state.store.calendar_feed_owner(&feed_digest(secret)).await?;
    let now = state.clock.now();
    let from = lotse_core::Timestamp(now.as_millis() - 90 * 86_400_000);
    let to = lotse_core::Timestamp(now.as_millis() + 400 * 86_400_000);
    let appointments = state.store.counselor_appointments(&tenant, &user, from, to).await?;
    let summaries: Vec<String> =
        appointments.iter().map(|a| ctx.locale.t(&format!("appointment-{}", a.mode.as_str()))).collect();
    let events: Vec<(Appointment, EventText<'_>)> = appointments
        .into_iter()
        .zip(summaries.iter())
        .map(|(a, summary)| (a, EventText { summary, description: "" }))
        .collect();
    let calendar = appointment::to_icalendar(&events, now, "Lotse").map_err(|e| WebError::Internal(e.to_string()))?;
    let mut response = calendar.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(response)
}
