//! Appointments and their `.ics` files, read back by a real iCalendar library (Python `icalendar`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{TestApp, bearer};
use axum::http::{Method, StatusCode};
use lotse_core::Role;

const JSON: (&str, &str) = ("content-type", "application/json");

async fn setup() -> (TestApp, String, String) {
    let config = lotse_web::WebConfig {
        video_url_template: Some("https://meet.example.org/lotse-{id}".into()),
        ..Default::default()
    };
    let app = TestApp::with_config(config).await;
    let (_, token) = app.tenant_with_user("Beratung Termine", "termin@termine.example", Role::Counselor).await;
    let auth = bearer(&token);
    let client = app
        .call(
            Method::POST,
            "/api/v1/clients",
            &[("authorization", &auth), JSON],
            r#"{"alias":"Eule","real_name":"Geheimer Name"}"#,
        )
        .await
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    (app, auth, client)
}

async fn book(app: &TestApp, auth: &str, client: &str, local: &str, mode: &str) -> (StatusCode, serde_json::Value) {
    let body = format!(
        r#"{{"client_id":"{client}","starts_local":"{local}","duration_minutes":45,"mode":"{mode}","location":"Große Ulrichstraße 1, 06108 Halle"}}"#
    );
    let response = app.call(Method::POST, "/api/v1/appointments", &[("authorization", auth), JSON], body).await;
    let json = if response.body.is_empty() { serde_json::Value::Null } else { response.json() };
    (response.status, json)
}

/// Runs tests/ical/check_ics.py with the Python that has `icalendar` (scripts/test.sh provides it).
fn parse_with_icalendar(files: &[std::path::PathBuf]) -> Option<String> {
    let python = std::env::var("LOTSE_ICAL_PYTHON").ok()?;
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/ical/check_ics.py");
    let output = std::process::Command::new(python).arg(script).args(files).output().unwrap();
    assert!(output.status.success(), "icalendar failed: {}", String::from_utf8_lossy(&output.stderr));
    Some(String::from_utf8(output.stdout).unwrap())
}

#[tokio::test]
async fn ics_files_keep_berlin_local_time_across_the_clock_change() {
    let (app, auth, client) = setup().await;
    let (status, before) = book(&app, &auth, &client, "2026-03-28T10:00", "in_person").await;
    assert_eq!(status, StatusCode::CREATED, "{before}");
    assert_eq!(
        (before["starts_local"].as_str(), before["utc_offset"].as_str()),
        (Some("2026-03-28T10:00"), Some("+01"))
    );
    let (_, after) = book(&app, &auth, &client, "2026-03-30T10:00", "video").await;
    assert_eq!(after["utc_offset"], "+02");
    assert!(after["video_url"].as_str().unwrap().starts_with("https://meet.example.org/lotse-"));
    assert_eq!(after["starts_at"].as_i64().unwrap() - before["starts_at"].as_i64().unwrap(), 47 * 3_600_000);
    let (_, autumn) = book(&app, &auth, &client, "2026-10-26T09:30", "phone").await;
    assert_eq!(autumn["utc_offset"], "+01");

    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (name, appointment) in [("before", &before), ("after", &after), ("autumn", &autumn)] {
        let id = appointment["id"].as_str().unwrap();
        let response = app.get_with(&format!("/api/v1/appointments/{id}/ics"), &[("authorization", &auth)]).await;
        assert_eq!(response.status, StatusCode::OK);
        assert!(response.header("content-type").starts_with("text/calendar"));
        assert!(response.header("content-disposition").contains(".ics"));
        assert!(response.body.contains("BEGIN:VTIMEZONE") && response.body.contains("TZID:Europe/Berlin"));
        assert!(response.body.lines().all(|l| l.len() <= 76), "folded lines");
        assert!(
            !response.body.contains("Eule") && !response.body.contains("Geheimer"),
            "no client data in calendar files"
        );
        let file = dir.path().join(format!("{name}.ics"));
        std::fs::write(&file, &response.body).unwrap();
        files.push(file);
    }
    let before_ics = std::fs::read_to_string(&files[0]).unwrap();
    assert!(before_ics.contains("DTSTART;TZID=Europe/Berlin:20260328T100000"));
    assert!(before_ics.contains("DTEND;TZID=Europe/Berlin:20260328T104500"));
    assert!(before_ics.contains("LOCATION:Große Ulrichstraße 1\\, 06108 Halle"));

    match parse_with_icalendar(&files) {
        Some(parsed) => {
            let lines: Vec<&str> = parsed.lines().collect();
            assert_eq!(lines.len(), 3, "{parsed}");
            assert!(
                lines[0].contains("\t2026-03-28T10:00:00+01:00\t2026-03-28T10:45:00+01:00\tBeratungstermin vor Ort"),
                "{parsed}"
            );
            assert!(
                lines[1].contains("\t2026-03-30T10:00:00+02:00\t2026-03-30T10:45:00+02:00\tVideoberatung"),
                "{parsed}"
            );
            assert!(lines[2].contains("\t2026-10-26T09:30:00+01:00\t"), "{parsed}");
        }
        None => assert!(
            std::env::var("CI").is_err(),
            "CI runs the icalendar check (LOTSE_ICAL_PYTHON is set by scripts/test.sh)"
        ),
    }
}

#[tokio::test]
async fn bookings_refuse_bad_times_modes_and_other_tenants_clients() {
    let (app, auth, client) = setup().await;
    for (local, mode, field) in [
        ("2026-03-29T02:30", "in_person", "starts_local"),
        ("2026-10-25T02:30", "in_person", "starts_local"),
        ("morgen um zehn", "in_person", "starts_local"),
        ("2026-05-05T10:00", "telepathy", "mode"),
    ] {
        let (status, body) = book(&app, &auth, &client, local, mode).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{local} {mode}: {body}");
        assert_eq!(body["error"]["fields"][0]["field"], field);
    }
    let (_, other) = app.tenant_with_user("Andere Termine", "x@andere-termine.example", Role::Counselor).await;
    let (status, _) = book(&app, &bearer(&other), &client, "2026-05-05T10:00", "phone").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a client of another tenant");
    let unconfigured = TestApp::new().await;
    let (_, token) = unconfigured.tenant_with_user("Ohne Video", "v@ohne.example", Role::Counselor).await;
    let auth2 = bearer(&token);
    let c = unconfigured
        .call(Method::POST, "/api/v1/clients", &[("authorization", &auth2), JSON], r#"{"alias":"Kauz"}"#)
        .await
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, body) = book(&unconfigured, &auth2, &c, "2026-05-05T10:00", "video").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"]["fields"][0]["code"], "video_not_configured");
}

#[tokio::test]
async fn the_private_calendar_feed_lists_the_counselors_appointments() {
    let (app, auth, client) = setup().await;
    book(&app, &auth, &client, "2026-10-24T09:00", "in_person").await;
    book(&app, &auth, &client, "2026-10-26T09:00", "phone").await;
    let created = app.call(Method::POST, "/api/v1/me/calendar-feed", &[("authorization", &auth)], "").await;
    assert_eq!(created.status, StatusCode::CREATED);
    let url = created.json()["url"].as_str().unwrap().to_string();
    assert!(url.starts_with("/calendar/") && url.ends_with(".ics"), "{url}");
    // A calendar app fetches it without logging in.
    let feed = app.get(&url).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(feed.header("content-type").starts_with("text/calendar"));
    assert_eq!(feed.body.matches("BEGIN:VEVENT").count(), 2);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("feed.ics");
    std::fs::write(&file, &feed.body).unwrap();
    if let Some(parsed) = parse_with_icalendar(&[file]) {
        assert!(parsed.contains("\t2026-10-24T09:00:00+02:00\t"), "{parsed}");
        assert!(parsed.contains("\t2026-10-26T09:00:00+01:00\t"), "{parsed}");
    } else {
        assert!(std::env::var("CI").is_err());
    }
    // Renewing ends the old address; a made-up one does not exist.
    let renewed = app.call(Method::POST, "/api/v1/me/calendar-feed", &[("authorization", &auth)], "").await.json();
    assert_ne!(renewed["url"], url.as_str());
    assert_eq!(app.get(&url).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&format!("/calendar/{}.ics", "0".repeat(64))).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(renewed["url"].as_str().unwrap()).await.status, StatusCode::OK);
}
