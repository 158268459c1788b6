#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn home_is_german_by_default_with_landmarks_and_skip_link() {
    let app = TestApp::new().await;
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.header("content-type").starts_with("text/html"));
    assert!(page.body.contains(r#"<html lang="de" dir="ltr">"#), "{}", page.body);
    assert!(page.body.contains("Willkommen bei Lotse"));
    let skip = page.body.find(r##"class="skip-link" href="#main""##).expect("skip link");
    let first_link = page.body.find("<a ").expect("a link");
    assert_eq!(skip, first_link + 3, "the skip link is the first link on the page");
    for landmark in ["<header", "<nav", r#"<main id="main""#, "<footer"] {
        assert!(page.body.contains(landmark), "missing {landmark}");
    }
    assert!(!page.body.contains("<script>"), "no inline scripts");
}

#[tokio::test]
async fn accept_language_picks_arabic_right_to_left() {
    let app = TestApp::new().await;
    let page = app.get_with("/", &[("accept-language", "ar-SY,ar;q=0.9,en;q=0.5")]).await;
    assert!(page.body.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(!page.body.contains("Willkommen bei Lotse"), "Arabic text, not German");
    let farsi = app.get_with("/", &[("accept-language", "fa")]).await;
    assert!(farsi.body.contains(r#"<html lang="fa" dir="rtl">"#));
    let ukrainian = app.get_with("/", &[("accept-language", "uk")]).await;
    assert!(ukrainian.body.contains(r#"<html lang="uk" dir="ltr">"#));
}

#[tokio::test]
async fn explicit_choice_in_cookie_beats_the_browser_language() {
    let app = TestApp::new().await;
    let switch = app.get("/lang/tr?next=%2Flang").await;
    assert_eq!(switch.status, StatusCode::SEE_OTHER);
    assert_eq!(switch.header("location"), "/lang");
    let cookie = switch.header("set-cookie");
    assert!(cookie.starts_with("lotse_lang=tr;") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
    let page = app.get_with("/", &[("cookie", "lotse_lang=tr"), ("accept-language", "ar")]).await;
    assert!(page.body.contains(r#"<html lang="tr" dir="ltr">"#));
}

#[tokio::test]
async fn language_switch_refuses_open_redirects_and_unknown_languages() {
    let app = TestApp::new().await;
    let evil = app.get("/lang/ar?next=https%3A%2F%2Fevil.example%2F").await;
    assert_eq!(evil.status, StatusCode::SEE_OTHER);
    assert_eq!(evil.header("location"), "/");
    let unknown = app.get("/lang/xx").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(unknown.header("set-cookie").is_empty());
}

#[tokio::test]
async fn language_links_point_back_to_the_current_page() {
    let app = TestApp::new().await;
    let page = app.get("/lang").await;
    assert!(page.body.contains(r#"href="/lang/ar?next=%2Flang" hreflang="ar" lang="ar""#), "{}", page.body);
    for code in ["de", "en", "ar", "uk", "ru", "fa", "tr"] {
        assert!(page.body.contains(&format!(r#"hreflang="{code}""#)), "{code}");
    }
}

#[tokio::test]
async fn not_found_page_is_translated_and_carries_the_request_id() {
    let app = TestApp::new().await;
    let page = app.get_with("/no/such/page", &[("accept-language", "ar")]).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.header("content-type").starts_with("text/html"));
    assert!(page.body.contains(r#"data-error-code="not_found""#));
    assert!(page.body.contains(r#"<html lang="ar" dir="rtl">"#));
    let request_id = page.header("x-request-id").to_string();
    assert!(!request_id.is_empty() && page.body.contains(&request_id));
    let german = app.get("/no/such/page").await;
    assert!(german.body.contains("Diese Seite gibt es nicht."));
}

#[tokio::test]
async fn security_headers_are_on_every_response() {
    let app = TestApp::new().await;
    for path in ["/", "/nope", "/health", "/api/v1/me"] {
        let response = app.get(path).await;
        let csp = response.header("content-security-policy");
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"));
        assert_eq!(response.header("x-content-type-options"), "nosniff");
        assert_eq!(response.header("referrer-policy"), "no-referrer");
        assert!(response.header("strict-transport-security").is_empty(), "no HSTS without TLS");
    }
}

#[tokio::test]
async fn hsts_is_sent_behind_tls() {
    let config = lotse_web::WebConfig { public_url: Some("https://beratung.example".into()), ..Default::default() };
    let app = TestApp::with_config(config).await;
    let response = app.get("/").await;
    assert!(response.header("strict-transport-security").starts_with("max-age="));
}

#[tokio::test]
async fn assets_have_hashed_names_and_long_cache_lifetimes() {
    let app = TestApp::new().await;
    let page = app.get("/").await;
    let start = page.body.find("/static/css/lotse.").expect("stylesheet link");
    let end = start + page.body[start..].find('"').unwrap();
    let url = &page.body[start..end];
    let css = app.get(url).await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.header("cache-control"), "public, max-age=31536000, immutable");
    assert!(css.header("content-type").starts_with("text/css"));
    assert!(css.body.contains(":focus-visible"), "visible focus style");
    let unhashed = app.get("/static/css/lotse.css").await;
    assert_eq!(unhashed.status, StatusCode::NOT_FOUND);
    let htmx = app.state.assets.url("vendor/htmx-2.0.11.min.js");
    let script = app.get(&htmx).await;
    assert_eq!(script.status, StatusCode::OK, "htmx is vendored and embedded");
}

#[tokio::test]
async fn responses_are_compressed_when_the_client_accepts_it() {
    let app = TestApp::new().await;
    let gzip = app.get_with("/", &[("accept-encoding", "gzip")]).await;
    assert_eq!(gzip.header("content-encoding"), "gzip");
    let brotli = app.get_with("/", &[("accept-encoding", "br")]).await;
    assert_eq!(brotli.header("content-encoding"), "br");
}
