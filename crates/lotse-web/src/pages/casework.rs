//! Pages for counselors: clients, their consents and cases, and a case's timeline with forms for notes,
//! contacts and closing. Every page works without JavaScript; every read and write is audited.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use lotse_core::case::{CaseStatus, ContactMode, EntryKind, Outcome, Topic};
use lotse_core::case_service;
use lotse_core::client::{ClientProfile, Consent, ConsentPurpose, LegalBasis};
use lotse_core::client_service::{self, NewClientInput};
use lotse_core::policy::Action;
use lotse_core::{CaseId, ClientId, PageRequest, Timestamp};
use serde::Deserialize;

use crate::AppState;
use crate::auth::{AuthRejection, Staff};
use crate::ctx::PageCtx;
use crate::errors::{WebError, page_with_status};
use crate::pages::admin::PageQuery;
use crate::pages::audit::format_time;
use crate::pages::{FormResult, fields, see_other};

const PER_PAGE: u32 = 50;

use lotse_core::client::CONSENT_FORM_VERSION;

async fn audit(state: &AppState, staff: &Staff, action: &str, entity: &str, id: &str) -> Result<(), WebError> {
    state.auditor.log(Some(&staff.tenant.id), Some(&staff.user.id), action, entity, id, "counseling", "").await?;
    Ok(())
}

pub struct ClientRow {
    pub id: String,
    pub alias: String,
    pub languages: String,
    pub created: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "clients.html")]
pub struct ClientsPage {
    ctx: PageCtx,
    csrf: String,
    clients: Vec<ClientRow>,
    total: u64,
    page: u32,
    pages: u32,
    error: Option<String>,
}

async fn clients_page(
    state: &AppState,
    ctx: PageCtx,
    staff: &Staff,
    page: u32,
    error: Option<String>,
) -> Result<ClientsPage, WebError> {
    let result = state.store.list_clients(&staff.tenant.id, PageRequest::new((page - 1) * PER_PAGE, PER_PAGE)).await?;
    audit(state, staff, "client.list", "client", "").await?;
    Ok(ClientsPage {
        csrf: staff.csrf_token.clone(),
        clients: result
            .items
            .iter()
            .map(|c| ClientRow {
                id: c.id.to_string(),
                alias: c.alias.clone(),
                languages: c.languages.join(", "),
                created: format_time(c.created_at).get(..10).unwrap_or("").to_string(),
            })
            .collect(),
        total: result.total,
        page,
        pages: u32::try_from(result.total.div_ceil(u64::from(PER_PAGE))).unwrap_or(1).max(1),
        error,
        ctx: ctx.with_staff(staff),
    })
}

pub async fn list_clients(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Query(query): Query<PageQuery>,
) -> Result<ClientsPage, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    Ok(clients_page(&state, ctx, &staff, query.page(), None).await?)
}

#[derive(Debug, Deserialize)]
pub struct NewClientForm {
    csrf: String,
    alias: String,
    #[serde(default)]
    real_name: String,
    #[serde(default)]
    languages: String,
    consent_counseling: Option<String>,
}

pub async fn create_client(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    form: FormResult<NewClientForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let now = state.clock.now();
    let input = NewClientInput {
        alias: form.alias.clone(),
        languages: form.languages.split(',').map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect(),
        profile: ClientProfile { real_name: Some(form.real_name.clone()), ..Default::default() },
    };
    let today = format_time(now);
    let created = client_service::create_client(
        state.store.as_ref(),
        &state.keyring,
        &staff.tenant.id,
        Some(&staff.user.id),
        &input,
        now,
        today.get(..10).unwrap_or("9999-12-31"),
    )
    .await;
    let (client, _) = match created {
        Ok(done) => done,
        Err(client_service::ClientError::Input(error)) => {
            let field = match error {
                lotse_core::client::ClientInputError::Alias => ctx.t("clients-alias"),
                lotse_core::client::ClientInputError::Languages => ctx.t("clients-languages"),
                _ => ctx.t("clients-real-name"),
            };
            let message = ctx.t1("clients-invalid", "field", &field);
            let page = clients_page(&state, ctx, &staff, 1, Some(message)).await?;
            return Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page));
        }
        Err(other) => return Err(WebError::from(other).into()),
    };
    audit(&state, &staff, "client.create", "client", client.id.as_str()).await?;
    if form.consent_counseling.is_some() {
        let consent = Consent {
            id: uuid::Uuid::now_v7().to_string(),
            client_id: client.id.clone(),
            purpose: ConsentPurpose::Counseling,
            legal_basis: LegalBasis::Consent,
            form_version: CONSENT_FORM_VERSION.into(),
            language: ctx.locale.code().into(),
            given_at: now,
            withdrawn_at: None,
        };
        state.store.add_consent(&staff.tenant.id, &consent).await.map_err(WebError::from)?;
        audit(&state, &staff, "consent.give", "client", client.id.as_str()).await?;
    }
    Ok(see_other(&format!("/clients/{}", client.id)))
}

pub struct CaseRow {
    pub id: String,
    pub title: String,
    pub status: String,
    pub topics: String,
}

pub struct ConsentRow {
    pub id: String,
    pub purpose: &'static str,
    /// The purpose in words.
    pub label: String,
    pub state: String,
    pub active: bool,
    /// Form version and language shown.
    pub form: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "client.html")]
pub struct ClientPage {
    ctx: PageCtx,
    csrf: String,
    id: String,
    alias: String,
    languages: String,
    profile: ClientProfile,
    consents: Vec<ConsentRow>,
    cases: Vec<CaseRow>,
    topics: Vec<(&'static str, String)>,
    /// For the consent form: purposes, and the form languages with the client's first one preselected.
    consent_purposes: Vec<(&'static str, String)>,
    form_languages: Vec<(&'static str, &'static str, bool)>,
}

fn topics_text(ctx: &PageCtx, topics: &[Topic]) -> String {
    topics.iter().map(|t| ctx.t(&format!("topic-{}", t.as_str()))).collect::<Vec<_>>().join(", ")
}

pub async fn show_client(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
) -> Result<ClientPage, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let id = ClientId::parse(&id).ok_or(WebError::NotFound)?;
    let now = state.clock.now();
    let (client, profile) =
        client_service::read_client(state.store.as_ref(), &state.keyring, &staff.tenant.id, &id, now)
            .await
            .map_err(WebError::from)?;
    let consents = state.store.consents(&staff.tenant.id, &id).await.map_err(WebError::from)?;
    let mut cases = Vec::new();
    for case in state.store.cases_of_client(&staff.tenant.id, &id).await.map_err(WebError::from)? {
        let view = case_service::read_case(state.store.as_ref(), &state.keyring, &staff.tenant.id, &case.id, now)
            .await
            .map_err(WebError::from)?;
        cases.push(CaseRow {
            id: case.id.to_string(),
            title: view.title.unwrap_or_else(|| ctx.t("case-title")),
            status: ctx.t(if case.status == CaseStatus::Open { "case-status-open" } else { "case-status-closed" }),
            topics: topics_text(&ctx, &case.topics),
        });
    }
    audit(&state, &staff, "client.read", "client", id.as_str()).await?;
    let preferred = client.languages.iter().find_map(|l| crate::i18n::Locale::from_code(l)).unwrap_or(ctx.locale);
    Ok(ClientPage {
        consent_purposes: ConsentPurpose::ALL
            .iter()
            .map(|p| (p.as_str(), ctx.t(&format!("consent-purpose-{}-title", p.as_str()))))
            .collect(),
        form_languages: crate::i18n::Locale::ALL.iter().map(|l| (l.code(), l.endonym(), *l == preferred)).collect(),
        csrf: staff.csrf_token.clone(),
        id: client.id.to_string(),
        alias: client.alias,
        languages: client.languages.join(", "),
        profile,
        consents: consent_rows(&ctx, &consents),
        cases,
        topics: Topic::ALL.iter().map(|t| (t.as_str(), ctx.t(&format!("topic-{}", t.as_str())))).collect(),
        ctx: ctx.with_staff(&staff),
    })
}

pub async fn open_case(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<Vec<(String, String)>>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let fields = fields(form)?;
    let value = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    staff.check_csrf(&value("csrf"))?;
    let client = ClientId::parse(&id).ok_or(WebError::NotFound)?;
    let topics: Vec<String> = fields.iter().filter(|(k, _)| k == "topic").map(|(_, v)| v.clone()).collect();
    let case = case_service::open_case(
        state.store.as_ref(),
        &state.keyring,
        &staff.tenant.id,
        &staff.user.id,
        &client,
        &topics,
        &value("title"),
        &value("postcode"),
        state.clock.now(),
    )
    .await
    .map_err(WebError::from)?;
    audit(&state, &staff, "case.open", "case", case.id.as_str()).await?;
    Ok(see_other(&format!("/cases/{}", case.id)))
}

fn consent_rows(ctx: &PageCtx, consents: &[Consent]) -> Vec<ConsentRow> {
    let date = |t: Timestamp| format_time(t).get(..10).unwrap_or("").to_string();
    consents
        .iter()
        .map(|c| ConsentRow {
            id: c.id.clone(),
            purpose: c.purpose.as_str(),
            label: ctx.t(&format!("consent-purpose-{}-title", c.purpose.as_str())),
            active: c.is_active(),
            form: format!("{} · {}", c.form_version, c.language),
            state: match c.withdrawn_at {
                Some(at) => ctx.t1("client-consent-withdrawn", "date", &date(at)),
                None => ctx.t1("client-consent-given", "date", &date(c.given_at)),
            },
        })
        .collect()
}

/// Timeline entries as shown; `when` formats the time (Berlin wall clock on the case page, UTC in the export).
fn entry_rows(
    ctx: &PageCtx,
    timeline: &[case_service::TimelineEntry],
    services: &[lotse_core::directory::Service],
    when: impl Fn(Timestamp) -> String,
) -> Vec<EntryRow> {
    timeline
        .iter()
        .map(|e| EntryRow {
            kind: ctx.t(match e.kind {
                EntryKind::Note => "case-note",
                EntryKind::Contact => "case-contact",
                EntryKind::Referral => "case-referral",
            }),
            referral: e.service_id.as_ref().map(|service| ReferralRow {
                entry_id: e.id.clone(),
                service: services
                    .iter()
                    .find(|s| s.id.as_ref() == Some(service))
                    .map(|s| format!("{} ({})", s.name, s.town))
                    .unwrap_or_else(|| service.to_string()),
                status_key: e.referral_status.map(|s| s.as_str()).unwrap_or(""),
                status: e.referral_status.map(|s| ctx.t(&format!("referral-{}", s.as_str()))).unwrap_or_default(),
                feedback: e.feedback.clone().unwrap_or_default(),
            }),
            mode: e.mode.map(|m| ctx.t(&format!("mode-{}", m.as_str()))).unwrap_or_default(),
            duration: e.duration_minutes.map(|d| format!("{d} min")).unwrap_or_default(),
            text: e.text.clone().unwrap_or_default(),
            when: when(e.occurred_at),
        })
        .collect()
}

pub struct ReferralRow {
    pub entry_id: String,
    pub service: String,
    pub status_key: &'static str,
    pub status: String,
    pub feedback: String,
}

pub struct EntryRow {
    pub referral: Option<ReferralRow>,
    pub kind: String,
    pub mode: String,
    pub duration: String,
    pub text: String,
    pub when: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "case.html")]
pub struct CasePage {
    ctx: PageCtx,
    csrf: String,
    id: String,
    client_id: String,
    title: String,
    open: bool,
    status: String,
    topics: String,
    entries: Vec<EntryRow>,
    modes: Vec<(&'static str, String)>,
    outcomes: Vec<(&'static str, String)>,
    services: Vec<(String, String)>,
    referral_statuses: Vec<(&'static str, String)>,
    documents: Vec<DocumentRow>,
    appointments: Vec<AppointmentRow>,
    appointment_modes: Vec<(&'static str, String)>,
    message: Option<String>,
    tasks: Vec<TaskRow>,
    task_kinds: Vec<(&'static str, String)>,
    assignee: String,
    colleagues: Vec<(String, String)>,
    panel: Option<crate::pages::assistant::Panel>,
}

pub struct TaskRow {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub due: String,
    pub overdue: bool,
    pub done: bool,
}

pub fn task_rows(ctx: &PageCtx, tasks: &[case_service::TaskView], today: jiff::civil::Date) -> Vec<TaskRow> {
    tasks
        .iter()
        .map(|t| TaskRow {
            id: t.id.clone(),
            kind: ctx.t(&format!("task-{}", t.kind.as_str())),
            title: t.title.clone(),
            due: t.due_on.map(|d| d.to_string()).unwrap_or_default(),
            overdue: t.done_at.is_none() && t.due_on.is_some_and(|d| d < today),
            done: t.done_at.is_some(),
        })
        .collect()
}

pub struct AppointmentRow {
    pub id: String,
    pub when: String,
    pub mode: String,
    pub duration: String,
    pub location: String,
    pub video_url: String,
}

pub struct DocumentRow {
    pub id: String,
    pub name: String,
    pub size: String,
}

fn document_rows(documents: &[lotse_core::document::DocumentInfo]) -> Vec<DocumentRow> {
    documents
        .iter()
        .map(|d| DocumentRow {
            id: d.id.clone(),
            name: d.name.clone(),
            size: if d.size_bytes >= 1024 * 1024 {
                format!("{:.1} MB", d.size_bytes as f64 / (1024.0 * 1024.0))
            } else {
                format!("{} KB", (d.size_bytes + 1023) / 1024)
            },
        })
        .collect()
}

pub async fn show_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    axum::extract::Query(query): axum::extract::Query<crate::pages::assistant::DraftQuery>,
) -> Result<CasePage, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let id = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    let view = case_service::read_case(state.store.as_ref(), &state.keyring, &staff.tenant.id, &id, state.clock.now())
        .await
        .map_err(WebError::from)?;
    audit(&state, &staff, "case.read", "case", id.as_str()).await?;
    let open = view.case.status == CaseStatus::Open;
    let services = state.store.services().await.map_err(WebError::from)?;
    let status = match view.case.outcome {
        Some(outcome) => {
            format!("{} ({})", ctx.t("case-status-closed"), ctx.t(&format!("outcome-{}", outcome.as_str())))
        }
        None => ctx.t(if open { "case-status-open" } else { "case-status-closed" }),
    };
    let client_language = state
        .store
        .client(&staff.tenant.id, &view.case.client_id)
        .await
        .map(|c| c.client.languages.first().cloned().unwrap_or_default())
        .unwrap_or_default();
    let panel = crate::pages::assistant::panel(
        &state,
        &ctx,
        &staff,
        crate::pages::assistant::PanelSpec {
            base: format!("/cases/{id}/assistant"),
            help: None,
            scope_id: id.as_str(),
            client_language: &client_language,
            question: String::new(),
        },
        &query,
    )
    .await?;
    Ok(CasePage {
        // A closed case takes no more entries, so no drafts either.
        panel: open.then_some(panel),
        csrf: staff.csrf_token.clone(),
        id: id.to_string(),
        client_id: view.case.client_id.to_string(),
        title: view.title.clone().unwrap_or_else(|| ctx.t("case-title")),
        open,
        status,
        topics: topics_text(&ctx, &view.case.topics),
        entries: entry_rows(&ctx, &view.timeline, &services, |at| {
            lotse_core::appointment::format_local(at).map(|(local, _)| local.replace('T', " ")).unwrap_or_default()
        }),
        modes: ContactMode::ALL.iter().map(|m| (m.as_str(), ctx.t(&format!("mode-{}", m.as_str())))).collect(),
        outcomes: Outcome::ALL.iter().map(|o| (o.as_str(), ctx.t(&format!("outcome-{}", o.as_str())))).collect(),
        services: referral_choices(&services, &view.case.topics),
        documents: document_rows(&view.documents),
        appointments: state
            .store
            .case_appointments(&staff.tenant.id, &id)
            .await
            .map_err(WebError::from)?
            .iter()
            .map(|a| AppointmentRow {
                id: a.id.to_string(),
                when: lotse_core::appointment::format_local(a.starts_at)
                    .map(|(local, offset)| format!("{} (UTC{offset})", local.replace('T', " ")))
                    .unwrap_or_default(),
                mode: ctx.t(&format!("appointment-{}", a.mode.as_str())),
                duration: format!("{} min", a.duration_minutes),
                location: a.location.clone(),
                video_url: a.video_url.clone(),
            })
            .collect(),
        appointment_modes: lotse_core::appointment::AppointmentMode::ALL
            .iter()
            .filter(|m| state.config.video_url_template.is_some() || m.as_str() != "video")
            .map(|m| (m.as_str(), ctx.t(&format!("appointment-{}", m.as_str()))))
            .collect(),
        message: None,
        tasks: task_rows(&ctx, &view.tasks, lotse_core::knowledge_service::today(state.clock.now())),
        assignee: match &view.case.assigned_to {
            Some(user) => state
                .store
                .user(&staff.tenant.id, user)
                .await
                .map(|u| u.display_name)
                .unwrap_or_else(|_| ctx.t("case-queue-nobody")),
            None => ctx.t("case-queue-nobody"),
        },
        colleagues: state
            .store
            .list_users(&staff.tenant.id, PageRequest::new(0, PageRequest::MAX_LIMIT))
            .await
            .map_err(WebError::from)?
            .items
            .into_iter()
            .filter(|u| u.active && lotse_core::policy::allows(u.role, Action::HandleClientData))
            .map(|u| (u.id.to_string(), u.display_name))
            .collect(),
        task_kinds: lotse_core::case::TaskKind::ALL
            .iter()
            .map(|k| (k.as_str(), ctx.t(&format!("task-{}", k.as_str()))))
            .collect(),
        referral_statuses: lotse_core::case::ReferralStatus::ALL
            .iter()
            .map(|s| (s.as_str(), ctx.t(&format!("referral-{}", s.as_str()))))
            .collect(),
        ctx: ctx.with_staff(&staff),
    })
}

/// Services for the referral form: those matching the case's topics first, then the rest, each by town and name.
fn referral_choices(services: &[lotse_core::directory::Service], topics: &[Topic]) -> Vec<(String, String)> {
    let mut sorted: Vec<&lotse_core::directory::Service> = services.iter().collect();
    sorted.sort_by_key(|s| (!s.topics.iter().any(|t| topics.contains(t)), s.town.clone(), s.name.clone()));
    sorted.into_iter().filter_map(|s| Some((s.id.as_ref()?.to_string(), format!("{} – {}", s.town, s.name)))).collect()
}

#[derive(Debug, Deserialize)]
pub struct ReferralForm {
    csrf: String,
    #[serde(default)]
    service_id: String,
    #[serde(default)]
    note: String,
}

pub async fn refer(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<ReferralForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let case = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    case_service::refer(
        state.store.as_ref(),
        &state.keyring,
        &staff.tenant.id,
        &staff.user.id,
        &case,
        &form.service_id,
        &form.note,
        state.clock.now(),
    )
    .await
    .map_err(WebError::from)?;
    audit(&state, &staff, "case.referral", "case", case.as_str()).await?;
    Ok(see_other(&format!("/cases/{case}")))
}

#[derive(Debug, Deserialize)]
pub struct ReferralStatusForm {
    csrf: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    feedback: String,
}

pub async fn update_referral(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, entry)): Path<(String, String)>,
    form: FormResult<ReferralStatusForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let case = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    let entry = uuid::Uuid::parse_str(&entry).map_err(|_| WebError::NotFound)?.to_string();
    case_service::update_referral(
        state.store.as_ref(),
        &state.keyring,
        &staff.tenant.id,
        &case,
        &entry,
        &form.status,
        &form.feedback,
        state.clock.now(),
    )
    .await
    .map_err(WebError::from)?;
    audit(&state, &staff, "case.referral_update", "case", case.as_str()).await?;
    Ok(see_other(&format!("/cases/{case}")))
}

#[derive(Debug, Deserialize)]
pub struct EntryForm {
    csrf: String,
    #[serde(default)]
    text: String,
    mode: Option<String>,
    duration: Option<String>,
}

async fn add_entry(
    state: &AppState,
    staff: &Staff,
    id: &str,
    kind: EntryKind,
    form: &EntryForm,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    staff.check_csrf(&form.csrf)?;
    let case = CaseId::parse(id).ok_or(WebError::NotFound)?;
    let duration = match form.duration.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        Some(text) => Some(text.parse::<i64>().map_err(|_| {
            WebError::InvalidInput(vec![crate::errors::FieldError { field: "duration".into(), code: "invalid".into() }])
        })?),
        None => None,
    };
    case_service::add_entry(
        state.store.as_ref(),
        &state.keyring,
        &staff.tenant.id,
        &staff.user.id,
        &case,
        kind,
        form.mode.as_deref(),
        duration,
        &form.text,
        None,
        state.clock.now(),
    )
    .await
    .map_err(WebError::from)?;
    audit(state, staff, if kind == EntryKind::Note { "case.note" } else { "case.contact" }, "case", case.as_str())
        .await?;
    Ok(see_other(&format!("/cases/{case}")))
}

pub async fn add_note(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<EntryForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    add_entry(&state, &staff, &id, EntryKind::Note, &fields(form)?).await
}

pub async fn add_contact(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<EntryForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    add_entry(&state, &staff, &id, EntryKind::Contact, &fields(form)?).await
}

#[derive(Debug, Deserialize)]
pub struct CloseForm {
    csrf: String,
    outcome: String,
}

pub async fn close_case(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<CloseForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let case = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    case_service::close_case(state.store.as_ref(), &staff.tenant.id, &case, &form.outcome, state.clock.now())
        .await
        .map_err(WebError::from)?;
    audit(&state, &staff, "case.close", "case", case.as_str()).await?;
    Ok(see_other(&format!("/cases/{case}")))
}

pub struct ExportEntry {
    pub when: String,
    pub action: String,
    pub actor: String,
    pub purpose: String,
}

pub struct ExportCase {
    pub title: String,
    pub status: String,
    pub topics: String,
    pub entries: Vec<EntryRow>,
}

#[derive(Template, WebTemplate)]
#[template(path = "client_export.html")]
pub struct ExportPage {
    ctx: PageCtx,
    id: String,
    alias: String,
    languages: String,
    created: String,
    profile: ClientProfile,
    country: String,
    residence: String,
    consents: Vec<ConsentRow>,
    cases: Vec<ExportCase>,
    access: Vec<ExportEntry>,
}

/// Everything stored about a client as a readable page (Art. 15 GDPR), for printing or handing over.
pub async fn export_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
) -> Result<ExportPage, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let id = ClientId::parse(&id).ok_or(WebError::NotFound)?;
    // Only an existing client of this tenant gets an entry (recorded before the export, so it lists itself).
    state.store.client(&staff.tenant.id, &id).await.map_err(WebError::from)?;
    state
        .auditor
        .log(
            Some(&staff.tenant.id),
            Some(&staff.user.id),
            "client.export",
            "client",
            id.as_str(),
            "data_subject_request",
            "html",
        )
        .await
        .map_err(WebError::from)?;
    let export =
        client_service::export_client(state.store.as_ref(), &state.keyring, &staff.tenant.id, &id, state.clock.now())
            .await
            .map_err(WebError::from)?;
    let services = state.store.services().await.map_err(WebError::from)?;
    let date = |t: Timestamp| format_time(t).get(..10).unwrap_or("").to_string();
    let special = ctx.t("export-special");
    Ok(ExportPage {
        id: export.client.id.to_string(),
        alias: export.client.alias.clone(),
        languages: export.client.languages.join(", "),
        created: date(export.client.created_at),
        country: export.profile.country_of_origin.clone().map(|c| format!("{c} ({special})")).unwrap_or_default(),
        residence: export
            .profile
            .residence_status
            .map(|r| {
                format!(
                    "{} ({special})",
                    serde_json::to_value(r).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
                )
            })
            .unwrap_or_default(),
        profile: export.profile.clone(),
        consents: consent_rows(&ctx, &export.consents),
        cases: export
            .cases
            .iter()
            .map(|view| ExportCase {
                title: view.title.clone().unwrap_or_else(|| ctx.t("case-title")),
                status: ctx.t(if view.case.status == CaseStatus::Open {
                    "case-status-open"
                } else {
                    "case-status-closed"
                }),
                topics: topics_text(&ctx, &view.case.topics),
                entries: entry_rows(&ctx, &view.timeline, &services, format_time),
            })
            .collect(),
        access: export
            .access_log
            .iter()
            .map(|a| ExportEntry {
                when: format_time(a.at),
                action: a.action.clone(),
                actor: a.actor.as_ref().map(ToString::to_string).unwrap_or_default(),
                purpose: a.purpose.clone(),
            })
            .collect(),
        ctx: ctx.with_staff(&staff),
    })
}

pub async fn upload_document(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    multipart: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let case = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    state.store.case(&staff.tenant.id, &case).await.map_err(WebError::from)?;
    let multipart = multipart.map_err(|_| WebError::UnsupportedMediaType)?;
    let upload = crate::api::documents::read_upload(multipart).await?;
    staff.check_csrf(upload.csrf.as_deref().unwrap_or(""))?;
    lotse_core::document::upload(
        state.store.as_ref(),
        &state.keyring,
        state.attachments.as_ref(),
        &staff.tenant.id,
        &staff.user.id,
        &case,
        &upload.file_name,
        &upload.content_type,
        &upload.bytes,
        state.clock.now(),
    )
    .await
    .map_err(WebError::from)?;
    audit(&state, &staff, "document.add", "case", case.as_str()).await?;
    Ok(see_other(&format!("/cases/{case}")))
}

pub async fn download_document(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, doc)): Path<(String, String)>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let case = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    let doc = uuid::Uuid::parse_str(&doc).map_err(|_| WebError::NotFound)?.to_string();
    let (name, content_type, bytes) = lotse_core::document::download(
        state.store.as_ref(),
        &state.keyring,
        state.attachments.as_ref(),
        &staff.tenant.id,
        &case,
        &doc,
        state.clock.now(),
    )
    .await
    .map_err(WebError::from)?;
    audit(&state, &staff, "document.read", "case", case.as_str()).await?;
    Ok(crate::api::documents::attachment_response(&name, &content_type, bytes))
}

#[derive(Debug, Deserialize)]
pub struct AppointmentForm {
    csrf: String,
    #[serde(default)]
    starts_local: String,
    #[serde(default)]
    duration: String,
    #[serde(default)]
    mode: String,
    #[serde(default)]
    location: String,
}

pub async fn book_appointment(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<AppointmentForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let case = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    let stored = state.store.case(&staff.tenant.id, &case).await.map_err(WebError::from)?;
    if stored.case.status == CaseStatus::Closed {
        return Err(WebError::Conflict(vec![]).into());
    }
    let input = crate::api::appointments::NewAppointment {
        client_id: stored.case.client_id.to_string(),
        case_id: Some(case.to_string()),
        starts_local: form.starts_local.trim().to_string(),
        duration_minutes: form.duration.trim().parse().unwrap_or(0),
        mode: form.mode.clone(),
        location: form.location.clone(),
    };
    match crate::api::appointments::book_for(&state, &staff.tenant.id, &staff.user.id, &input).await {
        Ok(_) => Ok(see_other(&format!("/cases/{case}#appointments"))),
        Err(WebError::InvalidInput(_)) => {
            let mut page =
                show_case(State(state), ctx, staff, Path(id), axum::extract::Query(Default::default())).await?;
            page.message = Some(page.ctx.t("case-appointment-invalid"));
            Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page))
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn appointment_ics(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(file): Path<String>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let id = file.strip_suffix(".ics").unwrap_or(&file);
    let id = lotse_core::AppointmentId::parse(id).ok_or(WebError::NotFound)?;
    let appointment = state.store.appointment(&staff.tenant.id, &id).await.map_err(WebError::from)?;
    state
        .auditor
        .log(
            Some(&staff.tenant.id),
            Some(&staff.user.id),
            "appointment.ics",
            "client",
            appointment.client_id.as_str(),
            "counseling",
            "",
        )
        .await
        .map_err(WebError::from)?;
    Ok(crate::api::appointments::ics_response(&state, ctx.locale, appointment)?)
}

#[derive(Debug, Deserialize)]
pub struct TaskForm {
    csrf: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    due_on: String,
}

pub async fn add_task(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<TaskForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let case = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    case_service::add_task(
        state.store.as_ref(),
        &state.keyring,
        &staff.tenant.id,
        &staff.user.id,
        &case,
        &form.kind,
        &form.title,
        Some(form.due_on.as_str()),
        state.clock.now(),
    )
    .await
    .map_err(WebError::from)?;
    audit(&state, &staff, "case.task", "case", case.as_str()).await?;
    Ok(see_other(&format!("/cases/{case}#plan")))
}

#[derive(Debug, Deserialize)]
pub struct CsrfForm {
    csrf: String,
}

pub async fn complete_task(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, task)): Path<(String, String)>,
    form: FormResult<CsrfForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let case = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    let task = uuid::Uuid::parse_str(&task).map_err(|_| WebError::NotFound)?.to_string();
    state.store.complete_task(&staff.tenant.id, &case, &task, state.clock.now()).await.map_err(WebError::from)?;
    audit(&state, &staff, "case.task_done", "case", case.as_str()).await?;
    Ok(see_other(&format!("/cases/{case}#plan")))
}

#[derive(Debug, Deserialize)]
pub struct AssignForm {
    csrf: String,
    /// A colleague's id, "me", or empty for the queue.
    #[serde(default)]
    to: String,
    #[serde(default)]
    note: String,
}

pub async fn assign_case(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<AssignForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let case = CaseId::parse(&id).ok_or(WebError::NotFound)?;
    let to = match form.to.trim() {
        "" => None,
        "me" => Some(staff.user.id.clone()),
        other => Some(lotse_core::UserId::parse(other).ok_or_else(|| {
            WebError::InvalidInput(vec![crate::errors::FieldError { field: "to".into(), code: "invalid".into() }])
        })?),
    };
    case_service::hand_over(
        state.store.as_ref(),
        &state.keyring,
        &staff.tenant.id,
        &staff.user.id,
        &case,
        to.as_ref(),
        &form.note,
        state.clock.now(),
    )
    .await
    .map_err(WebError::from)?;
    audit(&state, &staff, "case.assign", "case", case.as_str()).await?;
    if to.as_ref() == Some(&staff.user.id) || to.is_some() {
        Ok(see_other(&format!("/cases/{case}")))
    } else {
        Ok(see_other("/queue"))
    }
}

pub struct SuggestionRow {
    pub user_id: String,
    pub name: String,
    pub team: String,
    pub reasons: String,
}

pub struct QueueRow {
    pub id: String,
    pub title: String,
    pub topics: String,
    pub languages: String,
    pub waiting_since: String,
    pub team: String,
    pub suggestions: Vec<SuggestionRow>,
}

#[derive(Template, WebTemplate)]
#[template(path = "queue.html")]
pub struct QueuePage {
    ctx: PageCtx,
    csrf: String,
    cases: Vec<QueueRow>,
    /// The teams named in counselor profiles.
    teams: Vec<String>,
    /// Showing only the cases waiting for this team.
    team_filter: String,
    my_team: String,
}

#[derive(Debug, Deserialize, Default)]
pub struct QueueQuery {
    #[serde(default)]
    team: String,
}

/// Open cases nobody is assigned to, oldest first, with what routing needs: topics, the client's languages, the
/// region, the team the case waits for, and up to three suggested colleagues with their reasons.
pub async fn queue(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Query(query): Query<QueueQuery>,
) -> Result<QueuePage, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let now = state.clock.now();
    let tenant = &staff.tenant.id;
    let routing = crate::pages::routing::RoutingContext::load(&state, tenant).await?;
    let team_filter = query.team.trim().to_string();
    let mut cases = Vec::new();
    for stored in state.store.unassigned_cases(tenant).await.map_err(WebError::from)? {
        let team = stored.case.team.clone().unwrap_or_default();
        if !team_filter.is_empty() && team != team_filter {
            continue;
        }
        let title = case_service::case_title(state.store.as_ref(), &state.keyring, tenant, &stored, now)
            .await
            .map_err(WebError::from)?
            .unwrap_or_else(|| ctx.t("case-title"));
        let client = state.store.client(tenant, &stored.case.client_id).await.map_err(WebError::from)?;
        let suggestions = routing.suggestions(&ctx, &stored.case, &client.client.languages);
        cases.push(QueueRow {
            id: stored.case.id.to_string(),
            title,
            topics: topics_text(&ctx, &stored.case.topics),
            languages: client.client.languages.join(", "),
            waiting_since: format_time(stored.case.opened_at).get(..10).unwrap_or("").to_string(),
            team,
            suggestions,
        });
    }
    audit(&state, &staff, "case.queue", "case", "").await?;
    Ok(QueuePage {
        csrf: staff.csrf_token.clone(),
        cases,
        teams: routing.teams(),
        team_filter,
        my_team: routing.team_of(&staff.user.id),
        ctx: ctx.with_staff(&staff),
    })
}
