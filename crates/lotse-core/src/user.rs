//! Staff accounts.

use crate::{Email, Role, TenantId, Timestamp, UserId, password::PasswordHashString};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: UserId,
    pub tenant_id: TenantId,
    pub email: Email,
    pub display_name: String,
    pub role: Role,
    pub active: bool,
    pub two_factor_enabled: bool,
    pub created_at: Timestamp,
}

/// What log-in needs to know about an account besides the [`User`].
#[derive(Debug, Clone)]
pub struct LoginRecord {
    pub user: User,
    pub password_hash: PasswordHashString,
    pub failed_logins: i64,
    pub locked_until: Option<Timestamp>,
    /// The TOTP secret, sealed with the tenant key.
    pub totp_secret_sealed: Option<Vec<u8>>,
    pub totp_last_step: i64,
}

/// A change to an account; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserChange {
    pub role: Option<Role>,
    pub active: Option<bool>,
    pub display_name: Option<String>,
}

/// Everything needed to create an account; the password is already hashed.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub tenant_id: TenantId,
    pub email: Email,
    pub display_name: String,
    pub role: Role,
    pub password_hash: PasswordHashString,
}

/// A display name: trimmed, 1 to 120 characters, no control characters.
pub fn parse_display_name(text: &str) -> Option<String> {
    let trimmed = text.trim();
    let count = trimmed.chars().count();
    ((1..=120).contains(&count) && !trimmed.chars().any(char::is_control)).then(|| trimmed.to_string())
}
