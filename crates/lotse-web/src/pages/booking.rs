//! Booking by the client: a counselor keeps weekly booking hours (`/availability`), gives a client a booking link
//! from the case page, and the client picks a free time on `/book/{token}` without an account, an app or
//! JavaScript. The link books one appointment and shows it afterwards, with its calendar file.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use lotse_core::appointment::{self, AppointmentMode};
use lotse_core::availability::{self, BookingError, BookingLink, LINK_VALID_MS};
use lotse_core::policy::Action;
use lotse_core::secret_token::{SecretToken, digest_presented};
use lotse_core::{AvailabilityId, CaseId, Timestamp};
use serde::Deserialize;

use crate::AppState;
use crate::auth::{AuthRejection, Staff};
use crate::ctx::PageCtx;
use crate::errors::{WebError, page_with_status};
use crate::pages::{FormResult, fields, see_other};

pub struct WindowRow {
    pub id: String,
    pub weekday: String,
    pub from: String,
    pub to: String,
    pub slot_minutes: i64,
    pub modes: String,
    pub location: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "availability.html")]
pub struct AvailabilityPage {
    ctx: PageCtx,
    csrf: String,
    windows: Vec<WindowRow>,
    message: Option<String>,
    video_enabled: bool,
    /// The routing profile: (topic code, label, ticked), team, languages, regions.
    topics: Vec<(&'static str, String, bool)>,
    team: String,
    languages: String,
    regions: String,
    notify_by_email: bool,
}

fn weekday_name(ctx: &PageCtx, weekday: i64) -> String {
    ctx.t(&format!("weekday-{weekday}"))
}

async fn availability_view(state: &AppState, ctx: PageCtx, staff: &Staff) -> Result<AvailabilityPage, WebError> {
    let windows = state.store.windows(&staff.tenant.id, &staff.user.id).await?;
    let rows = windows
        .iter()
        .map(|w| WindowRow {
            id: w.id.to_string(),
            weekday: weekday_name(&ctx, w.weekday),
            from: availability::format_clock(w.starts_minute),
            to: availability::format_clock(w.ends_minute),
            slot_minutes: w.slot_minutes,
            modes: w.modes.iter().map(|m| ctx.t(&format!("mode-{}", m.as_str()))).collect::<Vec<_>>().join(", "),
            location: w.location.clone(),
        })
        .collect();
    let profile = match state.store.counselor_profile(&staff.tenant.id, &staff.user.id).await {
        Ok(profile) => Some(profile),
        Err(lotse_core::StoreError::NotFound) => None,
        Err(other) => return Err(other.into()),
    };
    let topics = lotse_core::case::Topic::ALL
        .iter()
        .map(|t| {
            let ticked = profile.as_ref().is_some_and(|p| p.topics.contains(t));
            (t.as_str(), ctx.t(&format!("topic-{}", t.as_str())), ticked)
        })
        .collect();
    Ok(AvailabilityPage {
        csrf: staff.csrf_token.clone(),
        windows: rows,
        message: None,
        video_enabled: state.config.video_url_template.is_some(),
        topics,
        team: profile.as_ref().map(|p| p.team.clone()).unwrap_or_default(),
        languages: profile.as_ref().map(|p| p.languages.join(", ")).unwrap_or_default(),
        regions: profile.as_ref().map(|p| p.regions.join(", ")).unwrap_or_default(),
        notify_by_email: profile.as_ref().is_some_and(|p| p.notify_by_email),
        ctx: ctx.with_staff(staff),
    })
}

/// The page again with the profile form's problem on top (422).
pub async fn availability_with_message(
    state: &AppState,
    ctx: PageCtx,
    staff: &Staff,
    error: lotse_core::routing::ProfileError,
) -> Result<Response, WebError> {
    let mut page = availability_view(state, ctx, staff).await?;
    let key = match error {
        lotse_core::routing::ProfileError::Topic => "routing-bad-topic",
        lotse_core::routing::ProfileError::Language => "routing-bad-languages",
        lotse_core::routing::ProfileError::Region => "routing-bad-regions",
        lotse_core::routing::ProfileError::Team => "routing-bad-team",
    };
    page.message = Some(page.ctx.t(key));
    Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page))
}

pub async fn availability_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
) -> Result<AvailabilityPage, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    Ok(availability_view(&state, ctx, &staff).await?)
}

#[derive(Debug, Deserialize)]
pub struct WindowForm {
    csrf: String,
    #[serde(default)]
    weekday: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    slot_minutes: String,
    #[serde(default)]
    in_person: Option<String>,
    #[serde(default)]
    phone: Option<String>,
    #[serde(default)]
    video: Option<String>,
    #[serde(default)]
    location: String,
}

pub async fn add_window(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    form: FormResult<WindowForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let mut modes = Vec::new();
    for (ticked, mode) in [
        (&form.in_person, AppointmentMode::InPerson),
        (&form.phone, AppointmentMode::Phone),
        (&form.video, AppointmentMode::Video),
    ] {
        if ticked.is_some() {
            modes.push(mode);
        }
    }
    let video_refused = modes.contains(&AppointmentMode::Video) && state.config.video_url_template.is_none();
    let window = availability::new_window(
        &staff.tenant.id,
        &staff.user.id,
        form.weekday.trim().parse().unwrap_or(0),
        &form.from,
        &form.to,
        form.slot_minutes.trim().parse().unwrap_or(0),
        modes,
        &form.location,
        state.clock.now(),
    );
    match window {
        Ok(window) if !video_refused => {
            state.store.add_window(&window).await.map_err(WebError::from)?;
            audit(&state, &staff, "availability.add", window.id.as_str()).await?;
            Ok(see_other("/availability"))
        }
        Ok(_) => {
            let mut page = availability_view(&state, ctx, &staff).await?;
            page.message = Some(page.ctx.t("availability-video-off"));
            Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page))
        }
        Err(error) => {
            let mut page = availability_view(&state, ctx, &staff).await?;
            let key = match error {
                availability::WindowError::Weekday | availability::WindowError::Times => "availability-bad-times",
                availability::WindowError::SlotLength => "availability-bad-slot",
                availability::WindowError::Modes => "availability-bad-modes",
                availability::WindowError::Location => "availability-bad-location",
            };
            page.message = Some(page.ctx.t(key));
            Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page))
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct CsrfForm {
    csrf: String,
}

pub async fn remove_window(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<CsrfForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let id = AvailabilityId::parse(&id).ok_or(WebError::NotFound)?;
    state.store.remove_window(&staff.tenant.id, &staff.user.id, &id).await.map_err(WebError::from)?;
    audit(&state, &staff, "availability.remove", id.as_str()).await?;
    Ok(see_other("/availability"))
}

async fn audit(state: &AppState, staff: &Staff, action: &str, id: &str) -> Result<(), WebError> {
    state
        .auditor
        .log(Some(&staff.tenant.id), Some(&staff.user.id), action, "availability", id, "counseling", "")
        .await?;
    Ok(())
}

/// Creates a booking link for the case, valid for [`LINK_VALID_MS`], booking with the case's counselor (or the
/// caller when the case is unassigned). Returns the link's path with the secret, shown once.
pub async fn new_booking_link(
    state: &AppState,
    staff_tenant: &lotse_core::TenantId,
    user: &lotse_core::UserId,
    case: &CaseId,
) -> Result<(String, Timestamp), WebError> {
    let stored = state.store.case(staff_tenant, case).await?;
    let counselor = stored.case.assigned_to.clone().unwrap_or_else(|| user.clone());
    let secret = SecretToken::generate().map_err(|e| WebError::Internal(e.to_string()))?;
    let now = state.clock.now();
    let link = BookingLink {
        tenant_id: staff_tenant.clone(),
        case_id: case.clone(),
        counselor_id: counselor,
        created_at: now,
        expires_at: Timestamp(now.as_millis() + LINK_VALID_MS),
        appointment_id: None,
    };
    state.store.create_booking_link(&secret.digest().0, &link).await?;
    state
        .auditor
        .log(Some(staff_tenant), Some(user), "booking_link.create", "case", case.as_str(), "counseling", "")
        .await?;
    let base = state.config.public_url.clone().unwrap_or_default();
    Ok((format!("{}/book/{}", base.trim_end_matches('/'), secret.expose()), link.expires_at))
}

#[derive(Template, WebTemplate)]
#[template(path = "booking_link.html")]
pub struct BookingLinkPage {
    ctx: PageCtx,
    case_id: String,
    url: String,
    expires: String,
}

pub async fn create_booking_link(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<CsrfForm>,
) -> Result<BookingLinkPage, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let case = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    state.store.case(&staff.tenant.id, &case).await.map_err(WebError::from)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let (url, expires) = new_booking_link(&state, &staff.tenant.id, &staff.user.id, &case).await?;
    Ok(BookingLinkPage { case_id: case.to_string(), url, expires: local_text(expires), ctx: ctx.with_staff(&staff) })
}

fn local_text(at: Timestamp) -> String {
    appointment::format_local(at).map(|(local, _)| local.replace('T', " ")).unwrap_or_default()
}

// --- the client's side -----------------------------------------------------------------------------------------

pub struct SlotChoice {
    /// The value sent back: the start in Unix milliseconds.
    pub value: i64,
    pub time: String,
    pub modes: String,
}

pub struct DayChoices {
    pub label: String,
    pub slots: Vec<SlotChoice>,
}

pub struct Booked {
    pub when: String,
    pub minutes: i64,
    pub kind: String,
    pub location: String,
    pub video_url: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "book.html")]
pub struct BookPage {
    ctx: PageCtx,
    token: String,
    /// One week of days with free times at a time; `week` counts from the first.
    days: Vec<DayChoices>,
    week: usize,
    more: bool,
    modes: Vec<(String, String)>,
    booked: Option<Booked>,
    message: Option<String>,
}

/// `DD.MM.YYYY` with the weekday, `HH:MM`.
fn day_and_time(ctx: &PageCtx, at: Timestamp) -> (String, String) {
    let local = appointment::format_local(at).map(|(local, _)| local).unwrap_or_default();
    let weekday = jiff::Timestamp::from_millisecond(at.as_millis())
        .ok()
        .and_then(|t| jiff::tz::TimeZone::get(appointment::LOCAL_ZONE).ok().map(|z| t.to_zoned_datetime(z)))
        .map(|z| i64::from(z.weekday().to_monday_one_offset()))
        .unwrap_or(1);
    let (day, time) = local.split_once('T').unwrap_or((&local, ""));
    let german_date: Vec<&str> = day.split('-').rev().collect();
    (format!("{}, {}", weekday_name(ctx, weekday), german_date.join(".")), time.to_string())
}

/// Days with free times shown per page.
const DAYS_PER_PAGE: usize = 7;

async fn book_view(
    state: &AppState,
    ctx: PageCtx,
    token: &str,
    week: usize,
) -> Result<(StatusCode, BookPage), WebError> {
    let digest = digest_presented(token).ok_or(WebError::NotFound)?;
    let now = state.clock.now();
    let mut page = BookPage {
        token: token.to_string(),
        days: vec![],
        week,
        more: false,
        modes: vec![],
        booked: None,
        message: None,
        ctx,
    };
    match availability::usable_link(state.store.as_ref(), &digest.0, now).await {
        Ok(link) => {
            let slots = availability::open_slots(state.store.as_ref(), &link, now).await?;
            let mut offered: Vec<AppointmentMode> = Vec::new();
            for slot in &slots {
                let (day, time) = day_and_time(&page.ctx, slot.starts_at);
                let modes = slot
                    .modes
                    .iter()
                    .filter(|m| **m != AppointmentMode::Video || state.config.video_url_template.is_some())
                    .copied()
                    .collect::<Vec<_>>();
                for mode in &modes {
                    if !offered.contains(mode) {
                        offered.push(*mode);
                    }
                }
                let choice = SlotChoice {
                    value: slot.starts_at.as_millis(),
                    time,
                    modes: modes
                        .iter()
                        .map(|m| page.ctx.t(&format!("mode-{}", m.as_str())))
                        .collect::<Vec<_>>()
                        .join(", "),
                };
                match page.days.last_mut() {
                    Some(last) if last.label == day => last.slots.push(choice),
                    _ => page.days.push(DayChoices { label: day, slots: vec![choice] }),
                }
            }
            offered.sort_by_key(|m| AppointmentMode::ALL.iter().position(|x| x == m));
            page.modes = offered
                .iter()
                .map(|m| (m.as_str().to_string(), page.ctx.t(&format!("appointment-{}", m.as_str()))))
                .collect();
            if page.days.is_empty() {
                page.message = Some(page.ctx.t("book-no-slots"));
            }
            let start = (week * DAYS_PER_PAGE).min(page.days.len());
            page.more = page.days.len() > start + DAYS_PER_PAGE;
            page.days = page.days.drain(start..).take(DAYS_PER_PAGE).collect();
        }
        Err(BookingError::AlreadyBooked(id)) => {
            let booked = state.store.appointment(&link_tenant(state, &digest.0).await?, &id).await?;
            page.booked = Some(booked_view(&page.ctx, &booked));
        }
        Err(BookingError::Expired) => {
            page.message = Some(page.ctx.t("book-expired"));
            return Ok((StatusCode::GONE, page));
        }
        Err(BookingError::UnknownLink) => return Err(WebError::NotFound),
        Err(BookingError::Store(e)) => return Err(e.into()),
        Err(other) => return Err(WebError::Internal(other.to_string())),
    }
    Ok((StatusCode::OK, page))
}

async fn link_tenant(state: &AppState, digest: &str) -> Result<lotse_core::TenantId, WebError> {
    Ok(state.store.booking_link(digest).await?.tenant_id)
}

fn booked_view(ctx: &PageCtx, booked: &lotse_core::appointment::Appointment) -> Booked {
    let (day, time) = day_and_time(ctx, booked.starts_at);
    Booked {
        when: format!("{day}, {time}"),
        minutes: booked.duration_minutes,
        kind: ctx.t(&format!("appointment-{}", booked.mode.as_str())),
        location: booked.location.clone(),
        video_url: booked.video_url.clone(),
    }
}

#[derive(Debug, Deserialize, Default)]
pub struct WeekQuery {
    #[serde(default)]
    week: usize,
}

pub async fn booking_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
    axum::extract::Query(query): axum::extract::Query<WeekQuery>,
) -> Result<Response, WebError> {
    let (status, page) = book_view(&state, ctx, &token, query.week.min(10)).await?;
    Ok(page_with_status(status, page))
}

#[derive(Debug, Deserialize)]
pub struct BookForm {
    #[serde(default)]
    slot: String,
    #[serde(default)]
    mode: String,
}

pub async fn book(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
    form: FormResult<BookForm>,
) -> Result<Response, WebError> {
    let digest = digest_presented(&token).ok_or(WebError::NotFound)?;
    let form = fields(form)?;
    let now = state.clock.now();
    let starts_at = form.slot.trim().parse::<i64>().ok().map(Timestamp);
    let mode = AppointmentMode::parse(form.mode.trim());
    let result = match (starts_at, mode) {
        (Some(starts_at), Some(mode)) => {
            availability::book_with_link(
                state.store.as_ref(),
                &digest.0,
                starts_at,
                mode,
                state.config.video_url_template.as_deref(),
                now,
            )
            .await
        }
        _ => Err(BookingError::SlotGone),
    };
    let problem = match result {
        Ok(booked) => {
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
            return Ok(see_other(&format!("/book/{token}")));
        }
        Err(BookingError::SlotGone) => "book-slot-gone",
        Err(BookingError::ModeNotOffered) | Err(BookingError::VideoNotConfigured) => "book-mode-not-offered",
        Err(BookingError::AlreadyBooked(_)) => return Ok(see_other(&format!("/book/{token}"))),
        Err(BookingError::Expired) => "book-expired",
        Err(BookingError::UnknownLink) => return Err(WebError::NotFound),
        Err(BookingError::Store(e)) => return Err(e.into()),
    };
    let (_, mut page) = book_view(&state, ctx, &token, 0).await?;
    page.message = Some(page.ctx.t(problem));
    Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page))
}

/// The booked appointment as a calendar file.
pub async fn booked_ics(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    let digest = digest_presented(&token).ok_or(WebError::NotFound)?;
    let link = state.store.booking_link(&digest.0).await?;
    let id = link.appointment_id.ok_or(WebError::NotFound)?;
    let booked = state.store.appointment(&link.tenant_id, &id).await?;
    crate::api::appointments::ics_response(&state, ctx.locale, booked)
}
