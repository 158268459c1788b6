//! The real `lotse` binary, run as an admin would run it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{TestApp, bearer};
use axum::http::StatusCode;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

fn lotse(args: &[&str], database_url: &str, stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lotse"))
        .args(args)
        .env("LOTSE_DATABASE_URL", database_url)
        .env_remove("LOTSE_CONFIG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).to_string()
}

#[tokio::test]
async fn admin_commands_create_tenant_user_and_token_while_the_server_uses_the_database() {
    let app = TestApp::new().await;
    // The app (the "server") has the database open the whole time.
    assert_eq!(app.get("/ready").await.status, StatusCode::OK);
    let url = app.db.url.clone();

    let tenant = lotse(&["tenant", "add", "--name", "Beratungsstelle Köthen"], &url, None);
    assert!(tenant.status.success(), "{}", stderr(&tenant));
    let tenant_id = stdout(&tenant);
    assert!(lotse_core::TenantId::parse(&tenant_id).is_some(), "prints the id: {tenant_id}");

    let user = lotse(
        &[
            "user",
            "add",
            "--tenant",
            &tenant_id,
            "--email",
            "Mira@Koethen.example",
            "--role",
            "counselor",
            "--password-stdin",
        ],
        &url,
        Some("a long enough password\n"),
    );
    assert!(user.status.success(), "{}", stderr(&user));

    let token = lotse(&["token", "create", "--email", "mira@koethen.example"], &url, None);
    assert!(token.status.success(), "{}", stderr(&token));
    let token = stdout(&token);
    assert!(token.starts_with("lotse_"));

    let me = app.get_with("/api/v1/me", &[("authorization", &bearer(&token))]).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);
    assert_eq!(me.json()["user"]["email"], "mira@koethen.example");
    assert_eq!(me.json()["tenant"]["id"], tenant_id.as_str());

    let listed = lotse(&["user", "list", "--tenant", &tenant_id], &url, None);
    assert!(stdout(&listed).contains("mira@koethen.example\tcounselor\tactive"));
}

#[tokio::test]
async fn admin_commands_refuse_bad_input_clearly_and_change_nothing() {
    let app = TestApp::new().await;
    let url = app.db.url.clone();
    let tenant_id = stdout(&lotse(&["tenant", "add", "--name", "Anlaufstelle Stendal"], &url, None));

    let duplicate = lotse(&["tenant", "add", "--name", "Anlaufstelle Stendal"], &url, None);
    assert!(!duplicate.status.success());
    assert!(stderr(&duplicate).contains("already exists"), "{}", stderr(&duplicate));

    let cases: [(&[&str], Option<&str>, &str); 5] = [
        (
            &[
                "user",
                "add",
                "--tenant",
                &tenant_id,
                "--email",
                "x@stendal.example",
                "--role",
                "admin",
                "--password-stdin",
            ],
            Some("short\n"),
            "at least 12",
        ),
        (
            &["user", "add", "--tenant", &tenant_id, "--email", "not-an-email", "--role", "admin", "--password-stdin"],
            Some("long enough password\n"),
            "not a valid e-mail",
        ),
        (
            &[
                "user",
                "add",
                "--tenant",
                &tenant_id,
                "--email",
                "x@stendal.example",
                "--role",
                "root",
                "--password-stdin",
            ],
            Some("long enough password\n"),
            "unknown role",
        ),
        (
            &[
                "user",
                "add",
                "--tenant",
                "0190c0de-0000-7000-8000-000000000000",
                "--email",
                "x@stendal.example",
                "--role",
                "admin",
                "--password-stdin",
            ],
            Some("long enough password\n"),
            "no tenant",
        ),
        (&["token", "create", "--email", "nobody@stendal.example"], None, "no account"),
    ];
    for (args, input, expected) in cases {
        let output = lotse(args, &url, input);
        assert!(!output.status.success(), "{args:?} should fail");
        assert!(stderr(&output).contains(expected), "{args:?}: {}", stderr(&output));
    }
    let tenant = lotse_core::TenantId::parse(&tenant_id).unwrap();
    let users = app.db.store.list_users(&tenant, lotse_core::PageRequest::default()).await.unwrap();
    assert_eq!(users.total, 0, "no failed command created an account");

    let missing_flag =
        lotse(&["user", "add", "--tenant", &tenant_id, "--email", "x@y.example", "--role", "admin"], &url, None);
    assert_eq!(missing_flag.status.code(), Some(2), "usage error");
    assert!(stderr(&missing_flag).contains("--password-stdin"));
}

#[test]
fn every_command_has_helpful_help() {
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["demo", "--help"],
        vec!["migrate", "--help"],
        vec!["tenant", "add", "--help"],
        vec!["user", "add", "--help"],
        vec!["token", "create", "--help"],
        vec!["keys", "rotate", "--help"],
        vec!["audit", "verify", "--help"],
        vec!["retention", "run", "--help"],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_lotse")).args(&args).output().unwrap();
        assert!(output.status.success(), "{args:?}");
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(text.contains("Usage:") && text.len() > 200, "{args:?}: {text}");
    }
    let serve = Command::new(env!("CARGO_BIN_EXE_lotse")).args(["serve", "--help"]).output().unwrap();
    let text = String::from_utf8_lossy(&serve.stdout);
    assert!(text.contains("LOTSE_LISTEN") && text.contains("LOTSE_DATA_DIR") && text.contains("--data-dir"));
}

#[test]
fn a_broken_configuration_file_is_reported_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lotse.toml");
    std::fs::write(&file, "lisen = \"127.0.0.1:1\"\n").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_lotse"))
        .args(["migrate", "--config", file.to_str().unwrap(), "--data-dir", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let text = String::from_utf8_lossy(&output.stderr);
    assert!(text.contains("lotse.toml is not a valid Lotse configuration") && text.contains("lisen"), "{text}");
}

/// A running `lotse` process, stopped with SIGTERM when dropped.
struct Server {
    child: Child,
    address: String,
    stdout: String,
}

impl Server {
    fn start(args: &[&str], data_dir: &std::path::Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_lotse"))
            .args(args)
            .args(["--data-dir", data_dir.to_str().unwrap(), "--listen", "127.0.0.1:0"])
            .env_remove("LOTSE_DATABASE_URL")
            .env_remove("LOTSE_CONFIG")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("listen=").nth(1) {
                    let _ = sender.send(rest.split_whitespace().next().unwrap_or("").to_string());
                }
            }
        });
        let address = receiver.recv_timeout(Duration::from_secs(30)).expect("server announces its address");
        Server { child, address, stdout: String::new() }
    }
}

fn terminate(child: &Child) {
    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
}

/// A minimal HTTP/1.1 GET over a real socket.
fn http_get(address: &str, path: &str, headers: &[(&str, &str)]) -> (u16, String) {
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut request = format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, response)
}

#[test]
fn demo_seeds_once_prints_logins_and_serve_uses_the_same_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let demo = Server::start(&["demo"], dir.path());
    let (status, page) = http_get(&demo.address, "/", &[]);
    assert_eq!(status, 200);
    assert!(page.contains("Willkommen bei Lotse"));
    let address = demo.address.clone();
    let mut demo = demo;
    let status = demo_stop(&mut demo);
    assert!(status.success(), "SIGTERM ends the server gracefully: {status}");
    let printed = demo.stdout.clone();
    assert!(printed.contains(&format!("http://{address}/")), "prints the URL: {printed}");
    for role in ["admin", "coordinator", "counselor", "legal_reviewer", "streetworker"] {
        assert!(printed.contains(role), "a demo login for every role: {role}");
    }
    let token = printed.split_whitespace().find(|w| w.starts_with("lotse_")).expect("demo token").to_string();

    // A second start keeps the data and says so.
    let mut again = Server::start(&["demo"], dir.path());
    assert!(demo_stop(&mut again).success());
    assert!(again.stdout.contains("existing demo database"), "{}", again.stdout);

    // `serve` on the same folder serves the same database: the demo token still works.
    let mut serve = Server::start(&["serve"], dir.path());
    let (status, body) = http_get(&serve.address, "/api/v1/me", &[("Authorization", &bearer(&token))]);
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("admin@halle.example"));
    assert!(demo_stop(&mut serve).success());
}

fn demo_stop(server: &mut Server) -> std::process::ExitStatus {
    terminate(&server.child);
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            let mut out = String::new();
            server.child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
            server.stdout = out;
            return status;
        }
        assert!(Instant::now() < deadline, "server did not stop after SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[tokio::test]
async fn import_export_round_trip_on_the_command_line_and_the_server_notices() {
    let app = TestApp::new().await;
    let seed = format!("{}/../../seed", env!("CARGO_MANIFEST_DIR"));
    for name in ["articles-1.json", "articles-2.json", "articles-3.json", "articles-4.json", "directory-rumours.json"] {
        let output = lotse(&["import", &format!("{seed}/{name}")], &app.db.url, None);
        assert!(output.status.success(), "{name}: {}", stderr(&output));
    }
    // The running server picks the import up through the knowledge revision.
    assert!(app.state.sync_search_index().await.unwrap());
    let found = app.get("/api/v1/search?q=Einb%C3%BCrgerung&limit=1").await.json();
    assert_eq!(found["results"][0]["slug"], "einbuergerung", "{found}");

    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.json");
    let output = lotse(&["export", first.to_str().unwrap()], &app.db.url, None);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("36 articles, 37 directory entries and 16 rumours"), "{}", stderr(&output));

    let empty = TestApp::new().await;
    let output = lotse(&["import", first.to_str().unwrap()], &empty.db.url, None);
    assert!(output.status.success(), "{}", stderr(&output));
    let second = dir.path().join("second.json");
    assert!(lotse(&["export", second.to_str().unwrap()], &empty.db.url, None).status.success());
    assert_eq!(std::fs::read(&first).unwrap(), std::fs::read(&second).unwrap(), "byte-identical");

    // Importing it again is refused whole; a broken file names the problem; neither changes anything.
    let again = lotse(&["import", first.to_str().unwrap()], &empty.db.url, None);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("nothing was imported"), "{}", stderr(&again));
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, r#"{"format":"lotse.knowledge.v1","articles":[],"directory":[],"rumours":[],"x":1}"#)
        .unwrap();
    let output = lotse(&["import", broken.to_str().unwrap()], &empty.db.url, None);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("not a Lotse knowledge file"), "{}", stderr(&output));
    let third = dir.path().join("third.json");
    assert!(lotse(&["export", third.to_str().unwrap()], &empty.db.url, None).status.success());
    assert_eq!(std::fs::read(&first).unwrap(), std::fs::read(&third).unwrap());

    let output = lotse(&["reindex"], &empty.db.url, None);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("Indexed 144 texts of 36 published articles"), "{}", stderr(&output));
}

#[test]
fn assistant_settings_are_checked_and_eval_prints_json_last() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    };
    let cases = [
        ("typo.toml", "[ai]\nmode = \"local\"\nmodell = \"x\"\n", "unknown field `modell`"),
        ("nourl.toml", "[ai]\nmode = \"local\"\nmodel = \"m\"\n", "needs base_url"),
        (
            "plain.toml",
            "[ai]\nmode = \"external\"\nbase_url = \"http://api.example.eu/v1\"\nmodel = \"m\"\n",
            "https://",
        ),
        ("mode.toml", "[ai]\nmode = \"cloud\"\n", "must be off, extractive, local or external"),
        ("tenant.toml", "[ai.tenants.\"nope\"]\nmode = \"off\"\n", "must be a tenant id"),
        (
            "key.toml",
            "[ai]\nmode = \"local\"\nbase_url = \"http://127.0.0.1:9/v1\"\nmodel = \"m\"\napi_key_env = \"LOTSE_NO_SUCH_KEY_VAR\"\n",
            "not set",
        ),
    ];
    for (name, text, expected) in cases {
        let config = write(name, text);
        let data = dir.path().join(format!("data-{name}"));
        let output = Command::new(env!("CARGO_BIN_EXE_lotse"))
            .args(["--config", &config, "--data-dir", &data.display().to_string(), "migrate"])
            .output()
            .unwrap();
        assert!(!output.status.success(), "{name}");
        assert!(stderr(&output).contains(expected), "{name}: {}", stderr(&output));
        assert!(!data.join("lotse.db").exists(), "{name}: nothing was created");
    }
    // The evaluation commands end with one JSON object; a bad file is a clear error.
    let sample = format!("{}/../../eval/dev/guardrail.jsonl", env!("CARGO_MANIFEST_DIR"));
    let output = Command::new(env!("CARGO_BIN_EXE_lotse")).args(["eval", "guardrail", &sample]).output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let last = stdout(&output).lines().last().unwrap().to_string();
    let json: serde_json::Value = serde_json::from_str(&last).unwrap();
    assert!(json["accuracy"].as_f64().is_some() && json["recall"]["URGENT"].as_f64().is_some(), "{last}");
    let bad = write("bad.jsonl", "{\"id\":\"x\",\"text\":\"a\",\"label\":\"MAYBE\"}\n");
    let output = Command::new(env!("CARGO_BIN_EXE_lotse")).args(["eval", "guardrail", &bad]).output().unwrap();
    assert!(!output.status.success());
    assert!(stderr(&output).contains("line 1") && stderr(&output).contains("MAYBE"), "{}", stderr(&output));
    let pii = format!("{}/../../eval/dev/pii.jsonl", env!("CARGO_MANIFEST_DIR"));
    let output = Command::new(env!("CARGO_BIN_EXE_lotse")).args(["eval", "pii", &pii]).output().unwrap();
    let last = stdout(&output).lines().last().unwrap().to_string();
    let json: serde_json::Value = serde_json::from_str(&last).unwrap();
    assert!(json["recall"].as_f64().unwrap() > 0.9 && json["precision"].as_f64().unwrap() > 0.9, "{last}");
    // Retrieval without --data-dir runs on a fresh demo database.
    let kb = format!("{}/../../eval/dev/kb.jsonl", env!("CARGO_MANIFEST_DIR"));
    let output = Command::new(env!("CARGO_BIN_EXE_lotse"))
        .args(["eval", "retrieval", &kb])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let last = stdout(&output).lines().last().unwrap().to_string();
    let json: serde_json::Value = serde_json::from_str(&last).unwrap();
    assert!(json["recall_at_5"].as_f64().unwrap() >= 0.9 && json["mrr"].as_f64().unwrap() > 0.5, "{last}");
}
