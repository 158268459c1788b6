//! The audit log for admins: filter by person, action, entity and time; newest first; paginated.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use lotse_core::audit::AuditEntry;
use lotse_core::policy::Action;
use lotse_core::store::AuditFilter;
use lotse_core::{PageRequest, Timestamp, UserId};
use serde::Deserialize;

use crate::AppState;
use crate::auth::{AuthRejection, Staff};
use crate::ctx::PageCtx;
use crate::errors::WebError;

#[derive(Debug, Default, Deserialize)]
pub struct AuditQuery {
    actor: Option<String>,
    action: Option<String>,
    entity: Option<String>,
    /// ISO date (YYYY-MM-DD), inclusive.
    from: Option<String>,
    /// ISO date (YYYY-MM-DD), inclusive.
    to: Option<String>,
    page: Option<u32>,
}

#[derive(Template, WebTemplate)]
#[template(path = "audit.html")]
pub struct AuditPage {
    ctx: PageCtx,
    entries: Vec<AuditRow>,
    total: u64,
    page: u32,
    pages: u32,
    query: AuditQueryView,
}

pub struct AuditRow {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub purpose: String,
    pub detail: String,
}

#[derive(Default)]
pub struct AuditQueryView {
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub from: String,
    pub to: String,
    /// The filter as a query string, for the pagination links.
    pub link: String,
}

const PER_PAGE: u32 = 50;

fn filled(value: &Option<String>) -> Option<String> {
    value.as_ref().map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub fn parse_date(text: &str) -> Option<Timestamp> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
    if parts.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1970..=9999).contains(&y) {
        return None;
    }
    Some(Timestamp(days_from_civil(y, m, d) * 86_400_000))
}

/// UTC date and time for display, `YYYY-MM-DD HH:MM:SS`.
pub fn format_time(at: Timestamp) -> String {
    let secs = at.as_millis().div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}", rem / 3600, rem % 3600 / 60, rem % 60)
}

pub async fn audit_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Query(query): Query<AuditQuery>,
) -> Result<AuditPage, AuthRejection> {
    staff.require(Action::ReadAuditLog)?;
    let invalid = |field: &str| {
        WebError::InvalidInput(vec![crate::errors::FieldError { field: field.into(), code: "invalid".into() }])
    };
    let actor = match filled(&query.actor) {
        Some(text) => Some(UserId::parse(&text).ok_or_else(|| invalid("actor"))?),
        None => None,
    };
    let from = match filled(&query.from) {
        Some(text) => Some(parse_date(&text).ok_or_else(|| invalid("from"))?),
        None => None,
    };
    let to = match filled(&query.to) {
        Some(text) => Some(Timestamp(parse_date(&text).ok_or_else(|| invalid("to"))?.as_millis() + 86_400_000)),
        None => None,
    };
    let filter = AuditFilter {
        actor,
        action_prefix: filled(&query.action),
        entity_type: None,
        entity_id: filled(&query.entity),
        from,
        to,
    };
    let page = query.page.unwrap_or(1).max(1);
    let result = state
        .store
        .list_audit(&staff.tenant.id, &filter, PageRequest::new((page - 1) * PER_PAGE, PER_PAGE))
        .await
        .map_err(WebError::from)?;
    state
        .auditor
        .log(Some(&staff.tenant.id), Some(&staff.user.id), "audit.read", "audit_log", "", "administration", "")
        .await
        .map_err(WebError::from)?;
    let pages = u32::try_from(result.total.div_ceil(u64::from(PER_PAGE))).unwrap_or(u32::MAX).max(1);
    let view = AuditQueryView {
        actor: filled(&query.actor).unwrap_or_default(),
        action: filled(&query.action).unwrap_or_default(),
        entity: filled(&query.entity).unwrap_or_default(),
        from: filled(&query.from).unwrap_or_default(),
        to: filled(&query.to).unwrap_or_default(),
        link: [
            ("actor", &query.actor),
            ("action", &query.action),
            ("entity", &query.entity),
            ("from", &query.from),
            ("to", &query.to),
        ]
        .iter()
        .filter_map(|(k, v)| filled(v).map(|v| format!("{k}={}&", crate::ctx::percent_encode(&v))))
        .collect(),
    };
    Ok(AuditPage {
        ctx: ctx.with_staff(&staff),
        entries: result.items.iter().map(row).collect(),
        total: result.total,
        page,
        pages,
        query: view,
    })
}

fn row(entry: &AuditEntry) -> AuditRow {
    AuditRow {
        seq: entry.seq,
        at: format_time(entry.at),
        actor: entry.actor.as_ref().map(ToString::to_string).unwrap_or_default(),
        action: entry.action.clone(),
        entity: format!("{} {}", entry.entity_type, entry.entity_id),
        purpose: entry.purpose.clone(),
        detail: entry.detail.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        let t = parse_date("2026-11-26").unwrap_or(Timestamp(0));
        assert_eq!(format_time(t), "2026-11-26 00:00:00");
        assert_eq!(format_time(Timestamp(0)), "1970-01-01 00:00:00");
        assert!(parse_date("2026-13-01").is_none());
        assert!(parse_date("yesterday").is_none());
    }
}
