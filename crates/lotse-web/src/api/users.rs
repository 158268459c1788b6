//! Staff accounts of the caller's tenant (admins only).

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use lotse_core::policy::Action;
use lotse_core::user::{User, UserChange, parse_display_name};
use lotse_core::{PageRequest, Role, UserId};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::api::auth::ApiPrincipal;
use crate::api::json::ApiJson;
use crate::errors::{ErrorBody, FieldError, WebError};
use crate::identity;

#[derive(Debug, Serialize, ToSchema)]
pub struct UserOut {
    pub id: String,
    pub email: String,
    pub display_name: String,
    /// admin, coordinator, counselor, legal_reviewer or streetworker.
    pub role: String,
    pub active: bool,
    pub two_factor_enabled: bool,
    pub created_at: i64,
}

impl From<&User> for UserOut {
    fn from(user: &User) -> Self {
        Self {
            id: user.id.to_string(),
            email: user.email.to_string(),
            display_name: user.display_name.clone(),
            role: user.role.to_string(),
            active: user.active,
            two_factor_enabled: user.two_factor_enabled,
            created_at: user.created_at.as_millis(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UserList {
    pub items: Vec<UserOut>,
    pub total: u64,
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct Paging {
    /// Skip this many (default 0).
    pub offset: Option<u32>,
    /// At most this many, 1 to 200 (default 50).
    pub limit: Option<u32>,
}

fn page(paging: &Paging) -> PageRequest {
    PageRequest::new(paging.offset.unwrap_or(0), paging.limit.unwrap_or(PageRequest::DEFAULT_LIMIT))
}

/// Lists the tenant's staff accounts.
#[utoipa::path(get, path = "/api/v1/users", tag = "administration", security(("bearer" = [])), params(Paging),
    responses((status = 200, body = UserList), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn list_users(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Query(paging): Query<Paging>,
) -> Result<Json<UserList>, WebError> {
    principal.require(Action::ManageUsers)?;
    let result = state.store.list_users(&principal.tenant.id, page(&paging)).await?;
    state
        .auditor
        .log(Some(&principal.tenant.id), Some(&principal.user.id), "user.list", "user", "", "administration", "api")
        .await?;
    Ok(Json(UserList {
        items: result.items.iter().map(UserOut::from).collect(),
        total: result.total,
        offset: result.offset,
        limit: result.limit,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InviteRequest {
    pub email: String,
    pub display_name: String,
    pub role: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Invited {
    pub user: UserOut,
    /// Give this link to the person; it is valid for seven days and shown only now.
    pub invite_url: String,
}

/// Invites a person: creates the account without a password and returns the invitation link.
#[utoipa::path(post, path = "/api/v1/users", tag = "administration", security(("bearer" = [])), request_body = InviteRequest,
    responses((status = 201, body = Invited), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn invite_user(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    request: Result<ApiJson<InviteRequest>, WebError>,
) -> Result<(StatusCode, Json<Invited>), WebError> {
    principal.require(Action::ManageUsers)?;
    let ApiJson(request) = request?;
    let (user, link) =
        identity::invite(&state, &principal.as_staff(), &request.email, &request.display_name, &request.role).await?;
    Ok((StatusCode::CREATED, Json(Invited { user: UserOut::from(&user), invite_url: link })))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UserPatch {
    pub role: Option<String>,
    pub active: Option<bool>,
    pub display_name: Option<String>,
}

async fn load(state: &AppState, principal: &ApiPrincipal, id: &str) -> Result<User, WebError> {
    let id = UserId::parse(id).ok_or(WebError::NotFound)?;
    Ok(state.store.user(&principal.tenant.id, &id).await?)
}

/// Changes role, activity or name. Deactivating or changing the role ends the person's sessions.
#[utoipa::path(patch, path = "/api/v1/users/{id}", tag = "administration", security(("bearer" = [])),
    params(("id" = String, Path, description = "User id")), request_body = UserPatch,
    responses((status = 200, body = UserOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_user(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    patch: Result<ApiJson<UserPatch>, WebError>,
) -> Result<Json<UserOut>, WebError> {
    principal.require(Action::ManageUsers)?;
    let ApiJson(patch) = patch?;
    let user = load(&state, &principal, &id).await?;
    let invalid =
        |field: &str| WebError::InvalidInput(vec![FieldError { field: field.into(), code: "invalid".into() }]);
    let change = UserChange {
        role: patch.role.as_deref().map(Role::parse).transpose().map_err(|_| invalid("role"))?,
        active: patch.active,
        display_name: patch
            .display_name
            .as_deref()
            .map(|n| parse_display_name(n).ok_or_else(|| invalid("display_name")))
            .transpose()?,
    };
    let updated = identity::change_user(&state, &principal.as_staff(), &user, &change).await?;
    Ok(Json(UserOut::from(&updated)))
}

/// Removes the person's second factor and recovery codes; they set it up again at the next log-in.
#[utoipa::path(post, path = "/api/v1/users/{id}/reset-2fa", tag = "administration", security(("bearer" = [])),
    params(("id" = String, Path, description = "User id")),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn reset_two_factor(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
) -> Result<StatusCode, WebError> {
    principal.require(Action::ManageUsers)?;
    let user = load(&state, &principal, &id).await?;
    identity::reset_two_factor(&state, &principal.as_staff(), &user).await?;
    Ok(StatusCode::NO_CONTENT)
}
