//! Cases and their timeline (roles that handle client data).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use lotse_core::case::EntryKind;
use lotse_core::case_service::{self, CaseError, CaseView};
use lotse_core::keyring::KeyError;
use lotse_core::policy::Action;
use lotse_core::{CaseId, ClientId, Timestamp};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::api::auth::ApiPrincipal;
use crate::api::json::ApiJson;
use crate::errors::{ErrorBody, FieldError, WebError};

impl From<CaseError> for WebError {
    fn from(error: CaseError) -> Self {
        match error {
            CaseError::Invalid(field) => {
                WebError::InvalidInput(vec![FieldError { field: field.into(), code: "invalid".into() }])
            }
            CaseError::Closed => WebError::Conflict(vec![FieldError { field: "status".into(), code: "closed".into() }]),
            CaseError::Store(store) => store.into(),
            CaseError::Key(KeyError::Destroyed) => WebError::NotFound,
            CaseError::Key(other) => WebError::Internal(other.to_string()),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCase {
    pub client_id: String,
    /// residence, work_permit, recognition, language_course, job_search, application_documents, benefits,
    /// family, housing, health_insurance, school_childcare, everyday_authorities.
    #[serde(default)]
    pub topics: Vec<String>,
    /// A short title; sealed.
    #[serde(default)]
    pub title: String,
    /// The client's postcode, for routing by region; only its first three digits are kept.
    #[serde(default)]
    pub postcode: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Created {
    pub id: String,
}

async fn audit(
    state: &AppState,
    principal: &ApiPrincipal,
    action: &str,
    entity: &str,
    id: &str,
) -> Result<(), WebError> {
    state
        .auditor
        .log(Some(&principal.tenant.id), Some(&principal.user.id), action, entity, id, "counseling", "api")
        .await?;
    Ok(())
}

fn case_id(id: &str) -> Result<CaseId, WebError> {
    CaseId::parse(id).ok_or(WebError::NotFound)
}

/// Opens a case for a client.
#[utoipa::path(post, path = "/api/v1/cases", tag = "cases", security(("bearer" = [])), request_body = NewCase,
    responses((status = 201, body = Created), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn open_case(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    input: Result<ApiJson<NewCase>, WebError>,
) -> Result<(StatusCode, Json<Created>), WebError> {
    principal.require(Action::HandleClientData)?;
    let ApiJson(input) = input?;
    let client = ClientId::parse(&input.client_id).ok_or_else(|| {
        WebError::InvalidInput(vec![FieldError { field: "client_id".into(), code: "invalid".into() }])
    })?;
    let case = case_service::open_case(
        state.store.as_ref(),
        &state.keyring,
        &principal.tenant.id,
        &principal.user.id,
        &client,
        &input.topics,
        &input.title,
        &input.postcode,
        state.clock.now(),
    )
    .await?;
    audit(&state, &principal, "case.open", "case", case.id.as_str()).await?;
    audit(&state, &principal, "client.case_opened", "client", client.as_str()).await?;
    Ok((StatusCode::CREATED, Json(Created { id: case.id.to_string() })))
}

/// The case with its timeline: notes and contacts of every mode, oldest first.
#[utoipa::path(get, path = "/api/v1/cases/{id}", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, description = "Case id")),
    responses((status = 200, description = "case, title, timeline", body = Object), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get_case(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
) -> Result<Json<CaseView>, WebError> {
    principal.require(Action::HandleClientData)?;
    let id = case_id(&id)?;
    let view =
        case_service::read_case(state.store.as_ref(), &state.keyring, &principal.tenant.id, &id, state.clock.now())
            .await?;
    audit(&state, &principal, "case.read", "case", id.as_str()).await?;
    audit(&state, &principal, "client.case_read", "client", view.case.client_id.as_str()).await?;
    Ok(Json(view))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewNote {
    /// The note; sealed with the client's key.
    pub text: String,
}

/// Adds a note to the case's timeline.
#[utoipa::path(post, path = "/api/v1/cases/{id}/notes", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, description = "Case id")), request_body = NewNote,
    responses((status = 201, body = Created), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_note(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<NewNote>, WebError>,
) -> Result<(StatusCode, Json<Created>), WebError> {
    principal.require(Action::HandleClientData)?;
    let ApiJson(input) = input?;
    let id = case_id(&id)?;
    let entry = case_service::add_entry(
        state.store.as_ref(),
        &state.keyring,
        &principal.tenant.id,
        &principal.user.id,
        &id,
        EntryKind::Note,
        None,
        None,
        &input.text,
        None,
        state.clock.now(),
    )
    .await?;
    audit(&state, &principal, "case.note", "case", id.as_str()).await?;
    Ok((StatusCode::CREATED, Json(Created { id: entry.id })))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewContact {
    /// in_person, phone, video, chat, email, messenger.
    pub mode: String,
    pub duration_minutes: Option<i64>,
    /// When it happened (unix milliseconds); default now.
    pub occurred_at: Option<i64>,
    /// Optional note about the contact; sealed.
    #[serde(default)]
    pub note: String,
}

/// Logs a contact (blended counseling: every mode in one timeline).
#[utoipa::path(post, path = "/api/v1/cases/{id}/contacts", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, description = "Case id")), request_body = NewContact,
    responses((status = 201, body = Created), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_contact(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<NewContact>, WebError>,
) -> Result<(StatusCode, Json<Created>), WebError> {
    principal.require(Action::HandleClientData)?;
    let ApiJson(input) = input?;
    let id = case_id(&id)?;
    let entry = case_service::add_entry(
        state.store.as_ref(),
        &state.keyring,
        &principal.tenant.id,
        &principal.user.id,
        &id,
        EntryKind::Contact,
        Some(input.mode.as_str()),
        input.duration_minutes,
        &input.note,
        input.occurred_at.map(Timestamp),
        state.clock.now(),
    )
    .await?;
    audit(&state, &principal, "case.contact", "case", id.as_str()).await?;
    Ok((StatusCode::CREATED, Json(Created { id: entry.id })))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CloseCase {
    /// resolved, referred, client_withdrew, no_contact, other.
    pub outcome: String,
}

/// Closes the case with an outcome.
#[utoipa::path(post, path = "/api/v1/cases/{id}/close", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, description = "Case id")), request_body = CloseCase,
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn close_case(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<CloseCase>, WebError>,
) -> Result<StatusCode, WebError> {
    principal.require(Action::HandleClientData)?;
    let ApiJson(input) = input?;
    let id = case_id(&id)?;
    case_service::close_case(state.store.as_ref(), &principal.tenant.id, &id, &input.outcome, state.clock.now())
        .await?;
    audit(&state, &principal, "case.close", "case", id.as_str()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewReferral {
    /// A service of the directory (`GET /api/v1/services`).
    pub service_id: String,
    /// Why, and what was agreed; sealed.
    #[serde(default)]
    pub note: String,
}

/// Refers the client to a service of the directory (status `made`).
#[utoipa::path(post, path = "/api/v1/cases/{id}/referrals", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, description = "Case id")), request_body = NewReferral,
    responses((status = 201, body = Created), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn refer(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<NewReferral>, WebError>,
) -> Result<(StatusCode, Json<Created>), WebError> {
    principal.require(Action::HandleClientData)?;
    let ApiJson(input) = input?;
    let id = case_id(&id)?;
    let entry = case_service::refer(
        state.store.as_ref(),
        &state.keyring,
        &principal.tenant.id,
        &principal.user.id,
        &id,
        &input.service_id,
        &input.note,
        state.clock.now(),
    )
    .await?;
    audit(&state, &principal, "case.referral", "case", id.as_str()).await?;
    Ok((StatusCode::CREATED, Json(Created { id: entry.id })))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferralUpdate {
    /// made, accepted, completed, declined, no_show.
    pub status: String,
    /// The service's feedback; sealed.
    #[serde(default)]
    pub feedback: String,
}

/// Records how a referral went.
#[utoipa::path(post, path = "/api/v1/cases/{id}/referrals/{entry}", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, description = "Case id"), ("entry" = String, Path, description = "Referral id")),
    request_body = ReferralUpdate,
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_referral(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path((id, entry)): Path<(String, String)>,
    input: Result<ApiJson<ReferralUpdate>, WebError>,
) -> Result<StatusCode, WebError> {
    principal.require(Action::HandleClientData)?;
    let ApiJson(input) = input?;
    let id = case_id(&id)?;
    let entry = uuid::Uuid::parse_str(&entry).map_err(|_| WebError::NotFound)?.to_string();
    case_service::update_referral(
        state.store.as_ref(),
        &state.keyring,
        &principal.tenant.id,
        &id,
        &entry,
        &input.status,
        &input.feedback,
        state.clock.now(),
    )
    .await?;
    audit(&state, &principal, "case.referral_update", "case", id.as_str()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTask {
    /// goal, step or task.
    pub kind: String,
    /// Sealed with the client's key.
    pub title: String,
    /// `YYYY-MM-DD`.
    pub due_on: Option<String>,
}

/// Adds a goal, step or task to the case plan.
#[utoipa::path(post, path = "/api/v1/cases/{id}/tasks", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, description = "Case id")), request_body = NewTask,
    responses((status = 201, body = Created), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_task(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<NewTask>, WebError>,
) -> Result<(StatusCode, Json<Created>), WebError> {
    principal.require(Action::HandleClientData)?;
    let ApiJson(input) = input?;
    let id = case_id(&id)?;
    let task = case_service::add_task(
        state.store.as_ref(),
        &state.keyring,
        &principal.tenant.id,
        &principal.user.id,
        &id,
        &input.kind,
        &input.title,
        input.due_on.as_deref(),
        state.clock.now(),
    )
    .await?;
    audit(&state, &principal, "case.task", "case", id.as_str()).await?;
    Ok((StatusCode::CREATED, Json(Created { id: task.id })))
}

/// Marks a task done.
#[utoipa::path(post, path = "/api/v1/cases/{id}/tasks/{task}/done", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, description = "Case id"), ("task" = String, Path, description = "Task id")),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn complete_task(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path((id, task)): Path<(String, String)>,
) -> Result<StatusCode, WebError> {
    principal.require(Action::HandleClientData)?;
    let id = case_id(&id)?;
    let task = uuid::Uuid::parse_str(&task).map_err(|_| WebError::NotFound)?.to_string();
    state.store.complete_task(&principal.tenant.id, &id, &task, state.clock.now()).await?;
    audit(&state, &principal, "case.task_done", "case", id.as_str()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Assignment {
    /// A colleague whose role handles client data; null puts the case back into the queue.
    pub user_id: Option<String>,
    /// A handover note for the timeline; sealed.
    #[serde(default)]
    pub note: String,
}

/// Assigns the case to a colleague (handover with a note) or puts it back into the queue.
#[utoipa::path(post, path = "/api/v1/cases/{id}/assign", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, description = "Case id")), request_body = Assignment,
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn assign(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<Assignment>, WebError>,
) -> Result<StatusCode, WebError> {
    principal.require(Action::HandleClientData)?;
    let ApiJson(input) = input?;
    let id = case_id(&id)?;
    let to = match input.user_id.as_deref() {
        Some(user) => Some(lotse_core::UserId::parse(user).ok_or_else(|| {
            WebError::InvalidInput(vec![FieldError { field: "user_id".into(), code: "invalid".into() }])
        })?),
        None => None,
    };
    case_service::hand_over(
        state.store.as_ref(),
        &state.keyring,
        &principal.tenant.id,
        &principal.user.id,
        &id,
        to.as_ref(),
        &input.note,
        state.clock.now(),
    )
    .await?;
    audit(&state, &principal, "case.assign", "case", id.as_str()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QueuedCase {
    pub id: String,
    pub client_id: String,
    pub topics: Vec<String>,
    /// The client's languages, for routing.
    pub languages: Vec<String>,
    /// Unix milliseconds.
    pub opened_at: i64,
    /// The first three digits of the client's postcode, when given.
    pub region: Option<String>,
    /// The team the case waits for.
    pub team: Option<String>,
    /// Up to three colleagues whose profile fits (topic 3, language 2, region 1 point), best first.
    pub suggestions: Vec<SuggestionOut>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SuggestionOut {
    pub user_id: String,
    pub display_name: String,
    pub team: String,
    pub score: u32,
    pub topics: Vec<String>,
    pub languages: Vec<String>,
    pub region: bool,
}

/// The routing queue: open cases nobody is assigned to, oldest first, with routing suggestions.
#[utoipa::path(get, path = "/api/v1/cases/queue", tag = "cases", security(("bearer" = [])),
    responses((status = 200, body = Vec<QueuedCase>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn queue(State(state): State<AppState>, principal: ApiPrincipal) -> Result<Json<Vec<QueuedCase>>, WebError> {
    principal.require(Action::HandleClientData)?;
    let routing = crate::pages::routing::RoutingContext::load(&state, &principal.tenant.id).await?;
    let mut out = Vec::new();
    for stored in state.store.unassigned_cases(&principal.tenant.id).await? {
        let client = state.store.client(&principal.tenant.id, &stored.case.client_id).await?;
        let suggestions = routing
            .suggest(&stored.case, &client.client.languages)
            .into_iter()
            .map(|s| SuggestionOut {
                display_name: routing.name_of(&s.user_id),
                user_id: s.user_id.to_string(),
                team: s.team,
                score: s.score,
                topics: s.topics.iter().map(|t| t.as_str().to_string()).collect(),
                languages: s.languages,
                region: s.region,
            })
            .collect();
        out.push(QueuedCase {
            region: stored.case.region.clone(),
            team: stored.case.team.clone(),
            suggestions,
            id: stored.case.id.to_string(),
            client_id: stored.case.client_id.to_string(),
            topics: stored.case.topics.iter().map(|t| t.as_str().to_string()).collect(),
            languages: client.client.languages.clone(),
            opened_at: stored.case.opened_at.as_millis(),
        });
    }
    audit(&state, &principal, "case.queue", "case", "").await?;
    Ok(Json(out))
}
