//! The chat API: a client starts or resumes a conversation without an account and gets a client token; clients
//! and staff send and read messages over a WebSocket (with Server-Sent Events plus POST as the fallback) or plain
//! HTTP. Sends are idempotent by the sender's `client_msg_id`; an `ack` comes only after the message is
//! committed, and carries its `seq`.

use axum::Json;
use axum::extract::ws::{Message as WsMessage, WebSocket, WebSocketUpgrade};
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use lotse_core::chat::{self, Appended, Conversation, NewMessage, SenderKind};
use lotse_core::chat_service::{self, ChatError};
use lotse_core::policy::Action;
use lotse_core::secret_token::{SecretToken, digest_presented};
use lotse_core::store::ConversationFilter;
use lotse_core::{ConversationId, PageRequest, StoreError, TenantId, Timestamp};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::api::auth::ApiPrincipal;
use crate::api::json::ApiJson;
use crate::chat::{ChatEvent, SendError, event_of, visible_to_client};
use crate::errors::{ErrorBody, FieldError, WebError};

/// The cookie that carries a client token for the portal chat pages.
pub const CHAT_COOKIE: &str = "lotse_chat";

/// How long a client token lives (renewed by resuming with the access code).
const CLIENT_TOKEN_DAYS: i64 = 30;
/// Messages per catch-up page.
const PAGE: u32 = 500;

fn invalid(field: &str, code: &str) -> WebError {
    WebError::InvalidInput(vec![FieldError { field: field.into(), code: code.into() }])
}

impl From<ChatError> for WebError {
    fn from(error: ChatError) -> Self {
        match error {
            ChatError::Language => invalid("lang", "invalid"),
            ChatError::Topic => invalid("topic", "invalid"),
            ChatError::WrongCode => {
                WebError::InvalidInput(vec![FieldError { field: "access_code".into(), code: "wrong".into() }])
            }
            ChatError::Password(_) => invalid("password", "too_short"),
            ChatError::Message(chat::MessageError::Length) => invalid("body", "length"),
            ChatError::Message(chat::MessageError::MessageId) => invalid("client_msg_id", "invalid"),
            ChatError::Store(e) => e.into(),
            ChatError::Key(_) => WebError::NotFound,
            ChatError::Client(e) => WebError::Internal(e.to_string()),
            ChatError::Random => WebError::Internal("random".into()),
        }
    }
}

impl From<SendError> for WebError {
    fn from(error: SendError) -> Self {
        match error {
            SendError::NotFound => WebError::NotFound,
            SendError::Store(_) | SendError::Closed => WebError::Unavailable,
        }
    }
}

/// Who is on the other end of a chat request.
#[derive(Clone)]
pub enum ChatPrincipal {
    /// A client, in exactly one conversation.
    Client { tenant: TenantId, conversation: ConversationId },
    /// A staff member whose role handles client data.
    Staff { tenant: TenantId, user: lotse_core::UserId },
}

impl ChatPrincipal {
    pub fn tenant(&self) -> &TenantId {
        match self {
            ChatPrincipal::Client { tenant, .. } | ChatPrincipal::Staff { tenant, .. } => tenant,
        }
    }

    /// The conversation, if this principal may use it.
    async fn conversation(&self, state: &AppState, id: &str) -> Result<Conversation, WebError> {
        let id = ConversationId::parse(id).ok_or(WebError::NotFound)?;
        if let ChatPrincipal::Client { conversation, .. } = self
            && *conversation != id
        {
            return Err(WebError::NotFound);
        }
        Ok(state.store.conversation(self.tenant(), &id).await?)
    }

    fn is_client(&self) -> bool {
        matches!(self, ChatPrincipal::Client { .. })
    }
}

/// A bearer secret: a client token first, then a staff API token.
async fn principal_from_token(state: &AppState, presented: &str) -> Result<ChatPrincipal, WebError> {
    let digest = digest_presented(presented.trim()).ok_or(WebError::InvalidToken)?;
    match state.store.chat_session(&digest.0, state.clock.now()).await {
        Ok((tenant, conversation)) => return Ok(ChatPrincipal::Client { tenant, conversation }),
        Err(StoreError::NotFound) => {}
        Err(other) => return Err(other.into()),
    }
    match state.store.authenticate_token(&digest, state.clock.now()).await {
        Ok(owner) => {
            if !lotse_core::policy::allows(owner.user.role, Action::HandleClientData) {
                return Err(WebError::Forbidden);
            }
            Ok(ChatPrincipal::Staff { tenant: owner.user.tenant_id.clone(), user: owner.user.id })
        }
        Err(StoreError::NotFound) => Err(WebError::InvalidToken),
        Err(other) => Err(other.into()),
    }
}

#[derive(Debug, Deserialize, Default, IntoParams)]
pub struct TokenQuery {
    /// A client token or a staff API token (for WebSocket and event-stream connections, which cannot send
    /// headers from a browser). Staff pages may rely on their session cookie instead.
    #[serde(default)]
    pub token: String,
    /// Catch up from here: messages with a higher `seq` are sent first.
    #[serde(default)]
    pub after_seq: Option<i64>,
    /// For staff: the conversation to follow (default: the whole inbox of the tenant).
    #[serde(default)]
    pub conversation_id: Option<String>,
}

impl FromRequestParts<AppState> for ChatPrincipal {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if let Some(value) = parts.headers.get(axum::http::header::AUTHORIZATION) {
            let text = value.to_str().map_err(|_| WebError::InvalidToken)?;
            let presented =
                text.strip_prefix("Bearer ").or_else(|| text.strip_prefix("bearer ")).ok_or(WebError::InvalidToken)?;
            return principal_from_token(state, presented).await;
        }
        let query: Query<TokenQuery> = Query::try_from_uri(&parts.uri).map_err(|_| WebError::BadRequest)?;
        if !query.token.is_empty() {
            return principal_from_token(state, &query.token).await;
        }
        // The portal chat page's own cookie (HttpOnly, SameSite=Strict).
        if let Some(token) = crate::ctx::cookie_value(&parts.headers, CHAT_COOKIE)
            && let Ok(principal @ ChatPrincipal::Client { .. }) = principal_from_token(state, &token).await
        {
            return Ok(principal);
        }
        // A staff page's own session.
        match crate::auth::Staff::from_request_parts(parts, state).await {
            Ok(staff) if staff.can(Action::HandleClientData) => {
                Ok(ChatPrincipal::Staff { tenant: staff.tenant.id.clone(), user: staff.user.id.clone() })
            }
            Ok(_) => Err(WebError::Forbidden),
            Err(_) => Err(WebError::Unauthorized),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StartChat {
    /// The client's language (two letters), e.g. `ar`.
    pub lang: String,
    /// A case topic, e.g. `residence`; optional.
    #[serde(default)]
    pub topic: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Started {
    pub conversation_id: String,
    /// Shown once: the person keeps it to come back on any device.
    pub access_code: String,
    /// For this device: `Authorization: Bearer …` or `?token=…` on the WebSocket.
    pub client_token: String,
}

/// The tenant that takes chats started on the public portal: the configured one, else the first by name.
pub async fn chat_tenant(state: &AppState) -> Result<TenantId, WebError> {
    if let Some(tenant) = &state.config.chat_tenant {
        return Ok(tenant.clone());
    }
    let page = state.store.list_tenants(PageRequest::new(0, 1)).await?;
    page.items.into_iter().next().map(|t| t.id).ok_or(WebError::Unavailable)
}

pub async fn new_client_token(state: &AppState, conversation: &Conversation) -> Result<String, WebError> {
    let secret = SecretToken::generate().map_err(|e| WebError::Internal(e.to_string()))?;
    let now = state.clock.now();
    let expires = Timestamp(now.as_millis() + CLIENT_TOKEN_DAYS * 86_400_000);
    state
        .store
        .create_chat_session(&secret.digest().0, &conversation.tenant_id, &conversation.id, now, expires)
        .await?;
    Ok(secret.expose().to_string())
}

/// Starts a conversation with the counseling service: no account, no phone number, no e-mail address.
#[utoipa::path(post, path = "/api/v1/chat/start", tag = "chat", request_body = StartChat,
    responses((status = 201, body = Started), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn start(
    State(state): State<AppState>,
    input: Result<ApiJson<StartChat>, WebError>,
) -> Result<(StatusCode, Json<Started>), WebError> {
    let ApiJson(input) = input?;
    let tenant = chat_tenant(&state).await?;
    let now = state.clock.now();
    let today = lotse_core::knowledge_service::today(now).to_string();
    let started = chat_service::start(
        state.store.as_ref(),
        &state.keyring,
        &tenant,
        &input.lang,
        input.topic.as_deref(),
        &today,
        now,
    )
    .await?;
    let client_token = new_client_token(&state, &started.conversation).await?;
    state
        .auditor
        .log(Some(&tenant), None, "chat.start", "client", started.conversation.client_id.as_str(), "counseling", "")
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(Started {
            conversation_id: started.conversation.id.to_string(),
            access_code: started.access_code,
            client_token,
        }),
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResumeChat {
    pub access_code: String,
    /// Needed when the person set one.
    #[serde(default)]
    pub password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Resumed {
    pub conversation_id: String,
    pub client_token: String,
}

/// A new client token for the conversation behind an access code (and password, when set). Attempts are
/// limited per address.
#[utoipa::path(post, path = "/api/v1/chat/resume", tag = "chat", request_body = ResumeChat,
    responses((status = 200, body = Resumed), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn resume(
    State(state): State<AppState>,
    address: crate::ctx::ClientAddress,
    input: Result<ApiJson<ResumeChat>, WebError>,
) -> Result<Json<Resumed>, WebError> {
    let ApiJson(input) = input?;
    if let crate::ratelimit::Decision::Limited { retry_after_secs } =
        state.login_limiter.check(&format!("chat-resume:{}", address.0), state.clock.now().as_millis())
    {
        return Err(WebError::TooManyRequests { retry_after_secs });
    }
    let conversation = chat_service::resume(state.store.as_ref(), &input.access_code, &input.password).await?;
    let client_token = new_client_token(&state, &conversation).await?;
    Ok(Json(Resumed { conversation_id: conversation.id.to_string(), client_token }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChatPassword {
    /// At least 12 characters.
    pub password: String,
}

/// Protects the conversation's access code with a password (client token only).
#[utoipa::path(post, path = "/api/v1/chat/password", tag = "chat", request_body = ChatPassword,
    security(("bearer" = [])),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn set_password(
    State(state): State<AppState>,
    principal: ChatPrincipal,
    input: Result<ApiJson<ChatPassword>, WebError>,
) -> Result<StatusCode, WebError> {
    let ChatPrincipal::Client { tenant, conversation } = principal else { return Err(WebError::Forbidden) };
    let ApiJson(input) = input?;
    let conversation = state.store.conversation(&tenant, &conversation).await?;
    chat_service::set_password(state.store.as_ref(), &conversation, &input.password).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MessageOut {
    pub seq: i64,
    /// client, staff or system.
    pub sender: String,
    pub client_msg_id: String,
    pub body: String,
    /// Unix milliseconds.
    pub sent_at: i64,
    /// A staff note (never shown to the client).
    pub internal: bool,
    /// A file sent with the message: GET /api/v1/conversations/{id}/attachments/{attachment_id}.
    pub attachment_id: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MessagesOut {
    pub conversation_id: String,
    pub messages: Vec<MessageOut>,
    /// The highest `seq` in the conversation.
    pub last_seq: i64,
    pub client_read_seq: i64,
    pub staff_read_seq: i64,
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct AfterSeq {
    /// Only messages with a higher `seq` (default 0: from the start).
    #[serde(default)]
    pub after_seq: i64,
}

/// Opened messages after `after`, as the principal may see them.
pub async fn load_messages(
    state: &AppState,
    conversation: &Conversation,
    after: i64,
    for_client: bool,
) -> Result<Vec<MessageOut>, WebError> {
    let stored = state.store.messages_after(&conversation.tenant_id, &conversation.id, after, PAGE).await?;
    let key_id = chat_service::client_key_id(state.store.as_ref(), conversation).await?;
    let key = state
        .keyring
        .open_data_key(&conversation.tenant_id, &key_id, state.clock.now())
        .await
        .map_err(|_| WebError::NotFound)?;
    let mut out = Vec::with_capacity(stored.len());
    for message in stored {
        if for_client && message.internal {
            continue;
        }
        let label = chat::body_label(&message.conversation_id, &message.client_msg_id);
        let body = key
            .open(&message.sealed_body, &label)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .ok_or_else(|| WebError::Internal("a message does not open".into()))?;
        out.push(MessageOut {
            seq: message.seq,
            sender: message.sender.as_str().to_string(),
            client_msg_id: message.client_msg_id,
            body,
            sent_at: message.sent_at.as_millis(),
            internal: message.internal,
            attachment_id: message.attachment_id,
        });
    }
    Ok(out)
}

async fn audit_staff_read(
    state: &AppState,
    principal: &ChatPrincipal,
    conversation: &Conversation,
) -> Result<(), WebError> {
    if let ChatPrincipal::Staff { tenant, user } = principal {
        state
            .auditor
            .log(
                Some(tenant),
                Some(user),
                "conversation.read",
                "client",
                conversation.client_id.as_str(),
                "counseling",
                conversation.id.as_str(),
            )
            .await?;
    }
    Ok(())
}

/// Catch-up: the messages after `after_seq` (at most 500; ask again from the last `seq` for more).
#[utoipa::path(get, path = "/api/v1/conversations/{id}/messages", tag = "chat", security(("bearer" = [])),
    params(("id" = String, Path, description = "Conversation id"), AfterSeq),
    responses((status = 200, body = MessagesOut), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn messages(
    State(state): State<AppState>,
    principal: ChatPrincipal,
    Path(id): Path<String>,
    Query(query): Query<AfterSeq>,
) -> Result<Json<MessagesOut>, WebError> {
    let conversation = principal.conversation(&state, &id).await?;
    audit_staff_read(&state, &principal, &conversation).await?;
    let messages = load_messages(&state, &conversation, query.after_seq.max(0), principal.is_client()).await?;
    Ok(Json(MessagesOut {
        conversation_id: conversation.id.to_string(),
        messages,
        last_seq: conversation.last_seq,
        client_read_seq: conversation.client_read_seq,
        staff_read_seq: conversation.staff_read_seq,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SendBody {
    /// The sender's own id for this message (1–64 of A–Z a–z 0–9 - _); sending it again stores nothing new.
    pub client_msg_id: String,
    pub body: String,
    /// Staff only: a note the client never sees.
    #[serde(default)]
    pub internal: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Ack {
    pub client_msg_id: String,
    pub seq: i64,
    /// True when this id had been stored before.
    pub duplicate: bool,
}

/// Checks and stores one message from the principal.
pub async fn send_as(
    state: &AppState,
    principal: &ChatPrincipal,
    conversation: &Conversation,
    client_msg_id: &str,
    body: &str,
    internal: bool,
) -> Result<Appended, WebError> {
    chat::check_message_id(client_msg_id).map_err(ChatError::from)?;
    let body = chat::check_body(body).map_err(ChatError::from)?;
    let (sender, author) = match principal {
        ChatPrincipal::Client { .. } => (SenderKind::Client, None),
        ChatPrincipal::Staff { user, .. } => (SenderKind::Staff, Some(user.clone())),
    };
    if internal && principal.is_client() {
        return Err(invalid("internal", "staff_only"));
    }
    let appended = state
        .chat_writer
        .send(NewMessage {
            tenant_id: conversation.tenant_id.clone(),
            conversation_id: conversation.id.clone(),
            sender,
            author,
            client_msg_id: client_msg_id.to_string(),
            internal,
            body: body.clone(),
            sent_at: state.clock.now(),
            attachment_id: None,
        })
        .await?;
    // An answer in an e-mail conversation also goes out by mail (once, not for a repeated send).
    if !appended.duplicate && !internal && !principal.is_client() && conversation.channel == chat::Channel::Email {
        tokio::spawn(crate::email::deliver(state.clone(), conversation.clone(), body));
    } else if !appended.duplicate && principal.is_client() {
        // The guard reads every client message: emergency numbers at once, a flag for a human.
        tokio::spawn(crate::assistant::guard_client_message(state.clone(), conversation.clone(), body));
    }
    Ok(appended)
}

/// Sends a message over plain HTTP (staff replies, and the fallback for clients without WebSocket).
#[utoipa::path(post, path = "/api/v1/conversations/{id}/messages", tag = "chat", security(("bearer" = [])),
    params(("id" = String, Path, description = "Conversation id")), request_body = SendBody,
    responses((status = 201, body = Ack), (status = 200, body = Ack, description = "already stored"),
        (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn post_message(
    State(state): State<AppState>,
    principal: ChatPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<SendBody>, WebError>,
) -> Result<(StatusCode, Json<Ack>), WebError> {
    let conversation = principal.conversation(&state, &id).await?;
    let ApiJson(input) = input?;
    let appended =
        send_as(&state, &principal, &conversation, &input.client_msg_id, &input.body, input.internal).await?;
    let status = if appended.duplicate { StatusCode::OK } else { StatusCode::CREATED };
    Ok((status, Json(Ack { client_msg_id: input.client_msg_id, seq: appended.seq, duplicate: appended.duplicate })))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReadMark {
    /// Everything up to this `seq` has been read.
    pub seq: i64,
}

async fn mark_read(
    state: &AppState,
    principal: &ChatPrincipal,
    conversation: &Conversation,
    seq: i64,
) -> Result<(), WebError> {
    let client_side = principal.is_client();
    state.store.mark_read(&conversation.tenant_id, &conversation.id, client_side, seq).await?;
    state.chat_hub.publish_everywhere(
        &conversation.tenant_id,
        ChatEvent::Read {
            conversation_id: conversation.id.to_string(),
            by: if client_side { "client" } else { "staff" },
            seq,
        },
    );
    Ok(())
}

/// A read receipt: the principal has read up to `seq`.
#[utoipa::path(post, path = "/api/v1/conversations/{id}/read", tag = "chat", security(("bearer" = [])),
    params(("id" = String, Path, description = "Conversation id")), request_body = ReadMark,
    responses((status = 204), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn read(
    State(state): State<AppState>,
    principal: ChatPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<ReadMark>, WebError>,
) -> Result<StatusCode, WebError> {
    let conversation = principal.conversation(&state, &id).await?;
    let ApiJson(input) = input?;
    mark_read(&state, &principal, &conversation, input.seq).await?;
    Ok(StatusCode::NO_CONTENT)
}

// --- WebSocket ----------------------------------------------------------------------------------------------

#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Incoming {
    Send {
        conversation_id: String,
        client_msg_id: String,
        body: String,
        #[serde(default)]
        internal: bool,
    },
    Read {
        conversation_id: String,
        seq: i64,
    },
    /// Catch up on a conversation from `after_seq` (sent again after every reconnect).
    Resume {
        conversation_id: String,
        after_seq: i64,
    },
    Ping,
}

#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Outgoing<'a> {
    Ack { client_msg_id: &'a str, seq: i64 },
    Error { client_msg_id: Option<&'a str>, code: &'a str },
    Pong,
}

/// The WebSocket: JSON frames as described in the API documentation. A client follows its conversation; staff
/// follow the tenant's whole inbox (or one conversation with `conversation_id`).
#[utoipa::path(get, path = "/api/v1/chat/ws", tag = "chat", params(TokenQuery),
    responses((status = 101, description = "Switching to the WebSocket protocol"), (status = 401, body = ErrorBody)))]
pub async fn websocket(
    State(state): State<AppState>,
    principal: ChatPrincipal,
    Query(query): Query<TokenQuery>,
    upgrade: WebSocketUpgrade,
) -> Result<Response, WebError> {
    let follow = match (&principal, &query.conversation_id) {
        (ChatPrincipal::Client { conversation, .. }, _) => Some(conversation.clone()),
        (ChatPrincipal::Staff { .. }, Some(id)) => Some(principal.conversation(&state, id).await?.id),
        (ChatPrincipal::Staff { .. }, None) => None,
    };
    let after = query.after_seq;
    // Small buffers: an idle connection should cost kilobytes (the defaults reserve 128 KiB each way).
    Ok(upgrade
        .read_buffer_size(4 * 1024)
        .write_buffer_size(4 * 1024)
        .max_write_buffer_size(256 * 1024)
        .max_message_size(64 * 1024)
        .on_upgrade(move |socket| run_socket(state, principal, follow, after, socket))
        .into_response())
}

/// Per connection: the highest `seq` delivered per conversation, so live events and catch-up never duplicate.
#[derive(Default)]
struct Delivered(std::collections::HashMap<String, i64>);

impl Delivered {
    /// The last seq delivered, when anything of the conversation has been.
    fn last(&self, conversation: &str) -> Option<i64> {
        self.0.get(conversation).copied()
    }

    /// True when `seq` is the next new one for the conversation (and records it).
    fn take(&mut self, conversation: &str, seq: i64) -> bool {
        let last = self.0.entry(conversation.to_string()).or_insert(0);
        if seq > *last {
            *last = seq;
            true
        } else {
            false
        }
    }
}

type PendingAck = std::pin::Pin<Box<dyn std::future::Future<Output = (String, Result<Appended, SendError>)> + Send>>;

async fn run_socket(
    state: AppState,
    principal: ChatPrincipal,
    follow: Option<ConversationId>,
    after: Option<i64>,
    socket: WebSocket,
) {
    let (mut sink, mut stream) = socket.split();
    let mut events = match &follow {
        Some(conversation) => state.chat_hub.follow_conversation(conversation),
        None => state.chat_hub.follow_tenant(principal.tenant()),
    };
    let mut delivered = Delivered::default();
    // Conversations this connection may write to, looked up once.
    let mut known: std::collections::HashMap<String, Conversation> = std::collections::HashMap::new();
    // Sends in flight, acknowledged in the order they were sent.
    let mut pending: futures_util::stream::FuturesOrdered<PendingAck> = futures_util::stream::FuturesOrdered::new();
    // Subscribed first, then caught up: nothing committed in between is missed.
    if let (Some(conversation), Some(after)) = (&follow, after)
        && catch_up(&state, &principal, conversation.as_str(), after, &mut delivered, &mut sink).await.is_err()
    {
        return;
    }
    loop {
        tokio::select! {
            frame = stream.next() => {
                let Some(Ok(frame)) = frame else { break };
                let text = match frame {
                    WsMessage::Text(text) => text,
                    WsMessage::Close(_) => break,
                    _ => continue,
                };
                let reply = match serde_json::from_str::<Incoming>(text.as_str()) {
                    Ok(Incoming::Send { conversation_id, client_msg_id, body, internal }) => {
                        match queue_send(&state, &principal, &mut known, &conversation_id, &client_msg_id, &body, internal).await {
                            Ok(wait) => {
                                pending.push_back(Box::pin(async move { (client_msg_id, wait.await) }));
                                None
                            }
                            Err(error) => Some(json(&Outgoing::Error { client_msg_id: Some(&client_msg_id), code: error.code() })),
                        }
                    }
                    Ok(incoming) => handle(&state, &principal, incoming, &mut delivered, &mut sink).await,
                    Err(_) => Some(json(&Outgoing::Error { client_msg_id: None, code: "bad_frame" })),
                };
                if let Some(reply) = reply
                    && sink.send(WsMessage::Text(reply.into())).await.is_err()
                {
                    break;
                }
            }
            Some((client_msg_id, result)) = pending.next(), if !pending.is_empty() => {
                let reply = match result {
                    Ok(appended) => json(&Outgoing::Ack { client_msg_id: &client_msg_id, seq: appended.seq }),
                    Err(error) => json(&Outgoing::Error { client_msg_id: Some(&client_msg_id), code: WebError::from(error).code() }),
                };
                if sink.send(WsMessage::Text(reply.into())).await.is_err() {
                    break;
                }
            }
            event = events.recv() => {
                match event {
                    Ok(event) => {
                        if principal.is_client() && !visible_to_client(&event) {
                            continue;
                        }
                        if let ChatEvent::Message { conversation_id, seq, .. } = event.as_ref() {
                            // Events from other instances may overtake each other: a gap is filled from the
                            // database (where everything announced is already committed), in order.
                            if let Some(last) = delivered.last(conversation_id)
                                && *seq > last + 1
                            {
                                if catch_up(&state, &principal, conversation_id, last, &mut delivered, &mut sink).await.is_err() {
                                    break;
                                }
                                continue;
                            }
                            if !delivered.take(conversation_id, *seq) {
                                continue;
                            }
                        }
                        if sink.send(WsMessage::Text(json(event.as_ref()).into())).await.is_err() {
                            break;
                        }
                    }
                    // Too slow to keep up: the client reconnects and catches up from its last seq.
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => break,
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
                }
            }
        }
    }
}

/// Checks a send frame and queues it; the returned wait resolves at commit.
async fn queue_send(
    state: &AppState,
    principal: &ChatPrincipal,
    known: &mut std::collections::HashMap<String, Conversation>,
    conversation_id: &str,
    client_msg_id: &str,
    body: &str,
    internal: bool,
) -> Result<impl std::future::Future<Output = Result<Appended, SendError>> + Send + 'static, WebError> {
    chat::check_message_id(client_msg_id).map_err(ChatError::from)?;
    let body = chat::check_body(body).map_err(ChatError::from)?;
    if internal && principal.is_client() {
        return Err(invalid("internal", "staff_only"));
    }
    let conversation = match known.get(conversation_id) {
        Some(found) => found.clone(),
        None => {
            let found = principal.conversation(state, conversation_id).await?;
            known.insert(conversation_id.to_string(), found.clone());
            found
        }
    };
    let (sender, author) = match principal {
        ChatPrincipal::Client { .. } => (SenderKind::Client, None),
        ChatPrincipal::Staff { user, .. } => (SenderKind::Staff, Some(user.clone())),
    };
    let committed = state
        .chat_writer
        .enqueue(NewMessage {
            tenant_id: conversation.tenant_id.clone(),
            conversation_id: conversation.id.clone(),
            sender,
            author,
            client_msg_id: client_msg_id.to_string(),
            internal,
            body: body.clone(),
            sent_at: state.clock.now(),
            attachment_id: None,
        })
        .await?;
    // The guard reads every client message, here too (as in `send_as`), once it is stored.
    let guard = principal.is_client().then(|| (state.clone(), conversation, body));
    Ok(async move {
        let result = committed.await;
        if let (Ok(appended), Some((state, conversation, body))) = (&result, guard)
            && !appended.duplicate
        {
            tokio::spawn(crate::assistant::guard_client_message(state, conversation, body));
        }
        result
    })
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "{}".to_string())
}

type Sink = futures_util::stream::SplitSink<WebSocket, WsMessage>;

async fn catch_up(
    state: &AppState,
    principal: &ChatPrincipal,
    conversation_id: &str,
    after: i64,
    delivered: &mut Delivered,
    sink: &mut Sink,
) -> Result<(), WebError> {
    let conversation = principal.conversation(state, conversation_id).await?;
    let key_id = chat_service::client_key_id(state.store.as_ref(), &conversation).await?;
    let key = state
        .keyring
        .open_data_key(&conversation.tenant_id, &key_id, state.clock.now())
        .await
        .map_err(|_| WebError::NotFound)?;
    let mut from = after.max(0);
    delivered.0.entry(conversation_id.to_string()).and_modify(|d| *d = (*d).max(from)).or_insert(from);
    loop {
        let page = state.store.messages_after(&conversation.tenant_id, &conversation.id, from, PAGE).await?;
        let Some(last) = page.last().map(|m| m.seq) else { break };
        for message in &page {
            if principal.is_client() && message.internal {
                delivered.take(conversation_id, message.seq);
                continue;
            }
            if !delivered.take(conversation_id, message.seq) {
                continue;
            }
            if let Some(event) = event_of(&key, message) {
                sink.send(WsMessage::Text(json(&event).into())).await.map_err(|_| WebError::Unavailable)?;
            }
        }
        from = last;
    }
    Ok(())
}

async fn handle(
    state: &AppState,
    principal: &ChatPrincipal,
    incoming: Incoming,
    delivered: &mut Delivered,
    sink: &mut Sink,
) -> Option<String> {
    match incoming {
        Incoming::Send { .. } => None, // handled by the connection loop
        Incoming::Read { conversation_id, seq } => {
            let result = match principal.conversation(state, &conversation_id).await {
                Ok(conversation) => mark_read(state, principal, &conversation, seq).await,
                Err(e) => Err(e),
            };
            result.err().map(|e| json(&Outgoing::Error { client_msg_id: None, code: e.code() }))
        }
        Incoming::Resume { conversation_id, after_seq } => {
            match catch_up(state, principal, &conversation_id, after_seq, delivered, sink).await {
                Ok(()) => None,
                Err(e) => Some(json(&Outgoing::Error { client_msg_id: None, code: e.code() })),
            }
        }
        Incoming::Ping => Some(json(&Outgoing::Pong)),
    }
}

// --- Server-Sent Events (the fallback where WebSockets are blocked) ------------------------------------------

/// The same events as the WebSocket, as `text/event-stream`, for a client's conversation (send with POST
/// `/api/v1/conversations/{id}/messages`). Catches up from `after_seq` first.
#[utoipa::path(get, path = "/api/v1/chat/events", tag = "chat", params(TokenQuery),
    responses((status = 200, description = "text/event-stream of message and read events"), (status = 401, body = ErrorBody)))]
pub async fn events(
    State(state): State<AppState>,
    principal: ChatPrincipal,
    Query(query): Query<TokenQuery>,
) -> Result<Response, WebError> {
    let conversation = match (&principal, &query.conversation_id) {
        (ChatPrincipal::Client { conversation, .. }, _) => conversation.to_string(),
        (ChatPrincipal::Staff { .. }, Some(id)) => id.clone(),
        (ChatPrincipal::Staff { .. }, None) => return Err(invalid("conversation_id", "required")),
    };
    let conversation = principal.conversation(&state, &conversation).await?;
    // Subscribed before the backlog is read, so nothing committed in between is missed.
    let live = state.chat_hub.follow_conversation(&conversation.id);
    let backlog =
        load_messages(&state, &conversation, query.after_seq.unwrap_or(0).max(0), principal.is_client()).await?;
    let stream = event_stream(backlog, conversation.id.to_string(), principal.is_client(), live);
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()).into_response())
}

fn event_stream(
    backlog: Vec<MessageOut>,
    conversation_id: String,
    for_client: bool,
    receiver: tokio::sync::broadcast::Receiver<Arc<ChatEvent>>,
) -> impl futures_util::Stream<Item = Result<Event, std::convert::Infallible>> + Send + 'static {
    let mut last = 0_i64;
    let first: Vec<Result<Event, std::convert::Infallible>> = backlog
        .into_iter()
        .map(|m| {
            last = last.max(m.seq);
            let event = ChatEvent::Message {
                conversation_id: conversation_id.clone(),
                seq: m.seq,
                sender: match m.sender.as_str() {
                    "client" => "client",
                    "staff" => "staff",
                    _ => "system",
                },
                body: m.body,
                sent_at: m.sent_at,
                internal: m.internal,
                attachment_id: m.attachment_id,
            };
            Ok(Event::default().data(json(&event)))
        })
        .collect();
    let live = futures_util::stream::unfold((receiver, last), move |(mut receiver, mut last)| async move {
        loop {
            match receiver.recv().await {
                Ok(event) => {
                    if for_client && !visible_to_client(&event) {
                        continue;
                    }
                    if let ChatEvent::Message { seq, .. } = event.as_ref() {
                        if *seq <= last {
                            continue;
                        }
                        last = *seq;
                    }
                    return Some((Ok(Event::default().data(json(event.as_ref()))), (receiver, last)));
                }
                Err(_) => return None,
            }
        }
    });
    futures_util::stream::iter(first).chain(live)
}

// --- The counselors' inbox ------------------------------------------------------------------------------------

#[derive(Debug, Deserialize, IntoParams)]
pub struct InboxQuery {
    /// `unassigned`, `mine`, `team` (assigned to a member of the caller's team) or empty for all.
    #[serde(default)]
    pub filter: String,
    #[serde(default)]
    pub lang: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub offset: u32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ConversationOut {
    pub id: String,
    pub client_id: String,
    pub case_id: Option<String>,
    pub channel: String,
    pub language: String,
    pub topic: Option<String>,
    pub assigned_to: Option<String>,
    pub last_seq: i64,
    /// Messages the staff side has not read yet.
    pub unread: i64,
    /// Unix milliseconds.
    pub last_message_at: i64,
}

pub fn conversation_out(c: &Conversation) -> ConversationOut {
    ConversationOut {
        id: c.id.to_string(),
        client_id: c.client_id.to_string(),
        case_id: c.case_id.as_ref().map(ToString::to_string),
        channel: c.channel.as_str().to_string(),
        language: c.language.clone(),
        topic: c.topic.map(|t| t.as_str().to_string()),
        assigned_to: c.assigned_to.as_ref().map(ToString::to_string),
        last_seq: c.last_seq,
        unread: (c.last_seq - c.staff_read_seq).max(0),
        last_message_at: c.last_message_at.as_millis(),
    }
}

/// The filter for the query; `my_team` is the caller's team from their routing profile.
pub fn inbox_filter(query: &InboxQuery, me: &lotse_core::UserId, my_team: &str) -> ConversationFilter {
    ConversationFilter {
        // A caller without a team sees nobody's team: a name no profile has.
        team: (query.filter == "team")
            .then(|| if my_team.is_empty() { "\u{0}".to_string() } else { my_team.to_string() }),
        unassigned: query.filter == "unassigned",
        assigned_to: (query.filter == "mine").then(|| me.clone()),
        language: Some(query.lang.trim().to_string()).filter(|l| !l.is_empty()),
        topic: Some(query.topic.trim().to_string()).filter(|t| !t.is_empty()),
    }
}

/// The inbox: conversations of every channel, latest first, 50 per page.
#[utoipa::path(get, path = "/api/v1/conversations", tag = "chat", security(("bearer" = [])), params(InboxQuery),
    responses((status = 200, body = Vec<ConversationOut>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Query(query): Query<InboxQuery>,
) -> Result<Json<Vec<ConversationOut>>, WebError> {
    principal.require(Action::HandleClientData)?;
    let team = state
        .store
        .counselor_profile(&principal.tenant.id, &principal.user.id)
        .await
        .map(|p| p.team)
        .unwrap_or_default();
    let filter = inbox_filter(&query, &principal.user.id, &team);
    let page =
        state.store.list_conversations(&principal.tenant.id, &filter, PageRequest::new(query.offset, 50)).await?;
    Ok(Json(page.items.iter().map(conversation_out).collect()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssignConversation {
    /// A colleague's id, or null for nobody.
    pub user_id: Option<String>,
}

/// Assigns a conversation to a colleague (or to nobody).
#[utoipa::path(post, path = "/api/v1/conversations/{id}/assign", tag = "chat", security(("bearer" = [])),
    params(("id" = String, Path, description = "Conversation id")), request_body = AssignConversation,
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn assign(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<AssignConversation>, WebError>,
) -> Result<StatusCode, WebError> {
    principal.require(Action::HandleClientData)?;
    let id = ConversationId::parse(&id).ok_or(WebError::NotFound)?;
    state.store.conversation(&principal.tenant.id, &id).await?;
    let ApiJson(input) = input?;
    let user = match input.user_id.as_deref() {
        Some(text) => Some(lotse_core::UserId::parse(text).ok_or_else(|| invalid("user_id", "invalid"))?),
        None => None,
    };
    state.store.assign_conversation(&principal.tenant.id, &id, user.as_ref()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkCase {
    /// A case of the conversation's client, or null to unlink.
    pub case_id: Option<String>,
}

/// Links the conversation to a case of its client.
#[utoipa::path(post, path = "/api/v1/conversations/{id}/case", tag = "chat", security(("bearer" = [])),
    params(("id" = String, Path, description = "Conversation id")), request_body = LinkCase,
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn link_case(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<LinkCase>, WebError>,
) -> Result<StatusCode, WebError> {
    principal.require(Action::HandleClientData)?;
    let id = ConversationId::parse(&id).ok_or(WebError::NotFound)?;
    state.store.conversation(&principal.tenant.id, &id).await?;
    let ApiJson(input) = input?;
    let case = match input.case_id.as_deref() {
        Some(text) => Some(lotse_core::CaseId::parse(text).ok_or_else(|| invalid("case_id", "invalid"))?),
        None => None,
    };
    state.store.link_conversation_case(&principal.tenant.id, &id, case.as_ref()).await?;
    Ok(StatusCode::NO_CONTENT)
}

// --- Files ------------------------------------------------------------------------------------------------

#[derive(Debug, Deserialize, IntoParams)]
pub struct AttachmentQuery {
    /// The sender's own id for the message that carries the file (as for text messages); required.
    #[serde(default)]
    pub client_msg_id: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AttachmentAck {
    pub client_msg_id: String,
    pub seq: i64,
    pub attachment_id: String,
}

impl From<lotse_core::chat_attachment::AttachmentProblem> for WebError {
    fn from(problem: lotse_core::chat_attachment::AttachmentProblem) -> Self {
        use lotse_core::chat_attachment::AttachmentProblem;
        match problem {
            AttachmentProblem::Type => invalid("file", "type"),
            AttachmentProblem::Size => invalid("file", "size"),
            AttachmentProblem::Damaged => invalid("file", "damaged"),
            AttachmentProblem::Store(e) => e.into(),
            AttachmentProblem::Key(_) => WebError::NotFound,
            AttachmentProblem::Files(lotse_core::document::AttachmentError::NotFound) => WebError::NotFound,
            AttachmentProblem::Files(e) => WebError::Internal(e.to_string()),
        }
    }
}

/// Sends a picture (JPEG, PNG; metadata removed) or a PDF file, at most 5 MB, as a message (multipart, part
/// `file`). The type is taken from the content, not from the name.
#[utoipa::path(post, path = "/api/v1/conversations/{id}/attachments", tag = "chat", security(("bearer" = [])),
    params(("id" = String, Path, description = "Conversation id"), AttachmentQuery),
    request_body(content_type = "multipart/form-data", description = "a part named `file`"),
    responses((status = 201, body = AttachmentAck), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn upload_attachment(
    State(state): State<AppState>,
    principal: ChatPrincipal,
    Path(id): Path<String>,
    query: Result<Query<AttachmentQuery>, axum::extract::rejection::QueryRejection>,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<(StatusCode, Json<AttachmentAck>), WebError> {
    let conversation = principal.conversation(&state, &id).await?;
    let Query(query) = query.map_err(|_| invalid("client_msg_id", "invalid"))?;
    chat::check_message_id(&query.client_msg_id).map_err(ChatError::from)?;
    let upload = crate::api::documents::read_upload(multipart.map_err(|_| WebError::BadRequest)?).await?;
    let now = state.clock.now();
    let (attachment, name) = lotse_core::chat_attachment::upload(
        state.store.as_ref(),
        &state.keyring,
        state.attachments.as_ref(),
        &conversation,
        &upload.file_name,
        &upload.bytes,
        now,
    )
    .await?;
    let (sender, author) = match &principal {
        ChatPrincipal::Client { .. } => (SenderKind::Client, None),
        ChatPrincipal::Staff { user, .. } => (SenderKind::Staff, Some(user.clone())),
    };
    let appended = state
        .chat_writer
        .send(NewMessage {
            tenant_id: conversation.tenant_id.clone(),
            conversation_id: conversation.id.clone(),
            sender,
            author,
            client_msg_id: query.client_msg_id.clone(),
            internal: false,
            body: format!("📎 {name}"),
            sent_at: now,
            attachment_id: Some(attachment.id.clone()),
        })
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(AttachmentAck { client_msg_id: query.client_msg_id, seq: appended.seq, attachment_id: attachment.id }),
    ))
}

/// A file of the conversation, as sent (pictures without their metadata).
#[utoipa::path(get, path = "/api/v1/conversations/{id}/attachments/{attachment}", tag = "chat", security(("bearer" = [])),
    params(("id" = String, Path, description = "Conversation id"), ("attachment" = String, Path, description = "Attachment id")),
    responses((status = 200, description = "the file"), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn download_attachment(
    State(state): State<AppState>,
    principal: ChatPrincipal,
    Path((id, attachment)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let conversation = principal.conversation(&state, &id).await?;
    let attachment = uuid::Uuid::parse_str(&attachment).map_err(|_| WebError::NotFound)?.to_string();
    let (name, content_type, bytes) = lotse_core::chat_attachment::download(
        state.store.as_ref(),
        &state.keyring,
        state.attachments.as_ref(),
        &conversation,
        &attachment,
        state.clock.now(),
    )
    .await?;
    audit_staff_read(&state, &principal, &conversation).await?;
    Ok(crate::api::documents::attachment_response(&name, &content_type, bytes))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MoveToClient {
    /// An existing client of the tenant.
    pub client_id: String,
}

/// Links the conversation to another (known) client: everything in it is re-sealed with that client's key.
#[utoipa::path(post, path = "/api/v1/conversations/{id}/client", tag = "chat", security(("bearer" = [])),
    params(("id" = String, Path, description = "Conversation id")), request_body = MoveToClient,
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn move_to_client(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<MoveToClient>, WebError>,
) -> Result<StatusCode, WebError> {
    principal.require(Action::HandleClientData)?;
    let id = ConversationId::parse(&id).ok_or(WebError::NotFound)?;
    let conversation = state.store.conversation(&principal.tenant.id, &id).await?;
    let ApiJson(input) = input?;
    let target = lotse_core::ClientId::parse(&input.client_id).ok_or_else(|| invalid("client_id", "invalid"))?;
    link_client(&state, &principal.tenant.id, &principal.user.id, &conversation, &target).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Moves the conversation to `target` and records it (shared by the API and the inbox page).
pub async fn link_client(
    state: &AppState,
    tenant: &TenantId,
    actor: &lotse_core::UserId,
    conversation: &Conversation,
    target: &lotse_core::ClientId,
) -> Result<(), WebError> {
    chat_service::move_to_client(
        state.store.as_ref(),
        &state.keyring,
        state.attachments.as_ref(),
        conversation,
        target,
        state.clock.now(),
    )
    .await?;
    state
        .auditor
        .log(
            Some(tenant),
            Some(actor),
            "conversation.link_client",
            "client",
            target.as_str(),
            "counseling",
            conversation.id.as_str(),
        )
        .await?;
    Ok(())
}
