//! Staff log-in, two-factor authentication, throttling, sessions and CSRF.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{TestApp, hidden_field, session_cookie};
use axum::http::StatusCode;
use lotse_core::Role;
use std::time::Instant;

const PASSWORD: &str = "a sufficiently long password";

fn secret_from(page: &str) -> String {
    let marker = r#"data-testid="totp-secret">"#;
    let start = page.find(marker).expect("secret shown") + marker.len();
    page[start..start + page[start..].find('<').unwrap()].replace(' ', "")
}

fn code(app: &TestApp, secret: &str) -> String {
    let seconds = u64::try_from(lotse_core::Clock::now(app.clock.as_ref()).as_millis() / 1000).unwrap();
    lotse_core::totp::code_at(secret, seconds).unwrap()
}

#[tokio::test]
async fn anonymous_visitors_are_sent_to_the_login_page() {
    let app = TestApp::new().await;
    for path in ["/staff", "/admin/audit", "/account/2fa", "/login/2fa"] {
        let response = app.get(path).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{path}");
        assert!(response.header("location").starts_with("/login?next="), "{path}: {}", response.header("location"));
    }
    let login = app.get("/login").await;
    assert_eq!(login.status, StatusCode::OK);
    assert!(login.body.contains(r#"autocomplete="current-password""#));
}

#[tokio::test]
async fn password_then_totp_enrolment_then_second_factor_on_the_next_login() {
    let app = TestApp::new().await;
    app.user_with_password("Beratung Mitte", "nour@mitte.example", Role::Counselor, PASSWORD, true).await;

    // The tenant requires two factors for counselors: log-in leads to enrolment first.
    let login = app.post_form("/login", &[("email", "nour@mitte.example"), ("password", PASSWORD)], None).await;
    assert_eq!(login.status, StatusCode::SEE_OTHER, "{}", login.body);
    assert_eq!(login.header("location"), "/account/2fa");
    let half = session_cookie(&login).expect("session cookie");
    assert!(login.header("set-cookie").contains("HttpOnly") && login.header("set-cookie").contains("SameSite=Lax"));
    assert_eq!(app.get_cookie("/staff", &half).await.header("location"), "/account/2fa", "no way around enrolment");

    let page = app.get_cookie("/account/2fa", &half).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<svg"), "QR code rendered on the server");
    let secret = secret_from(&page.body);
    let csrf = hidden_field(&page.body, "csrf");

    let wrong = app.post_form("/account/2fa", &[("code", "000000"), ("csrf", &csrf)], Some(&half)).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let enrolled = app.post_form("/account/2fa", &[("code", &code(&app, &secret)), ("csrf", &csrf)], Some(&half)).await;
    assert_eq!(enrolled.status, StatusCode::OK, "{}", enrolled.body);
    let recovery: Vec<String> =
        enrolled.body.split("<code>").skip(1).map(|s| s[..s.find('<').unwrap()].to_string()).collect();
    assert_eq!(recovery.len(), 10, "ten recovery codes");
    let full = session_cookie(&enrolled).expect("a new session id after enrolment");
    assert_ne!(full, half);
    assert_eq!(app.get_cookie("/staff", &half).await.status, StatusCode::SEE_OTHER, "the old id is dead");
    let staff = app.get_cookie("/staff", &full).await;
    assert_eq!(staff.status, StatusCode::OK);

    // Log out, log in again: now the second factor is asked for.
    let csrf = hidden_field(&staff.body, "csrf");
    let out = app.post_form("/logout", &[("csrf", &csrf)], Some(&full)).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get_cookie("/staff", &full).await.status, StatusCode::SEE_OTHER);

    let login = app.post_form("/login", &[("email", "nour@mitte.example"), ("password", PASSWORD)], None).await;
    assert_eq!(login.header("location"), "/login/2fa");
    let pending = session_cookie(&login).unwrap();
    let form = app.get_cookie("/login/2fa", &pending).await;
    let csrf = hidden_field(&form.body, "csrf");
    // The code used for enrolment is in the same time step: a replay is refused.
    let replay = app.post_form("/login/2fa", &[("code", &code(&app, &secret)), ("csrf", &csrf)], Some(&pending)).await;
    assert_eq!(replay.status, StatusCode::UNAUTHORIZED);
    app.clock.advance(30_000);
    let ok = app.post_form("/login/2fa", &[("code", &code(&app, &secret)), ("csrf", &csrf)], Some(&pending)).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    assert_eq!(ok.header("location"), "/staff");
    assert_eq!(app.get_cookie("/staff", &session_cookie(&ok).unwrap()).await.status, StatusCode::OK);

    // A recovery code works once.
    let login = app.post_form("/login", &[("email", "nour@mitte.example"), ("password", PASSWORD)], None).await;
    let pending = session_cookie(&login).unwrap();
    let csrf = hidden_field(&app.get_cookie("/login/2fa", &pending).await.body, "csrf");
    let first = app.post_form("/login/2fa", &[("code", &recovery[0]), ("csrf", &csrf)], Some(&pending)).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let login = app.post_form("/login", &[("email", "nour@mitte.example"), ("password", PASSWORD)], None).await;
    let pending = session_cookie(&login).unwrap();
    let csrf = hidden_field(&app.get_cookie("/login/2fa", &pending).await.body, "csrf");
    let again = app.post_form("/login/2fa", &[("code", &recovery[0]), ("csrf", &csrf)], Some(&pending)).await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn twenty_wrong_passwords_are_throttled_and_the_owner_gets_in_after_the_cool_down() {
    let app = TestApp::new().await;
    app.user_with_password("Beratung Ost", "ivan@ost.example", Role::Streetworker, PASSWORD, false).await;
    let mut statuses = Vec::new();
    let mut last = None;
    for _ in 0..20 {
        let response =
            app.post_form("/login", &[("email", "ivan@ost.example"), ("password", "wrong password!!")], None).await;
        statuses.push(response.status.as_u16());
        last = Some(response);
    }
    assert_eq!(&statuses[..4], &[401, 401, 401, 401], "{statuses:?}");
    assert!(statuses[4..].iter().all(|s| *s == 429), "throttled from the fifth failure on: {statuses:?}");
    let last = last.unwrap();
    assert!(last.body.contains("Zu viele fehlgeschlagene Anmeldeversuche"), "a clear message");
    let wait: i64 = last.header("retry-after").parse().unwrap();
    assert!((1..=60).contains(&wait), "{wait}");

    // Even the right password is refused during the cool-down…
    let early = app.post_form("/login", &[("email", "ivan@ost.example"), ("password", PASSWORD)], None).await;
    assert_eq!(early.status, StatusCode::TOO_MANY_REQUESTS);
    // …and accepted after it.
    app.clock.advance(wait * 1000 + 1);
    let later = app.post_form("/login", &[("email", "ivan@ost.example"), ("password", PASSWORD)], None).await;
    assert_eq!(later.status, StatusCode::SEE_OTHER, "{}", later.body);
    assert_eq!(later.header("location"), "/staff");

    // An address without an account behaves the same way.
    let mut unknown = Vec::new();
    for _ in 0..6 {
        unknown.push(
            app.post_form("/login", &[("email", "nobody@ost.example"), ("password", "wrong password!!")], None)
                .await
                .status
                .as_u16(),
        );
    }
    assert_eq!(unknown, vec![401, 401, 401, 401, 429, 429]);
}

#[tokio::test]
async fn timing_does_not_reveal_whether_an_account_exists() {
    let app = TestApp::new().await;
    app.user_with_password("Beratung Süd", "real@sued.example", Role::Streetworker, PASSWORD, false).await;
    // Warm up both paths once.
    app.post_form("/login", &[("email", "warm@sued.example"), ("password", "wrong password!!")], None).await;
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for i in 0..4 {
        let started = Instant::now();
        app.post_form("/login", &[("email", "real@sued.example"), ("password", "wrong password!!")], None).await;
        known.push(started.elapsed().as_secs_f64());
        let started = Instant::now();
        let email = format!("ghost{i}@sued.example");
        app.post_form("/login", &[("email", &email), ("password", "wrong password!!")], None).await;
        unknown.push(started.elapsed().as_secs_f64());
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    let ratio = mean(&known) / mean(&unknown);
    assert!((0.5..2.0).contains(&ratio), "known {known:?} vs unknown {unknown:?}");
}

#[tokio::test]
async fn cross_site_posts_and_missing_form_tokens_are_refused() {
    let app = TestApp::new().await;
    app.user_with_password("Beratung West", "lea@west.example", Role::Streetworker, PASSWORD, false).await;
    let login = app.post_form("/login", &[("email", "lea@west.example"), ("password", PASSWORD)], None).await;
    let cookie = session_cookie(&login).unwrap();
    let staff = app.get_cookie("/staff", &cookie).await;
    let csrf = hidden_field(&staff.body, "csrf");
    let cross = app
        .send(
            axum::http::Request::post("/logout")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", &cookie)
                .header("sec-fetch-site", "cross-site")
                .body(axum::body::Body::from(format!("csrf={csrf}")))
                .unwrap(),
        )
        .await;
    assert_eq!(cross.status, StatusCode::FORBIDDEN);
    let forged = app.post_form("/logout", &[("csrf", "not-the-token")], Some(&cookie)).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get_cookie("/staff", &cookie).await.status, StatusCode::OK, "still logged in");
}

#[tokio::test]
async fn log_out_everywhere_ends_every_session() {
    let app = TestApp::new().await;
    app.user_with_password("Beratung Nord", "ole@nord.example", Role::Streetworker, PASSWORD, false).await;
    let one =
        session_cookie(&app.post_form("/login", &[("email", "ole@nord.example"), ("password", PASSWORD)], None).await)
            .unwrap();
    let two =
        session_cookie(&app.post_form("/login", &[("email", "ole@nord.example"), ("password", PASSWORD)], None).await)
            .unwrap();
    let csrf = hidden_field(&app.get_cookie("/staff", &one).await.body, "csrf");
    let out = app.post_form("/logout/everywhere", &[("csrf", &csrf)], Some(&one)).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get_cookie("/staff", &one).await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get_cookie("/staff", &two).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn sessions_expire_when_idle() {
    let app = TestApp::new().await;
    app.user_with_password("Beratung Rand", "ada@rand.example", Role::Streetworker, PASSWORD, false).await;
    let cookie =
        session_cookie(&app.post_form("/login", &[("email", "ada@rand.example"), ("password", PASSWORD)], None).await)
            .unwrap();
    app.clock.advance(29 * 60_000);
    assert_eq!(app.get_cookie("/staff", &cookie).await.status, StatusCode::OK, "still within 30 minutes");
    app.clock.advance(31 * 60_000);
    assert_eq!(app.get_cookie("/staff", &cookie).await.status, StatusCode::SEE_OTHER, "idle too long");
}

#[tokio::test]
async fn only_admins_read_the_audit_log_and_every_login_is_in_it() {
    let app = TestApp::new().await;
    app.user_with_password("Beratung Admin", "chef@admin.example", Role::Admin, PASSWORD, false).await;
    app.user_with_password("Beratung Andere", "ben@andere.example", Role::Streetworker, PASSWORD, false).await;
    let admin = session_cookie(
        &app.post_form("/login", &[("email", "chef@admin.example"), ("password", PASSWORD)], None).await,
    )
    .unwrap();
    let page = app.get_cookie("/admin/audit", &admin).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("login.password"));
    let filtered = app.get_cookie("/admin/audit?action=logout", &admin).await;
    assert!(!filtered.body.contains("login.password"));
    let bad = app.get_cookie("/admin/audit?from=yesterday", &admin).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let worker = session_cookie(
        &app.post_form("/login", &[("email", "ben@andere.example"), ("password", PASSWORD)], None).await,
    )
    .unwrap();
    assert_eq!(app.get_cookie("/admin/audit", &worker).await.status, StatusCode::FORBIDDEN);
    let staff = app.get_cookie("/staff", &worker).await;
    assert!(!staff.body.contains("/admin/audit"), "the link is hidden from roles that may not follow it");
}

#[tokio::test]
async fn sessions_end_after_twelve_hours_even_when_active() {
    let app = TestApp::new().await;
    app.user_with_password("Beratung Lang", "tag@lang.example", Role::Streetworker, PASSWORD, false).await;
    let cookie =
        session_cookie(&app.post_form("/login", &[("email", "tag@lang.example"), ("password", PASSWORD)], None).await)
            .unwrap();
    // Active every 25 minutes for 11 hours 40 minutes: still logged in.
    for _ in 0..28 {
        app.clock.advance(25 * 60_000);
        assert_eq!(app.get_cookie("/staff", &cookie).await.status, StatusCode::OK);
    }
    app.clock.advance(25 * 60_000);
    let expired = app.get_cookie("/staff", &cookie).await;
    assert_eq!(expired.status, StatusCode::SEE_OTHER, "absolute limit of 12 hours");
}

#[tokio::test]
async fn one_address_trying_many_accounts_is_throttled_too() {
    let config = lotse_web::WebConfig { login_attempts_per_address: 3, ..Default::default() };
    let app = TestApp::with_config(config).await;
    for i in 0..3 {
        let email = format!("spray{i}@addr.example");
        let response = app.post_form("/login", &[("email", &email), ("password", "wrong password!!")], None).await;
        assert_eq!(response.status, StatusCode::UNAUTHORIZED);
    }
    let fourth =
        app.post_form("/login", &[("email", "spray9@addr.example"), ("password", "wrong password!!")], None).await;
    assert_eq!(fourth.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(fourth.body.contains("Zu viele fehlgeschlagene Anmeldeversuche"));
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_ends_other_sessions() {
    let app = TestApp::new().await;
    app.user_with_password("Beratung Wechsel", "pw@wechsel.example", Role::Streetworker, PASSWORD, false).await;
    let login = |password: &'static str| {
        let app = &app;
        async move { app.post_form("/login", &[("email", "pw@wechsel.example"), ("password", password)], None).await }
    };
    let here = session_cookie(&login(PASSWORD).await).unwrap();
    let elsewhere = session_cookie(&login(PASSWORD).await).unwrap();
    let page = app.get_cookie("/account/password", &here).await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = hidden_field(&page.body, "csrf");
    let wrong = app
        .post_form(
            "/account/password",
            &[
                ("csrf", &csrf),
                ("current", "not my password"),
                ("new", "a brand new password"),
                ("again", "a brand new password"),
            ],
            Some(&here),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("Das aktuelle Passwort stimmt nicht."));
    let changed = app
        .post_form(
            "/account/password",
            &[
                ("csrf", &csrf),
                ("current", PASSWORD),
                ("new", "a brand new password"),
                ("again", "a brand new password"),
            ],
            Some(&here),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
    let renewed = session_cookie(&changed).expect("this browser continues with a new session");
    assert_eq!(app.get_cookie("/staff", &renewed).await.status, StatusCode::OK);
    assert_eq!(
        app.get_cookie("/staff", &elsewhere).await.status,
        StatusCode::SEE_OTHER,
        "other devices are logged out"
    );
    assert_eq!(login(PASSWORD).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(login("a brand new password").await.status, StatusCode::SEE_OTHER);
}
