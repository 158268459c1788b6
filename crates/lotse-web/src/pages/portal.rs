//! The public orientation portal: verified articles by topic, search, the directory of services and the fact
//! checks. No log-in, no JavaScript, no cookies needed; each page stays small (a test holds it to 30 KB
//! compressed with its stylesheet).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use lotse_core::case::Topic;
use lotse_core::directory::{Postcodes, ServiceKind};
use lotse_core::knowledge::{Article, ContentLang};
use lotse_core::knowledge_service::today;
use serde::Deserialize;

use crate::AppState;
use crate::api::knowledge::{DirectoryParams, SearchParams, parse_directory, parse_search};
use crate::ctx::PageCtx;
use crate::errors::WebError;

/// The name of a content language in itself (plain German in the reader's interface language).
pub fn content_lang_name(ctx: &PageCtx, lang: ContentLang) -> String {
    match lang {
        ContentLang::De => "Deutsch".into(),
        ContentLang::DeSimple => ctx.t("article-plain-language"),
        ContentLang::En => "English".into(),
        ContentLang::Ar => "العربية".into(),
        ContentLang::Uk => "Українська".into(),
        ContentLang::Ru => "Русский".into(),
        ContentLang::Fa => "فارسی".into(),
        ContentLang::Tr => "Türkçe".into(),
    }
}

/// A date as the reader's locale writes it would need ICU; ISO dates are unambiguous in every language.
fn date_of(at: jiff::Timestamp) -> String {
    match jiff::tz::TimeZone::get("Europe/Berlin") {
        Ok(tz) => tz.to_datetime(at).date().to_string(),
        Err(_) => at.to_string().get(..10).unwrap_or("").to_string(),
    }
}

pub struct TopicLink {
    pub key: &'static str,
    pub label: String,
    pub count: usize,
}

pub struct ArticleLink {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub lang: &'static str,
    pub dir: &'static str,
}

fn reader_lang(ctx: &PageCtx) -> ContentLang {
    ContentLang::for_ui_language(ctx.lang())
}

fn link_for(article: &Article, lang: ContentLang) -> Option<ArticleLink> {
    let text = article.published_text(lang).or_else(|| article.published_text(ContentLang::De))?;
    Some(ArticleLink {
        slug: article.slug.clone(),
        title: text.title.to_string(),
        summary: text.summary.to_string(),
        lang: text.lang.html_lang(),
        dir: if text.lang.is_rtl() { "rtl" } else { "ltr" },
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "portal.html")]
pub struct PortalPage {
    ctx: PageCtx,
    topics: Vec<TopicLink>,
}

pub async fn portal(State(state): State<AppState>, ctx: PageCtx) -> Result<PortalPage, WebError> {
    let articles = state.store.articles().await?;
    let topics = Topic::ALL
        .iter()
        .map(|t| TopicLink {
            key: t.as_str(),
            label: ctx.t(&format!("topic-{}", t.as_str())),
            count: articles.iter().filter(|a| a.topic == *t && a.published().is_some()).count(),
        })
        .collect();
    Ok(PortalPage { ctx, topics })
}

#[derive(Template, WebTemplate)]
#[template(path = "portal_topic.html")]
pub struct TopicPage {
    ctx: PageCtx,
    topic: &'static str,
    label: String,
    articles: Vec<ArticleLink>,
}

pub async fn topic(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(topic): Path<String>,
) -> Result<TopicPage, WebError> {
    let topic = Topic::parse(&topic).ok_or(WebError::NotFound)?;
    let lang = reader_lang(&ctx);
    let articles = state.store.articles().await?;
    let articles = articles.iter().filter(|a| a.topic == topic).filter_map(|a| link_for(a, lang)).collect();
    Ok(TopicPage { label: ctx.t(&format!("topic-{}", topic.as_str())), topic: topic.as_str(), articles, ctx })
}

pub struct Hit {
    pub slug: String,
    pub title: String,
    pub snippet_html: String,
    pub lang: &'static str,
    pub dir: &'static str,
    pub topic: String,
}

pub struct FacetLink {
    pub label: String,
    pub count: u64,
    pub href: String,
    pub current: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "portal_search.html")]
pub struct SearchPage {
    ctx: PageCtx,
    q: String,
    hits: Vec<Hit>,
    topics: Vec<FacetLink>,
    error: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
pub struct SearchForm {
    #[serde(default)]
    q: String,
    topic: Option<String>,
    jurisdiction: Option<String>,
}

fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

pub async fn search(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(form): Query<SearchForm>,
) -> Result<SearchPage, WebError> {
    let q = form.q.trim().to_string();
    let mut page = SearchPage { q: q.clone(), hits: vec![], topics: vec![], error: None, ctx };
    if q.is_empty() {
        return Ok(page);
    }
    let params = SearchParams {
        q: q.clone(),
        lang: Some(reader_lang(&page.ctx).as_str().to_string()),
        limit: Some(20),
        topic: form.topic.clone(),
        jurisdiction: form.jurisdiction.clone(),
        facets: Some(true),
    };
    let request = match parse_search(&params) {
        Ok(r) => r,
        Err(_) => {
            page.error = Some(page.ctx.t("error-invalid_input"));
            return Ok(page);
        }
    };
    // The reader's language analyses the query unless the words are plainly in another script.
    let mut request = request;
    let guessed = lotse_search::analysis::guess_language(&q);
    if guessed != ContentLang::De {
        request.lang = Some(guessed);
    }
    let results = state.search.search(&request).map_err(|e| WebError::Internal(e.to_string()))?;
    page.topics = results
        .facets
        .topic
        .iter()
        .map(|(key, count)| FacetLink {
            label: page.ctx.t(&format!("topic-{key}")),
            count: *count,
            href: format!("/knowledge/search?q={}&topic={key}", encode(&q)),
            current: form.topic.as_deref() == Some(key.as_str()),
        })
        .collect();
    page.hits = results
        .hits
        .into_iter()
        .map(|h| Hit {
            title: h.title,
            snippet_html: h.snippet_html,
            lang: h.lang.html_lang(),
            dir: if h.lang.is_rtl() { "rtl" } else { "ltr" },
            topic: page.ctx.t(&format!("topic-{}", h.topic.as_str())),
            slug: if h.lang == ContentLang::De { h.slug } else { format!("{}?lang={}", h.slug, h.lang.as_str()) },
        })
        .collect();
    Ok(page)
}

pub struct Reference {
    pub label: String,
    pub url: String,
}

pub struct SourceLink {
    pub title: String,
    pub url: String,
    pub checked: String,
}

pub struct LangLink {
    pub code: &'static str,
    pub html_lang: &'static str,
    pub name: String,
    pub current: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "portal_article.html")]
pub struct ArticlePage {
    ctx: PageCtx,
    slug: String,
    topic: &'static str,
    topic_label: String,
    jurisdiction: String,
    title: String,
    summary: String,
    body_html: String,
    lang: &'static str,
    dir: &'static str,
    fallback: bool,
    outdated: bool,
    checked_on: Option<String>,
    review_expired: bool,
    version: u32,
    references: Vec<Reference>,
    sources: Vec<SourceLink>,
    languages: Vec<LangLink>,
}

#[derive(Debug, Deserialize, Default)]
pub struct ArticleQuery {
    lang: Option<String>,
}

pub async fn article(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
    Query(query): Query<ArticleQuery>,
) -> Result<ArticlePage, WebError> {
    if !lotse_core::knowledge::valid_slug(&slug) {
        return Err(WebError::NotFound);
    }
    let article = state.store.article_by_slug(&slug).await?;
    let published = article.published().ok_or(WebError::NotFound)?;
    let wanted = query.lang.as_deref().and_then(ContentLang::parse).unwrap_or_else(|| reader_lang(&ctx));
    let text = article.published_text(wanted);
    let fallback = text.is_none();
    let text = text.or_else(|| article.published_text(ContentLang::De)).ok_or(WebError::NotFound)?;
    let mut languages = vec![ContentLang::De];
    languages.extend(article.current_translations().iter().map(|t| t.lang));
    let jurisdiction = match &article.jurisdiction_area {
        Some(area) => format!("{} ({area})", ctx.t(&format!("jurisdiction-{}", article.jurisdiction.as_str()))),
        None => ctx.t(&format!("jurisdiction-{}", article.jurisdiction.as_str())),
    };
    Ok(ArticlePage {
        slug: article.slug.clone(),
        topic: article.topic.as_str(),
        topic_label: ctx.t(&format!("topic-{}", article.topic.as_str())),
        jurisdiction,
        title: text.title.to_string(),
        summary: text.summary.to_string(),
        body_html: crate::markdown::render(text.body),
        lang: text.lang.html_lang(),
        dir: if text.lang.is_rtl() { "rtl" } else { "ltr" },
        fallback,
        outdated: text.outdated,
        checked_on: article.sign_off().map(|r| date_of(r.at)),
        review_expired: article.review_expired(today(state.clock.now())),
        version: published.version,
        references: published
            .legal_references
            .iter()
            .map(|r| Reference { label: format!("{} {}", r.section, r.law), url: r.url.clone() })
            .collect(),
        sources: published
            .sources
            .iter()
            .map(|s| SourceLink { title: s.title.clone(), url: s.url.clone(), checked: s.checked_on.to_string() })
            .collect(),
        languages: languages
            .into_iter()
            .map(|l| LangLink {
                code: l.as_str(),
                html_lang: l.html_lang(),
                name: content_lang_name(&ctx, l),
                current: l == text.lang,
            })
            .collect(),
        ctx,
    })
}

pub struct ServiceRow {
    pub name: String,
    pub kind: String,
    pub address: String,
    pub distance: Option<String>,
    pub hours: String,
    pub contact: Vec<(String, Option<String>)>,
    pub languages: String,
    pub topics: String,
    pub accessibility: String,
    pub description: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "portal_services.html")]
pub struct ServicesPage {
    ctx: PageCtx,
    topics: Vec<(&'static str, String)>,
    kinds: Vec<(&'static str, String)>,
    form: ServicesForm,
    services: Vec<ServiceRow>,
    error: Option<String>,
    total: usize,
    page: usize,
    pages: usize,
    next_href: String,
    prev_href: String,
}

#[derive(Debug, Deserialize, Default, Clone)]
pub struct ServicesForm {
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub town: String,
    #[serde(default)]
    pub postcode: String,
    #[serde(default)]
    pub radius_km: String,
    pub page: Option<usize>,
}

const SERVICES_PER_PAGE: usize = 20;

pub async fn services(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(form): Query<ServicesForm>,
) -> Result<ServicesPage, WebError> {
    let mut page = ServicesPage {
        topics: Topic::ALL.iter().map(|t| (t.as_str(), ctx.t(&format!("topic-{}", t.as_str())))).collect(),
        kinds: ServiceKind::ALL.iter().map(|k| (k.as_str(), ctx.t(&format!("kind-{}", k.as_str())))).collect(),
        form: form.clone(),
        services: vec![],
        error: None,
        total: 0,
        page: form.page.unwrap_or(1).max(1),
        pages: 1,
        next_href: String::new(),
        prev_href: String::new(),
        ctx,
    };
    let radius = match form.radius_km.trim() {
        "" => None,
        text => match text.parse::<f64>() {
            Ok(r) => Some(r),
            Err(_) => {
                page.error = Some(page.ctx.t1("editorial-invalid", "field", &page.ctx.t("services-radius")));
                return Ok(page);
            }
        },
    };
    let params = DirectoryParams {
        topic: Some(form.topic.clone()),
        language: Some(form.language.clone()),
        kind: Some(form.kind.clone()),
        town: Some(form.town.clone()),
        postcode: Some(form.postcode.clone()),
        radius_km: radius,
    };
    let query = match parse_directory(&params) {
        Ok(q) => q,
        Err(_) => {
            let known = form.postcode.trim().is_empty() || Postcodes::saxony_anhalt().lookup(&form.postcode).is_some();
            page.error =
                Some(if known { page.ctx.t("error-invalid_input") } else { page.ctx.t("services-unknown-postcode") });
            return Ok(page);
        }
    };
    let all = state.store.services().await?;
    let hits = lotse_core::directory::search(&all, &query);
    page.total = hits.len();
    page.pages = hits.len().div_ceil(SERVICES_PER_PAGE).max(1);
    page.page = page.page.min(page.pages);
    let base = format!(
        "/services?topic={}&language={}&kind={}&town={}&postcode={}&radius_km={}",
        encode(&form.topic),
        encode(&form.language),
        encode(&form.kind),
        encode(&form.town),
        encode(&form.postcode),
        encode(&form.radius_km)
    );
    page.next_href = format!("{base}&page={}", page.page + 1);
    page.prev_href = format!("{base}&page={}", page.page.saturating_sub(1).max(1));
    let ctx = &page.ctx;
    page.services = hits
        .iter()
        .skip((page.page - 1) * SERVICES_PER_PAGE)
        .take(SERVICES_PER_PAGE)
        .map(|h| {
            let s = h.service;
            ServiceRow {
                name: s.name.clone(),
                kind: ctx.t(&format!("kind-{}", s.kind.as_str())),
                address: if s.street.is_empty() {
                    format!("{} {}", s.postcode, s.town)
                } else {
                    format!("{}, {} {}", s.street, s.postcode, s.town)
                },
                distance: h.distance_km.map(|d| ctx.t1("services-distance", "km", &format!("{d:.0}"))),
                hours: s.opening_hours.clone(),
                contact: s
                    .contact
                    .iter()
                    .map(|c| {
                        let href = match c.kind {
                            lotse_core::directory::ContactKind::Web => Some(c.value.clone()),
                            lotse_core::directory::ContactKind::Email => Some(format!("mailto:{}", c.value)),
                            lotse_core::directory::ContactKind::Phone => {
                                Some(format!("tel:{}", c.value.replace([' ', '/', '-'], "")))
                            }
                            _ => None,
                        };
                        (c.value.clone(), href)
                    })
                    .collect(),
                languages: s.languages.join(", "),
                topics: s.topics.iter().map(|t| ctx.t(&format!("topic-{}", t.as_str()))).collect::<Vec<_>>().join(", "),
                accessibility: s.accessibility.clone(),
                description: s.description.clone(),
            }
        })
        .collect();
    Ok(page)
}

pub struct FactCheck {
    pub slug: String,
    pub claim: String,
    pub claim_lang: String,
    pub verdict_key: &'static str,
    pub verdict: String,
    pub seen: String,
    pub correction: String,
    pub correction_lang: String,
    pub articles: Vec<(String, String)>,
    pub sources: Vec<(String, String)>,
}

#[derive(Template, WebTemplate)]
#[template(path = "portal_factchecks.html")]
pub struct FactChecksPage {
    ctx: PageCtx,
    items: Vec<FactCheck>,
}

pub async fn fact_checks(State(state): State<AppState>, ctx: PageCtx) -> Result<FactChecksPage, WebError> {
    let rumours = state.store.rumours().await?;
    let articles = state.store.articles().await?;
    let lang = reader_lang(&ctx);
    let items = rumours
        .iter()
        .map(|r| {
            let correction = r.correction(ctx.lang());
            let platform = match r.platform {
                lotse_core::rumour::Platform::Other => ctx.t("platform-other"),
                p => {
                    let name = p.as_str();
                    let mut chars = name.chars();
                    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
                }
            };
            FactCheck {
                slug: r.slug.clone(),
                claim: r.claim.clone(),
                claim_lang: r.claim_lang.clone(),
                verdict_key: r.verdict.as_str(),
                verdict: ctx.t(&format!("verdict-{}", r.verdict.as_str())),
                seen: ctx
                    .locale
                    .t_with("factcheck-seen", &[("platform", platform), ("date", r.first_seen.to_string())]),
                correction: correction.map(|c| c.text.clone()).unwrap_or_default(),
                correction_lang: correction.map(|c| c.lang.clone()).unwrap_or_else(|| "de".into()),
                articles: r
                    .articles
                    .iter()
                    .filter_map(|slug| articles.iter().find(|a| &a.slug == slug))
                    .filter_map(|a| link_for(a, lang))
                    .map(|l| (l.slug, l.title))
                    .collect(),
                sources: r.sources.iter().map(|s| (s.title.clone(), s.url.clone())).collect(),
            }
        })
        .collect();
    Ok(FactChecksPage { ctx, items })
}
