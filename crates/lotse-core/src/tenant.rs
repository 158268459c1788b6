//! Tenants: the organisations that use one Lotse installation.

use crate::{Timestamp, ids::TenantId};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tenant {
    pub id: TenantId,
    pub name: String,
    /// Whether roles that see personal data must use two-factor authentication (on by default).
    pub require_two_factor: bool,
    /// Days a closed case is kept before the retention job removes its content (30 to 3650; default 1095).
    pub retention_days: i64,
    pub created_at: Timestamp,
}

/// A tenant name: trimmed, 2 to 120 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantName(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a tenant name has 2 to 120 characters and no control characters")]
pub struct InvalidTenantName;

impl TenantName {
    pub fn parse(text: &str) -> Result<Self, InvalidTenantName> {
        let trimmed = text.trim();
        let count = trimmed.chars().count();
        if !(2..=120).contains(&count) || trimmed.chars().any(char::is_control) {
            return Err(InvalidTenantName);
        }
        Ok(Self(trimmed.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
