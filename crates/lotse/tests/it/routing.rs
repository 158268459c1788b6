//! Routing: what counselors handle, suggestions in the queue, and cases waiting for a team.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{TestApp, bearer};
use axum::http::{Method, StatusCode};
use lotse_core::Role;
use lotse_core::secret_token::SecretToken;

const JSON: (&str, &str) = ("content-type", "application/json");

pub async fn colleague(
    app: &TestApp,
    tenant: &lotse_core::TenantId,
    email: &str,
    name: &str,
    role: Role,
) -> (String, String) {
    let user = app
        .db
        .store
        .create_user(
            &lotse_core::user::NewUser {
                tenant_id: tenant.clone(),
                email: lotse_core::Email::parse(email).unwrap(),
                display_name: name.into(),
                role,
                password_hash: lotse_core::password::PasswordHashString("$argon2id$x".into()),
            },
            lotse_core::Timestamp(1),
        )
        .await
        .unwrap();
    let secret = SecretToken::generate().unwrap();
    app.db.store.create_token(tenant, &user.id, "test", &secret.digest(), lotse_core::Timestamp(1)).await.unwrap();
    (user.id.to_string(), bearer(secret.expose()))
}

#[tokio::test]
async fn the_queue_suggests_colleagues_by_topic_language_and_region_and_cases_wait_for_a_team() {
    let app = TestApp::new().await;
    let (me, token) = app.tenant_with_user("Beratung Verteilung", "lead@verteilung.example", Role::Counselor).await;
    let auth = bearer(&token);
    let tenant = me.tenant_id.clone();
    let (amira, amira_auth) = colleague(&app, &tenant, "amira@verteilung.example", "Amira", Role::Counselor).await;
    let (jonas, jonas_auth) = colleague(&app, &tenant, "jonas@verteilung.example", "Jonas", Role::Counselor).await;
    let (_, street_auth) = colleague(&app, &tenant, "street@verteilung.example", "Straße", Role::Streetworker).await;

    // Profiles, with bad ones refused and nothing changed.
    let put = |auth: String, body: serde_json::Value| {
        let app = &app;
        async move {
            app.call(Method::PUT, "/api/v1/me/routing-profile", &[("authorization", &auth), JSON], body.to_string())
                .await
        }
    };
    for bad in [
        serde_json::json!({"topics": ["weather"]}),
        serde_json::json!({"languages": ["arabic"]}),
        serde_json::json!({"regions": ["06x"]}),
        serde_json::json!({"team": "A, B"}),
    ] {
        assert_eq!(put(amira_auth.clone(), bad.clone()).await.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    let empty = app.get_with("/api/v1/me/routing-profile", &[("authorization", &amira_auth)]).await.json();
    assert_eq!(empty["topics"], serde_json::json!([]));
    let saved = put(
        amira_auth.clone(),
        serde_json::json!({"team": "Halle", "topics": ["housing", "benefits"], "languages": ["ar", "de"], "regions": ["06"]}),
    )
    .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    assert_eq!(
        put(
            jonas_auth.clone(),
            serde_json::json!({"team": "Magdeburg", "topics": ["housing"], "languages": ["de"], "regions": ["39"]})
        )
        .await
        .status,
        StatusCode::OK
    );
    assert_eq!(
        put(street_auth.clone(), serde_json::json!({"topics": ["housing"]})).await.status,
        StatusCode::FORBIDDEN,
        "a role that does not handle client data has no routing profile"
    );

    // An Arabic-speaking client in Halle (06108) with a housing question, handed to the queue.
    let created = app
        .call(
            Method::POST,
            "/api/v1/clients",
            &[("authorization", &auth), JSON],
            r#"{"alias":"Falke","languages":["ar"]}"#,
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let client = created.json()["id"].as_str().unwrap().to_string();
    let bad_postcode = app
        .call(
            Method::POST,
            "/api/v1/cases",
            &[("authorization", &auth), JSON],
            serde_json::json!({"client_id": client, "topics": ["housing"], "postcode": "Halle"}).to_string(),
        )
        .await;
    assert_eq!(bad_postcode.status, StatusCode::UNPROCESSABLE_ENTITY);
    let case = app
        .call(
            Method::POST,
            "/api/v1/cases",
            &[("authorization", &auth), JSON],
            serde_json::json!({"client_id": client, "topics": ["housing"], "postcode": "06108"}).to_string(),
        )
        .await
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let to_queue = app
        .call(
            Method::POST,
            &format!("/api/v1/cases/{case}/assign"),
            &[("authorization", &auth), JSON],
            r#"{"user_id":null}"#,
        )
        .await;
    assert_eq!(to_queue.status, StatusCode::NO_CONTENT, "{}", to_queue.body);

    let queue = app.get_with("/api/v1/cases/queue", &[("authorization", &auth)]).await.json();
    let waiting = &queue.as_array().unwrap()[0];
    assert_eq!(waiting["region"], "061", "only three digits of the postcode are kept");
    let suggested: Vec<&str> =
        waiting["suggestions"].as_array().unwrap().iter().map(|s| s["display_name"].as_str().unwrap()).collect();
    assert_eq!(suggested, ["Amira", "Jonas"], "topic + Arabic + region beats topic alone: {waiting}");
    assert_eq!(waiting["suggestions"][0]["score"], 6);
    assert_eq!(waiting["suggestions"][0]["user_id"], amira.as_str());
    assert_eq!(waiting["suggestions"][1]["user_id"], jonas.as_str());

    // The case waits for team Halle; the page filter shows it there and not for Magdeburg.
    let team = app
        .call(
            Method::POST,
            &format!("/api/v1/cases/{case}/team"),
            &[("authorization", &auth), JSON],
            r#"{"team":"Halle"}"#,
        )
        .await;
    assert_eq!(team.status, StatusCode::NO_CONTENT, "{}", team.body);
    let queue = app.get_with("/api/v1/cases/queue", &[("authorization", &auth)]).await.json();
    assert_eq!(queue[0]["team"], "Halle");

    // Assigned cases cannot be put in front of a team.
    let taken = app
        .call(
            Method::POST,
            &format!("/api/v1/cases/{case}/assign"),
            &[("authorization", &auth), JSON],
            serde_json::json!({"user_id": amira}).to_string(),
        )
        .await;
    assert_eq!(taken.status, StatusCode::NO_CONTENT);
    let refused = app
        .call(
            Method::POST,
            &format!("/api/v1/cases/{case}/team"),
            &[("authorization", &auth), JSON],
            r#"{"team":"Magdeburg"}"#,
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert!(
        app.get_with("/api/v1/cases/queue", &[("authorization", &auth)]).await.json().as_array().unwrap().is_empty()
    );
}
