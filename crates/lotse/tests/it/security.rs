//! Encryption at rest and the audit chain, checked against the raw database.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{TestApp, hidden_field, session_cookie};
use axum::http::StatusCode;
use lotse_core::Role;
use std::process::Command;

const PASSWORD: &str = "a sufficiently long password";

async fn enrol(app: &TestApp, email: &str) -> String {
    app.user_with_password("Beratung Kanarie", email, Role::Counselor, PASSWORD, true).await;
    let login = app.post_form("/login", &[("email", email), ("password", PASSWORD)], None).await;
    let cookie = session_cookie(&login).unwrap();
    let page = app.get_cookie("/account/2fa", &cookie).await;
    let marker = r#"data-testid="totp-secret">"#;
    let start = page.body.find(marker).unwrap() + marker.len();
    let secret = page.body[start..start + page.body[start..].find('<').unwrap()].replace(' ', "");
    let csrf = hidden_field(&page.body, "csrf");
    let seconds = u64::try_from(lotse_core::Clock::now(app.clock.as_ref()).as_millis() / 1000).unwrap();
    let code = lotse_core::totp::code_at(&secret, seconds).unwrap();
    let done = app.post_form("/account/2fa", &[("code", &code), ("csrf", &csrf)], Some(&cookie)).await;
    assert_eq!(done.status, StatusCode::OK);
    secret
}

fn lotse(app: &TestApp, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lotse"))
        .args(args)
        .env("LOTSE_DATABASE_URL", &app.db.url)
        .env("LOTSE_MASTER_KEY_FILE", &app.master_key_file)
        .env_remove("LOTSE_MASTER_KEY")
        .output()
        .unwrap()
}

/// Every byte the database keeps: the SQLite file and its WAL, or a pg_dump of the test schema.
pub fn raw_database(app: &TestApp) -> Vec<u8> {
    match &app.db.sqlite_file {
        Some(file) => {
            let mut bytes = std::fs::read(file).unwrap();
            let wal = std::path::PathBuf::from(format!("{}-wal", file.display()));
            if wal.exists() {
                bytes.extend(std::fs::read(wal).unwrap());
            }
            bytes
        }
        None => {
            let url = app.db.url.split('?').next().unwrap().to_string();
            let pg_dump = std::fs::read_dir("/usr/lib/postgresql")
                .ok()
                .and_then(|mut d| d.next())
                .map(|e| e.unwrap().path().join("bin/pg_dump"))
                .filter(|p| p.exists())
                .unwrap_or_else(|| "pg_dump".into());
            // Only this test's schema: other tests run beside it in the same database.
            let schema = app.db.url.split("search_path%3D").nth(1).expect("test schema in the URL").to_string();
            let output = Command::new(pg_dump).args(["--data-only", "--schema", &schema, &url]).output().unwrap();
            assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
            assert!(output.stdout.len() > 1000, "the dump has the data");
            output.stdout
        }
    }
}

pub fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[tokio::test]
async fn canary_the_totp_secret_is_never_stored_in_plaintext() {
    let app = TestApp::new().await;
    let secret = enrol(&app, "kanarie@example.org").await;
    assert!(secret.len() >= 32);
    let raw = raw_database(&app);
    assert!(contains(&raw, "kanarie@example.org"), "the dump is readable (the e-mail is there)");
    assert!(!contains(&raw, &secret), "the TOTP secret appears in plaintext");
    assert!(!contains(&raw, &secret.to_lowercase()));
}

async fn run_sql(app: &TestApp, statements: &[&str]) {
    if let Some(file) = &app.db.sqlite_file {
        let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", file.display())).await.unwrap();
        for statement in statements {
            sqlx::query(sqlx::AssertSqlSafe(statement.to_string())).execute(&pool).await.unwrap();
        }
        pool.close().await;
    } else {
        let pool = sqlx::PgPool::connect(&app.db.url).await.unwrap();
        for statement in statements {
            let statement =
                statement.replace("DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_update ON audit_log");
            if statement.contains("audit_log_no_delete") {
                continue;
            }
            sqlx::query(sqlx::AssertSqlSafe(statement)).execute(&pool).await.unwrap();
        }
        pool.close().await;
    }
}

#[tokio::test]
async fn audit_verify_passes_on_a_clean_log_and_names_tampered_entries() {
    let app = TestApp::new().await;
    enrol(&app, "pruefer@example.org").await;
    for _ in 0..3 {
        app.post_form("/login", &[("email", "pruefer@example.org"), ("password", "wrong password!!")], None).await;
    }
    let clean = lotse(&app, &["audit", "verify"]);
    let text = String::from_utf8_lossy(&clean.stdout);
    assert!(clean.status.success(), "{text}{}", String::from_utf8_lossy(&clean.stderr));
    assert!(text.contains("audit log intact"), "{text}");

    // The application cannot change the log…
    let refused = if let Some(file) = &app.db.sqlite_file {
        let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", file.display())).await.unwrap();
        sqlx::query("UPDATE audit_log SET detail = 'x' WHERE seq = 2").execute(&pool).await.is_err()
    } else {
        let pool = sqlx::PgPool::connect(&app.db.url).await.unwrap();
        sqlx::query("UPDATE audit_log SET detail = 'x' WHERE seq = 2").execute(&pool).await.is_err()
    };
    assert!(refused, "the append-only trigger refuses updates");

    // …someone with database access can, after dropping the triggers; verify names each change.
    run_sql(&app, &["DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete"]).await;
    run_sql(&app, &["UPDATE audit_log SET action = 'login.success' WHERE seq = 4"]).await;
    let changed = lotse(&app, &["audit", "verify"]);
    assert_eq!(changed.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&changed.stdout).contains("entry 4 was changed"),
        "{}",
        String::from_utf8_lossy(&changed.stdout)
    );
}

#[tokio::test]
async fn audit_verify_names_removed_and_reordered_entries() {
    let app = TestApp::new().await;
    enrol(&app, "ordnung@example.org").await;
    for _ in 0..4 {
        app.post_form("/login", &[("email", "ordnung@example.org"), ("password", "wrong password!!")], None).await;
    }
    run_sql(&app, &["DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete"]).await;
    // Swap rows 5 and 6 by exchanging their positions (seq).
    run_sql(
        &app,
        &[
            "UPDATE audit_log SET seq = -5 WHERE seq = 5",
            "UPDATE audit_log SET seq = 5 WHERE seq = 6",
            "UPDATE audit_log SET seq = 6 WHERE seq = -5",
            "DELETE FROM audit_log WHERE seq = 3",
        ],
    )
    .await;
    let output = lotse(&app, &["audit", "verify"]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("entry 3 was removed"), "{text}");
    assert!(text.contains("entry 5 was reordered (it was written as entry 6)"), "{text}");
    assert!(text.contains("entry 6 was reordered (it was written as entry 5)"), "{text}");
}

#[tokio::test]
async fn keys_rotate_rewraps_tenant_keys_and_data_stays_readable() {
    let app = TestApp::new().await;
    let secret = enrol(&app, "rotation@example.org").await;
    let before = std::fs::read_to_string(&app.master_key_file).unwrap();
    let output = lotse(&app, &["keys", "rotate"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let after = std::fs::read_to_string(&app.master_key_file).unwrap();
    assert_ne!(before, after, "a new master key is in the key file");
    let retired = std::fs::read_dir(app.master_key_file.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| e.file_name().to_string_lossy().contains("retired"));
    assert!(retired, "the old key is kept");
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&app.master_key_file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // With the new key, the sealed TOTP secret still opens; with the old one it no longer does.
    let new_key = lotse_core::crypto::SecretKey::from_base64(&after).unwrap();
    let ring = lotse_core::keyring::KeyRing::new(new_key, app.db.store.clone());
    assert_eq!(ring.check_master().await.unwrap(), 1);
    let old_ring = lotse_core::keyring::KeyRing::new(
        lotse_core::crypto::SecretKey::from_base64(&before).unwrap(),
        app.db.store.clone(),
    );
    assert!(old_ring.check_master().await.is_err());
    let user = app.db.store.login_record(&lotse_core::Email::parse("rotation@example.org").unwrap()).await.unwrap();
    let sealed = user.totp_secret_sealed.unwrap();
    let opened = ring
        .open_for_tenant(
            &user.user.tenant_id,
            &lotse_core::crypto::context::totp_secret(user.user.id.as_str()),
            &sealed,
            lotse_core::Timestamp(0),
        )
        .await
        .unwrap();
    assert_eq!(String::from_utf8(opened).unwrap(), secret);
}

#[tokio::test]
async fn destroying_a_data_key_makes_its_data_unreadable() {
    let app = TestApp::new().await;
    let user = app.user_with_password("Beratung Schredder", "s@schredder.example", Role::Admin, PASSWORD, false).await;
    let ring = &app.state.keyring;
    let now = lotse_core::Timestamp(1);
    let key = ring.create_data_key(&user.tenant_id, now).await.unwrap();
    let sealed = ring.seal_with_data_key(&user.tenant_id, &key, "note:1", b"Gesundheit: Diabetes", now).await.unwrap();
    assert_eq!(
        ring.open_with_data_key(&user.tenant_id, &key, "note:1", &sealed, now).await.unwrap(),
        b"Gesundheit: Diabetes"
    );
    ring.destroy_data_key(&user.tenant_id, &key, now).await.unwrap();
    let after = ring.open_with_data_key(&user.tenant_id, &key, "note:1", &sealed, now).await;
    assert!(matches!(after, Err(lotse_core::keyring::KeyError::Destroyed)));
    assert!(!contains(&raw_database(&app), "Diabetes"));
}

#[test]
fn keys_init_writes_a_private_key_file_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_lotse"))
            .args(["keys", "init", "--data-dir", dir.path().to_str().unwrap()])
            .env_remove("LOTSE_MASTER_KEY")
            .env_remove("LOTSE_MASTER_KEY_FILE")
            .output()
            .unwrap()
    };
    let first = run();
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let file = dir.path().join("master.key");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    let second = run();
    assert!(!second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("refusing to overwrite"));
}

#[tokio::test]
async fn retention_command_reports_in_a_dry_run() {
    let app = TestApp::new().await;
    app.user_with_password("Beratung Kommando", "k@kommando.example", Role::Admin, PASSWORD, false).await;
    let output = lotse(&app, &["retention", "run", "--dry-run"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8_lossy(&output.stderr);
    assert!(text.contains("dry run: nothing changed") && text.contains("0 cases due"), "{text}");
}
