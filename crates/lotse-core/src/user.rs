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
    pub created_at: Timestamp,
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
