//! The erasure ledger: a record of every crypto-shredding, kept outside the database, so that restoring a
//! database backup taken before an erasure cannot bring the client's data back — on restore and at every start
//! the ledger is re-applied. It holds ids only, no personal data.

use crate::keyring::KeyRing;
use crate::store::{Store, StoreError};
use crate::{ClientId, TenantId, Timestamp};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErasureRecord {
    pub tenant_id: TenantId,
    pub client_id: ClientId,
    pub data_key_id: String,
    pub at: Timestamp,
}

#[derive(Debug, thiserror::Error)]
#[error("the erasure ledger failed: {0}")]
pub struct LedgerError(pub String);

pub trait ErasureLedger: Send + Sync {
    /// Appends durably (the record is on disk when this returns).
    fn record(&self, record: &ErasureRecord) -> Result<(), LedgerError>;
    fn records(&self) -> Result<Vec<ErasureRecord>, LedgerError>;
}

#[derive(Debug, thiserror::Error)]
pub enum ReplayError {
    #[error(transparent)]
    Ledger(#[from] LedgerError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Key(#[from] crate::keyring::KeyError),
}

/// Re-applies every recorded erasure the database does not reflect (after a restore, or a crash between the
/// ledger entry and the database write). Returns how many were re-applied.
pub async fn replay(
    store: &dyn Store,
    keys: &KeyRing,
    ledger: &dyn ErasureLedger,
    now: Timestamp,
) -> Result<u64, ReplayError> {
    let mut reapplied = 0;
    for record in ledger.records()? {
        let mut changed = false;
        match store.data_key(&record.tenant_id, &record.data_key_id).await {
            Ok(Some(_)) => {
                keys.destroy_data_key(&record.tenant_id, &record.data_key_id, now).await?;
                changed = true;
            }
            Ok(None) | Err(StoreError::NotFound) => {}
            Err(other) => return Err(other.into()),
        }
        match store.erase_client(&record.tenant_id, &record.client_id, now).await {
            Ok(()) => changed = true,
            Err(StoreError::NotFound) => {}
            Err(other) => return Err(other.into()),
        }
        if changed {
            reapplied += 1;
        }
    }
    Ok(reapplied)
}
