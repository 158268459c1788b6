//! The counselors' inbox: conversations of every channel with filters, one conversation with its messages
//! (internal notes marked), replies, quick replies in the client's language, assignment, and the link to the
//! client and a case. Live updates through `static/js/chat.js` on the staff session.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use lotse_core::policy::Action;
use lotse_core::{ConversationId, PageRequest};
use serde::Deserialize;

use crate::AppState;
use crate::api::chat::{ChatPrincipal, InboxQuery, inbox_filter, load_messages, send_as};
use crate::auth::{AuthRejection, Staff};
use crate::ctx::PageCtx;
use crate::errors::{WebError, page_with_status};
use crate::i18n::Locale;
use crate::pages::chat::{Line, lines};
use crate::pages::{FormResult, fields, see_other};

pub struct Row {
    pub id: String,
    pub alias: String,
    pub channel: String,
    pub language: String,
    pub topic: String,
    pub unread: i64,
    pub assignee: String,
    pub when: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "inbox.html")]
pub struct InboxPage {
    ctx: PageCtx,
    rows: Vec<Row>,
    filter: String,
    lang: String,
    topic: String,
    topics: Vec<(&'static str, String)>,
    has_team: bool,
    offset: u32,
    more: bool,
}

const PER_PAGE: u32 = 50;

pub async fn inbox(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Query(query): Query<InboxQuery>,
) -> Result<InboxPage, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let tenant = &staff.tenant.id;
    let team = state.store.counselor_profile(tenant, &staff.user.id).await.map(|p| p.team).unwrap_or_default();
    let filter = inbox_filter(&query, &staff.user.id, &team);
    let page = state
        .store
        .list_conversations(tenant, &filter, PageRequest::new(query.offset, PER_PAGE))
        .await
        .map_err(WebError::from)?;
    let mut rows = Vec::new();
    for c in &page.items {
        let alias = state.store.client(tenant, &c.client_id).await.map(|s| s.client.alias).unwrap_or_default();
        let assignee = match &c.assigned_to {
            Some(user) => state.store.user(tenant, user).await.map(|u| u.display_name).unwrap_or_default(),
            None => ctx.t("case-queue-nobody"),
        };
        rows.push(Row {
            id: c.id.to_string(),
            alias,
            channel: ctx.t(&format!("inbox-channel-{}", c.channel.as_str())),
            language: c.language.clone(),
            topic: c.topic.map(|t| ctx.t(&format!("topic-{}", t.as_str()))).unwrap_or_default(),
            unread: (c.last_seq - c.staff_read_seq).max(0),
            assignee,
            when: crate::pages::audit::format_time(c.last_message_at).get(..16).unwrap_or("").to_string(),
        });
    }
    state
        .auditor
        .log(Some(tenant), Some(&staff.user.id), "conversation.list", "conversation", "", "counseling", "")
        .await
        .map_err(WebError::from)?;
    Ok(InboxPage {
        more: u64::from(query.offset) + u64::from(PER_PAGE) < page.total,
        rows,
        filter: query.filter.clone(),
        lang: query.lang.clone(),
        topic: query.topic.clone(),
        topics: lotse_core::case::Topic::ALL
            .iter()
            .map(|t| (t.as_str(), ctx.t(&format!("topic-{}", t.as_str()))))
            .collect(),
        has_team: !team.is_empty(),
        offset: query.offset,
        ctx: ctx.with_staff(&staff),
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "inbox_conversation.html")]
pub struct ConversationPage {
    ctx: PageCtx,
    csrf: String,
    id: String,
    alias: String,
    client_id: String,
    language: String,
    assigned_to_me: bool,
    lines: Vec<Line>,
    internal_seqs: Vec<i64>,
    last_seq: i64,
    client_read_seq: i64,
    cases: Vec<(String, String, bool)>,
    /// Other clients of the tenant the conversation can be linked to (alias, newest first).
    clients: Vec<(String, String)>,
    quick: Vec<String>,
    next_id: String,
    message: Option<String>,
    flag: Option<String>,
    pub panel: Option<crate::pages::assistant::Panel>,
}

pub async fn conversation_view(
    state: &AppState,
    ctx: PageCtx,
    staff: &Staff,
    id: &str,
    query: &crate::pages::assistant::DraftQuery,
) -> Result<ConversationPage, WebError> {
    let tenant = &staff.tenant.id;
    let id = ConversationId::parse(id).ok_or(WebError::NotFound)?;
    let conversation = state.store.conversation(tenant, &id).await?;
    let messages = load_messages(state, &conversation, 0, false).await?;
    let internal_seqs = messages.iter().filter(|m| m.internal).map(|m| m.seq).collect();
    let client = state.store.client(tenant, &conversation.client_id).await?;
    let now = state.clock.now();
    let mut cases = Vec::new();
    for case in state.store.cases_of_client(tenant, &conversation.client_id).await? {
        let stored = state.store.case(tenant, &case.id).await?;
        let title = lotse_core::case_service::case_title(state.store.as_ref(), &state.keyring, tenant, &stored, now)
            .await
            .ok()
            .flatten()
            .unwrap_or_else(|| ctx.t("case-title"));
        cases.push((case.id.to_string(), title, conversation.case_id.as_ref() == Some(&case.id)));
    }
    let clients = state
        .store
        .list_clients(tenant, PageRequest::new(0, 200))
        .await?
        .items
        .into_iter()
        .filter(|c| c.id != conversation.client_id)
        .map(|c| (c.id.to_string(), c.alias))
        .collect();
    let client_locale = Locale::from_code(&conversation.language).unwrap_or(Locale::De);
    let last_client = messages.iter().rev().find(|m| m.sender == "client").map(|m| m.body.clone()).unwrap_or_default();
    let panel = crate::pages::assistant::panel(
        state,
        &ctx,
        staff,
        crate::pages::assistant::PanelSpec {
            base: format!("/inbox/{id}/assistant"),
            help: Some(format!("/inbox/{id}/language-help")),
            scope_id: id.as_str(),
            client_language: &conversation.language,
            question: last_client,
        },
        query,
    )
    .await?;
    state
        .auditor
        .log(
            Some(tenant),
            Some(&staff.user.id),
            "conversation.read",
            "client",
            conversation.client_id.as_str(),
            "counseling",
            id.as_str(),
        )
        .await?;
    Ok(ConversationPage {
        csrf: staff.csrf_token.clone(),
        id: id.to_string(),
        alias: client.client.alias,
        client_id: conversation.client_id.to_string(),
        language: conversation.language.clone(),
        assigned_to_me: conversation.assigned_to.as_ref() == Some(&staff.user.id),
        last_seq: messages.last().map(|m| m.seq).unwrap_or(0),
        client_read_seq: conversation.client_read_seq,
        lines: lines(messages, "staff"),
        internal_seqs,
        cases,
        clients,
        quick: (1..=3).map(|n| client_locale.t(&format!("inbox-quick-{n}"))).collect(),
        next_id: format!("f-{}", uuid::Uuid::now_v7().simple()),
        message: None,
        flag: conversation.flag.map(|f| ctx.t(&format!("assistant-flag-{}", f.as_str().replace('_', "-")))),
        panel: Some(panel),
        ctx: ctx.with_staff(staff),
    })
}

pub async fn conversation(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    Query(query): Query<crate::pages::assistant::DraftQuery>,
) -> Result<ConversationPage, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    Ok(conversation_view(&state, ctx, &staff, &id, &query).await?)
}

#[derive(Debug, Deserialize)]
pub struct ReplyForm {
    csrf: String,
    #[serde(default)]
    client_msg_id: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    internal: Option<String>,
}

pub async fn reply(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<ReplyForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let conversation_id = ConversationId::parse(&id).ok_or(WebError::NotFound)?;
    let conversation = state.store.conversation(&staff.tenant.id, &conversation_id).await.map_err(WebError::from)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let principal = ChatPrincipal::Staff { tenant: staff.tenant.id.clone(), user: staff.user.id.clone() };
    match send_as(&state, &principal, &conversation, &form.client_msg_id, &form.body, form.internal.is_some()).await {
        Ok(_) => Ok(see_other(&format!("/inbox/{id}#end"))),
        Err(WebError::InvalidInput(_)) => {
            let mut page = conversation_view(&state, ctx, &staff, &id, &Default::default()).await?;
            page.message = Some(page.ctx.t("chat-message-invalid"));
            Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page))
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Debug, Deserialize)]
pub struct AssignForm {
    csrf: String,
    #[serde(default)]
    to: String,
}

pub async fn assign(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<AssignForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let conversation = ConversationId::parse(&id).ok_or(WebError::NotFound)?;
    state.store.conversation(&staff.tenant.id, &conversation).await.map_err(WebError::from)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let to = (form.to == "me").then(|| staff.user.id.clone());
    state.store.assign_conversation(&staff.tenant.id, &conversation, to.as_ref()).await.map_err(WebError::from)?;
    Ok(see_other(&format!("/inbox/{id}")))
}

#[derive(Debug, Deserialize)]
pub struct CaseForm {
    csrf: String,
    #[serde(default)]
    case_id: String,
}

pub async fn link_case(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<CaseForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let conversation = ConversationId::parse(&id).ok_or(WebError::NotFound)?;
    state.store.conversation(&staff.tenant.id, &conversation).await.map_err(WebError::from)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let case = match form.case_id.trim() {
        "" => None,
        other => Some(lotse_core::CaseId::parse(other).ok_or(WebError::NotFound)?),
    };
    state.store.link_conversation_case(&staff.tenant.id, &conversation, case.as_ref()).await.map_err(WebError::from)?;
    Ok(see_other(&format!("/inbox/{id}")))
}

#[derive(Debug, Deserialize)]
pub struct ClientForm {
    csrf: String,
    #[serde(default)]
    client_id: String,
}

/// Links the conversation to a known client (everything re-sealed with that client's key).
pub async fn link_client(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<ClientForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let conversation_id = ConversationId::parse(&id).ok_or(WebError::NotFound)?;
    let conversation = state.store.conversation(&staff.tenant.id, &conversation_id).await.map_err(WebError::from)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let target = lotse_core::ClientId::parse(&form.client_id).ok_or(WebError::NotFound)?;
    crate::api::chat::link_client(&state, &staff.tenant.id, &staff.user.id, &conversation, &target).await?;
    Ok(see_other(&format!("/inbox/{id}")))
}
