//! The assistant at the edge: the portal's question box, drafts beside a conversation and a case (accept, edit,
//! discard, audited, erased with the client), the guard on chat messages, and — against the real llama-server
//! started by scripts/test.sh — a draft whose "what was sent" holds placeholders and no personal value.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{TestApp, bearer, hidden_field, session_cookie};
use axum::http::{Method, StatusCode};
use lotse_core::Role;
use lotse_core::knowledge::KnowledgeDocument;
use lotse_core::knowledge_service::{KnowledgeService, NoIndex};

const JSON: (&str, &str) = ("content-type", "application/json");

async fn seeded(config: lotse_web::WebConfig) -> TestApp {
    let app = TestApp::with_config(config).await;
    let service = KnowledgeService { store: app.db.store.as_ref(), index: &NoIndex };
    for name in ["articles-1.json", "articles-2.json", "articles-3.json", "articles-4.json"] {
        let path = format!("{}/../../seed/{name}", env!("CARGO_MANIFEST_DIR"));
        let doc: KnowledgeDocument = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        service.import(doc).await.unwrap();
    }
    app.state.sync_search_index().await.unwrap();
    app
}

/// A counselor with an API token and a page session (the tenant without two-factor, for the test).
async fn counselor(app: &TestApp, email: &str) -> (String, String) {
    let (user, token) = app.tenant_with_user("Beratung Assistent", email, Role::Counselor).await;
    let name = lotse_core::tenant::TenantName::parse("Beratung Assistent").unwrap();
    app.db.store.update_tenant(&user.tenant_id, &name, false).await.unwrap();
    let login = app.post_form("/login", &[("email", email), ("password", "a test password")], None).await;
    (bearer(&token), session_cookie(&login).expect("logged in"))
}

/// A conversation started on the portal with one client message; returns (conversation id, client token).
async fn conversation_with(app: &TestApp, lang: &str, message: &str) -> (String, String) {
    let started = app
        .call(Method::POST, "/api/v1/chat/start", &[JSON], format!(r#"{{"lang":"{lang}","topic":"language_course"}}"#))
        .await;
    assert_eq!(started.status, StatusCode::CREATED, "{}", started.body);
    let started = started.json();
    let id = started["conversation_id"].as_str().unwrap().to_string();
    let client = bearer(started["client_token"].as_str().unwrap());
    let body = serde_json::json!({"client_msg_id": "c-1", "body": message}).to_string();
    let sent = app
        .call(Method::POST, &format!("/api/v1/conversations/{id}/messages"), &[("authorization", &client), JSON], body)
        .await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.body);
    (id, client)
}

async fn messages(app: &TestApp, id: &str, auth: &str) -> Vec<serde_json::Value> {
    let got =
        app.call(Method::GET, &format!("/api/v1/conversations/{id}/messages"), &[("authorization", auth)], "").await;
    assert_eq!(got.status, StatusCode::OK, "{}", got.body);
    got.json()["messages"].as_array().cloned().unwrap_or_default()
}

/// The guard's automatic message arrives from a spawned task; wait for it.
async fn wait_for_messages(app: &TestApp, id: &str, auth: &str, count: usize) -> Vec<serde_json::Value> {
    for _ in 0..100 {
        let m = messages(app, id, auth).await;
        if m.len() >= count {
            return m;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    messages(app, id, auth).await
}

#[tokio::test]
async fn the_portal_question_box_answers_from_verified_articles_and_hands_the_rest_to_humans() {
    let app = seeded(lotse_web::WebConfig::default()).await;
    counselor(&app, "portal@assistent.example").await;

    let answer =
        app.post_form("/ask", &[("question", "Wie melde ich mich für einen Integrationskurs an?")], None).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert!(answer.body.contains(r#"data-kind="answer""#));
    assert!(answer.body.contains("KI-Text"), "every AI text is labelled");
    assert!(answer.body.contains(r##"<a href="#q-src-1">[1]</a>"##), "citations link to their sources");
    assert!(answer.body.contains(r#"href="/knowledge/integrationskurs""#));

    let urgent = app
        .post_form(
            "/ask",
            &[("question", "Mein Mann schlägt mich und ich habe Angst, heute nach Hause zu gehen.")],
            None,
        )
        .await;
    assert!(urgent.body.contains(r#"data-kind="urgent""#));
    for number in ["110", "112", "116 016", "0800 111 0 111"] {
        assert!(urgent.body.contains(number), "{number}");
    }
    let legal = app
        .post_form(
            "/ask",
            &[(
                "question",
                "Die Ausländerbehörde hat meinen Antrag abgelehnt. Soll ich Widerspruch einlegen und gewinne ich?",
            )],
            None,
        )
        .await;
    assert!(legal.body.contains(r#"data-kind="legal""#), "{}", legal.body);
    assert!(legal.body.contains(r#"href="/chat""#));
    let off = app.post_form("/ask", &[("question", "Wer hat gestern das Fußballspiel gewonnen?")], None).await;
    assert!(off.body.contains(r#"data-kind="off_topic""#));

    // Urgent and individual legal questions leave an alert without any text for the counselors.
    let tenant = app.db.store.list_tenants(lotse_core::PageRequest::new(0, 10)).await.unwrap().items[0].id.clone();
    let alerts = app.db.store.portal_alerts(&tenant, lotse_core::Timestamp(0), 10).await.unwrap();
    let labels: Vec<&str> = alerts.iter().map(|a| a.label.as_str()).collect();
    assert_eq!(labels.len(), 2);
    assert!(labels.contains(&"URGENT") && labels.contains(&"INDIVIDUAL_LEGAL"));

    // Bad input: a clear error, nothing answered.
    let short = app.post_form("/ask", &[("question", "ab")], None).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.body.contains("mindestens 3 Zeichen"));
    let long = app.post_form("/ask", &[("question", &"x".repeat(1001))], None).await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_counselor_drafts_beside_the_conversation_and_an_accepted_draft_reaches_the_client_labelled() {
    let app = seeded(lotse_web::WebConfig::default()).await;
    let (auth, cookie) = counselor(&app, "entwurf@assistent.example").await;
    let (id, client) = conversation_with(&app, "de", "Wer bezahlt den Integrationskurs?").await;

    let page = app.get_cookie(&format!("/inbox/{id}"), &cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(r#"id="assistant""#), "the panel is beside the conversation");
    assert!(page.body.contains("Wer bezahlt den Integrationskurs?"), "the question is prefilled");
    let csrf = hidden_field(&page.body, "csrf");

    let made =
        app.post_form(&format!("/inbox/{id}/assistant"), &[("csrf", &csrf), ("question", "")], Some(&cookie)).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let location = made.header("location").to_string();
    assert!(location.starts_with(&format!("/inbox/{id}?draft=")));
    let draft_id = location.split("draft=").nth(1).unwrap().split('#').next().unwrap().to_string();
    let shown = app.get_cookie(&location, &cookie).await;
    assert!(shown.body.contains(r##"<a href="#src-1">[1]</a>"##), "{}", shown.body);
    assert!(shown.body.contains("wörtlich aus geprüften Artikeln"), "extractive by default");
    assert!(shown.body.contains("Nichts – diese Antwort entstand ohne KI-Anbieter"), "nothing was sent anywhere");

    // The stored draft is sealed: the question is not in it in plaintext.
    let tenant = app.db.store.list_tenants(lotse_core::PageRequest::new(0, 10)).await.unwrap().items[0].id.clone();
    let stored = app.db.store.draft(&tenant, &lotse_core::DraftId::parse(&draft_id).unwrap()).await.unwrap();
    assert!(!String::from_utf8_lossy(&stored.sealed).contains("Integrationskurs"));

    // Accept with an edit: the client gets the edited text, labelled as AI-assisted.
    let accepted = app
        .post_form(
            &format!("/inbox/{id}/assistant/{draft_id}"),
            &[("csrf", &csrf), ("action", "accept"), ("text", "Meist zahlt das BAMF den Kurs [1].")],
            Some(&cookie),
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    let seen = messages(&app, &id, &client).await;
    let last = seen.last().unwrap()["body"].as_str().unwrap().to_string();
    assert!(last.starts_with("Meist zahlt das BAMF den Kurs [1]."), "{last}");
    assert!(last.contains("Mit KI-Unterstützung erstellt"), "{last}");
    // Decided once only.
    let again = app
        .post_form(
            &format!("/inbox/{id}/assistant/{draft_id}"),
            &[("csrf", &csrf), ("action", "discard")],
            Some(&cookie),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    // Bad input changes nothing.
    let bad = app
        .post_form(
            &format!("/inbox/{id}/assistant"),
            &[("csrf", &csrf), ("question", &"x".repeat(4001))],
            Some(&cookie),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Language help needs a model; extractive mode says so.
    let help = app
        .post_form(
            &format!("/inbox/{id}/language-help"),
            &[("csrf", &csrf), ("text", "Bitte bringen Sie den Pass mit."), ("target", "ar")],
            Some(&cookie),
        )
        .await;
    assert_eq!(help.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(help.body.contains("braucht ein Sprachmodell"));

    // Creating, reading and deciding drafts is audited.
    let _ = auth;
    let actions: Vec<String> = app.db.store.audit_after(0, 1000).await.unwrap().into_iter().map(|e| e.action).collect();
    for action in ["assistant.draft", "assistant.draft.read", "assistant.draft.accepted"] {
        assert!(actions.iter().any(|a| a == action), "{action} in {actions:?}");
    }
}

#[tokio::test]
async fn the_guard_answers_an_urgent_chat_message_with_emergency_numbers_and_flags_the_conversation() {
    let app = seeded(lotse_web::WebConfig::default()).await;
    let (_, cookie) = counselor(&app, "guard@assistent.example").await;
    let (id, client) = conversation_with(&app, "en", "My husband hits me and I am afraid to go home tonight.").await;
    let seen = wait_for_messages(&app, &id, &client, 2).await;
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert_eq!(seen[1]["sender"], "system");
    let text = seen[1]["body"].as_str().unwrap();
    for number in ["110", "112", "116 016"] {
        assert!(text.contains(number), "{text}");
    }
    assert!(text.contains("Automatic message"), "{text}");
    let tenant = app.db.store.list_tenants(lotse_core::PageRequest::new(0, 10)).await.unwrap().items[0].id.clone();
    let conversation =
        app.db.store.conversation(&tenant, &lotse_core::ConversationId::parse(&id).unwrap()).await.unwrap();
    assert_eq!(conversation.flag, Some(lotse_core::assistant::ConversationFlag::Urgent));
    let page = app.get_cookie(&format!("/inbox/{id}"), &cookie).await;
    assert!(page.body.contains("Dringend"), "the counselor sees the flag");

    // Another urgent message does not repeat the automatic answer.
    let body = serde_json::json!({"client_msg_id": "c-2", "body": "He is hitting me again."}).to_string();
    app.call(Method::POST, &format!("/api/v1/conversations/{id}/messages"), &[("authorization", &client), JSON], body)
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(messages(&app, &id, &client).await.len(), 3);

    // An individual legal question: the client is told a counselor answers, the conversation is flagged.
    let (id, client) =
        conversation_with(&app, "de", "Die Ausländerbehörde hat meinen Antrag abgelehnt. Werde ich jetzt abgeschoben?")
            .await;
    let seen = wait_for_messages(&app, &id, &client, 2).await;
    assert!(seen[1]["body"].as_str().unwrap().contains("persönlich"), "{seen:?}");
    let conversation =
        app.db.store.conversation(&tenant, &lotse_core::ConversationId::parse(&id).unwrap()).await.unwrap();
    assert_eq!(conversation.flag, Some(lotse_core::assistant::ConversationFlag::IndividualLegal));

    // A general question gets no automatic message.
    let (id, client) = conversation_with(&app, "de", "Wie finde ich einen Sprachkurs?").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(messages(&app, &id, &client).await.len(), 1);
}

#[tokio::test]
async fn a_case_draft_is_filed_as_a_labelled_note_and_drafts_go_with_the_client() {
    let app = seeded(lotse_web::WebConfig::default()).await;
    let (auth, cookie) = counselor(&app, "akte@assistent.example").await;
    let client = app
        .call(
            Method::POST,
            "/api/v1/clients",
            &[("authorization", &auth), JSON],
            r#"{"alias":"Kranich","real_name":"Leyla Şahin","languages":["tr"]}"#,
        )
        .await
        .json();
    let client_id = client["id"].as_str().unwrap().to_string();
    let case = app
        .call(
            Method::POST,
            "/api/v1/cases",
            &[("authorization", &auth), JSON],
            format!(r#"{{"client_id":"{client_id}","topics":["family"]}}"#),
        )
        .await;
    assert_eq!(case.status, StatusCode::CREATED, "{}", case.body);
    let case_id = case.json()["id"].as_str().unwrap().to_string();
    let page = app.get_cookie(&format!("/cases/{case_id}"), &cookie).await;
    assert!(page.body.contains(r#"id="assistant""#));
    let csrf = hidden_field(&page.body, "csrf");
    let made = app
        .post_form(
            &format!("/cases/{case_id}/assistant"),
            &[("csrf", &csrf), ("question", "Wo beantragt Leyla Şahin Kindergeld?")],
            Some(&cookie),
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let location = made.header("location").to_string();
    let draft_id = location.split("draft=").nth(1).unwrap().split('#').next().unwrap().to_string();
    let shown = app.get_cookie(&location, &cookie).await;
    assert!(shown.body.contains("Kindergeld"), "{}", shown.body);
    // Empty question: refused.
    let empty = app
        .post_form(&format!("/cases/{case_id}/assistant"), &[("csrf", &csrf), ("question", " ")], Some(&cookie))
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);

    let filed = app
        .post_form(
            &format!("/cases/{case_id}/assistant/{draft_id}"),
            &[("csrf", &csrf), ("action", "accept"), ("text", "Kindergeld: Antrag bei der Familienkasse [1].")],
            Some(&cookie),
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER);
    let timeline = app.get_cookie(&format!("/cases/{case_id}"), &cookie).await;
    assert!(timeline.body.contains("Antrag bei der Familienkasse"));
    assert!(timeline.body.contains("Mit KI-Unterstützung erstellt"));

    // Erasing the client removes the drafts and the mapping.
    let tenant = app.db.store.list_tenants(lotse_core::PageRequest::new(0, 10)).await.unwrap().items[0].id.clone();
    let draft = lotse_core::DraftId::parse(&draft_id).unwrap();
    assert!(app.db.store.draft(&tenant, &draft).await.is_ok());
    assert!(app.db.store.assistant_mapping(&tenant, &case_id).await.unwrap().is_some());
    let erased =
        app.call(Method::POST, &format!("/api/v1/clients/{client_id}/erase"), &[("authorization", &auth)], "").await;
    assert_eq!(erased.status, StatusCode::NO_CONTENT);
    assert!(matches!(app.db.store.draft(&tenant, &draft).await, Err(lotse_core::StoreError::NotFound)));
    assert!(app.db.store.assistant_mapping(&tenant, &case_id).await.unwrap().is_none());
}

/// Needs the llama-server of scripts/test.sh (LOTSE_TEST_LLM_URL, LOTSE_TEST_LLM_MODEL).
#[tokio::test]
async fn with_llama_server_the_panel_shows_what_was_sent_and_it_holds_no_personal_value() {
    let (Ok(url), Ok(model)) = (std::env::var("LOTSE_TEST_LLM_URL"), std::env::var("LOTSE_TEST_LLM_MODEL")) else {
        panic!("this test needs the AI test servers: run scripts/test.sh or scripts/ai-throwaway.sh (see its header)")
    };
    let mut provider = lotse_ai::ProviderConfig::new(url, model);
    provider.max_tokens = 24;
    // The suite runs beside a busy build; the model on one thread may queue.
    provider.timeout = std::time::Duration::from_secs(240);
    provider.idle_timeout = std::time::Duration::from_secs(120);
    let config = lotse_web::WebConfig {
        ai: lotse_web::assistant::AiSettings {
            default: lotse_web::assistant::TenantAi {
                mode: lotse_ai::Mode::External,
                provider: Some(provider),
                portal_model_answers: false,
            },
            tenants: Default::default(),
        },
        ..Default::default()
    };
    let app = seeded(config).await;
    let (auth, cookie) = counselor(&app, "extern@assistent.example").await;
    let client = app
        .call(
            Method::POST,
            "/api/v1/clients",
            &[("authorization", &auth), JSON],
            r#"{"alias":"Reiher","real_name":"Amira Haddad","phone":"0176 23456789","email":"amira.h@example.org","languages":["ar","de"]}"#,
        )
        .await
        .json();
    let client_id = client["id"].as_str().unwrap().to_string();
    let case = app
        .call(
            Method::POST,
            "/api/v1/cases",
            &[("authorization", &auth), JSON],
            format!(r#"{{"client_id":"{client_id}","topics":["family"]}}"#),
        )
        .await;
    let case_id = case.json()["id"].as_str().unwrap().to_string();
    let csrf = hidden_field(&app.get_cookie(&format!("/cases/{case_id}"), &cookie).await.body, "csrf");
    let question = "Frau HADDAD (Amiras Handy 0176/23456789, amira.h@example.org) fragt: Wo beantrage ich Kindergeld?";
    let made = app
        .post_form(&format!("/cases/{case_id}/assistant"), &[("csrf", &csrf), ("question", question)], Some(&cookie))
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let shown = app.get_cookie(made.header("location"), &cookie).await;
    let sent: Vec<&str> = shown
        .body
        .split(r#"<pre class="sent-body" dir="ltr">"#)
        .skip(1)
        .map(|s| s.split("</pre>").next().unwrap())
        .collect();
    assert!(!sent.is_empty(), "the counselor sees what was sent: {}", shown.body);
    for body in &sent {
        for value in ["Haddad", "HADDAD", "Amira", "0176", "23456789", "amira.h@example.org"] {
            assert!(!body.contains(value), "{value} was sent: {body}");
        }
    }
    assert!(sent.iter().any(|b| b.contains("[PERSON_1]")), "{sent:?}");
    // The mapping is shown to the counselor only, beside it.
    assert!(shown.body.contains("<bdi>HADDAD</bdi>"), "the mapping table shows the values to the counselor");
}
