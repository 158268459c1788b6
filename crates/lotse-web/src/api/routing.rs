//! Routing over the API: the caller's profile (what they handle) and putting a waiting case in front of a team.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use lotse_core::policy::Action;
use lotse_core::routing;
use lotse_core::{CaseId, StoreError};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::api::auth::ApiPrincipal;
use crate::api::json::ApiJson;
use crate::errors::{ErrorBody, WebError};
use crate::pages::routing::{check_team, profile_error};

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoutingProfile {
    /// The team's name; empty for none.
    #[serde(default)]
    pub team: String,
    /// Topic codes (the case topics).
    #[serde(default)]
    pub topics: Vec<String>,
    /// Two-letter language codes.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Postcode beginnings of one to five digits.
    #[serde(default)]
    pub regions: Vec<String>,
    /// An e-mail when a client writes (no content, only a link).
    #[serde(default)]
    pub notify_by_email: bool,
}

fn out(p: &routing::CounselorProfile) -> RoutingProfile {
    RoutingProfile {
        team: p.team.clone(),
        topics: p.topics.iter().map(|t| t.as_str().to_string()).collect(),
        languages: p.languages.clone(),
        regions: p.regions.clone(),
        notify_by_email: p.notify_by_email,
    }
}

/// What the caller handles (empty when never set).
#[utoipa::path(get, path = "/api/v1/me/routing-profile", tag = "cases", security(("bearer" = [])),
    responses((status = 200, body = RoutingProfile), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn get_profile(
    State(state): State<AppState>,
    principal: ApiPrincipal,
) -> Result<Json<RoutingProfile>, WebError> {
    principal.require(Action::HandleClientData)?;
    match state.store.counselor_profile(&principal.tenant.id, &principal.user.id).await {
        Ok(profile) => Ok(Json(out(&profile))),
        Err(StoreError::NotFound) => Ok(Json(RoutingProfile {
            team: String::new(),
            topics: vec![],
            languages: vec![],
            regions: vec![],
            notify_by_email: false,
        })),
        Err(other) => Err(other.into()),
    }
}

/// Sets what the caller handles; the queue suggests cases by it.
#[utoipa::path(put, path = "/api/v1/me/routing-profile", tag = "cases", security(("bearer" = [])),
    request_body = RoutingProfile,
    responses((status = 200, body = RoutingProfile), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn put_profile(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    input: Result<ApiJson<RoutingProfile>, WebError>,
) -> Result<Json<RoutingProfile>, WebError> {
    principal.require(Action::HandleClientData)?;
    let ApiJson(input) = input?;
    let profile = routing::parse_profile(
        &principal.tenant.id,
        &principal.user.id,
        &input.team,
        &input.topics,
        &input.languages.join(","),
        &input.regions.join(","),
        state.clock.now(),
    )
    .map_err(profile_error)?;
    let profile = routing::CounselorProfile { notify_by_email: input.notify_by_email, ..profile };
    state.store.set_counselor_profile(&profile).await?;
    state
        .auditor
        .log(
            Some(&principal.tenant.id),
            Some(&principal.user.id),
            "routing_profile.update",
            "user",
            principal.user.id.as_str(),
            "administration",
            "api",
        )
        .await?;
    Ok(Json(out(&profile)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamInput {
    /// The team; empty or null puts the case back in front of everyone.
    pub team: Option<String>,
}

/// Puts an open, unassigned case in front of a team.
#[utoipa::path(post, path = "/api/v1/cases/{id}/team", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, description = "Case id")), request_body = TeamInput,
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn set_team(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<TeamInput>, WebError>,
) -> Result<StatusCode, WebError> {
    principal.require(Action::HandleClientData)?;
    let case = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    state.store.case(&principal.tenant.id, &case).await?;
    let ApiJson(input) = input?;
    let team = check_team(input.team.as_deref().unwrap_or(""))?;
    state.store.set_case_team(&principal.tenant.id, &case, team.as_deref()).await?;
    state
        .auditor
        .log(
            Some(&principal.tenant.id),
            Some(&principal.user.id),
            "case.team",
            "case",
            case.as_str(),
            "counseling",
            "api",
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
