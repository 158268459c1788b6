//! Documents of a case (certificates, letters, CVs). The bytes are sealed with the client's data key before they
//! reach the attachment store, and so is the file name; erasing the client makes both unreadable, and a sweep
//! then removes the files whose rows are gone or erased.

use crate::case::CaseStatus;
use crate::keyring::{KeyError, KeyRing};
use crate::store::{Store, StoreError};
use crate::{CaseId, ClientId, TenantId, Timestamp, UserId};
use async_trait::async_trait;
use serde::Serialize;

/// Where sealed document bytes live: a local folder by default, object storage at scale.
#[async_trait]
pub trait AttachmentStore: Send + Sync {
    /// Stores the bytes under `key` durably (the call returns after they are on disk).
    async fn put(&self, key: &str, bytes: &[u8]) -> Result<(), AttachmentError>;
    async fn get(&self, key: &str) -> Result<Vec<u8>, AttachmentError>;
    async fn delete(&self, key: &str) -> Result<(), AttachmentError>;
    /// Every key with its age in seconds.
    async fn list(&self) -> Result<Vec<(String, u64)>, AttachmentError>;
}

#[derive(Debug, thiserror::Error)]
pub enum AttachmentError {
    #[error("no such attachment")]
    NotFound,
    #[error("attachment store: {0}")]
    Io(String),
}

/// A document's row: everything but the bytes.
#[derive(Debug, Clone)]
pub struct StoredDocument {
    pub id: String,
    pub tenant_id: TenantId,
    pub case_id: CaseId,
    pub client_id: ClientId,
    /// None once the client is erased.
    pub sealed_name: Option<Vec<u8>>,
    pub content_type: String,
    pub size_bytes: i64,
    pub storage_key: String,
    pub author: Option<UserId>,
    pub created_at: Timestamp,
}

/// What the timeline and the export show of a document.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentInfo {
    pub id: String,
    pub name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub created_at: Timestamp,
}

#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("invalid {0}")]
    Invalid(&'static str),
    #[error("the case is closed")]
    Closed,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error(transparent)]
    Attachment(#[from] AttachmentError),
}

/// Largest document accepted.
pub const MAX_DOCUMENT_BYTES: usize = 10 * 1024 * 1024;

/// Formats counselors upload: PDF, images, plain text, Word and OpenDocument text.
pub const ALLOWED_TYPES: [&str; 7] = [
    "application/pdf",
    "image/jpeg",
    "image/png",
    "text/plain",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    "application/msword",
];

fn name_label(id: &str) -> String {
    format!("document-name:{id}")
}

fn content_label(id: &str) -> String {
    format!("document:{id}")
}

/// A file name without any path, control characters or excessive length.
pub fn clean_name(name: &str) -> Option<String> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("").trim();
    let cleaned: String = base.chars().filter(|c| !c.is_control()).collect();
    if cleaned.is_empty() || cleaned.chars().count() > 200 || cleaned == "." || cleaned == ".." {
        None
    } else {
        Some(cleaned)
    }
}

#[allow(clippy::too_many_arguments)]
pub async fn upload(
    store: &dyn Store,
    keys: &KeyRing,
    attachments: &dyn AttachmentStore,
    tenant: &TenantId,
    actor: &UserId,
    case: &CaseId,
    file_name: &str,
    content_type: &str,
    bytes: &[u8],
    now: Timestamp,
) -> Result<StoredDocument, DocumentError> {
    let stored = store.case(tenant, case).await?;
    if stored.case.status == CaseStatus::Closed {
        return Err(DocumentError::Closed);
    }
    let name = clean_name(file_name).ok_or(DocumentError::Invalid("file_name"))?;
    let content_type = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if !ALLOWED_TYPES.contains(&content_type.as_str()) {
        return Err(DocumentError::Invalid("content_type"));
    }
    if bytes.is_empty() || bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentError::Invalid("file"));
    }
    let client = store.client(tenant, &stored.case.client_id).await?;
    let key = &client.client.data_key_id;
    let id = uuid::Uuid::now_v7().to_string();
    let sealed_name = keys.seal_with_data_key(tenant, key, &name_label(&id), name.as_bytes(), now).await?;
    let sealed = keys.seal_with_data_key(tenant, key, &content_label(&id), bytes, now).await?;
    let document = StoredDocument {
        storage_key: format!("{}/{id}", tenant.as_str()),
        id,
        tenant_id: tenant.clone(),
        case_id: case.clone(),
        client_id: stored.case.client_id.clone(),
        sealed_name: Some(sealed_name),
        content_type,
        size_bytes: i64::try_from(bytes.len()).unwrap_or(i64::MAX),
        author: Some(actor.clone()),
        created_at: now,
    };
    // The file first: a row never points at nothing. A file without a row (a crash in between) is swept later.
    attachments.put(&document.storage_key, &sealed).await?;
    if let Err(e) = store.add_document(&document).await {
        let _ = attachments.delete(&document.storage_key).await;
        return Err(e.into());
    }
    Ok(document)
}

/// The document's name, type and bytes, opened with the client's key.
pub async fn download(
    store: &dyn Store,
    keys: &KeyRing,
    attachments: &dyn AttachmentStore,
    tenant: &TenantId,
    case: &CaseId,
    id: &str,
    now: Timestamp,
) -> Result<(String, String, Vec<u8>), DocumentError> {
    let document = store.document(tenant, case, id).await?;
    let sealed_name = document.sealed_name.as_ref().ok_or(StoreError::NotFound)?;
    let client = store.client(tenant, &document.client_id).await?;
    let key = &client.client.data_key_id;
    let name = keys.open_with_data_key(tenant, key, &name_label(id), sealed_name, now).await?;
    let sealed = match attachments.get(&document.storage_key).await {
        Err(AttachmentError::NotFound) => return Err(StoreError::NotFound.into()),
        other => other?,
    };
    let bytes = keys.open_with_data_key(tenant, key, &content_label(id), &sealed, now).await?;
    Ok((String::from_utf8_lossy(&name).into_owned(), document.content_type, bytes))
}

/// Names and sizes of a case's documents (for the timeline and the export).
pub async fn list(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    case: &CaseId,
    now: Timestamp,
) -> Result<Vec<DocumentInfo>, DocumentError> {
    let mut out = Vec::new();
    for d in store.documents_of_case(tenant, case).await? {
        let Some(sealed) = &d.sealed_name else { continue };
        let client = store.client(tenant, &d.client_id).await?;
        let name = keys.open_with_data_key(tenant, &client.client.data_key_id, &name_label(&d.id), sealed, now).await?;
        out.push(DocumentInfo {
            id: d.id.clone(),
            name: String::from_utf8_lossy(&name).into_owned(),
            content_type: d.content_type.clone(),
            size_bytes: d.size_bytes,
            created_at: d.created_at,
        });
    }
    Ok(out)
}

/// Removes stored files no live document points at (erased clients, purged cases, interrupted uploads).
/// Files younger than `min_age_secs` are left alone, so an upload in progress is never swept.
pub async fn sweep(
    store: &dyn Store,
    attachments: &dyn AttachmentStore,
    min_age_secs: u64,
) -> Result<usize, DocumentError> {
    let live: std::collections::HashSet<String> = store.live_document_keys().await?.into_iter().collect();
    let mut removed = 0;
    for (key, age) in attachments.list().await? {
        if age >= min_age_secs && !live.contains(&key) {
            attachments.delete(&key).await?;
            removed += 1;
        }
    }
    Ok(removed)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_their_paths_and_control_characters() {
        assert_eq!(clean_name("../../etc/passwd").as_deref(), Some("passwd"));
        assert_eq!(clean_name("C:\\Users\\x\\Zeugnis.pdf").as_deref(), Some("Zeugnis.pdf"));
        assert_eq!(clean_name("a\u{0}b.pdf").as_deref(), Some("ab.pdf"));
        assert_eq!(clean_name(".."), None);
        assert_eq!(clean_name("   "), None);
    }
}
