//! Creating, reading, exporting and erasing clients. Personal fields are sealed with the client's own data key;
//! erasure destroys that key and removes the fields.

use crate::client::{Client, ClientInputError, ClientProfile, Consent, validate};
use crate::keyring::{KeyError, KeyRing};
use crate::store::{Store, StoreError};
use crate::{ClientId, TenantId, Timestamp, UserId};

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error(transparent)]
    Input(#[from] ClientInputError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error("the sealed profile does not decode")]
    Corrupt,
}

fn profile_label(client: &ClientId) -> String {
    format!("client-profile:{client}")
}

fn is_empty(profile: &ClientProfile) -> bool {
    *profile == ClientProfile::default()
}

pub struct NewClientInput {
    pub alias: String,
    pub languages: Vec<String>,
    pub profile: ClientProfile,
}

pub async fn create_client(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    actor: Option<&UserId>,
    input: &NewClientInput,
    now: Timestamp,
    today: &str,
) -> Result<(Client, ClientProfile), ClientError> {
    let (alias, languages, profile) = validate(&input.alias, &input.languages, &input.profile, today)?;
    let data_key_id = keys.create_data_key(tenant, now).await?;
    let client = Client {
        id: ClientId::generate(),
        tenant_id: tenant.clone(),
        alias,
        languages,
        data_key_id,
        created_by: actor.cloned(),
        created_at: now,
        updated_at: now,
        erased_at: None,
    };
    let sealed = if is_empty(&profile) {
        None
    } else {
        let json = serde_json::to_vec(&profile).map_err(|_| ClientError::Corrupt)?;
        Some(keys.seal_with_data_key(tenant, &client.data_key_id, &profile_label(&client.id), &json, now).await?)
    };
    store.create_client(&client, sealed.as_deref()).await?;
    Ok((client, profile))
}

pub async fn read_client(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    id: &ClientId,
    now: Timestamp,
) -> Result<(Client, ClientProfile), ClientError> {
    let stored = store.client(tenant, id).await?;
    let profile = match &stored.sealed_profile {
        Some(sealed) => {
            let json =
                keys.open_with_data_key(tenant, &stored.client.data_key_id, &profile_label(id), sealed, now).await?;
            serde_json::from_slice(&json).map_err(|_| ClientError::Corrupt)?
        }
        None => ClientProfile::default(),
    };
    Ok((stored.client, profile))
}

/// Everything stored about a client, for Art. 15 and 20 GDPR.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ClientExport {
    pub client: Client,
    pub profile: ClientProfile,
    pub special_category_fields: Vec<&'static str>,
    pub consents: Vec<Consent>,
    /// Every case with its whole timeline, opened.
    pub cases: Vec<crate::case_service::CaseView>,
    /// Every recorded access to the client: when, by whom (user id), what, why.
    pub access_log: Vec<crate::audit::AuditEntry>,
}

pub async fn export_client(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    id: &ClientId,
    now: Timestamp,
) -> Result<ClientExport, ClientError> {
    let (client, profile) = read_client(store, keys, tenant, id, now).await?;
    let consents = store.consents(tenant, id).await?;
    let mut cases = Vec::new();
    for case in store.cases_of_client(tenant, id).await? {
        let view = crate::case_service::read_case(store, keys, tenant, &case.id, now).await.map_err(|e| match e {
            crate::case_service::CaseError::Store(s) => ClientError::Store(s),
            crate::case_service::CaseError::Key(k) => ClientError::Key(k),
            _ => ClientError::Corrupt,
        })?;
        cases.push(view);
    }
    let filter = crate::store::AuditFilter { entity_id: Some(id.to_string()), ..Default::default() };
    let mut access_log = Vec::new();
    let mut offset = 0;
    loop {
        let page =
            store.list_audit(tenant, &filter, crate::PageRequest::new(offset, crate::PageRequest::MAX_LIMIT)).await?;
        let count = u32::try_from(page.items.len()).unwrap_or(0);
        access_log.extend(page.items);
        offset += count;
        if count == 0 || u64::from(offset) >= page.total {
            break;
        }
    }
    access_log.reverse();
    Ok(ClientExport {
        client,
        profile,
        special_category_fields: crate::client::SPECIAL_CATEGORY_FIELDS.to_vec(),
        consents,
        cases,
        access_log,
    })
}

/// Erasure by crypto-shredding: recorded in the ledger first (so it survives a restore), then the client's data
/// key is destroyed and the personal fields are removed.
pub async fn erase_client(
    store: &dyn Store,
    keys: &KeyRing,
    ledger: &dyn crate::erasure::ErasureLedger,
    tenant: &TenantId,
    id: &ClientId,
    now: Timestamp,
) -> Result<(), ClientError> {
    let stored = store.client(tenant, id).await?;
    ledger
        .record(&crate::erasure::ErasureRecord {
            tenant_id: tenant.clone(),
            client_id: id.clone(),
            data_key_id: stored.client.data_key_id.clone(),
            at: now,
        })
        .map_err(|e| ClientError::Store(StoreError::Backend(e.to_string())))?;
    keys.destroy_data_key(tenant, &stored.client.data_key_id, now).await?;
    store.erase_client(tenant, id, now).await?;
    Ok(())
}

/// Sets the client's e-mail address in the sealed profile (for a chat client who asks to be told of answers).
pub async fn set_email(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    id: &ClientId,
    email: &crate::Email,
    now: Timestamp,
) -> Result<(), ClientError> {
    let (client, mut profile) = read_client(store, keys, tenant, id, now).await?;
    profile.email = Some(email.as_str().to_string());
    let json = serde_json::to_vec(&profile).map_err(|_| ClientError::Corrupt)?;
    let sealed = keys.seal_with_data_key(tenant, &client.data_key_id, &profile_label(id), &json, now).await?;
    store.update_client_profile(tenant, id, &sealed, now).await?;
    Ok(())
}
