//! Opening cases, writing the timeline, closing. Texts are sealed with the client's data key, so erasing the
//! client makes them unreadable too.

use crate::case::{
    Case, CaseStatus, ContactMode, EntryKind, Outcome, ReferralStatus, StoredEntry, StoredTask, TaskKind, Topic,
};
use crate::keyring::{KeyError, KeyRing};
use crate::store::{Store, StoreError};
use crate::{CaseId, ClientId, TenantId, Timestamp, UserId};
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    #[error("invalid {0}")]
    Invalid(&'static str),
    #[error("the case is closed")]
    Closed,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Key(#[from] KeyError),
}

fn title_label(case: &CaseId) -> String {
    format!("case-title:{case}")
}

fn entry_label(entry: &str) -> String {
    format!("case-entry:{entry}")
}

fn text(value: &str, field: &'static str, max: usize) -> Result<String, CaseError> {
    let trimmed = value.trim();
    if trimmed.chars().count() > max {
        return Err(CaseError::Invalid(field));
    }
    Ok(trimmed.to_string())
}

#[allow(clippy::too_many_arguments)]
pub async fn open_case(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    actor: &UserId,
    client: &ClientId,
    topics: &[String],
    title: &str,
    postcode: &str,
    now: Timestamp,
) -> Result<Case, CaseError> {
    let region = crate::routing::region_of(postcode).map_err(|_| CaseError::Invalid("postcode"))?;
    let mut parsed = Vec::new();
    for topic in topics {
        let topic = Topic::parse(topic.trim()).ok_or(CaseError::Invalid("topics"))?;
        if !parsed.contains(&topic) {
            parsed.push(topic);
        }
    }
    let title = text(title, "title", 200)?;
    let stored_client = store.client(tenant, client).await?;
    let case = Case {
        id: CaseId::generate(),
        tenant_id: tenant.clone(),
        client_id: client.clone(),
        topics: parsed,
        status: CaseStatus::Open,
        outcome: None,
        assigned_to: Some(actor.clone()),
        opened_by: Some(actor.clone()),
        opened_at: now,
        closed_at: None,
        region,
        team: None,
    };
    let sealed_title = if title.is_empty() {
        None
    } else {
        Some(
            keys.seal_with_data_key(
                tenant,
                &stored_client.client.data_key_id,
                &title_label(&case.id),
                title.as_bytes(),
                now,
            )
            .await?,
        )
    };
    store.create_case(&case, sealed_title.as_deref()).await?;
    Ok(case)
}

#[allow(clippy::too_many_arguments)]
pub async fn add_entry(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    actor: &UserId,
    case: &CaseId,
    kind: EntryKind,
    mode: Option<&str>,
    duration_minutes: Option<i64>,
    body: &str,
    occurred_at: Option<Timestamp>,
    now: Timestamp,
) -> Result<StoredEntry, CaseError> {
    let stored = store.case(tenant, case).await?;
    if stored.case.status == CaseStatus::Closed {
        return Err(CaseError::Closed);
    }
    let mode = match (kind, mode) {
        (EntryKind::Contact, Some(mode)) => Some(ContactMode::parse(mode).ok_or(CaseError::Invalid("mode"))?),
        (EntryKind::Contact, None) => return Err(CaseError::Invalid("mode")),
        (EntryKind::Note, _) => None,
        (EntryKind::Referral, _) => return Err(CaseError::Invalid("kind")),
    };
    if duration_minutes.is_some_and(|d| !(0..=24 * 60).contains(&d)) {
        return Err(CaseError::Invalid("duration_minutes"));
    }
    let body = text(body, "text", 50_000)?;
    if kind == EntryKind::Note && body.is_empty() {
        return Err(CaseError::Invalid("text"));
    }
    let client = store.client(tenant, &stored.case.client_id).await?;
    let id = uuid::Uuid::now_v7().to_string();
    let sealed_text = if body.is_empty() {
        None
    } else {
        Some(
            keys.seal_with_data_key(tenant, &client.client.data_key_id, &entry_label(&id), body.as_bytes(), now)
                .await?,
        )
    };
    let entry = StoredEntry {
        id,
        case_id: case.clone(),
        kind,
        mode,
        duration_minutes,
        sealed_text,
        author: Some(actor.clone()),
        occurred_at: occurred_at.unwrap_or(now),
        created_at: now,
        service_id: None,
        referral_status: None,
        sealed_feedback: None,
    };
    store.add_case_entry(tenant, &entry).await?;
    Ok(entry)
}

fn feedback_label(entry: &str) -> String {
    format!("case-referral-feedback:{entry}")
}

/// Refers the client to a service of the directory; the note (why, what was agreed) is sealed.
#[allow(clippy::too_many_arguments)]
pub async fn refer(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    actor: &UserId,
    case: &CaseId,
    service: &str,
    note: &str,
    now: Timestamp,
) -> Result<StoredEntry, CaseError> {
    // The case first: another tenant's case is "not found" whatever else is wrong with the request.
    let stored = store.case(tenant, case).await?;
    if stored.case.status == CaseStatus::Closed {
        return Err(CaseError::Closed);
    }
    let service = crate::ServiceId::parse(service).ok_or(CaseError::Invalid("service_id"))?;
    match store.service(&service).await {
        Err(StoreError::NotFound) => return Err(CaseError::Invalid("service_id")),
        other => other?,
    };
    let note = text(note, "note", 10_000)?;
    let client = store.client(tenant, &stored.case.client_id).await?;
    let id = uuid::Uuid::now_v7().to_string();
    let sealed_text = if note.is_empty() {
        None
    } else {
        Some(
            keys.seal_with_data_key(tenant, &client.client.data_key_id, &entry_label(&id), note.as_bytes(), now)
                .await?,
        )
    };
    let entry = StoredEntry {
        id,
        case_id: case.clone(),
        kind: EntryKind::Referral,
        mode: None,
        duration_minutes: None,
        sealed_text,
        author: Some(actor.clone()),
        occurred_at: now,
        created_at: now,
        service_id: Some(service),
        referral_status: Some(ReferralStatus::Made),
        sealed_feedback: None,
    };
    store.add_case_entry(tenant, &entry).await?;
    Ok(entry)
}

/// Records how a referral went (accepted, completed, declined, no-show) and the service's feedback, sealed.
#[allow(clippy::too_many_arguments)]
pub async fn update_referral(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    case: &CaseId,
    entry: &str,
    status: &str,
    feedback: &str,
    now: Timestamp,
) -> Result<(), CaseError> {
    let stored = store.case(tenant, case).await?;
    if stored.case.status == CaseStatus::Closed {
        return Err(CaseError::Closed);
    }
    let status = ReferralStatus::parse(status).ok_or(CaseError::Invalid("status"))?;
    let feedback = text(feedback, "feedback", 10_000)?;
    let client = store.client(tenant, &stored.case.client_id).await?;
    let sealed = if feedback.is_empty() {
        None
    } else {
        Some(
            keys.seal_with_data_key(
                tenant,
                &client.client.data_key_id,
                &feedback_label(entry),
                feedback.as_bytes(),
                now,
            )
            .await?,
        )
    };
    Ok(store.update_referral(tenant, case, entry, status, sealed.as_deref()).await?)
}

pub async fn close_case(
    store: &dyn Store,
    tenant: &TenantId,
    case: &CaseId,
    outcome: &str,
    now: Timestamp,
) -> Result<(), CaseError> {
    let outcome = Outcome::parse(outcome).ok_or(CaseError::Invalid("outcome"))?;
    Ok(store.close_case(tenant, case, outcome, now).await?)
}

#[derive(Debug, Clone, Serialize)]
pub struct TimelineEntry {
    pub id: String,
    pub kind: EntryKind,
    pub mode: Option<ContactMode>,
    pub duration_minutes: Option<i64>,
    pub text: Option<String>,
    pub author: Option<UserId>,
    pub occurred_at: Timestamp,
    /// Referrals only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_id: Option<crate::ServiceId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub referral_status: Option<ReferralStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseView {
    pub case: Case,
    pub title: Option<String>,
    /// Every mode together, in the order things happened.
    pub timeline: Vec<TimelineEntry>,
    /// Names and sizes of the case's documents (the bytes are downloaded one by one).
    pub documents: Vec<crate::document::DocumentInfo>,
    /// Goals, steps and tasks.
    pub tasks: Vec<TaskView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TaskView {
    pub id: String,
    pub kind: TaskKind,
    pub title: String,
    pub due_on: Option<jiff::civil::Date>,
    pub done_at: Option<Timestamp>,
}

fn task_label(id: &str) -> String {
    format!("case-task:{id}")
}

/// Adds a goal, step or task with an optional due date.
#[allow(clippy::too_many_arguments)]
pub async fn add_task(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    actor: &UserId,
    case: &CaseId,
    kind: &str,
    title: &str,
    due_on: Option<&str>,
    now: Timestamp,
) -> Result<StoredTask, CaseError> {
    let stored = store.case(tenant, case).await?;
    if stored.case.status == CaseStatus::Closed {
        return Err(CaseError::Closed);
    }
    let kind = TaskKind::parse(kind).ok_or(CaseError::Invalid("kind"))?;
    let title = text(title, "title", 500)?;
    if title.is_empty() {
        return Err(CaseError::Invalid("title"));
    }
    let due_on = match due_on.map(str::trim).filter(|d| !d.is_empty()) {
        Some(d) => Some(d.parse::<jiff::civil::Date>().map_err(|_| CaseError::Invalid("due_on"))?),
        None => None,
    };
    let client = store.client(tenant, &stored.case.client_id).await?;
    let id = uuid::Uuid::now_v7().to_string();
    let sealed =
        keys.seal_with_data_key(tenant, &client.client.data_key_id, &task_label(&id), title.as_bytes(), now).await?;
    let task = StoredTask {
        id,
        tenant_id: tenant.clone(),
        case_id: case.clone(),
        kind,
        sealed_title: Some(sealed),
        due_on,
        done_at: None,
        author: Some(actor.clone()),
        created_at: now,
    };
    store.add_task(&task).await?;
    Ok(task)
}

/// Opens task titles with their cases' client keys (tasks of erased clients are left out).
pub async fn open_tasks(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    tasks: &[StoredTask],
    now: Timestamp,
) -> Result<Vec<(CaseId, TaskView)>, CaseError> {
    let mut out = Vec::new();
    for t in tasks {
        let Some(sealed) = &t.sealed_title else { continue };
        let stored = store.case(tenant, &t.case_id).await?;
        let client = store.client(tenant, &stored.case.client_id).await?;
        let title =
            keys.open_with_data_key(tenant, &client.client.data_key_id, &task_label(&t.id), sealed, now).await?;
        out.push((
            t.case_id.clone(),
            TaskView {
                id: t.id.clone(),
                kind: t.kind,
                title: String::from_utf8_lossy(&title).into_owned(),
                due_on: t.due_on,
                done_at: t.done_at,
            },
        ));
    }
    Ok(out)
}

/// The title of a case, opened (None when it has none).
pub async fn case_title(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    stored: &crate::case::StoredCase,
    now: Timestamp,
) -> Result<Option<String>, CaseError> {
    let Some(sealed) = &stored.sealed_title else { return Ok(None) };
    let client = store.client(tenant, &stored.case.client_id).await?;
    let title =
        keys.open_with_data_key(tenant, &client.client.data_key_id, &title_label(&stored.case.id), sealed, now).await?;
    Ok(Some(String::from_utf8_lossy(&title).into_owned()))
}

pub async fn read_case(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    case: &CaseId,
    now: Timestamp,
) -> Result<CaseView, CaseError> {
    let stored = store.case(tenant, case).await?;
    let client = store.client(tenant, &stored.case.client_id).await?;
    let key = &client.client.data_key_id;
    let title = match &stored.sealed_title {
        Some(sealed) => Some(
            String::from_utf8_lossy(&keys.open_with_data_key(tenant, key, &title_label(case), sealed, now).await?)
                .into_owned(),
        ),
        None => None,
    };
    let mut timeline = Vec::new();
    for entry in store.case_entries(tenant, case).await? {
        let text = match &entry.sealed_text {
            Some(sealed) => Some(
                String::from_utf8_lossy(
                    &keys.open_with_data_key(tenant, key, &entry_label(&entry.id), sealed, now).await?,
                )
                .into_owned(),
            ),
            None => None,
        };
        let feedback = match &entry.sealed_feedback {
            Some(sealed) => Some(
                String::from_utf8_lossy(
                    &keys.open_with_data_key(tenant, key, &feedback_label(&entry.id), sealed, now).await?,
                )
                .into_owned(),
            ),
            None => None,
        };
        timeline.push(TimelineEntry {
            service_id: entry.service_id,
            referral_status: entry.referral_status,
            feedback,
            id: entry.id,
            kind: entry.kind,
            mode: entry.mode,
            duration_minutes: entry.duration_minutes,
            text,
            author: entry.author,
            occurred_at: entry.occurred_at,
        });
    }
    let documents = crate::document::list(store, keys, tenant, case, now).await.map_err(|e| match e {
        crate::document::DocumentError::Store(s) => CaseError::Store(s),
        crate::document::DocumentError::Key(k) => CaseError::Key(k),
        _ => CaseError::Invalid("document"),
    })?;
    let tasks = store.case_tasks(tenant, case).await?;
    let tasks = open_tasks(store, keys, tenant, &tasks, now).await?.into_iter().map(|(_, t)| t).collect();
    Ok(CaseView { case: stored.case, title, timeline, documents, tasks })
}

/// Hands a case to a colleague (or back to the queue with `None`), with an optional note for the timeline.
/// The colleague must be an active member of the tenant whose role handles client data.
#[allow(clippy::too_many_arguments)]
pub async fn hand_over(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    actor: &UserId,
    case: &CaseId,
    to: Option<&UserId>,
    note: &str,
    now: Timestamp,
) -> Result<(), CaseError> {
    let stored = store.case(tenant, case).await?;
    if stored.case.status == CaseStatus::Closed {
        return Err(CaseError::Closed);
    }
    if let Some(user) = to {
        let colleague = match store.user(tenant, user).await {
            Err(StoreError::NotFound) => return Err(CaseError::Invalid("user_id")),
            other => other?,
        };
        if !colleague.active || !crate::policy::allows(colleague.role, crate::policy::Action::HandleClientData) {
            return Err(CaseError::Invalid("user_id"));
        }
    }
    let note = text(note, "note", 10_000)?;
    store.assign_case(tenant, case, to).await?;
    if !note.is_empty() {
        add_entry(store, keys, tenant, actor, case, EntryKind::Note, None, None, &note, None, now).await?;
    }
    Ok(())
}
