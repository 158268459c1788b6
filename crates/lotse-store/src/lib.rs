//! Storage for Lotse: the store traits of `lotse-core` on SQLite (embedded default) and PostgreSQL (for
//! multi-instance deployments). Portable SQL is written once (both backends take `$N` placeholders, and
//! every column is TEXT or a 64-bit integer); what differs per dialect lives in `sqlite.rs` and `postgres.rs`.

pub mod attachments;
mod errors;
pub mod ledger;
mod portable;
mod portable_appointments;
mod portable_assistant;
mod portable_availability;
mod portable_cases;
mod portable_chat;
mod portable_clients;
mod portable_documents;
mod portable_identity;
mod portable_knowledge;
mod portable_work;
pub mod postgres;
pub mod relay;
pub mod sqlite;
#[cfg(feature = "testing")]
pub mod testing;

use lotse_core::{Store, StoreError};
use std::sync::Arc;

pub use postgres::PgStore;
pub use sqlite::SqliteStore;

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Option<Self> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Backend::Postgres)
        } else if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else {
            None
        }
    }
}

/// Opens the database a URL names and, if asked, brings its schema up to date.
pub async fn open(url: &str, run_migrations: bool) -> Result<Arc<dyn Store>, StoreError> {
    match Backend::of_url(url) {
        Some(Backend::Sqlite) => {
            let store = SqliteStore::connect(url).await?;
            if run_migrations {
                store.migrate().await?;
            }
            Ok(Arc::new(store))
        }
        Some(Backend::Postgres) => {
            let store = PgStore::connect(url).await?;
            if run_migrations {
                store.migrate().await?;
            }
            Ok(Arc::new(store))
        }
        None => Err(StoreError::Unavailable("the database URL must start with sqlite: or postgres://".to_string())),
    }
}
