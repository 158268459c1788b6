//! The retention job: removes the content of cases closed longer ago than the tenant's retention period, and
//! erases a client (crypto-shredding) once none of their cases is left. Anonymous counts (topics, outcomes,
//! contact modes) stay. Idempotent: running it twice, or on two instances at once, removes nothing twice.

use crate::audit_service::Auditor;
use crate::client_service;
use crate::keyring::KeyRing;
use crate::store::{Store, StoreError};
use crate::{PageRequest, Timestamp};

const DAY_MS: i64 = 86_400_000;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RetentionReport {
    pub tenants: u64,
    /// (tenant name, case id, closed at) of every case that is (or, in a dry run, would be) removed.
    pub cases_due: Vec<(String, String, Timestamp)>,
    pub clients_erased: u64,
    pub dry_run: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum RetentionError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Client(#[from] client_service::ClientError),
}

pub async fn run(
    store: &dyn Store,
    keys: &KeyRing,
    ledger: &dyn crate::erasure::ErasureLedger,
    auditor: &Auditor,
    now: Timestamp,
    dry_run: bool,
) -> Result<RetentionReport, RetentionError> {
    let mut report = RetentionReport { dry_run, ..Default::default() };
    let mut offset = 0;
    loop {
        let page = store.list_tenants(PageRequest::new(offset, PageRequest::MAX_LIMIT)).await?;
        if page.items.is_empty() {
            break;
        }
        for tenant in &page.items {
            report.tenants += 1;
            let cutoff = Timestamp(now.as_millis() - tenant.retention_days * DAY_MS);
            for case in store.cases_due(&tenant.id, cutoff).await? {
                report.cases_due.push((tenant.name.clone(), case.id.to_string(), case.closed_at.unwrap_or(cutoff)));
                if dry_run {
                    continue;
                }
                store.purge_case(&tenant.id, &case.id, now).await?;
                auditor.log(Some(&tenant.id), None, "case.purge", "case", case.id.as_str(), "retention", "").await?;
                if store.live_cases(&tenant.id, &case.client_id).await? == 0 {
                    match client_service::erase_client(store, keys, ledger, &tenant.id, &case.client_id, now).await {
                        Ok(()) => {
                            report.clients_erased += 1;
                            auditor
                                .log(
                                    Some(&tenant.id),
                                    None,
                                    "client.erase",
                                    "client",
                                    case.client_id.as_str(),
                                    "retention",
                                    "",
                                )
                                .await?;
                        }
                        // Erased already (by hand or by another instance).
                        Err(client_service::ClientError::Store(StoreError::NotFound)) => {}
                        Err(other) => return Err(other.into()),
                    }
                }
            }
        }
        offset += u32::try_from(page.items.len()).unwrap_or(0);
    }
    Ok(report)
}
