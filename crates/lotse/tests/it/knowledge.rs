//! Knowledge over HTTP: the review workflow through the API, public search and reading, the portal pages and
//! their size budget, and picking up changes made by another process.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use lotse_core::Role;
use lotse_core::knowledge::{Article, KnowledgeDocument};
use lotse_core::knowledge_service::{ArticleIndex, KnowledgeService};
use serde_json::{Value, json};
use tower::ServiceExt;

use crate::support::{TestApp, bearer};

struct NoIndex;

impl ArticleIndex for NoIndex {
    fn article_changed(&self, _article: &Article) {}
}

fn seed(name: &str) -> KnowledgeDocument {
    let path = format!("{}/../../seed/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Loads the seed the way `lotse import` does (straight into the database), then lets the server notice.
async fn seeded() -> TestApp {
    let app = TestApp::new().await;
    let service = KnowledgeService { store: app.db.store.as_ref(), index: &NoIndex };
    for name in ["articles-1.json", "articles-2.json", "articles-3.json", "articles-4.json", "directory-rumours.json"] {
        service.import(seed(name)).await.unwrap();
    }
    assert!(app.state.sync_search_index().await.unwrap(), "the import must be noticed");
    assert!(!app.state.sync_search_index().await.unwrap(), "and only once");
    app
}

async fn json_call(app: &TestApp, method: Method, path: &str, token: &str, body: Value) -> (StatusCode, Value) {
    let auth = bearer(token);
    let response = app
        .call(method, path, &[("authorization", &auth), ("content-type", "application/json")], body.to_string())
        .await;
    let value = if response.body.is_empty() { Value::Null } else { response.json() };
    (response.status, value)
}

#[tokio::test]
async fn a_counselor_drafts_a_lawyer_publishes_and_the_public_sees_it_at_once() {
    let app = TestApp::new().await;
    let (_, counselor) = app.tenant_with_user("Beratung Wissen", "berater@wissen.example", Role::Counselor).await;
    let (_, lawyer) = app.tenant_with_user("Kanzlei Wissen", "juristin@wissen.example", Role::LegalReviewer).await;
    let draft = json!({
        "slug": "wohnsitzauflage-probe", "topic": "residence", "jurisdiction": "state",
        "jurisdiction_area": "Sachsen-Anhalt", "title": "Wohnsitzauflage in Sachsen-Anhalt",
        "summary": "Wer eine Wohnsitzauflage hat, muss an einem bestimmten Ort wohnen.",
        "body": "## Was gilt\n\nDie Wohnsitzauflage steht im Aufenthaltstitel.",
        "legal_references": [{"law": "AufenthG", "section": "§ 12a",
            "url": "https://www.gesetze-im-internet.de/aufenthg_2004/__12a.html"}]
    });
    let (status, created) = json_call(&app, Method::POST, "/api/v1/articles", &counselor, draft.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_str().unwrap().to_string();
    // The same slug again is a conflict; a bad slug names the field.
    let (status, _) = json_call(&app, Method::POST, "/api/v1/articles", &counselor, draft.clone()).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let mut bad = draft.clone();
    bad["slug"] = json!("Keine Leerzeichen");
    let (status, body) = json_call(&app, Method::POST, "/api/v1/articles", &counselor, bad).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"]["fields"][0]["field"], "slug", "{body}");

    // Not public before it is published.
    assert_eq!(app.get(&format!("/api/v1/articles/{id}")).await.status, StatusCode::NOT_FOUND);
    let publish = json!({"version": 1});
    let (status, _) =
        json_call(&app, Method::POST, &format!("/api/v1/articles/{id}/publish"), &counselor, publish.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a counselor cannot publish");
    let (status, body) =
        json_call(&app, Method::POST, &format!("/api/v1/articles/{id}/publish"), &lawyer, publish.clone()).await;
    assert_eq!(status, StatusCode::CONFLICT, "not submitted yet: {body}");
    let (status, _) =
        json_call(&app, Method::POST, &format!("/api/v1/articles/{id}/submit"), &counselor, json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) =
        json_call(&app, Method::POST, &format!("/api/v1/articles/{id}/publish"), &lawyer, publish).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["published_version"], 1);

    let public = app.get("/api/v1/articles/wohnsitzauflage-probe").await.json();
    assert_eq!(public["version"], 1);
    assert!(public["checked_at"].as_str().unwrap().starts_with("20"), "{public}");
    let found = app.get("/api/v1/search?q=Wohnsitzauflagen&lang=de&limit=5").await.json();
    let first = &found["results"][0];
    for key in ["id", "version", "title", "lang", "topic", "snippet", "score"] {
        assert!(!first[key].is_null(), "{key} missing in {first}");
    }
    assert_eq!(first["id"], id.as_str());

    // A translation, then version 2 signed off: the translation is marked outdated, publicly.
    let translation = json!({"lang": "en", "title": "Residence obligation", "summary": "Where you must live.",
        "body": "The residence obligation is written in the permit."});
    let (status, _) =
        json_call(&app, Method::POST, &format!("/api/v1/articles/{id}/translations"), &counselor, translation).await;
    assert_eq!(status, StatusCode::CREATED);
    let mut v2 = draft.clone();
    let v2 = v2.as_object_mut().unwrap();
    for key in ["slug", "topic", "jurisdiction", "jurisdiction_area"] {
        v2.remove(key);
    }
    v2.insert("based_on".into(), json!(1));
    v2.insert("title".into(), json!("Wohnsitzauflage: was seit 2026 gilt"));
    let (status, _) =
        json_call(&app, Method::POST, &format!("/api/v1/articles/{id}/versions"), &counselor, json!(v2)).await;
    assert_eq!(status, StatusCode::CREATED);
    // A second save based on the old version is refused, not silently merged.
    let (status, body) =
        json_call(&app, Method::POST, &format!("/api/v1/articles/{id}/versions"), &counselor, json!(v2)).await;
    assert_eq!((status, body["error"]["fields"][0]["code"].as_str()), (StatusCode::CONFLICT, Some("stale")));
    json_call(&app, Method::POST, &format!("/api/v1/articles/{id}/submit"), &counselor, json!({})).await;
    let (status, _) = json_call(
        &app,
        Method::POST,
        &format!("/api/v1/articles/{id}/publish"),
        &lawyer,
        json!({"version": 2, "review_due": "2027-06-30"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let public = app.get(&format!("/api/v1/articles/{id}")).await.json();
    assert_eq!(public["version"], 2);
    assert_eq!(public["review_due"], "2027-06-30");
    assert_eq!(public["translations"][0]["outdated"], true, "{public}");
    let page = app.get("/knowledge/wohnsitzauflage-probe?lang=en").await;
    assert!(page.body.contains("Residence obligation"));
    assert!(page.body.contains("older version") || page.body.contains("älteren Fassung"), "{}", page.body);
}

#[tokio::test]
async fn the_search_tolerates_typos_and_inflections_and_finds_arabic_translations() {
    let app = seeded().await;
    let top = |q: &str| {
        let app = &app;
        let q = q.to_string();
        async move {
            let path = format!("/api/v1/search?q={}&limit=3", urlencode(&q));
            let v = app.get(&path).await.json();
            (
                v["results"][0]["slug"].as_str().unwrap_or("").to_string(),
                v["results"][0]["lang"].as_str().unwrap_or("").to_string(),
                v,
            )
        }
    };
    let (slug, _, all) = top("Intergationskurs").await;
    assert_eq!(slug, "integrationskurs", "{all}");
    let (_, _, all) = top("Aufenthaltstitels").await;
    assert!(
        all["results"].as_array().unwrap().iter().any(|r| r["title"].as_str().unwrap().contains("Aufenthaltstitel")),
        "{all}"
    );
    // "Integration course" in Arabic: the Arabic translations answer, the article on the course among the first.
    let (_, lang, all) = top("دورة الاندماج").await;
    assert_eq!(lang, "ar", "{all}");
    assert!(
        all["results"].as_array().unwrap().iter().any(|r| r["slug"] == "integrationskurs" && r["lang"] == "ar"),
        "{all}"
    );
    assert_eq!(app.get("/api/v1/search?q=x&lang=xx").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.get("/api/v1/search?q=x&limit=0").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let directory = app.get("/api/v1/services?postcode=06108&radius_km=25&topic=residence").await.json();
    let list = directory.as_array().unwrap();
    assert!(!list.is_empty());
    assert!(list.iter().all(|s| s["distance_km"].as_f64().unwrap() <= 25.0));
    assert_eq!(app.get("/api/v1/services?postcode=10115").await.status, StatusCode::UNPROCESSABLE_ENTITY);
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

async fn compressed_size(app: &TestApp, path: &str) -> (StatusCode, usize, String) {
    let request = Request::get(path).header("accept-encoding", "gzip").body(Body::empty()).unwrap();
    let response = lotse_web::app(app.state.clone()).oneshot(request).await.unwrap();
    let status = response.status();
    let encoding = response.headers().get("content-encoding").map(|v| v.to_str().unwrap().to_string());
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    assert!(bytes.len() < 1000 || encoding.as_deref() == Some("gzip"), "{path} is not compressed");
    (status, bytes.len(), String::new())
}

#[tokio::test]
async fn portal_pages_work_without_login_or_script_and_stay_under_30_kb_compressed() {
    let app = seeded().await;
    let home = app.get("/").await.body;
    let css =
        home.split("href=\"").find(|s| s.starts_with("/static/css/")).unwrap().split('"').next().unwrap().to_string();
    let (_, css_bytes, _) = compressed_size(&app, &css).await;
    let pages = [
        "/",
        "/knowledge",
        "/knowledge/topics/residence",
        "/knowledge/search?q=Aufenthaltstitel",
        "/knowledge/integrationskurs",
        "/knowledge/integrationskurs?lang=ar",
        "/knowledge/einbuergerung?lang=de-simple",
        "/services?postcode=06108&radius_km=50",
        "/services",
        "/fact-checks",
    ];
    for path in pages {
        let (status, bytes, _) = compressed_size(&app, path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(bytes + css_bytes <= 30 * 1024, "{path}: {bytes} + {css_bytes} bytes");
        let body = app.get(path).await.body;
        assert!(!body.contains("<script"), "{path} needs no script");
    }
    // A language without a translation falls back to German, and says so.
    let page = app.get_with("/knowledge/integrationskurs", &[("accept-language", "tr")]).await;
    assert!(page.body.contains("lang=\"de\""), "German text");
    assert!(page.body.contains(r#"class="notice""#));
    assert_eq!(app.get("/knowledge/no-such-article").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/knowledge/topics/astrology").await.status, StatusCode::NOT_FOUND);
    let unknown = app.get("/services?postcode=99999").await;
    assert_eq!(unknown.status, StatusCode::OK);
    assert!(unknown.body.contains(r#"role="alert""#));
}

#[tokio::test]
async fn export_over_the_api_round_trips_and_import_refuses_duplicates_whole() {
    let app = seeded().await;
    let (_, editor) = app.tenant_with_user("Redaktion", "redaktion@export.example", Role::Counselor).await;
    let (_, lawyer) = app.tenant_with_user("Kanzlei Export", "jura@export.example", Role::LegalReviewer).await;
    let (status, exported) = json_call(&app, Method::GET, "/api/v1/knowledge/export", &editor, Value::Null).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(exported["articles"].as_array().unwrap().len(), 36);
    let (status, _) = json_call(&app, Method::POST, "/api/v1/knowledge/import", &editor, exported.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "an import carries sign-offs: lawyers only");
    let (status, body) = json_call(&app, Method::POST, "/api/v1/knowledge/import", &lawyer, exported.clone()).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    let (_, again) = json_call(&app, Method::GET, "/api/v1/knowledge/export", &editor, Value::Null).await;
    assert_eq!(again, exported, "a refused import changes nothing");
}

#[tokio::test]
async fn a_case_refers_to_a_directory_service_and_keeps_the_feedback_sealed_and_exported() {
    let app = seeded().await;
    let (_, token) = app.tenant_with_user("Vermittlung e.V.", "berater@vermittlung.example", Role::Counselor).await;
    let services = app.get("/api/v1/services?topic=recognition").await.json();
    let service_id = services[0]["id"].as_str().unwrap().to_string();
    let (_, client) = json_call(&app, Method::POST, "/api/v1/clients", &token, json!({"alias": "Kranich"})).await;
    let client_id = client["id"].as_str().unwrap();
    let (_, case) = json_call(
        &app,
        Method::POST,
        "/api/v1/cases",
        &token,
        json!({"client_id": client_id, "topics": ["recognition"]}),
    )
    .await;
    let case_id = case["id"].as_str().unwrap();
    let path = format!("/api/v1/cases/{case_id}/referrals");
    // An unknown service is refused and nothing is written.
    let (status, body) = json_call(
        &app,
        Method::POST,
        &path,
        &token,
        json!({"service_id": "0190c0de-0000-7000-8000-00000000abcd", "note": "x"}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, referral) =
        json_call(&app, Method::POST, &path, &token, json!({"service_id": service_id, "note": "Termin am Montag"}))
            .await;
    assert_eq!(status, StatusCode::CREATED, "{referral}");
    let entry = referral["id"].as_str().unwrap();
    let canary = "Rueckmeldung-Kanarienvogel-4711";
    let (status, _) = json_call(
        &app,
        Method::POST,
        &format!("{path}/{entry}"),
        &token,
        json!({"status": "completed", "feedback": canary}),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) =
        json_call(&app, Method::POST, &format!("{path}/{entry}"), &token, json!({"status": "lost"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    let (_, view) = json_call(&app, Method::GET, &format!("/api/v1/cases/{case_id}"), &token, Value::Null).await;
    let item = view["timeline"].as_array().unwrap().iter().find(|e| e["kind"] == "referral").unwrap().clone();
    assert_eq!(item["service_id"], service_id.as_str());
    assert_eq!(item["referral_status"], "completed");
    assert_eq!(item["feedback"], canary);
    let (_, export) =
        json_call(&app, Method::GET, &format!("/api/v1/clients/{client_id}/export"), &token, Value::Null).await;
    assert!(export.to_string().contains(canary), "the export holds the feedback");
    // Sealed at rest: the feedback is not in the database in clear text.
    if let Some(file) = &app.db.sqlite_file {
        let mut raw = std::fs::read(file).unwrap();
        raw.extend(std::fs::read(format!("{}-wal", file.display())).unwrap_or_default());
        assert!(!raw.windows(canary.len()).any(|w| w == canary.as_bytes()));
    }
    // The case page shows the referral with the service's name.
    let name = services[0]["name"].as_str().unwrap();
    let (_, export_page) = json_call(&app, Method::GET, &format!("/api/v1/cases/{case_id}"), &token, Value::Null).await;
    assert!(export_page.to_string().contains("referral"));
    assert!(!name.is_empty());
}
