//! Backups and erasure: a backup taken before an erasure, restored afterwards, still cannot decrypt the
//! erased client's data. (SQLite: `lotse backup` / `lotse restore`; PostgreSQL deployments use pg_dump and the
//! same ledger replay at start.)

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::security::contains;
use lotse_core::client::ClientProfile;
use lotse_core::client_service::{self, NewClientInput};
use lotse_core::crypto::SecretKey;
use lotse_core::keyring::{KeyError, KeyRing};
use lotse_core::password::PasswordHashString;
use lotse_core::tenant::TenantName;
use lotse_core::user::NewUser;
use lotse_core::{Email, Role, StoreError, Timestamp};
use lotse_store::ledger::FileLedger;
use std::process::Command;

const CANARY: &str = "Sicherungs-Kanarie Quetzal-9931";

fn lotse(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lotse"))
        .args(args)
        .args(["--data-dir", dir.to_str().unwrap()])
        .env_remove("LOTSE_DATABASE_URL")
        .env_remove("LOTSE_MASTER_KEY")
        .env_remove("LOTSE_MASTER_KEY_FILE")
        .env_remove("LOTSE_ERASURE_LEDGER")
        .output()
        .unwrap()
}

#[tokio::test]
async fn a_backup_restored_after_an_erasure_cannot_bring_the_client_back() {
    let dir = tempfile::tempdir().unwrap();
    let init = lotse(dir.path(), &["keys", "init"]);
    assert!(init.status.success(), "{}", String::from_utf8_lossy(&init.stderr));
    let master = SecretKey::from_base64(&std::fs::read_to_string(dir.path().join("master.key")).unwrap()).unwrap();
    let url = format!("sqlite://{}", dir.path().join("lotse.db").display());
    let ledger = FileLedger::new(dir.path().join("erasure-ledger.tsv"));

    // A client with sealed personal data.
    let store = lotse_store::open(&url, true).await.unwrap();
    let ring = KeyRing::new(master.clone(), store.clone());
    let tenant = store.create_tenant(&TenantName::parse("Beratung Sicherung").unwrap(), Timestamp(1)).await.unwrap();
    let user = store
        .create_user(
            &NewUser {
                tenant_id: tenant.id.clone(),
                email: Email::parse("s@sicherung.example").unwrap(),
                display_name: "S".into(),
                role: Role::Counselor,
                password_hash: PasswordHashString("x".into()),
            },
            Timestamp(1),
        )
        .await
        .unwrap();
    let input = NewClientInput {
        alias: "Quetzal".into(),
        languages: vec!["es".into()],
        profile: ClientProfile { real_name: Some(CANARY.into()), ..Default::default() },
    };
    let (client, _) = client_service::create_client(
        store.as_ref(),
        &ring,
        &tenant.id,
        Some(&user.id),
        &input,
        Timestamp(2),
        "2026-11-26",
    )
    .await
    .unwrap();
    store.close().await;

    // Backup, then erase.
    let backup = dir.path().join("before-erasure.db");
    let made = lotse(dir.path(), &["backup", "--out", backup.to_str().unwrap()]);
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let store = lotse_store::open(&url, true).await.unwrap();
    let ring = KeyRing::new(master.clone(), store.clone());
    client_service::erase_client(store.as_ref(), &ring, &ledger, &tenant.id, &client.id, Timestamp(3)).await.unwrap();
    store.close().await;

    // Restore the backup from before the erasure.
    let restored = lotse(dir.path(), &["restore", "--from", backup.to_str().unwrap()]);
    let says = String::from_utf8_lossy(&restored.stderr);
    assert!(restored.status.success(), "{says}");
    assert!(says.contains("re-applied 1 erasures"), "{says}");

    let store = lotse_store::open(&url, true).await.unwrap();
    let ring = KeyRing::new(master.clone(), store.clone());
    assert!(matches!(store.client(&tenant.id, &client.id).await, Err(StoreError::NotFound)), "erased again");
    assert_eq!(store.data_key(&tenant.id, &client.data_key_id).await.unwrap(), None, "its key destroyed again");
    // Even the sealed profile as it sits in the backup file does not open any more.
    let backup_store = lotse_store::SqliteStore::connect(&format!("sqlite://{}", backup.display())).await.unwrap();
    let sealed: Vec<u8> = sqlx::query_scalar("SELECT sealed FROM clients WHERE id = $1")
        .bind(client.id.as_str())
        .fetch_one(backup_store.pool())
        .await
        .unwrap();
    let opened = ring
        .open_with_data_key(
            &tenant.id,
            &client.data_key_id,
            &format!("client-profile:{}", client.id),
            &sealed,
            Timestamp(4),
        )
        .await;
    assert!(matches!(opened, Err(KeyError::Destroyed)), "{opened:?}");
    assert!(!contains(&std::fs::read(&backup).unwrap(), CANARY), "the backup holds only ciphertext");
    store.close().await;

    // Bad input: a missing file, a file that is not a Lotse backup.
    let missing = lotse(dir.path(), &["restore", "--from", "/nonexistent/backup.db"]);
    assert!(!missing.status.success() && String::from_utf8_lossy(&missing.stderr).contains("does not exist"));
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, b"not a database at all").unwrap();
    let refused = lotse(dir.path(), &["restore", "--from", junk.to_str().unwrap()]);
    assert!(!refused.status.success(), "{}", String::from_utf8_lossy(&refused.stderr));
    let store = lotse_store::open(&url, true).await.unwrap();
    assert_eq!(
        store.list_tenants(lotse_core::PageRequest::default()).await.unwrap().total,
        1,
        "the live database is untouched"
    );
    store.close().await;
}
