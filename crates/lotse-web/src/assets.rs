//! Static assets, embedded in the binary. Each file is served under a content-hashed name
//! (`css/lotse.3fa8c2d1e0b4.css`) with a one-year immutable cache lifetime; templates ask for the
//! logical name and get the hashed URL, so a new release never shows stale CSS or JS.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::Arc;

use crate::errors::WebError;

#[derive(RustEmbed)]
#[folder = "static/"]
#[exclude = "*.md"]
struct Embedded;

pub const URL_PREFIX: &str = "/static/";

#[derive(Debug)]
struct Asset {
    bytes: std::borrow::Cow<'static, [u8]>,
    content_type: HeaderValue,
    etag: HeaderValue,
}

/// Logical name → hashed name, and hashed name → file.
#[derive(Debug, Default)]
pub struct Assets {
    hashed_names: HashMap<String, String>,
    files: HashMap<String, Asset>,
}

impl Assets {
    pub fn load() -> Arc<Self> {
        let mut assets = Assets::default();
        for path in Embedded::iter() {
            let Some(file) = Embedded::get(&path) else {
                continue;
            };
            let digest = hex::encode(Sha256::digest(&file.data));
            let short = digest.get(..12).unwrap_or(&digest);
            let hashed = match path.rsplit_once('.') {
                Some((stem, ext)) => format!("{stem}.{short}.{ext}"),
                None => format!("{path}.{short}"),
            };
            let mime = mime_guess::from_path(path.as_ref()).first_or_octet_stream();
            let content_type = HeaderValue::from_str(&with_charset(mime.essence_str()))
                .unwrap_or(HeaderValue::from_static("application/octet-stream"));
            let etag = HeaderValue::from_str(&format!("\"{short}\"")).unwrap_or(HeaderValue::from_static("\"0\""));
            assets.hashed_names.insert(path.to_string(), hashed.clone());
            assets.files.insert(hashed, Asset { bytes: file.data, content_type, etag });
        }
        Arc::new(assets)
    }

    /// The URL of a logical asset name such as `css/lotse.css`. An unknown name is a programming error that
    /// the page tests catch; it yields a URL that answers 404 rather than a crash.
    pub fn url(&self, logical: &str) -> String {
        match self.hashed_names.get(logical) {
            Some(hashed) => format!("{URL_PREFIX}{hashed}"),
            None => format!("{URL_PREFIX}missing/{logical}"),
        }
    }

    pub fn logical_names(&self) -> impl Iterator<Item = &str> {
        self.hashed_names.keys().map(String::as_str)
    }
}

fn with_charset(essence: &str) -> String {
    if essence.starts_with("text/") || essence == "application/javascript" || essence == "application/json" {
        format!("{essence}; charset=utf-8")
    } else {
        essence.to_string()
    }
}

pub async fn serve_asset(State(assets): State<Arc<Assets>>, Path(path): Path<String>) -> Result<Response, WebError> {
    let asset = assets.files.get(&path).ok_or(WebError::NotFound)?;
    let mut response = (StatusCode::OK, Body::from(asset.bytes.clone())).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, asset.content_type.clone());
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    headers.insert(header::ETAG, asset.etag.clone());
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_asset_gets_a_hashed_url() {
        let assets = Assets::load();
        let css = assets.url("css/lotse.css");
        assert!(css.starts_with("/static/css/lotse.") && css.ends_with(".css") && css.len() > 30, "{css}");
        let key = css.trim_start_matches(URL_PREFIX);
        assert!(assets.files.contains_key(key));
        assert!(assets.url("nope.css").contains("missing"));
    }
}
