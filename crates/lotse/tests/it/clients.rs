//! Clients through the API: sealed personal fields, consents, the export, erasure.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::security::{contains, raw_database};
use crate::support::{TestApp, bearer};
use axum::http::{Method, StatusCode};
use lotse_core::Role;

const JSON: (&str, &str) = ("content-type", "application/json");
const CANARY_NAME: &str = "Kanarienvogel Xylophon-4711";
const CANARY_NOTE: &str = "Notiz-Kanarie: Termin bei der Ausländerbehörde wegen Verlängerung 8812";

async fn counselor(app: &TestApp) -> String {
    let (_, token) = app.tenant_with_user("Beratung Klienten", "berater@klienten.example", Role::Counselor).await;
    bearer(&token)
}

async fn create(app: &TestApp, auth: &str) -> serde_json::Value {
    let body = serde_json::json!({
        "alias": "Falke",
        "real_name": CANARY_NAME,
        "date_of_birth": "1994-03-17",
        "email": "falke@example.org",
        "phone": "+49 151 00000000",
        "languages": ["ar", "de"],
        "country_of_origin": "Syrien",
        "residence_status": "residence_permit",
        "notes": CANARY_NOTE,
    });
    let response = app.call(Method::POST, "/api/v1/clients", &[("authorization", auth), JSON], body.to_string()).await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.body);
    response.json()
}

#[tokio::test]
async fn personal_fields_are_returned_to_staff_but_never_stored_in_plaintext() {
    let app = TestApp::new().await;
    let auth = counselor(&app).await;
    let created = create(&app, &auth).await;
    let id = created["id"].as_str().unwrap();
    let read = app.get_with(&format!("/api/v1/clients/{id}"), &[("authorization", &auth)]).await;
    assert_eq!(read.status, StatusCode::OK);
    let json = read.json();
    assert_eq!(json["real_name"], CANARY_NAME);
    assert_eq!(json["notes"], CANARY_NOTE);
    assert_eq!(json["residence_status"], "residence_permit");
    assert_eq!(json["languages"], serde_json::json!(["ar", "de"]));
    let raw = raw_database(&app);
    assert!(contains(&raw, "Falke"), "the alias is searchable, so the scan sees plaintext where there is some");
    for canary in [CANARY_NAME, "Xylophon", "Kanarie", "1994-03-17", "falke@example.org", "Syrien"] {
        assert!(!contains(&raw, canary), "{canary} stored in plaintext");
    }
    let list = app.get_with("/api/v1/clients", &[("authorization", &auth)]).await.json();
    assert_eq!(list["total"], 1);
    assert!(list["items"][0].get("real_name").is_none(), "lists carry no personal fields");
}

#[tokio::test]
async fn bad_client_input_is_refused_with_the_field_named() {
    let app = TestApp::new().await;
    let auth = counselor(&app).await;
    for (body, field) in [
        (r#"{"alias":""}"#, "alias"),
        (r#"{"alias":"A","date_of_birth":"2199-01-01"}"#, "date_of_birth"),
        (r#"{"alias":"A","date_of_birth":"1990-02-30"}"#, "date_of_birth"),
        (r#"{"alias":"A","languages":["arabic"]}"#, "languages"),
        (r#"{"alias":"A","shoe_size":44}"#, "shoe_size"),
        (r#"{"alias":"A","residence_status":"king"}"#, "residence_status"),
    ] {
        let response = app.call(Method::POST, "/api/v1/clients", &[("authorization", &auth), JSON], body).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {}", response.body);
        let fields = response.json()["error"]["fields"].clone();
        assert!(fields.to_string().contains(field), "{body}: {fields}");
    }
    let list = app.get_with("/api/v1/clients", &[("authorization", &auth)]).await.json();
    assert_eq!(list["total"], 0, "nothing was created");
}

#[tokio::test]
async fn consents_are_recorded_and_withdrawn() {
    let app = TestApp::new().await;
    let auth = counselor(&app).await;
    let id = create(&app, &auth).await["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/clients/{id}/consents");
    let given = app
        .call(
            Method::POST,
            &path,
            &[("authorization", &auth), JSON],
            r#"{"purpose":"ai_assistance","legal_basis":"consent","form_version":"2026-11","language":"ar"}"#,
        )
        .await;
    assert_eq!(given.status, StatusCode::CREATED, "{}", given.body);
    let consent = given.json()["id"].as_str().unwrap().to_string();
    let bad = app
        .call(
            Method::POST,
            &path,
            &[("authorization", &auth), JSON],
            r#"{"purpose":"marketing","legal_basis":"consent","form_version":"1","language":"de"}"#,
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let withdrawn =
        app.call(Method::POST, &format!("{path}/{consent}/withdraw"), &[("authorization", &auth)], "").await;
    assert_eq!(withdrawn.status, StatusCode::NO_CONTENT);
    let again = app.call(Method::POST, &format!("{path}/{consent}/withdraw"), &[("authorization", &auth)], "").await;
    assert_eq!(again.status, StatusCode::NOT_FOUND, "already withdrawn");
    let client = app.get_with(&format!("/api/v1/clients/{id}"), &[("authorization", &auth)]).await.json();
    assert_eq!(client["consents"][0]["purpose"], "ai_assistance");
    assert!(client["consents"][0]["withdrawn_at"].is_i64());
}

#[tokio::test]
async fn the_export_holds_every_stored_field_and_the_access_log() {
    let app = TestApp::new().await;
    let auth = counselor(&app).await;
    let id = create(&app, &auth).await["id"].as_str().unwrap().to_string();
    app.call(
        Method::POST,
        &format!("/api/v1/clients/{id}/consents"),
        &[("authorization", &auth), JSON],
        r#"{"purpose":"counseling","legal_basis":"consent","form_version":"2026-11","language":"de"}"#,
    )
    .await;
    let export = app.get_with(&format!("/api/v1/clients/{id}/export"), &[("authorization", &auth)]).await;
    assert_eq!(export.status, StatusCode::OK);
    let json = export.json();

    // Every column of the client's row, as the database holds it, is in the export.
    let client_id = lotse_core::ClientId::parse(&id).unwrap();
    let me = app.get_with("/api/v1/me", &[("authorization", &auth)]).await.json();
    let tenant = lotse_core::TenantId::parse(me["tenant"]["id"].as_str().unwrap()).unwrap();
    let stored = app.db.store.client(&tenant, &client_id).await.unwrap().client;
    let exported: lotse_core::client::Client = lotse_core::client::Client {
        id: client_id.clone(),
        tenant_id: tenant.clone(),
        alias: json["client"]["alias"].as_str().unwrap().into(),
        languages: json["client"]["languages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap().to_string())
            .collect(),
        data_key_id: json["client"]["data_key_id"].as_str().unwrap().into(),
        created_by: json["client"]["created_by"].as_str().map(|u| lotse_core::UserId::parse(u).unwrap()),
        created_at: lotse_core::Timestamp(json["client"]["created_at"].as_i64().unwrap()),
        updated_at: lotse_core::Timestamp(json["client"]["updated_at"].as_i64().unwrap()),
        erased_at: None,
    };
    assert_eq!(exported, stored);
    // Every sealed field, opened.
    for (field, value) in [
        ("real_name", CANARY_NAME),
        ("date_of_birth", "1994-03-17"),
        ("email", "falke@example.org"),
        ("phone", "+49 151 00000000"),
        ("country_of_origin", "Syrien"),
        ("residence_status", "residence_permit"),
        ("notes", CANARY_NOTE),
    ] {
        assert_eq!(json["profile"][field], value, "{field}");
    }
    assert_eq!(json["special_category_fields"], serde_json::json!(["country_of_origin", "residence_status"]));
    assert_eq!(json["consents"][0]["purpose"], "counseling");
    let actions: Vec<&str> =
        json["access_log"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, vec!["client.create", "consent.give", "client.export"], "oldest first, including this export");
}

#[tokio::test]
async fn erasure_destroys_the_key_and_removes_the_fields() {
    let app = TestApp::new().await;
    let auth = counselor(&app).await;
    let id = create(&app, &auth).await["id"].as_str().unwrap().to_string();
    let me = app.get_with("/api/v1/me", &[("authorization", &auth)]).await.json();
    let tenant = lotse_core::TenantId::parse(me["tenant"]["id"].as_str().unwrap()).unwrap();
    let stored = app.db.store.client(&tenant, &lotse_core::ClientId::parse(&id).unwrap()).await.unwrap();
    let sealed = stored.sealed_profile.clone().unwrap();

    let erased = app.call(Method::POST, &format!("/api/v1/clients/{id}/erase"), &[("authorization", &auth)], "").await;
    assert_eq!(erased.status, StatusCode::NO_CONTENT);
    assert_eq!(
        app.get_with(&format!("/api/v1/clients/{id}"), &[("authorization", &auth)]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.call(Method::POST, &format!("/api/v1/clients/{id}/erase"), &[("authorization", &auth)], "").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.get_with("/api/v1/clients", &[("authorization", &auth)]).await.json()["total"], 0);
    // The data key is gone: a copy of the sealed profile taken before cannot be opened any more.
    let opened = app
        .state
        .keyring
        .open_with_data_key(
            &tenant,
            &stored.client.data_key_id,
            &format!("client-profile:{id}"),
            &sealed,
            lotse_core::Timestamp(1),
        )
        .await;
    assert!(matches!(opened, Err(lotse_core::keyring::KeyError::Destroyed)));
    let raw = raw_database(&app);
    for canary in [CANARY_NAME, "Kanarie", "Falke"] {
        assert!(!contains(&raw, canary), "{canary} left after erasure");
    }
}

#[tokio::test]
async fn a_case_keeps_every_contact_mode_in_one_sealed_timeline() {
    let app = TestApp::new().await;
    let auth = counselor(&app).await;
    let client = create(&app, &auth).await["id"].as_str().unwrap().to_string();
    let opened = app
        .call(
            Method::POST,
            "/api/v1/cases",
            &[("authorization", &auth), JSON],
            format!(r#"{{"client_id":"{client}","topics":["residence","housing"],"title":"Fall-Kanarie Titel"}}"#),
        )
        .await;
    assert_eq!(opened.status, StatusCode::CREATED, "{}", opened.body);
    let case = opened.json()["id"].as_str().unwrap().to_string();
    let post = |path: String, body: &'static str| {
        let auth = auth.clone();
        let app = &app;
        async move { app.call(Method::POST, &path, &[("authorization", &auth), JSON], body).await }
    };
    // An in-person contact yesterday, a phone call an hour ago, a note now: the timeline orders by time.
    let now = lotse_core::Clock::now(app.clock.as_ref()).as_millis();
    let yesterday = format!(
        r#"{{"mode":"in_person","duration_minutes":45,"occurred_at":{},"note":"Gespräch-Kanarie im Büro"}}"#,
        now - 86_400_000
    );
    let in_person = app
        .call(Method::POST, &format!("/api/v1/cases/{case}/contacts"), &[("authorization", &auth), JSON], yesterday)
        .await;
    assert_eq!(in_person.status, StatusCode::CREATED, "{}", in_person.body);
    let phone = format!(r#"{{"mode":"phone","duration_minutes":10,"occurred_at":{}}}"#, now - 3_600_000);
    assert_eq!(
        app.call(Method::POST, &format!("/api/v1/cases/{case}/contacts"), &[("authorization", &auth), JSON], phone)
            .await
            .status,
        StatusCode::CREATED
    );
    assert_eq!(
        post(format!("/api/v1/cases/{case}/notes"), r#"{"text":"Notiz-Kanarie: Unterlagen fehlen"}"#).await.status,
        StatusCode::CREATED
    );
    assert_eq!(
        post(format!("/api/v1/cases/{case}/contacts"), r#"{"mode":"carrier_pigeon"}"#).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        post(format!("/api/v1/cases/{case}/notes"), r#"{"text":"   "}"#).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let view = app.get_with(&format!("/api/v1/cases/{case}"), &[("authorization", &auth)]).await.json();
    assert_eq!(view["title"], "Fall-Kanarie Titel");
    assert_eq!(view["case"]["topics"], serde_json::json!(["residence", "housing"]));
    let kinds: Vec<String> = view["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| format!("{}:{}", e["kind"].as_str().unwrap(), e["mode"].as_str().unwrap_or("-")))
        .collect();
    assert_eq!(kinds, vec!["contact:in_person", "contact:phone", "note:-"]);
    assert_eq!(view["timeline"][0]["text"], "Gespräch-Kanarie im Büro");
    assert_eq!(view["timeline"][0]["duration_minutes"], 45);

    let raw = raw_database(&app);
    for canary in ["Fall-Kanarie", "Gespräch-Kanarie", "Notiz-Kanarie"] {
        assert!(!contains(&raw, canary), "{canary} stored in plaintext");
    }

    // Closing ends the timeline.
    assert_eq!(
        post(format!("/api/v1/cases/{case}/close"), r#"{"outcome":"promoted"}"#).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let closed = post(format!("/api/v1/cases/{case}/close"), r#"{"outcome":"resolved"}"#).await;
    assert_eq!(closed.status, StatusCode::NO_CONTENT);
    assert_eq!(post(format!("/api/v1/cases/{case}/notes"), r#"{"text":"zu spät"}"#).await.status, StatusCode::CONFLICT);
    let view = app.get_with(&format!("/api/v1/cases/{case}"), &[("authorization", &auth)]).await.json();
    assert_eq!((view["case"]["status"].as_str(), view["case"]["outcome"].as_str()), (Some("closed"), Some("resolved")));

    // The export carries the case with its timeline; erasure takes it all.
    let export = app.get_with(&format!("/api/v1/clients/{client}/export"), &[("authorization", &auth)]).await.json();
    assert_eq!(export["cases"][0]["timeline"].as_array().unwrap().len(), 3);
    assert_eq!(
        app.call(Method::POST, &format!("/api/v1/clients/{client}/erase"), &[("authorization", &auth)], "")
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.get_with(&format!("/api/v1/cases/{case}"), &[("authorization", &auth)]).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_case_needs_a_client_of_the_same_tenant() {
    let app = TestApp::new().await;
    let auth = counselor(&app).await;
    let (_, other) = app.tenant_with_user("Andere Beratung", "x@andere.example", Role::Counselor).await;
    let foreign = create(&app, &bearer(&other)).await["id"].as_str().unwrap().to_string();
    let response = app
        .call(
            Method::POST,
            "/api/v1/cases",
            &[("authorization", &auth), JSON],
            format!(r#"{{"client_id":"{foreign}"}}"#),
        )
        .await;
    assert_eq!(response.status, StatusCode::NOT_FOUND);
    let bad =
        app.call(Method::POST, "/api/v1/cases", &[("authorization", &auth), JSON], r#"{"client_id":"nope"}"#).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn counselor_pages_create_a_client_open_a_case_and_keep_its_timeline() {
    use crate::support::{hidden_field, session_cookie};
    let app = TestApp::new().await;
    app.user_with_password(
        "Beratung Seiten",
        "seiten@seiten.example",
        Role::Counselor,
        "a sufficiently long password",
        false,
    )
    .await;
    let login = app
        .post_form("/login", &[("email", "seiten@seiten.example"), ("password", "a sufficiently long password")], None)
        .await;
    let cookie = session_cookie(&login).unwrap();
    let list = app.get_cookie("/clients", &cookie).await;
    assert_eq!(list.status, StatusCode::OK);
    let csrf = hidden_field(&list.body, "csrf");

    let invalid = app.post_form("/clients", &[("csrf", &csrf), ("alias", "   ")], Some(&cookie)).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(invalid.body.contains("role=\"alert\""));

    let created = app
        .post_form(
            "/clients",
            &[
                ("csrf", &csrf),
                ("alias", "Kranich"),
                ("real_name", "Seiten-Kanarie"),
                ("languages", "fa, de"),
                ("consent_counseling", "on"),
            ],
            Some(&cookie),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let client_path = created.header("location").to_string();
    let client = app.get_cookie(&client_path, &cookie).await;
    assert!(client.body.contains("Kranich") && client.body.contains("Seiten-Kanarie"));
    assert!(client.body.contains("counseling"), "the consent is listed");
    let export = app.get_cookie(&format!("{client_path}/export"), &cookie).await;
    assert_eq!(export.status, StatusCode::OK);
    assert!(export.body.contains("Auskunft über gespeicherte Daten") && export.body.contains("Seiten-Kanarie"));
    assert!(
        export.body.contains("client.create") && export.body.contains("consent.give"),
        "the access log is part of it"
    );

    let opened = app
        .post_form(
            &format!("{client_path}/cases"),
            &[("csrf", &csrf), ("title", "Wohnungssuche"), ("topic", "housing"), ("topic", "benefits")],
            Some(&cookie),
        )
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER);
    let case_path = opened.header("location").to_string();
    assert_eq!(
        app.post_form(
            &format!("{case_path}/contacts"),
            &[("csrf", &csrf), ("mode", "in_person"), ("duration", "40"), ("text", "Erstgespräch")],
            Some(&cookie)
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.post_form(
            &format!("{case_path}/notes"),
            &[("csrf", &csrf), ("text", "Mietbescheinigung fehlt")],
            Some(&cookie)
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.post_form(&format!("{case_path}/notes"), &[("csrf", "forged"), ("text", "x")], Some(&cookie)).await.status,
        StatusCode::FORBIDDEN
    );
    let case = app.get_cookie(&case_path, &cookie).await;
    assert!(
        case.body.contains("Wohnungssuche") && case.body.contains("Wohnen") && case.body.contains("Sozialleistungen")
    );
    let first = case.body.find("Erstgespräch").unwrap();
    let second = case.body.find("Mietbescheinigung fehlt").unwrap();
    assert!(first < second, "timeline in order");
    assert!(case.body.contains("persönlich") && case.body.contains("40 min"));
    let closed =
        app.post_form(&format!("{case_path}/close"), &[("csrf", &csrf), ("outcome", "referred")], Some(&cookie)).await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    let case = app.get_cookie(&case_path, &cookie).await;
    assert!(case.body.contains("weitervermittelt") && !case.body.contains("action=\"/cases/"), "closed: no more forms");
}

pub fn multipart(file_name: &str, content_type: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "lotse-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    body.extend(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n").bytes(),
    );
    body.extend(format!("Content-Type: {content_type}\r\n\r\n").bytes());
    body.extend(bytes);
    body.extend(format!("\r\n--{boundary}--\r\n").bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.path().is_dir() {
                out.extend(files_under(&e.path()));
            } else {
                out.push(e.path());
            }
        }
    }
    out
}

#[tokio::test]
async fn documents_are_sealed_in_the_attachment_store_and_gone_with_the_client() {
    let app = TestApp::new().await;
    let auth = counselor(&app).await;
    let client = create(&app, &auth).await["id"].as_str().unwrap().to_string();
    let case = app
        .call(
            Method::POST,
            "/api/v1/cases",
            &[("authorization", &auth), JSON],
            serde_json::json!({"client_id": client, "topics": ["recognition"]}).to_string(),
        )
        .await
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let content = b"%PDF-1.4 Zeugnis-Kanarie 5521: Abschluss als Pflegefachkraft".to_vec();
    let (content_type, body) = multipart("Zeugnis-Kanarie.pdf", "application/pdf", &content);
    let path = format!("/api/v1/cases/{case}/documents");
    let send = |content_type: String, body: Vec<u8>| {
        let auth = auth.clone();
        let path = path.clone();
        let app = &app;
        async move {
            app.call(Method::POST, &path, &[("authorization", &auth), ("content-type", &content_type)], body).await
        }
    };
    let uploaded = send(content_type.clone(), body.clone()).await;
    assert_eq!(uploaded.status, StatusCode::CREATED, "{}", uploaded.body);
    let doc = uploaded.json()["id"].as_str().unwrap().to_string();

    // Refused: a type we do not take, no file part, not multipart at all. Nothing is stored for them.
    let (ct, exe) = multipart("setup.exe", "application/x-msdownload", b"MZ");
    assert_eq!(send(ct, exe).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(send(content_type.clone(), b"--x--\r\n".to_vec()).await.status, StatusCode::BAD_REQUEST);
    assert_eq!(send("application/json".into(), b"{}".to_vec()).await.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);

    let view = app.get_with(&format!("/api/v1/cases/{case}"), &[("authorization", &auth)]).await.json();
    assert_eq!(view["documents"].as_array().unwrap().len(), 1, "{view}");
    assert_eq!(view["documents"][0]["name"], "Zeugnis-Kanarie.pdf");
    let download = app.get_with(&format!("{path}/{doc}"), &[("authorization", &auth)]).await;
    assert_eq!(download.status, StatusCode::OK);
    assert_eq!(download.body.as_bytes(), content.as_slice());
    assert!(download.header("content-disposition").starts_with("attachment;"));
    assert_eq!(download.header("content-type"), "application/pdf");

    // At rest neither the name nor the content is readable: not in the database, not in the attachment store.
    let store_dir = app.master_key_file.parent().unwrap().join("attachments");
    let files = files_under(&store_dir);
    assert_eq!(files.len(), 1, "{files:?}");
    let mut raw = raw_database(&app);
    raw.extend(std::fs::read(&files[0]).unwrap());
    assert!(!contains(&raw, "Kanarie"), "document canary stored in plaintext");

    // Another tenant cannot see it.
    let (_, other) = app.tenant_with_user("Andere Stelle", "x@andere-dokumente.example", Role::Counselor).await;
    let other = bearer(&other);
    assert_eq!(
        app.get_with(&format!("{path}/{doc}"), &[("authorization", &other)]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.call(Method::POST, &path, &[("authorization", &other), ("content-type", &content_type)], body).await.status,
        StatusCode::NOT_FOUND
    );

    // Erasure: the file is deleted, the row keeps no name, the download is gone.
    let erased =
        app.call(Method::POST, &format!("/api/v1/clients/{client}/erase"), &[("authorization", &auth)], "").await;
    assert_eq!(erased.status, StatusCode::NO_CONTENT);
    assert!(files_under(&store_dir).is_empty(), "{:?}", files_under(&store_dir));
    assert_eq!(app.get_with(&format!("{path}/{doc}"), &[("authorization", &auth)]).await.status, StatusCode::NOT_FOUND);
    assert!(!contains(&raw_database(&app), "Kanarie"));
    assert_eq!(
        lotse_core::document::sweep(app.db.store.as_ref(), app.state.attachments.as_ref(), 0).await.unwrap(),
        0,
        "nothing left to sweep"
    );
}

#[tokio::test]
async fn the_work_list_shows_my_cases_todays_appointments_and_tasks_due_and_searches_my_cases() {
    use crate::support::{hidden_field, session_cookie};
    let app = TestApp::new().await;
    app.user_with_password(
        "Arbeit e.V.",
        "arbeit@arbeit.example",
        Role::Counselor,
        "a sufficiently long password",
        false,
    )
    .await;
    let login = app
        .post_form("/login", &[("email", "arbeit@arbeit.example"), ("password", "a sufficiently long password")], None)
        .await;
    let cookie = session_cookie(&login).unwrap();
    let csrf = hidden_field(&app.get_cookie("/clients", &cookie).await.body, "csrf");
    let mut cases = Vec::new();
    for (alias, title) in [("Reiher", "Anerkennung Pflege"), ("Milan", "Wohnungssuche Halle")] {
        let created = app
            .post_form("/clients", &[("csrf", &csrf), ("alias", alias), ("consent_counseling", "on")], Some(&cookie))
            .await;
        let client_path = created.header("location").to_string();
        let opened = app
            .post_form(
                &format!("{client_path}/cases"),
                &[("csrf", &csrf), ("title", title), ("topics", "housing")],
                Some(&cookie),
            )
            .await;
        assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
        cases.push(opened.header("location").to_string());
    }
    // Tasks: one overdue, one far away; an appointment today.
    let today = lotse_core::knowledge_service::today(lotse_core::Clock::now(app.clock.as_ref()));
    let yesterday = today.yesterday().unwrap().to_string();
    let later = today.checked_add(jiff::Span::new().days(30)).unwrap().to_string();
    for (due, title) in [(yesterday.as_str(), "Zeugnisse übersetzen lassen"), (later.as_str(), "Antrag nachreichen")] {
        let added = app
            .post_form(
                &format!("{}/tasks", cases[0]),
                &[("csrf", &csrf), ("kind", "task"), ("title", title), ("due_on", due)],
                Some(&cookie),
            )
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    }
    let bad = app
        .post_form(
            &format!("{}/tasks", cases[0]),
            &[("csrf", &csrf), ("kind", "wish"), ("title", "x"), ("due_on", "")],
            Some(&cookie),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let booked = app
        .post_form(
            &format!("{}/appointments", cases[1]),
            &[("csrf", &csrf), ("starts_local", &format!("{today}T23:30")), ("duration", "20"), ("mode", "phone")],
            Some(&cookie),
        )
        .await;
    assert_eq!(booked.status, StatusCode::SEE_OTHER, "{}", booked.body);
    let gap = app
        .post_form(
            &format!("{}/appointments", cases[1]),
            &[("csrf", &csrf), ("starts_local", "2027-03-28T02:30"), ("duration", "20"), ("mode", "phone")],
            Some(&cookie),
        )
        .await;
    assert_eq!(gap.status, StatusCode::UNPROCESSABLE_ENTITY, "02:30 does not exist that night");

    let work = app.get_cookie("/staff", &cookie).await.body;
    assert!(work.contains("Anerkennung Pflege") && work.contains("Wohnungssuche Halle"), "{work}");
    assert!(work.contains("Zeugnisse übersetzen lassen"), "overdue task listed");
    assert!(!work.contains("Antrag nachreichen"), "a task due in 30 days is not due yet");
    assert!(work.contains("23:30"), "today's appointment");
    let found = app.get_cookie("/staff?q=milan", &cookie).await.body;
    assert!(found.contains("Wohnungssuche Halle") && !found.contains("Anerkennung Pflege"));

    // Marking the task done takes it off the list.
    let case_page = app.get_cookie(&cases[0], &cookie).await.body;
    let marker = "/tasks/";
    let start = case_page.find(marker).unwrap() + marker.len();
    let task_id = &case_page[start..start + 36];
    let done = app.post_form(&format!("{}/tasks/{task_id}/done", cases[0]), &[("csrf", &csrf)], Some(&cookie)).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert!(!app.get_cookie("/staff", &cookie).await.body.contains("Zeugnisse übersetzen lassen"));
}

#[tokio::test]
async fn cases_wait_in_the_queue_and_are_handed_over_with_a_note() {
    let app = TestApp::new().await;
    let auth = counselor(&app).await;
    let me = app.get_with("/api/v1/me", &[("authorization", &auth)]).await.json();
    let tenant = lotse_core::TenantId::parse(me["tenant"]["id"].as_str().unwrap()).unwrap();
    let mut colleagues = Vec::new();
    for (email, role) in
        [("kollegin@klienten.example", Role::Counselor), ("street@klienten.example", Role::Streetworker)]
    {
        let user = app
            .db
            .store
            .create_user(
                &lotse_core::user::NewUser {
                    tenant_id: tenant.clone(),
                    email: lotse_core::Email::parse(email).unwrap(),
                    display_name: "Kollegin".into(),
                    role,
                    password_hash: lotse_core::password::PasswordHashString("$argon2id$x".into()),
                },
                lotse_core::Timestamp(1),
            )
            .await
            .unwrap();
        colleagues.push(user.id.to_string());
    }
    let client = create(&app, &auth).await["id"].as_str().unwrap().to_string();
    let case = app
        .call(
            Method::POST,
            "/api/v1/cases",
            &[("authorization", &auth), JSON],
            serde_json::json!({"client_id": client, "topics": ["housing"]}).to_string(),
        )
        .await
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let assign = |body: serde_json::Value| {
        let auth = auth.clone();
        let case = case.clone();
        let app = &app;
        async move {
            app.call(
                Method::POST,
                &format!("/api/v1/cases/{case}/assign"),
                &[("authorization", &auth), JSON],
                body.to_string(),
            )
            .await
        }
    };
    let headers = [("authorization", auth.as_str())];
    assert_eq!(
        app.get_with("/api/v1/cases/queue", &headers).await.json().as_array().unwrap().len(),
        0,
        "a new case is the opener's"
    );
    assert_eq!(assign(serde_json::json!({"user_id": null})).await.status, StatusCode::NO_CONTENT);
    let waiting = app.get_with("/api/v1/cases/queue", &headers).await.json();
    assert_eq!(waiting[0]["id"], case.as_str());
    assert_eq!(waiting[0]["languages"], serde_json::json!(["ar", "de"]));
    // Only colleagues of the tenant whose role handles client data can take a case.
    let street = assign(serde_json::json!({"user_id": colleagues[1]})).await;
    assert_eq!(street.status, StatusCode::UNPROCESSABLE_ENTITY);
    let (stranger, _) = app.tenant_with_user("Fremd e.V.", "fremd@fremd.example", Role::Counselor).await;
    let foreign = assign(serde_json::json!({"user_id": stranger.id.to_string()})).await;
    assert_eq!(foreign.status, StatusCode::UNPROCESSABLE_ENTITY);
    let handed =
        assign(serde_json::json!({"user_id": colleagues[0], "note": "Übergabe-Kanarie: bitte Wohngeld prüfen"})).await;
    assert_eq!(handed.status, StatusCode::NO_CONTENT);
    assert!(app.get_with("/api/v1/cases/queue", &headers).await.json().as_array().unwrap().is_empty());
    let view = app.get_with(&format!("/api/v1/cases/{case}"), &[("authorization", &auth)]).await.json();
    assert_eq!(view["case"]["assigned_to"], colleagues[0].as_str());
    assert!(view["timeline"].to_string().contains("Übergabe-Kanarie"));
    assert!(!contains(&raw_database(&app), "Übergabe-Kanarie"), "the handover note is sealed");
}
