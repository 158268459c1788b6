//! The chat: start without an account, resume with the access code, idempotent sends, ordered delivery over a
//! real WebSocket with catch-up after a reconnect, internal notes, read receipts, and erasure.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{TestApp, bearer};
use axum::http::{Method, StatusCode};
use futures_util::{SinkExt, StreamExt};
use lotse_core::Role;
use tokio_tungstenite::tungstenite::Message;

const JSON: (&str, &str) = ("content-type", "application/json");

/// Serves the app on a loopback port (WebSockets need a real connection).
async fn serve(app: &TestApp) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let router = lotse_web::app(app.state.clone());
    tokio::spawn(async move {
        axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>()).await.unwrap();
    });
    format!("127.0.0.1:{}", address.port())
}

async fn start(app: &TestApp, lang: &str) -> serde_json::Value {
    let started = app
        .call(Method::POST, "/api/v1/chat/start", &[JSON], format!(r#"{{"lang":"{lang}","topic":"residence"}}"#))
        .await;
    assert_eq!(started.status, StatusCode::CREATED, "{}", started.body);
    started.json()
}

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn connect(address: &str, query: &str) -> Socket {
    let (socket, _) = tokio_tungstenite::connect_async(format!("ws://{address}/api/v1/chat/ws?{query}")).await.unwrap();
    socket
}

async fn next_json(socket: &mut Socket) -> serde_json::Value {
    loop {
        let frame = tokio::time::timeout(std::time::Duration::from_secs(5), socket.next()).await.expect("a frame");
        if let Some(Ok(Message::Text(text))) = frame {
            return serde_json::from_str(text.as_str()).unwrap();
        }
    }
}

async fn send(socket: &mut Socket, conversation: &str, id: &str, body: &str) {
    let frame = serde_json::json!({"type": "send", "conversation_id": conversation, "client_msg_id": id, "body": body});
    socket.send(Message::Text(frame.to_string().into())).await.unwrap();
}

#[tokio::test]
async fn a_client_chats_without_an_account_and_a_counselor_answers_in_real_time() {
    let app = TestApp::new().await;
    let (_, token) = app.tenant_with_user("Beratung Chat", "chat@chat.example", Role::Counselor).await;
    let staff = bearer(&token);
    let address = serve(&app).await;

    // Bad input is refused and creates nothing.
    for bad in [r#"{"lang":"arabic"}"#, r#"{"lang":"ar","topic":"weather"}"#, r#"{"lang":"ar","extra":1}"#] {
        let refused = app.call(Method::POST, "/api/v1/chat/start", &[JSON], bad).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}: {}", refused.body);
    }
    let started = start(&app, "ar").await;
    let conversation = started["conversation_id"].as_str().unwrap().to_string();
    let code = started["access_code"].as_str().unwrap().to_string();
    let client = started["client_token"].as_str().unwrap().to_string();
    assert_eq!(code.len(), 17);

    let mut client_ws = connect(&address, &format!("token={client}")).await;
    let mut staff_ws = connect(&address, &format!("token={token}")).await;

    // The client writes; the ack carries the seq; the counselor's inbox connection gets it live.
    send(&mut client_ws, &conversation, "c-1", "مرحبا، لدي سؤال عن الإقامة").await;
    let ack = next_json(&mut client_ws).await;
    let echoed = if ack["type"] == "ack" { next_json(&mut client_ws).await } else { ack.clone() };
    let ack = if ack["type"] == "ack" { ack } else { next_json(&mut client_ws).await };
    assert_eq!((ack["type"].as_str(), ack["seq"].as_i64()), (Some("ack"), Some(1)), "{ack}");
    assert_eq!(echoed["type"], "message");
    let live = next_json(&mut staff_ws).await;
    assert_eq!(
        (live["type"].as_str(), live["seq"].as_i64(), live["sender"].as_str()),
        (Some("message"), Some(1), Some("client"))
    );
    assert_eq!(live["body"], "مرحبا، لدي سؤال عن الإقامة");

    // The same client_msg_id again: acknowledged with the same seq, stored once.
    send(&mut client_ws, &conversation, "c-1", "مرحبا، لدي سؤال عن الإقامة").await;
    let again = next_json(&mut client_ws).await;
    assert_eq!((again["type"].as_str(), again["seq"].as_i64()), (Some("ack"), Some(1)));

    // The counselor answers over HTTP and writes an internal note; the client sees the answer, not the note.
    let reply = app
        .call(
            Method::POST,
            &format!("/api/v1/conversations/{conversation}/messages"),
            &[("authorization", &staff), JSON],
            r#"{"client_msg_id":"s-1","body":"أهلاً! كيف يمكنني مساعدتك؟"}"#,
        )
        .await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    assert_eq!(reply.json()["seq"], 2);
    let note = app
        .call(
            Method::POST,
            &format!("/api/v1/conversations/{conversation}/messages"),
            &[("authorization", &staff), JSON],
            r#"{"client_msg_id":"s-2","body":"Interne Notiz: Aufenthaltstitel prüfen","internal":true}"#,
        )
        .await;
    assert_eq!(note.status, StatusCode::CREATED);
    let answer = next_json(&mut client_ws).await;
    assert_eq!((answer["seq"].as_i64(), answer["sender"].as_str()), (Some(2), Some("staff")));
    // A read receipt from the client reaches the counselor.
    client_ws
        .send(Message::Text(
            serde_json::json!({"type":"read","conversation_id":conversation,"seq":2}).to_string().into(),
        ))
        .await
        .unwrap();
    let mut saw_read = false;
    for _ in 0..4 {
        let event = next_json(&mut staff_ws).await;
        if event["type"] == "read" {
            assert_eq!((event["by"].as_str(), event["seq"].as_i64()), (Some("client"), Some(2)));
            saw_read = true;
            break;
        }
    }
    assert!(saw_read);
    // A client cannot write internal notes.
    let sneaky = app
        .call(
            Method::POST,
            &format!("/api/v1/conversations/{conversation}/messages"),
            &[("authorization", &bearer(&client)), JSON],
            r#"{"client_msg_id":"c-x","body":"x","internal":true}"#,
        )
        .await;
    assert_eq!(sneaky.status, StatusCode::UNPROCESSABLE_ENTITY);

    // The client closes the tab and comes back on another device with the access code (typed sloppily).
    drop(client_ws);
    let resumed = app
        .call(
            Method::POST,
            "/api/v1/chat/resume",
            &[JSON],
            serde_json::json!({"access_code": code.to_lowercase().replace('-', " ")}).to_string(),
        )
        .await;
    assert_eq!(resumed.status, StatusCode::OK, "{}", resumed.body);
    let new_token = resumed.json()["client_token"].as_str().unwrap().to_string();
    let history = app
        .get_with(&format!("/api/v1/conversations/{conversation}/messages"), &[("authorization", &bearer(&new_token))])
        .await
        .json();
    let seqs: Vec<i64> = history["messages"].as_array().unwrap().iter().map(|m| m["seq"].as_i64().unwrap()).collect();
    assert_eq!(seqs, [1, 2], "the whole conversation, without the internal note: {history}");
    // Over the WebSocket, catch-up from 0 gives the same, then live messages follow without a gap.
    let mut back = connect(&address, &format!("token={new_token}&after_seq=0")).await;
    assert_eq!(next_json(&mut back).await["seq"], 1);
    assert_eq!(next_json(&mut back).await["seq"], 2);
    app.call(
        Method::POST,
        &format!("/api/v1/conversations/{conversation}/messages"),
        &[("authorization", &staff), JSON],
        r#"{"client_msg_id":"s-3","body":"Bitte bringen Sie Ihren Pass mit."}"#,
    )
    .await;
    assert_eq!(next_json(&mut back).await["seq"], 4, "seq 3 was the internal note");

    // Wrong codes are refused; a password protects the code once set.
    let wrong = app.call(Method::POST, "/api/v1/chat/resume", &[JSON], r#"{"access_code":"00000-00000-00000"}"#).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let set = app
        .call(
            Method::POST,
            "/api/v1/chat/password",
            &[("authorization", &bearer(&new_token)), JSON],
            r#"{"password":"ein langes Passwort"}"#,
        )
        .await;
    assert_eq!(set.status, StatusCode::NO_CONTENT, "{}", set.body);
    let without = app
        .call(Method::POST, "/api/v1/chat/resume", &[JSON], serde_json::json!({"access_code": code}).to_string())
        .await;
    assert_eq!(without.status, StatusCode::UNPROCESSABLE_ENTITY);
    let with = app
        .call(
            Method::POST,
            "/api/v1/chat/resume",
            &[JSON],
            serde_json::json!({"access_code": code, "password": "ein langes Passwort"}).to_string(),
        )
        .await;
    assert_eq!(with.status, StatusCode::OK);

    // The inbox lists it, unread; another client's token cannot read this conversation.
    let inbox =
        app.get_with("/api/v1/conversations?filter=unassigned&lang=ar", &[("authorization", &staff)]).await.json();
    assert_eq!(inbox[0]["id"], conversation.as_str());
    let other = start(&app, "uk").await;
    let foreign = app
        .get_with(
            &format!("/api/v1/conversations/{conversation}/messages"),
            &[("authorization", &bearer(other["client_token"].as_str().unwrap()))],
        )
        .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);

    // Erasing the client erases the conversation.
    let client_id = inbox[0]["client_id"].as_str().unwrap().to_string();
    let erased =
        app.call(Method::POST, &format!("/api/v1/clients/{client_id}/erase"), &[("authorization", &staff)], "").await;
    assert!(erased.status.is_success(), "{}", erased.body);
    let gone =
        app.get_with(&format!("/api/v1/conversations/{conversation}/messages"), &[("authorization", &staff)]).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    let resume_gone = app
        .call(
            Method::POST,
            "/api/v1/chat/resume",
            &[JSON],
            serde_json::json!({"access_code": code, "password": "ein langes Passwort"}).to_string(),
        )
        .await;
    assert_eq!(resume_gone.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn concurrent_sends_are_numbered_without_gaps_and_acknowledged_once_each() {
    let app = TestApp::new().await;
    app.tenant_with_user("Beratung Last", "last@chat.example", Role::Counselor).await;
    let address = serve(&app).await;
    let mut tasks = Vec::new();
    for c in 0..5 {
        let started = start(&app, "de").await;
        let conversation = started["conversation_id"].as_str().unwrap().to_string();
        let token = started["client_token"].as_str().unwrap().to_string();
        let address = address.clone();
        tasks.push(tokio::spawn(async move {
            let mut socket = connect(&address, &format!("token={token}")).await;
            for i in 0..40 {
                send(&mut socket, &conversation, &format!("m-{c}-{i}"), &format!("Nachricht {i}")).await;
            }
            let mut acks = std::collections::BTreeMap::new();
            let mut seen = Vec::new();
            while acks.len() < 40 || seen.len() < 40 {
                let frame = next_json(&mut socket).await;
                match frame["type"].as_str() {
                    Some("ack") => {
                        acks.insert(
                            frame["client_msg_id"].as_str().unwrap().to_string(),
                            frame["seq"].as_i64().unwrap(),
                        );
                    }
                    Some("message") => seen.push(frame["seq"].as_i64().unwrap()),
                    other => panic!("unexpected {other:?}: {frame}"),
                }
            }
            (acks, seen)
        }));
    }
    for task in tasks {
        let (acks, seen) = task.await.unwrap();
        let mut seqs: Vec<i64> = acks.values().copied().collect();
        seqs.sort();
        assert_eq!(seqs, (1..=40).collect::<Vec<_>>(), "every message once, no gap");
        assert_eq!(seen, (1..=40).collect::<Vec<_>>(), "delivered in order, once");
    }
}

/// A JPEG with an EXIF segment that holds a place and a canary.
fn photo_with_gps() -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xD8];
    let exif = b"Exif\0\0GPS 51.48N 11.97E Foto-Kanarie";
    bytes.extend_from_slice(&[0xFF, 0xE1]);
    bytes.extend_from_slice(&u16::try_from(exif.len() + 2).unwrap().to_be_bytes());
    bytes.extend_from_slice(exif);
    bytes.extend_from_slice(&[0xFF, 0xE0, 0x00, 0x07, b'J', b'F', b'I', b'F', 0x00]);
    bytes.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x04, 0x01, 0x02, 0x11, 0x22, 0x33, 0xFF, 0xD9]);
    bytes
}

#[tokio::test]
async fn pictures_lose_their_metadata_are_sealed_and_go_with_the_client() {
    let app = TestApp::new().await;
    let (_, token) = app.tenant_with_user("Beratung Foto", "foto@chat.example", Role::Counselor).await;
    let staff = bearer(&token);
    let started = start(&app, "ar").await;
    let conversation = started["conversation_id"].as_str().unwrap().to_string();
    let client = bearer(started["client_token"].as_str().unwrap());
    let path = format!("/api/v1/conversations/{conversation}/attachments?client_msg_id=f1");

    // Not a picture or PDF (whatever the name says): refused, nothing stored.
    let (kind, body) = crate::clients::multipart("brief.pdf", "application/pdf", b"MZ\x90\0 not a pdf");
    let refused = app.call(Method::POST, &path, &[("authorization", &client), ("content-type", &kind)], body).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);

    let (kind, body) = crate::clients::multipart("Bescheid.jpg", "image/jpeg", &photo_with_gps());
    let sent = app.call(Method::POST, &path, &[("authorization", &client), ("content-type", &kind)], body).await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.body);
    let attachment = sent.json()["attachment_id"].as_str().unwrap().to_string();
    assert_eq!(sent.json()["seq"], 1);

    // The counselor sees the message with the file and downloads it: the picture, without the place.
    let messages = app
        .get_with(&format!("/api/v1/conversations/{conversation}/messages"), &[("authorization", &staff)])
        .await
        .json();
    assert_eq!(messages["messages"][0]["attachment_id"], attachment.as_str());
    assert!(messages["messages"][0]["body"].as_str().unwrap().contains("Bescheid.jpg"));
    let file = app
        .get_with(
            &format!("/api/v1/conversations/{conversation}/attachments/{attachment}"),
            &[("authorization", &staff)],
        )
        .await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.header("content-type"), "image/jpeg");
    assert!(file.header("content-disposition").starts_with("attachment"));
    assert!(!file.body.contains("Foto-Kanarie") && !file.body.contains("51.48N"));
    // Sealed at rest: no trace in the attachment store.
    for entry in walk(app.master_key_file.parent().unwrap().join("attachments")) {
        let bytes = std::fs::read(&entry).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains("Bescheid"), "{entry:?}");
        assert!(!String::from_utf8_lossy(&bytes).contains("JFIF"), "{entry:?} holds plain picture data");
    }

    // Erasing the client takes the file with it.
    let client_id = app.get_with("/api/v1/conversations", &[("authorization", &staff)]).await.json()[0]["client_id"]
        .as_str()
        .unwrap()
        .to_string();
    app.call(Method::POST, &format!("/api/v1/clients/{client_id}/erase"), &[("authorization", &staff)], "").await;
    let gone = app
        .get_with(
            &format!("/api/v1/conversations/{conversation}/attachments/{attachment}"),
            &[("authorization", &staff)],
        )
        .await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    let swept = lotse_core::document::sweep(app.state.store.as_ref(), app.state.attachments.as_ref(), 0).await.unwrap();
    assert_eq!(swept, 1, "the sealed file goes in the next sweep");
}

fn walk(dir: std::path::PathBuf) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() { files.extend(walk(path)) } else { files.push(path) }
        }
    }
    files
}

#[tokio::test]
async fn the_inbox_filters_by_team_topic_and_language() {
    let app = TestApp::new().await;
    let (me, token) = app.tenant_with_user("Beratung Filter", "filter@chat.example", Role::Counselor).await;
    let staff = bearer(&token);
    let (halle, halle_auth) =
        crate::routing::colleague(&app, &me.tenant_id, "halle@chat.example", "Halle", Role::Counselor).await;
    let (magdeburg, magdeburg_auth) =
        crate::routing::colleague(&app, &me.tenant_id, "md@chat.example", "Magdeburg", Role::Counselor).await;
    for (auth, team) in [(&staff, "Team Süd"), (&halle_auth, "Team Süd"), (&magdeburg_auth, "Team Nord")] {
        let set = app
            .call(
                Method::PUT,
                "/api/v1/me/routing-profile",
                &[("authorization", auth), JSON],
                serde_json::json!({"team": team}).to_string(),
            )
            .await;
        assert_eq!(set.status, StatusCode::OK);
    }
    let mut ids = Vec::new();
    for (lang, topic) in [("ar", "residence"), ("uk", "housing"), ("ar", "housing")] {
        let started = app
            .call(Method::POST, "/api/v1/chat/start", &[JSON], format!(r#"{{"lang":"{lang}","topic":"{topic}"}}"#))
            .await
            .json();
        ids.push(started["conversation_id"].as_str().unwrap().to_string());
    }
    for (conversation, user) in [(&ids[0], &halle), (&ids[1], &magdeburg)] {
        let assigned = app
            .call(
                Method::POST,
                &format!("/api/v1/conversations/{conversation}/assign"),
                &[("authorization", &staff), JSON],
                serde_json::json!({"user_id": user}).to_string(),
            )
            .await;
        assert_eq!(assigned.status, StatusCode::NO_CONTENT);
    }
    let list = |query: &'static str| {
        let app = &app;
        let staff = staff.clone();
        async move {
            let found =
                app.get_with(&format!("/api/v1/conversations?{query}"), &[("authorization", &staff)]).await.json();
            let mut ids: Vec<String> =
                found.as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_string()).collect();
            ids.sort();
            ids
        }
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    assert_eq!(list("filter=team").await, vec![ids[0].clone()], "assigned to a member of my team");
    assert_eq!(list("filter=unassigned").await, vec![ids[2].clone()]);
    assert_eq!(list("topic=housing").await, sorted(vec![ids[1].clone(), ids[2].clone()]));
    assert_eq!(list("lang=ar&topic=housing").await, vec![ids[2].clone()]);
}

#[tokio::test]
async fn a_conversation_moves_to_a_known_client_and_everything_in_it_is_resealed() {
    let app = TestApp::new().await;
    let (_, token) = app.tenant_with_user("Beratung Zuordnung", "zuordnung@chat.example", Role::Counselor).await;
    let staff = bearer(&token);
    let known = app
        .call(Method::POST, "/api/v1/clients", &[("authorization", &staff), JSON], r#"{"alias":"Bekannte Person"}"#)
        .await
        .json()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let started = start(&app, "ru").await;
    let conversation = started["conversation_id"].as_str().unwrap().to_string();
    let client = bearer(started["client_token"].as_str().unwrap());
    app.call(
        Method::POST,
        &format!("/api/v1/conversations/{conversation}/messages"),
        &[("authorization", &client), JSON],
        r#"{"client_msg_id":"r1","body":"Это я, мы уже встречались"}"#,
    )
    .await;
    let (kind, body) = crate::clients::multipart("Письмо.jpg", "image/jpeg", &photo_with_gps());
    let file = app
        .call(
            Method::POST,
            &format!("/api/v1/conversations/{conversation}/attachments?client_msg_id=r2"),
            &[("authorization", &client), ("content-type", &kind)],
            body,
        )
        .await;
    assert_eq!(file.status, StatusCode::CREATED);
    let attachment = file.json()["attachment_id"].as_str().unwrap().to_string();
    let chat_client = app.get_with("/api/v1/conversations", &[("authorization", &staff)]).await.json()[0]["client_id"]
        .as_str()
        .unwrap()
        .to_string();

    let bad = app
        .call(
            Method::POST,
            &format!("/api/v1/conversations/{conversation}/client"),
            &[("authorization", &staff), JSON],
            r#"{"client_id":"nope"}"#,
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let moved = app
        .call(
            Method::POST,
            &format!("/api/v1/conversations/{conversation}/client"),
            &[("authorization", &staff), JSON],
            serde_json::json!({"client_id": known}).to_string(),
        )
        .await;
    assert_eq!(moved.status, StatusCode::NO_CONTENT, "{}", moved.body);
    assert_eq!(
        app.get_with("/api/v1/conversations", &[("authorization", &staff)]).await.json()[0]["client_id"],
        known.as_str()
    );

    // Erasing the former pseudonymous client changes nothing: all is sealed with the known client's key now.
    app.call(Method::POST, &format!("/api/v1/clients/{chat_client}/erase"), &[("authorization", &staff)], "").await;
    let messages =
        app.get_with(&format!("/api/v1/conversations/{conversation}/messages"), &[("authorization", &staff)]).await;
    assert_eq!(messages.status, StatusCode::OK);
    assert_eq!(messages.json()["messages"][0]["body"], "Это я, мы уже встречались");
    let photo = app
        .get_with(
            &format!("/api/v1/conversations/{conversation}/attachments/{attachment}"),
            &[("authorization", &staff)],
        )
        .await;
    assert_eq!(photo.status, StatusCode::OK);
    // Erasing the known client erases the conversation.
    app.call(Method::POST, &format!("/api/v1/clients/{known}/erase"), &[("authorization", &staff)], "").await;
    let gone =
        app.get_with(&format!("/api/v1/conversations/{conversation}/messages"), &[("authorization", &staff)]).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_urgent_message_over_the_websocket_gets_the_emergency_numbers_at_once() {
    let app = TestApp::new().await;
    app.tenant_with_user("Beratung Chat", "guard@chat.example", Role::Counselor).await;
    let address = serve(&app).await;
    let started = start(&app, "en").await;
    let conversation = started["conversation_id"].as_str().unwrap().to_string();
    let client = started["client_token"].as_str().unwrap().to_string();
    let mut socket = connect(&address, &format!("token={client}")).await;
    send(&mut socket, &conversation, "u-1", "My husband hits me and I am afraid to go home tonight.").await;
    // The ack and the client's own message come first, then the guard's automatic message.
    let mut frames = Vec::new();
    while !frames.iter().any(|f: &serde_json::Value| f["sender"] == "system") && frames.len() < 6 {
        frames.push(next_json(&mut socket).await);
    }
    let automatic = frames.iter().find(|f| f["sender"] == "system").unwrap_or_else(|| panic!("{frames:?}"));
    let body = automatic["body"].as_str().unwrap();
    for number in ["110", "112", "116 016"] {
        assert!(body.contains(number), "{body}");
    }
    let tenant = app.db.store.list_tenants(lotse_core::PageRequest::new(0, 10)).await.unwrap().items[0].id.clone();
    let stored =
        app.db.store.conversation(&tenant, &lotse_core::ConversationId::parse(&conversation).unwrap()).await.unwrap();
    assert_eq!(stored.flag, Some(lotse_core::assistant::ConversationFlag::Urgent));
}
