//! The retention job, run with a test clock.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{TestApp, bearer};
use axum::http::{Method, StatusCode};
use lotse_core::Role;

const JSON: (&str, &str) = ("content-type", "application/json");
const DAY: i64 = 86_400_000;

async fn client_with_case(app: &TestApp, auth: &str, alias: &str) -> (String, String) {
    let client = app
        .call(
            Method::POST,
            "/api/v1/clients",
            &[("authorization", auth), JSON],
            format!(r#"{{"alias":"{alias}","notes":"Retention-Kanarie {alias}"}}"#),
        )
        .await
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let case = app
        .call(
            Method::POST,
            "/api/v1/cases",
            &[("authorization", auth), JSON],
            format!(r#"{{"client_id":"{client}","topics":["benefits"],"title":"Titel {alias}"}}"#),
        )
        .await
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let note = app
        .call(
            Method::POST,
            &format!("/api/v1/cases/{case}/notes"),
            &[("authorization", auth), JSON],
            r#"{"text":"Notiz"}"#,
        )
        .await;
    assert_eq!(note.status, StatusCode::CREATED);
    (client, case)
}

async fn close(app: &TestApp, auth: &str, case: &str) {
    let closed = app
        .call(
            Method::POST,
            &format!("/api/v1/cases/{case}/close"),
            &[("authorization", auth), JSON],
            r#"{"outcome":"resolved"}"#,
        )
        .await;
    assert_eq!(closed.status, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn the_retention_job_removes_exactly_the_cases_that_are_due() {
    let app = TestApp::new().await;
    let (user, token) = app.tenant_with_user("Beratung Fristen", "frist@fristen.example", Role::Counselor).await;
    let auth = bearer(&token);
    // Day 0: A and B closed; C stays open; D is closed on day 400.
    let (client_a, case_a) = client_with_case(&app, &auth, "Amsel").await;
    let (client_b, case_b) = client_with_case(&app, &auth, "Buchfink").await;
    let (_, case_c) = client_with_case(&app, &auth, "Classic-Open").await;
    let (client_d, case_d) = client_with_case(&app, &auth, "Dohle").await;
    // B's client has a second, open case: the client stays.
    let second_b = app
        .call(
            Method::POST,
            "/api/v1/cases",
            &[("authorization", &auth), JSON],
            format!(r#"{{"client_id":"{client_b}","topics":["housing"]}}"#),
        )
        .await;
    assert_eq!(second_b.status, StatusCode::CREATED);
    close(&app, &auth, &case_a).await;
    close(&app, &auth, &case_b).await;
    app.clock.advance(400 * DAY);
    close(&app, &auth, &case_d).await;

    // Day 1096: A and B (closed on day 0) are past the default 1095 days; D (closed on day 400) is not; C is open.
    app.clock.advance(696 * DAY);
    let now = lotse_core::Clock::now(app.clock.as_ref());
    let dry = lotse_core::retention::run(
        app.db.store.as_ref(),
        &app.state.keyring,
        app.state.ledger.as_ref(),
        &app.state.auditor,
        now,
        true,
    )
    .await
    .unwrap();
    let mut due: Vec<String> = dry.cases_due.iter().map(|(_, case, _)| case.clone()).collect();
    due.sort();
    let mut expected = vec![case_a.clone(), case_b.clone()];
    expected.sort();
    assert_eq!(due, expected, "the dry run reports exactly A and B");
    assert_eq!(
        app.get_with(&format!("/api/v1/cases/{case_a}"), &[("authorization", &auth)]).await.status,
        StatusCode::OK,
        "dry run changed nothing"
    );

    let report = lotse_core::retention::run(
        app.db.store.as_ref(),
        &app.state.keyring,
        app.state.ledger.as_ref(),
        &app.state.auditor,
        now,
        false,
    )
    .await
    .unwrap();
    assert_eq!(report.cases_due.len(), 2);
    assert_eq!(report.clients_erased, 1, "only A's client has no case left");

    // A: case content gone and the client erased. B: case content gone, client kept (open case). C, D untouched.
    assert_eq!(
        app.get_with(&format!("/api/v1/clients/{client_a}"), &[("authorization", &auth)]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_with(&format!("/api/v1/clients/{client_b}"), &[("authorization", &auth)]).await.status,
        StatusCode::OK
    );
    let b = app.get_with(&format!("/api/v1/cases/{case_b}"), &[("authorization", &auth)]).await.json();
    assert!(b["title"].is_null() && b["timeline"].as_array().unwrap().is_empty(), "{b}");
    assert_eq!(b["case"]["topics"], serde_json::json!(["benefits"]), "anonymous counts stay");
    for case in [&case_c, &case_d] {
        let view = app.get_with(&format!("/api/v1/cases/{case}"), &[("authorization", &auth)]).await.json();
        assert_eq!(view["timeline"].as_array().unwrap().len(), 1, "{case} untouched");
        assert!(view["title"].is_string());
    }
    assert_eq!(
        app.get_with(&format!("/api/v1/clients/{client_d}"), &[("authorization", &auth)]).await.status,
        StatusCode::OK
    );

    // Running again removes nothing more.
    let again = lotse_core::retention::run(
        app.db.store.as_ref(),
        &app.state.keyring,
        app.state.ledger.as_ref(),
        &app.state.auditor,
        now,
        false,
    )
    .await
    .unwrap();
    assert!(again.cases_due.is_empty() && again.clients_erased == 0);
    let _ = user;
}

#[tokio::test]
async fn the_retention_period_is_a_tenant_setting_with_limits() {
    let app = TestApp::new().await;
    let (_, token) = app.tenant_with_user("Beratung Einstellung", "admin@einstellung.example", Role::Admin).await;
    let auth = bearer(&token);
    let settings = app.get_with("/api/v1/tenant/settings", &[("authorization", &auth)]).await.json();
    assert_eq!(settings["retention_days"], 1095, "three years by default");
    let bad = app
        .call(
            Method::PUT,
            "/api/v1/tenant/settings",
            &[("authorization", &auth), JSON],
            r#"{"name":"Beratung Einstellung","require_two_factor":true,"retention_days":5}"#,
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let ok = app
        .call(
            Method::PUT,
            "/api/v1/tenant/settings",
            &[("authorization", &auth), JSON],
            r#"{"name":"Beratung Einstellung","require_two_factor":true,"retention_days":730}"#,
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert_eq!(
        app.get_with("/api/v1/tenant/settings", &[("authorization", &auth)]).await.json()["retention_days"],
        730
    );
}
