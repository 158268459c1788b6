//! PostgreSQL: for deployments with several stateless instances.

use crate::errors::{map_migrate, map_sqlx};
use lotse_core::StoreError;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use std::str::FromStr;
use std::time::Duration;

pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

#[derive(Debug, Clone)]
pub struct PgStore {
    pub(crate) pool: PgPool,
}

impl PgStore {
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let options = PgConnectOptions::from_str(url).map_err(|e| StoreError::Unavailable(e.to_string()))?;
        Self::connect_with(options).await
    }

    /// Connects with every session's `search_path` set to `schema`, which must exist. Tests use this to give
    /// each test its own empty schema on one server.
    pub async fn connect_in_schema(url: &str, schema: &str) -> Result<Self, StoreError> {
        let options = PgConnectOptions::from_str(url)
            .map_err(|e| StoreError::Unavailable(e.to_string()))?
            .options([("search_path", schema)]);
        Self::connect_with(options).await
    }

    async fn connect_with(options: PgConnectOptions) -> Result<Self, StoreError> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await
            .map_err(|e| map_sqlx(e, "connection"))?;
        Ok(Self { pool })
    }

    pub async fn migrate(&self) -> Result<(), StoreError> {
        MIGRATOR.run(&self.pool).await.map_err(map_migrate)
    }

    /// After an erasure: PostgreSQL keeps old row versions until VACUUM; let it reclaim them now.
    pub(crate) async fn after_erasure(&self) -> Result<(), StoreError> {
        sqlx::query("VACUUM clients, consents, cases, case_entries, documents, case_tasks")
            .execute(&self.pool)
            .await
            .map_err(|e| map_sqlx(e, "vacuum"))?;
        Ok(())
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// A transaction holding the installation-wide write lock (an advisory lock), so instances append to the
    /// audit chain and rotate keys one at a time.
    pub(crate) async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Postgres>, StoreError> {
        let mut tx = self.pool.begin().await.map_err(|e| map_sqlx(e, "transaction"))?;
        sqlx::query("SELECT pg_advisory_xact_lock(7471055)")
            .execute(&mut *tx)
            .await
            .map_err(|e| map_sqlx(e, "transaction"))?;
        Ok(tx)
    }
}

crate::portable::portable_store!(PgStore, sqlx::postgres::PgRow, "postgres");
crate::portable_identity::identity_store!(PgStore, sqlx::postgres::PgRow);
crate::portable_clients::client_store!(PgStore, sqlx::postgres::PgRow);
crate::portable_cases::case_store!(PgStore, sqlx::postgres::PgRow);
crate::portable_appointments::appointment_store!(PgStore, sqlx::postgres::PgRow);
crate::portable_appointments::calendar_feed_store!(PgStore);
crate::portable_knowledge::knowledge_store!(PgStore, sqlx::postgres::PgRow, sqlx::Postgres);
crate::portable_documents::document_store!(PgStore, sqlx::postgres::PgRow);
crate::portable_work::work_store!(PgStore, sqlx::postgres::PgRow);
crate::portable_availability::availability_store!(PgStore, sqlx::postgres::PgRow);
crate::portable_availability::routing_store!(PgStore, sqlx::postgres::PgRow);
crate::portable_chat::chat_store!(PgStore, sqlx::postgres::PgRow);
crate::portable_assistant::assistant_store!(PgStore, sqlx::postgres::PgRow);
