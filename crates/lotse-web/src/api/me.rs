use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;
use crate::api::auth::ApiPrincipal;
use crate::errors::{ErrorBody, WebError};

#[derive(Debug, Serialize, ToSchema)]
pub struct MeResponse {
    pub user: UserView,
    pub tenant: TenantView,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UserView {
    pub id: String,
    pub email: String,
    pub display_name: String,
    /// One of admin, coordinator, counselor, legal_reviewer, streetworker.
    pub role: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TenantView {
    pub id: String,
    pub name: String,
}

/// The account and organisation the token belongs to.
#[utoipa::path(
    get,
    path = "/api/v1/me",
    tag = "identity",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The token's owner", body = MeResponse),
        (status = 401, description = "Missing or invalid token", body = ErrorBody),
    )
)]
pub async fn me(State(state): State<AppState>, principal: ApiPrincipal) -> Result<Json<MeResponse>, WebError> {
    let tenant = state.store.tenant(&principal.user.tenant_id).await?;
    Ok(Json(MeResponse {
        user: UserView {
            id: principal.user.id.to_string(),
            email: principal.user.email.to_string(),
            display_name: principal.user.display_name.clone(),
            role: principal.user.role.to_string(),
        },
        tenant: TenantView { id: tenant.id.to_string(), name: tenant.name },
    }))
}
