//! Staff pages for knowledge: the article list, the editor (new versions, submitting, translations), the version
//! diff, and the legal reviewers' queue and sign-off. Every step goes through the knowledge service, which keeps
//! the rules (only legal reviewers publish; a stale form never overwrites a newer version).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use lotse_core::case::Topic;
use lotse_core::knowledge::{Article, ArticleStatus, ContentLang, Jurisdiction, LegalReference, Source};
use lotse_core::knowledge_service::{ArticleText, KnowledgeError, NewArticle, today};
use lotse_core::policy::Action;
use lotse_core::{ArticleId, StoreError};
use serde::Deserialize;

use crate::AppState;
use crate::auth::{AuthRejection, Staff};
use crate::ctx::PageCtx;
use crate::errors::{WebError, page_with_status};
use crate::markdown::{DiffLine, diff_lines};
use crate::pages::admin::PageQuery;
use crate::pages::portal::content_lang_name;
use crate::pages::{FormResult, fields, see_other};

const PER_PAGE: usize = 50;

fn status_label(ctx: &PageCtx, article: &Article, today: jiff::civil::Date) -> String {
    if article.review_expired(today) {
        return ctx.t("status-review_due");
    }
    ctx.t(&format!("status-{}", article.status.as_str()))
}

pub struct ArticleRow {
    pub id: String,
    pub title: String,
    pub topic: String,
    pub status: String,
    pub latest: u32,
    pub published: String,
    pub review_due: String,
}

fn rows(ctx: &PageCtx, articles: &[&Article], today: jiff::civil::Date) -> Vec<ArticleRow> {
    articles
        .iter()
        .map(|a| ArticleRow {
            id: a.id.as_ref().map(|i| i.to_string()).unwrap_or_default(),
            title: a.latest().map(|v| v.title.clone()).unwrap_or_default(),
            topic: ctx.t(&format!("topic-{}", a.topic.as_str())),
            status: status_label(ctx, a, today),
            latest: a.latest().map(|v| v.version).unwrap_or(0),
            published: a.published_version.map(|v| v.to_string()).unwrap_or_else(|| ctx.t("editorial-none")),
            review_due: a.review_due.map(|d| d.to_string()).unwrap_or_default(),
        })
        .collect()
}

#[derive(Template, WebTemplate)]
#[template(path = "editorial_list.html")]
pub struct ListPage {
    ctx: PageCtx,
    csrf: String,
    articles: Vec<ArticleRow>,
    topics: Vec<(&'static str, String)>,
    jurisdictions: Vec<(&'static str, String)>,
    page: usize,
    pages: usize,
    error: Option<String>,
}

async fn list_page(
    state: &AppState,
    ctx: PageCtx,
    staff: &Staff,
    page: usize,
    error: Option<String>,
) -> Result<ListPage, WebError> {
    let all = state.store.articles().await?;
    let today = today(state.clock.now());
    let pages = all.len().div_ceil(PER_PAGE).max(1);
    let page = page.min(pages);
    let shown: Vec<&Article> = all.iter().skip((page - 1) * PER_PAGE).take(PER_PAGE).collect();
    Ok(ListPage {
        csrf: staff.csrf_token.clone(),
        articles: rows(&ctx, &shown, today),
        topics: Topic::ALL.iter().map(|t| (t.as_str(), ctx.t(&format!("topic-{}", t.as_str())))).collect(),
        jurisdictions: Jurisdiction::ALL
            .iter()
            .map(|j| (j.as_str(), ctx.t(&format!("jurisdiction-{}", j.as_str()))))
            .collect(),
        page,
        pages,
        error,
        ctx: ctx.with_staff(staff),
    })
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Query(query): Query<PageQuery>,
) -> Result<ListPage, AuthRejection> {
    staff.require(Action::EditKnowledge)?;
    Ok(list_page(&state, ctx, &staff, query.page() as usize, None).await?)
}

#[derive(Debug, Deserialize)]
pub struct TextForm {
    csrf: String,
    #[serde(default)]
    slug: String,
    #[serde(default)]
    topic: String,
    #[serde(default)]
    jurisdiction: String,
    #[serde(default)]
    area: String,
    #[serde(default)]
    based_on: u32,
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    references: String,
    #[serde(default)]
    sources: String,
}

/// "Gesetz | Paragraf | Link" per line.
fn parse_references(text: &str) -> Result<Vec<LegalReference>, usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            match parts.as_slice() {
                [law, section, url] => {
                    Ok(LegalReference { law: law.to_string(), section: section.to_string(), url: url.to_string() })
                }
                _ => Err(i + 1),
            }
        })
        .collect()
}

/// "Titel | Link | JJJJ-MM-TT" per line.
fn parse_sources(text: &str) -> Result<Vec<Source>, usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            match parts.as_slice() {
                [title, url, date] => Ok(Source {
                    title: title.to_string(),
                    url: url.to_string(),
                    checked_on: date.parse().map_err(|_| i + 1)?,
                }),
                _ => Err(i + 1),
            }
        })
        .collect()
}

fn references_text(refs: &[LegalReference]) -> String {
    refs.iter().map(|r| format!("{} | {} | {}", r.law, r.section, r.url)).collect::<Vec<_>>().join("\n")
}

fn sources_text(sources: &[Source]) -> String {
    sources.iter().map(|s| format!("{} | {} | {}", s.title, s.url, s.checked_on)).collect::<Vec<_>>().join("\n")
}

/// The message a knowledge error shows on a page, and its status.
fn explain(ctx: &PageCtx, error: KnowledgeError) -> Result<(StatusCode, String), WebError> {
    Ok(match error {
        KnowledgeError::Invalid(invalid) => {
            let field = invalid.field.rsplit('.').next().unwrap_or("").to_string();
            let label = match field.as_str() {
                "title" => ctx.t("editorial-field-title"),
                "summary" => ctx.t("editorial-summary"),
                "body" => ctx.t("editorial-body"),
                "slug" => ctx.t("editorial-slug"),
                "jurisdiction_area" => ctx.t("editorial-area"),
                "url" | "law" | "section" => ctx.t("editorial-references"),
                "review_due" => ctx.t("editorial-review-due"),
                "comment" => ctx.t("editorial-comment"),
                _ => field,
            };
            (StatusCode::UNPROCESSABLE_ENTITY, ctx.t1("editorial-invalid", "field", &label))
        }
        KnowledgeError::Stale => (StatusCode::CONFLICT, ctx.t("editorial-stale")),
        KnowledgeError::WrongStatus(_) => (StatusCode::CONFLICT, ctx.t("editorial-wrong-status")),
        KnowledgeError::Store(StoreError::Conflict("slug")) => (StatusCode::CONFLICT, ctx.t("editorial-taken")),
        KnowledgeError::NotAllowed => return Err(WebError::Forbidden),
        KnowledgeError::Store(other) => return Err(other.into()),
    })
}

fn text_of(form: &TextForm, ctx: &PageCtx) -> Result<ArticleText, String> {
    let legal_references = parse_references(&form.references)
        .map_err(|line| ctx.t1("editorial-line-format", "line", &line.to_string()))?;
    let sources =
        parse_sources(&form.sources).map_err(|line| ctx.t1("editorial-line-format", "line", &line.to_string()))?;
    Ok(ArticleText {
        title: form.title.clone(),
        summary: form.summary.clone(),
        body: form.body.replace("\r\n", "\n"),
        legal_references,
        sources,
    })
}

async fn fail(
    state: &AppState,
    staff: &Staff,
    status: StatusCode,
    message: String,
    ctx: PageCtx,
) -> Result<Response, AuthRejection> {
    let page = list_page(state, ctx, staff, 1, Some(message)).await?;
    Ok(page_with_status(status, page))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    form: FormResult<TextForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::EditKnowledge)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let (Some(topic), Some(jurisdiction)) = (Topic::parse(&form.topic), Jurisdiction::parse(&form.jurisdiction)) else {
        let message = ctx.t1("editorial-invalid", "field", &ctx.t("editorial-topic"));
        return fail(&state, &staff, StatusCode::UNPROCESSABLE_ENTITY, message, ctx).await;
    };
    let text = match text_of(&form, &ctx) {
        Ok(text) => text,
        Err(message) => return fail(&state, &staff, StatusCode::UNPROCESSABLE_ENTITY, message, ctx).await,
    };
    let new = NewArticle {
        slug: form.slug.trim().to_string(),
        topic,
        jurisdiction,
        jurisdiction_area: Some(form.area.clone()),
        text,
    };
    match state.knowledge().draft(&staff.user, new, state.clock.now()).await {
        Ok(article) => Ok(see_other(&format!("/editorial/{}", article.id.map(|i| i.to_string()).unwrap_or_default()))),
        Err(error) => {
            let (status, message) = explain(&ctx, error)?;
            fail(&state, &staff, status, message, ctx).await
        }
    }
}

pub struct VersionRow {
    pub version: u32,
    pub title: String,
    pub author: String,
    pub created: String,
    pub published: bool,
}

pub struct ReviewRow {
    pub decision: String,
    pub version: u32,
    pub reviewer: String,
    pub at: String,
    pub comment: String,
}

pub struct TranslationRow {
    pub code: &'static str,
    pub name: String,
    pub state: String,
    pub outdated: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "editorial_article.html")]
pub struct EditorPage {
    ctx: PageCtx,
    csrf: String,
    id: String,
    slug: String,
    status: String,
    topic: String,
    latest: u32,
    published: Option<u32>,
    title: String,
    summary: String,
    body: String,
    references: String,
    sources: String,
    versions: Vec<VersionRow>,
    reviews: Vec<ReviewRow>,
    translations: Vec<TranslationRow>,
    languages: Vec<(&'static str, String)>,
    can_edit: bool,
    can_submit: bool,
    can_review: bool,
    can_publish: bool,
    can_return: bool,
    can_archive: bool,
    review_due_default: String,
    message: Option<String>,
}

fn date_of(at: jiff::Timestamp) -> String {
    match jiff::tz::TimeZone::get("Europe/Berlin") {
        Ok(tz) => tz.to_datetime(at).strftime("%Y-%m-%d %H:%M").to_string(),
        Err(_) => at.to_string(),
    }
}

async fn editor_page(
    state: &AppState,
    ctx: PageCtx,
    staff: &Staff,
    id: &ArticleId,
    message: Option<String>,
) -> Result<EditorPage, WebError> {
    let article = state.store.article(id).await?;
    let latest = article.latest().ok_or(WebError::NotFound)?;
    let today = today(state.clock.now());
    let reviewer = staff.can(Action::PublishReviewedContent);
    let rereview = article.status == ArticleStatus::Published && article.published_version == Some(latest.version);
    let published = article.published_version;
    Ok(EditorPage {
        csrf: staff.csrf_token.clone(),
        id: id.to_string(),
        slug: article.slug.clone(),
        status: status_label(&ctx, &article, today),
        topic: ctx.t(&format!("topic-{}", article.topic.as_str())),
        latest: latest.version,
        published,
        title: latest.title.clone(),
        summary: latest.summary.clone(),
        body: latest.body.clone(),
        references: references_text(&latest.legal_references),
        sources: sources_text(&latest.sources),
        versions: article
            .versions
            .iter()
            .rev()
            .map(|v| VersionRow {
                version: v.version,
                title: v.title.clone(),
                author: v.author.clone(),
                created: date_of(v.created_at),
                published: published == Some(v.version),
            })
            .collect(),
        reviews: article
            .reviews
            .iter()
            .rev()
            .map(|r| ReviewRow {
                decision: ctx.t(&format!("editorial-decision-{}", r.decision.as_str())),
                version: r.version,
                reviewer: r.reviewer.clone(),
                at: date_of(r.at),
                comment: r.comment.clone(),
            })
            .collect(),
        translations: ContentLang::ALL
            .iter()
            .filter(|l| **l != ContentLang::De)
            .map(|l| {
                let t = article.translation(*l);
                let outdated = t.is_some_and(|t| published.is_some_and(|p| t.source_version < p));
                TranslationRow {
                    code: l.as_str(),
                    name: content_lang_name(&ctx, *l),
                    state: match t {
                        None => ctx.t("editorial-translation-missing"),
                        Some(t) if outdated => {
                            ctx.t1("editorial-translation-outdated", "version", &t.source_version.to_string())
                        }
                        Some(_) => ctx.t("editorial-translation-current"),
                    },
                    outdated,
                }
            })
            .collect(),
        languages: ContentLang::ALL
            .iter()
            .filter(|l| **l != ContentLang::De)
            .map(|l| (l.as_str(), content_lang_name(&ctx, *l)))
            .collect(),
        can_edit: article.status != ArticleStatus::Archived,
        can_submit: article.status == ArticleStatus::Draft,
        can_review: reviewer,
        can_publish: reviewer && (article.status == ArticleStatus::InReview || rereview),
        can_return: reviewer && article.status == ArticleStatus::InReview,
        can_archive: reviewer && article.status != ArticleStatus::Archived,
        review_due_default: today
            .checked_add(jiff::Span::new().months(lotse_core::knowledge_service::DEFAULT_REVIEW_MONTHS))
            .unwrap_or(today)
            .to_string(),
        message,
        ctx: ctx.with_staff(staff),
    })
}

fn article_id(id: &str) -> Result<ArticleId, WebError> {
    ArticleId::parse(id).ok_or(WebError::NotFound)
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
) -> Result<EditorPage, AuthRejection> {
    staff.require(Action::EditKnowledge)?;
    Ok(editor_page(&state, ctx, &staff, &article_id(&id)?, None).await?)
}

/// Runs one workflow step and answers with a redirect to the editor, or the editor with the reason it failed.
async fn step(
    state: &AppState,
    ctx: PageCtx,
    staff: &Staff,
    id: &ArticleId,
    result: Result<Article, KnowledgeError>,
) -> Result<Response, AuthRejection> {
    match result {
        Ok(_) => Ok(see_other(&format!("/editorial/{id}"))),
        Err(error) => {
            let (status, message) = explain(&ctx, error)?;
            let page = editor_page(state, ctx, staff, id, Some(message)).await?;
            Ok(page_with_status(status, page))
        }
    }
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<TextForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::EditKnowledge)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let id = article_id(&id)?;
    state.store.article(&id).await.map_err(WebError::from)?;
    let text = match text_of(&form, &ctx) {
        Ok(text) => text,
        Err(message) => {
            let page = editor_page(&state, ctx, &staff, &id, Some(message)).await?;
            return Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page));
        }
    };
    let result = state.knowledge().revise(&staff.user, &id, form.based_on, text, state.clock.now()).await;
    step(&state, ctx, &staff, &id, result).await
}

#[derive(Debug, Deserialize)]
pub struct ReviewForm {
    csrf: String,
    #[serde(default)]
    version: u32,
    #[serde(default)]
    review_due: String,
    #[serde(default)]
    comment: String,
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<ReviewForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::EditKnowledge)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let id = article_id(&id)?;
    let result = state.knowledge().submit(&staff.user, &id).await;
    step(&state, ctx, &staff, &id, result).await
}

pub async fn publish(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<ReviewForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::PublishReviewedContent)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let id = article_id(&id)?;
    let due = match form.review_due.trim() {
        "" => None,
        text => match text.parse() {
            Ok(date) => Some(date),
            Err(_) => {
                let message = ctx.t1("editorial-invalid", "field", &ctx.t("editorial-review-due"));
                let page = editor_page(&state, ctx, &staff, &id, Some(message)).await?;
                return Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page));
            }
        },
    };
    let result = state.knowledge().publish(&staff.user, &id, form.version, due, &form.comment, state.clock.now()).await;
    step(&state, ctx, &staff, &id, result).await
}

pub async fn return_to_author(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<ReviewForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::PublishReviewedContent)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let id = article_id(&id)?;
    let result = state.knowledge().return_to_author(&staff.user, &id, &form.comment, state.clock.now()).await;
    step(&state, ctx, &staff, &id, result).await
}

pub async fn archive(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<ReviewForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::PublishReviewedContent)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let id = article_id(&id)?;
    let result = state.knowledge().archive(&staff.user, &id).await;
    step(&state, ctx, &staff, &id, result).await
}

#[derive(Debug, Deserialize)]
pub struct TranslationForm {
    csrf: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    body: String,
}

pub async fn translate(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<TranslationForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::EditKnowledge)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let id = article_id(&id)?;
    state.store.article(&id).await.map_err(WebError::from)?;
    let Some(lang) = ContentLang::parse(&form.lang) else {
        let message = ctx.t1("editorial-invalid", "field", &ctx.t("editorial-language"));
        let page = editor_page(&state, ctx, &staff, &id, Some(message)).await?;
        return Ok(page_with_status(StatusCode::UNPROCESSABLE_ENTITY, page));
    };
    let body = form.body.replace("\r\n", "\n");
    let result =
        state.knowledge().translate(&staff.user, &id, lang, &form.title, &form.summary, &body, state.clock.now()).await;
    step(&state, ctx, &staff, &id, result).await
}

pub struct DiffRow {
    pub kind: &'static str,
    pub text: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "editorial_diff.html")]
pub struct DiffPage {
    ctx: PageCtx,
    id: String,
    from: u32,
    to: u32,
    rows: Vec<DiffRow>,
}

fn whole_text(v: &lotse_core::knowledge::ArticleVersion) -> String {
    format!(
        "# {}\n\n{}\n\n{}\n\n{}\n{}\n",
        v.title,
        v.summary,
        v.body,
        references_text(&v.legal_references),
        sources_text(&v.sources)
    )
}

pub async fn diff(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path((id, version)): Path<(String, String)>,
) -> Result<DiffPage, AuthRejection> {
    staff.require(Action::EditKnowledge)?;
    let id = article_id(&id)?;
    let to: u32 = version.parse().map_err(|_| WebError::NotFound)?;
    let article = state.store.article(&id).await.map_err(WebError::from)?;
    let new = article.version(to).ok_or(WebError::NotFound)?;
    let from = to.saturating_sub(1);
    let old = article.version(from).map(whole_text).unwrap_or_default();
    let rows = diff_lines(&old, &whole_text(new))
        .into_iter()
        .map(|line| match line {
            DiffLine::Same(text) => DiffRow { kind: "same", text },
            DiffLine::Removed(text) => DiffRow { kind: "removed", text },
            DiffLine::Added(text) => DiffRow { kind: "added", text },
        })
        .collect();
    Ok(DiffPage { id: id.to_string(), from, to, rows, ctx: ctx.with_staff(&staff) })
}

#[derive(Template, WebTemplate)]
#[template(path = "editorial_reviews.html")]
pub struct ReviewsPage {
    ctx: PageCtx,
    articles: Vec<ArticleRow>,
}

/// What waits for a legal reviewer: articles in review, and published ones whose review expired.
pub async fn reviews(State(state): State<AppState>, ctx: PageCtx, staff: Staff) -> Result<ReviewsPage, AuthRejection> {
    staff.require(Action::PublishReviewedContent)?;
    let all = state.store.articles().await.map_err(WebError::from)?;
    let today = today(state.clock.now());
    let waiting: Vec<&Article> =
        all.iter().filter(|a| a.status == ArticleStatus::InReview || a.review_expired(today)).collect();
    Ok(ReviewsPage { articles: rows(&ctx, &waiting, today), ctx: ctx.with_staff(&staff) })
}
