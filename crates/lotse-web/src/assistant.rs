//! The assistant at the edge: per-tenant settings, drafts for counselors (sealed with the client's key,
//! audited), the guard on client chat messages (emergency numbers at once, flags for a human), and the public
//! portal's question box. The pipeline itself is `lotse_ai`.

use crate::AppState;
use crate::errors::WebError;
use crate::i18n::Locale;
use lotse_ai::{Assistant, Draft, KnownPeople, Label, Mapping, Mode, PiiType, ProviderConfig};
use lotse_core::assistant::{ConversationFlag, DraftKind, DraftStatus, PortalAlert, StoredDraft};
use lotse_core::chat::{Conversation, NewMessage, SenderKind};
use lotse_core::knowledge::ContentLang;
use lotse_core::{CaseId, ClientId, ConversationId, DraftId, TenantId, UserId};
use std::collections::HashMap;
use std::sync::Arc;

/// One tenant's assistant settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TenantAi {
    pub mode: Mode,
    /// Required for `local` and `external`.
    pub provider: Option<ProviderConfig>,
    /// Whether the model (not only quoted articles) answers GENERAL_INFO questions on the public portal.
    pub portal_model_answers: bool,
}

/// Settings for every tenant: a default and per-tenant overrides.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AiSettings {
    pub default: TenantAi,
    pub tenants: HashMap<TenantId, TenantAi>,
}

/// A tenant's assistant, built once at start.
pub struct TenantAssistant {
    pub assistant: Assistant,
    /// Quoted articles only, for the portal when the tenant does not let the model answer there.
    pub extractive: Assistant,
    pub portal_model_answers: bool,
}

impl TenantAssistant {
    fn build(settings: &TenantAi) -> Result<Self, lotse_ai::ProviderError> {
        let provider = match (&settings.provider, settings.mode.uses_model()) {
            (Some(c), true) => Some(lotse_ai::Provider::new(c.clone())?),
            _ => None,
        };
        let extractive_mode = if settings.mode == Mode::Off { Mode::Off } else { Mode::Extractive };
        Ok(TenantAssistant {
            assistant: Assistant::new(settings.mode, provider),
            extractive: Assistant::new(extractive_mode, None),
            portal_model_answers: settings.portal_model_answers,
        })
    }

    /// The assistant that answers on the public portal.
    pub fn for_portal(&self) -> &Assistant {
        if self.portal_model_answers { &self.assistant } else { &self.extractive }
    }
}

pub struct Assistants {
    default: Arc<TenantAssistant>,
    tenants: HashMap<TenantId, Arc<TenantAssistant>>,
}

impl Assistants {
    pub fn build(settings: &AiSettings) -> Result<Self, lotse_ai::ProviderError> {
        let mut tenants = HashMap::new();
        for (id, s) in &settings.tenants {
            tenants.insert(id.clone(), Arc::new(TenantAssistant::build(s)?));
        }
        Ok(Assistants { default: Arc::new(TenantAssistant::build(&settings.default)?), tenants })
    }

    pub fn for_tenant(&self, tenant: &TenantId) -> Arc<TenantAssistant> {
        self.tenants.get(tenant).cloned().unwrap_or_else(|| self.default.clone())
    }
}

/// The language of a client's interface code, for answers and retrieval.
pub fn content_lang(code: &str) -> Option<ContentLang> {
    let primary = code.split(['-', '_']).next().unwrap_or("");
    ContentLang::parse(primary)
}

/// The people and values of a client's record, for case-aware pseudonymisation.
pub async fn known_of_client(state: &AppState, tenant: &TenantId, client: &ClientId) -> Result<KnownPeople, WebError> {
    let mut known = KnownPeople::new();
    let read = lotse_core::client_service::read_client(
        state.store.as_ref(),
        &state.keyring,
        tenant,
        client,
        state.clock.now(),
    )
    .await;
    let (_, profile) = match read {
        Ok(found) => found,
        Err(lotse_core::client_service::ClientError::Key(lotse_core::keyring::KeyError::Destroyed)) => {
            return Err(WebError::NotFound);
        }
        Err(e) => return Err(e.into()),
    };
    if let Some(name) = profile.real_name.as_deref().filter(|n| !n.trim().is_empty()) {
        known.add(&[name]);
    }
    if let Some(e) = &profile.email {
        known.add_value(PiiType::Email, e);
    }
    if let Some(p) = &profile.phone {
        known.add_value(PiiType::Phone, p);
    }
    if let Some(d) = &profile.date_of_birth {
        known.add_value(PiiType::DateOfBirth, d);
    }
    Ok(known)
}

async fn key_of(state: &AppState, tenant: &TenantId, client: &ClientId) -> Result<String, WebError> {
    Ok(state.store.client(tenant, client).await?.client.data_key_id)
}

/// The conversation's (or case's) mapping; a fresh one when none is stored or it can no longer be opened (the
/// conversation moved to another client).
async fn load_mapping(state: &AppState, tenant: &TenantId, key_id: &str, scope: &str) -> Mapping {
    let Ok(Some(sealed)) = state.store.assistant_mapping(tenant, scope).await else { return Mapping::new() };
    let label = lotse_core::assistant::mapping_label(scope);
    match state.keyring.open_with_data_key(tenant, key_id, &label, &sealed, state.clock.now()).await {
        Ok(json) => serde_json::from_slice(&json).unwrap_or_default(),
        Err(_) => Mapping::new(),
    }
}

async fn save_mapping(
    state: &AppState,
    tenant: &TenantId,
    client: &ClientId,
    key_id: &str,
    scope: &str,
    mapping: &Mapping,
) -> Result<(), WebError> {
    let json = serde_json::to_vec(mapping).map_err(|e| WebError::Internal(e.to_string()))?;
    let label = lotse_core::assistant::mapping_label(scope);
    let sealed = state
        .keyring
        .seal_with_data_key(tenant, key_id, &label, &json, state.clock.now())
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
    state.store.put_assistant_mapping(tenant, client, scope, &sealed, state.clock.now()).await?;
    Ok(())
}

/// What a stored draft holds once opened.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct DraftContent {
    pub question: String,
    pub draft: Draft,
    /// Placeholder → value, for the placeholders this draft used (shown to the counselor only).
    pub mapping: Vec<(String, String)>,
    /// For language help: the target language code.
    pub target: Option<String>,
}

/// Where a draft belongs.
#[derive(Debug, Clone)]
pub enum Scope {
    Conversation(Conversation),
    Case { id: CaseId, client: ClientId },
}

impl Scope {
    fn client(&self) -> &ClientId {
        match self {
            Scope::Conversation(c) => &c.client_id,
            Scope::Case { client, .. } => client,
        }
    }

    fn key(&self) -> String {
        match self {
            Scope::Conversation(c) => c.id.to_string(),
            Scope::Case { id, .. } => id.to_string(),
        }
    }

    fn ids(&self) -> (Option<ConversationId>, Option<CaseId>) {
        match self {
            Scope::Conversation(c) => (Some(c.id.clone()), c.case_id.clone()),
            Scope::Case { id, .. } => (None, Some(id.clone())),
        }
    }
}

fn used_mapping(mapping: &Mapping, draft_texts: &[&str]) -> Vec<(String, String)> {
    mapping
        .entries
        .iter()
        .filter(|e| draft_texts.iter().any(|t| t.contains(e.placeholder.as_str())))
        .map(|e| (e.placeholder.to_string(), e.value.to_string()))
        .collect()
}

async fn store_draft(
    state: &AppState,
    tenant: &TenantId,
    user: &UserId,
    scope: &Scope,
    kind: DraftKind,
    mode: Mode,
    content: &DraftContent,
) -> Result<DraftId, WebError> {
    let id = DraftId::generate();
    let key_id = key_of(state, tenant, scope.client()).await?;
    let json = serde_json::to_vec(content).map_err(|e| WebError::Internal(e.to_string()))?;
    let sealed = state
        .keyring
        .seal_with_data_key(tenant, &key_id, &lotse_core::assistant::draft_label(&id), &json, state.clock.now())
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let (conversation_id, case_id) = scope.ids();
    state
        .store
        .insert_draft(&StoredDraft {
            id: id.clone(),
            tenant_id: tenant.clone(),
            client_id: scope.client().clone(),
            conversation_id,
            case_id,
            kind,
            label: content.draft.label.as_str().to_string(),
            mode: mode.as_str().to_string(),
            status: DraftStatus::Draft,
            sealed,
            created_by: user.clone(),
            created_at: state.clock.now(),
            decided_by: None,
            decided_at: None,
        })
        .await?;
    // What went to a provider is recorded: how many requests, never their content (that is in the sealed draft).
    state
        .auditor
        .log(
            Some(tenant),
            Some(user),
            "assistant.draft",
            "client",
            scope.client().as_str(),
            "counseling",
            &format!("draft {id}; mode {}; requests sent {}", mode.as_str(), content.draft.sent.len()),
        )
        .await?;
    Ok(id)
}

/// A draft answer for a counselor. `question` defaults to the client's last message.
pub async fn draft_answer(
    state: &AppState,
    tenant: &TenantId,
    user: &UserId,
    scope: &Scope,
    question: &str,
    lang: Option<ContentLang>,
) -> Result<DraftId, WebError> {
    let tenant_ai = state.assistants.for_tenant(tenant);
    if tenant_ai.assistant.mode == Mode::Off {
        return Err(WebError::Forbidden);
    }
    let known = known_of_client(state, tenant, scope.client()).await?;
    let key_id = key_of(state, tenant, scope.client()).await?;
    let mut mapping = load_mapping(state, tenant, &key_id, &scope.key()).await;
    let draft = tenant_ai
        .assistant
        .ask(
            &state.search,
            lotse_ai::Ask { question, lang, known: &known, mapping: &mut mapping, for_counselor: true, on_delta: None },
        )
        .await;
    save_mapping(state, tenant, scope.client(), &key_id, &scope.key(), &mapping).await?;
    let mut texts: Vec<&str> = draft.sent.iter().map(String::as_str).collect();
    texts.push(&draft.pseudonymised_question);
    let content =
        DraftContent { question: question.to_string(), mapping: used_mapping(&mapping, &texts), draft, target: None };
    store_draft(state, tenant, user, scope, DraftKind::Answer, tenant_ai.assistant.mode, &content).await
}

#[derive(Debug, thiserror::Error)]
pub enum HelpError {
    #[error("language help needs a language model")]
    NeedsModel,
    #[error("the AI provider is not available")]
    Unavailable,
    #[error(transparent)]
    Web(#[from] WebError),
}

/// A counselor's text translated into the client's language or made plain German, as a draft beside it.
pub async fn language_help(
    state: &AppState,
    tenant: &TenantId,
    user: &UserId,
    scope: &Scope,
    text: &str,
    target: ContentLang,
) -> Result<DraftId, HelpError> {
    let tenant_ai = state.assistants.for_tenant(tenant);
    let known = known_of_client(state, tenant, scope.client()).await?;
    let key_id = key_of(state, tenant, scope.client()).await?;
    let mut mapping = load_mapping(state, tenant, &key_id, &scope.key()).await;
    let help = match tenant_ai.assistant.language_help(text, target, &known, &mut mapping).await {
        Ok(h) => h,
        Err(lotse_ai::assistant::LanguageHelpError::NeedsModel) => return Err(HelpError::NeedsModel),
        Err(lotse_ai::assistant::LanguageHelpError::Provider(e)) => {
            tracing::warn!(error = %e, "language help failed");
            return Err(HelpError::Unavailable);
        }
    };
    save_mapping(state, tenant, scope.client(), &key_id, &scope.key(), &mapping).await?;
    let draft = Draft {
        label: Label::GeneralInfo,
        reasons: vec![],
        text: help.text,
        passages: vec![],
        cited: vec![],
        source: lotse_ai::Source::Model,
        notice: None,
        pseudonymised_question: help.pseudonymised.clone(),
        sent: vec![help.sent.clone()],
    };
    let content = DraftContent {
        question: text.to_string(),
        mapping: used_mapping(&mapping, &[&help.sent]),
        draft,
        target: Some(target.as_str().to_string()),
    };
    Ok(store_draft(state, tenant, user, scope, DraftKind::LanguageHelp, tenant_ai.assistant.mode, &content).await?)
}

/// Opens a draft (audited: it holds personal data).
pub async fn open_draft(
    state: &AppState,
    tenant: &TenantId,
    user: &UserId,
    id: &DraftId,
) -> Result<(StoredDraft, DraftContent), WebError> {
    let stored = state.store.draft(tenant, id).await?;
    let key_id = key_of(state, tenant, &stored.client_id).await?;
    let json = state
        .keyring
        .open_with_data_key(tenant, &key_id, &lotse_core::assistant::draft_label(id), &stored.sealed, state.clock.now())
        .await
        .map_err(|_| WebError::NotFound)?;
    let content: DraftContent = serde_json::from_slice(&json).map_err(|e| WebError::Internal(e.to_string()))?;
    state
        .auditor
        .log(
            Some(tenant),
            Some(user),
            "assistant.draft.read",
            "client",
            stored.client_id.as_str(),
            "counseling",
            id.as_str(),
        )
        .await?;
    Ok((stored, content))
}

/// Records a counselor's decision on a draft; Conflict when decided before.
pub async fn decide(
    state: &AppState,
    tenant: &TenantId,
    user: &UserId,
    stored: &StoredDraft,
    status: DraftStatus,
) -> Result<(), WebError> {
    state.store.decide_draft(tenant, &stored.id, status, user, state.clock.now()).await?;
    state
        .auditor
        .log(
            Some(tenant),
            Some(user),
            &format!("assistant.draft.{}", status.as_str()),
            "client",
            stored.client_id.as_str(),
            "counseling",
            stored.id.as_str(),
        )
        .await?;
    Ok(())
}

/// The label every AI-assisted text carries when it reaches a client.
pub fn ai_label(locale: Locale) -> String {
    locale.t("assistant-ai-label")
}

/// The emergency numbers in the client's language.
pub fn emergency_text(locale: Locale) -> String {
    locale.t("assistant-emergency")
}

/// Runs the guard on a client's chat message: URGENT → the emergency numbers at once, the conversation flagged
/// and counselors alerted; INDIVIDUAL_LEGAL → the client is told a counselor will answer, and the conversation
/// is flagged. Each automatic message is sent once per flag.
pub async fn guard_client_message(state: AppState, conversation: Conversation, body: String) {
    let tenant_ai = state.assistants.for_tenant(&conversation.tenant_id);
    if tenant_ai.assistant.mode == Mode::Off {
        return;
    }
    let verdict = lotse_ai::guard::classify_question(&body, Some(&conversation.language));
    let (flag, key) = match verdict.label {
        Label::Urgent => (ConversationFlag::Urgent, "assistant-emergency"),
        Label::IndividualLegal => (ConversationFlag::IndividualLegal, "assistant-counselor-will-answer"),
        _ => return,
    };
    let already = conversation.flag == Some(flag) || conversation.flag == Some(ConversationFlag::Urgent);
    if let Err(e) = state.store.flag_conversation(&conversation.tenant_id, &conversation.id, Some(flag)).await {
        tracing::error!(error = %e, "could not flag the conversation");
        return;
    }
    if flag == ConversationFlag::Urgent {
        tracing::warn!(conversation = %conversation.id, "urgent message: counselors alerted");
        state.metrics.record_urgent();
    }
    if already {
        return;
    }
    let locale = Locale::from_code(&conversation.language).unwrap_or(Locale::De);
    let text = format!("{}\n\n— {}", locale.t(key), locale.t("assistant-automatic-label"));
    let sent = state
        .chat_writer
        .send(NewMessage {
            tenant_id: conversation.tenant_id.clone(),
            conversation_id: conversation.id.clone(),
            sender: SenderKind::System,
            author: None,
            client_msg_id: format!("guard-{}-{}", flag.as_str(), conversation.id),
            internal: false,
            body: text.clone(),
            sent_at: state.clock.now(),
            attachment_id: None,
        })
        .await;
    match sent {
        Err(e) => tracing::error!(error = %e, "could not send the automatic message"),
        // Someone who wrote by mail reads the answer in their mail.
        Ok(appended) if !appended.duplicate && conversation.channel == lotse_core::chat::Channel::Email => {
            crate::email::deliver(state.clone(), conversation, text).await;
        }
        Ok(_) => {}
    }
}

/// What the portal's question box shows.
pub struct PortalAnswer {
    pub draft: Draft,
}

/// Answers a question on the public portal: GENERAL_INFO from verified articles, everything else to a human.
pub async fn portal_question(state: &AppState, tenant: &TenantId, question: &str, lang: ContentLang) -> PortalAnswer {
    let tenant_ai = state.assistants.for_tenant(tenant);
    let mut mapping = Mapping::new();
    let draft = tenant_ai
        .for_portal()
        .ask(
            &state.search,
            lotse_ai::Ask {
                question,
                lang: Some(lang),
                known: &KnownPeople::new(),
                mapping: &mut mapping,
                for_counselor: false,
                on_delta: None,
            },
        )
        .await;
    if draft.label == Label::Urgent || draft.label == Label::IndividualLegal {
        let alert = PortalAlert {
            tenant_id: tenant.clone(),
            label: draft.label.as_str().to_string(),
            language: lang.as_str().to_string(),
            at: state.clock.now(),
        };
        if let Err(e) = state.store.add_portal_alert(&alert).await {
            tracing::error!(error = %e, "could not record the portal alert");
        }
        if draft.label == Label::Urgent {
            state.metrics.record_urgent();
        }
    }
    PortalAnswer { draft }
}
