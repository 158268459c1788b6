//! Choosing the interface language: plain links, so it works without JavaScript; the choice is kept in a
//! cookie and wins over the browser's Accept-Language from then on.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::AppState;
use crate::ctx::PageCtx;
use crate::errors::WebError;
use crate::i18n::{LANGUAGE_COOKIE, Locale};

#[derive(Template, WebTemplate)]
#[template(path = "language.html")]
pub struct LanguagePage {
    ctx: PageCtx,
}

pub async fn language_page(ctx: PageCtx) -> LanguagePage {
    LanguagePage { ctx }
}

#[derive(Debug, Deserialize)]
pub struct SwitchQuery {
    next: Option<String>,
}

pub async fn switch_language(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(query): Query<SwitchQuery>,
) -> Result<Response, WebError> {
    let locale = Locale::from_code(&code).filter(|l| l.code() == code).ok_or(WebError::NotFound)?;
    let target = query.next.as_deref().filter(|n| is_local_path(n)).unwrap_or("/");
    let secure = if state.config.behind_tls() { "; Secure" } else { "" };
    let cookie =
        format!("{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}", locale.code());
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    headers.insert(header::LOCATION, HeaderValue::from_str(target).map_err(|_| WebError::BadRequest)?);
    headers.insert(header::SET_COOKIE, HeaderValue::from_str(&cookie).map_err(|_| WebError::BadRequest)?);
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// Only paths on this site: no scheme, no `//host`, no backslash tricks, no control characters.
fn is_local_path(next: &str) -> bool {
    next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(|c| c.is_control() || c == '\\')
        && next.len() <= 2048
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn open_redirects_are_refused() {
        assert!(is_local_path("/"));
        assert!(is_local_path("/lang?x=1"));
        for bad in ["https://evil.example", "//evil.example", "/\\evil.example", "evil", "/a\r\nSet-Cookie: x"] {
            assert!(!is_local_path(bad), "{bad}");
        }
    }
}
