//! The chat runtime of one instance: a writer that stores messages in batches (one transaction, one fsync for
//! many messages) and acknowledges each only after its batch is committed, and a hub that pushes stored messages
//! to the connections that follow a conversation (clients) or a tenant's inbox (staff).
//!
//! Ordering: the database numbers messages per conversation inside the committing transaction; connections
//! deliver in `seq` order and skip what they have already delivered, so a message that reaches a connection
//! both live and through catch-up is shown once.

use lotse_core::chat::{self, Appended, NewMessage};
use lotse_core::keyring::{DataKey, KeyRing};
use lotse_core::store::{Store, StoreError};
use lotse_core::{ConversationId, TenantId, Timestamp};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{broadcast, mpsc, oneshot};

/// What connections receive.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ChatEvent {
    Message {
        conversation_id: String,
        seq: i64,
        sender: &'static str,
        body: String,
        /// Unix milliseconds.
        sent_at: i64,
        /// Staff-only notes; never sent to the client.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        internal: bool,
        /// A file sent with the message: GET /api/v1/conversations/{id}/attachments/{attachment_id}.
        #[serde(skip_serializing_if = "Option::is_none")]
        attachment_id: Option<String>,
    },
    Read {
        conversation_id: String,
        /// Whose read mark moved: `client` or `staff`.
        by: &'static str,
        seq: i64,
    },
}

impl ChatEvent {
    pub fn conversation_id(&self) -> &str {
        match self {
            ChatEvent::Message { conversation_id, .. } | ChatEvent::Read { conversation_id, .. } => conversation_id,
        }
    }
}

/// Runs for every newly stored message.
pub type StoredHook = Arc<dyn Fn(&NewMessage) + Send + Sync>;

/// Fan-out of events to the connections of this instance, and on to other instances through a relay.
pub struct ChatHub {
    conversations: Mutex<HashMap<String, broadcast::Sender<Arc<ChatEvent>>>>,
    tenants: Mutex<HashMap<String, broadcast::Sender<Arc<ChatEvent>>>>,
    /// Tells other instances (PostgreSQL NOTIFY); unset with one instance.
    relay: std::sync::OnceLock<Arc<dyn Fn(String) + Send + Sync>>,
    /// Distinguishes this instance's own notifications.
    instance: String,
    /// Runs for every newly stored message (notifications).
    on_stored: std::sync::OnceLock<StoredHook>,
}

impl Default for ChatHub {
    fn default() -> Self {
        Self {
            conversations: Mutex::default(),
            tenants: Mutex::default(),
            relay: std::sync::OnceLock::new(),
            on_stored: std::sync::OnceLock::new(),
            instance: uuid::Uuid::now_v7().simple().to_string(),
        }
    }
}

/// What one instance tells the others: `m|instance|tenant|conversation|seq` for a new message,
/// `r|instance|tenant|conversation|by|seq` for a read mark.
fn relay_message(instance: &str, tenant: &TenantId, conversation: &str, seq: i64) -> String {
    format!("m|{instance}|{tenant}|{conversation}|{seq}")
}

const CHANNEL_CAPACITY: usize = 256;

impl ChatHub {
    fn channel(
        map: &Mutex<HashMap<String, broadcast::Sender<Arc<ChatEvent>>>>,
        key: &str,
    ) -> broadcast::Receiver<Arc<ChatEvent>> {
        let mut map = map.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(key.to_string()).or_insert_with(|| broadcast::channel(CHANNEL_CAPACITY).0).subscribe()
    }

    /// Events of one conversation (a client's connection).
    pub fn follow_conversation(&self, conversation: &ConversationId) -> broadcast::Receiver<Arc<ChatEvent>> {
        Self::channel(&self.conversations, conversation.as_str())
    }

    /// Events of every conversation of a tenant (a counselor's inbox).
    pub fn follow_tenant(&self, tenant: &TenantId) -> broadcast::Receiver<Arc<ChatEvent>> {
        Self::channel(&self.tenants, tenant.as_str())
    }

    /// Delivers to this instance's followers; channels nobody listens to any more are dropped.
    pub fn publish(&self, tenant: &TenantId, event: ChatEvent) {
        let event = Arc::new(event);
        for (map, key) in
            [(&self.conversations, event.conversation_id().to_string()), (&self.tenants, tenant.to_string())]
        {
            let mut map = map.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(sender) = map.get(&key)
                && sender.send(event.clone()).is_err()
            {
                map.remove(&key);
            }
        }
    }

    /// Sets what runs for every newly stored message.
    pub fn set_on_stored(&self, hook: StoredHook) {
        let _ = self.on_stored.set(hook);
    }

    /// Connects the hub to other instances; `send` delivers a payload to all of them.
    pub fn set_relay(&self, send: Arc<dyn Fn(String) + Send + Sync>) {
        let _ = self.relay.set(send);
    }

    /// Publishes locally and tells the other instances.
    pub fn publish_everywhere(&self, tenant: &TenantId, event: ChatEvent) {
        if let Some(relay) = self.relay.get() {
            let payload = match &event {
                ChatEvent::Message { conversation_id, seq, .. } => {
                    relay_message(&self.instance, tenant, conversation_id, *seq)
                }
                ChatEvent::Read { conversation_id, by, seq } => {
                    format!("r|{}|{tenant}|{conversation_id}|{by}|{seq}", self.instance)
                }
            };
            relay(payload);
        }
        self.publish(tenant, event);
    }

    /// How many conversations and tenants have followers (for metrics and tests).
    pub fn followed(&self) -> (usize, usize) {
        let c = self.conversations.lock().map(|m| m.len()).unwrap_or(0);
        let t = self.tenants.lock().map(|m| m.len()).unwrap_or(0);
        (c, t)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("the conversation does not exist")]
    NotFound,
    #[error("the message could not be stored: {0}")]
    Store(String),
    #[error("the server is shutting down")]
    Closed,
}

struct Job {
    message: NewMessage,
    reply: oneshot::Sender<Result<Appended, SendError>>,
}

/// Called after commit for each newly stored message: tenant, conversation, seq (to tell other instances).
pub type AfterCommit = Arc<dyn Fn(&TenantId, &ConversationId, i64) + Send + Sync>;

/// Stores messages in batches. Cheap to clone.
#[derive(Clone)]
pub struct MessageWriter {
    jobs: mpsc::Sender<Job>,
}

/// The most messages committed in one transaction.
const MAX_BATCH: usize = 512;
/// How long an opened data key is kept for sealing the next messages of a conversation.
const KEY_TTL: Duration = Duration::from_secs(30);

impl MessageWriter {
    /// Starts the writer task. `after_commit` runs for each newly stored message (to notify other instances).
    pub fn start(store: Arc<dyn Store>, keys: Arc<KeyRing>, hub: Arc<ChatHub>, after_commit: AfterCommit) -> Self {
        let (jobs, mut receiver) = mpsc::channel::<Job>(8192);
        tokio::spawn(async move {
            let mut keys_cache: HashMap<String, (Arc<DataKey>, Instant)> = HashMap::new();
            let mut batch: Vec<Job> = Vec::with_capacity(MAX_BATCH);
            while let Some(first) = receiver.recv().await {
                batch.push(first);
                // Whatever queued up while the last batch committed goes into this one.
                while batch.len() < MAX_BATCH {
                    match receiver.try_recv() {
                        Ok(job) => batch.push(job),
                        Err(_) => break,
                    }
                }
                write_batch(
                    store.as_ref(),
                    keys.as_ref(),
                    hub.as_ref(),
                    after_commit.as_ref(),
                    &mut keys_cache,
                    &mut batch,
                )
                .await;
                keys_cache.retain(|_, (_, opened)| opened.elapsed() < KEY_TTL);
            }
        });
        Self { jobs }
    }

    /// Stores the message; resolves once it is committed (or was stored before under the same message id).
    pub async fn send(&self, message: NewMessage) -> Result<Appended, SendError> {
        self.enqueue(message).await?.await
    }

    /// Queues the message and returns the wait for its commit. Messages queued one after another are numbered
    /// in that order, so a connection can keep sending without waiting for each acknowledgement.
    pub async fn enqueue(
        &self,
        message: NewMessage,
    ) -> Result<impl std::future::Future<Output = Result<Appended, SendError>> + Send + 'static, SendError> {
        let (reply, answer) = oneshot::channel();
        self.jobs.send(Job { message, reply }).await.map_err(|_| SendError::Closed)?;
        Ok(async move { answer.await.map_err(|_| SendError::Closed)? })
    }
}

async fn data_key(
    store: &dyn Store,
    keys: &KeyRing,
    cache: &mut HashMap<String, (Arc<DataKey>, Instant)>,
    tenant: &TenantId,
    conversation: &ConversationId,
    now: Timestamp,
) -> Result<Arc<DataKey>, SendError> {
    if let Some((key, opened)) = cache.get(conversation.as_str())
        && opened.elapsed() < KEY_TTL
    {
        return Ok(key.clone());
    }
    let found = match store.conversation(tenant, conversation).await {
        Ok(found) => found,
        Err(StoreError::NotFound) => return Err(SendError::NotFound),
        Err(other) => return Err(SendError::Store(other.to_string())),
    };
    let key_id = lotse_core::chat_service::client_key_id(store, &found).await.map_err(|_| SendError::NotFound)?;
    let key = Arc::new(keys.open_data_key(tenant, &key_id, now).await.map_err(|_| SendError::NotFound)?);
    cache.insert(conversation.to_string(), (key.clone(), Instant::now()));
    Ok(key)
}

async fn write_batch(
    store: &dyn Store,
    keys: &KeyRing,
    hub: &ChatHub,
    after_commit: &(dyn Fn(&TenantId, &ConversationId, i64) + Send + Sync),
    cache: &mut HashMap<String, (Arc<DataKey>, Instant)>,
    batch: &mut Vec<Job>,
) {
    let mut sealed = Vec::with_capacity(batch.len());
    let mut waiting = Vec::with_capacity(batch.len());
    for job in batch.drain(..) {
        let m = &job.message;
        let key = match data_key(store, keys, cache, &m.tenant_id, &m.conversation_id, m.sent_at).await {
            Ok(key) => key,
            Err(error) => {
                let _ = job.reply.send(Err(error));
                continue;
            }
        };
        match key.seal(m.body.as_bytes(), &chat::body_label(&m.conversation_id, &m.client_msg_id)) {
            Ok(bytes) => {
                sealed.push((job.message.clone(), bytes));
                waiting.push(job);
            }
            Err(error) => {
                let _ = job.reply.send(Err(SendError::Store(error.to_string())));
            }
        }
    }
    if sealed.is_empty() {
        return;
    }
    match store.append_messages(&sealed).await {
        Ok(results) => {
            for (job, result) in waiting.into_iter().zip(results) {
                let m = &job.message;
                let answer = match result {
                    Ok(appended) => {
                        if !appended.duplicate {
                            after_commit(&m.tenant_id, &m.conversation_id, appended.seq);
                            if let Some(hook) = hub.on_stored.get() {
                                hook(m);
                            }
                            hub.publish_everywhere(
                                &m.tenant_id,
                                ChatEvent::Message {
                                    conversation_id: m.conversation_id.to_string(),
                                    seq: appended.seq,
                                    sender: m.sender.as_str(),
                                    body: m.body.clone(),
                                    sent_at: appended.sent_at.as_millis(),
                                    internal: m.internal,
                                    attachment_id: m.attachment_id.clone(),
                                },
                            );
                        }
                        Ok(appended)
                    }
                    Err(StoreError::NotFound) => Err(SendError::NotFound),
                    Err(other) => Err(SendError::Store(other.to_string())),
                };
                let _ = job.reply.send(answer);
            }
        }
        Err(error) => {
            tracing::error!(error.message = %error, messages = waiting.len(), "a chat batch could not be stored");
            for job in waiting {
                let _ = job.reply.send(Err(SendError::Store(error.to_string())));
            }
        }
    }
}

/// A stored message as an event, opened with the conversation's key (`None` when it cannot be opened, e.g.
/// the client was erased meanwhile).
pub fn event_of(key: &DataKey, message: &chat::StoredMessage) -> Option<ChatEvent> {
    let label = chat::body_label(&message.conversation_id, &message.client_msg_id);
    let body = String::from_utf8(key.open(&message.sealed_body, &label).ok()?).ok()?;
    Some(ChatEvent::Message {
        conversation_id: message.conversation_id.to_string(),
        seq: message.seq,
        sender: message.sender.as_str(),
        body,
        sent_at: message.sent_at.as_millis(),
        internal: message.internal,
        attachment_id: message.attachment_id.clone(),
    })
}

/// Whether the client may see this event.
pub fn visible_to_client(event: &ChatEvent) -> bool {
    !matches!(event, ChatEvent::Message { internal: true, .. })
}

/// A notification from another instance: load what it announced from the database and deliver it to this
/// instance's connections. Notifications of this instance and of conversations this instance's database schema
/// does not know are ignored.
pub async fn deliver_remote(
    store: &dyn Store,
    keys: &KeyRing,
    hub: &ChatHub,
    payload: &str,
    now: Timestamp,
) -> Result<(), StoreError> {
    let parts: Vec<&str> = payload.split('|').collect();
    if parts.get(1) == Some(&hub.instance.as_str()) {
        return Ok(());
    }
    let (Some(tenant), Some(conversation)) =
        (parts.get(2).and_then(|t| TenantId::parse(t)), parts.get(3).and_then(|c| ConversationId::parse(c)))
    else {
        return Ok(());
    };
    match (parts.first(), parts.len()) {
        (Some(&"m"), 5) => {
            let Ok(seq) = parts[4].parse::<i64>() else { return Ok(()) };
            let found = match store.conversation(&tenant, &conversation).await {
                Ok(found) => found,
                Err(StoreError::NotFound) => return Ok(()),
                Err(other) => return Err(other),
            };
            let Some(message) = store.messages_after(&tenant, &conversation, seq - 1, 1).await?.into_iter().next()
            else {
                return Ok(());
            };
            let Ok(key_id) = lotse_core::chat_service::client_key_id(store, &found).await else { return Ok(()) };
            let Ok(key) = keys.open_data_key(&tenant, &key_id, now).await else { return Ok(()) };
            if let Some(event) = event_of(&key, &message) {
                hub.publish(&tenant, event);
            }
        }
        (Some(&"r"), 6) => {
            let Ok(seq) = parts[5].parse::<i64>() else { return Ok(()) };
            let by = if parts[4] == "client" { "client" } else { "staff" };
            hub.publish(&tenant, ChatEvent::Read { conversation_id: conversation.to_string(), by, seq });
        }
        _ => {}
    }
    Ok(())
}
