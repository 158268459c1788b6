//! Appointment reminders by e-mail, through a real mail server: OpenSMTPD takes the mail, Dovecot stores it, and
//! the test reads it back over IMAP. scripts/test.sh starts that server (scripts/mail-throwaway.sh) and sets
//! LOTSE_TEST_SMTP_URL and LOTSE_TEST_IMAP.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{TestApp, bearer};
use axum::http::{Method, StatusCode};
use lotse_core::Role;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const JSON: (&str, &str) = ("content-type", "application/json");
const HOUR: i64 = 3_600_000;

pub fn mail_server() -> (String, String) {
    let smtp = std::env::var("LOTSE_TEST_SMTP_URL");
    let imap = std::env::var("LOTSE_TEST_IMAP");
    match (smtp, imap) {
        (Ok(smtp), Ok(imap)) => (smtp, imap),
        _ => panic!(
            "this test needs a mail server: run scripts/test.sh, or start one with \
             `scripts/mail-throwaway.sh start DIR SMTP IMAP LMTP` and set LOTSE_TEST_SMTP_URL=smtp://127.0.0.1:SMTP \
             and LOTSE_TEST_IMAP=127.0.0.1:IMAP"
        ),
    }
}

/// Every message in the mailbox of `user`, raw, by plain IMAP (LOGIN, SELECT, FETCH BODY[]).
pub async fn mailbox(imap: &str, user: &str) -> Vec<Vec<u8>> {
    let mut stream = tokio::net::TcpStream::connect(imap).await.unwrap();
    stream
        .write_all(
            format!("a1 LOGIN {user} mailtest\r\na2 SELECT INBOX\r\na3 FETCH 1:* BODY.PEEK[]\r\na4 LOGOUT\r\n")
                .as_bytes(),
        )
        .await
        .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    // Each message comes as an IMAP literal: `{N}\r\n` followed by N bytes.
    let mut messages = Vec::new();
    let mut at = 0;
    while let Some(open) = raw[at..].iter().position(|&b| b == b'{').map(|p| p + at) {
        let Some(close) = raw[open..].iter().position(|&b| b == b'}').map(|p| p + open) else { break };
        match std::str::from_utf8(&raw[open + 1..close]).ok().and_then(|n| n.parse::<usize>().ok()) {
            Some(len) if raw.get(close + 1..close + 3) == Some(b"\r\n") => {
                let start = close + 3;
                messages.push(raw[start..start + len].to_vec());
                at = start + len;
            }
            _ => at = close + 1,
        }
    }
    messages
}

pub async fn wait_for_mail(imap: &str, user: &str, count: usize) -> Vec<Vec<u8>> {
    for _ in 0..100 {
        let found = mailbox(imap, user).await;
        if found.len() >= count {
            return found;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    mailbox(imap, user).await
}

async fn client(app: &TestApp, auth: &str, alias: &str, email: Option<&str>, consent: bool) -> String {
    let mut body = serde_json::json!({"alias": alias, "languages": ["ar", "de"]});
    if let Some(address) = email {
        body["email"] = serde_json::json!(address);
    }
    let created = app.call(Method::POST, "/api/v1/clients", &[("authorization", auth), JSON], body.to_string()).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let id = created.json()["id"].as_str().unwrap().to_string();
    if consent {
        let given = app
            .call(
                Method::POST,
                &format!("/api/v1/clients/{id}/consents"),
                &[("authorization", auth), JSON],
                r#"{"purpose":"contact_email","legal_basis":"consent","form_version":"2026-11","language":"ar"}"#,
            )
            .await;
        assert_eq!(given.status, StatusCode::CREATED, "{}", given.body);
    }
    id
}

async fn book(app: &TestApp, auth: &str, client: &str, local: &str) -> String {
    let body = format!(r#"{{"client_id":"{client}","starts_local":"{local}","duration_minutes":45,"mode":"video"}}"#);
    let booked = app.call(Method::POST, "/api/v1/appointments", &[("authorization", auth), JSON], body).await;
    assert_eq!(booked.status, StatusCode::CREATED, "{}", booked.body);
    booked.json()["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn reminders_reach_clients_who_consented_once_in_their_language_through_a_real_mail_server() {
    let (smtp, imap) = mail_server();
    let config = lotse_web::WebConfig {
        video_url_template: Some("https://meet.example.org/lotse-{id}".into()),
        ..Default::default()
    };
    let app = TestApp::with_config(config).await;
    let (_, token) = app.tenant_with_user("Beratung Erinnerung", "erinnerung@termine.example", Role::Counselor).await;
    let auth = bearer(&token);
    // Unique mailbox names, so runs on SQLite and PostgreSQL against the same server do not see each other's mail.
    let run = uuid::Uuid::now_v7().simple().to_string();
    let with_consent = format!("rem{}", &run[20..]);
    let without_consent = format!("nocons{}", &run[20..]);
    let consenting = client(&app, &auth, "Reiher", Some(&format!("{with_consent}@example.org")), true).await;
    let not_consenting = client(&app, &auth, "Kranich", Some(&format!("{without_consent}@example.org")), false).await;
    let no_address = client(&app, &auth, "Storch", None, true).await;

    // The test clock moves to 2027-03-27 12:00 Berlin (winter time); the appointments are after the clock change.
    let now = lotse_core::appointment::parse_local("2027-03-27T12:00").unwrap();
    app.clock.advance(now.as_millis() - lotse_core::Clock::now(app.clock.as_ref()).as_millis());
    let tomorrow = book(&app, &auth, &consenting, "2027-03-28T09:30").await;
    book(&app, &auth, &not_consenting, "2027-03-28T10:30").await;
    book(&app, &auth, &no_address, "2027-03-28T11:30").await;
    let next_week = book(&app, &auth, &consenting, "2027-04-03T09:30").await;

    let mailer = lotse_mail::SmtpMailer::new(&smtp, "Beratung Lotse <beratung@lotse.test>").unwrap();
    let run_job = |at: lotse_core::Timestamp| {
        let state = app.state.clone();
        let mailer = &mailer;
        async move {
            lotse_core::reminder::send_due(
                state.store.as_ref(),
                &state.keyring,
                mailer,
                &lotse_web::reminders::FluentReminders,
                &state.auditor,
                "lotse.test",
                at,
            )
            .await
            .unwrap()
        }
    };
    let first = run_job(now).await;
    assert_eq!((first.sent, first.skipped, first.failed), (1, 2, 0), "{first:?}");
    let again = run_job(lotse_core::Timestamp(now.as_millis() + HOUR)).await;
    assert_eq!((again.sent, again.skipped), (0, 0), "a reminder goes out once");

    let mails = wait_for_mail(&imap, &with_consent, 1).await;
    assert_eq!(mails.len(), 1, "exactly one reminder in the mailbox");
    let parsed = mail_parser::MessageParser::default().parse(&mails[0]).unwrap();
    let subject = parsed.subject().unwrap_or_default().to_string();
    let text = parsed.body_text(0).unwrap_or_default().to_string();
    assert!(subject.contains("تذكير") && subject.contains("28.03.2027") && subject.contains("09:30"), "{subject}");
    assert!(text.contains(&format!("https://meet.example.org/lotse-{tomorrow}")), "{text}");
    assert!(!text.contains("Reiher"), "no alias or name in the mail");
    assert_eq!(parsed.header_raw("Auto-Submitted").map(str::trim), Some("auto-generated"));
    assert!(mailbox(&imap, &without_consent).await.is_empty(), "no consent, no mail");

    // Withdrawn consent stops next week's reminder.
    let view = app.get_with(&format!("/api/v1/clients/{consenting}"), &[("authorization", &auth)]).await.json();
    let consent = view["consents"][0]["id"].as_str().unwrap().to_string();
    let withdrawn = app
        .call(
            Method::POST,
            &format!("/api/v1/clients/{consenting}/consents/{consent}/withdraw"),
            &[("authorization", &auth)],
            "",
        )
        .await;
    assert!(withdrawn.status.is_success(), "{}", withdrawn.body);
    let later = lotse_core::appointment::parse_local("2027-04-02T12:00").unwrap();
    let last = run_job(later).await;
    assert_eq!((last.sent, last.skipped), (0, 1), "withdrawn consent: skipped ({next_week})");
    assert_eq!(wait_for_mail(&imap, &with_consent, 2).await.len(), 1);
}

#[tokio::test]
async fn a_mail_server_that_cannot_be_reached_leaves_the_reminder_for_the_next_run() {
    let config = lotse_web::WebConfig {
        video_url_template: Some("https://meet.example.org/lotse-{id}".into()),
        ..Default::default()
    };
    let app = TestApp::with_config(config).await;
    let (_, token) = app.tenant_with_user("Beratung Ausfall", "ausfall@termine.example", Role::Counselor).await;
    let auth = bearer(&token);
    let id = client(&app, &auth, "Milan", Some("milan@example.org"), true).await;
    let now = lotse_core::appointment::parse_local("2027-12-01T12:00").unwrap();
    app.clock.advance(now.as_millis() - lotse_core::Clock::now(app.clock.as_ref()).as_millis());
    book(&app, &auth, &id, "2027-12-02T09:00").await;
    // A port nobody listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let mailer = lotse_mail::SmtpMailer::new(&format!("smtp://127.0.0.1:{port}"), "lotse@lotse.test").unwrap();
    let report = lotse_core::reminder::send_due(
        app.state.store.as_ref(),
        &app.state.keyring,
        &mailer,
        &lotse_web::reminders::FluentReminders,
        &app.state.auditor,
        "lotse.test",
        now,
    )
    .await
    .unwrap();
    assert_eq!((report.sent, report.failed), (0, 1));
    let due = app.state.store.reminders_due(now, lotse_core::Timestamp(now.as_millis() + 24 * HOUR)).await.unwrap();
    assert_eq!(due.len(), 1, "released for the next run");
}
