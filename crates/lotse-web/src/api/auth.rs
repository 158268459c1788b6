//! Bearer-token authentication. The extractor is the only way an API handler learns its tenant, so no
//! handler can forget to scope by it.

use axum::extract::FromRequestParts;
use axum::http::header;
use axum::http::request::Parts;
use lotse_core::StoreError;
use lotse_core::TokenId;
use lotse_core::secret_token::digest_presented;
use lotse_core::user::User;

use crate::AppState;
use crate::errors::WebError;

/// The authenticated caller of an API request.
#[derive(Debug, Clone)]
pub struct ApiPrincipal {
    pub token_id: TokenId,
    pub user: User,
    pub tenant: lotse_core::tenant::Tenant,
}

impl ApiPrincipal {
    /// Refuses with 403 unless the role may do this (the same table as the pages).
    pub fn require(&self, action: lotse_core::policy::Action) -> Result<(), WebError> {
        if lotse_core::policy::allows(self.user.role, action) { Ok(()) } else { Err(WebError::Forbidden) }
    }

    /// The same identity as a page session has, for the operations both share.
    pub fn as_staff(&self) -> crate::auth::Staff {
        crate::auth::Staff {
            user: self.user.clone(),
            tenant: self.tenant.clone(),
            csrf_token: String::new(),
            digest: String::new(),
        }
    }
}

impl FromRequestParts<AppState> for ApiPrincipal {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let header_value = parts.headers.get(header::AUTHORIZATION).ok_or(WebError::Unauthorized)?;
        let text = header_value.to_str().map_err(|_| WebError::InvalidToken)?;
        let presented =
            text.strip_prefix("Bearer ").or_else(|| text.strip_prefix("bearer ")).ok_or(WebError::InvalidToken)?.trim();
        let digest = digest_presented(presented).ok_or(WebError::InvalidToken)?;
        match state.store.authenticate_token(&digest, state.clock.now()).await {
            Ok(owner) => {
                let tenant = state.store.tenant(&owner.user.tenant_id).await?;
                Ok(ApiPrincipal { token_id: owner.token_id, user: owner.user, tenant })
            }
            Err(StoreError::NotFound) => Err(WebError::InvalidToken),
            Err(other) => Err(other.into()),
        }
    }
}
