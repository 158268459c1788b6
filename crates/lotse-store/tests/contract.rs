//! The store contract. Every test runs on whichever backend `LOTSE_TEST_DATABASE_URL` selects; the test
//! script runs this file once on SQLite and once on PostgreSQL.

use lotse_core::password::PasswordHashString;
use lotse_core::secret_token::SecretToken;
use lotse_core::store::StoreError;
use lotse_core::tenant::TenantName;
use lotse_core::user::NewUser;
use lotse_core::{Email, PageRequest, Role, TenantId, Timestamp, UserId};
use lotse_store::testing::fresh_database;

fn name(text: &str) -> TenantName {
    TenantName::parse(text).unwrap_or_else(|e| unreachable!("{e}"))
}

fn new_user(tenant: &TenantId, email: &str, role: Role) -> NewUser {
    NewUser {
        tenant_id: tenant.clone(),
        email: Email::parse(email).unwrap_or_else(|e| unreachable!("{e}")),
        display_name: "Test Person".into(),
        role,
        password_hash: PasswordHashString("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA".into()),
    }
}

#[tokio::test]
async fn tenants_are_created_listed_and_unique_by_name() -> Result<(), StoreError> {
    let db = fresh_database().await;
    let a = db.store.create_tenant(&name("Beratung Halle"), Timestamp(1)).await?;
    let b = db.store.create_tenant(&name("Anlaufstelle Dessau"), Timestamp(2)).await?;
    assert_eq!(db.store.tenant(&a.id).await?, a);
    let page = db.store.list_tenants(PageRequest::new(0, 1)).await?;
    assert_eq!(page.total, 2);
    assert_eq!(page.items, vec![b.clone()], "ordered by name, limited to one");
    let second = db.store.list_tenants(PageRequest::new(1, 10)).await?;
    assert_eq!(second.items, vec![a]);
    let dup = db.store.create_tenant(&name("Beratung Halle"), Timestamp(3)).await;
    assert!(matches!(dup, Err(StoreError::Conflict("tenant_name"))), "{dup:?}");
    let missing = db.store.tenant(&TenantId::generate()).await;
    assert!(matches!(missing, Err(StoreError::NotFound)));
    Ok(())
}

#[tokio::test]
async fn users_are_scoped_by_tenant() -> Result<(), StoreError> {
    let db = fresh_database().await;
    let a = db.store.create_tenant(&name("Tenant A"), Timestamp(1)).await?;
    let b = db.store.create_tenant(&name("Tenant B"), Timestamp(1)).await?;
    let user = db.store.create_user(&new_user(&a.id, "ana@example.org", Role::Counselor), Timestamp(5)).await?;
    assert_eq!(db.store.user(&a.id, &user.id).await?, user);
    // The same id asked for under another tenant does not exist.
    assert!(matches!(db.store.user(&b.id, &user.id).await, Err(StoreError::NotFound)));
    assert_eq!(db.store.list_users(&b.id, PageRequest::default()).await?.total, 0);
    let listed = db.store.list_users(&a.id, PageRequest::default()).await?;
    assert_eq!(listed.items, vec![user.clone()]);
    let (by_mail, hash) = db.store.user_by_email(&user.email).await?;
    assert_eq!(by_mail, user);
    assert!(hash.0.starts_with("$argon2id$"));
    Ok(())
}

#[tokio::test]
async fn emails_are_unique_and_users_need_an_existing_tenant() -> Result<(), StoreError> {
    let db = fresh_database().await;
    let a = db.store.create_tenant(&name("Tenant A"), Timestamp(1)).await?;
    let b = db.store.create_tenant(&name("Tenant B"), Timestamp(1)).await?;
    db.store.create_user(&new_user(&a.id, "same@example.org", Role::Admin), Timestamp(1)).await?;
    let dup = db.store.create_user(&new_user(&b.id, "SAME@example.org", Role::Admin), Timestamp(1)).await;
    assert!(matches!(dup, Err(StoreError::Conflict("email"))), "{dup:?}");
    let orphan =
        db.store.create_user(&new_user(&TenantId::generate(), "x@example.org", Role::Admin), Timestamp(1)).await;
    assert!(matches!(orphan, Err(StoreError::NotFound)), "{orphan:?}");
    Ok(())
}

#[tokio::test]
async fn tokens_authenticate_until_revoked_and_never_across_tenants() -> Result<(), StoreError> {
    let db = fresh_database().await;
    let a = db.store.create_tenant(&name("Tenant A"), Timestamp(1)).await?;
    let b = db.store.create_tenant(&name("Tenant B"), Timestamp(1)).await?;
    let user = db.store.create_user(&new_user(&a.id, "tok@example.org", Role::Coordinator), Timestamp(1)).await?;
    let secret = SecretToken::generate().map_err(|e| StoreError::Backend(e.to_string()))?;

    // A token for a user of tenant A cannot be created under tenant B.
    let wrong = db.store.create_token(&b.id, &user.id, "cli", &secret.digest(), Timestamp(2)).await;
    assert!(matches!(wrong, Err(StoreError::NotFound)), "{wrong:?}");

    let info = db.store.create_token(&a.id, &user.id, "cli", &secret.digest(), Timestamp(2)).await?;
    let owner = db.store.authenticate_token(&secret.digest(), Timestamp(3)).await?;
    assert_eq!(owner.user, user);
    assert_eq!(owner.token_id, info.id);

    let other = SecretToken::generate().map_err(|e| StoreError::Backend(e.to_string()))?;
    assert!(matches!(db.store.authenticate_token(&other.digest(), Timestamp(3)).await, Err(StoreError::NotFound)));

    assert!(matches!(db.store.revoke_token(&b.id, None, &info.id, Timestamp(4)).await, Err(StoreError::NotFound)));
    db.store.revoke_token(&a.id, None, &info.id, Timestamp(4)).await?;
    assert!(matches!(db.store.authenticate_token(&secret.digest(), Timestamp(5)).await, Err(StoreError::NotFound)));
    assert!(matches!(db.store.revoke_token(&a.id, None, &info.id, Timestamp(6)).await, Err(StoreError::NotFound)));
    let _ = UserId::generate();
    Ok(())
}

#[tokio::test]
async fn health_check_answers() -> Result<(), StoreError> {
    let db = fresh_database().await;
    db.store.ping().await?;
    let expected = if db.url.starts_with("postgres") { "postgres" } else { "sqlite" };
    assert_eq!(db.store.backend_name(), expected);
    Ok(())
}

#[tokio::test]
async fn a_token_revoked_with_an_owner_must_belong_to_that_owner() -> Result<(), StoreError> {
    let db = fresh_database().await;
    let a = db.store.create_tenant(&name("Tenant A"), Timestamp(1)).await?;
    let owner = db.store.create_user(&new_user(&a.id, "owner@example.org", Role::Counselor), Timestamp(1)).await?;
    let other = db.store.create_user(&new_user(&a.id, "other@example.org", Role::Counselor), Timestamp(1)).await?;
    let secret = SecretToken::generate().map_err(|e| StoreError::Backend(e.to_string()))?;
    let info = db.store.create_token(&a.id, &owner.id, "cli", &secret.digest(), Timestamp(2)).await?;
    let refused = db.store.revoke_token(&a.id, Some(&other.id), &info.id, Timestamp(3)).await;
    assert!(matches!(refused, Err(StoreError::NotFound)));
    db.store.authenticate_token(&secret.digest(), Timestamp(4)).await?;
    db.store.revoke_token(&a.id, Some(&owner.id), &info.id, Timestamp(5)).await?;
    assert!(matches!(db.store.authenticate_token(&secret.digest(), Timestamp(6)).await, Err(StoreError::NotFound)));
    Ok(())
}
