//! Finding the verified passages for a question: BM25 over the published articles in the question's language
//! (German texts are always searched too), German terms from the glossary for languages the articles are not
//! translated into, and — when the provider offers embeddings — nearest texts by meaning. The lists are fused by
//! reciprocal rank. Every passage carries its article id and version, which is what a citation points to.

use crate::patterns::PatternSet;
use crate::provider::{EmbedKind, Provider, ProviderError};
use crate::text;
use lotse_core::case::Topic;
use lotse_core::knowledge::ContentLang;
use lotse_search::{IndexedText, SearchIndex, SearchRequest};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// A passage of a published article, numbered for citation (`[1]` is the first).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Passage {
    pub n: usize,
    pub article_id: String,
    pub slug: String,
    pub version: u32,
    pub lang: String,
    pub topic: String,
    pub title: String,
    pub text: String,
    pub score: f32,
}

/// The glossary of a language: words of the question → German search terms.
fn glossary(lang: ContentLang) -> Option<&'static PatternSet> {
    static SETS: OnceLock<HashMap<&'static str, PatternSet>> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        let sources: [(&str, &str); 6] = [
            ("en", include_str!("../data/glossary/en.txt")),
            ("ar", include_str!("../data/glossary/ar.txt")),
            ("uk", include_str!("../data/glossary/uk.txt")),
            ("ru", include_str!("../data/glossary/ru.txt")),
            ("tr", include_str!("../data/glossary/tr.txt")),
            ("fa", include_str!("../data/glossary/fa.txt")),
        ];
        sources
            .into_iter()
            .map(|(l, s)| {
                let mut set = PatternSet::new();
                set.add_tabbed(s);
                (l, set)
            })
            .collect()
    });
    sets.get(lang.as_str())
}

/// German terms for a question in another language.
pub fn german_terms(question: &str, lang: ContentLang) -> Vec<String> {
    let Some(set) = glossary(lang) else { return vec![] };
    let tokens = text::tokens(question);
    let mut out: Vec<String> = Vec::new();
    for hit in set.find(&tokens) {
        for term in hit.pattern.payload.split_whitespace() {
            if !out.iter().any(|t| t == term) {
                out.push(term.to_string());
            }
        }
    }
    out
}

/// Embeddings of the indexed texts, kept per article version and language.
#[derive(Default)]
pub struct EmbeddingCache {
    vectors: Mutex<HashMap<(String, u32, String), Vec<f32>>>,
}

impl EmbeddingCache {
    pub fn new() -> Self {
        Self::default()
    }
}

fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let (mut dot, mut na, mut nb) = (0.0f32, 0.0f32, 0.0f32);
    for (x, y) in a.iter().zip(b) {
        dot += x * y;
        na += x * x;
        nb += y * y;
    }
    if na == 0.0 || nb == 0.0 { 0.0 } else { dot / (na.sqrt() * nb.sqrt()) }
}

/// The texts that stand for an article: one per language.
struct Candidate {
    article_id: String,
    slug: String,
    version: u32,
    lang: ContentLang,
    topic: Topic,
    title: String,
    passage: String,
}

const RRF_K: f32 = 60.0;

pub struct Retrieval {
    pub passages: Vec<Passage>,
    /// Request bodies sent to the embedding provider, if any.
    pub sent: Vec<String>,
    /// Set when embeddings were wanted but failed (retrieval went on with BM25 only).
    pub embedding_error: Option<ProviderError>,
}

/// Which language version of an article to quote to a reader of `lang`.
fn preference(doc: ContentLang, reader: ContentLang) -> u8 {
    if doc == reader {
        0
    } else if doc == ContentLang::En && !matches!(reader, ContentLang::De | ContentLang::DeSimple) {
        2
    } else if doc == ContentLang::De {
        1
    } else if doc == ContentLang::DeSimple {
        3
    } else {
        4
    }
}

/// Retrieves up to `k` passages for a (pseudonymised) question.
pub async fn retrieve(
    index: &SearchIndex,
    question: &str,
    lang: Option<ContentLang>,
    k: usize,
    embeddings: Option<(&Provider, &EmbeddingCache)>,
) -> Retrieval {
    let question = crate::pseudonym::without_placeholders(question);
    let question = question.as_ref();
    let lang = lang.unwrap_or_else(|| lotse_search::analysis::guess_language(question));
    let mut fused: HashMap<String, f32> = HashMap::new();
    let mut texts: HashMap<String, Vec<Candidate>> = HashMap::new();
    let mut add = |rank: usize, weight: f32, c: Candidate, fused: &mut HashMap<String, f32>| {
        *fused.entry(c.article_id.clone()).or_default() += weight / (RRF_K + rank as f32 + 1.0);
        texts.entry(c.article_id.clone()).or_default().push(c);
    };
    let deep = k.max(5) * 2;
    let bm25 = |text: &str, l: ContentLang| {
        let request = SearchRequest { lang: Some(l), limit: deep, passage_chars: 700, ..SearchRequest::new(text) };
        index.search(&request).map(|r| r.hits).unwrap_or_default()
    };
    for (rank, hit) in bm25(question, lang).into_iter().enumerate() {
        let c = Candidate {
            article_id: hit.article_id,
            slug: hit.slug,
            version: hit.version,
            lang: hit.lang,
            topic: hit.topic,
            title: hit.title,
            passage: hit.snippet,
        };
        add(rank, 1.0, c, &mut fused);
    }
    let terms = german_terms(question, lang);
    if !terms.is_empty() {
        for (rank, hit) in bm25(&terms.join(" "), ContentLang::De).into_iter().enumerate() {
            let c = Candidate {
                article_id: hit.article_id,
                slug: hit.slug,
                version: hit.version,
                lang: hit.lang,
                topic: hit.topic,
                title: hit.title,
                passage: hit.snippet,
            };
            add(rank, 1.0, c, &mut fused);
        }
    }
    let mut sent = Vec::new();
    let mut embedding_error = None;
    if let Some((provider, cache)) = embeddings.filter(|(p, _)| p.has_embeddings()) {
        match semantic(index, question, provider, cache, &mut sent).await {
            Ok(ranked) => {
                for (rank, t) in ranked.into_iter().take(deep).enumerate() {
                    let passage =
                        if t.summary.is_empty() { t.body.chars().take(700).collect() } else { t.summary.clone() };
                    let c = Candidate {
                        article_id: t.article_id,
                        slug: t.slug,
                        version: t.version,
                        lang: t.lang,
                        topic: t.topic,
                        title: t.title,
                        passage,
                    };
                    add(rank, 1.0, c, &mut fused);
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "embeddings failed; retrieval falls back to BM25");
                embedding_error = Some(e);
            }
        }
    }
    let mut ranked: Vec<(String, f32)> = fused.into_iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut passages = Vec::new();
    for (article_id, score) in ranked.into_iter().take(k) {
        let Some(mut candidates) = texts.remove(&article_id) else { continue };
        candidates.sort_by_key(|c| preference(c.lang, lang));
        let Some(best) = candidates.into_iter().next() else { continue };
        passages.push(Passage {
            n: passages.len() + 1,
            article_id,
            slug: best.slug,
            version: best.version,
            lang: best.lang.as_str().to_string(),
            topic: best.topic.as_str().to_string(),
            title: best.title,
            text: best.passage,
            score,
        });
    }
    Retrieval { passages, sent, embedding_error }
}

/// Texts ranked by cosine similarity to the question.
async fn semantic(
    index: &SearchIndex,
    question: &str,
    provider: &Provider,
    cache: &EmbeddingCache,
    sent: &mut Vec<String>,
) -> Result<Vec<IndexedText>, ProviderError> {
    let all = index.texts().map_err(|e| ProviderError::Protocol(e.to_string()))?;
    let key = |t: &IndexedText| (t.article_id.clone(), t.version, t.lang.as_str().to_string());
    let missing: Vec<&IndexedText> = {
        let vectors = cache.vectors.lock().map_err(|_| ProviderError::Protocol("cache poisoned".into()))?;
        all.iter().filter(|t| !vectors.contains_key(&key(t))).collect()
    };
    for batch in missing.chunks(16) {
        let inputs: Vec<String> = batch.iter().map(|t| format!("{}. {}", t.title, t.summary)).collect();
        let (vectors, body) = provider.embed(&inputs, EmbedKind::Passage).await?;
        sent.push(body);
        let mut cached = cache.vectors.lock().map_err(|_| ProviderError::Protocol("cache poisoned".into()))?;
        for (t, v) in batch.iter().zip(vectors) {
            cached.insert(key(t), v);
        }
    }
    let (q, body) = provider.embed(&[question.to_string()], EmbedKind::Query).await?;
    sent.push(body);
    let q = q.into_iter().next().unwrap_or_default();
    let cached = cache.vectors.lock().map_err(|_| ProviderError::Protocol("cache poisoned".into()))?;
    let mut scored: Vec<(f32, IndexedText)> =
        all.into_iter().filter_map(|t| cached.get(&key(&t)).map(|v| (cosine(&q, v), t))).collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    Ok(scored.into_iter().map(|(_, t)| t).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosine_of_equal_and_orthogonal() {
        assert!((cosine(&[1.0, 2.0], &[1.0, 2.0]) - 1.0).abs() < 1e-6);
        assert_eq!(cosine(&[1.0, 0.0], &[0.0, 1.0]), 0.0);
    }
}
