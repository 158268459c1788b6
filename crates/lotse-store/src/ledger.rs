//! The erasure ledger as an append-only file of tab-separated ids, fsynced on every record. Keep it outside the
//! database backups (by default it lives in the data dir, next to the master key).

use lotse_core::erasure::{ErasureLedger, ErasureRecord, LedgerError};
use lotse_core::{ClientId, TenantId, Timestamp};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;

pub struct FileLedger {
    path: PathBuf,
    lock: Mutex<()>,
}

impl FileLedger {
    pub fn new(path: PathBuf) -> Self {
        Self { path, lock: Mutex::new(()) }
    }
}

impl ErasureLedger for FileLedger {
    fn record(&self, record: &ErasureRecord) -> Result<(), LedgerError> {
        let _guard = self.lock.lock().map_err(|_| LedgerError("lock poisoned".into()))?;
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(|e| LedgerError(format!("{}: {e}", self.path.display())))?;
        let line =
            format!("{}\t{}\t{}\t{}\n", record.tenant_id, record.client_id, record.data_key_id, record.at.as_millis());
        file.write_all(line.as_bytes()).map_err(|e| LedgerError(e.to_string()))?;
        file.sync_all().map_err(|e| LedgerError(e.to_string()))
    }

    fn records(&self) -> Result<Vec<ErasureRecord>, LedgerError> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(LedgerError(format!("{}: {e}", self.path.display()))),
        };
        let mut records = Vec::new();
        for (number, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let fields: Vec<&str> = line.split('\t').collect();
            let bad = || LedgerError(format!("{} line {}: not a ledger record", self.path.display(), number + 1));
            let [tenant, client, key, at] = fields.as_slice() else { return Err(bad()) };
            records.push(ErasureRecord {
                tenant_id: TenantId::parse(tenant).ok_or_else(bad)?,
                client_id: ClientId::parse(client).ok_or_else(bad)?,
                data_key_id: (*key).to_string(),
                at: Timestamp(at.parse().map_err(|_| bad())?),
            });
        }
        Ok(records)
    }
}
