//! E-mail addresses as staff log-in names.

use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Email(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a valid e-mail address")]
pub struct InvalidEmail;

impl Email {
    /// Trims and lower-cases; requires one `@` with a non-empty local part and a dotted domain.
    /// Deliberately simple: the only real check of an address is a mail that arrives.
    pub fn parse(text: &str) -> Result<Self, InvalidEmail> {
        let normalised = text.trim().to_lowercase();
        if normalised.len() > 254 || normalised.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(InvalidEmail);
        }
        let (local, domain) = normalised.split_once('@').ok_or(InvalidEmail)?;
        let domain_ok = !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..");
        if local.is_empty() || !domain_ok {
            return Err(InvalidEmail);
        }
        Ok(Self(normalised))
    }

    pub fn from_trusted(text: String) -> Self {
        Self(text)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_and_validates() {
        assert_eq!(
            Email::parse("  Berater@Example.ORG ").map(|e| e.to_string()),
            Ok("berater@example.org".to_string())
        );
        for bad in ["", "no-at", "@example.org", "a@b", "a@@b.de", "a b@c.de", "a@.de", "a@b..de"] {
            assert_eq!(Email::parse(bad), Err(InvalidEmail), "{bad}");
        }
    }
}
