//! Errors at the web edge. Handlers return [`WebError`]; it becomes a bare response carrying an
//! [`ErrorMarker`], and the [`render_errors`] middleware turns every error response — ours, axum's own
//! (405, 413, extractor rejections) and a caught panic — into a translated HTML page or a JSON body with a
//! stable code and the request id. Nothing internal (stack traces, SQL) ever reaches a client.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use lotse_core::StoreError;
use serde::Serialize;

use crate::AppState;
use crate::ctx::{PageCtx, RequestCtx};
use crate::i18n::Locale;

/// One field that failed validation: the field name and a stable reason code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    pub field: String,
    pub code: String,
}

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// 400: the request is malformed in a way no field explains.
    #[error("bad request")]
    BadRequest,
    /// 400: the body is not JSON.
    #[error("malformed JSON")]
    MalformedJson,
    /// 415: not the content type this endpoint takes.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// 401: no credentials.
    #[error("unauthorized")]
    Unauthorized,
    /// 401: credentials given but not valid.
    #[error("invalid token")]
    InvalidToken,
    /// 403: authenticated but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// 404: no such thing (or not visible to this tenant, which must look the same).
    #[error("not found")]
    NotFound,
    /// 405.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// 413.
    #[error("payload too large")]
    PayloadTooLarge,
    /// 422: well-formed, but some fields are invalid.
    #[error("invalid input")]
    InvalidInput(Vec<FieldError>),
    /// 409: conflicts with existing data (for example a taken e-mail address).
    #[error("conflict")]
    Conflict(Vec<FieldError>),
    /// 410: it existed but is no longer valid (an expired link).
    #[error("gone")]
    Gone,
    /// 429.
    #[error("too many requests")]
    TooManyRequests { retry_after_secs: u64 },
    /// 503: a dependency (the database) is down.
    #[error("unavailable")]
    Unavailable,
    /// 500: the text goes to the log, never to the client.
    #[error("internal error: {0}")]
    Internal(String),
}

impl WebError {
    pub fn status(&self) -> StatusCode {
        match self {
            WebError::BadRequest | WebError::MalformedJson => StatusCode::BAD_REQUEST,
            WebError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            WebError::Unauthorized | WebError::InvalidToken => StatusCode::UNAUTHORIZED,
            WebError::Forbidden => StatusCode::FORBIDDEN,
            WebError::NotFound => StatusCode::NOT_FOUND,
            WebError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            WebError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            WebError::InvalidInput(_) => StatusCode::UNPROCESSABLE_ENTITY,
            WebError::Conflict(_) => StatusCode::CONFLICT,
            WebError::Gone => StatusCode::GONE,
            WebError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            WebError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            WebError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable machine-readable code. Also the suffix of the message key `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            WebError::BadRequest => "bad_request",
            WebError::MalformedJson => "malformed_json",
            WebError::UnsupportedMediaType => "unsupported_media_type",
            WebError::Unauthorized => "unauthorized",
            WebError::InvalidToken => "invalid_token",
            WebError::Forbidden => "forbidden",
            WebError::NotFound => "not_found",
            WebError::MethodNotAllowed => "method_not_allowed",
            WebError::PayloadTooLarge => "payload_too_large",
            WebError::InvalidInput(_) => "invalid_input",
            WebError::Conflict(_) => "conflict",
            WebError::Gone => "gone",
            WebError::TooManyRequests { .. } => "too_many_requests",
            WebError::Unavailable => "unavailable",
            WebError::Internal(_) => "internal",
        }
    }

    /// Every code, for the translation test and the OpenAPI description.
    pub const ALL_CODES: [&'static str; 15] = [
        "bad_request",
        "malformed_json",
        "unsupported_media_type",
        "unauthorized",
        "invalid_token",
        "forbidden",
        "not_found",
        "method_not_allowed",
        "payload_too_large",
        "invalid_input",
        "conflict",
        "gone",
        "too_many_requests",
        "unavailable",
        "internal",
    ];

    fn from_status(status: StatusCode) -> Self {
        match status {
            StatusCode::BAD_REQUEST => WebError::BadRequest,
            StatusCode::UNAUTHORIZED => WebError::Unauthorized,
            StatusCode::FORBIDDEN => WebError::Forbidden,
            StatusCode::NOT_FOUND => WebError::NotFound,
            StatusCode::METHOD_NOT_ALLOWED => WebError::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => WebError::PayloadTooLarge,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => WebError::UnsupportedMediaType,
            StatusCode::UNPROCESSABLE_ENTITY => WebError::InvalidInput(Vec::new()),
            StatusCode::TOO_MANY_REQUESTS => WebError::TooManyRequests { retry_after_secs: 60 },
            StatusCode::SERVICE_UNAVAILABLE => WebError::Unavailable,
            s if s.is_client_error() => WebError::BadRequest,
            _ => WebError::Internal(format!("unrendered error response with status {status}")),
        }
    }
}

impl From<crate::identity::InviteError> for WebError {
    fn from(error: crate::identity::InviteError) -> Self {
        match error {
            crate::identity::InviteError::Invalid(field) => {
                WebError::InvalidInput(vec![FieldError { field: field.to_string(), code: "invalid".into() }])
            }
            crate::identity::InviteError::Taken => {
                WebError::Conflict(vec![FieldError { field: "email".into(), code: "taken".into() }])
            }
            crate::identity::InviteError::Web(error) => error,
        }
    }
}

impl From<StoreError> for WebError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => WebError::NotFound,
            StoreError::Conflict(field) => {
                WebError::Conflict(vec![FieldError { field: field.to_string(), code: "taken".into() }])
            }
            StoreError::Unavailable(text) => {
                tracing::error!(error.kind = "store_unavailable", error.message = %text, "database unavailable");
                WebError::Unavailable
            }
            StoreError::Backend(text) => WebError::Internal(text),
        }
    }
}

/// Attached to a response so the renderer knows which error it is.
#[derive(Debug, Clone)]
pub struct ErrorMarker {
    pub code: &'static str,
    pub fields: Vec<FieldError>,
}

/// Attached to a response the renderer has already produced (or a page that shows its own error, such as a
/// log-in form with a 401), so it is left alone.
#[derive(Debug, Clone, Copy)]
pub struct Rendered;

/// A page answered with an error status that renders its own explanation.
pub fn page_with_status(status: axum::http::StatusCode, page: impl IntoResponse) -> Response {
    let mut response = page.into_response();
    *response.status_mut() = status;
    response.extensions_mut().insert(Rendered);
    response
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        if let WebError::Internal(text) = &self {
            // Logged once, here, inside the request's span (which carries the request id).
            tracing::error!(error.kind = "internal", error.message = %text, "request failed");
        }
        let code = self.code();
        let mut response = self.status().into_response();
        if let WebError::TooManyRequests { retry_after_secs } = &self
            && let Ok(value) = HeaderValue::from_str(&retry_after_secs.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        if matches!(self, WebError::Unauthorized | WebError::InvalidToken) {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer realm=\"lotse\""));
        }
        let fields = match self {
            WebError::InvalidInput(fields) | WebError::Conflict(fields) => fields,
            _ => Vec::new(),
        };
        response.extensions_mut().insert(ErrorMarker { code, fields });
        response
    }
}

/// The JSON error body.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// Stable machine-readable code, e.g. `not_found`, `invalid_input`.
    pub code: String,
    /// Human-readable message in the request's language.
    pub message: String,
    /// Quote this when reporting a problem; it is in the server log too.
    pub request_id: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

pub fn wants_json(path: &str, accept: Option<&str>) -> bool {
    if path == "/api" || path.starts_with("/api/") {
        return true;
    }
    match accept {
        Some(accept) => accept.contains("application/json") && !accept.contains("text/html"),
        None => false,
    }
}

#[derive(askama::Template)]
#[template(path = "error.html")]
struct ErrorPage {
    ctx: PageCtx,
    status: u16,
    code: &'static str,
    message: String,
    request_id: String,
}

/// Renders every error response that is not rendered yet.
pub async fn render_errors(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let ctx = request.extensions().get::<RequestCtx>().cloned().unwrap_or_default();
    let path = request.uri().path().to_string();
    let path_and_query = request.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_default();
    let accept = request.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).map(str::to_string);
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) || response.extensions().get::<Rendered>().is_some() {
        return response;
    }
    let marker = match response.extensions().get::<ErrorMarker>() {
        Some(marker) => marker.clone(),
        None => {
            let error = WebError::from_status(status);
            if let WebError::Internal(text) = &error {
                tracing::error!(error.kind = "internal", error.message = %text, "request failed");
            }
            ErrorMarker { code: error.code(), fields: Vec::new() }
        }
    };
    let (mut parts, _) = response.into_parts();
    let message = message_for(ctx.locale, marker.code);
    let mut rendered = if wants_json(&path, accept.as_deref()) {
        let body = ErrorBody {
            error: ErrorDetail {
                code: marker.code.to_string(),
                message,
                request_id: ctx.request_id.clone(),
                fields: marker.fields,
            },
        };
        axum::Json(body).into_response()
    } else {
        let page = ErrorPage {
            ctx: PageCtx::new(&ctx, state.assets.clone(), path_and_query),
            status: status.as_u16(),
            code: marker.code,
            message,
            request_id: ctx.request_id.clone(),
        };
        match askama::Template::render(&page) {
            Ok(html) => axum::response::Html(html).into_response(),
            Err(e) => {
                tracing::error!(error.kind = "template", error.message = %e, "error page failed to render");
                "error".into_response()
            }
        }
    };
    // Keep the headers that matter for the error (Allow, Retry-After, WWW-Authenticate); replace the body's.
    for name in [header::ALLOW, header::RETRY_AFTER, header::WWW_AUTHENTICATE] {
        if let Some(value) = parts.headers.remove(&name) {
            rendered.headers_mut().insert(name, value);
        }
    }
    parts.headers.remove(header::CONTENT_TYPE);
    parts.headers.remove(header::CONTENT_LENGTH);
    let (new_parts, body) = rendered.into_parts();
    parts.headers.extend(new_parts.headers);
    parts.status = status;
    parts.extensions.insert(Rendered);
    Response::from_parts(parts, body)
}

fn message_for(locale: Locale, code: &str) -> String {
    locale.t(&format!("error-{code}"))
}
