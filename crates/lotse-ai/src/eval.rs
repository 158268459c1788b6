//! Evaluation of the three measurable parts against labelled JSONL sets (format: ../shared/eval/README.md):
//! personal data (span recall and precision, overall and per type), the guardrail (confusion matrix, per-label
//! recall) and retrieval (recall@5, MRR). Each report renders as text whose last line is one JSON object.

use crate::guard::{self, Label};
use crate::pii::{self, KnownPeople, PiiType};
use crate::retrieve;
use lotse_core::knowledge::ContentLang;
use lotse_search::SearchIndex;
use std::collections::BTreeMap;
use std::fmt::Write;

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("line {line}: {message}")]
    BadLine { line: usize, message: String },
    #[error("the file has no examples")]
    Empty,
}

fn parse_lines<T: serde::de::DeserializeOwned>(source: &str) -> Result<Vec<T>, EvalError> {
    let mut out = Vec::new();
    for (i, line) in source.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let item =
            serde_json::from_str(line).map_err(|e| EvalError::BadLine { line: i + 1, message: e.to_string() })?;
        out.push(item);
    }
    if out.is_empty() {
        return Err(EvalError::Empty);
    }
    Ok(out)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

// ---- personal data ----

#[derive(serde::Deserialize)]
struct PiiItem {
    id: String,
    #[serde(default)]
    lang: String,
    text: String,
    spans: Vec<GoldSpan>,
}

#[derive(serde::Deserialize)]
struct GoldSpan {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
}

#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    found: usize,
    detected: usize,
    correct: usize,
}

/// A detection finds a gold span when it covers at least half of the gold span.
fn covers(d: (usize, usize), g: (usize, usize)) -> bool {
    let overlap = d.1.min(g.1).saturating_sub(d.0.max(g.0));
    overlap * 2 >= g.1 - g.0 && overlap > 0
}

pub fn pii(source: &str) -> Result<String, EvalError> {
    let items: Vec<PiiItem> = parse_lines(source)?;
    let mut total = Counts::default();
    let mut per_type: BTreeMap<String, Counts> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut false_hits = Vec::new();
    for (n, item) in items.iter().enumerate() {
        let chars: Vec<char> = item.text.chars().collect();
        let slice = |s: usize, e: usize| chars[s.min(chars.len())..e.min(chars.len())].iter().collect::<String>();
        for g in &item.spans {
            if g.end <= g.start || g.end > chars.len() || PiiType::parse(&g.kind).is_none() {
                return Err(EvalError::BadLine {
                    line: n + 1,
                    message: format!("bad span {}..{} {}", g.start, g.end, g.kind),
                });
            }
        }
        let detected = pii::detect(&item.text, &KnownPeople::default());
        for g in &item.spans {
            let found = detected.iter().any(|d| covers((d.start, d.end), (g.start, g.end)));
            let c = per_type.entry(g.kind.clone()).or_default();
            c.gold += 1;
            total.gold += 1;
            if found {
                c.found += 1;
                total.found += 1;
            } else {
                misses.push(format!("{} [{}] missed {} {:?}", item.id, item.lang, g.kind, slice(g.start, g.end)));
            }
        }
        for d in &detected {
            let correct = item.spans.iter().any(|g| covers((d.start, d.end), (g.start, g.end)));
            let c = per_type.entry(d.kind.as_str().to_string()).or_default();
            c.detected += 1;
            total.detected += 1;
            if correct {
                c.correct += 1;
                total.correct += 1;
            } else {
                false_hits.push(format!("{} [{}] extra {} {:?}", item.id, item.lang, d.kind, slice(d.start, d.end)));
            }
        }
    }
    let mut out = String::new();
    let _ =
        writeln!(out, "personal data: {} texts, {} gold spans, {} detected", items.len(), total.gold, total.detected);
    let _ = writeln!(out, "{:<14} {:>5} {:>8} {:>9} {:>9}", "type", "gold", "recall", "detected", "precision");
    let mut json_types = serde_json::Map::new();
    for (kind, c) in &per_type {
        let (r, p) = (ratio(c.found, c.gold), ratio(c.correct, c.detected));
        let _ = writeln!(out, "{kind:<14} {:>5} {:>8.3} {:>9} {:>9.3}", c.gold, r, c.detected, p);
        json_types.insert(
            kind.clone(),
            serde_json::json!({"recall": round4(r), "precision": round4(p), "gold": c.gold, "detected": c.detected}),
        );
    }
    let (recall, precision) = (ratio(total.found, total.gold), ratio(total.correct, total.detected));
    let _ =
        writeln!(out, "{:<14} {:>5} {:>8.3} {:>9} {:>9.3}", "overall", total.gold, recall, total.detected, precision);
    for line in misses.iter().chain(false_hits.iter()).take(60) {
        let _ = writeln!(out, "  {line}");
    }
    let json = serde_json::json!({"recall": round4(recall), "precision": round4(precision), "per_type": json_types});
    let _ = write!(out, "{json}");
    Ok(out)
}

// ---- guardrail ----

#[derive(serde::Deserialize)]
struct GuardItem {
    id: String,
    #[serde(default)]
    lang: Option<String>,
    text: String,
    label: String,
}

pub fn guardrail(source: &str) -> Result<String, EvalError> {
    let items: Vec<GuardItem> = parse_lines(source)?;
    let mut confusion: BTreeMap<(Label, Label), usize> = BTreeMap::new();
    let mut wrong = Vec::new();
    let mut correct = 0;
    for (n, item) in items.iter().enumerate() {
        let gold = Label::parse(&item.label)
            .ok_or_else(|| EvalError::BadLine { line: n + 1, message: format!("unknown label {}", item.label) })?;
        let verdict = guard::classify_question(&item.text, item.lang.as_deref());
        *confusion.entry((gold, verdict.label)).or_default() += 1;
        if gold == verdict.label {
            correct += 1;
        } else {
            wrong.push(format!(
                "{} [{}] {} → {}: {}",
                item.id,
                item.lang.as_deref().unwrap_or("?"),
                gold.as_str(),
                verdict.label.as_str(),
                item.text
            ));
        }
    }
    let mut out = String::new();
    let _ = writeln!(out, "guardrail: {} questions (rows: gold, columns: predicted)", items.len());
    let _ = write!(out, "{:<17}", "");
    for p in Label::ALL {
        let _ = write!(out, "{:>17}", p.as_str());
    }
    let _ = writeln!(out, "{:>9}", "recall");
    let mut recalls = serde_json::Map::new();
    for g in Label::ALL {
        let _ = write!(out, "{:<17}", g.as_str());
        let mut row_total = 0;
        for p in Label::ALL {
            let c = confusion.get(&(g, p)).copied().unwrap_or(0);
            row_total += c;
            let _ = write!(out, "{c:>17}");
        }
        let r = ratio(confusion.get(&(g, g)).copied().unwrap_or(0), row_total);
        let _ = writeln!(out, "{r:>9.3}");
        recalls.insert(g.as_str().to_string(), serde_json::json!(round4(r)));
    }
    let accuracy = ratio(correct, items.len());
    let _ = writeln!(out, "accuracy {accuracy:.3}");
    for line in wrong.iter().take(60) {
        let _ = writeln!(out, "  {line}");
    }
    let json = serde_json::json!({"accuracy": round4(accuracy), "recall": recalls});
    let _ = write!(out, "{json}");
    Ok(out)
}

// ---- retrieval ----

#[derive(serde::Deserialize)]
struct KbItem {
    id: String,
    #[serde(default)]
    lang: Option<String>,
    text: String,
    topic: String,
}

pub async fn retrieval(
    source: &str,
    index: &SearchIndex,
    embeddings: Option<&crate::provider::Provider>,
) -> Result<String, EvalError> {
    let cache = retrieve::EmbeddingCache::new();
    let items: Vec<KbItem> = parse_lines(source)?;
    let mut hits_at_5 = 0;
    let mut reciprocal = 0.0;
    let mut out = String::new();
    let mut per_lang: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut lines = Vec::new();
    for item in &items {
        let lang = item.lang.as_deref().and_then(ContentLang::parse);
        let r = retrieve::retrieve(index, &item.text, lang, 10, embeddings.map(|p| (p, &cache))).await;
        if let Some(e) = &r.embedding_error {
            let _ = writeln!(out, "  {}: embeddings failed ({e}); BM25 only", item.id);
        }
        let rank = r.passages.iter().position(|p| p.topic == item.topic).map(|i| i + 1);
        let e = per_lang.entry(item.lang.clone().unwrap_or_else(|| "?".into())).or_default();
        e.1 += 1;
        if let Some(rank) = rank {
            reciprocal += 1.0 / rank as f64;
            if rank <= 5 {
                hits_at_5 += 1;
                e.0 += 1;
            }
        }
        let top: Vec<&str> = r.passages.iter().take(3).map(|p| p.slug.as_str()).collect();
        lines.push(format!(
            "  {} [{}] {} rank {} top {:?}",
            item.id,
            item.lang.as_deref().unwrap_or("?"),
            item.topic,
            rank.map(|r| r.to_string()).unwrap_or_else(|| "-".into()),
            top
        ));
    }
    let recall = ratio(hits_at_5, items.len());
    let mrr = reciprocal / items.len() as f64;
    let _ = writeln!(out, "retrieval: {} questions, {} indexed texts", items.len(), index.len());
    for (lang, (h, n)) in &per_lang {
        let _ = writeln!(out, "  {lang}: recall@5 {:.3} ({h}/{n})", ratio(*h, *n));
    }
    for l in lines {
        let _ = writeln!(out, "{l}");
    }
    let _ = writeln!(out, "recall@5 {recall:.3}  MRR {mrr:.3}");
    let json = serde_json::json!({"recall_at_5": round4(recall), "mrr": round4(mrr)});
    let _ = write!(out, "{json}");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_of_the_gold_span_counts() {
        assert!(covers((0, 5), (0, 10)));
        assert!(!covers((0, 4), (0, 10)));
        assert!(covers((0, 20), (5, 10)));
        assert!(!covers((10, 20), (0, 10)));
    }

    #[test]
    fn reports_end_in_json_and_reject_bad_lines() {
        let report = guardrail(r#"{"id":"a","lang":"de","text":"Mein Mann schlägt mich.","label":"URGENT"}"#)
            .unwrap_or_default();
        let last = report.lines().last().unwrap_or_default();
        let v: serde_json::Value = serde_json::from_str(last).unwrap_or_default();
        assert_eq!(v["recall"]["URGENT"], serde_json::json!(1.0));
        assert!(matches!(guardrail("{not json}"), Err(EvalError::BadLine { line: 1, .. })));
        assert!(matches!(pii(""), Err(EvalError::Empty)));
    }
}
