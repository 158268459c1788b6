//! Administration of a tenant: staff accounts (invite, role, deactivate, reset two-factor) and settings.
//! Every handler takes `Staff`, checks the permission table, and works only inside the staff member's tenant.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotse_core::policy::Action;
use lotse_core::tenant::TenantName;
use lotse_core::user::{User, UserChange, parse_display_name};
use lotse_core::{PageRequest, Role, StoreError, UserId};
use serde::Deserialize;

use crate::AppState;
use crate::auth::{AuthRejection, Staff};
use crate::ctx::PageCtx;
use crate::errors::{FieldError, WebError, page_with_status};
use crate::identity::{self, InviteError};

const PER_PAGE: u32 = 50;

#[derive(Template, WebTemplate)]
#[template(path = "admin_users.html")]
pub struct UsersPage {
    ctx: PageCtx,
    csrf: String,
    users: Vec<UserRow>,
    page: u32,
    pages: u32,
    total: u64,
    roles: Vec<(&'static str, String)>,
    invite_link: Option<String>,
    error: Option<String>,
}

pub struct UserRow {
    pub id: String,
    pub email: String,
    pub name: String,
    pub role: String,
    pub active: bool,
    pub two_factor: bool,
}

fn role_options(ctx: &PageCtx) -> Vec<(&'static str, String)> {
    Role::ALL.iter().map(|r| (r.as_str(), ctx.t(&format!("role-{}", r.as_str())))).collect()
}

fn row(ctx: &PageCtx, user: &User) -> UserRow {
    UserRow {
        id: user.id.to_string(),
        email: user.email.to_string(),
        name: user.display_name.clone(),
        role: ctx.t(&format!("role-{}", user.role.as_str())),
        active: user.active,
        two_factor: user.two_factor_enabled,
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    page: Option<u32>,
}

impl PageQuery {
    /// The requested page, 1 at the least.
    pub fn page(&self) -> u32 {
        self.page.unwrap_or(1).max(1)
    }
}

async fn users_page(
    state: &AppState,
    ctx: PageCtx,
    staff: &Staff,
    page: u32,
    invite_link: Option<String>,
    error: Option<String>,
) -> Result<UsersPage, WebError> {
    let result = state.store.list_users(&staff.tenant.id, PageRequest::new((page - 1) * PER_PAGE, PER_PAGE)).await?;
    state
        .auditor
        .log(Some(&staff.tenant.id), Some(&staff.user.id), "user.list", "user", "", "administration", "")
        .await?;
    let ctx = ctx.with_staff(staff);
    Ok(UsersPage {
        users: result.items.iter().map(|u| row(&ctx, u)).collect(),
        roles: role_options(&ctx),
        csrf: staff.csrf_token.clone(),
        page,
        pages: u32::try_from(result.total.div_ceil(u64::from(PER_PAGE))).unwrap_or(1).max(1),
        total: result.total,
        invite_link,
        error,
        ctx,
    })
}

pub async fn list_users(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Query(query): Query<PageQuery>,
) -> Result<UsersPage, AuthRejection> {
    staff.require(Action::ManageUsers)?;
    Ok(users_page(&state, ctx, &staff, query.page.unwrap_or(1).max(1), None, None).await?)
}

#[derive(Debug, Deserialize)]
pub struct InviteForm {
    csrf: String,
    email: String,
    name: String,
    role: String,
}

pub async fn invite_user(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Form(form): Form<InviteForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::ManageUsers)?;
    staff.check_csrf(&form.csrf)?;
    match identity::invite(&state, &staff, &form.email, &form.name, &form.role).await {
        Ok((_, link)) => Ok(users_page(&state, ctx, &staff, 1, Some(link), None).await?.into_response()),
        Err(InviteError::Invalid(field)) => {
            let message = ctx.t(&format!("admin-invalid-{field}"));
            let page = users_page(&state, ctx, &staff, 1, None, Some(message)).await?;
            Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page))
        }
        Err(InviteError::Taken) => {
            let message = ctx.t("admin-email-taken");
            let page = users_page(&state, ctx, &staff, 1, None, Some(message)).await?;
            Ok(page_with_status(StatusCode::CONFLICT, page))
        }
        Err(InviteError::Web(error)) => Err(error.into()),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_user.html")]
pub struct UserPage {
    ctx: PageCtx,
    csrf: String,
    user: UserRow,
    role_value: &'static str,
    roles: Vec<(&'static str, String)>,
    is_self: bool,
    notice: Option<String>,
}

async fn load_user(state: &AppState, staff: &Staff, id: &str) -> Result<User, WebError> {
    let id = UserId::parse(id).ok_or(WebError::NotFound)?;
    Ok(state.store.user(&staff.tenant.id, &id).await?)
}

fn user_page(ctx: PageCtx, staff: &Staff, user: &User, notice: Option<String>) -> UserPage {
    let ctx = ctx.with_staff(staff);
    UserPage {
        csrf: staff.csrf_token.clone(),
        user: row(&ctx, user),
        role_value: user.role.as_str(),
        roles: role_options(&ctx),
        is_self: user.id == staff.user.id,
        notice,
        ctx,
    }
}

pub async fn show_user(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
) -> Result<UserPage, AuthRejection> {
    staff.require(Action::ManageUsers)?;
    let user = load_user(&state, &staff, &id).await?;
    state
        .auditor
        .log(Some(&staff.tenant.id), Some(&staff.user.id), "user.read", "user", user.id.as_str(), "administration", "")
        .await
        .map_err(WebError::from)?;
    Ok(user_page(ctx, &staff, &user, None))
}

#[derive(Debug, Deserialize)]
pub struct UserForm {
    csrf: String,
    role: String,
    active: Option<String>,
    name: String,
}

pub async fn update_user(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    Form(form): Form<UserForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::ManageUsers)?;
    staff.check_csrf(&form.csrf)?;
    let user = load_user(&state, &staff, &id).await?;
    let role = Role::parse(&form.role).map_err(|_| invalid("role"))?;
    let name = parse_display_name(&form.name).ok_or_else(|| invalid("name"))?;
    let change = UserChange { role: Some(role), active: Some(form.active.is_some()), display_name: Some(name) };
    let updated = identity::change_user(&state, &staff, &user, &change).await?;
    let notice = ctx.t("admin-saved");
    Ok(user_page(ctx, &staff, &updated, Some(notice)).into_response())
}

#[derive(Debug, Deserialize)]
pub struct CsrfOnly {
    csrf: String,
}

pub async fn reset_two_factor(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    Form(form): Form<CsrfOnly>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::ManageUsers)?;
    staff.check_csrf(&form.csrf)?;
    let user = load_user(&state, &staff, &id).await?;
    identity::reset_two_factor(&state, &staff, &user).await?;
    let user = state.store.user(&staff.tenant.id, &user.id).await.map_err(WebError::from)?;
    let notice = ctx.t("admin-2fa-reset-done");
    Ok(user_page(ctx, &staff, &user, Some(notice)).into_response())
}

fn invalid(field: &str) -> WebError {
    WebError::InvalidInput(vec![FieldError { field: field.into(), code: "invalid".into() }])
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_settings.html")]
pub struct SettingsPage {
    ctx: PageCtx,
    csrf: String,
    name: String,
    require_two_factor: bool,
    retention_days: i64,
    notice: Option<String>,
}

pub async fn settings_page(ctx: PageCtx, staff: Staff) -> Result<SettingsPage, AuthRejection> {
    staff.require(Action::ManageTenantSettings)?;
    Ok(SettingsPage {
        csrf: staff.csrf_token.clone(),
        name: staff.tenant.name.clone(),
        require_two_factor: staff.tenant.require_two_factor,
        retention_days: staff.tenant.retention_days,
        notice: None,
        ctx: ctx.with_staff(&staff),
    })
}

#[derive(Debug, Deserialize)]
pub struct SettingsForm {
    csrf: String,
    name: String,
    require_two_factor: Option<String>,
    retention_days: Option<String>,
}

pub async fn save_settings(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Form(form): Form<SettingsForm>,
) -> Result<SettingsPage, AuthRejection> {
    staff.require(Action::ManageTenantSettings)?;
    staff.check_csrf(&form.csrf)?;
    let name = TenantName::parse(&form.name).map_err(|_| invalid("name"))?;
    let days = match form.retention_days.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        Some(text) => Some(text.parse::<i64>().map_err(|_| invalid("retention_days"))?),
        None => None,
    };
    let tenant = identity::save_settings(&state, &staff, &name, form.require_two_factor.is_some(), days).await?;
    Ok(SettingsPage {
        csrf: staff.csrf_token.clone(),
        name: tenant.name.clone(),
        require_two_factor: tenant.require_two_factor,
        retention_days: tenant.retention_days,
        notice: Some(ctx.t("admin-saved")),
        ctx: ctx.with_staff(&Staff { tenant, ..staff }),
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "invite.html")]
pub struct InvitePage {
    ctx: PageCtx,
    token: String,
    error: Option<String>,
}

pub async fn invite_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> Result<InvitePage, WebError> {
    identity::open_invite(&state, &token).await?;
    Ok(InvitePage { ctx, token, error: None })
}

#[derive(Debug, Deserialize)]
pub struct AcceptForm {
    password: String,
    password_again: String,
}

pub async fn accept_invite(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
    Form(form): Form<AcceptForm>,
) -> Result<Response, WebError> {
    let invite = identity::open_invite(&state, &token).await?;
    let error = if form.password != form.password_again {
        Some(ctx.t("invite-mismatch"))
    } else {
        match lotse_core::password::Password::parse(&form.password) {
            Ok(password) => {
                identity::accept_invite(&state, &token, &invite, &password).await?;
                let mut response = StatusCode::SEE_OTHER.into_response();
                response
                    .headers_mut()
                    .insert(axum::http::header::LOCATION, axum::http::HeaderValue::from_static("/login"));
                return Ok(response);
            }
            Err(_) => Some(ctx.t("invite-too-short")),
        }
    };
    Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, InvitePage { ctx, token, error }))
}

impl From<StoreError> for AuthRejection {
    fn from(error: StoreError) -> Self {
        AuthRejection::Error(error.into())
    }
}
