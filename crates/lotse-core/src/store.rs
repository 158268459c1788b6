//! What the domain needs from storage. Implemented in `lotse-store` for SQLite and PostgreSQL; one contract
//! test suite runs against both. Every method on tenant data takes the tenant id first.

use crate::{
    Email, Page, PageRequest, TenantId, Timestamp, TokenId, UserId,
    password::PasswordHashString,
    secret_token::TokenDigest,
    tenant::{Tenant, TenantName},
    user::{NewUser, User},
};
use async_trait::async_trait;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The row does not exist (or belongs to another tenant, which callers must not be able to tell apart).
    #[error("not found")]
    NotFound,
    /// A uniqueness rule was violated; the field names which one.
    #[error("already exists: {0}")]
    Conflict(&'static str),
    /// The database could not be reached or timed out.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// Anything else from the driver. The text is for logs only, never for clients.
    #[error("database error: {0}")]
    Backend(String),
}

/// The owner of a valid API token, as needed to authorise a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenOwner {
    pub token_id: TokenId,
    pub user: User,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiTokenInfo {
    pub id: TokenId,
    pub tenant_id: TenantId,
    pub user_id: UserId,
    pub label: String,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
}

#[async_trait]
pub trait TenantStore: Send + Sync {
    async fn create_tenant(&self, name: &TenantName, now: Timestamp) -> Result<Tenant, StoreError>;
    async fn tenant(&self, id: &TenantId) -> Result<Tenant, StoreError>;
    async fn list_tenants(&self, page: PageRequest) -> Result<Page<Tenant>, StoreError>;
}

#[async_trait]
pub trait UserStore: Send + Sync {
    async fn create_user(&self, user: &NewUser, now: Timestamp) -> Result<User, StoreError>;
    async fn user(&self, tenant: &TenantId, id: &UserId) -> Result<User, StoreError>;
    /// Log-in names are unique across the installation, so this lookup needs no tenant.
    async fn user_by_email(&self, email: &Email) -> Result<(User, PasswordHashString), StoreError>;
    async fn list_users(&self, tenant: &TenantId, page: PageRequest) -> Result<Page<User>, StoreError>;
}

#[async_trait]
pub trait TokenStore: Send + Sync {
    async fn create_token(
        &self,
        tenant: &TenantId,
        user: &UserId,
        label: &str,
        digest: &TokenDigest,
        now: Timestamp,
    ) -> Result<ApiTokenInfo, StoreError>;
    /// The active owner of an unrevoked token; records the use.
    async fn authenticate_token(&self, digest: &TokenDigest, now: Timestamp) -> Result<TokenOwner, StoreError>;
    async fn revoke_token(&self, tenant: &TenantId, id: &TokenId, now: Timestamp) -> Result<(), StoreError>;
}

#[async_trait]
pub trait HealthCheck: Send + Sync {
    /// Succeeds when the database answers a trivial query.
    async fn ping(&self) -> Result<(), StoreError>;
    /// "sqlite" or "postgres", for logs and the ready check.
    fn backend_name(&self) -> &'static str;
    /// Closes all connections (at shutdown); later calls fail as unavailable.
    async fn close(&self);
}

/// Everything at once, as the application holds it.
pub trait Store: TenantStore + UserStore + TokenStore + HealthCheck {}

impl<T: TenantStore + UserStore + TokenStore + HealthCheck> Store for T {}
