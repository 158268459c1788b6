//! Telling other instances about new chat messages: PostgreSQL `NOTIFY` on one channel, `LISTEN` on a
//! dedicated connection. Notifications are sent one after another from one connection, so each instance's
//! notifications arrive in the order it committed. (SQLite runs as one instance and needs no relay.)

use lotse_core::StoreError;
use sqlx::postgres::{PgListener, PgPoolOptions};
use std::sync::Arc;
use tokio::sync::mpsc;

pub const CHAT_CHANNEL: &str = "lotse_chat";

pub struct PgRelay {
    outgoing: mpsc::UnboundedSender<String>,
}

impl PgRelay {
    /// Connects, listens, and calls `on_payload` for every notification (from this instance too; the payload
    /// should say who sent it).
    pub async fn start(
        url: &str,
        on_payload: impl Fn(String) + Send + Sync + 'static,
    ) -> Result<Arc<Self>, StoreError> {
        let map = |e| crate::errors::map_sqlx(e, "relay");
        let pool = PgPoolOptions::new().max_connections(1).connect(url).await.map_err(map)?;
        let mut listener = PgListener::connect(url).await.map_err(map)?;
        listener.listen(CHAT_CHANNEL).await.map_err(map)?;
        tokio::spawn(async move {
            loop {
                match listener.recv().await {
                    Ok(notification) => on_payload(notification.payload().to_string()),
                    Err(error) => {
                        // PgListener reconnects by itself on the next recv.
                        tracing::warn!(error.message = %error, "chat relay: listening interrupted");
                        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                    }
                }
            }
        });
        let (outgoing, mut queue) = mpsc::unbounded_channel::<String>();
        tokio::spawn(async move {
            while let Some(payload) = queue.recv().await {
                if let Err(error) =
                    sqlx::query("SELECT pg_notify($1, $2)").bind(CHAT_CHANNEL).bind(&payload).execute(&pool).await
                {
                    tracing::warn!(error.message = %error, "chat relay: a notification was not sent");
                }
            }
        });
        Ok(Arc::new(Self { outgoing }))
    }

    /// Queues a notification (sent in order, without waiting).
    pub fn notify(&self, payload: String) {
        let _ = self.outgoing.send(payload);
    }
}
