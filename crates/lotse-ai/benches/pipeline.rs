//! The assistant without a language model: pseudonymise, retrieve, guard, verify citations — per question,
//! p50/p99 over the sample questions — and pseudonymisation throughput in MB/s: over the PII evaluation notes (one
//! finding every ~56 bytes, the hard case), the same notes as ~4 KB documents, and client questions.
//!
//! `cargo bench -p lotse-ai --bench pipeline` (targets: p99 ≤ 10 ms, throughput ≥ 20 MB/s). Throughput is
//! measured on one thread, and for the notes also on one thread per core at once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use lotse_ai::assistant::{check_citations, extractive_answer};
use lotse_ai::{KnownPeople, Mapping};
use lotse_core::ArticleId;
use lotse_core::knowledge::{ContentLang, KnowledgeDocument};
use lotse_search::SearchIndex;
use std::time::{Duration, Instant};

fn index() -> SearchIndex {
    let index = SearchIndex::new().unwrap_or_else(|e| panic!("{e}"));
    let mut articles = Vec::new();
    for file in ["articles-1.json", "articles-2.json", "articles-3.json", "articles-4.json"] {
        let path = format!("{}/../../seed/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}"));
        let doc: KnowledgeDocument = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
        for mut a in doc.articles {
            a.id = Some(ArticleId::generate());
            articles.push(a);
        }
    }
    index.rebuild(&articles, &|_, _| {}).unwrap_or_else(|e| panic!("{e}"));
    index
}

/// Every "text" of the JSONL files given (or of ../shared/eval and eval/dev when none are).
fn texts(files: &[String]) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    for f in files {
        let Ok(source) = std::fs::read_to_string(f) else { continue };
        for line in source.lines() {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line)
                && let Some(t) = v["text"].as_str()
            {
                out.push((t.to_string(), v["lang"].as_str().map(str::to_string)));
            }
        }
    }
    out
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() {
    let root = format!("{}/../..", env!("CARGO_MANIFEST_DIR"));
    let question_files: Vec<String> = [
        "../shared/eval/kb_questions.jsonl",
        "../shared/eval/guardrail.jsonl",
        "eval/dev/kb.jsonl",
        "eval/dev/guardrail.jsonl",
    ]
    .iter()
    .map(|f| format!("{root}/{f}"))
    .collect();
    let note_files: Vec<String> =
        ["../shared/eval/pii.jsonl", "eval/dev/pii.jsonl"].iter().map(|f| format!("{root}/{f}")).collect();
    let questions = texts(&question_files);
    let notes = texts(&note_files);
    assert!(!questions.is_empty() && !notes.is_empty(), "no evaluation texts found under {root}");
    let index = index();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let mut known = KnownPeople::new();
    known.add(&["Amira Haddad", "Umm Yusuf"]);
    known.add(&["Olena Koval", "Олена Коваль"]);

    // Warm-up: word lists, regexes and the index's caches.
    for (q, _) in questions.iter().take(20) {
        let mut m = Mapping::new();
        let _ = m.pseudonymise(q, &known);
    }
    let rounds = if std::env::var_os("LOTSE_BENCH_PII_ONLY").is_some() { 0 } else { 20 };
    let mut times = Vec::with_capacity(questions.len() * rounds);
    runtime.block_on(async {
        for _ in 0..rounds {
            for (q, lang) in &questions {
                let started = Instant::now();
                let mut mapping = Mapping::new();
                let pseudo = mapping.pseudonymise(q, &known);
                let verdict = lotse_ai::guard::classify(&pseudo.text, lang.as_deref());
                let lang = lang.as_deref().and_then(ContentLang::parse);
                let retrieval = lotse_ai::retrieve::retrieve(&index, &pseudo.text, lang, 4, None).await;
                let (answer, _) = extractive_answer(&retrieval.passages, 2);
                let checked = check_citations(&answer, retrieval.passages.len());
                let restored = mapping.restore(&answer);
                times.push(started.elapsed());
                let _ = std::hint::black_box((verdict, checked.is_ok(), restored));
            }
        }
    });
    times.sort();
    if times.is_empty() {
        times.push(Duration::ZERO);
    }
    let mean: Duration = times.iter().sum::<Duration>() / times.len() as u32;
    println!(
        "pipeline without LLM (pseudonymise, guard, retrieve, extractive answer, citation check, restore): {} runs over {} questions",
        times.len(),
        questions.len()
    );
    println!(
        "  p50 {:.2} ms  p90 {:.2} ms  p99 {:.2} ms  max {:.2} ms  mean {:.2} ms",
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.9).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3,
        mean.as_secs_f64() * 1e3
    );

    // Throughput: the same texts again and again (~8 MB per run), one mapping per text (as per conversation),
    // with case knowledge. This machine's speed varies from run to run: each figure is taken five times and the
    // best and the median are shown.
    let single = |texts: &[String]| -> (f64, usize) {
        let bytes: usize = texts.iter().map(String::len).sum();
        let repeats = (8 * 1024 * 1024) / bytes + 1;
        let started = Instant::now();
        let mut replaced = 0usize;
        for _ in 0..repeats {
            for text in texts {
                let mut m = Mapping::new();
                replaced += m.pseudonymise(text, &known).used.len();
            }
        }
        ((bytes * repeats) as f64 / 1e6 / started.elapsed().as_secs_f64(), replaced)
    };
    // Several conversations at once, as a server meets them: one thread per core, each with its own texts.
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let parallel = |texts: &[String]| -> (f64, usize) {
        let bytes: usize = texts.iter().map(String::len).sum();
        let per_thread = ((8 * 1024 * 1024) / bytes + 1).div_ceil(threads);
        let started = Instant::now();
        let replaced: usize = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut replaced = 0usize;
                        for _ in 0..per_thread {
                            for text in texts {
                                let mut m = Mapping::new();
                                replaced += m.pseudonymise(text, &known).used.len();
                            }
                        }
                        replaced
                    })
                })
                .collect();
            workers.into_iter().map(|w| w.join().unwrap()).sum()
        });
        ((bytes * per_thread * threads) as f64 / 1e6 / started.elapsed().as_secs_f64(), replaced)
    };
    let report = |what: &str, texts: &[String], run: &dyn Fn(&[String]) -> (f64, usize)| {
        let mut rates = Vec::new();
        let mut replaced = 0;
        for _ in 0..5 {
            let (rate, r) = run(texts);
            rates.push(rate);
            replaced = r;
        }
        rates.sort_by(f64::total_cmp);
        let bytes: usize = texts.iter().map(String::len).sum();
        println!(
            "pseudonymisation, {what}: best {:.1} MB/s, median {:.1} MB/s ({} texts, {:.0} bytes each on average, {} placeholders per run)",
            rates[4],
            rates[2],
            texts.len(),
            bytes as f64 / texts.len() as f64,
            replaced
        );
    };
    let note_texts: Vec<String> = notes.iter().map(|(t, _)| t.clone()).collect();
    // The same notes as longer documents (case files, mail threads): joined into ~4 KB pieces.
    let mut documents = Vec::new();
    let mut current = String::new();
    for note in &note_texts {
        current.push_str(note);
        current.push_str("\n\n");
        if current.len() >= 4096 {
            documents.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        documents.push(current);
    }
    let question_texts: Vec<String> = questions.iter().map(|(t, _)| t.clone()).collect();
    report("PII evaluation notes (dense with personal data), one thread", &note_texts, &single);
    if threads > 1 {
        report(&format!("PII evaluation notes, {threads} threads at once (in all)"), &note_texts, &parallel);
    }
    report("the notes as ~4 KB documents, one thread", &documents, &single);
    report("client questions (guardrail and knowledge sets), one thread", &question_texts, &single);
}
