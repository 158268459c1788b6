//! The portal chat for clients: choose a language and topic, get an access code, write. Works without
//! JavaScript (forms and a reload link); with it, `static/js/chat.js` sends and receives over the WebSocket,
//! reconnects and catches up. The client token lives in an HttpOnly cookie scoped to the chat.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use lotse_core::case::Topic;
use lotse_core::chat_service;
use serde::Deserialize;

use crate::AppState;
use crate::api::chat::{CHAT_COOKIE, ChatPrincipal, MessageOut, chat_tenant, load_messages, new_client_token, send_as};
use crate::ctx::{ClientAddress, PageCtx};
use crate::errors::{WebError, page_with_status};
use crate::i18n::Locale;
use crate::pages::{FormResult, fields, see_other};

#[derive(Template, WebTemplate)]
#[template(path = "chat_start.html")]
pub struct ChatStartPage {
    ctx: PageCtx,
    languages: Vec<(&'static str, &'static str, bool)>,
    topics: Vec<(&'static str, String)>,
    message: Option<String>,
}

fn start_page(ctx: PageCtx, message: Option<String>) -> ChatStartPage {
    let current = ctx.locale;
    ChatStartPage {
        languages: Locale::ALL.iter().map(|l| (l.code(), l.endonym(), *l == current)).collect(),
        topics: Topic::ALL.iter().map(|t| (t.as_str(), ctx.t(&format!("topic-{}", t.as_str())))).collect(),
        message,
        ctx,
    }
}

pub async fn chat_start_page(ctx: PageCtx) -> ChatStartPage {
    start_page(ctx, None)
}

fn cookie(state: &AppState, token: &str) -> Result<HeaderValue, WebError> {
    let secure = if state.config.behind_tls() { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{CHAT_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=2592000{secure}"))
        .map_err(|_| WebError::BadRequest)
}

#[derive(Debug, Deserialize)]
pub struct StartForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    topic: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "chat_code.html")]
pub struct ChatCodePage {
    ctx: PageCtx,
    code: String,
}

pub async fn start_chat(
    State(state): State<AppState>,
    ctx: PageCtx,
    form: FormResult<StartForm>,
) -> Result<Response, WebError> {
    let form = fields(form)?;
    let tenant = chat_tenant(&state).await?;
    let now = state.clock.now();
    let today = lotse_core::knowledge_service::today(now).to_string();
    let topic = Some(form.topic.as_str()).filter(|t| !t.is_empty());
    let started = match chat_service::start(
        state.store.as_ref(),
        &state.keyring,
        &tenant,
        &form.lang,
        topic,
        &today,
        now,
    )
    .await
    {
        Ok(started) => started,
        Err(chat_service::ChatError::Language | chat_service::ChatError::Topic) => {
            let message = ctx.t("chat-start-invalid");
            return Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, start_page(ctx, Some(message))));
        }
        Err(other) => return Err(other.into()),
    };
    let token = new_client_token(&state, &started.conversation).await?;
    state
        .auditor
        .log(
            Some(&tenant),
            None,
            "chat.start",
            "client",
            started.conversation.client_id.as_str(),
            "counseling",
            "portal",
        )
        .await?;
    // The page in the language the person chose.
    let ctx = match Locale::from_code(&form.lang) {
        Some(locale) => PageCtx { locale, ..ctx },
        None => ctx,
    };
    let mut response = ChatCodePage { code: started.access_code, ctx }.into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie(&state, &token)?);
    Ok(response)
}

#[derive(Debug, Deserialize)]
pub struct ResumeForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    password: String,
}

pub async fn resume_chat(
    State(state): State<AppState>,
    ctx: PageCtx,
    address: ClientAddress,
    form: FormResult<ResumeForm>,
) -> Result<Response, WebError> {
    let form = fields(form)?;
    if let crate::ratelimit::Decision::Limited { retry_after_secs } =
        state.login_limiter.check(&format!("chat-resume:{}", address.0), state.clock.now().as_millis())
    {
        return Err(WebError::TooManyRequests { retry_after_secs });
    }
    match chat_service::resume(state.store.as_ref(), &form.code, &form.password).await {
        Ok(conversation) => {
            let token = new_client_token(&state, &conversation).await?;
            let mut response = see_other("/chat/c");
            response.headers_mut().insert(header::SET_COOKIE, cookie(&state, &token)?);
            Ok(response)
        }
        Err(chat_service::ChatError::WrongCode) => {
            let message = ctx.t("chat-resume-wrong");
            Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, start_page(ctx, Some(message))))
        }
        Err(other) => Err(other.into()),
    }
}

pub struct Line {
    pub seq: i64,
    pub mine: bool,
    pub body: String,
    pub time: String,
    /// The file sent with the message, if any.
    pub attachment: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "chat.html")]
pub struct ChatPage {
    ctx: PageCtx,
    conversation_id: String,
    lines: Vec<Line>,
    last_seq: i64,
    staff_read_seq: i64,
    next_id: String,
    message: Option<String>,
    /// The client asked to be told of answers by e-mail (and the consent is active).
    notify_on: bool,
}

pub fn lines(messages: Vec<MessageOut>, mine: &str) -> Vec<Line> {
    messages
        .into_iter()
        .map(|m| Line {
            seq: m.seq,
            mine: m.sender == mine,
            time: lotse_core::appointment::format_local(lotse_core::Timestamp(m.sent_at))
                .map(|(l, _)| l.get(11..16).unwrap_or("").to_string())
                .unwrap_or_default(),
            body: m.body,
            attachment: m.attachment_id,
        })
        .collect()
}

async fn client_principal(state: &AppState, headers: &HeaderMap) -> Option<ChatPrincipal> {
    let token = crate::ctx::cookie_value(headers, CHAT_COOKIE)?;
    let digest = lotse_core::secret_token::digest_presented(&token)?;
    let (tenant, conversation) = state.store.chat_session(&digest.0, state.clock.now()).await.ok()?;
    Some(ChatPrincipal::Client { tenant, conversation })
}

async fn chat_view(state: &AppState, ctx: PageCtx, principal: &ChatPrincipal) -> Result<ChatPage, WebError> {
    let ChatPrincipal::Client { tenant, conversation } = principal else { return Err(WebError::Forbidden) };
    let conversation = state.store.conversation(tenant, conversation).await?;
    let messages = load_messages(state, &conversation, 0, true).await?;
    let notify_on = state
        .store
        .consents(tenant, &conversation.client_id)
        .await?
        .iter()
        .any(|c| c.purpose == lotse_core::client::ConsentPurpose::ContactEmail && c.is_active());
    let ctx = match Locale::from_code(&conversation.language) {
        Some(locale) => PageCtx { locale, ..ctx },
        None => ctx,
    };
    Ok(ChatPage {
        conversation_id: conversation.id.to_string(),
        last_seq: messages.last().map(|m| m.seq).unwrap_or(0),
        staff_read_seq: conversation.staff_read_seq,
        lines: lines(messages, "client"),
        next_id: format!("f-{}", uuid::Uuid::now_v7().simple()),
        message: None,
        notify_on,
        ctx,
    })
}

pub async fn chat_page(State(state): State<AppState>, ctx: PageCtx, headers: HeaderMap) -> Result<Response, WebError> {
    match client_principal(&state, &headers).await {
        Some(principal) => Ok(chat_view(&state, ctx, &principal).await?.into_response()),
        None => Ok(see_other("/chat")),
    }
}

#[derive(Debug, Deserialize)]
pub struct SendForm {
    #[serde(default)]
    client_msg_id: String,
    #[serde(default)]
    body: String,
}

/// The form fallback: the hidden id makes a double submit store the message once.
pub async fn send_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    form: FormResult<SendForm>,
) -> Result<Response, WebError> {
    let Some(principal) = client_principal(&state, &headers).await else { return Ok(see_other("/chat")) };
    let form = fields(form)?;
    let ChatPrincipal::Client { tenant, conversation } = &principal else { return Err(WebError::Forbidden) };
    let conversation = state.store.conversation(tenant, conversation).await?;
    match send_as(&state, &principal, &conversation, &form.client_msg_id, &form.body, false).await {
        Ok(_) => Ok(see_other("/chat/c#end")),
        Err(WebError::InvalidInput(_)) => {
            let mut page = chat_view(&state, ctx, &principal).await?;
            page.message = Some(page.ctx.t("chat-message-invalid"));
            Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page))
        }
        Err(other) => Err(other),
    }
}

/// The web app manifest, so the chat can be installed on a phone's home screen.
pub async fn manifest(ctx: PageCtx) -> Response {
    let body = serde_json::json!({
        "name": ctx.t("chat-app-name"),
        "short_name": "Lotse",
        "start_url": "/chat/c",
        "scope": "/chat",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5563",
        "lang": ctx.locale.code(),
        "dir": ctx.locale.dir(),
        "icons": [{"src": ctx.asset("img/lotse.svg"), "sizes": "any", "type": "image/svg+xml"}],
    });
    let mut response = body.to_string().into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/manifest+json"));
    response
}

#[derive(Debug, Deserialize)]
pub struct NotifyForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    consent: Option<String>,
}

/// The client gives an address and consents to e-mail: stored in the sealed profile and as a consent record
/// (current form version, in the conversation's language).
pub async fn notify_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    form: FormResult<NotifyForm>,
) -> Result<Response, WebError> {
    let Some(principal) = client_principal(&state, &headers).await else { return Ok(see_other("/chat")) };
    let form = fields(form)?;
    let ChatPrincipal::Client { tenant, conversation } = &principal else { return Err(WebError::Forbidden) };
    let conversation = state.store.conversation(tenant, conversation).await?;
    let (Ok(address), true) = (lotse_core::Email::parse(&form.email), form.consent.is_some()) else {
        let mut page = chat_view(&state, ctx, &principal).await?;
        page.message = Some(page.ctx.t("chat-notify-invalid"));
        return Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page));
    };
    let now = state.clock.now();
    lotse_core::client_service::set_email(
        state.store.as_ref(),
        &state.keyring,
        tenant,
        &conversation.client_id,
        &address,
        now,
    )
    .await
    .map_err(|_| WebError::NotFound)?;
    let consent = lotse_core::client::Consent {
        id: uuid::Uuid::now_v7().to_string(),
        client_id: conversation.client_id.clone(),
        purpose: lotse_core::client::ConsentPurpose::ContactEmail,
        legal_basis: lotse_core::client::LegalBasis::Consent,
        form_version: lotse_core::client::CONSENT_FORM_VERSION.to_string(),
        language: conversation.language.clone(),
        given_at: now,
        withdrawn_at: None,
    };
    state.store.add_consent(tenant, &consent).await?;
    state
        .auditor
        .log(
            Some(tenant),
            None,
            "consent.give",
            "client",
            conversation.client_id.as_str(),
            "counseling",
            "contact_email",
        )
        .await?;
    Ok(see_other("/chat/c#notify"))
}

/// A file from the chat page (form upload; the page's hidden id makes a repeated submit store it once).
pub async fn upload_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, WebError> {
    let Some(principal) = client_principal(&state, &headers).await else { return Ok(see_other("/chat")) };
    let ChatPrincipal::Client { tenant, conversation } = &principal else { return Err(WebError::Forbidden) };
    let conversation = state.store.conversation(tenant, conversation).await?;
    let upload = crate::api::documents::read_upload(multipart.map_err(|_| WebError::BadRequest)?).await;
    let stored = match upload {
        Ok(upload) => {
            lotse_core::chat_attachment::upload(
                state.store.as_ref(),
                &state.keyring,
                state.attachments.as_ref(),
                &conversation,
                &upload.file_name,
                &upload.bytes,
                state.clock.now(),
            )
            .await
        }
        Err(_) => Err(lotse_core::chat_attachment::AttachmentProblem::Type),
    };
    match stored {
        Ok((attachment, name)) => {
            state
                .chat_writer
                .send(lotse_core::chat::NewMessage {
                    tenant_id: conversation.tenant_id.clone(),
                    conversation_id: conversation.id.clone(),
                    sender: lotse_core::chat::SenderKind::Client,
                    author: None,
                    client_msg_id: format!("file-{}", attachment.id.replace('-', "")),
                    internal: false,
                    body: format!("📎 {name}"),
                    sent_at: state.clock.now(),
                    attachment_id: Some(attachment.id),
                })
                .await?;
            Ok(see_other("/chat/c#end"))
        }
        Err(lotse_core::chat_attachment::AttachmentProblem::Store(e)) => Err(e.into()),
        Err(_) => {
            let mut page = chat_view(&state, ctx, &principal).await?;
            page.message = Some(page.ctx.t("chat-file-invalid"));
            Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page))
        }
    }
}

/// The service worker of the installable chat: pages come from the network (they hold live data) and fall back
/// to the last copy when the phone is offline, so the app opens and shows the conversation as last seen.
const SERVICE_WORKER: &str = r#"'use strict';
const CACHE = 'lotse-chat-v1';
self.addEventListener('install', (event) => { self.skipWaiting(); });
self.addEventListener('activate', (event) => { event.waitUntil(self.clients.claim()); });
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).pathname.startsWith('/api/')) { return; }
  event.respondWith(
    fetch(request).then((response) => {
      if (response.ok) { const copy = response.clone(); caches.open(CACHE).then((cache) => cache.put(request, copy)); }
      return response;
    }).catch(() => caches.match(request).then((cached) => cached || caches.match('/chat')))
  );
});
"#;

pub async fn service_worker() -> Response {
    let mut response = SERVICE_WORKER.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    // The start page is /chat itself, one level above the script.
    headers.insert("service-worker-allowed", HeaderValue::from_static("/chat"));
    response
}
