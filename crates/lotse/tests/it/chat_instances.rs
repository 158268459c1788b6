//! Several instances on PostgreSQL: a message stored through one instance reaches a client connected to
//! another (PostgreSQL LISTEN/NOTIFY). Two servers, each with its own connection pool, hub and relay, share only
//! the database. Runs in the PostgreSQL pass of scripts/test.sh (LOTSE_TEST_DATABASE_URL); SQLite is a single
//! instance by design and has no relay.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{TestApp, bearer};
use axum::http::{Method, StatusCode};
use futures_util::{SinkExt, StreamExt};
use lotse_core::Role;
use lotse_web::AppState;
use std::sync::Arc;
use tokio_tungstenite::tungstenite::Message;

async fn serve(state: AppState) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let router = lotse_web::app(state);
    tokio::spawn(async move {
        axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>()).await.unwrap();
    });
    address.to_string()
}

async fn relay(state: &AppState, url: &str) {
    let receiver = state.clone();
    let relay = lotse_store::relay::PgRelay::start(url, move |payload| {
        let state = receiver.clone();
        tokio::spawn(async move {
            let now = lotse_core::Clock::now(state.clock.as_ref());
            lotse_web::chat::deliver_remote(state.store.as_ref(), &state.keyring, &state.chat_hub, &payload, now)
                .await
                .unwrap();
        });
    })
    .await
    .unwrap();
    state.chat_hub.set_relay(Arc::new(move |payload| relay.notify(payload)));
}

async fn next_message(
    socket: &mut tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>,
) -> serde_json::Value {
    loop {
        let frame =
            tokio::time::timeout(std::time::Duration::from_secs(5), socket.next()).await.expect("delivered within 5 s");
        if let Some(Ok(Message::Text(text))) = frame {
            let json: serde_json::Value = serde_json::from_str(text.as_str()).unwrap();
            if json["type"] == "message" {
                return json;
            }
        }
    }
}

#[tokio::test]
async fn with_postgres_a_message_sent_through_one_instance_reaches_a_client_connected_to_another() {
    if !std::env::var("LOTSE_TEST_DATABASE_URL").is_ok_and(|u| u.starts_with("postgres")) {
        eprintln!("two instances need PostgreSQL: this test runs in the PostgreSQL pass of scripts/test.sh");
        return;
    }
    let app = TestApp::new().await;
    let (_, token) = app.tenant_with_user("Beratung Zwei Instanzen", "zwei@chat.example", Role::Counselor).await;
    // Instance B: its own pool on the same database (and the same master key, as in a real deployment).
    let store_b: Arc<dyn lotse_core::Store> = Arc::new(lotse_store::PgStore::connect(&app.db.url).await.unwrap());
    let master =
        lotse_core::crypto::SecretKey::from_base64(std::fs::read_to_string(&app.master_key_file).unwrap().trim())
            .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let state_b = AppState::new(
        store_b,
        app.clock.clone(),
        lotse_web::WebConfig::default(),
        master,
        Arc::new(lotse_store::ledger::FileLedger::new(dir.path().join("ledger.tsv"))),
        Arc::new(lotse_store::attachments::LocalFolder::new(dir.path().join("attachments"))),
    )
    .unwrap();
    relay(&app.state, &app.db.url).await;
    relay(&state_b, &app.db.url).await;
    let address_a = serve(app.state.clone()).await;
    let address_b = serve(state_b).await;

    let started =
        app.call(Method::POST, "/api/v1/chat/start", &[("content-type", "application/json")], r#"{"lang":"uk"}"#).await;
    assert_eq!(started.status, StatusCode::CREATED);
    let started = started.json();
    let conversation = started["conversation_id"].as_str().unwrap();
    let client = started["client_token"].as_str().unwrap();

    // The client is connected to B, the counselor to A.
    let (mut client_ws, _) =
        tokio_tungstenite::connect_async(format!("ws://{address_b}/api/v1/chat/ws?token={client}")).await.unwrap();
    let (mut staff_ws, _) =
        tokio_tungstenite::connect_async(format!("ws://{address_a}/api/v1/chat/ws?token={token}")).await.unwrap();

    // Client → B → stored → NOTIFY → A → counselor.
    let frame =
        serde_json::json!({"type":"send","conversation_id":conversation,"client_msg_id":"k1","body":"Добрий день"});
    client_ws.send(Message::Text(frame.to_string().into())).await.unwrap();
    let at_a = next_message(&mut staff_ws).await;
    assert_eq!((at_a["seq"].as_i64(), at_a["body"].as_str()), (Some(1), Some("Добрий день")));

    // Counselor → A (HTTP) → NOTIFY → B → client, for several messages, in order and without gaps.
    for i in 0..5 {
        let reply = app
            .call(
                Method::POST,
                &format!("/api/v1/conversations/{conversation}/messages"),
                &[("authorization", &bearer(&token)), ("content-type", "application/json")],
                serde_json::json!({"client_msg_id": format!("s{i}"), "body": format!("Відповідь {i}")}).to_string(),
            )
            .await;
        assert_eq!(reply.status, StatusCode::CREATED);
    }
    let mut seen = Vec::new();
    while seen.len() < 6 {
        let message = next_message(&mut client_ws).await;
        seen.push(message["seq"].as_i64().unwrap());
    }
    assert_eq!(seen, [1, 2, 3, 4, 5, 6], "the client's own echo, then the five answers relayed from A");
}
