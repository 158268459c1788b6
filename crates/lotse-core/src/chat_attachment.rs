//! Pictures and PDF files in a conversation: the type is taken from the bytes (not from what the sender
//! claims), the size is limited, photos lose their metadata (camera, place, time: EXIF, XMP, IPTC, comments)
//! before anything is stored, and name and bytes are sealed with the client's data key.

use crate::Timestamp;
use crate::chat::Conversation;
use crate::document::{AttachmentError, AttachmentStore};
use crate::keyring::{KeyError, KeyRing};
use crate::store::{Store, StoreError};

pub const MAX_ATTACHMENT_BYTES: usize = 5 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum AttachmentProblem {
    #[error("only JPEG and PNG pictures and PDF files are accepted")]
    Type,
    #[error("the file is empty or larger than 5 MB")]
    Size,
    #[error("the picture is damaged")]
    Damaged,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error(transparent)]
    Files(#[from] AttachmentError),
}

/// What the bytes are, by their first bytes.
pub fn detect_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else {
        None
    }
}

/// A JPEG without APP1 (EXIF, XMP), APP13 (IPTC) and comment segments; the picture data stays as it is.
fn strip_jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&bytes[..2]);
    let mut at = 2;
    loop {
        if at + 4 > bytes.len() || bytes[at] != 0xFF {
            return None;
        }
        let marker = bytes[at + 1];
        // Start of scan: everything after is picture data up to the end.
        if marker == 0xDA {
            out.extend_from_slice(&bytes[at..]);
            return Some(out);
        }
        let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        let end = at + 2 + length;
        if length < 2 || end > bytes.len() {
            return None;
        }
        let metadata = marker == 0xE1 || marker == 0xED || marker == 0xFE;
        if !metadata {
            out.extend_from_slice(&bytes[at..end]);
        }
        at = end;
    }
}

/// A PNG without text chunks, EXIF and time stamps.
fn strip_png(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&bytes[..8]);
    let mut at = 8;
    while at + 12 <= bytes.len() {
        let length =
            usize::try_from(u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])).ok()?;
        let end = at + 12 + length;
        if end > bytes.len() {
            return None;
        }
        let kind = &bytes[at + 4..at + 8];
        let metadata = matches!(kind, b"tEXt" | b"iTXt" | b"zTXt" | b"eXIf" | b"tIME");
        if !metadata {
            out.extend_from_slice(&bytes[at..end]);
        }
        at = end;
        if kind == b"IEND" {
            return Some(out);
        }
    }
    None
}

/// The bytes as they will be stored: pictures without metadata. PDF files are kept as they are (their document
/// information is shown to the counselor only, never published).
pub fn clean(content_type: &str, bytes: &[u8]) -> Result<Vec<u8>, AttachmentProblem> {
    match content_type {
        "image/jpeg" => strip_jpeg(bytes).ok_or(AttachmentProblem::Damaged),
        "image/png" => strip_png(bytes).ok_or(AttachmentProblem::Damaged),
        _ => Ok(bytes.to_vec()),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatAttachment {
    pub id: String,
    pub tenant_id: crate::TenantId,
    pub conversation_id: crate::ConversationId,
    pub storage_key: String,
    pub sealed_name: Vec<u8>,
    pub content_type: String,
    pub size_bytes: i64,
    pub created_at: Timestamp,
}

pub fn name_label(id: &str) -> String {
    format!("chat-attachment-name:{id}")
}

pub fn content_label(id: &str) -> String {
    format!("chat-attachment:{id}")
}

/// Checks, cleans, seals and stores a file for the conversation; returns it with its cleaned name.
pub async fn upload(
    store: &dyn Store,
    keys: &KeyRing,
    attachments: &dyn AttachmentStore,
    conversation: &Conversation,
    file_name: &str,
    bytes: &[u8],
    now: Timestamp,
) -> Result<(ChatAttachment, String), AttachmentProblem> {
    if bytes.is_empty() || bytes.len() > MAX_ATTACHMENT_BYTES {
        return Err(AttachmentProblem::Size);
    }
    let content_type = detect_type(bytes).ok_or(AttachmentProblem::Type)?;
    let cleaned = clean(content_type, bytes)?;
    let name = crate::document::clean_name(file_name).unwrap_or_else(|| "file".to_string());
    let tenant = &conversation.tenant_id;
    let key_id = store.client(tenant, &conversation.client_id).await?.client.data_key_id;
    let id = uuid::Uuid::now_v7().to_string();
    let attachment = ChatAttachment {
        storage_key: format!("{}/{id}", tenant.as_str()),
        sealed_name: keys.seal_with_data_key(tenant, &key_id, &name_label(&id), name.as_bytes(), now).await?,
        id,
        tenant_id: tenant.clone(),
        conversation_id: conversation.id.clone(),
        content_type: content_type.to_string(),
        size_bytes: i64::try_from(cleaned.len()).unwrap_or(i64::MAX),
        created_at: now,
    };
    let sealed = keys.seal_with_data_key(tenant, &key_id, &content_label(&attachment.id), &cleaned, now).await?;
    attachments.put(&attachment.storage_key, &sealed).await?;
    if let Err(error) = store.add_chat_attachment(&attachment).await {
        let _ = attachments.delete(&attachment.storage_key).await;
        return Err(error.into());
    }
    Ok((attachment, name))
}

/// Name, type and bytes of an attachment of the conversation.
pub async fn download(
    store: &dyn Store,
    keys: &KeyRing,
    attachments: &dyn AttachmentStore,
    conversation: &Conversation,
    id: &str,
    now: Timestamp,
) -> Result<(String, String, Vec<u8>), AttachmentProblem> {
    let tenant = &conversation.tenant_id;
    let attachment = store.chat_attachment(tenant, &conversation.id, id).await?;
    let key_id = store.client(tenant, &conversation.client_id).await?.client.data_key_id;
    let name = keys.open_with_data_key(tenant, &key_id, &name_label(id), &attachment.sealed_name, now).await?;
    let sealed = attachments.get(&attachment.storage_key).await?;
    let bytes = keys.open_with_data_key(tenant, &key_id, &content_label(id), &sealed, now).await?;
    Ok((String::from_utf8_lossy(&name).to_string(), attachment.content_type, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal JPEG: SOI, an APP1 EXIF segment with a canary, a COM segment, APP0, SOS and data, EOI.
    fn jpeg_with_exif() -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xD8];
        let exif = b"Exif\0\0GPS 52.13N 11.62E Kanarie";
        bytes.extend_from_slice(&[0xFF, 0xE1]);
        bytes.extend_from_slice(&u16::try_from(exif.len() + 2).unwrap_or(0).to_be_bytes());
        bytes.extend_from_slice(exif);
        let comment = b"Kommentar-Kanarie";
        bytes.extend_from_slice(&[0xFF, 0xFE]);
        bytes.extend_from_slice(&u16::try_from(comment.len() + 2).unwrap_or(0).to_be_bytes());
        bytes.extend_from_slice(comment);
        bytes.extend_from_slice(&[0xFF, 0xE0, 0x00, 0x07, b'J', b'F', b'I', b'F', 0x00]);
        bytes.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x04, 0x01, 0x02, 0xAA, 0xBB, 0xCC, 0xFF, 0xD9]);
        bytes
    }

    #[test]
    fn jpeg_metadata_is_removed_and_the_picture_kept() {
        let original = jpeg_with_exif();
        let cleaned = clean("image/jpeg", &original).unwrap_or_default();
        let text = String::from_utf8_lossy(&cleaned);
        assert!(!text.contains("Kanarie"), "{text}");
        assert!(cleaned.starts_with(&[0xFF, 0xD8, 0xFF, 0xE0]));
        assert!(cleaned.ends_with(&[0xFF, 0xDA, 0x00, 0x04, 0x01, 0x02, 0xAA, 0xBB, 0xCC, 0xFF, 0xD9]));
        assert!(clean("image/jpeg", &original[..12]).is_err(), "truncated");
    }

    #[test]
    fn png_text_chunks_are_removed() {
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut c = u32::try_from(data.len()).unwrap_or(0).to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(data);
            c.extend_from_slice(&[0, 0, 0, 0]);
            c
        };
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &[0; 13]));
        png.extend(chunk(b"tEXt", b"Author\0Kanarie"));
        png.extend(chunk(b"IDAT", &[1, 2, 3]));
        png.extend(chunk(b"IEND", &[]));
        let cleaned = clean("image/png", &png).unwrap_or_default();
        assert!(!String::from_utf8_lossy(&cleaned).contains("Kanarie"));
        assert_eq!(cleaned.len(), png.len() - 26);
        assert_eq!(detect_type(&png), Some("image/png"));
        assert_eq!(detect_type(b"MZ\x90\0"), None);
    }
}
