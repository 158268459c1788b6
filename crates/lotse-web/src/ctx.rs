//! Per-request context: the request id and the interface language, set once by [`request_context`]
//! for everything that follows (handlers, the error renderer, logs), and the page context templates get.

use axum::extract::{FromRequestParts, MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use std::sync::Arc;
use std::time::Instant;
use tracing::Instrument;

use crate::AppState;
use crate::assets::Assets;
use crate::i18n::{self, Locale};

pub const REQUEST_ID_HEADER: &str = "x-request-id";

#[derive(Debug, Clone)]
pub struct RequestCtx {
    pub locale: Locale,
    pub request_id: String,
}

impl Default for RequestCtx {
    fn default() -> Self {
        Self { locale: Locale::De, request_id: String::new() }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for RequestCtx {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(parts.extensions.get::<RequestCtx>().cloned().unwrap_or_default())
    }
}

/// The route template a request matched, carried on the response so the outer layers can label metrics
/// without unbounded cardinality (unmatched paths all count as "unmatched").
#[derive(Debug, Clone)]
pub struct RouteLabel(pub String);

/// Inner layer (route_layer): runs only for matched routes.
pub async fn label_route(request: Request, next: Next) -> Response {
    let label = request.extensions().get::<MatchedPath>().map(|p| p.as_str().to_string());
    let mut response = next.run(request).await;
    if let Some(label) = label {
        response.extensions_mut().insert(RouteLabel(label));
    }
    response
}

/// Outer layer: request id, language, tracing span, access log and metrics.
pub async fn request_context(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let request_id = request
        .headers()
        .get(REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .filter(|v| is_acceptable_request_id(v))
        .map(str::to_string)
        .unwrap_or_else(|| uuid::Uuid::now_v7().to_string());
    let locale = i18n::negotiate(
        cookie_value(request.headers(), i18n::LANGUAGE_COOKIE).as_deref(),
        request.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
    );
    request.extensions_mut().insert(RequestCtx { locale, request_id: request_id.clone() });
    let method = request.method().clone();
    let span = tracing::info_span!("request", request_id = %request_id, method = %method);
    let mut response = next.run(request).instrument(span.clone()).await;
    let elapsed = started.elapsed();
    let route =
        response.extensions().get::<RouteLabel>().map(|r| r.0.clone()).unwrap_or_else(|| "unmatched".to_string());
    let status = response.status().as_u16();
    state.metrics.observe(method.as_str(), &route, status, elapsed);
    span.in_scope(|| {
        tracing::info!(
            http.route = %route,
            http.status = status,
            duration_ms = elapsed.as_secs_f64() * 1000.0,
            "request handled"
        );
    });
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
    // Pages differ by language cookie and Accept-Language; caches must know.
    response.headers_mut().append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    response
}

/// A client-supplied id is kept only if it is short and plain, so it cannot forge log lines.
fn is_acceptable_request_id(value: &str) -> bool {
    (8..=64).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

pub fn cookie_value(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_string())
}

/// What every page template gets: language, direction, the current path (for language links) and assets.
#[derive(Debug, Clone)]
pub struct PageCtx {
    pub locale: Locale,
    pub request_id: String,
    pub path: String,
    pub assets: Arc<Assets>,
    pub version: &'static str,
    /// Set on staff pages: what the navigation shows.
    pub staff: Option<StaffNav>,
}

#[derive(Debug, Clone)]
pub struct StaffNav {
    pub display_name: String,
    pub tenant_name: String,
    pub csrf_token: String,
    pub can_read_audit: bool,
    pub can_manage_users: bool,
    pub can_manage_settings: bool,
    pub can_handle_clients: bool,
    pub can_edit_knowledge: bool,
    pub can_review: bool,
}

impl PageCtx {
    pub fn new(ctx: &RequestCtx, assets: Arc<Assets>, path: String) -> Self {
        Self {
            locale: ctx.locale,
            request_id: ctx.request_id.clone(),
            path,
            assets,
            version: env!("CARGO_PKG_VERSION"),
            staff: None,
        }
    }

    pub fn with_staff(mut self, staff: &crate::auth::Staff) -> Self {
        self.staff = Some(StaffNav {
            display_name: staff.user.display_name.clone(),
            tenant_name: staff.tenant.name.clone(),
            csrf_token: staff.csrf_token.clone(),
            can_read_audit: staff.can(lotse_core::policy::Action::ReadAuditLog),
            can_manage_users: staff.can(lotse_core::policy::Action::ManageUsers),
            can_manage_settings: staff.can(lotse_core::policy::Action::ManageTenantSettings),
            can_handle_clients: staff.can(lotse_core::policy::Action::HandleClientData),
            can_edit_knowledge: staff.can(lotse_core::policy::Action::EditKnowledge),
            can_review: staff.can(lotse_core::policy::Action::PublishReviewedContent),
        });
        self
    }

    pub fn t(&self, key: &str) -> String {
        self.locale.t(key)
    }

    /// A message with a `count` variable, so plural forms are chosen by the language's rules.
    pub fn t_count(&self, key: &str, count: usize) -> String {
        self.locale.t_with(key, &[("count", count.to_string())])
    }

    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        self.locale.t_with(key, &[(name, value.to_string())])
    }

    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }

    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }

    pub fn asset(&self, logical: &str) -> String {
        self.assets.url(logical)
    }

    pub fn languages(&self) -> [Locale; 7] {
        Locale::ALL
    }

    /// The link that switches to `locale` and comes back to this page.
    pub fn switch_url(&self, locale: &Locale) -> String {
        format!("/lang/{}?next={}", locale.code(), percent_encode(&self.path))
    }

    pub fn is_current(&self, locale: &Locale) -> bool {
        self.locale == *locale
    }
}

impl FromRequestParts<AppState> for PageCtx {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ctx = parts.extensions.get::<RequestCtx>().cloned().unwrap_or_default();
        let path = parts.uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
        Ok(PageCtx::new(&ctx, state.assets.clone(), path))
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986), for a path inside a query value.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_from_clients_are_filtered() {
        assert!(is_acceptable_request_id("abc-123_DEF"));
        assert!(!is_acceptable_request_id("short"));
        assert!(!is_acceptable_request_id("evil\nlog line injected"));
    }

    #[test]
    fn percent_encoding_of_paths() {
        assert_eq!(percent_encode("/a b?x=1"), "%2Fa%20b%3Fx%3D1");
    }

    #[test]
    fn cookies_are_parsed() {
        let mut headers = axum::http::HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("a=1; lotse_lang=ar; b=2"));
        assert_eq!(cookie_value(&headers, "lotse_lang").as_deref(), Some("ar"));
        assert_eq!(cookie_value(&headers, "x"), None);
    }
}

/// The client's address as the server sees it ("local" for in-process requests), for per-address limits.
#[derive(Debug, Clone)]
pub struct ClientAddress(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let address = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip().to_string())
            .unwrap_or_else(|| "local".to_string());
        Ok(ClientAddress(address))
    }
}
