//! Chat benchmark (not a test): the release `lotse serve` on SQLite, 1,000 client WebSocket connections of which
//! 100 conversations are active. Reports
//!   - memory per idle connection (server RSS before and after opening 1,000 idle connections),
//!   - durable send throughput (acks per second; an ack means committed),
//!   - delivery latency p50/p99 (send → the message event back on the connection following the conversation)
//!     at a steady 2,000 messages per second and at full load.
//!
//! Run with `bench/chat.sh` (or `cargo bench -p lotse --bench chat`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use futures_util::{SinkExt, StreamExt};
use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_tungstenite::tungstenite::Message;

const CONNECTIONS: usize = 1000;
const ACTIVE: usize = 100;
const BURST_PER_CONVERSATION: usize = 200;

fn rss_kb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap()
}

async fn post(port: u16, path: &str, body: &str) -> String {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut out = Vec::new();
    stream.read_to_end(&mut out).await.unwrap();
    let text = String::from_utf8_lossy(&out).to_string();
    let (a, b) = (text.find('{').unwrap(), text.rfind('}').unwrap());
    text[a..=b].to_string()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Sends `count` messages on one conversation at `interval` (zero: as fast as possible, pipelined) and returns
/// (time of the last ack, send→event latencies in ms).
async fn drive(socket: Socket, conversation: String, tag: String, count: usize, interval: Duration) -> Vec<f64> {
    let (mut sink, mut stream) = socket.split();
    let sent: std::sync::Arc<std::sync::Mutex<HashMap<String, Instant>>> = Default::default();
    let sent_w = sent.clone();
    let conversation_w = conversation.clone();
    let tag_w = tag.clone();
    let writer = tokio::spawn(async move {
        for i in 0..count {
            let id = format!("{tag_w}-{i}");
            sent_w.lock().unwrap().insert(format!("Nachricht {id}"), Instant::now());
            let frame = serde_json::json!({"type":"send","conversation_id":conversation_w,"client_msg_id":id,"body":format!("Nachricht {id}")});
            sink.send(Message::Text(frame.to_string().into())).await.unwrap();
            if !interval.is_zero() {
                tokio::time::sleep(interval).await;
            }
        }
        sink
    });
    let (mut acks, mut latencies) = (0, Vec::with_capacity(count));
    while acks < count || latencies.len() < count {
        let Some(Ok(Message::Text(text))) = stream.next().await else { panic!("connection lost") };
        let json: serde_json::Value = serde_json::from_str(text.as_str()).unwrap();
        match json["type"].as_str() {
            Some("ack") => acks += 1,
            Some("message") => {
                let body = json["body"].as_str().unwrap();
                if let Some(at) = sent.lock().unwrap().remove(body) {
                    latencies.push(at.elapsed().as_secs_f64() * 1000.0);
                }
            }
            _ => panic!("{json}"),
        }
    }
    let sink = writer.await.unwrap();
    drop(sink.reunite(stream));
    latencies
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let lotse = env!("CARGO_BIN_EXE_lotse");
    let base = |c: &mut Command| {
        c.args(["--data-dir", dir.path().to_str().unwrap()])
            .env_remove("LOTSE_DATABASE_URL")
            .env_remove("LOTSE_CONFIG");
    };
    let mut add = Command::new(lotse);
    base(&mut add);
    assert!(add.args(["tenant", "add", "--name", "Beratung Last"]).output().unwrap().status.success());
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut serve = Command::new(lotse);
    base(&mut serve);
    let mut server = serve
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("LOTSE_API_REQUESTS_PER_MINUTE", "1000000")
        .env("LOTSE_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    for _ in 0..300 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    println!(
        "machine: {} CPUs; server: release lotse serve on SQLite (synchronous=FULL, WAL)",
        std::thread::available_parallelism().unwrap()
    );

    // 1,000 conversations, each with a client token.
    let mut chats = Vec::with_capacity(CONNECTIONS);
    for _ in 0..CONNECTIONS {
        let json: serde_json::Value =
            serde_json::from_str(&post(port, "/api/v1/chat/start", r#"{"lang":"de"}"#).await).unwrap();
        chats.push((
            json["conversation_id"].as_str().unwrap().to_string(),
            json["client_token"].as_str().unwrap().to_string(),
        ));
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let before = rss_kb(server.id());
    let mut sockets = Vec::with_capacity(CONNECTIONS);
    for (_, token) in &chats {
        let (socket, _) = tokio_tungstenite::connect_async_with_config(
            format!("ws://127.0.0.1:{port}/api/v1/chat/ws?token={token}"),
            None,
            true,
        )
        .await
        .unwrap();
        sockets.push(socket);
    }
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let after = rss_kb(server.id());
    println!(
        "idle connections: {CONNECTIONS}; server RSS {before} kB → {after} kB; {:.1} kB per idle connection (target ≤ 20 kB)",
        (after.saturating_sub(before)) as f64 / CONNECTIONS as f64
    );

    // Steady load: 100 conversations × 20 messages/s = 2,000 messages/s for 5 seconds.
    let mut sockets = sockets.into_iter();
    let mut steady = Vec::new();
    for (c, (conversation, _)) in chats.iter().take(ACTIVE).enumerate() {
        let socket = sockets.next().unwrap();
        steady.push(tokio::spawn(drive(socket, conversation.clone(), format!("s{c}"), 100, Duration::from_millis(50))));
    }
    let mut latencies = Vec::new();
    for task in steady {
        latencies.extend(task.await.unwrap());
    }
    latencies.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "steady 2,000 msg/s over {ACTIVE} conversations: delivery latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms (target p99 ≤ 20 ms)",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        latencies.last().unwrap()
    );

    // Full load: the next 100 connections each send 200 messages, pipelined.
    let started = Instant::now();
    let mut burst = Vec::new();
    for (c, (conversation, _)) in chats.iter().skip(ACTIVE).take(ACTIVE).enumerate() {
        let socket = sockets.next().unwrap();
        burst.push(tokio::spawn(drive(
            socket,
            conversation.clone(),
            format!("b{c}"),
            BURST_PER_CONVERSATION,
            Duration::ZERO,
        )));
    }
    let mut latencies = Vec::new();
    for task in burst {
        latencies.extend(task.await.unwrap());
    }
    let elapsed = started.elapsed().as_secs_f64();
    let total = ACTIVE * BURST_PER_CONVERSATION;
    latencies.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "burst {total} messages over {ACTIVE} conversations (pipelined): {:.0} acknowledged messages/s (target ≥ 5,000); \
         latency under full load p50 {:.1} ms, p99 {:.1} ms",
        total as f64 / elapsed,
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99)
    );
    let rest: Vec<_> = sockets.collect();
    println!("({} further idle connections stayed open throughout)", rest.len());
    let _ = Command::new("kill").args(["-TERM", &server.id().to_string()]).status();
    let _ = server.wait();
}
