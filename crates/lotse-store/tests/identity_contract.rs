//! Identity storage contract: audit chain, sessions, two-factor state, keys. Runs on both backends.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use lotse_core::audit::{AuditEvent, ChainVerifier, GENESIS_HASH};
use lotse_core::password::PasswordHashString;
use lotse_core::session::{Session, SessionStage};
use lotse_core::store::{AuditFilter, StoreError, WrappedKey};
use lotse_core::tenant::TenantName;
use lotse_core::user::{NewUser, User, UserChange};
use lotse_core::{Email, PageRequest, Role, Store, TenantId, Timestamp};
use lotse_store::testing::fresh_database;

async fn tenant_and_user(store: &dyn Store, name: &str, email: &str) -> (TenantId, User) {
    let tenant = store.create_tenant(&TenantName::parse(name).unwrap(), Timestamp(1)).await.unwrap();
    let user = store
        .create_user(
            &NewUser {
                tenant_id: tenant.id.clone(),
                email: Email::parse(email).unwrap(),
                display_name: "Person".into(),
                role: Role::Counselor,
                password_hash: PasswordHashString("$argon2id$x".into()),
            },
            Timestamp(1),
        )
        .await
        .unwrap();
    (tenant.id, user)
}

fn event(tenant: &TenantId, action: &str, entity: &str) -> AuditEvent {
    AuditEvent {
        tenant_id: Some(tenant.clone()),
        actor: None,
        action: action.into(),
        entity_type: "user".into(),
        entity_id: entity.into(),
        purpose: "testing".into(),
        detail: String::new(),
    }
}

#[tokio::test]
async fn audit_entries_chain_and_filter_per_tenant() {
    let db = fresh_database().await;
    let (a, _) = tenant_and_user(db.store.as_ref(), "Tenant A", "a@a.example").await;
    let (b, _) = tenant_and_user(db.store.as_ref(), "Tenant B", "b@b.example").await;
    let first = db.store.append_audit(&event(&a, "login.success", "u1"), Timestamp(10)).await.unwrap();
    assert_eq!(first.seq, 1);
    assert_eq!(first.prev_hash, GENESIS_HASH);
    let second = db.store.append_audit(&event(&b, "login.failure", "u2"), Timestamp(11)).await.unwrap();
    assert_eq!(second.prev_hash, first.hash);
    db.store.append_audit(&event(&a, "user.update", "u1"), Timestamp(12)).await.unwrap();

    let only_a = db.store.list_audit(&a, &AuditFilter::default(), PageRequest::default()).await.unwrap();
    assert_eq!(only_a.total, 2);
    assert_eq!(only_a.items[0].action, "user.update", "newest first");
    let logins = AuditFilter { action_prefix: Some("login".into()), ..Default::default() };
    assert_eq!(db.store.list_audit(&a, &logins, PageRequest::default()).await.unwrap().total, 1);
    let window = AuditFilter { from: Some(Timestamp(12)), to: Some(Timestamp(13)), ..Default::default() };
    assert_eq!(db.store.list_audit(&a, &window, PageRequest::default()).await.unwrap().total, 1);

    let all = db.store.audit_after(0, 100).await.unwrap();
    let mut verifier = ChainVerifier::default();
    for entry in &all {
        verifier.check(entry);
    }
    assert!(verifier.problems.is_empty(), "{:?}", verifier.problems);
    assert_eq!(db.store.audit_count().await.unwrap(), 3);
}

#[tokio::test]
async fn concurrent_appends_keep_one_linear_chain() {
    let db = fresh_database().await;
    let (a, _) = tenant_and_user(db.store.as_ref(), "Tenant A", "a@a.example").await;
    let mut tasks = Vec::new();
    for i in 0..20 {
        let store = db.store.clone();
        let tenant = a.clone();
        tasks.push(tokio::spawn(async move {
            store.append_audit(&event(&tenant, "test.concurrent", &i.to_string()), Timestamp(i)).await
        }));
    }
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    let all = db.store.audit_after(0, 100).await.unwrap();
    assert_eq!(all.len(), 20);
    let mut verifier = ChainVerifier::default();
    for entry in &all {
        verifier.check(entry);
    }
    assert!(verifier.problems.is_empty(), "{:?}", verifier.problems);
}

#[tokio::test]
async fn sessions_are_created_staged_and_ended() {
    let db = fresh_database().await;
    let (tenant, user) = tenant_and_user(db.store.as_ref(), "Tenant A", "a@a.example").await;
    let session = Session {
        tenant_id: tenant.clone(),
        user_id: user.id.clone(),
        stage: SessionStage::SecondFactor,
        csrf_token: "csrf".into(),
        created_at: Timestamp(1),
        last_seen_at: Timestamp(1),
        expires_at: Timestamp(1000),
    };
    db.store.create_session("d1", &session).await.unwrap();
    db.store.create_session("d2", &Session { stage: SessionStage::Complete, ..session.clone() }).await.unwrap();
    assert_eq!(db.store.session("d1").await.unwrap(), session);
    db.store.set_session_stage("d1", SessionStage::Complete).await.unwrap();
    db.store.touch_session("d1", Timestamp(5)).await.unwrap();
    let updated = db.store.session("d1").await.unwrap();
    assert_eq!((updated.stage, updated.last_seen_at), (SessionStage::Complete, Timestamp(5)));
    db.store.delete_session("d1").await.unwrap();
    assert!(matches!(db.store.session("d1").await, Err(StoreError::NotFound)));
    assert_eq!(db.store.delete_user_sessions(&tenant, &user.id).await.unwrap(), 1);
    assert!(matches!(db.store.session("d2").await, Err(StoreError::NotFound)));
}

#[tokio::test]
async fn totp_steps_are_single_use_and_recovery_codes_once() {
    let db = fresh_database().await;
    let (tenant, user) = tenant_and_user(db.store.as_ref(), "Tenant A", "a@a.example").await;
    let (other_tenant, _) = tenant_and_user(db.store.as_ref(), "Tenant B", "b@b.example").await;
    db.store.set_totp(&tenant, &user.id, Some(b"sealed"), true).await.unwrap();
    assert_eq!(db.store.totp_state(&tenant, &user.id).await.unwrap(), (Some(b"sealed".to_vec()), true, 0));
    assert!(db.store.use_totp_step(&tenant, &user.id, 100).await.unwrap());
    assert!(!db.store.use_totp_step(&tenant, &user.id, 100).await.unwrap(), "replay refused");
    assert!(!db.store.use_totp_step(&tenant, &user.id, 99).await.unwrap(), "older step refused");
    assert!(!db.store.use_totp_step(&other_tenant, &user.id, 200).await.unwrap(), "other tenant cannot touch it");

    db.store.replace_recovery_codes(&tenant, &user.id, &["c1".into(), "c2".into()]).await.unwrap();
    assert!(!db.store.use_recovery_code(&other_tenant, &user.id, "c1", Timestamp(2)).await.unwrap());
    assert!(db.store.use_recovery_code(&tenant, &user.id, "c1", Timestamp(2)).await.unwrap());
    assert!(!db.store.use_recovery_code(&tenant, &user.id, "c1", Timestamp(3)).await.unwrap());
    db.store.set_totp(&tenant, &user.id, None, false).await.unwrap();
    assert!(!db.store.use_recovery_code(&tenant, &user.id, "c2", Timestamp(3)).await.unwrap(), "reset drops codes");
    assert!(!db.store.user(&tenant, &user.id).await.unwrap().two_factor_enabled);
}

#[tokio::test]
async fn account_changes_are_scoped_by_tenant() {
    let db = fresh_database().await;
    let (tenant, user) = tenant_and_user(db.store.as_ref(), "Tenant A", "a@a.example").await;
    let (other, _) = tenant_and_user(db.store.as_ref(), "Tenant B", "b@b.example").await;
    let change = UserChange { role: Some(Role::Admin), active: Some(false), display_name: None };
    assert!(matches!(db.store.update_user(&other, &user.id, &change).await, Err(StoreError::NotFound)));
    let changed = db.store.update_user(&tenant, &user.id, &change).await.unwrap();
    assert_eq!((changed.role, changed.active, changed.display_name.as_str()), (Role::Admin, false, "Person"));
    db.store.record_login_failure(&tenant, &user.id, 3, Some(Timestamp(99))).await.unwrap();
    let record = db.store.login_record(&user.email).await.unwrap();
    assert_eq!((record.failed_logins, record.locked_until), (3, Some(Timestamp(99))));
    db.store.reset_login_failures(&tenant, &user.id).await.unwrap();
    let record = db.store.login_record(&user.email).await.unwrap();
    assert_eq!((record.failed_logins, record.locked_until), (0, None));
}

#[tokio::test]
async fn keys_are_stored_rewrapped_and_destroyed() {
    let db = fresh_database().await;
    let (tenant, _) = tenant_and_user(db.store.as_ref(), "Tenant A", "a@a.example").await;
    let (other, _) = tenant_and_user(db.store.as_ref(), "Tenant B", "b@b.example").await;
    let key = WrappedKey { master_key_id: "m1".into(), wrapped: vec![1, 2, 3] };
    db.store.put_tenant_key(&tenant, &key, Timestamp(1)).await.unwrap();
    assert_eq!(db.store.tenant_key(&tenant).await.unwrap(), key);
    let rewrapped = WrappedKey { master_key_id: "m2".into(), wrapped: vec![4, 5] };
    db.store.rewrap_tenant_keys(&[(tenant.clone(), rewrapped.clone())]).await.unwrap();
    assert_eq!(db.store.all_tenant_keys().await.unwrap(), vec![(tenant.clone(), rewrapped)]);

    db.store.create_data_key(&tenant, "k1", &[9, 9], Timestamp(1)).await.unwrap();
    assert!(matches!(db.store.data_key(&other, "k1").await, Err(StoreError::NotFound)));
    assert_eq!(db.store.data_key(&tenant, "k1").await.unwrap(), Some(vec![9, 9]));
    assert!(matches!(db.store.destroy_data_key(&other, "k1", Timestamp(2)).await, Err(StoreError::NotFound)));
    db.store.destroy_data_key(&tenant, "k1", Timestamp(2)).await.unwrap();
    assert_eq!(db.store.data_key(&tenant, "k1").await.unwrap(), None);
}

#[tokio::test]
async fn tenant_settings_change() {
    let db = fresh_database().await;
    let (tenant, _) = tenant_and_user(db.store.as_ref(), "Tenant A", "a@a.example").await;
    assert!(db.store.tenant(&tenant).await.unwrap().require_two_factor, "on by default");
    let changed = db.store.update_tenant(&tenant, &TenantName::parse("Tenant A2").unwrap(), false).await.unwrap();
    assert!(!changed.require_two_factor);
    assert_eq!(changed.name, "Tenant A2");
}

/// Every store method that takes a tenant, called with tenant B's id on tenant A's objects: nothing is read,
/// nothing changes, and the answer is the same as for an object that does not exist.
#[tokio::test]
async fn every_tenant_scoped_store_method_ignores_other_tenants_objects() {
    use lotse_core::secret_token::SecretToken;
    use lotse_core::store::Invite;
    let db = fresh_database().await;
    let store = db.store.as_ref();
    let (a, user) = tenant_and_user(store, "Tenant A", "a@a.example").await;
    let (b, _) = tenant_and_user(store, "Tenant B", "b@b.example").await;
    let now = Timestamp(10);
    store.set_totp(&a, &user.id, Some(b"sealed"), true).await.unwrap();
    store.replace_recovery_codes(&a, &user.id, &["code".into()]).await.unwrap();
    let secret = SecretToken::generate().unwrap();
    let token = store.create_token(&a, &user.id, "t", &secret.digest(), now).await.unwrap();
    store.create_data_key(&a, "dk", &[1], now).await.unwrap();
    store.append_audit(&event(&a, "user.read", user.id.as_str()), now).await.unwrap();
    let not_found = |r: Result<(), StoreError>| matches!(r, Err(StoreError::NotFound));

    assert!(matches!(store.user(&b, &user.id).await, Err(StoreError::NotFound)));
    assert!(matches!(
        store.update_user(&b, &user.id, &UserChange { active: Some(false), ..Default::default() }).await,
        Err(StoreError::NotFound)
    ));
    assert!(not_found(store.set_password(&b, &user.id, &PasswordHashString("x".into())).await));
    assert!(not_found(store.set_totp(&b, &user.id, None, false).await));
    assert!(matches!(store.totp_state(&b, &user.id).await, Err(StoreError::NotFound)));
    assert!(!store.use_totp_step(&b, &user.id, 5).await.unwrap());
    assert!(not_found(store.replace_recovery_codes(&b, &user.id, &[]).await));
    assert!(!store.use_recovery_code(&b, &user.id, "code", now).await.unwrap());
    store.record_login_failure(&b, &user.id, 99, Some(Timestamp(99))).await.unwrap();
    assert!(matches!(
        store.create_token(&b, &user.id, "t", &SecretToken::generate().unwrap().digest(), now).await,
        Err(StoreError::NotFound)
    ));
    assert!(not_found(store.revoke_token(&b, None, &token.id, now).await));
    let invite = Invite { tenant_id: b.clone(), user_id: user.id.clone(), expires_at: Timestamp(100), used_at: None };
    assert!(not_found(store.create_invite("digest", &invite, now).await));
    assert!(matches!(store.data_key(&b, "dk").await, Err(StoreError::NotFound)));
    assert!(not_found(store.destroy_data_key(&b, "dk", now).await));
    assert_eq!(store.delete_user_sessions(&b, &user.id).await.unwrap(), 0);
    assert!(matches!(store.tenant_key(&b).await, Err(StoreError::NotFound)));
    assert!(store.list_users(&b, PageRequest::default()).await.unwrap().items.iter().all(|u| u.id != user.id));
    assert_eq!(store.list_audit(&b, &AuditFilter::default(), PageRequest::default()).await.unwrap().total, 0);

    // Tenant A's data is exactly as before.
    let record = store.login_record(&user.email).await.unwrap();
    assert_eq!((record.failed_logins, record.locked_until, record.user.active), (0, None, true));
    assert_eq!(store.totp_state(&a, &user.id).await.unwrap(), (Some(b"sealed".to_vec()), true, 0));
    assert!(store.use_recovery_code(&a, &user.id, "code", now).await.unwrap());
    assert_eq!(store.authenticate_token(&secret.digest(), now).await.unwrap().user.id, user.id);
    assert_eq!(store.data_key(&a, "dk").await.unwrap(), Some(vec![1]));
}
