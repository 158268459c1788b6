//! Booking hours of the caller, booking links for a case, and booking by the client through such a link.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use lotse_core::appointment::{self, AppointmentMode};
use lotse_core::availability::{self, BookingError, WindowError};
use lotse_core::policy::Action;
use lotse_core::secret_token::digest_presented;
use lotse_core::{AvailabilityId, CaseId, Timestamp};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::api::auth::ApiPrincipal;
use crate::api::json::ApiJson;
use crate::errors::{ErrorBody, FieldError, WebError};

fn invalid(field: &str, code: &str) -> WebError {
    WebError::InvalidInput(vec![FieldError { field: field.into(), code: code.into() }])
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewWindow {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: i64,
    /// `HH:MM`, Berlin wall-clock time.
    pub from: String,
    /// `HH:MM` (`24:00` allowed).
    pub to: String,
    /// 15 to 240.
    pub slot_minutes: i64,
    /// Any of in_person, phone, video.
    pub modes: Vec<String>,
    #[serde(default)]
    pub location: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WindowOut {
    pub id: String,
    pub weekday: i64,
    pub from: String,
    pub to: String,
    pub slot_minutes: i64,
    pub modes: Vec<String>,
    pub location: String,
}

fn window_out(w: &availability::AvailabilityWindow) -> WindowOut {
    WindowOut {
        id: w.id.to_string(),
        weekday: w.weekday,
        from: availability::format_clock(w.starts_minute),
        to: availability::format_clock(w.ends_minute),
        slot_minutes: w.slot_minutes,
        modes: w.modes.iter().map(|m| m.as_str().to_string()).collect(),
        location: w.location.clone(),
    }
}

/// The caller's weekly booking hours.
#[utoipa::path(get, path = "/api/v1/availability", tag = "appointments", security(("bearer" = [])),
    responses((status = 200, body = [WindowOut]), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn list_windows(
    State(state): State<AppState>,
    principal: ApiPrincipal,
) -> Result<Json<Vec<WindowOut>>, WebError> {
    principal.require(Action::HandleClientData)?;
    let windows = state.store.windows(&principal.tenant.id, &principal.user.id).await?;
    Ok(Json(windows.iter().map(window_out).collect()))
}

/// Adds weekly booking hours for the caller.
#[utoipa::path(post, path = "/api/v1/availability", tag = "appointments", security(("bearer" = [])),
    request_body = NewWindow,
    responses((status = 201, body = WindowOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn add_window(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    input: Result<ApiJson<NewWindow>, WebError>,
) -> Result<(StatusCode, Json<WindowOut>), WebError> {
    principal.require(Action::HandleClientData)?;
    let ApiJson(input) = input?;
    let mut modes = Vec::new();
    for text in &input.modes {
        let mode = AppointmentMode::parse(text).ok_or_else(|| invalid("modes", "invalid"))?;
        if mode == AppointmentMode::Video && state.config.video_url_template.is_none() {
            return Err(invalid("modes", "video_not_configured"));
        }
        modes.push(mode);
    }
    let window = availability::new_window(
        &principal.tenant.id,
        &principal.user.id,
        input.weekday,
        &input.from,
        &input.to,
        input.slot_minutes,
        modes,
        &input.location,
        state.clock.now(),
    )
    .map_err(|e| match e {
        WindowError::Weekday => invalid("weekday", "range"),
        WindowError::Times => invalid("to", "invalid"),
        WindowError::SlotLength => invalid("slot_minutes", "range"),
        WindowError::Modes => invalid("modes", "required"),
        WindowError::Location => invalid("location", "too_long"),
    })?;
    state.store.add_window(&window).await?;
    state
        .auditor
        .log(
            Some(&principal.tenant.id),
            Some(&principal.user.id),
            "availability.add",
            "availability",
            window.id.as_str(),
            "counseling",
            "",
        )
        .await?;
    Ok((StatusCode::CREATED, Json(window_out(&window))))
}

/// Removes booking hours of the caller (appointments already booked stay).
#[utoipa::path(delete, path = "/api/v1/availability/{id}", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path, description = "Booking hours id")),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn remove_window(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
) -> Result<StatusCode, WebError> {
    principal.require(Action::HandleClientData)?;
    let id = AvailabilityId::parse(&id).ok_or(WebError::NotFound)?;
    state.store.remove_window(&principal.tenant.id, &principal.user.id, &id).await?;
    state
        .auditor
        .log(
            Some(&principal.tenant.id),
            Some(&principal.user.id),
            "availability.remove",
            "availability",
            id.as_str(),
            "counseling",
            "",
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BookingLinkOut {
    /// The link to give the client; the secret in it is shown only here.
    pub url: String,
    /// Unix milliseconds.
    pub expires_at: i64,
}

/// A booking link for the case: the client chooses a free time from the booking hours of the case's counselor
/// (or of the caller, when the case is unassigned). Valid for 14 days, for one booking.
#[utoipa::path(post, path = "/api/v1/cases/{id}/booking-links", tag = "appointments", security(("bearer" = [])),
    params(("id" = String, Path, description = "Case id")),
    responses((status = 201, body = BookingLinkOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn create_booking_link(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<BookingLinkOut>), WebError> {
    principal.require(Action::HandleClientData)?;
    let case = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    let (url, expires) =
        crate::pages::booking::new_booking_link(&state, &principal.tenant.id, &principal.user.id, &case).await?;
    Ok((StatusCode::CREATED, Json(BookingLinkOut { url, expires_at: expires.as_millis() })))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SlotOut {
    /// Unix milliseconds; send it back to book.
    pub starts_at: i64,
    /// Berlin wall-clock time.
    pub starts_local: String,
    pub duration_minutes: i64,
    pub modes: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BookingOut {
    /// Free times, when the link has not been used yet.
    pub slots: Vec<SlotOut>,
    /// The booked appointment, once the link has been used.
    pub booked: Option<crate::api::appointments::AppointmentOut>,
}

/// What a booking link offers (no log-in: the link is the credential). 410 when it has expired.
#[utoipa::path(get, path = "/api/v1/booking/{token}", tag = "appointments",
    params(("token" = String, Path, description = "The secret from the booking link")),
    responses((status = 200, body = BookingOut), (status = 404, body = ErrorBody), (status = 410, body = ErrorBody)))]
pub async fn booking_slots(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Json<BookingOut>, WebError> {
    let digest = digest_presented(&token).ok_or(WebError::NotFound)?;
    let now = state.clock.now();
    match availability::usable_link(state.store.as_ref(), &digest.0, now).await {
        Ok(link) => {
            let slots = availability::open_slots(state.store.as_ref(), &link, now).await?;
            let video = state.config.video_url_template.is_some();
            let slots = slots
                .iter()
                .map(|s| SlotOut {
                    starts_at: s.starts_at.as_millis(),
                    starts_local: appointment::format_local(s.starts_at).map(|(l, _)| l).unwrap_or_default(),
                    duration_minutes: s.duration_minutes,
                    modes: s
                        .modes
                        .iter()
                        .filter(|m| **m != AppointmentMode::Video || video)
                        .map(|m| m.as_str().to_string())
                        .collect(),
                })
                .collect();
            Ok(Json(BookingOut { slots, booked: None }))
        }
        Err(BookingError::AlreadyBooked(id)) => {
            let link = state.store.booking_link(&digest.0).await?;
            let booked = state.store.appointment(&link.tenant_id, &id).await?;
            Ok(Json(BookingOut { slots: vec![], booked: Some(crate::api::appointments::out(&booked)?) }))
        }
        Err(error) => Err(booking_error(error)),
    }
}

fn booking_error(error: BookingError) -> WebError {
    match error {
        BookingError::UnknownLink => WebError::NotFound,
        BookingError::Expired => WebError::Gone,
        BookingError::AlreadyBooked(_) => {
            WebError::Conflict(vec![FieldError { field: "token".into(), code: "used".into() }])
        }
        BookingError::SlotGone => {
            WebError::Conflict(vec![FieldError { field: "starts_at".into(), code: "taken".into() }])
        }
        BookingError::ModeNotOffered => invalid("mode", "not_offered"),
        BookingError::VideoNotConfigured => invalid("mode", "video_not_configured"),
        BookingError::Store(e) => e.into(),
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BookSlot {
    /// One of the offered `starts_at` values.
    pub starts_at: i64,
    /// One of the slot's modes.
    pub mode: String,
}

/// Books one of the offered times. 409 when the time was taken meanwhile or the link was used already.
#[utoipa::path(post, path = "/api/v1/booking/{token}", tag = "appointments",
    params(("token" = String, Path, description = "The secret from the booking link")),
    request_body = BookSlot,
    responses((status = 201, body = crate::api::appointments::AppointmentOut), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 410, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn book_slot(
    State(state): State<AppState>,
    Path(token): Path<String>,
    input: Result<ApiJson<BookSlot>, WebError>,
) -> Result<(StatusCode, Json<crate::api::appointments::AppointmentOut>), WebError> {
    let digest = digest_presented(&token).ok_or(WebError::NotFound)?;
    let ApiJson(input) = input?;
    let mode = AppointmentMode::parse(&input.mode).ok_or_else(|| invalid("mode", "invalid"))?;
    let booked = availability::book_with_link(
        state.store.as_ref(),
        &digest.0,
        Timestamp(input.starts_at),
        mode,
        state.config.video_url_template.as_deref(),
        state.clock.now(),
    )
    .await
    .map_err(booking_error)?;
    state
        .auditor
        .log(
            Some(&booked.tenant_id),
            None,
            "appointment.book_by_client",
            "client",
            booked.client_id.as_str(),
            "counseling",
            booked.id.as_str(),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(crate::api::appointments::out(&booked)?)))
}
