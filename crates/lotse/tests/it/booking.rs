//! Booking by the client: booking hours, a booking link per case, the public booking page and API.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{TestApp, bearer};
use axum::http::{Method, StatusCode};
use lotse_core::Role;

const JSON: (&str, &str) = ("content-type", "application/json");
const DAY: i64 = 86_400_000;

async fn setup() -> (TestApp, String, String) {
    let config = lotse_web::WebConfig {
        video_url_template: Some("https://meet.example.org/lotse-{id}".into()),
        ..Default::default()
    };
    let app = TestApp::with_config(config).await;
    let (_, token) = app.tenant_with_user("Beratung Buchung", "buchung@buchung.example", Role::Counselor).await;
    let auth = bearer(&token);
    let client = app
        .call(Method::POST, "/api/v1/clients", &[("authorization", &auth), JSON], r#"{"alias":"Lerche"}"#)
        .await
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let case = app
        .call(
            Method::POST,
            "/api/v1/cases",
            &[("authorization", &auth), JSON],
            format!(r#"{{"client_id":"{client}","topics":["benefits"]}}"#),
        )
        .await
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    (app, auth, case)
}

async fn link(app: &TestApp, auth: &str, case: &str) -> String {
    let made =
        app.call(Method::POST, &format!("/api/v1/cases/{case}/booking-links"), &[("authorization", auth)], "").await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let url = made.json()["url"].as_str().unwrap().to_string();
    url.rsplit('/').next().unwrap().to_string()
}

#[tokio::test]
async fn a_client_books_a_free_time_once_and_a_taken_time_is_not_offered_again() {
    let (app, auth, case) = setup().await;
    // Bad hours are refused and change nothing.
    for bad in [
        r#"{"weekday":8,"from":"09:00","to":"12:00","slot_minutes":60,"modes":["phone"]}"#,
        r#"{"weekday":1,"from":"12:00","to":"09:00","slot_minutes":60,"modes":["phone"]}"#,
        r#"{"weekday":1,"from":"09:00","to":"12:00","slot_minutes":60,"modes":[]}"#,
        r#"{"weekday":1,"from":"09:00","to":"12:00","slot_minutes":60,"modes":["fax"]}"#,
    ] {
        let refused = app.call(Method::POST, "/api/v1/availability", &[("authorization", &auth), JSON], bad).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}: {}", refused.body);
    }
    assert_eq!(app.get_with("/api/v1/availability", &[("authorization", &auth)]).await.json(), serde_json::json!([]));
    // Every weekday 09:00–12:00 in one-hour slots: three a day.
    for weekday in 1..=7 {
        let added = app
            .call(
                Method::POST,
                "/api/v1/availability",
                &[("authorization", &auth), JSON],
                format!(
                    r#"{{"weekday":{weekday},"from":"09:00","to":"12:00","slot_minutes":60,"modes":["in_person","video"],"location":"Markt 1, Halle"}}"#
                ),
            )
            .await;
        assert_eq!(added.status, StatusCode::CREATED, "{}", added.body);
    }

    let token = link(&app, &auth, &case).await;
    let offer = app.get(&format!("/api/v1/booking/{token}")).await;
    assert_eq!(offer.status, StatusCode::OK, "{}", offer.body);
    let slots = offer.json()["slots"].as_array().unwrap().clone();
    assert!(slots.len() >= 60, "about 21 days × 3 slots: {}", slots.len());
    let first = slots[0]["starts_at"].as_i64().unwrap();
    assert!(slots.iter().all(|s| s["starts_local"].as_str().unwrap().ends_with(":00")));

    // A time that is not offered, or a mode that is not, is refused.
    let odd = app
        .call(
            Method::POST,
            &format!("/api/v1/booking/{token}"),
            &[JSON],
            format!(r#"{{"starts_at":{},"mode":"video"}}"#, first + 60_000),
        )
        .await;
    assert_eq!(odd.status, StatusCode::CONFLICT, "{}", odd.body);
    let phone = app
        .call(
            Method::POST,
            &format!("/api/v1/booking/{token}"),
            &[JSON],
            format!(r#"{{"starts_at":{first},"mode":"phone"}}"#),
        )
        .await;
    assert_eq!(phone.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", phone.body);

    let booked = app
        .call(
            Method::POST,
            &format!("/api/v1/booking/{token}"),
            &[JSON],
            format!(r#"{{"starts_at":{first},"mode":"video"}}"#),
        )
        .await;
    assert_eq!(booked.status, StatusCode::CREATED, "{}", booked.body);
    let booked = booked.json();
    assert_eq!(booked["case_id"].as_str(), Some(case.as_str()));
    assert!(booked["video_url"].as_str().unwrap().starts_with("https://meet.example.org/lotse-"));
    // The link books once; afterwards it shows the appointment.
    let again = app
        .call(
            Method::POST,
            &format!("/api/v1/booking/{token}"),
            &[JSON],
            format!(r#"{{"starts_at":{},"mode":"video"}}"#, slots[1]["starts_at"]),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let shown = app.get(&format!("/api/v1/booking/{token}")).await.json();
    assert_eq!(shown["booked"]["id"], booked["id"]);
    let page = app.get(&format!("/book/{token}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(booked["video_url"].as_str().unwrap()), "the page shows the video room");
    assert!(!page.body.contains("Lerche"), "no client data on the public page");
    let ics = app.get(&format!("/book/{token}/ics")).await;
    assert_eq!(ics.status, StatusCode::OK);
    assert!(ics.body.contains("BEGIN:VEVENT") && ics.body.contains("TZID=Europe/Berlin"));

    // The counselor sees it on the case; a new link no longer offers that time.
    let id = booked["id"].as_str().unwrap();
    let seen = app.get_with(&format!("/api/v1/appointments/{id}"), &[("authorization", &auth)]).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert_eq!(seen.json()["starts_at"].as_i64(), Some(first));
    let second = link(&app, &auth, &case).await;
    let offered: Vec<i64> = app.get(&format!("/api/v1/booking/{second}")).await.json()["slots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["starts_at"].as_i64().unwrap())
        .collect();
    assert!(!offered.contains(&first));
    assert_eq!(offered.len(), slots.len() - 1);

    // Unknown and expired links.
    assert_eq!(app.get(&format!("/book/lotse_{}", "0".repeat(64))).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/api/v1/booking/nonsense").await.status, StatusCode::NOT_FOUND);
    app.clock.advance(15 * DAY);
    assert_eq!(app.get(&format!("/api/v1/booking/{second}")).await.status, StatusCode::GONE);
    assert_eq!(app.get(&format!("/book/{second}")).await.status, StatusCode::GONE);
}

#[tokio::test]
async fn two_clients_racing_for_one_time_get_it_once() {
    let (app, auth, case) = setup().await;
    let added = app
        .call(
            Method::POST,
            "/api/v1/availability",
            &[("authorization", &auth), JSON],
            r#"{"weekday":3,"from":"14:00","to":"15:00","slot_minutes":60,"modes":["phone"]}"#,
        )
        .await;
    assert_eq!(added.status, StatusCode::CREATED);
    let links = [link(&app, &auth, &case).await, link(&app, &auth, &case).await, link(&app, &auth, &case).await];
    let first =
        app.get(&format!("/api/v1/booking/{}", links[0])).await.json()["slots"][0]["starts_at"].as_i64().unwrap();
    let app = &app;
    let attempts = links.iter().map(|token| {
        let path = format!("/api/v1/booking/{token}");
        let body = format!(r#"{{"starts_at":{first},"mode":"phone"}}"#);
        async move { app.call(Method::POST, &path, &[JSON], body).await }
    });
    let results = futures_join_all(attempts).await;
    let statuses: Vec<StatusCode> = results.iter().map(|r| r.status).collect();
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::CREATED).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::CONFLICT).count(), 2, "{statuses:?}");
}

async fn futures_join_all<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    let handles: Vec<_> = futures.collect();
    let mut out = Vec::new();
    // Polled together on one task: each request runs until it awaits the database, so they interleave.
    let mut pinned: Vec<std::pin::Pin<Box<F>>> = handles.into_iter().map(Box::pin).collect();
    let mut results: Vec<Option<F::Output>> = pinned.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in pinned.iter_mut().enumerate() {
            if results[i].is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => results[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending { std::task::Poll::Pending } else { std::task::Poll::Ready(()) }
    })
    .await;
    for r in results {
        out.extend(r);
    }
    out
}
