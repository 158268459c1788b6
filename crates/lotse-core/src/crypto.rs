//! Envelope encryption. A master key (file or environment) wraps one key per tenant; a tenant key wraps data
//! keys (one per client); keys seal fields and files with XChaCha20-Poly1305. Destroying a data key makes
//! everything it sealed unreadable, in old backups too (crypto-shredding). Rotation re-wraps keys only.
//!
//! Every seal binds an "associated data" label (for example `totp:<user id>`), so a sealed value copied into
//! another row or field does not open there.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, ZeroizeOnDrop};

const FORMAT_V1: u8 = 1;
const NONCE_LEN: usize = 24;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    #[error("the system random number generator failed")]
    Random,
    #[error("the sealed value is damaged, was sealed with another key, or belongs elsewhere")]
    Open,
    #[error("a key must be 32 bytes, given as base64 (44 characters)")]
    BadKey,
}

/// 256 bits of key material, wiped from memory when dropped and never printed.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SecretKey([u8; 32]);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(..)")
    }
}

impl SecretKey {
    pub fn generate() -> Result<Self, CryptoError> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|_| CryptoError::Random)?;
        Ok(Self(bytes))
    }

    pub fn from_base64(text: &str) -> Result<Self, CryptoError> {
        let mut decoded = B64.decode(text.trim()).map_err(|_| CryptoError::BadKey)?;
        let result = <[u8; 32]>::try_from(decoded.as_slice()).map(Self).map_err(|_| CryptoError::BadKey);
        decoded.zeroize();
        result
    }

    pub fn to_base64(&self) -> String {
        B64.encode(self.0)
    }

    /// A short public fingerprint, stored beside wrapped keys to say which master key wrapped them.
    pub fn fingerprint(&self) -> String {
        let digest = Sha256::digest([b"lotse-key-id:".as_slice(), &self.0].concat());
        hex::encode(&digest[..8])
    }

    /// `version || nonce || ciphertext+tag`.
    pub fn seal(&self, plaintext: &[u8], context: &str) -> Result<Vec<u8>, CryptoError> {
        let cipher = XChaCha20Poly1305::new((&self.0).into());
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::fill(&mut nonce).map_err(|_| CryptoError::Random)?;
        let ciphertext = cipher
            .encrypt(&XNonce::from(nonce), Payload { msg: plaintext, aad: context.as_bytes() })
            .map_err(|_| CryptoError::Open)?;
        let mut out = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
        out.push(FORMAT_V1);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ciphertext);
        Ok(out)
    }

    pub fn open(&self, sealed: &[u8], context: &str) -> Result<Vec<u8>, CryptoError> {
        let (version, rest) = sealed.split_first().ok_or(CryptoError::Open)?;
        if *version != FORMAT_V1 || rest.len() < NONCE_LEN + 16 {
            return Err(CryptoError::Open);
        }
        let (nonce, ciphertext) = rest.split_at(NONCE_LEN);
        let nonce = <[u8; NONCE_LEN]>::try_from(nonce).map_err(|_| CryptoError::Open)?;
        let cipher = XChaCha20Poly1305::new((&self.0).into());
        cipher
            .decrypt(&XNonce::from(nonce), Payload { msg: ciphertext, aad: context.as_bytes() })
            .map_err(|_| CryptoError::Open)
    }

    /// Wraps another key under this one.
    pub fn wrap(&self, key: &SecretKey, context: &str) -> Result<Vec<u8>, CryptoError> {
        self.seal(&key.0, context)
    }

    pub fn unwrap_key(&self, wrapped: &[u8], context: &str) -> Result<SecretKey, CryptoError> {
        let mut bytes = self.open(wrapped, context)?;
        let key = <[u8; 32]>::try_from(bytes.as_slice()).map(SecretKey).map_err(|_| CryptoError::Open);
        bytes.zeroize();
        key
    }
}

/// The context labels, in one place so sealing and opening cannot disagree.
pub mod context {
    pub fn tenant_key(tenant: &str) -> String {
        format!("tenant-key:{tenant}")
    }
    pub fn data_key(tenant: &str, key_id: &str) -> String {
        format!("data-key:{tenant}:{key_id}")
    }
    pub fn totp_secret(user: &str) -> String {
        format!("totp:{user}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> SecretKey {
        SecretKey::generate().unwrap_or_else(|_| unreachable!())
    }

    #[test]
    fn seals_and_opens_only_with_the_same_key_and_context() {
        let k = key();
        let sealed = k.seal(b"Aufenthaltstitel bis 2027", "field:a").unwrap_or_default();
        assert_eq!(k.open(&sealed, "field:a").ok().as_deref(), Some(b"Aufenthaltstitel bis 2027".as_slice()));
        assert_eq!(k.open(&sealed, "field:b"), Err(CryptoError::Open), "context binds the value");
        assert_eq!(key().open(&sealed, "field:a"), Err(CryptoError::Open), "another key");
        let mut tampered = sealed.clone();
        if let Some(last) = tampered.last_mut() {
            *last ^= 1;
        }
        assert_eq!(k.open(&tampered, "field:a"), Err(CryptoError::Open));
        assert!(!sealed.windows(5).any(|w| w == b"Aufen"), "no plaintext in the output");
    }

    #[test]
    fn wraps_keys_and_round_trips_base64() {
        let master = key();
        let tenant = key();
        let wrapped = master.wrap(&tenant, "tenant-key:t1").unwrap_or_default();
        let unwrapped = master.unwrap_key(&wrapped, "tenant-key:t1").unwrap_or_else(|_| unreachable!());
        assert_eq!(unwrapped.to_base64(), tenant.to_base64());
        let again = SecretKey::from_base64(&master.to_base64()).unwrap_or_else(|_| unreachable!());
        assert_eq!(again.fingerprint(), master.fingerprint());
        assert_eq!(SecretKey::from_base64("too short").err(), Some(CryptoError::BadKey));
    }
}
