//! Account administration shared by the admin pages and the API: each operation checks its rules, writes,
//! ends sessions where access changes, and records the audit entry.

use lotse_core::password::{Password, PasswordHashString};
use lotse_core::secret_token::SecretToken;
use lotse_core::store::Invite;
use lotse_core::tenant::{Tenant, TenantName};
use lotse_core::user::{NewUser, User, UserChange, parse_display_name};
use lotse_core::{Email, Role, StoreError, Timestamp};
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::auth::Staff;
use crate::errors::{FieldError, WebError};

/// Invitations are valid for a week.
const INVITE_MS: i64 = 7 * 24 * 60 * 60 * 1000;
/// An invited account has no usable password until the invitation is accepted.
const NO_PASSWORD: &str = "!invited";

#[derive(Debug)]
pub enum InviteError {
    Invalid(&'static str),
    Taken,
    Web(WebError),
}

impl From<StoreError> for InviteError {
    fn from(error: StoreError) -> Self {
        InviteError::Web(error.into())
    }
}

fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(format!("lotse-invite:{token}").as_bytes()))
}

/// Creates the account and returns it with the invitation link (shown once).
pub async fn invite(
    state: &AppState,
    staff: &Staff,
    email: &str,
    name: &str,
    role: &str,
) -> Result<(User, String), InviteError> {
    let email = Email::parse(email).map_err(|_| InviteError::Invalid("email"))?;
    let display_name = parse_display_name(name).ok_or(InviteError::Invalid("name"))?;
    let role = Role::parse(role).map_err(|_| InviteError::Invalid("role"))?;
    let now = state.clock.now();
    let user = match state
        .store
        .create_user(
            &NewUser {
                tenant_id: staff.tenant.id.clone(),
                email,
                display_name,
                role,
                password_hash: PasswordHashString(NO_PASSWORD.into()),
            },
            now,
        )
        .await
    {
        Ok(user) => user,
        Err(StoreError::Conflict(_)) => return Err(InviteError::Taken),
        Err(other) => return Err(other.into()),
    };
    let token = SecretToken::generate().map_err(|e| InviteError::Web(WebError::Internal(e.to_string())))?;
    let secret = token.expose().trim_start_matches("lotse_").to_string();
    let invite = Invite {
        tenant_id: staff.tenant.id.clone(),
        user_id: user.id.clone(),
        expires_at: Timestamp(now.as_millis() + INVITE_MS),
        used_at: None,
    };
    state.store.create_invite(&digest(&secret), &invite, now).await?;
    state
        .auditor
        .log(
            Some(&staff.tenant.id),
            Some(&staff.user.id),
            "user.invite",
            "user",
            user.id.as_str(),
            "administration",
            role.as_str(),
        )
        .await?;
    let base = state.config.public_url.clone().unwrap_or_default();
    Ok((user, format!("{}/invite/{secret}", base.trim_end_matches('/'))))
}

pub async fn open_invite(state: &AppState, token: &str) -> Result<Invite, WebError> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(WebError::NotFound);
    }
    let invite = state.store.invite(&digest(token)).await?;
    if invite.used_at.is_some() || invite.expires_at.as_millis() <= state.clock.now().as_millis() {
        return Err(WebError::NotFound);
    }
    Ok(invite)
}

pub async fn accept_invite(
    state: &AppState,
    token: &str,
    invite: &Invite,
    password: &Password,
) -> Result<(), WebError> {
    let now = state.clock.now();
    if !state.store.use_invite(&digest(token), now).await? {
        return Err(WebError::NotFound);
    }
    let hash = password.hash().map_err(|e| WebError::Internal(e.to_string()))?;
    state.store.set_password(&invite.tenant_id, &invite.user_id, &hash).await?;
    state
        .auditor
        .log(
            Some(&invite.tenant_id),
            Some(&invite.user_id),
            "user.invite_accepted",
            "user",
            invite.user_id.as_str(),
            "authentication",
            "",
        )
        .await?;
    Ok(())
}

/// Changes role, activity or name. Admins cannot lock themselves out (own role or deactivation).
pub async fn change_user(state: &AppState, staff: &Staff, user: &User, change: &UserChange) -> Result<User, WebError> {
    if user.id == staff.user.id && (change.role.is_some_and(|r| r != user.role) || change.active == Some(false)) {
        return Err(WebError::InvalidInput(vec![FieldError { field: "role".into(), code: "own_account".into() }]));
    }
    let updated = state.store.update_user(&staff.tenant.id, &user.id, change).await?;
    let mut changed = Vec::new();
    if updated.role != user.role {
        changed.push("role");
    }
    if updated.active != user.active {
        changed.push("active");
    }
    if updated.display_name != user.display_name {
        changed.push("display_name");
    }
    // Access changed: end the person's sessions so the change takes effect at once.
    if !updated.active || updated.role != user.role {
        state.store.delete_user_sessions(&staff.tenant.id, &user.id).await?;
    }
    state
        .auditor
        .log(
            Some(&staff.tenant.id),
            Some(&staff.user.id),
            "user.update",
            "user",
            user.id.as_str(),
            "administration",
            &changed.join(","),
        )
        .await?;
    Ok(updated)
}

pub async fn reset_two_factor(state: &AppState, staff: &Staff, user: &User) -> Result<(), WebError> {
    state.store.set_totp(&staff.tenant.id, &user.id, None, false).await?;
    state.store.delete_user_sessions(&staff.tenant.id, &user.id).await?;
    state
        .auditor
        .log(Some(&staff.tenant.id), Some(&staff.user.id), "2fa.reset", "user", user.id.as_str(), "administration", "")
        .await?;
    Ok(())
}

pub async fn save_settings(
    state: &AppState,
    staff: &Staff,
    name: &TenantName,
    require_two_factor: bool,
    retention_days: Option<i64>,
) -> Result<Tenant, WebError> {
    if retention_days.is_some_and(|days| !(30..=3650).contains(&days)) {
        return Err(WebError::InvalidInput(vec![FieldError { field: "retention_days".into(), code: "range".into() }]));
    }
    let mut tenant =
        state.store.update_tenant(&staff.tenant.id, name, require_two_factor).await.map_err(|e| match e {
            StoreError::Conflict(_) => {
                WebError::Conflict(vec![FieldError { field: "name".into(), code: "taken".into() }])
            }
            other => other.into(),
        })?;
    if let Some(days) = retention_days {
        state.store.set_retention_days(&staff.tenant.id, days).await?;
        tenant.retention_days = days;
    }
    let detail = format!("require_two_factor={require_two_factor},retention_days={}", tenant.retention_days);
    state
        .auditor
        .log(
            Some(&staff.tenant.id),
            Some(&staff.user.id),
            "tenant.settings",
            "tenant",
            tenant.id.as_str(),
            "administration",
            &detail,
        )
        .await?;
    Ok(tenant)
}
