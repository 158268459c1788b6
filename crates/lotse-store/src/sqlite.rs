//! SQLite: the embedded default. WAL journal, foreign keys on, a busy timeout so CLI commands can write while a
//! server runs on the same file, and `synchronous = FULL` so an acknowledged write survives a power cut.

use crate::errors::{map_migrate, map_sqlx};
use lotse_core::StoreError;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::time::Duration;

pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

#[derive(Debug, Clone)]
pub struct SqliteStore {
    pub(crate) pool: SqlitePool,
}

impl SqliteStore {
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::Unavailable(e.to_string()))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            // Deleted and overwritten content is zeroed in the file, so erased data does not linger in free pages.
            .pragma("secure_delete", "ON")
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await
            .map_err(|e| map_sqlx(e, "connection"))?;
        Ok(Self { pool })
    }

    /// Opens a database file read-only, changing nothing in it (for checking a backup).
    pub async fn open_read_only(path: &std::path::Path) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::new().filename(path).read_only(true).create_if_missing(false);
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await
            .map_err(|e| map_sqlx(e, "connection"))?;
        Ok(Self { pool })
    }

    pub async fn migrate(&self) -> Result<(), StoreError> {
        MIGRATOR.run(&self.pool).await.map_err(map_migrate)
    }

    /// After an erasure: move the WAL into the database and truncate it, so no old page image with the erased
    /// data stays in the WAL file.
    pub(crate) async fn after_erasure(&self) -> Result<(), StoreError> {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&self.pool)
            .await
            .map_err(|e| map_sqlx(e, "checkpoint"))?;
        Ok(())
    }

    /// A consistent copy of the whole database in a new file (`VACUUM INTO`), taken while others keep writing.
    pub async fn backup_to(&self, target: &std::path::Path) -> Result<(), StoreError> {
        let target = target.to_str().ok_or_else(|| StoreError::Backend("the backup path is not UTF-8".into()))?;
        sqlx::query("VACUUM INTO $1").bind(target).execute(&self.pool).await.map_err(|e| map_sqlx(e, "backup"))?;
        Ok(())
    }

    /// How many migrations the database has applied (fails when it is not a Lotse database).
    pub async fn migration_count(&self) -> Result<i64, StoreError> {
        sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations WHERE success")
            .fetch_one(&self.pool)
            .await
            .map_err(|e| map_sqlx(e, "migrations"))
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// A transaction that holds SQLite's write lock from its first statement, so read-then-append is atomic.
    pub(crate) async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, StoreError> {
        self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(|e| map_sqlx(e, "transaction"))
    }
}

crate::portable::portable_store!(SqliteStore, sqlx::sqlite::SqliteRow, "sqlite");
crate::portable_identity::identity_store!(SqliteStore, sqlx::sqlite::SqliteRow);
crate::portable_clients::client_store!(SqliteStore, sqlx::sqlite::SqliteRow);
crate::portable_cases::case_store!(SqliteStore, sqlx::sqlite::SqliteRow);
crate::portable_appointments::appointment_store!(SqliteStore, sqlx::sqlite::SqliteRow);
crate::portable_appointments::calendar_feed_store!(SqliteStore);
crate::portable_knowledge::knowledge_store!(SqliteStore, sqlx::sqlite::SqliteRow, sqlx::Sqlite);
crate::portable_documents::document_store!(SqliteStore, sqlx::sqlite::SqliteRow);
crate::portable_work::work_store!(SqliteStore, sqlx::sqlite::SqliteRow);
crate::portable_availability::availability_store!(SqliteStore, sqlx::sqlite::SqliteRow);
crate::portable_availability::routing_store!(SqliteStore, sqlx::sqlite::SqliteRow);
crate::portable_chat::chat_store!(SqliteStore, sqlx::sqlite::SqliteRow);
crate::portable_assistant::assistant_store!(SqliteStore, sqlx::sqlite::SqliteRow);
