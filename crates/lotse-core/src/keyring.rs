//! The key ring: unwraps tenant keys with the master key (creating a tenant's key on first use), seals and
//! opens fields, manages per-client data keys, and rotates the master key by re-wrapping tenant keys only.

use crate::crypto::{CryptoError, SecretKey, context};
use crate::store::{Store, StoreError, WrappedKey};
use crate::{TenantId, Timestamp};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    #[error("the configured master key ({configured}) is not the one the tenant keys are wrapped with ({stored})")]
    WrongMasterKey { configured: String, stored: String },
    #[error("the data key was destroyed; the data it sealed is unreadable")]
    Destroyed,
}

pub struct KeyRing {
    master: SecretKey,
    store: Arc<dyn Store>,
    tenant_keys: Mutex<HashMap<TenantId, SecretKey>>,
}

impl KeyRing {
    pub fn new(master: SecretKey, store: Arc<dyn Store>) -> Self {
        Self { master, store, tenant_keys: Mutex::new(HashMap::new()) }
    }

    pub fn master_fingerprint(&self) -> String {
        self.master.fingerprint()
    }

    /// Fails early (at start) when tenant keys were wrapped by another master key.
    pub async fn check_master(&self) -> Result<usize, KeyError> {
        let keys = self.store.all_tenant_keys().await?;
        let configured = self.master.fingerprint();
        if let Some((_, key)) = keys.iter().find(|(_, k)| k.master_key_id != configured) {
            return Err(KeyError::WrongMasterKey { configured, stored: key.master_key_id.clone() });
        }
        Ok(keys.len())
    }

    async fn tenant_key(&self, tenant: &TenantId, now: Timestamp) -> Result<SecretKey, KeyError> {
        if let Ok(cache) = self.tenant_keys.lock()
            && let Some(key) = cache.get(tenant)
        {
            return Ok(key.clone());
        }
        let label = context::tenant_key(tenant.as_str());
        let key = match self.store.tenant_key(tenant).await {
            Ok(wrapped) => self.unwrap_tenant_key(&wrapped, &label)?,
            Err(StoreError::NotFound) => {
                let key = SecretKey::generate()?;
                let wrapped =
                    WrappedKey { master_key_id: self.master.fingerprint(), wrapped: self.master.wrap(&key, &label)? };
                match self.store.put_tenant_key(tenant, &wrapped, now).await {
                    Ok(()) => key,
                    // Another instance created it first: use theirs.
                    Err(StoreError::Conflict(_)) => {
                        self.unwrap_tenant_key(&self.store.tenant_key(tenant).await?, &label)?
                    }
                    Err(other) => return Err(other.into()),
                }
            }
            Err(other) => return Err(other.into()),
        };
        if let Ok(mut cache) = self.tenant_keys.lock() {
            cache.insert(tenant.clone(), key.clone());
        }
        Ok(key)
    }

    fn unwrap_tenant_key(&self, wrapped: &WrappedKey, label: &str) -> Result<SecretKey, KeyError> {
        if wrapped.master_key_id != self.master.fingerprint() {
            return Err(KeyError::WrongMasterKey {
                configured: self.master.fingerprint(),
                stored: wrapped.master_key_id.clone(),
            });
        }
        Ok(self.master.unwrap_key(&wrapped.wrapped, label)?)
    }

    /// Seals a tenant-level secret (for example a staff member's TOTP secret).
    pub async fn seal_for_tenant(
        &self,
        tenant: &TenantId,
        label: &str,
        plaintext: &[u8],
        now: Timestamp,
    ) -> Result<Vec<u8>, KeyError> {
        Ok(self.tenant_key(tenant, now).await?.seal(plaintext, label)?)
    }

    pub async fn open_for_tenant(
        &self,
        tenant: &TenantId,
        label: &str,
        sealed: &[u8],
        now: Timestamp,
    ) -> Result<Vec<u8>, KeyError> {
        Ok(self.tenant_key(tenant, now).await?.open(sealed, label)?)
    }

    /// A new data key (one per client); returns its id.
    pub async fn create_data_key(&self, tenant: &TenantId, now: Timestamp) -> Result<String, KeyError> {
        let id = uuid::Uuid::now_v7().to_string();
        let key = SecretKey::generate()?;
        let wrapped = self.tenant_key(tenant, now).await?.wrap(&key, &context::data_key(tenant.as_str(), &id))?;
        self.store.create_data_key(tenant, &id, &wrapped, now).await?;
        Ok(id)
    }

    async fn data_key(&self, tenant: &TenantId, key_id: &str, now: Timestamp) -> Result<SecretKey, KeyError> {
        let wrapped = self.store.data_key(tenant, key_id).await?.ok_or(KeyError::Destroyed)?;
        Ok(self.tenant_key(tenant, now).await?.unwrap_key(&wrapped, &context::data_key(tenant.as_str(), key_id))?)
    }

    pub async fn seal_with_data_key(
        &self,
        tenant: &TenantId,
        key_id: &str,
        label: &str,
        plaintext: &[u8],
        now: Timestamp,
    ) -> Result<Vec<u8>, KeyError> {
        Ok(self.data_key(tenant, key_id, now).await?.seal(plaintext, label)?)
    }

    pub async fn open_with_data_key(
        &self,
        tenant: &TenantId,
        key_id: &str,
        label: &str,
        sealed: &[u8],
        now: Timestamp,
    ) -> Result<Vec<u8>, KeyError> {
        Ok(self.data_key(tenant, key_id, now).await?.open(sealed, label)?)
    }

    /// A client's data key, opened, for sealing many values in a row (chat messages). Hold it briefly: a key
    /// destroyed meanwhile by an erasure stays usable in memory until dropped.
    pub async fn open_data_key(&self, tenant: &TenantId, key_id: &str, now: Timestamp) -> Result<DataKey, KeyError> {
        Ok(DataKey(self.data_key(tenant, key_id, now).await?))
    }

    /// Crypto-shredding: after this, everything sealed with the key is unreadable, in backups too.
    pub async fn destroy_data_key(&self, tenant: &TenantId, key_id: &str, now: Timestamp) -> Result<(), KeyError> {
        Ok(self.store.destroy_data_key(tenant, key_id, now).await?)
    }
}

/// Re-wraps every tenant key from `old` to `new` in one transaction; data stays as it is. Returns how many
/// tenant keys were re-wrapped. `progress` is called after each key is prepared.
pub async fn rotate_master_key(
    store: &dyn Store,
    old: &SecretKey,
    new: &SecretKey,
    mut progress: impl FnMut(usize, usize),
) -> Result<usize, KeyError> {
    let keys = store.all_tenant_keys().await?;
    let total = keys.len();
    let mut rewrapped = Vec::with_capacity(total);
    for (index, (tenant, wrapped)) in keys.into_iter().enumerate() {
        if wrapped.master_key_id != old.fingerprint() {
            return Err(KeyError::WrongMasterKey { configured: old.fingerprint(), stored: wrapped.master_key_id });
        }
        let label = context::tenant_key(tenant.as_str());
        let key = old.unwrap_key(&wrapped.wrapped, &label)?;
        rewrapped.push((tenant, WrappedKey { master_key_id: new.fingerprint(), wrapped: new.wrap(&key, &label)? }));
        progress(index + 1, total);
    }
    store.rewrap_tenant_keys(&rewrapped).await?;
    Ok(total)
}

/// An opened data key that can only seal and open.
pub struct DataKey(SecretKey);

impl DataKey {
    pub fn seal(&self, plaintext: &[u8], label: &str) -> Result<Vec<u8>, KeyError> {
        Ok(self.0.seal(plaintext, label)?)
    }

    pub fn open(&self, sealed: &[u8], label: &str) -> Result<Vec<u8>, KeyError> {
        Ok(self.0.open(sealed, label)?)
    }
}
