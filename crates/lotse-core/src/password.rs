//! Staff passwords: length rules and Argon2id hashing with OWASP's recommended parameters
//! (m = 19 MiB, t = 2, p = 1, which are the argon2 crate's defaults).

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

/// A password as typed. Not `Debug`-printable, so it never ends up in a log line.
pub struct Password(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("the password must have at least {min} characters")]
    TooShort { min: usize },
    #[error("the password may have at most {max} characters")]
    TooLong { max: usize },
    #[error("the password could not be hashed")]
    Hashing,
}

impl Password {
    pub const MIN_CHARS: usize = 12;
    pub const MAX_CHARS: usize = 256;

    pub fn parse(text: &str) -> Result<Self, PasswordError> {
        // Only a trailing newline from a pipe is removed; other whitespace is part of the password.
        let text = text.strip_suffix('\n').unwrap_or(text);
        let text = text.strip_suffix('\r').unwrap_or(text);
        let count = text.chars().count();
        if count < Self::MIN_CHARS {
            return Err(PasswordError::TooShort { min: Self::MIN_CHARS });
        }
        if count > Self::MAX_CHARS {
            return Err(PasswordError::TooLong { max: Self::MAX_CHARS });
        }
        Ok(Self(text.to_string()))
    }

    /// A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`) with a fresh random salt.
    pub fn hash(&self) -> Result<PasswordHashString, PasswordError> {
        Argon2::default()
            .hash_password(self.0.as_bytes())
            .map(|h| PasswordHashString(h.to_string()))
            .map_err(|_| PasswordError::Hashing)
    }

    /// Constant-time comparison inside argon2; a malformed stored hash never matches.
    pub fn verify(&self, stored: &PasswordHashString) -> bool {
        match PasswordHash::new(&stored.0) {
            Ok(parsed) => Argon2::default().verify_password(self.0.as_bytes(), &parsed).is_ok(),
            Err(_) => false,
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct PasswordHashString(pub String);

impl std::fmt::Debug for PasswordHashString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHashString(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_with_argon2id_and_verifies() {
        let pw = Password::parse("correct horse battery\n").map_err(|e| e.to_string());
        let Ok(pw) = pw else { unreachable!("valid password rejected") };
        let hash = pw.hash().map_err(|e| e.to_string());
        let Ok(hash) = hash else { unreachable!("hashing failed") };
        assert!(hash.0.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{}", hash.0);
        assert!(pw.verify(&hash));
        let Ok(other) = Password::parse("correct horse battery!") else { unreachable!() };
        assert!(!other.verify(&hash));
        assert!(!pw.verify(&PasswordHashString("garbage".into())));
    }

    #[test]
    fn enforces_length() {
        assert_eq!(Password::parse("short").err(), Some(PasswordError::TooShort { min: 12 }));
        assert_eq!(Password::parse(&"x".repeat(300)).err(), Some(PasswordError::TooLong { max: 256 }));
    }
}
