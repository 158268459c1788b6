//! Search over the published knowledge. The index lives in memory: it is built from the database at start (the
//! database is the single source of truth) and updated after every change through [`ArticleIndex`].
//!
//! Every published article gives one document per language it can be read in (the German original, plain German
//! and each translation). Each language family has its own title/summary/body fields with its own analyser, so a
//! query is analysed the same way as the texts it should find.

pub mod analysis;
pub mod snippet;

use analysis::{Family, guess_language};
use lotse_core::case::Topic;
use lotse_core::knowledge::{Article, ContentLang, Jurisdiction};
use lotse_core::knowledge_service::ArticleIndex;
use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use tantivy::collector::{FacetCollector, TopDocs};
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
    TextOptions, Value,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term, doc};

#[derive(Debug, thiserror::Error)]
#[error("search index: {0}")]
pub struct SearchError(String);

impl From<tantivy::TantivyError> for SearchError {
    fn from(e: tantivy::TantivyError) -> Self {
        SearchError(e.to_string())
    }
}

#[derive(Clone, Copy)]
struct TextFields {
    title: Field,
    summary: Field,
    body: Field,
}

struct Fields {
    article_id: Field,
    slug: Field,
    version: Field,
    lang: Field,
    topic: Field,
    jurisdiction: Field,
    outdated: Field,
    facets: Field,
    refs: Field,
    text: HashMap<Family, TextFields>,
}

/// What to look for.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub text: String,
    /// The reader's language; guessed from the script when absent.
    pub lang: Option<ContentLang>,
    pub topic: Option<Topic>,
    pub jurisdiction: Option<Jurisdiction>,
    pub limit: usize,
    /// Count matches per topic, jurisdiction and language. This visits every match instead of only the best,
    /// so it is asked for only where it is shown.
    pub facets: bool,
    /// Length of the passage returned with each hit, in characters.
    pub passage_chars: usize,
}

impl SearchRequest {
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            lang: None,
            topic: None,
            jurisdiction: None,
            limit: 10,
            facets: false,
            passage_chars: 200,
        }
    }
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct SearchHit {
    pub article_id: String,
    pub slug: String,
    /// The German version the found text belongs to.
    pub version: u32,
    pub title: String,
    pub lang: ContentLang,
    pub topic: Topic,
    pub jurisdiction: Jurisdiction,
    /// A passage with the match, plain text.
    pub snippet: String,
    /// The same passage as HTML (escaped) with the matches in `<mark>`.
    pub snippet_html: String,
    pub score: f32,
    /// A translation made from an older version than the one published.
    pub outdated: bool,
}

/// How many matching texts fall under each value.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct FacetCounts {
    pub topic: Vec<(String, u64)>,
    pub jurisdiction: Vec<(String, u64)>,
    pub lang: Vec<(String, u64)>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct SearchResults {
    /// The language the query was analysed in.
    pub lang: ContentLang,
    pub hits: Vec<SearchHit>,
    pub facets: FacetCounts,
}

pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    /// Writers are made per change and dropped after the commit: an idle server then holds no indexing buffers.
    writing: Mutex<()>,
    fields: Fields,
}

const WRITER_MEMORY: usize = 15_000_000;

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let article_id = builder.add_text_field("article_id", STRING | STORED);
    let slug = builder.add_text_field("slug", STORED);
    let version = builder.add_u64_field("version", STORED);
    let lang = builder.add_text_field("lang", STRING | STORED);
    let topic = builder.add_text_field("topic", STRING | STORED);
    let jurisdiction = builder.add_text_field("jurisdiction", STRING | STORED);
    let outdated = builder.add_u64_field("outdated", STORED | INDEXED | FAST);
    let facets = builder.add_facet_field("facets", FacetOptions::default());
    let refs = builder.add_text_field("refs", tantivy::schema::TEXT | STORED);
    let mut text = HashMap::new();
    for family in Family::ALL {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(&family.tokenizer_name())
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let options = TextOptions::default().set_indexing_options(indexing).set_stored();
        let code = family.code();
        text.insert(
            family,
            TextFields {
                title: builder.add_text_field(&format!("title_{code}"), options.clone()),
                summary: builder.add_text_field(&format!("summary_{code}"), options.clone()),
                body: builder.add_text_field(&format!("body_{code}"), options),
            },
        );
    }
    let fields = Fields { article_id, slug, version, lang, topic, jurisdiction, outdated, facets, refs, text };
    (builder.build(), fields)
}

fn first_text(doc: &TantivyDocument, field: Field) -> String {
    doc.get_first(field).and_then(|v| v.as_str()).map(str::to_string).unwrap_or_default()
}

impl SearchIndex {
    /// An empty index.
    pub fn new() -> Result<Self, SearchError> {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        for family in Family::ALL {
            index.tokenizers().register(&family.tokenizer_name(), family.analyzer());
        }
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(Self { index, reader, writing: Mutex::new(()), fields })
    }

    /// Number of indexed texts (one per article and language).
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn documents(&self, article: &Article) -> Vec<TantivyDocument> {
        let Some(id) = &article.id else { return vec![] };
        let Some(published) = article.published() else { return vec![] };
        let refs: Vec<String> = published.legal_references.iter().map(|r| format!("{} {}", r.section, r.law)).collect();
        let mut docs = Vec::new();
        let mut langs = vec![ContentLang::De];
        langs.extend(article.current_translations().iter().map(|t| t.lang));
        for lang in langs {
            let Some(text) = article.published_text(lang) else { continue };
            let Some(fields) = self.fields.text.get(&Family::of(lang)) else { continue };
            let f = &self.fields;
            let mut d = doc!(
                f.article_id => id.as_str(),
                f.slug => article.slug.as_str(),
                f.version => u64::from(text.source_version),
                f.lang => lang.as_str(),
                f.topic => article.topic.as_str(),
                f.jurisdiction => article.jurisdiction.as_str(),
                f.outdated => u64::from(text.outdated),
                f.refs => refs.join("; "),
                fields.title => text.title,
                fields.summary => text.summary,
                fields.body => text.body,
            );
            d.add_facet(f.facets, Facet::from_path(["topic", article.topic.as_str()]));
            d.add_facet(f.facets, Facet::from_path(["jurisdiction", article.jurisdiction.as_str()]));
            d.add_facet(f.facets, Facet::from_path(["lang", lang.as_str()]));
            docs.push(d);
        }
        docs
    }

    /// One writer at a time; returns the guard and a fresh writer.
    fn writer(&self) -> Result<(std::sync::MutexGuard<'_, ()>, IndexWriter), SearchError> {
        let guard = self.writing.lock().map_err(|_| SearchError("the index writer was poisoned".into()))?;
        Ok((guard, self.index.writer_with_num_threads(1, WRITER_MEMORY)?))
    }

    fn finish(&self, mut writer: IndexWriter) -> Result<(), SearchError> {
        writer.commit()?;
        writer.wait_merging_threads()?;
        self.reader.reload()?;
        Ok(())
    }

    /// Replaces the whole index with these articles; `progress(done, total)` is called as it goes.
    pub fn rebuild(&self, articles: &[Article], progress: &dyn Fn(usize, usize)) -> Result<(), SearchError> {
        let (_guard, writer) = self.writer()?;
        writer.delete_all_documents()?;
        for (i, article) in articles.iter().enumerate() {
            for d in self.documents(article) {
                writer.add_document(d)?;
            }
            progress(i + 1, articles.len());
        }
        self.finish(writer)
    }

    /// Re-indexes one article (drops it when it is no longer published).
    pub fn update(&self, article: &Article) -> Result<(), SearchError> {
        let Some(id) = &article.id else { return Ok(()) };
        let (_guard, writer) = self.writer()?;
        writer.delete_term(Term::from_field_text(self.fields.article_id, id.as_str()));
        for d in self.documents(article) {
            writer.add_document(d)?;
        }
        self.finish(writer)
    }

    fn build_query(
        &self,
        searcher: &tantivy::Searcher,
        request: &SearchRequest,
        lang: ContentLang,
    ) -> Option<Box<dyn Query>> {
        let family = Family::of(lang);
        // German official terms (Jobcenter, Aufenthaltstitel) turn up in every language, so German texts are always
        // searched too, with less weight when the reader asked in another language.
        let mut families = vec![(family, 1.0_f32)];
        if family != Family::German {
            families.push((Family::German, 0.5));
        }
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (fam, weight) in families {
            let Some(fields) = self.fields.text.get(&fam) else { continue };
            for term in analysis::query_terms(fam, &request.text) {
                let length = term.chars().count();
                // Typo tolerance only for words the index does not know: a word that exists is taken as meant,
                // which keeps common queries fast (no automaton) and their results exact.
                let known = [fields.title, fields.body]
                    .iter()
                    .any(|f| searcher.doc_freq(&Term::from_field_text(*f, &term)).map(|n| n > 0).unwrap_or(true));
                for (field, boost, fuzzy) in
                    [(fields.title, 3.0, true), (fields.summary, 1.5, false), (fields.body, 1.0, true)]
                {
                    let t = Term::from_field_text(field, &term);
                    let exact: Box<dyn Query> = if fam.needs_prefix_match() && length >= 4 {
                        Box::new(FuzzyTermQuery::new_prefix(t.clone(), 0, false))
                    } else {
                        Box::new(TermQuery::new(t.clone(), IndexRecordOption::WithFreqs))
                    };
                    should.push((Occur::Should, Box::new(BoostQuery::new(exact, boost * weight))));
                    // Typo tolerance: one edit from five letters, a swap of neighbours counting as one. (Two edits
                    // cost a much larger automaton per term and found little more in the benchmark.)
                    if fuzzy && !known && length >= 5 {
                        let q = FuzzyTermQuery::new(t, 1, true);
                        should.push((Occur::Should, Box::new(BoostQuery::new(Box::new(q), boost * weight * 0.4))));
                    }
                }
            }
        }
        let mut refs_analyzer = tantivy::tokenizer::TextAnalyzer::from(tantivy::tokenizer::SimpleTokenizer::default());
        let mut stream = refs_analyzer.token_stream(&request.text);
        while tantivy::tokenizer::TokenStream::advance(&mut stream) {
            let text = tantivy::tokenizer::TokenStream::token(&stream).text.to_lowercase();
            let t = Term::from_field_text(self.fields.refs, &text);
            should.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(TermQuery::new(t, IndexRecordOption::WithFreqs)), 1.0)),
            ));
        }
        if should.is_empty() {
            return None;
        }
        let mut must: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, Box::new(BooleanQuery::new(should)))];
        if let Some(topic) = request.topic {
            let t = Term::from_field_text(self.fields.topic, topic.as_str());
            must.push((Occur::Must, Box::new(TermQuery::new(t, IndexRecordOption::Basic))));
        }
        if let Some(j) = request.jurisdiction {
            let t = Term::from_field_text(self.fields.jurisdiction, j.as_str());
            must.push((Occur::Must, Box::new(TermQuery::new(t, IndexRecordOption::Basic))));
        }
        Some(Box::new(BooleanQuery::new(must)))
    }

    /// The best texts for a query, one per article, best first.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        let lang = request.lang.unwrap_or_else(|| guess_language(&request.text));
        let limit = request.limit.clamp(1, 100);
        let searcher = self.reader.searcher();
        let Some(query) = self.build_query(&searcher, request, lang) else {
            return Ok(SearchResults { lang, hits: vec![], facets: FacetCounts::default() });
        };
        let top_docs = TopDocs::with_limit(limit * 2).order_by_score();
        let (top, facets) = if request.facets {
            let mut facet_collector = FacetCollector::for_field("facets");
            for root in ["/topic", "/jurisdiction", "/lang"] {
                facet_collector.add_facet(root);
            }
            let (top, counts) = searcher.search(&query, &(top_docs, facet_collector))?;
            let list = |root: &str| -> Vec<(String, u64)> {
                counts
                    .get(root)
                    .map(|(facet, count)| {
                        let name = facet.to_path().last().map(|s| s.to_string()).unwrap_or_default();
                        (name, count)
                    })
                    .collect()
            };
            (top, FacetCounts { topic: list("/topic"), jurisdiction: list("/jurisdiction"), lang: list("/lang") })
        } else {
            (searcher.search(&query, &top_docs)?, FacetCounts::default())
        };
        let mut seen = HashSet::new();
        let mut hits = Vec::new();
        let mut query_terms: HashMap<Family, Vec<String>> = HashMap::new();
        for (score, address) in top {
            let d: TantivyDocument = searcher.doc(address)?;
            let article_id = first_text(&d, self.fields.article_id);
            if !seen.insert(article_id.clone()) {
                continue;
            }
            let Some(doc_lang) = ContentLang::parse(&first_text(&d, self.fields.lang)) else { continue };
            let family = Family::of(doc_lang);
            let Some(fields) = self.fields.text.get(&family).copied() else { continue };
            let terms = query_terms.entry(family).or_insert_with(|| analysis::terms(family, &request.text));
            let summary = first_text(&d, fields.summary);
            let body = first_text(&d, fields.body);
            let (plain, html) = snippet::best_passage(&summary, &body, terms, request.passage_chars.clamp(80, 2000));
            let number = |f: Field| d.get_first(f).and_then(|v| v.as_u64()).unwrap_or(0);
            hits.push(SearchHit {
                article_id,
                slug: first_text(&d, self.fields.slug),
                version: u32::try_from(number(self.fields.version)).unwrap_or(0),
                title: first_text(&d, fields.title),
                lang: doc_lang,
                topic: Topic::parse(&first_text(&d, self.fields.topic)).unwrap_or(Topic::EverydayAuthorities),
                jurisdiction: Jurisdiction::parse(&first_text(&d, self.fields.jurisdiction))
                    .unwrap_or(Jurisdiction::Federal),
                snippet: plain,
                snippet_html: html,
                score,
                outdated: number(self.fields.outdated) == 1,
            });
            if hits.len() == limit {
                break;
            }
        }
        Ok(SearchResults { lang, hits, facets })
    }
}

/// One indexed text: an article in one language, for building embeddings.
#[derive(Debug, Clone)]
pub struct IndexedText {
    pub article_id: String,
    pub slug: String,
    pub version: u32,
    pub lang: ContentLang,
    pub topic: Topic,
    pub title: String,
    pub summary: String,
    pub body: String,
}

impl SearchIndex {
    /// Every indexed text (one per article and language).
    pub fn texts(&self) -> Result<Vec<IndexedText>, SearchError> {
        let searcher = self.reader.searcher();
        let limit = usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX).max(1);
        let top = searcher.search(&tantivy::query::AllQuery, &TopDocs::with_limit(limit).order_by_score())?;
        let mut out = Vec::with_capacity(top.len());
        for (_, address) in top {
            let d: TantivyDocument = searcher.doc(address)?;
            let Some(lang) = ContentLang::parse(&first_text(&d, self.fields.lang)) else { continue };
            let Some(fields) = self.fields.text.get(&Family::of(lang)).copied() else { continue };
            out.push(IndexedText {
                article_id: first_text(&d, self.fields.article_id),
                slug: first_text(&d, self.fields.slug),
                version: d
                    .get_first(self.fields.version)
                    .and_then(|v| v.as_u64())
                    .and_then(|v| u32::try_from(v).ok())
                    .unwrap_or(0),
                lang,
                topic: Topic::parse(&first_text(&d, self.fields.topic)).unwrap_or(Topic::EverydayAuthorities),
                title: first_text(&d, fields.title),
                summary: first_text(&d, fields.summary),
                body: first_text(&d, fields.body),
            });
        }
        out.sort_by(|a, b| (a.slug.as_str(), a.lang.as_str()).cmp(&(b.slug.as_str(), b.lang.as_str())));
        Ok(out)
    }
}

impl ArticleIndex for SearchIndex {
    fn article_changed(&self, article: &Article) {
        if let Err(e) = self.update(article) {
            tracing::error!(error = %e, slug = %article.slug, "could not update the search index");
        }
    }
}
