//! A server killed with SIGKILL in the middle of a burst of sends loses no acknowledged message: after a restart
//! every acknowledged message is there exactly once with the seq it was acknowledged with, numbering has no gap,
//! and clients that reconnect and send their unacknowledged messages again end with each message exactly once.
//! Runs the real `lotse serve` binary on SQLite (the default deployment).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use futures_util::{SinkExt, StreamExt};
use std::collections::BTreeMap;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_tungstenite::tungstenite::Message;

const CLIENTS: usize = 20;
const PER_CLIENT: usize = 100;

fn lotse(dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lotse"));
    command.args(["--data-dir", dir.to_str().unwrap()]).env_remove("LOTSE_DATABASE_URL").env_remove("LOTSE_CONFIG");
    command
}

fn serve(dir: &std::path::Path, port: u16) -> Child {
    lotse(dir)
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("LOTSE_API_REQUESTS_PER_MINUTE", "100000")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

async fn http(port: u16, method: &str, path: &str, auth: Option<&str>, body: &str) -> (u16, String) {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    let auth = auth.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\n{auth}Content-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.unwrap();
    let text = String::from_utf8_lossy(&response).to_string();
    let status = text.split_whitespace().nth(1).unwrap_or("0").parse().unwrap_or(0);
    let body = text.split("\r\n\r\n").nth(1).unwrap_or("").to_string();
    // Chunked bodies: take the JSON between the first '{' and the last '}'.
    let json = match (body.find('{'), body.rfind('}')) {
        (Some(a), Some(b)) if b > a => body[a..=b].to_string(),
        _ => body,
    };
    (status, json)
}

async fn wait_ready(port: u16) {
    for _ in 0..300 {
        if let Ok(mut s) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await {
            let _ = s.write_all(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await;
            let mut out = Vec::new();
            let _ = s.read_to_end(&mut out).await;
            if out.starts_with(b"HTTP/1.1 200") {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not become ready on port {port}");
}

struct Client {
    conversation: String,
    token: String,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sigkill_during_a_burst_of_2000_sends_from_20_clients_loses_and_duplicates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let added = lotse(dir.path()).args(["tenant", "add", "--name", "Beratung Absturz"]).output().unwrap();
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut server = serve(dir.path(), port);
    wait_ready(port).await;

    let mut clients = Vec::new();
    for _ in 0..CLIENTS {
        let (status, body) = http(port, "POST", "/api/v1/chat/start", None, r#"{"lang":"de"}"#).await;
        assert_eq!(status, 201, "{body}");
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        clients.push(Client {
            conversation: json["conversation_id"].as_str().unwrap().to_string(),
            token: json["client_token"].as_str().unwrap().to_string(),
        });
    }

    // The burst: every client sends its 100 messages without waiting; acks are recorded as they come.
    let acked_total = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for (c, client) in clients.iter().enumerate() {
        let url = format!("ws://127.0.0.1:{port}/api/v1/chat/ws?token={}", client.token);
        let conversation = client.conversation.clone();
        let acked_total = acked_total.clone();
        tasks.push(tokio::spawn(async move {
            let (socket, _) = tokio_tungstenite::connect_async(url).await.unwrap();
            let (mut sink, mut stream) = socket.split();
            let writer = tokio::spawn(async move {
                for i in 0..PER_CLIENT {
                    let frame = serde_json::json!({"type":"send","conversation_id":conversation,
                        "client_msg_id":format!("c{c}-m{i:03}"),"body":format!("Nachricht {i} von {c}")});
                    if sink.send(Message::Text(frame.to_string().into())).await.is_err() {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(2)).await;
                }
            });
            let mut acks: BTreeMap<String, i64> = BTreeMap::new();
            while let Some(Ok(frame)) = stream.next().await {
                if let Message::Text(text) = frame {
                    let json: serde_json::Value = serde_json::from_str(text.as_str()).unwrap();
                    if json["type"] == "ack" {
                        acks.insert(json["client_msg_id"].as_str().unwrap().to_string(), json["seq"].as_i64().unwrap());
                        acked_total.fetch_add(1, Ordering::SeqCst);
                    }
                }
            }
            writer.abort();
            acks
        }));
    }
    // Kill while the burst is running: after some hundreds of acks, long before all 2,000.
    for _ in 0..600 {
        if acked_total.load(Ordering::SeqCst) >= 500 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let at_kill = acked_total.load(Ordering::SeqCst);
    let killed = Command::new("kill").args(["-KILL", &server.id().to_string()]).status().unwrap();
    assert!(killed.success());
    server.wait().unwrap();
    let mut acked: Vec<BTreeMap<String, i64>> = Vec::new();
    for task in tasks {
        acked.push(
            tokio::time::timeout(Duration::from_secs(20), task).await.expect("clients notice the crash").unwrap(),
        );
    }
    let total: usize = acked.iter().map(BTreeMap::len).sum();
    assert!(
        at_kill >= 1 && total < CLIENTS * PER_CLIENT,
        "the kill came mid-burst: {at_kill} acked then, {total} in all"
    );
    eprintln!("SIGKILL after {at_kill} acknowledgements; {total} acknowledged in all before the connections broke");

    // Restart on the same data; every acknowledged message is there once, with its seq; no gaps.
    let mut server = serve(dir.path(), port);
    wait_ready(port).await;
    for (c, client) in clients.iter().enumerate() {
        let path = format!("/api/v1/conversations/{}/messages?after_seq=0", client.conversation);
        let (status, body) = http(port, "GET", &path, Some(&client.token), "").await;
        assert_eq!(status, 200, "{body}");
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        let stored: Vec<(i64, String)> = json["messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| (m["seq"].as_i64().unwrap(), m["client_msg_id"].as_str().unwrap().to_string()))
            .collect();
        let seqs: Vec<i64> = stored.iter().map(|(s, _)| *s).collect();
        assert_eq!(seqs, (1..=stored.len() as i64).collect::<Vec<_>>(), "client {c}: numbered without gaps");
        for (id, seq) in &acked[c] {
            assert!(
                stored.contains(&(*seq, id.clone())),
                "client {c}: acknowledged {id} as {seq} but it is not stored so"
            );
        }
        // One connection sends in order, so stored messages are a prefix of what it sent, in order.
        let ids: Vec<&str> = stored.iter().map(|(_, id)| id.as_str()).collect();
        let expected: Vec<String> = (0..ids.len()).map(|i| format!("c{c}-m{i:03}")).collect();
        assert_eq!(ids, expected, "client {c}: in the order sent");
    }

    // Clients reconnect, catch up from their last seen seq and send again everything not acknowledged.
    let mut resend = Vec::new();
    for (c, client) in clients.iter().enumerate() {
        let url = format!("ws://127.0.0.1:{port}/api/v1/chat/ws?token={}&after_seq=0", client.token);
        let conversation = client.conversation.clone();
        let already: Vec<String> = acked[c].keys().cloned().collect();
        resend.push(tokio::spawn(async move {
            let (mut socket, _) = tokio_tungstenite::connect_async(url).await.unwrap();
            let missing: Vec<usize> = (0..PER_CLIENT).filter(|i| !already.contains(&format!("c{c}-m{i:03}"))).collect();
            for i in &missing {
                let frame = serde_json::json!({"type":"send","conversation_id":conversation,
                    "client_msg_id":format!("c{c}-m{i:03}"),"body":format!("Nachricht {i} von {c}")});
                socket.send(Message::Text(frame.to_string().into())).await.unwrap();
            }
            let (mut acks, mut seen) = (0, Vec::new());
            while acks < missing.len() || seen.len() < PER_CLIENT {
                let frame = tokio::time::timeout(Duration::from_secs(20), socket.next())
                    .await
                    .expect("frames")
                    .unwrap()
                    .unwrap();
                if let Message::Text(text) = frame {
                    let json: serde_json::Value = serde_json::from_str(text.as_str()).unwrap();
                    match json["type"].as_str() {
                        Some("ack") => acks += 1,
                        Some("message") => seen.push(json["seq"].as_i64().unwrap()),
                        _ => panic!("{json}"),
                    }
                }
            }
            seen
        }));
    }
    for (c, task) in resend.into_iter().enumerate() {
        let seen = task.await.unwrap();
        assert_eq!(
            seen,
            (1..=PER_CLIENT as i64).collect::<Vec<_>>(),
            "client {c}: every message once, in order, no gap"
        );
    }
    let _ = Command::new("kill").args(["-TERM", &server.id().to_string()]).status();
    let _ = server.wait();
}
