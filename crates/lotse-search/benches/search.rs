//! Search latency benchmark (not a test): a synthetic corpus of 10,000 published German articles whose words are
//! drawn from the real seed texts, searched with 2,000 deterministic queries through the tantivy [`SearchIndex`] and,
//! when `LOTSE_BENCH_DATABASE_URL` is set, through PostgreSQL full-text search (tsvector + GIN) for comparison.
//!
//!   cargo bench -p lotse-search --bench search     # tantivy only
//!   bench/search.sh                                # with a throwaway PostgreSQL
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use lotse_core::ArticleId;
use lotse_core::case::Topic;
use lotse_core::knowledge::{
    Article, ArticleStatus, ArticleVersion, ContentLang, Jurisdiction, LegalReference, Translation,
};
use lotse_search::{SearchIndex, SearchRequest};
use sqlx::Connection;
use std::collections::{BTreeSet, HashMap};
use std::hint::black_box;
use std::time::{Duration, Instant};

const ARTICLES: usize = 10_000;
const QUERIES: usize = 2_000;
const WARMUP: usize = 200;
/// Share of articles that also get an English translation, in percent.
const ENGLISH_PERCENT: u64 = 10;
const LIMIT: usize = 10;
/// Rows per INSERT when loading PostgreSQL.
const BATCH: usize = 500;

// --- deterministic randomness ----------------------------------------------------------------------------------

/// xorshift64*; good enough for picking words, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn percent(&mut self, p: u64) -> bool {
        self.next() % 100 < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// --- vocabulary from the seed -----------------------------------------------------------------------------------

struct Vocabulary {
    /// Every German word of the seed texts in order, repeated as often as it occurs: sampling from it gives the real
    /// word frequencies.
    german: Vec<String>,
    /// The same for the English translations.
    english: Vec<String>,
    /// Distinct German words of three letters or more; queries are drawn from these.
    query_words: Vec<String>,
    legal_references: Vec<LegalReference>,
    seed_articles: usize,
}

fn words(text: &str, into: &mut Vec<String>) {
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if !w.is_empty() && w.chars().all(char::is_alphabetic) {
            into.push(w.to_string());
        }
    }
}

fn vocabulary() -> Vocabulary {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seed");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("articles-") && n.ends_with(".json"))
        })
        .collect();
    files.sort();
    let mut german = Vec::new();
    let mut english = Vec::new();
    let mut legal_references = Vec::new();
    let mut seed_articles = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for article in json["articles"].as_array().into_iter().flatten() {
            seed_articles += 1;
            let version = &article["versions"][0];
            for field in ["title", "summary", "body"] {
                words(version[field].as_str().unwrap_or_default(), &mut german);
            }
            for r in version["legal_references"].as_array().into_iter().flatten() {
                let s = |k: &str| r[k].as_str().unwrap_or_default().to_string();
                legal_references.push(LegalReference { law: s("law"), section: s("section"), url: s("url") });
            }
            for t in article["translations"].as_array().into_iter().flatten() {
                if t["lang"].as_str() == Some("en") {
                    for field in ["title", "summary", "body"] {
                        words(t[field].as_str().unwrap_or_default(), &mut english);
                    }
                }
            }
        }
    }
    assert!(!german.is_empty() && !english.is_empty(), "no seed texts found in {}", dir.display());
    let query_words: Vec<String> =
        german.iter().filter(|w| w.chars().count() >= 3).cloned().collect::<BTreeSet<_>>().into_iter().collect();
    Vocabulary { german, english, query_words, legal_references, seed_articles }
}

// --- synthetic corpus -------------------------------------------------------------------------------------------

/// `count` words from `bag` as sentences of 6–14 words; a blank line every 3–5 sentences when `paragraphs`.
fn text(rng: &mut Rng, bag: &[String], count: usize, paragraphs: bool) -> String {
    let mut out = String::with_capacity(count * 9);
    let mut sentence_left = rng.between(6, 14);
    let mut paragraph_left = rng.between(3, 5);
    for i in 0..count {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(rng.pick(bag).as_str());
        sentence_left -= 1;
        if sentence_left == 0 && i + 1 < count {
            out.push('.');
            sentence_left = rng.between(6, 14);
            paragraph_left -= 1;
            if paragraphs && paragraph_left == 0 {
                out.push('\n');
                paragraph_left = rng.between(3, 5);
            }
        }
    }
    out.push('.');
    out
}

fn at() -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_795_680_000).unwrap()
}

fn corpus(vocab: &Vocabulary) -> Vec<Article> {
    let mut rng = Rng::new(0x1075_E5EA_2C4B_E4C4);
    (0..ARTICLES)
        .map(|i| {
            let topic = *rng.pick(Topic::ALL);
            let jurisdiction = match rng.below(10) {
                0 => Jurisdiction::Municipality,
                1 | 2 => Jurisdiction::State,
                _ => Jurisdiction::Federal,
            };
            let refs = rng.below(3);
            let legal_references = (0..refs).map(|_| rng.pick(&vocab.legal_references).clone()).collect();
            let title = {
                let n = rng.between(5, 10);
                text(&mut rng, &vocab.german, n, false)
            };
            let summary = {
                let n = rng.between(20, 40);
                text(&mut rng, &vocab.german, n, false)
            };
            let body = {
                let n = rng.between(250, 400);
                text(&mut rng, &vocab.german, n, true)
            };
            let translations = if rng.percent(ENGLISH_PERCENT) {
                let (t, s, b) = (rng.between(5, 10), rng.between(20, 40), rng.between(250, 400));
                vec![Translation {
                    lang: ContentLang::En,
                    revision: 1,
                    source_version: 1,
                    title: text(&mut rng, &vocab.english, t, false),
                    summary: text(&mut rng, &vocab.english, s, false),
                    body: text(&mut rng, &vocab.english, b, true),
                    translator: "Bench".into(),
                    created_at: at(),
                }]
            } else {
                vec![]
            };
            Article {
                id: Some(ArticleId::generate()),
                slug: format!("bench-{i:05}"),
                topic,
                jurisdiction,
                jurisdiction_area: None,
                status: ArticleStatus::Published,
                published_version: Some(1),
                review_due: Some(jiff::civil::date(2027, 11, 26)),
                versions: vec![ArticleVersion {
                    version: 1,
                    title,
                    summary,
                    body,
                    legal_references,
                    sources: vec![],
                    author: "Bench".into(),
                    created_at: at(),
                }],
                reviews: vec![],
                translations,
            }
        })
        .collect()
}

// --- queries ----------------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind {
    OneWord,
    TwoWords,
    ThreeWords,
    Typo,
}

impl Kind {
    const ALL: [Kind; 4] = [Kind::OneWord, Kind::TwoWords, Kind::ThreeWords, Kind::Typo];

    fn name(self) -> &'static str {
        match self {
            Kind::OneWord => "one word",
            Kind::TwoWords => "two words",
            Kind::ThreeWords => "three words",
            Kind::Typo => "typo (1 word)",
        }
    }
}

struct BenchQuery {
    text: String,
    kind: Kind,
}

/// Swaps two adjacent, different letters.
fn with_typo(rng: &mut Rng, word: &str) -> Option<String> {
    let mut chars: Vec<char> = word.chars().collect();
    if chars.len() < 2 {
        return None;
    }
    let start = rng.below(chars.len() - 1);
    for k in 0..chars.len() - 1 {
        let i = (start + k) % (chars.len() - 1);
        if chars[i] != chars[i + 1] {
            chars.swap(i, i + 1);
            return Some(chars.into_iter().collect());
        }
    }
    None
}

/// 60 % one word (a tenth of them with a typo), 30 % two words, 10 % three words.
fn queries(vocab: &Vocabulary, seed: u64, count: usize) -> Vec<BenchQuery> {
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|_| {
            let roll = rng.below(100);
            let n = if roll < 60 {
                1
            } else if roll < 90 {
                2
            } else {
                3
            };
            let picked: Vec<&str> = (0..n).map(|_| rng.pick(&vocab.query_words).as_str()).collect();
            let text = picked.join(" ");
            if n == 1
                && rng.percent(10)
                && let Some(typo) = with_typo(&mut rng, &text)
            {
                return BenchQuery { text: typo, kind: Kind::Typo };
            }
            let kind = match n {
                1 => Kind::OneWord,
                2 => Kind::TwoWords,
                _ => Kind::ThreeWords,
            };
            BenchQuery { text, kind }
        })
        .collect()
}

// --- figures ----------------------------------------------------------------------------------------------------

struct Stats {
    count: usize,
    p50: f64,
    p90: f64,
    p99: f64,
    max: f64,
    mean: f64,
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Nearest-rank percentiles, in milliseconds.
fn stats(times: &[Duration]) -> Stats {
    let mut sorted: Vec<f64> = times.iter().copied().map(ms).collect();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len().max(1);
    let rank = |p: f64| sorted.get(((p / 100.0 * n as f64).ceil() as usize).clamp(1, n) - 1).copied().unwrap_or(0.0);
    Stats {
        count: sorted.len(),
        p50: rank(50.0),
        p90: rank(90.0),
        p99: rank(99.0),
        max: sorted.last().copied().unwrap_or(0.0),
        mean: sorted.iter().sum::<f64>() / n as f64,
    }
}

struct Measurement {
    times: Vec<(Kind, Duration)>,
    /// Queries with at least one hit.
    with_hits: usize,
}

impl Measurement {
    fn all(&self) -> Stats {
        stats(&self.times.iter().map(|t| t.1).collect::<Vec<_>>())
    }

    fn of(&self, kind: Kind) -> Stats {
        stats(&self.times.iter().filter(|t| t.0 == kind).map(|t| t.1).collect::<Vec<_>>())
    }
}

const HEADER: &str = "  count   p50_ms   p90_ms   p99_ms   max_ms  mean_ms";

fn row(s: &Stats) -> String {
    format!("{:>7} {:>8.3} {:>8.3} {:>8.3} {:>8.3} {:>8.3}", s.count, s.p50, s.p90, s.p99, s.max, s.mean)
}

fn report(engine: &str, m: &Measurement) {
    println!("{engine}: {} of {} queries found something", m.with_hits, m.times.len());
    println!("  {:<16}{HEADER}", "kind");
    println!("  {:<16}{}", "all", row(&m.all()));
    for kind in Kind::ALL {
        println!("  {:<16}{}", kind.name(), row(&m.of(kind)));
    }
}

// --- tantivy ----------------------------------------------------------------------------------------------------

fn request(q: &BenchQuery) -> SearchRequest {
    SearchRequest { lang: Some(ContentLang::De), limit: LIMIT, ..SearchRequest::new(q.text.as_str()) }
}

fn tantivy(articles: &[Article], warmup: &[BenchQuery], queries: &[BenchQuery]) -> (Measurement, Duration, u64) {
    let index = SearchIndex::new().unwrap();
    let started = Instant::now();
    index.rebuild(articles, &|_, _| {}).unwrap();
    let build = started.elapsed();
    let docs = index.len();
    println!("tantivy: indexed {} articles as {docs} documents in {:.2} s", articles.len(), build.as_secs_f64());
    for q in warmup {
        black_box(index.search(&request(q)).unwrap());
    }
    let mut times = Vec::with_capacity(queries.len());
    let mut with_hits = 0;
    for q in queries {
        let req = request(q);
        let started = Instant::now();
        let results = index.search(&req).unwrap();
        let elapsed = started.elapsed();
        if !results.hits.is_empty() {
            with_hits += 1;
        }
        black_box(results);
        times.push((q.kind, elapsed));
    }
    (Measurement { times, with_hits }, build, docs)
}

// --- PostgreSQL -------------------------------------------------------------------------------------------------

const SETUP: &str = "
CREATE SCHEMA IF NOT EXISTS lotse_bench;
DROP TABLE IF EXISTS lotse_bench.bench_articles;
CREATE TABLE lotse_bench.bench_articles (
    id integer PRIMARY KEY,
    title text NOT NULL,
    summary text NOT NULL,
    body text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('german', title), 'A') ||
        setweight(to_tsvector('german', summary), 'B') ||
        setweight(to_tsvector('german', body), 'C')
    ) STORED
);";

const INSERT: &str = "INSERT INTO lotse_bench.bench_articles (id, title, summary, body)
SELECT * FROM UNNEST($1::integer[], $2::text[], $3::text[], $4::text[])";

const GIN: &str = "CREATE INDEX bench_articles_tsv ON lotse_bench.bench_articles USING GIN (tsv)";

const SEARCH: &str = "SELECT id, ts_rank(tsv, q) AS r FROM lotse_bench.bench_articles, websearch_to_tsquery('german', $1) q \
     WHERE tsv @@ q ORDER BY r DESC LIMIT 10";

async fn postgres(
    url: &str,
    articles: &[Article],
    warmup: &[BenchQuery],
    queries: &[BenchQuery],
) -> Result<Measurement, sqlx::Error> {
    let mut conn = sqlx::PgConnection::connect(url).await?;
    let version: String = sqlx::query_scalar("SHOW server_version").fetch_one(&mut conn).await?;
    println!("postgres: server {version}");
    sqlx::raw_sql(SETUP).execute(&mut conn).await?;

    let started = Instant::now();
    let mut tx = conn.begin().await?;
    for (n, chunk) in articles.chunks(BATCH).enumerate() {
        let mut ids = Vec::with_capacity(chunk.len());
        let mut titles = Vec::with_capacity(chunk.len());
        let mut summaries = Vec::with_capacity(chunk.len());
        let mut bodies = Vec::with_capacity(chunk.len());
        for (i, a) in chunk.iter().enumerate() {
            let v = &a.versions[0];
            ids.push(i32::try_from(n * BATCH + i).unwrap());
            titles.push(v.title.as_str());
            summaries.push(v.summary.as_str());
            bodies.push(v.body.as_str());
        }
        sqlx::query(INSERT).bind(ids).bind(titles).bind(summaries).bind(bodies).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    let load = started.elapsed();
    let started = Instant::now();
    sqlx::raw_sql(GIN).execute(&mut conn).await?;
    let gin = started.elapsed();
    let started = Instant::now();
    sqlx::raw_sql("ANALYZE lotse_bench.bench_articles").execute(&mut conn).await?;
    let analyze = started.elapsed();
    let size: String =
        sqlx::query_scalar("SELECT pg_size_pretty(pg_total_relation_size('lotse_bench.bench_articles'))")
            .fetch_one(&mut conn)
            .await?;
    println!(
        "postgres: loaded {} rows in {:.2} s (INSERT of {BATCH} rows each, tsvector computed on insert), \
         GIN index in {:.2} s, ANALYZE in {:.2} s; table with indexes {size}",
        articles.len(),
        load.as_secs_f64(),
        gin.as_secs_f64(),
        analyze.as_secs_f64()
    );

    for q in warmup {
        black_box(sqlx::query(SEARCH).bind(q.text.as_str()).fetch_all(&mut conn).await?);
    }
    let mut times = Vec::with_capacity(queries.len());
    let mut with_hits = 0;
    for q in queries {
        let started = Instant::now();
        let rows = sqlx::query(SEARCH).bind(q.text.as_str()).fetch_all(&mut conn).await?;
        let elapsed = started.elapsed();
        if !rows.is_empty() {
            with_hits += 1;
        }
        black_box(rows);
        times.push((q.kind, elapsed));
    }

    sqlx::raw_sql("DROP TABLE lotse_bench.bench_articles").execute(&mut conn).await?;
    // Only removes the schema when nothing else lives in it.
    let _ = sqlx::raw_sql("DROP SCHEMA lotse_bench RESTRICT").execute(&mut conn).await;
    conn.close().await?;
    Ok(Measurement { times, with_hits })
}

// --- main -------------------------------------------------------------------------------------------------------

fn main() {
    let vocab = vocabulary();
    println!(
        "vocabulary: {} German words ({} distinct of 3+ letters for queries) and {} English words from {} seed articles",
        vocab.german.len(),
        vocab.query_words.len(),
        vocab.english.len(),
        vocab.seed_articles
    );
    let started = Instant::now();
    let articles = corpus(&vocab);
    let english = articles.iter().filter(|a| !a.translations.is_empty()).count();
    let words: usize = articles
        .iter()
        .map(|a| {
            let v = &a.versions[0];
            [&v.title, &v.summary, &v.body].iter().map(|t| t.split_whitespace().count()).sum::<usize>()
        })
        .sum();
    println!(
        "corpus: {} published German articles ({} words, {:.0} per article), {english} with an English translation, \
         generated in {:.2} s",
        articles.len(),
        words,
        words as f64 / articles.len() as f64,
        started.elapsed().as_secs_f64()
    );
    let warmup = queries(&vocab, 0x0000_00AA_57E0_0001, WARMUP);
    let measured = queries(&vocab, 0x0000_00B0_0B1E_5EED, QUERIES);
    let mut kinds: HashMap<Kind, usize> = HashMap::new();
    for q in &measured {
        *kinds.entry(q.kind).or_default() += 1;
    }
    let examples: Vec<&str> = measured.iter().take(6).map(|q| q.text.as_str()).collect();
    println!(
        "queries: {QUERIES} measured after {WARMUP} warm-up, limit {LIMIT}, lang de: {}; e.g. {examples:?}",
        Kind::ALL
            .iter()
            .map(|k| format!("{} {}", kinds.get(k).copied().unwrap_or(0), k.name()))
            .collect::<Vec<_>>()
            .join(", "),
    );
    println!();

    let (tantivy, build, docs) = tantivy(&articles, &warmup, &measured);
    report("tantivy", &tantivy);
    println!();

    let postgres = match std::env::var("LOTSE_BENCH_DATABASE_URL") {
        Ok(url) if !url.is_empty() => {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            let m = runtime
                .block_on(postgres(&url, &articles, &warmup, &measured))
                .unwrap_or_else(|e| panic!("postgres benchmark failed: {e}"));
            report("postgres", &m);
            Some(m)
        }
        _ => {
            println!(
                "postgres: skipped (LOTSE_BENCH_DATABASE_URL is not set; bench/search.sh starts a throwaway server)"
            );
            None
        }
    };

    println!();
    println!("== search latency, {ARTICLES} articles, {QUERIES} queries, one at a time (ms)");
    println!("{:<10}{HEADER}   hits", "engine");
    println!("{:<10}{}   {}", "tantivy", row(&tantivy.all()), tantivy.with_hits);
    match &postgres {
        Some(m) => println!("{:<10}{}   {}", "postgres", row(&m.all()), m.with_hits),
        None => println!("{:<10}  skipped", "postgres"),
    }
    println!("tantivy index: {docs} documents built in {:.2} s", build.as_secs_f64());
}
