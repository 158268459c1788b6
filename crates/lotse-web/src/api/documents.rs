//! Case documents: multipart upload and download, for the API and the case page alike.

use axum::Json;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use lotse_core::CaseId;
use lotse_core::document::{self, AttachmentError, DocumentError};
use lotse_core::keyring::KeyError;
use lotse_core::policy::Action;

use crate::AppState;
use crate::api::auth::ApiPrincipal;
use crate::api::cases::Created;
use crate::errors::{ErrorBody, FieldError, WebError};

impl From<DocumentError> for WebError {
    fn from(error: DocumentError) -> Self {
        match error {
            DocumentError::Invalid(field) => {
                WebError::InvalidInput(vec![FieldError { field: field.into(), code: "invalid".into() }])
            }
            DocumentError::Closed => {
                WebError::Conflict(vec![FieldError { field: "status".into(), code: "closed".into() }])
            }
            DocumentError::Store(store) => store.into(),
            DocumentError::Key(KeyError::Destroyed) => WebError::NotFound,
            DocumentError::Key(other) => WebError::Internal(other.to_string()),
            DocumentError::Attachment(AttachmentError::NotFound) => WebError::NotFound,
            DocumentError::Attachment(other) => WebError::Internal(other.to_string()),
        }
    }
}

/// The parts of an upload form: the file and, on pages, the CSRF token.
pub struct Upload {
    pub csrf: Option<String>,
    pub file_name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// Reads a multipart body with a `file` part (and an optional `csrf` field).
pub async fn read_upload(mut multipart: Multipart) -> Result<Upload, WebError> {
    let invalid =
        |field: &str| WebError::InvalidInput(vec![FieldError { field: field.into(), code: "invalid".into() }]);
    let mut upload = Upload { csrf: None, file_name: String::new(), content_type: String::new(), bytes: Vec::new() };
    let mut has_file = false;
    while let Some(field) = multipart.next_field().await.map_err(|e| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => WebError::PayloadTooLarge,
        _ => WebError::BadRequest,
    })? {
        match field.name() {
            Some("csrf") => upload.csrf = Some(field.text().await.map_err(|_| WebError::BadRequest)?),
            Some("file") => {
                upload.file_name = field.file_name().unwrap_or("").to_string();
                upload.content_type = field.content_type().unwrap_or("").to_string();
                upload.bytes = field
                    .bytes()
                    .await
                    .map_err(|e| {
                        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                            WebError::PayloadTooLarge
                        } else {
                            WebError::BadRequest
                        }
                    })?
                    .to_vec();
                has_file = true;
            }
            _ => {}
        }
    }
    if !has_file {
        return Err(invalid("file"));
    }
    Ok(upload)
}

/// The download answer: the bytes, never rendered inline, never cached.
pub fn attachment_response(name: &str, content_type: &str, bytes: Vec<u8>) -> Response {
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b".-_".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") }
        })
        .collect();
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(content_type) {
        headers.insert(header::CONTENT_TYPE, v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename*=UTF-8''{encoded}")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn case_id(id: &str) -> Result<CaseId, WebError> {
    CaseId::parse(id).ok_or(WebError::NotFound)
}

/// Adds a document to a case (multipart/form-data with a `file` part; PDF, JPEG, PNG, text, Word, OpenDocument;
/// at most 10 MB). The bytes and the name are sealed with the client's key.
#[utoipa::path(post, path = "/api/v1/cases/{id}/documents", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, description = "Case id")),
    request_body(content_type = "multipart/form-data", content = Object, description = "a `file` part"),
    responses((status = 201, body = Created), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 413, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn upload(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<(StatusCode, Json<Created>), WebError> {
    principal.require(Action::HandleClientData)?;
    let id = case_id(&id)?;
    // The case first, so another tenant's case is "not found" whatever was sent.
    state.store.case(&principal.tenant.id, &id).await?;
    let multipart = multipart.map_err(|_| WebError::UnsupportedMediaType)?;
    let upload = read_upload(multipart).await?;
    let stored = document::upload(
        state.store.as_ref(),
        &state.keyring,
        state.attachments.as_ref(),
        &principal.tenant.id,
        &principal.user.id,
        &id,
        &upload.file_name,
        &upload.content_type,
        &upload.bytes,
        state.clock.now(),
    )
    .await?;
    state
        .auditor
        .log(
            Some(&principal.tenant.id),
            Some(&principal.user.id),
            "document.add",
            "case",
            id.as_str(),
            "counseling",
            "api",
        )
        .await?;
    Ok((StatusCode::CREATED, Json(Created { id: stored.id })))
}

/// Downloads a document (audited).
#[utoipa::path(get, path = "/api/v1/cases/{id}/documents/{doc}", tag = "cases", security(("bearer" = [])),
    params(("id" = String, Path, description = "Case id"), ("doc" = String, Path, description = "Document id")),
    responses((status = 200, description = "the file", content_type = "application/octet-stream"),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn download(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path((id, doc)): Path<(String, String)>,
) -> Result<Response, WebError> {
    principal.require(Action::HandleClientData)?;
    let id = case_id(&id)?;
    let doc = uuid::Uuid::parse_str(&doc).map_err(|_| WebError::NotFound)?.to_string();
    let (name, content_type, bytes) = document::download(
        state.store.as_ref(),
        &state.keyring,
        state.attachments.as_ref(),
        &principal.tenant.id,
        &id,
        &doc,
        state.clock.now(),
    )
    .await?;
    state
        .auditor
        .log(
            Some(&principal.tenant.id),
            Some(&principal.user.id),
            "document.read",
            "case",
            id.as_str(),
            "counseling",
            "api",
        )
        .await?;
    Ok(attachment_response(&name, &content_type, bytes))
}
