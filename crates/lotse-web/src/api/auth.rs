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
            Ok(owner) => Ok(ApiPrincipal { token_id: owner.token_id, user: owner.user }),
            Err(StoreError::NotFound) => Err(WebError::InvalidToken),
            Err(other) => Err(other.into()),
        }
    }
}
