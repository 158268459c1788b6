//! Bearer secrets for the API: shown once at creation, stored only as a SHA-256 digest.
//! The secret has 256 random bits, so a fast digest is enough (no password-style stretching needed).

use sha2::{Digest, Sha256};

pub const TOKEN_PREFIX: &str = "lotse_";

/// The plaintext token, handed to the user once.
pub struct SecretToken(String);

/// What the database keeps: hex SHA-256 of the full token text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenDigest(pub String);

#[derive(Debug, thiserror::Error)]
#[error("the system random number generator failed")]
pub struct RandomUnavailable;

impl SecretToken {
    pub fn generate() -> Result<Self, RandomUnavailable> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|_| RandomUnavailable)?;
        Ok(Self(format!("{TOKEN_PREFIX}{}", hex::encode(bytes))))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn digest(&self) -> TokenDigest {
        digest_of(&self.0)
    }
}

/// Digest of a presented token; `None` if it cannot be one of ours, so junk never reaches the database.
pub fn digest_presented(text: &str) -> Option<TokenDigest> {
    let rest = text.strip_prefix(TOKEN_PREFIX)?;
    (rest.len() == 64 && rest.bytes().all(|b| b.is_ascii_hexdigit())).then(|| digest_of(text))
}

fn digest_of(text: &str) -> TokenDigest {
    TokenDigest(hex::encode(Sha256::digest(text.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presented_token_matches_generated_digest() {
        let Ok(token) = SecretToken::generate() else { unreachable!() };
        assert_eq!(digest_presented(token.expose()), Some(token.digest()));
        assert_eq!(digest_presented("lotse_abc"), None);
        assert_eq!(digest_presented("Bearer x"), None);
        let Ok(other) = SecretToken::generate() else { unreachable!() };
        assert_ne!(other.digest(), token.digest());
    }
}
