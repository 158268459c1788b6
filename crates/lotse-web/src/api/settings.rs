//! The caller's tenant settings (admins only).

use axum::Json;
use axum::extract::State;
use lotse_core::policy::Action;
use lotse_core::tenant::TenantName;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::api::auth::ApiPrincipal;
use crate::api::json::ApiJson;
use crate::errors::{ErrorBody, FieldError, WebError};
use crate::identity;

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TenantSettings {
    pub name: String,
    /// Roles that see personal data must use two-factor authentication.
    pub require_two_factor: bool,
    /// Days a closed case is kept before its content is removed (30 to 3650). Left out: unchanged.
    pub retention_days: Option<i64>,
}

/// The tenant's settings.
#[utoipa::path(get, path = "/api/v1/tenant/settings", tag = "administration", security(("bearer" = [])),
    responses((status = 200, body = TenantSettings), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn get_settings(principal: ApiPrincipal) -> Result<Json<TenantSettings>, WebError> {
    principal.require(Action::ManageTenantSettings)?;
    Ok(Json(TenantSettings {
        name: principal.tenant.name.clone(),
        require_two_factor: principal.tenant.require_two_factor,
        retention_days: Some(principal.tenant.retention_days),
    }))
}

/// Replaces the tenant's settings.
#[utoipa::path(put, path = "/api/v1/tenant/settings", tag = "administration", security(("bearer" = [])),
    request_body = TenantSettings,
    responses((status = 200, body = TenantSettings), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn put_settings(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    settings: Result<ApiJson<TenantSettings>, WebError>,
) -> Result<Json<TenantSettings>, WebError> {
    principal.require(Action::ManageTenantSettings)?;
    let ApiJson(settings) = settings?;
    let name = TenantName::parse(&settings.name)
        .map_err(|_| WebError::InvalidInput(vec![FieldError { field: "name".into(), code: "invalid".into() }]))?;
    let tenant = identity::save_settings(
        &state,
        &principal.as_staff(),
        &name,
        settings.require_two_factor,
        settings.retention_days,
    )
    .await?;
    Ok(Json(TenantSettings {
        name: tenant.name,
        require_two_factor: tenant.require_two_factor,
        retention_days: Some(tenant.retention_days),
    }))
}
