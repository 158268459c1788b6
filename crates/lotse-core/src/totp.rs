//! Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps, one step of clock skew).

use totp_rs::{Algorithm, Secret, Totp};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TotpError {
    #[error("the two-factor secret is invalid")]
    BadSecret,
    #[error("the system random number generator failed")]
    Random,
}

/// A fresh 160-bit secret as base32 (what authenticator apps take).
pub fn generate_secret() -> Result<String, TotpError> {
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).map_err(|_| TotpError::Random)?;
    Ok(Secret::from(bytes.to_vec()).to_base32())
}

fn totp(secret_base32: &str, issuer: &str, account: &str) -> Result<Totp, TotpError> {
    let secret = Secret::try_from_base32(secret_base32).map_err(|_| TotpError::BadSecret)?;
    totp_rs::Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret)
        .with_issuer(Some(issuer))
        .with_account_name(account)
        .build()
        .map_err(|_| TotpError::BadSecret)
}

/// The `otpauth://` URL for the QR code.
pub fn provisioning_url(secret_base32: &str, issuer: &str, account: &str) -> Result<String, TotpError> {
    totp(secret_base32, issuer, account)?.to_url().map_err(|_| TotpError::BadSecret)
}

/// The time step a code is valid for, if it is valid at `unix_seconds` (±1 step). The caller stores the step
/// and refuses any step not after the last one used, so a code works once.
pub fn verify(secret_base32: &str, code: &str, unix_seconds: u64) -> Result<Option<u64>, TotpError> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let totp = totp(secret_base32, "Lotse", "user")?;
    let current = unix_seconds / 30;
    for step in [current.saturating_sub(1), current, current + 1] {
        if totp.generate(step * 30).to_string() == code {
            return Ok(Some(step));
        }
    }
    Ok(None)
}

/// The code for a moment; used by tests and by nothing else in production.
pub fn code_at(secret_base32: &str, unix_seconds: u64) -> Result<String, TotpError> {
    Ok(totp(secret_base32, "Lotse", "user")?.generate(unix_seconds).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6238_sha1_vector() {
        // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits); 6 digits: 287082.
        let secret = Secret::from(b"12345678901234567890".to_vec()).to_base32();
        assert_eq!(code_at(&secret, 59).ok().as_deref(), Some("287082"));
        assert_eq!(verify(&secret, "287 082", 59), Ok(Some(1)));
        assert_eq!(verify(&secret, "287082", 59 + 120), Ok(None), "too old");
        assert_eq!(verify(&secret, "abcdef", 59), Ok(None));
    }

    #[test]
    fn generated_secrets_work_in_urls() {
        let secret = generate_secret().unwrap_or_default();
        let url = provisioning_url(&secret, "Lotse", "ana@example.org").unwrap_or_default();
        assert!(url.starts_with("otpauth://totp/Lotse:ana%40example.org?secret="), "{url}");
    }
}
