//! `lotse keys …` and `lotse audit verify`.

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use lotse_core::Store;
use lotse_core::audit_service::verify_audit_log;
use lotse_core::crypto::SecretKey;
use lotse_core::keyring::rotate_master_key;
use std::path::PathBuf;

use crate::config::Config;
use crate::keys::{self, KeySource};

fn bar(total: u64, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(total);
    let style = ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({eta})")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
    bar.set_style(style);
    bar.set_message(what.to_string());
    bar
}

pub fn keys_init(config: &Config) -> anyhow::Result<()> {
    if std::env::var(keys::MASTER_KEY_ENV).is_ok() {
        bail!("{} is set; unset it to create a key file", keys::MASTER_KEY_ENV);
    }
    let key = SecretKey::generate()?;
    keys::write_new_key_file(&config.master_key_file, &key)?;
    println!("{}", config.master_key_file.display());
    eprintln!(
        "Created the master key {} (id {}). Back it up apart from the database: without it, encrypted data cannot \
         be read.",
        config.master_key_file.display(),
        key.fingerprint()
    );
    Ok(())
}

pub async fn keys_rotate(config: &Config, store: &dyn Store, new_key_file: Option<PathBuf>) -> anyhow::Result<()> {
    let (old, source) = keys::load(config)?.context("there is no master key to rotate (see `lotse keys init`)")?;
    let new = SecretKey::generate()?;
    // The new key is on disk before any tenant key depends on it.
    let (target, staged) = match (&source, new_key_file) {
        (_, Some(path)) => (path.clone(), path),
        (KeySource::File(path), None) => (path.clone(), path.with_extension("key.new")),
        (KeySource::Environment, None) => {
            bail!("the master key comes from {}; give --new-key-file FILE for the new one", keys::MASTER_KEY_ENV)
        }
    };
    keys::write_new_key_file(&staged, &new)?;
    let progress = bar(0, "re-wrapping tenant keys");
    let result = rotate_master_key(store, &old, &new, |done, total| {
        progress.set_length(total as u64);
        progress.set_position(done as u64);
    })
    .await;
    progress.finish_and_clear();
    let count = match result {
        Ok(count) => count,
        Err(error) => {
            let _ = std::fs::remove_file(&staged);
            return Err(error).context("rotation failed; the old master key stays in force");
        }
    };
    if staged != target {
        let retired = target.with_extension(format!("key.retired-{}", old.fingerprint()));
        std::fs::rename(&target, &retired).with_context(|| format!("cannot move {}", target.display()))?;
        std::fs::rename(&staged, &target).with_context(|| format!("cannot move {}", staged.display()))?;
        eprintln!("The old key is kept as {} until your backups no longer need it.", retired.display());
    }
    eprintln!("Re-wrapped {count} tenant keys: master key {} → {}.", old.fingerprint(), new.fingerprint());
    if matches!(source, KeySource::Environment) {
        eprintln!("Set {} to the content of {} on every instance now.", keys::MASTER_KEY_ENV, target.display());
    }
    println!("{}", new.fingerprint());
    Ok(())
}

pub async fn audit_verify(store: &dyn Store) -> anyhow::Result<bool> {
    let progress = bar(0, "verifying the audit log");
    let report = verify_audit_log(store, 1000, |done, total| {
        progress.set_length(total);
        progress.set_position(done);
    })
    .await?;
    progress.finish_and_clear();
    if report.problems.is_empty() {
        match &report.head {
            Some((seq, hash)) => {
                println!("audit log intact: {} entries, last entry {seq} with hash {hash}", report.checked)
            }
            None => println!("audit log intact: no entries yet"),
        }
        Ok(true)
    } else {
        for problem in &report.problems {
            println!("TAMPERED: {problem}");
        }
        println!("audit log NOT intact: {} problems in {} entries", report.problems.len(), report.checked);
        Ok(false)
    }
}

pub async fn retention_run(config: &Config, store: std::sync::Arc<dyn Store>, dry_run: bool) -> anyhow::Result<()> {
    use lotse_core::{Clock, SystemClock};
    let (master, _) = keys::load(config)?.context("there is no master key (see `lotse keys init`)")?;
    let ring = lotse_core::keyring::KeyRing::new(master, store.clone());
    let auditor = lotse_core::audit_service::Auditor::new(store.clone(), std::sync::Arc::new(SystemClock));
    let ledger = lotse_store::ledger::FileLedger::new(config.erasure_ledger.clone());
    let report =
        lotse_core::retention::run(store.as_ref(), &ring, &ledger, &auditor, SystemClock.now(), dry_run).await?;
    for (tenant, case, closed_at) in &report.cases_due {
        let verb = if dry_run { "would remove" } else { "removed" };
        println!("{verb}\t{tenant}\tcase {case}\tclosed {}", closed_at.as_millis());
    }
    let summary = if dry_run { "dry run: nothing changed" } else { "done" };
    eprintln!(
        "{summary}: {} tenants checked, {} cases due, {} clients erased",
        report.tenants,
        report.cases_due.len(),
        report.clients_erased
    );
    Ok(())
}

pub async fn backup(config: &Config, out: &std::path::Path) -> anyhow::Result<()> {
    if !config.uses_sqlite() {
        bail!("`lotse backup` copies SQLite databases; for PostgreSQL use pg_dump (see README, Operations)");
    }
    if out.exists() {
        bail!("{} exists already; choose a new file", out.display());
    }
    let store = lotse_store::SqliteStore::connect(&config.database_url).await?;
    store.backup_to(out).await.context("backup failed")?;
    store.pool().close().await;
    let size = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    println!("{}", out.display());
    eprintln!(
        "Backup written ({size} bytes). Personal data in it is sealed; the master key ({}) and the erasure ledger \
         ({}) are not in it.",
        config.master_key_file.display(),
        config.erasure_ledger.display()
    );
    Ok(())
}

pub async fn restore(config: &Config, from: &std::path::Path) -> anyhow::Result<()> {
    use lotse_core::{Clock, SystemClock};
    let Some(target) = config.sqlite_file() else {
        bail!("`lotse restore` restores SQLite databases; for PostgreSQL use pg_restore, then start the server");
    };
    // Check the backup before touching anything: it must be a Lotse database.
    if !from.is_file() {
        bail!("{} does not exist", from.display());
    }
    let probe = lotse_store::SqliteStore::open_read_only(from)
        .await
        .with_context(|| format!("{} is not a readable SQLite file", from.display()))?;
    let migrations: Result<i64, _> =
        sqlx_count(&probe).await.with_context(|| format!("{} is not a Lotse backup", from.display()));
    probe.pool().close().await;
    let migrations = migrations?;
    let (master, _) =
        keys::load(config)?.context("there is no master key: restore needs the one the backup was made with")?;
    for suffix in ["-wal", "-shm"] {
        let path = std::path::PathBuf::from(format!("{}{suffix}", target.display()));
        if path.exists() {
            std::fs::remove_file(&path).with_context(|| format!("cannot remove {}", path.display()))?;
        }
    }
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::copy(from, &target).with_context(|| format!("cannot copy {} to {}", from.display(), target.display()))?;
    let store = crate::commands::open_store(config, true).await?;
    let ring = lotse_core::keyring::KeyRing::new(master, store.clone());
    ring.check_master().await?;
    let ledger = lotse_store::ledger::FileLedger::new(config.erasure_ledger.clone());
    let reapplied = lotse_core::erasure::replay(store.as_ref(), &ring, &ledger, SystemClock.now()).await?;
    store.close().await;
    println!("{}", target.display());
    eprintln!(
        "Restored {} ({migrations} migrations in the backup); re-applied {reapplied} erasures recorded since.",
        target.display()
    );
    Ok(())
}

async fn sqlx_count(store: &lotse_store::SqliteStore) -> Result<i64, lotse_core::StoreError> {
    store.migration_count().await
}
