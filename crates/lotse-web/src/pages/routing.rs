//! Routing: what each counselor handles (topics, languages, postcode regions, team), suggestions for waiting
//! cases, and putting a case in front of a team.

use axum::extract::{Path, State};
use axum::response::Response;
use lotse_core::case::Case;
use lotse_core::policy::Action;
use lotse_core::routing::{self, CounselorProfile, ProfileError};
use lotse_core::{CaseId, PageRequest, TenantId, UserId};
use serde::Deserialize;

use crate::AppState;
use crate::auth::{AuthRejection, Staff};
use crate::ctx::PageCtx;
use crate::errors::{FieldError, WebError};
use crate::pages::casework::SuggestionRow;
use crate::pages::{FormResult, fields, see_other};

/// The tenant's counselors who may take cases, with their profiles and names.
pub struct RoutingContext {
    profiles: Vec<CounselorProfile>,
    names: Vec<(UserId, String)>,
}

impl RoutingContext {
    pub async fn load(state: &AppState, tenant: &TenantId) -> Result<Self, WebError> {
        let users = state.store.list_users(tenant, PageRequest::new(0, PageRequest::MAX_LIMIT)).await?.items;
        let names: Vec<(UserId, String)> = users
            .into_iter()
            .filter(|u| u.active && lotse_core::policy::allows(u.role, Action::HandleClientData))
            .map(|u| (u.id, u.display_name))
            .collect();
        let profiles = state
            .store
            .counselor_profiles(tenant)
            .await?
            .into_iter()
            .filter(|p| names.iter().any(|(id, _)| *id == p.user_id))
            .collect();
        Ok(Self { profiles, names })
    }

    pub fn suggest(&self, case: &Case, languages: &[String]) -> Vec<routing::Suggestion> {
        routing::suggest(case, languages, &self.profiles, 3)
    }

    pub fn name_of(&self, user: &UserId) -> String {
        self.names.iter().find(|(id, _)| id == user).map(|(_, n)| n.clone()).unwrap_or_default()
    }

    pub fn suggestions(&self, ctx: &PageCtx, case: &Case, languages: &[String]) -> Vec<SuggestionRow> {
        self.suggest(case, languages)
            .into_iter()
            .map(|s| {
                let mut reasons: Vec<String> =
                    s.topics.iter().map(|t| ctx.t(&format!("topic-{}", t.as_str()))).collect();
                reasons.extend(s.languages.iter().cloned());
                if s.region {
                    reasons.push(ctx.t("routing-reason-region"));
                }
                SuggestionRow {
                    name: self.name_of(&s.user_id),
                    user_id: s.user_id.to_string(),
                    team: s.team,
                    reasons: reasons.join(", "),
                }
            })
            .collect()
    }

    /// Every team named in a profile, sorted.
    pub fn teams(&self) -> Vec<String> {
        let mut teams: Vec<String> = self.profiles.iter().map(|p| p.team.clone()).filter(|t| !t.is_empty()).collect();
        teams.sort();
        teams.dedup();
        teams
    }

    pub fn team_of(&self, user: &UserId) -> String {
        self.profiles.iter().find(|p| p.user_id == *user).map(|p| p.team.clone()).unwrap_or_default()
    }
}

pub fn profile_error(error: ProfileError) -> WebError {
    let field = match error {
        ProfileError::Topic => "topics",
        ProfileError::Language => "languages",
        ProfileError::Region => "regions",
        ProfileError::Team => "team",
    };
    WebError::InvalidInput(vec![FieldError { field: field.into(), code: "invalid".into() }])
}

/// The profile form on the booking-hours page (`topic` may repeat).
pub async fn save_profile(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    form: FormResult<Vec<(String, String)>>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let fields = fields(form)?;
    let value = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    staff.check_csrf(&value("csrf"))?;
    let topics: Vec<String> = fields.iter().filter(|(k, _)| k == "topic").map(|(_, v)| v.clone()).collect();
    let parsed = routing::parse_profile(
        &staff.tenant.id,
        &staff.user.id,
        &value("team"),
        &topics,
        &value("languages"),
        &value("regions"),
        state.clock.now(),
    );
    match parsed {
        Ok(mut profile) => {
            profile.notify_by_email = fields.iter().any(|(k, _)| k == "notify_by_email");
            state.store.set_counselor_profile(&profile).await.map_err(WebError::from)?;
            state
                .auditor
                .log(
                    Some(&staff.tenant.id),
                    Some(&staff.user.id),
                    "routing_profile.update",
                    "user",
                    staff.user.id.as_str(),
                    "administration",
                    "",
                )
                .await
                .map_err(WebError::from)?;
            Ok(see_other("/availability#profile"))
        }
        Err(error) => Ok(crate::pages::booking::availability_with_message(&state, ctx, &staff, error).await?),
    }
}

#[derive(Debug, Deserialize)]
pub struct TeamForm {
    csrf: String,
    #[serde(default)]
    team: String,
}

/// Puts a waiting case in front of a team (empty: the whole queue).
pub async fn set_team(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<TeamForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let case = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    state.store.case(&staff.tenant.id, &case).await.map_err(WebError::from)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let team = check_team(&form.team)?;
    state.store.set_case_team(&staff.tenant.id, &case, team.as_deref()).await.map_err(WebError::from)?;
    state
        .auditor
        .log(Some(&staff.tenant.id), Some(&staff.user.id), "case.team", "case", case.as_str(), "counseling", "")
        .await
        .map_err(WebError::from)?;
    Ok(see_other("/queue"))
}

/// A team name as given, or None for "the whole queue".
pub fn check_team(team: &str) -> Result<Option<String>, WebError> {
    let team = team.trim();
    if team.chars().count() > 80 || team.chars().any(char::is_control) {
        return Err(profile_error(ProfileError::Team));
    }
    Ok((!team.is_empty()).then(|| team.to_string()))
}
