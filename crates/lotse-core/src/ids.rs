//! Identifiers. Each entity has its own type so a tenant id can never be passed where a user id belongs.
//! They are UUIDv7 (time-ordered, so indexes stay compact) stored as text in both backends.

use serde::Serialize;
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// A fresh identifier.
            pub fn generate() -> Self {
                Self(uuid::Uuid::now_v7().to_string())
            }

            /// Accepts only a well-formed UUID, so user input never reaches a query unchecked.
            pub fn parse(text: &str) -> Option<Self> {
                uuid::Uuid::parse_str(text.trim()).ok().map(|u| Self(u.to_string()))
            }

            /// For values read back from our own database.
            pub fn from_trusted(text: String) -> Self {
                Self(text)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                Self::parse(&text).ok_or_else(|| serde::de::Error::custom("not a valid id (UUID)"))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// An organisation using Lotse; all its data is isolated from other tenants.
    TenantId
);
id_type!(
    /// A staff member's account.
    UserId
);
id_type!(
    /// An API token (the id, not the secret).
    TokenId
);
id_type!(
    /// A client (Ratsuchende/r) of a tenant.
    ClientId
);
id_type!(
    /// A case of a client.
    CaseId
);
id_type!(
    /// An appointment.
    AppointmentId
);
id_type!(
    /// A weekly window in which a counselor can be booked.
    AvailabilityId
);
id_type!(
    /// A conversation (chat or e-mail thread) with a client.
    ConversationId
);

id_type!(
    /// A draft or answer of the assistant.
    DraftId
);

id_type!(
    /// A knowledge article (all its versions and translations).
    ArticleId
);
id_type!(
    /// An entry of the referral directory (a service).
    ServiceId
);
id_type!(
    /// An entry of the rumour register.
    RumourId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_uuid_and_rejects_other_text() {
        let id = TenantId::generate();
        assert_eq!(TenantId::parse(id.as_str()), Some(id.clone()));
        assert_eq!(TenantId::parse("1; DROP TABLE tenants"), None);
        assert_eq!(TenantId::parse(""), None);
    }
}
