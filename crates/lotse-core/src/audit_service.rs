//! Writing to and verifying the audit log.

use crate::audit::{AuditEntry, AuditEvent, ChainProblem, ChainVerifier};
use crate::store::{Store, StoreError};
use crate::{Clock, TenantId, UserId};
use std::sync::Arc;

/// Records events with the current time. Callers treat a failed write as a failed operation: personal data
/// is not served when its access cannot be recorded.
#[derive(Clone)]
pub struct Auditor {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
}

impl Auditor {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Self {
        Self { store, clock }
    }

    pub async fn record(&self, event: AuditEvent) -> Result<AuditEntry, StoreError> {
        self.store.append_audit(&event, self.clock.now()).await
    }

    /// Shorthand for the common shape.
    #[allow(clippy::too_many_arguments)]
    pub async fn log(
        &self,
        tenant: Option<&TenantId>,
        actor: Option<&UserId>,
        action: &str,
        entity_type: &str,
        entity_id: &str,
        purpose: &str,
        detail: &str,
    ) -> Result<AuditEntry, StoreError> {
        self.record(AuditEvent {
            tenant_id: tenant.cloned(),
            actor: actor.cloned(),
            action: action.to_string(),
            entity_type: entity_type.to_string(),
            entity_id: entity_id.to_string(),
            purpose: purpose.to_string(),
            detail: detail.to_string(),
        })
        .await
    }
}

#[derive(Debug, Clone)]
pub struct VerifyReport {
    pub checked: u64,
    pub problems: Vec<ChainProblem>,
    /// The last entry's seq and hash: write them down elsewhere to detect truncation of the log's end later.
    pub head: Option<(i64, String)>,
}

/// Walks the whole log in batches. `progress(done, total)` after each batch.
pub async fn verify_audit_log(
    store: &dyn Store,
    batch: u32,
    mut progress: impl FnMut(u64, u64),
) -> Result<VerifyReport, StoreError> {
    let total = store.audit_count().await?;
    let mut verifier = ChainVerifier::default();
    let mut after = 0;
    let mut head = None;
    loop {
        let entries = store.audit_after(after, batch.max(1)).await?;
        if entries.is_empty() {
            break;
        }
        for entry in &entries {
            verifier.check(entry);
        }
        if let Some(last) = entries.last() {
            after = last.seq;
            head = Some((last.seq, last.hash.clone()));
        }
        progress(verifier.checked, total);
    }
    Ok(VerifyReport { checked: verifier.checked, problems: verifier.problems, head })
}
