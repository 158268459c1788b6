//! Admin commands: tenants, users, tokens. Output meant for scripts (ids, tokens) goes to stdout alone;
//! explanations go to stderr.

use anyhow::{Context, anyhow, bail};
use lotse_core::audit::AuditEvent;
use lotse_core::password::Password;
use lotse_core::secret_token::SecretToken;
use lotse_core::tenant::TenantName;
use lotse_core::user::{NewUser, parse_display_name};
use lotse_core::{Clock, Email, PageRequest, Role, Store, StoreError, SystemClock, TenantId};
use std::io::Read;

pub async fn tenant_add(store: &dyn Store, name: &str) -> anyhow::Result<()> {
    let name = TenantName::parse(name)?;
    let tenant = store.create_tenant(&name, SystemClock.now()).await.map_err(|e| match e {
        StoreError::Conflict(_) => anyhow!("a tenant named {:?} already exists", name.as_str()),
        other => anyhow!(other),
    })?;
    audit(store, Some(&tenant.id), "tenant.create", "tenant", tenant.id.as_str()).await?;
    println!("{}", tenant.id);
    eprintln!("Created tenant {:?}.", tenant.name);
    Ok(())
}

pub async fn tenant_list(store: &dyn Store, offset: u32, limit: u32) -> anyhow::Result<()> {
    let page = store.list_tenants(PageRequest::new(offset, limit)).await?;
    for tenant in &page.items {
        println!("{}\t{}", tenant.id, tenant.name);
    }
    eprintln!("{} of {} tenants (from {}).", page.items.len(), page.total, page.offset);
    Ok(())
}

pub async fn user_add(
    store: &dyn Store,
    tenant: &str,
    email: &str,
    role: &str,
    name: Option<&str>,
) -> anyhow::Result<()> {
    let tenant_id = TenantId::parse(tenant).ok_or_else(|| anyhow!("{tenant:?} is not a tenant id"))?;
    let email = Email::parse(email).map_err(|e| anyhow!("{email:?}: {e}"))?;
    let role = Role::parse(role)?;
    let display_name = match name {
        Some(name) => parse_display_name(name).ok_or_else(|| anyhow!("the name must have 1 to 120 characters"))?,
        None => email.as_str().split('@').next().unwrap_or("user").to_string(),
    };
    let mut input = String::new();
    std::io::stdin().take(4096).read_to_string(&mut input).context("cannot read the password from standard input")?;
    let first_line = input.lines().next().unwrap_or("");
    let password = Password::parse(first_line)?;
    let password_hash = password.hash()?;
    let user = store
        .create_user(&NewUser { tenant_id, email, display_name, role, password_hash }, SystemClock.now())
        .await
        .map_err(|e| match e {
            StoreError::Conflict(_) => {
                anyhow!("an account with this e-mail address already exists")
            }
            StoreError::NotFound => anyhow!("there is no tenant with the id {tenant}"),
            other => anyhow!(other),
        })?;
    audit(store, Some(&user.tenant_id), "user.create", "user", user.id.as_str()).await?;
    println!("{}", user.id);
    eprintln!("Created {} account {}.", user.role, user.email);
    Ok(())
}

pub async fn user_list(store: &dyn Store, tenant: &str, offset: u32, limit: u32) -> anyhow::Result<()> {
    let tenant_id = TenantId::parse(tenant).ok_or_else(|| anyhow!("{tenant:?} is not a tenant id"))?;
    let page = store.list_users(&tenant_id, PageRequest::new(offset, limit)).await?;
    for user in &page.items {
        let state = if user.active { "active" } else { "inactive" };
        println!("{}\t{}\t{}\t{}\t{}", user.id, user.email, user.role, state, user.display_name);
    }
    eprintln!("{} of {} accounts (from {}).", page.items.len(), page.total, page.offset);
    Ok(())
}

pub async fn token_create(store: &dyn Store, email: &str, label: &str) -> anyhow::Result<()> {
    let email = Email::parse(email).map_err(|e| anyhow!("{email:?}: {e}"))?;
    let label = label.trim();
    if label.is_empty() || label.chars().count() > 100 {
        bail!("the label must have 1 to 100 characters");
    }
    let (user, _) = store.user_by_email(&email).await.map_err(|e| match e {
        StoreError::NotFound => anyhow!("there is no account with the e-mail address {email}"),
        other => anyhow!(other),
    })?;
    if !user.active {
        bail!("the account {email} is deactivated");
    }
    let secret = SecretToken::generate()?;
    let token = store.create_token(&user.tenant_id, &user.id, label, &secret.digest(), SystemClock.now()).await?;
    audit(store, Some(&user.tenant_id), "token.create", "api_token", token.id.as_str()).await?;
    println!("{}", secret.expose());
    eprintln!("Created an API token for {email}. It is shown only now; store it safely.");
    Ok(())
}

/// Admin commands are recorded like actions in the web interface; the actor is the command line.
async fn audit(
    store: &dyn Store,
    tenant: Option<&TenantId>,
    action: &str,
    entity_type: &str,
    entity_id: &str,
) -> anyhow::Result<()> {
    let event = AuditEvent {
        tenant_id: tenant.cloned(),
        actor: None,
        action: action.to_string(),
        entity_type: entity_type.to_string(),
        entity_id: entity_id.to_string(),
        purpose: "administration".to_string(),
        detail: "cli".to_string(),
    };
    store.append_audit(&event, SystemClock.now()).await?;
    Ok(())
}
