use lotse_core::StoreError;

/// Maps a driver error once, here. `conflict` names the rule a unique violation broke.
pub(crate) fn map_sqlx(error: sqlx::Error, conflict: &'static str) -> StoreError {
    match error {
        sqlx::Error::RowNotFound => StoreError::NotFound,
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(conflict),
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_) => {
            StoreError::Unavailable(error.to_string())
        }
        other => StoreError::Backend(other.to_string()),
    }
}

pub(crate) fn map_migrate(error: sqlx::migrate::MigrateError) -> StoreError {
    StoreError::Backend(format!("migration failed: {error}"))
}

pub(crate) fn to_i64(value: u32) -> i64 {
    i64::from(value)
}

pub(crate) fn to_u64(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(0)
}
