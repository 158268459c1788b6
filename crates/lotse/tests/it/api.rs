#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{TestApp, bearer};
use axum::http::{Method, StatusCode};
use lotse_core::Role;

const JSON: (&str, &str) = ("content-type", "application/json");

#[tokio::test]
async fn me_answers_for_a_valid_token() {
    let app = TestApp::new().await;
    let (user, token) = app.tenant_with_user("Beratung Nord", "ana@nord.example", Role::Counselor).await;
    let response = app.get_with("/api/v1/me", &[("authorization", &bearer(&token))]).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.body);
    let body = response.json();
    assert_eq!(body["user"]["email"], "ana@nord.example");
    assert_eq!(body["user"]["role"], "counselor");
    assert_eq!(body["user"]["id"], user.id.as_str());
    assert_eq!(body["tenant"]["name"], "Beratung Nord");
}

#[tokio::test]
async fn missing_and_invalid_tokens_are_401_with_stable_codes() {
    let app = TestApp::new().await;
    let missing = app.get("/api/v1/me").await;
    assert_eq!(missing.status, StatusCode::UNAUTHORIZED);
    assert_eq!(missing.json()["error"]["code"], "unauthorized");
    assert!(missing.header("www-authenticate").starts_with("Bearer"));
    for value in ["Bearer nonsense", "Basic YTpi", &bearer(&format!("lotse_{}", "0".repeat(64)))] {
        let invalid = app.get_with("/api/v1/me", &[("authorization", value)]).await;
        assert_eq!(invalid.status, StatusCode::UNAUTHORIZED, "{value}");
        assert_eq!(invalid.json()["error"]["code"], "invalid_token");
    }
}

#[tokio::test]
async fn errors_are_translated_and_carry_the_request_id() {
    let app = TestApp::new().await;
    let german = app.get("/api/v1/me").await.json();
    let russian = app.get_with("/api/v1/me", &[("accept-language", "ru")]).await;
    let body = russian.json();
    assert_eq!(body["error"]["code"], "unauthorized");
    assert_ne!(body["error"]["message"], german["error"]["message"], "Russian differs from German");
    assert!(body["error"]["message"].as_str().unwrap().chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)));
    assert_eq!(body["error"]["request_id"], russian.header("x-request-id"));
}

#[tokio::test]
async fn bad_input_gets_the_right_status_and_code_and_changes_nothing() {
    let app = TestApp::new().await;
    let (_, token) = app.tenant_with_user("Beratung Süd", "ben@sued.example", Role::Admin).await;
    let auth = bearer(&token);
    let headers = [("authorization", auth.as_str()), JSON];

    type Case<'a> = (Method, &'a str, Vec<(&'a str, &'a str)>, Vec<u8>, StatusCode, &'a str);
    let cases: Vec<Case> = vec![
        (
            Method::POST,
            "/api/v1/tokens",
            headers.to_vec(),
            b"{not json".to_vec(),
            StatusCode::BAD_REQUEST,
            "malformed_json",
        ),
        (
            Method::POST,
            "/api/v1/tokens",
            headers.to_vec(),
            b"{\"lable\":\"x\"}".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_input",
        ),
        (
            Method::POST,
            "/api/v1/tokens",
            headers.to_vec(),
            b"{\"label\":\"   \"}".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_input",
        ),
        (
            Method::POST,
            "/api/v1/tokens",
            vec![("authorization", auth.as_str())],
            b"{\"label\":\"x\"}".to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            Method::POST,
            "/api/v1/tokens",
            headers.to_vec(),
            vec![b' '; 2 * 1024 * 1024],
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
        ),
        (Method::PUT, "/api/v1/me", headers.to_vec(), Vec::new(), StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"),
        (Method::GET, "/api/v1/does-not-exist", headers.to_vec(), Vec::new(), StatusCode::NOT_FOUND, "not_found"),
        (Method::DELETE, "/api/v1/tokens/not-a-uuid", headers.to_vec(), Vec::new(), StatusCode::NOT_FOUND, "not_found"),
    ];
    for (method, path, headers, body, status, code) in cases {
        let response = app.call(method.clone(), path, &headers, body).await;
        assert_eq!(response.status, status, "{method} {path}: {}", response.body);
        let json = response.json();
        assert_eq!(json["error"]["code"], code, "{method} {path}");
        assert!(!json["error"]["message"].as_str().unwrap().is_empty());
        assert!(!response.body.to_lowercase().contains("sqlx") && !response.body.contains("panicked"));
    }
    // None of the rejected requests created a token: only the original one exists.
    let me = app.get_with("/api/v1/me", &[("authorization", &auth)]).await;
    assert_eq!(me.status, StatusCode::OK);
    let tenant_id = lotse_core::TenantId::parse(me.json()["tenant"]["id"].as_str().unwrap()).unwrap();
    let users = app.db.store.list_users(&tenant_id, lotse_core::PageRequest::default()).await.unwrap();
    assert_eq!(users.total, 1);
}

#[tokio::test]
async fn html_clients_get_an_error_page_for_a_wrong_method() {
    let app = TestApp::new().await;
    let response = app.call(Method::POST, "/", &[("accept", "text/html")], Vec::new()).await;
    assert_eq!(response.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(response.body.contains(r#"data-error-code="method_not_allowed""#));
    assert_eq!(response.header("allow"), "GET,HEAD");
}

#[tokio::test]
async fn tokens_can_be_created_and_revoked_through_the_api() {
    let app = TestApp::new().await;
    let (_, token) = app.tenant_with_user("Beratung West", "cem@west.example", Role::Coordinator).await;
    let auth = bearer(&token);
    let created =
        app.call(Method::POST, "/api/v1/tokens", &[("authorization", &auth), JSON], r#"{"label":"Laptop"}"#).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let body = created.json();
    let new_token = body["token"].as_str().unwrap().to_string();
    let id = body["id"].as_str().unwrap().to_string();
    let new_auth = bearer(&new_token);
    assert_eq!(app.get_with("/api/v1/me", &[("authorization", &new_auth)]).await.status, StatusCode::OK);
    let revoked = app.call(Method::DELETE, &format!("/api/v1/tokens/{id}"), &[("authorization", &auth)], "").await;
    assert_eq!(revoked.status, StatusCode::NO_CONTENT);
    let after = app.get_with("/api/v1/me", &[("authorization", &new_auth)]).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_token_of_another_tenant_cannot_be_revoked_or_confirmed() {
    let app = TestApp::new().await;
    let (_, token_a) = app.tenant_with_user("Tenant A", "a@a.example", Role::Admin).await;
    let (_, token_b) = app.tenant_with_user("Tenant B", "b@b.example", Role::Admin).await;
    let created = app
        .call(Method::POST, "/api/v1/tokens", &[("authorization", &bearer(&token_a)), JSON], r#"{"label":"A2"}"#)
        .await
        .json();
    let id = created["id"].as_str().unwrap();
    let attempt =
        app.call(Method::DELETE, &format!("/api/v1/tokens/{id}"), &[("authorization", &bearer(&token_b))], "").await;
    assert_eq!(attempt.status, StatusCode::NOT_FOUND);
    let still = app.get_with("/api/v1/me", &[("authorization", &bearer(created["token"].as_str().unwrap()))]).await;
    assert_eq!(still.status, StatusCode::OK);
}

#[tokio::test]
async fn too_many_requests_get_429_with_retry_after() {
    let config = lotse_web::WebConfig { api_requests_per_minute: 3, ..Default::default() };
    let app = TestApp::with_config(config).await;
    for _ in 0..3 {
        assert_eq!(app.get("/api/v1/me").await.status, StatusCode::UNAUTHORIZED);
    }
    let limited = app.get_with("/api/v1/me", &[("accept-language", "en")]).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.json()["error"]["code"], "too_many_requests");
    assert!(limited.header("retry-after").parse::<u64>().unwrap() >= 1);
}

#[tokio::test]
async fn openapi_document_is_3_1_and_describes_every_api_route() {
    let app = TestApp::new().await;
    let doc = app.get("/api/openapi.json").await;
    assert_eq!(doc.status, StatusCode::OK);
    let json = doc.json();
    assert!(json["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths = json["paths"].as_object().unwrap();
    for (path, method) in [("/api/v1/me", "get"), ("/api/v1/tokens", "post"), ("/api/v1/tokens/{id}", "delete")] {
        assert!(paths.get(path).and_then(|p| p.get(method)).is_some(), "{method} {path} documented");
    }
    assert!(json["components"]["securitySchemes"]["bearer"].is_object());
    assert!(json["components"]["schemas"]["ErrorBody"].is_object());
}

#[tokio::test]
async fn only_admins_revoke_other_peoples_tokens() {
    let app = TestApp::new().await;
    let (counselor, token) = app.tenant_with_user("Beratung Ring", "c@ring.example", Role::Counselor).await;
    let hash = lotse_core::password::Password::parse("another long password").unwrap().hash().unwrap();
    let colleague = app
        .db
        .store
        .create_user(
            &lotse_core::user::NewUser {
                tenant_id: counselor.tenant_id.clone(),
                email: lotse_core::Email::parse("k@ring.example").unwrap(),
                display_name: "Kollege".into(),
                role: Role::Admin,
                password_hash: hash,
            },
            lotse_core::Timestamp(1),
        )
        .await
        .unwrap();
    let secret = lotse_core::secret_token::SecretToken::generate().unwrap();
    let info = app
        .db
        .store
        .create_token(&counselor.tenant_id, &colleague.id, "x", &secret.digest(), lotse_core::Timestamp(1))
        .await
        .unwrap();
    let refused = app
        .call(Method::DELETE, &format!("/api/v1/tokens/{}", info.id), &[("authorization", &bearer(&token))], "")
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    let admin_token = bearer(secret.expose());
    let mine = app
        .call(Method::POST, "/api/v1/tokens", &[("authorization", &bearer(&token)), JSON], r#"{"label":"zweites"}"#)
        .await
        .json();
    let by_admin = app
        .call(
            Method::DELETE,
            &format!("/api/v1/tokens/{}", mine["id"].as_str().unwrap()),
            &[("authorization", &admin_token)],
            "",
        )
        .await;
    assert_eq!(by_admin.status, StatusCode::NO_CONTENT, "an admin may revoke any token of the tenant");
}

#[tokio::test]
async fn a_panic_becomes_a_translated_500_without_internals() {
    use tower::ServiceExt;
    let app = TestApp::new().await;
    async fn boom() -> &'static str {
        panic!("exploded while running SELECT * FROM users")
    }
    let routes = axum::Router::new().route("/api/v1/boom", axum::routing::get(boom));
    let router = lotse_web::with_edge_layers(routes, app.state.clone());
    let request = axum::http::Request::get("/api/v1/boom")
        .header("accept-language", "tr")
        .body(axum::body::Body::empty())
        .unwrap();
    let response = router.oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let bytes = http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes();
    let body: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(body["error"]["code"], "internal");
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("SELECT") && !text.contains("exploded") && !text.contains("panicked"), "{text}");
    assert_ne!(
        body["error"]["message"], "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.",
        "Turkish, not German"
    );
}
