//! The caller's tenant's audit log (admins only).

use axum::Json;
use axum::extract::{Query, State};
use lotse_core::policy::Action;
use lotse_core::store::AuditFilter;
use lotse_core::{PageRequest, Timestamp, UserId};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::api::auth::ApiPrincipal;
use crate::errors::{ErrorBody, FieldError, WebError};

#[derive(Debug, Deserialize, IntoParams)]
pub struct AuditParams {
    /// Prefix of the action, e.g. `login`.
    pub action: Option<String>,
    /// User id of the actor.
    pub actor: Option<String>,
    /// Id of the entity.
    pub entity: Option<String>,
    /// From this time on (unix milliseconds).
    pub from: Option<i64>,
    /// Before this time (unix milliseconds).
    pub to: Option<i64>,
    pub offset: Option<u32>,
    pub limit: Option<u32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEntryOut {
    pub seq: i64,
    pub at: i64,
    pub actor: Option<String>,
    pub action: String,
    pub entity_type: String,
    pub entity_id: String,
    pub purpose: String,
    pub detail: String,
    pub hash: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditList {
    pub items: Vec<AuditEntryOut>,
    pub total: u64,
    pub offset: u32,
    pub limit: u32,
}

/// Audit entries, newest first.
#[utoipa::path(get, path = "/api/v1/audit", tag = "administration", security(("bearer" = [])), params(AuditParams),
    responses((status = 200, body = AuditList), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn list_audit(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Query(params): Query<AuditParams>,
) -> Result<Json<AuditList>, WebError> {
    principal.require(Action::ReadAuditLog)?;
    let actor = match params.actor.as_deref().filter(|a| !a.is_empty()) {
        Some(text) => Some(UserId::parse(text).ok_or_else(|| {
            WebError::InvalidInput(vec![FieldError { field: "actor".into(), code: "invalid".into() }])
        })?),
        None => None,
    };
    let filter = AuditFilter {
        actor,
        action_prefix: params.action.filter(|a| !a.is_empty()),
        entity_type: None,
        entity_id: params.entity.filter(|e| !e.is_empty()),
        from: params.from.map(Timestamp),
        to: params.to.map(Timestamp),
    };
    let page = PageRequest::new(params.offset.unwrap_or(0), params.limit.unwrap_or(PageRequest::DEFAULT_LIMIT));
    let result = state.store.list_audit(&principal.tenant.id, &filter, page).await?;
    state
        .auditor
        .log(
            Some(&principal.tenant.id),
            Some(&principal.user.id),
            "audit.read",
            "audit_log",
            "",
            "administration",
            "api",
        )
        .await?;
    Ok(Json(AuditList {
        items: result
            .items
            .into_iter()
            .map(|e| AuditEntryOut {
                seq: e.seq,
                at: e.at.as_millis(),
                actor: e.actor.map(|a| a.to_string()),
                action: e.action,
                entity_type: e.entity_type,
                entity_id: e.entity_id,
                purpose: e.purpose,
                detail: e.detail,
                hash: e.hash,
            })
            .collect(),
        total: result.total,
        offset: result.offset,
        limit: result.limit,
    }))
}
