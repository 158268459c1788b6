//! Staff roles.

use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    Coordinator,
    Counselor,
    LegalReviewer,
    Streetworker,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role {0:?}; expected one of admin, coordinator, counselor, legal_reviewer, streetworker")]
pub struct UnknownRole(pub String);

impl Role {
    pub const ALL: [Role; 5] =
        [Role::Admin, Role::Coordinator, Role::Counselor, Role::LegalReviewer, Role::Streetworker];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Coordinator => "coordinator",
            Role::Counselor => "counselor",
            Role::LegalReviewer => "legal_reviewer",
            Role::Streetworker => "streetworker",
        }
    }

    pub fn parse(text: &str) -> Result<Self, UnknownRole> {
        let wanted = text.trim().to_ascii_lowercase().replace('-', "_");
        Role::ALL.into_iter().find(|r| r.as_str() == wanted).ok_or_else(|| UnknownRole(text.to_string()))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_role() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
        assert_eq!(Role::parse("Legal-Reviewer"), Ok(Role::LegalReviewer));
        assert!(Role::parse("root").is_err());
    }
}
