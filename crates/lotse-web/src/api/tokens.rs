//! API tokens of the calling user: create another (for rotation) and revoke one.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use lotse_core::TokenId;
use lotse_core::secret_token::SecretToken;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::api::auth::ApiPrincipal;
use crate::api::json::ApiJson;
use crate::errors::{ErrorBody, FieldError, WebError};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateTokenRequest {
    /// What the token is for, 1 to 100 characters.
    pub label: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedToken {
    pub id: String,
    pub label: String,
    /// The secret. It is shown only now; the server keeps only its SHA-256 digest.
    pub token: String,
    pub created_at: i64,
}

/// Creates a new token for the caller.
#[utoipa::path(
    post,
    path = "/api/v1/tokens",
    tag = "identity",
    security(("bearer" = [])),
    request_body = CreateTokenRequest,
    responses(
        (status = 201, description = "Created; the secret is in the body", body = CreatedToken),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Missing or invalid token", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 415, description = "Not JSON", body = ErrorBody),
        (status = 422, description = "Invalid label", body = ErrorBody),
    )
)]
pub async fn create_token(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    ApiJson(request): ApiJson<CreateTokenRequest>,
) -> Result<(StatusCode, Json<CreatedToken>), WebError> {
    let label = request.label.trim();
    let length = label.chars().count();
    if !(1..=100).contains(&length) || label.chars().any(char::is_control) {
        return Err(WebError::InvalidInput(vec![FieldError { field: "label".into(), code: "length".into() }]));
    }
    let secret = SecretToken::generate().map_err(|e| WebError::Internal(e.to_string()))?;
    let info = state
        .store
        .create_token(&principal.user.tenant_id, &principal.user.id, label, &secret.digest(), state.clock.now())
        .await?;
    state
        .auditor
        .log(
            Some(&principal.tenant.id),
            Some(&principal.user.id),
            "token.create",
            "api_token",
            info.id.as_str(),
            "authentication",
            "api",
        )
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedToken {
            id: info.id.to_string(),
            label: info.label,
            token: secret.expose().to_string(),
            created_at: info.created_at.as_millis(),
        }),
    ))
}

/// Revokes a token: one's own, or (for admins) any of the tenant's. Unknown ids, other people's tokens (for
/// non-admins) and other tenants' tokens all answer 404.
#[utoipa::path(
    delete,
    path = "/api/v1/tokens/{id}",
    tag = "identity",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Token id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, description = "Missing or invalid token", body = ErrorBody),
        (status = 404, description = "No such token", body = ErrorBody),
    )
)]
pub async fn revoke_token(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
) -> Result<StatusCode, WebError> {
    let id = TokenId::parse(&id).ok_or(WebError::NotFound)?;
    // Everyone may revoke their own tokens; those who manage accounts, any token of the tenant.
    let owner = (!lotse_core::policy::allows(principal.user.role, lotse_core::policy::Action::ManageUsers))
        .then_some(&principal.user.id);
    state.store.revoke_token(&principal.user.tenant_id, owner, &id, state.clock.now()).await?;
    state
        .auditor
        .log(
            Some(&principal.tenant.id),
            Some(&principal.user.id),
            "token.revoke",
            "api_token",
            id.as_str(),
            "authentication",
            "api",
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
