//! The staff start page. For roles that handle client data it is the work list: open cases assigned to me (with
//! a search over their titles and clients' aliases), today's appointments, and tasks due within a week.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use lotse_core::case_service;
use lotse_core::knowledge_service::today;
use lotse_core::policy::Action;
use serde::Deserialize;

use crate::AppState;
use crate::auth::{AuthRejection, Staff};
use crate::ctx::PageCtx;
use crate::errors::WebError;

pub struct MyCase {
    pub id: String,
    pub title: String,
    pub client: String,
    pub topics: String,
}

pub struct TodayAppointment {
    pub time: String,
    pub mode: String,
    pub case_id: String,
}

pub struct DueTask {
    pub case_id: String,
    pub kind: String,
    pub title: String,
    pub due: String,
    pub overdue: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "staff.html")]
pub struct DashboardPage {
    ctx: PageCtx,
    role_label: String,
    two_factor_enabled: bool,
    csrf: String,
    handles_cases: bool,
    q: String,
    cases: Vec<MyCase>,
    appointments: Vec<TodayAppointment>,
    tasks: Vec<DueTask>,
}

#[derive(Debug, Deserialize, Default)]
pub struct WorkQuery {
    #[serde(default)]
    q: String,
}

pub async fn dashboard(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Query(query): Query<WorkQuery>,
) -> Result<DashboardPage, AuthRejection> {
    let mut page = DashboardPage {
        role_label: ctx.t(&format!("role-{}", staff.user.role.as_str())),
        two_factor_enabled: staff.user.two_factor_enabled,
        csrf: staff.csrf_token.clone(),
        handles_cases: staff.can(Action::HandleClientData),
        q: query.q.trim().chars().take(200).collect(),
        cases: vec![],
        appointments: vec![],
        tasks: vec![],
        ctx: ctx.clone().with_staff(&staff),
    };
    if !page.handles_cases {
        return Ok(page);
    }
    let now = state.clock.now();
    let tenant = &staff.tenant.id;
    let store = state.store.as_ref();
    let needle = page.q.to_lowercase();
    for stored in store.assigned_cases(tenant, &staff.user.id).await.map_err(WebError::from)? {
        let title = case_service::case_title(store, &state.keyring, tenant, &stored, now)
            .await
            .map_err(WebError::from)?
            .unwrap_or_else(|| ctx.t("case-title"));
        let client = store.client(tenant, &stored.case.client_id).await.map_err(WebError::from)?.client.alias;
        if !needle.is_empty() && !title.to_lowercase().contains(&needle) && !client.to_lowercase().contains(&needle) {
            continue;
        }
        page.cases.push(MyCase {
            id: stored.case.id.to_string(),
            title,
            client,
            topics: stored
                .case
                .topics
                .iter()
                .map(|t| ctx.t(&format!("topic-{}", t.as_str())))
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    let day = today(now);
    let start =
        lotse_core::appointment::parse_local(&format!("{day}T00:00")).map_err(|e| WebError::Internal(e.to_string()))?;
    let tomorrow = day.tomorrow().map_err(|e| WebError::Internal(e.to_string()))?;
    let end = lotse_core::appointment::parse_local(&format!("{tomorrow}T00:00"))
        .map_err(|e| WebError::Internal(e.to_string()))?;
    for a in store.counselor_appointments(tenant, &staff.user.id, start, end).await.map_err(WebError::from)? {
        page.appointments.push(TodayAppointment {
            time: lotse_core::appointment::format_local(a.starts_at)
                .map(|(local, _)| local.get(11..16).unwrap_or("").to_string())
                .unwrap_or_default(),
            mode: ctx.t(&format!("appointment-{}", a.mode.as_str())),
            case_id: a.case_id.map(|c| c.to_string()).unwrap_or_default(),
        });
    }
    let week = day.checked_add(jiff::Span::new().days(7)).unwrap_or(day);
    let due = store.tasks_due(tenant, &staff.user.id, week).await.map_err(WebError::from)?;
    for (case_id, t) in
        case_service::open_tasks(store, &state.keyring, tenant, &due, now).await.map_err(WebError::from)?
    {
        page.tasks.push(DueTask {
            case_id: case_id.to_string(),
            kind: ctx.t(&format!("task-{}", t.kind.as_str())),
            title: t.title,
            due: t.due_on.map(|d| d.to_string()).unwrap_or_default(),
            overdue: t.due_on.is_some_and(|d| d < day),
        });
    }
    state
        .auditor
        .log(Some(tenant), Some(&staff.user.id), "case.list", "case", "", "counseling", "work list")
        .await
        .map_err(WebError::from)?;
    Ok(page)
}
