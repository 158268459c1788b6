//! Assistant pages: the panel beside a conversation and a case (draft with its citations, exactly what was sent
//! to the provider, accept / edit / discard, language help), and the public portal's question box.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotse_ai::{Draft, Label, Notice, Source};
use lotse_core::assistant::{DraftKind, DraftStatus};
use lotse_core::case::EntryKind;
use lotse_core::knowledge::ContentLang;
use lotse_core::policy::Action;
use lotse_core::{CaseId, ConversationId, DraftId};
use serde::Deserialize;

use crate::AppState;
use crate::api::chat::{ChatPrincipal, send_as};
use crate::assistant::{self, DraftContent, HelpError, Scope};
use crate::auth::{AuthRejection, Staff};
use crate::ctx::PageCtx;
use crate::errors::{FieldError, WebError, page_with_status};
use crate::i18n::Locale;
use crate::pages::{FormResult, fields, see_other};

/// A cited source under an answer.
pub struct SourceView {
    pub n: usize,
    pub title: String,
    pub href: String,
    pub version: u32,
    pub lang: String,
    pub cited: bool,
}

/// A draft as the panel shows it.
pub struct DraftView {
    pub id: String,
    pub is_help: bool,
    pub label: String,
    pub label_code: String,
    pub source: String,
    pub notice: Option<String>,
    /// The answer as HTML paragraphs (escaped, citations as links).
    pub paragraphs: Vec<String>,
    /// The answer as plain text, for editing.
    pub text: String,
    pub question: String,
    pub sources: Vec<SourceView>,
    /// Request bodies sent to the provider, pretty-printed.
    pub sent: Vec<String>,
    pub pseudonymised: String,
    pub mapping: Vec<(String, String)>,
    pub decided: Option<String>,
    pub target_name: String,
}

/// The panel beside a conversation or case.
pub struct Panel {
    /// Form actions: `{base}` creates a draft, `{base}/{draft}` decides, `help` translates.
    pub base: String,
    pub help: Option<String>,
    pub mode: String,
    pub enabled: bool,
    pub has_model: bool,
    pub question: String,
    pub draft: Option<DraftView>,
    pub targets: Vec<(String, String)>,
    pub default_target: String,
    pub message: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
pub struct DraftQuery {
    pub draft: Option<String>,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Paragraphs of an answer with `[n]` turned into links to the source list.
pub fn paragraphs(text: &str, anchor: &str) -> Vec<String> {
    text.split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| link_citations(&escape(p.trim()).replace('\n', "<br>"), anchor))
        .collect()
}

/// `[12]` → a link to `#{anchor}-12` (the text is already escaped; brackets and digits are not touched by it).
fn link_citations(escaped: &str, anchor: &str) -> String {
    let mut out = String::with_capacity(escaped.len());
    let mut rest = escaped;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        if (1..=3).contains(&digits.len()) && after[digits.len()..].starts_with(']') {
            out.push_str(&format!("<a href=\"#{anchor}-{digits}\">[{digits}]</a>"));
            rest = &after[digits.len() + 1..];
        } else {
            out.push('[');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

pub fn sources(draft: &Draft) -> Vec<SourceView> {
    draft
        .passages
        .iter()
        .map(|p| SourceView {
            n: p.n,
            title: p.title.clone(),
            href: format!("/knowledge/{}", p.slug),
            version: p.version,
            lang: p.lang.clone(),
            cited: draft.cited.contains(&p.n),
        })
        .collect()
}

fn label_text(ctx: &PageCtx, label: Label) -> String {
    ctx.t(&format!("assistant-label-{}", label.as_str().to_lowercase().replace('_', "-")))
}

fn notice_text(ctx: &PageCtx, notice: Option<Notice>) -> Option<String> {
    notice.map(|n| {
        ctx.t(match n {
            Notice::NothingFound => "assistant-nothing-found",
            Notice::ProviderUnavailable => "assistant-provider-unavailable",
            Notice::CitationCheckFailed => "assistant-citation-check-failed",
            Notice::HandedToHuman => "assistant-handed-to-human",
        })
    })
}

fn source_text(ctx: &PageCtx, source: Source) -> String {
    ctx.t(match source {
        Source::Model => "assistant-source-model",
        Source::Extractive => "assistant-source-extractive",
        Source::None => "assistant-source-none",
    })
}

fn draft_view(ctx: &PageCtx, stored: &lotse_core::assistant::StoredDraft, content: DraftContent) -> DraftView {
    let d = &content.draft;
    DraftView {
        id: stored.id.to_string(),
        is_help: stored.kind == DraftKind::LanguageHelp,
        label: label_text(ctx, d.label),
        label_code: d.label.as_str().to_string(),
        source: source_text(ctx, d.source),
        notice: notice_text(ctx, d.notice),
        paragraphs: paragraphs(&d.text, "src"),
        text: d.text.clone(),
        question: content.question.clone(),
        sources: sources(d),
        sent: d
            .sent
            .iter()
            .map(|b| {
                serde_json::from_str::<serde_json::Value>(b)
                    .ok()
                    .and_then(|v| serde_json::to_string_pretty(&v).ok())
                    .unwrap_or_else(|| b.clone())
            })
            .collect(),
        pseudonymised: d.pseudonymised_question.clone(),
        mapping: content.mapping.clone(),
        decided: match stored.status {
            DraftStatus::Draft => None,
            other => Some(ctx.t(&format!("assistant-status-{}", other.as_str()))),
        },
        target_name: content.target.as_deref().map(|t| ctx.t(&format!("assistant-target-{t}"))).unwrap_or_default(),
    }
}

const TARGETS: [&str; 8] = ["de-simple", "de", "en", "ar", "uk", "ru", "tr", "fa"];

/// Where a panel sits: its form actions, the conversation or case id, the client's language, the prefilled question.
pub struct PanelSpec<'a> {
    pub base: String,
    pub help: Option<String>,
    pub scope_id: &'a str,
    pub client_language: &'a str,
    pub question: String,
}

/// The panel for a page; opens the draft named in `?draft=` when it belongs to this conversation or case.
pub async fn panel(
    state: &AppState,
    ctx: &PageCtx,
    staff: &Staff,
    spec: PanelSpec<'_>,
    query: &DraftQuery,
) -> Result<Panel, WebError> {
    let PanelSpec { base, help, scope_id, client_language, question } = spec;
    let tenant_ai = state.assistants.for_tenant(&staff.tenant.id);
    let mut draft = None;
    if let Some(id) = query.draft.as_deref().and_then(DraftId::parse) {
        let (stored, content) = assistant::open_draft(state, &staff.tenant.id, &staff.user.id, &id).await?;
        let belongs = stored.conversation_id.as_ref().map(|c| c.as_str()) == Some(scope_id)
            || (stored.conversation_id.is_none() && stored.case_id.as_ref().map(|c| c.as_str()) == Some(scope_id));
        if !belongs {
            return Err(WebError::NotFound);
        }
        draft = Some(draft_view(ctx, &stored, content));
    }
    let default_target = match assistant::content_lang(client_language) {
        Some(ContentLang::De) | None => "de-simple".to_string(),
        Some(other) => other.as_str().to_string(),
    };
    Ok(Panel {
        base,
        help,
        mode: ctx.t(&format!("assistant-mode-{}", tenant_ai.assistant.mode.as_str())),
        enabled: tenant_ai.assistant.mode != lotse_ai::Mode::Off,
        has_model: tenant_ai.assistant.provider().is_some(),
        question,
        draft,
        targets: TARGETS.iter().map(|t| (t.to_string(), ctx.t(&format!("assistant-target-{t}")))).collect(),
        default_target,
        message: None,
    })
}

#[derive(Debug, Deserialize)]
pub struct AskForm {
    csrf: String,
    #[serde(default)]
    question: String,
}

#[derive(Debug, Deserialize)]
pub struct DecideForm {
    csrf: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    text: String,
}

#[derive(Debug, Deserialize)]
pub struct HelpForm {
    csrf: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    target: String,
}

fn invalid(field: &str, code: &str) -> WebError {
    WebError::InvalidInput(vec![FieldError { field: field.into(), code: code.into() }])
}

const MAX_QUESTION: usize = 4000;

/// A counselor's text, trimmed: refused when empty or longer than a message may be.
fn checked_text<'a>(field: &str, text: &'a str) -> Result<&'a str, WebError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(invalid(field, "required"));
    }
    if text.chars().count() > MAX_QUESTION {
        return Err(invalid(field, "too_long"));
    }
    Ok(text)
}

async fn conversation_scope(state: &AppState, staff: &Staff, id: &str) -> Result<Scope, WebError> {
    let id = ConversationId::parse(id).ok_or(WebError::NotFound)?;
    Ok(Scope::Conversation(state.store.conversation(&staff.tenant.id, &id).await?))
}

/// The client's last message, the default question for a draft.
async fn last_client_message(state: &AppState, scope: &Scope) -> Result<String, WebError> {
    let Scope::Conversation(conversation) = scope else { return Ok(String::new()) };
    let messages = crate::api::chat::load_messages(state, conversation, 0, false).await?;
    Ok(messages.iter().rev().find(|m| m.sender == "client").map(|m| m.body.clone()).unwrap_or_default())
}

/// POST /inbox/{id}/assistant: a draft answer to the client's last message (or the counselor's question).
pub async fn draft_for_conversation(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<AskForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let scope = conversation_scope(&state, &staff, &id).await?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let mut question = form.question.trim().to_string();
    if question.is_empty() {
        question = last_client_message(&state, &scope).await?;
    }
    let question = checked_text("question", &question)?;
    let Scope::Conversation(conversation) = &scope else { return Err(WebError::NotFound.into()) };
    let lang = assistant::content_lang(&conversation.language);
    let draft = assistant::draft_answer(&state, &staff.tenant.id, &staff.user.id, &scope, question, lang).await?;
    Ok(see_other(&format!("/inbox/{id}?draft={draft}#assistant")))
}

/// POST /cases/{id}/assistant: a draft answer to a counselor's question about the case.
pub async fn draft_for_case(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<AskForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let case_id = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    let case = state.store.case(&staff.tenant.id, &case_id).await.map_err(WebError::from)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let question = checked_text("question", &form.question)?;
    let scope = Scope::Case { id: case_id, client: case.case.client_id.clone() };
    let draft = assistant::draft_answer(&state, &staff.tenant.id, &staff.user.id, &scope, question, None).await?;
    Ok(see_other(&format!("/cases/{id}?draft={draft}#assistant")))
}

/// POST /inbox/{id}/assistant/{draft}: accept (send, possibly edited, labelled as AI-assisted) or discard.
pub async fn decide_for_conversation(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, draft)): Path<(String, String)>,
    form: FormResult<DecideForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let scope = conversation_scope(&state, &staff, &id).await?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let draft_id = DraftId::parse(&draft).ok_or(WebError::NotFound)?;
    let (stored, _) = assistant::open_draft(&state, &staff.tenant.id, &staff.user.id, &draft_id).await?;
    if stored.conversation_id.as_ref().map(|c| c.as_str()) != Some(id.as_str()) {
        return Err(WebError::NotFound.into());
    }
    let Scope::Conversation(conversation) = &scope else { return Err(WebError::NotFound.into()) };
    match form.action.as_str() {
        "accept" => {
            let text = form.text.trim();
            if text.is_empty() {
                return Err(invalid("text", "required").into());
            }
            let locale = Locale::from_code(&conversation.language).unwrap_or(Locale::De);
            let body = format!("{text}\n\n— {}", assistant::ai_label(locale));
            assistant::decide(&state, &staff.tenant.id, &staff.user.id, &stored, DraftStatus::Accepted).await?;
            let principal = ChatPrincipal::Staff { tenant: staff.tenant.id.clone(), user: staff.user.id.clone() };
            send_as(&state, &principal, conversation, &format!("draft-{draft_id}"), &body, false).await?;
            Ok(see_other(&format!("/inbox/{id}#end")))
        }
        "discard" => {
            assistant::decide(&state, &staff.tenant.id, &staff.user.id, &stored, DraftStatus::Discarded).await?;
            Ok(see_other(&format!("/inbox/{id}#assistant")))
        }
        _ => Err(invalid("action", "invalid").into()),
    }
}

/// POST /cases/{id}/assistant/{draft}: accept (filed as a note, labelled as AI-assisted) or discard.
pub async fn decide_for_case(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, draft)): Path<(String, String)>,
    form: FormResult<DecideForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let case_id = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    state.store.case(&staff.tenant.id, &case_id).await.map_err(WebError::from)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let draft_id = DraftId::parse(&draft).ok_or(WebError::NotFound)?;
    let (stored, _) = assistant::open_draft(&state, &staff.tenant.id, &staff.user.id, &draft_id).await?;
    if stored.case_id.as_ref() != Some(&case_id) || stored.conversation_id.is_some() {
        return Err(WebError::NotFound.into());
    }
    match form.action.as_str() {
        "accept" => {
            let text = form.text.trim();
            if text.is_empty() {
                return Err(invalid("text", "required").into());
            }
            assistant::decide(&state, &staff.tenant.id, &staff.user.id, &stored, DraftStatus::Accepted).await?;
            let note = format!("{text}\n\n— {}", assistant::ai_label(Locale::De));
            lotse_core::case_service::add_entry(
                state.store.as_ref(),
                &state.keyring,
                &staff.tenant.id,
                &staff.user.id,
                &case_id,
                EntryKind::Note,
                None,
                None,
                &note,
                None,
                state.clock.now(),
            )
            .await
            .map_err(WebError::from)?;
            Ok(see_other(&format!("/cases/{id}")))
        }
        "discard" => {
            assistant::decide(&state, &staff.tenant.id, &staff.user.id, &stored, DraftStatus::Discarded).await?;
            Ok(see_other(&format!("/cases/{id}#assistant")))
        }
        _ => Err(invalid("action", "invalid").into()),
    }
}

/// POST /inbox/{id}/language-help: the counselor's text in the client's language or plain German, as a draft
/// shown beside the original.
pub async fn help_for_conversation(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<HelpForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let scope = conversation_scope(&state, &staff, &id).await?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let text = checked_text("text", &form.text)?;
    let target = ContentLang::parse(&form.target).ok_or_else(|| invalid("target", "invalid"))?;
    match assistant::language_help(&state, &staff.tenant.id, &staff.user.id, &scope, text, target).await {
        Ok(draft) => Ok(see_other(&format!("/inbox/{id}?draft={draft}#assistant"))),
        Err(HelpError::Web(e)) => Err(e.into()),
        Err(e) => {
            let key = match e {
                HelpError::NeedsModel => "assistant-help-needs-model",
                _ => "assistant-provider-unavailable",
            };
            let message = ctx.t(key);
            let mut page =
                crate::pages::inbox::conversation_view(&state, ctx, &staff, &id, &DraftQuery::default()).await?;
            if let Some(p) = page.panel.as_mut() {
                p.message = Some(message);
            }
            Ok(page_with_status(StatusCode::SERVICE_UNAVAILABLE, page))
        }
    }
}

// ---- the portal's question box ----

pub struct PortalAnswerView {
    pub kind: &'static str,
    pub label: String,
    pub paragraphs: Vec<String>,
    pub sources: Vec<SourceView>,
    pub by_model: bool,
    pub notice: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "ask.html")]
pub struct AskPage {
    ctx: PageCtx,
    question: String,
    answer: Option<PortalAnswerView>,
    error: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct PortalAskForm {
    #[serde(default)]
    question: String,
}

pub async fn ask_page(ctx: PageCtx) -> AskPage {
    AskPage { ctx, question: String::new(), answer: None, error: None }
}

/// POST /ask: GENERAL_INFO gets quoted verified articles (or the model's cited answer, if the tenant allows);
/// urgent questions get the emergency numbers; individual legal questions and everything else, the chat.
pub async fn ask(
    State(state): State<AppState>,
    ctx: PageCtx,
    address: crate::ctx::ClientAddress,
    form: FormResult<PortalAskForm>,
) -> Response {
    // Public and possibly backed by a paid model: limited per address like log-in attempts.
    if let crate::ratelimit::Decision::Limited { retry_after_secs } =
        state.login_limiter.check(&format!("ask:{}", address.0), state.clock.now().as_millis())
    {
        return WebError::TooManyRequests { retry_after_secs }.into_response();
    }
    let question = match form {
        Ok(axum::Form(f)) => f.question.trim().to_string(),
        Err(_) => String::new(),
    };
    let count = question.chars().count();
    if !(3..=1000).contains(&count) {
        let key = if count < 3 { "assistant-question-short" } else { "assistant-question-long" };
        let error = Some(ctx.t(key));
        return page_with_status(StatusCode::UNPROCESSABLE_ENTITY, AskPage { ctx, question, answer: None, error });
    }
    let tenant = match crate::api::chat::chat_tenant(&state).await {
        Ok(t) => t,
        Err(e) => return e.into_response(),
    };
    let lang = ContentLang::for_ui_language(ctx.lang());
    let answer = assistant::portal_question(&state, &tenant, &question, lang).await.draft;
    let kind = match (answer.label, answer.source) {
        (Label::Urgent, _) => "urgent",
        (Label::IndividualLegal, _) => "legal",
        (Label::OffTopic, _) => "off_topic",
        (Label::GeneralInfo, Source::None) => "nothing",
        (Label::GeneralInfo, _) => "answer",
    };
    let view = PortalAnswerView {
        kind,
        label: label_text(&ctx, answer.label),
        paragraphs: paragraphs(&answer.text, "q-src"),
        sources: sources(&answer),
        by_model: answer.source == Source::Model,
        notice: notice_text(&ctx, answer.notice.filter(|n| *n != Notice::HandedToHuman)),
    };
    AskPage { ctx, question, answer: Some(view), error: None }.into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_become_links_and_text_is_escaped() {
        assert_eq!(
            paragraphs("Der <b>Kurs</b> [1].\n\nZweitens [2] und [x] [1234].", "src"),
            vec![
                "Der &lt;b&gt;Kurs&lt;/b&gt; <a href=\"#src-1\">[1]</a>.".to_string(),
                "Zweitens <a href=\"#src-2\">[2]</a> und [x] [1234].".to_string()
            ]
        );
    }
}
