//! Test support: a fresh, migrated, empty store per test. The backend comes from the environment so that the
//! very same tests run on both: `LOTSE_TEST_DATABASE_URL=postgres://…` selects PostgreSQL (a new schema per
//! test), anything else a new SQLite file in a temporary folder.

use crate::{PgStore, SqliteStore};
use lotse_core::Store;
use std::sync::Arc;

pub const TEST_DATABASE_ENV: &str = "LOTSE_TEST_DATABASE_URL";

/// A store for one test, plus whatever must live as long as it (the temporary folder).
pub struct TestDatabase {
    pub store: Arc<dyn Store>,
    pub url: String,
    pub sqlite_file: Option<std::path::PathBuf>,
    _dir: Option<tempfile::TempDir>,
}

/// Panics (in tests only) when the configured PostgreSQL server is unreachable: a silently skipped backend
/// would make a green run meaningless.
#[allow(clippy::expect_used, clippy::panic)]
pub async fn fresh_database() -> TestDatabase {
    match std::env::var(TEST_DATABASE_ENV) {
        Ok(url) if url.starts_with("postgres") => {
            let schema = format!("t_{}", uuid::Uuid::now_v7().simple());
            let admin = PgStore::connect(&url).await.expect("PostgreSQL test server reachable");
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
                .execute(admin.pool())
                .await
                .expect("create test schema");
            admin.pool().close().await;
            let store = PgStore::connect_in_schema(&url, &schema).await.expect("connect to test schema");
            store.migrate().await.expect("migrate PostgreSQL test schema");
            let separator = if url.contains('?') { '&' } else { '?' };
            let scoped_url = format!("{url}{separator}options=-c%20search_path%3D{schema}");
            TestDatabase { store: Arc::new(store), url: scoped_url, sqlite_file: None, _dir: None }
        }
        _ => {
            let dir = tempfile::tempdir().expect("temporary folder");
            let file = dir.path().join("lotse.db");
            let url = format!("sqlite://{}", file.display());
            let store = SqliteStore::connect(&url).await.expect("open SQLite test file");
            store.migrate().await.expect("migrate SQLite test file");
            TestDatabase { store: Arc::new(store), url, sqlite_file: Some(file), _dir: Some(dir) }
        }
    }
}
