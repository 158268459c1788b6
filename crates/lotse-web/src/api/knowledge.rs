//! Knowledge, directory and rumours over the API. Reading published content and searching is public (no token);
//! writing needs a role that edits knowledge; signing off needs a legal reviewer.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use lotse_core::case::Topic;
use lotse_core::directory::{DirectoryQuery, Postcodes, Service, ServiceKind};
use lotse_core::knowledge::{ContentLang, Jurisdiction, KnowledgeDocument, LegalReference, Source};
use lotse_core::knowledge_service::{ArticleText, KnowledgeError, NewArticle};
use lotse_core::policy::Action;
use lotse_core::rumour::Rumour;
use lotse_core::{ArticleId, RumourId, ServiceId};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::api::auth::ApiPrincipal;
use crate::api::json::ApiJson;
use crate::errors::{ErrorBody, FieldError, WebError};

impl From<KnowledgeError> for WebError {
    fn from(error: KnowledgeError) -> Self {
        let one = |field: &str, code: &str| vec![FieldError { field: field.into(), code: code.into() }];
        match error {
            KnowledgeError::Invalid(invalid) => {
                WebError::InvalidInput(vec![FieldError { field: invalid.field, code: invalid.problem.key().into() }])
            }
            KnowledgeError::NotAllowed => WebError::Forbidden,
            KnowledgeError::WrongStatus(status) => WebError::Conflict(one("status", status)),
            KnowledgeError::Stale => WebError::Conflict(one("version", "stale")),
            KnowledgeError::Store(store) => store.into(),
        }
    }
}

fn invalid(field: &str, code: &str) -> WebError {
    WebError::InvalidInput(vec![FieldError { field: field.into(), code: code.into() }])
}

fn article_id(id: &str) -> Result<ArticleId, WebError> {
    ArticleId::parse(id).ok_or(WebError::NotFound)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// The words to look for; typos and inflected forms are tolerated.
    pub q: String,
    /// de, de-simple, en, ar, uk, ru, fa, tr; guessed from the script when absent.
    pub lang: Option<String>,
    /// At most this many results (1–100, default 10).
    pub limit: Option<usize>,
    pub topic: Option<String>,
    /// federal, state, municipality.
    pub jurisdiction: Option<String>,
    /// Also count the matches per topic, jurisdiction and language (`facets` in the answer; costs time).
    pub facets: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SearchResult {
    /// The article's id.
    pub id: String,
    /// The German version the text belongs to.
    pub version: u32,
    pub title: String,
    pub lang: String,
    pub topic: String,
    pub snippet: String,
    pub score: f32,
    pub slug: String,
    pub jurisdiction: String,
    /// The snippet as escaped HTML with the matches in `<mark>`.
    pub snippet_html: String,
    /// A translation made from an older German version than the one published.
    pub outdated: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SearchResponse {
    /// Best first, one per article.
    pub results: Vec<SearchResult>,
    /// The language the query was analysed in.
    pub lang: String,
    /// With `facets=true`: matching texts per topic, jurisdiction and language, `{"topic":[["residence",3]],...}`;
    /// empty lists otherwise.
    #[schema(value_type = Object)]
    pub facets: lotse_search::FacetCounts,
}

pub(crate) fn parse_search(params: &SearchParams) -> Result<lotse_search::SearchRequest, WebError> {
    let lang = match params.lang.as_deref().filter(|l| !l.is_empty()) {
        Some(code) => Some(ContentLang::parse(code).ok_or_else(|| invalid("lang", "bad_language"))?),
        None => None,
    };
    let topic = match params.topic.as_deref().filter(|t| !t.is_empty()) {
        Some(t) => Some(Topic::parse(t).ok_or_else(|| invalid("topic", "invalid"))?),
        None => None,
    };
    let jurisdiction = match params.jurisdiction.as_deref().filter(|t| !t.is_empty()) {
        Some(j) => Some(Jurisdiction::parse(j).ok_or_else(|| invalid("jurisdiction", "invalid"))?),
        None => None,
    };
    if params.q.chars().count() > 500 {
        return Err(invalid("q", "too_long"));
    }
    if params.limit.is_some_and(|l| l == 0 || l > 100) {
        return Err(invalid("limit", "invalid"));
    }
    Ok(lotse_search::SearchRequest {
        text: params.q.clone(),
        lang,
        topic,
        jurisdiction,
        limit: params.limit.unwrap_or(10),
        facets: params.facets.unwrap_or(false),
        passage_chars: 200,
    })
}

/// Searches the published knowledge (public, no token).
#[utoipa::path(get, path = "/api/v1/search", tag = "knowledge", params(SearchParams),
    responses((status = 200, body = SearchResponse), (status = 422, body = ErrorBody)))]
pub async fn search(
    State(state): State<AppState>,
    params: Result<Query<SearchParams>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<SearchResponse>, WebError> {
    let Query(params) = params.map_err(|_| invalid("q", "required"))?;
    let request = parse_search(&params)?;
    let results = state.search.search(&request).map_err(|e| WebError::Internal(e.to_string()))?;
    Ok(Json(SearchResponse {
        lang: results.lang.as_str().to_string(),
        facets: results.facets,
        results: results
            .hits
            .into_iter()
            .map(|h| SearchResult {
                id: h.article_id,
                version: h.version,
                title: h.title,
                lang: h.lang.as_str().to_string(),
                topic: h.topic.as_str().to_string(),
                snippet: h.snippet,
                score: h.score,
                slug: h.slug,
                jurisdiction: h.jurisdiction.as_str().to_string(),
                snippet_html: h.snippet_html,
                outdated: h.outdated,
            })
            .collect(),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PublishedArticle {
    pub id: String,
    pub slug: String,
    pub topic: String,
    pub jurisdiction: String,
    pub jurisdiction_area: Option<String>,
    pub version: u32,
    pub title: String,
    pub summary: String,
    /// Markdown.
    pub body: String,
    #[schema(value_type = Vec<Object>)]
    pub legal_references: Vec<LegalReference>,
    #[schema(value_type = Vec<Object>)]
    pub sources: Vec<Source>,
    /// When a legal reviewer signed this version off (RFC 3339).
    pub checked_at: Option<String>,
    pub review_due: Option<String>,
    /// Languages it can be read in, with `outdated` for translations of an older version.
    #[schema(value_type = Vec<Object>)]
    pub translations: Vec<TranslationInfo>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TranslationInfo {
    pub lang: String,
    pub source_version: u32,
    pub outdated: bool,
}

fn published_view(article: &lotse_core::knowledge::Article) -> Option<PublishedArticle> {
    let v = article.published()?;
    let published = v.version;
    Some(PublishedArticle {
        id: article.id.as_ref()?.to_string(),
        slug: article.slug.clone(),
        topic: article.topic.as_str().into(),
        jurisdiction: article.jurisdiction.as_str().into(),
        jurisdiction_area: article.jurisdiction_area.clone(),
        version: v.version,
        title: v.title.clone(),
        summary: v.summary.clone(),
        body: v.body.clone(),
        legal_references: v.legal_references.clone(),
        sources: v.sources.clone(),
        checked_at: article.sign_off().map(|r| r.at.to_string()),
        review_due: article.review_due.map(|d| d.to_string()),
        translations: article
            .current_translations()
            .into_iter()
            .map(|t| TranslationInfo {
                lang: t.lang.as_str().into(),
                source_version: t.source_version,
                outdated: t.source_version < published,
            })
            .collect(),
    })
}

/// Every published article (public).
#[utoipa::path(get, path = "/api/v1/articles", tag = "knowledge",
    responses((status = 200, body = Vec<PublishedArticle>)))]
pub async fn list_articles(State(state): State<AppState>) -> Result<Json<Vec<PublishedArticle>>, WebError> {
    let articles = state.store.articles().await?;
    Ok(Json(articles.iter().filter_map(published_view).collect()))
}

/// One published article by id or slug (public).
#[utoipa::path(get, path = "/api/v1/articles/{id}", tag = "knowledge",
    params(("id" = String, Path, description = "Article id or slug")),
    responses((status = 200, body = PublishedArticle), (status = 404, body = ErrorBody)))]
pub async fn get_article(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<PublishedArticle>, WebError> {
    let article = match ArticleId::parse(&id) {
        Some(id) => state.store.article(&id).await?,
        None => state.store.article_by_slug(&id).await?,
    };
    published_view(&article).map(Json).ok_or(WebError::NotFound)
}

/// The whole record with every version, sign-off and translation (editors).
#[utoipa::path(get, path = "/api/v1/articles/{id}/history", tag = "knowledge", security(("bearer" = [])),
    params(("id" = String, Path, description = "Article id")),
    responses((status = 200, description = "the article in the exchange format", body = Object),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn article_history(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
) -> Result<Json<lotse_core::knowledge::Article>, WebError> {
    principal.require(Action::EditKnowledge)?;
    Ok(Json(state.store.article(&article_id(&id)?).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticleTextInput {
    pub title: String,
    pub summary: String,
    /// Markdown.
    pub body: String,
    #[serde(default)]
    #[schema(value_type = Vec<Object>)]
    pub legal_references: Vec<LegalReference>,
    #[serde(default)]
    #[schema(value_type = Vec<Object>)]
    pub sources: Vec<Source>,
}

impl From<ArticleTextInput> for ArticleText {
    fn from(t: ArticleTextInput) -> Self {
        ArticleText {
            title: t.title,
            summary: t.summary,
            body: t.body,
            legal_references: t.legal_references,
            sources: t.sources,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewArticleInput {
    pub slug: String,
    pub topic: String,
    /// federal, state, municipality.
    pub jurisdiction: String,
    pub jurisdiction_area: Option<String>,
    #[serde(flatten)]
    pub text: ArticleTextInput,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleState {
    pub id: String,
    pub status: String,
    /// The newest version.
    pub version: u32,
    pub published_version: Option<u32>,
}

fn state_of(article: &lotse_core::knowledge::Article) -> ArticleState {
    ArticleState {
        id: article.id.as_ref().map(|i| i.to_string()).unwrap_or_default(),
        status: article.status.as_str().into(),
        version: article.latest().map(|v| v.version).unwrap_or(0),
        published_version: article.published_version,
    }
}

/// Drafts a new article (version 1).
#[utoipa::path(post, path = "/api/v1/articles", tag = "knowledge", security(("bearer" = [])),
    request_body = NewArticleInput,
    responses((status = 201, body = ArticleState), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_article(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    input: Result<ApiJson<NewArticleInput>, WebError>,
) -> Result<(StatusCode, Json<ArticleState>), WebError> {
    principal.require(Action::EditKnowledge)?;
    let ApiJson(input) = input?;
    let new = NewArticle {
        slug: input.slug,
        topic: Topic::parse(&input.topic).ok_or_else(|| invalid("topic", "invalid"))?,
        jurisdiction: Jurisdiction::parse(&input.jurisdiction).ok_or_else(|| invalid("jurisdiction", "invalid"))?,
        jurisdiction_area: input.jurisdiction_area,
        text: input.text.into(),
    };
    let article = state.knowledge().draft(&principal.user, new, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(state_of(&article))))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewVersionInput {
    /// The version the edit started from; refused with 409 when somebody saved a newer one meanwhile.
    pub based_on: u32,
    #[serde(flatten)]
    pub text: ArticleTextInput,
}

/// Saves a new version (back to draft; the published version stays on the portal until the next sign-off).
#[utoipa::path(post, path = "/api/v1/articles/{id}/versions", tag = "knowledge", security(("bearer" = [])),
    params(("id" = String, Path, description = "Article id")), request_body = NewVersionInput,
    responses((status = 201, body = ArticleState), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_version(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<NewVersionInput>, WebError>,
) -> Result<(StatusCode, Json<ArticleState>), WebError> {
    principal.require(Action::EditKnowledge)?;
    let ApiJson(input) = input?;
    let id = article_id(&id)?;
    let article =
        state.knowledge().revise(&principal.user, &id, input.based_on, input.text.into(), state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(state_of(&article))))
}

/// Hands the newest version to the legal reviewers.
#[utoipa::path(post, path = "/api/v1/articles/{id}/submit", tag = "knowledge", security(("bearer" = [])),
    params(("id" = String, Path, description = "Article id")),
    responses((status = 200, body = ArticleState), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn submit_article(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
) -> Result<Json<ArticleState>, WebError> {
    principal.require(Action::EditKnowledge)?;
    let article = state.knowledge().submit(&principal.user, &article_id(&id)?).await?;
    Ok(Json(state_of(&article)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PublishInput {
    /// The version signed off; must be the newest.
    pub version: u32,
    /// When the review expires (YYYY-MM-DD); default one year from today.
    pub review_due: Option<String>,
    #[serde(default)]
    pub comment: String,
}

fn parse_date(text: Option<&str>, field: &str) -> Result<Option<jiff::civil::Date>, WebError> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => t.parse().map(Some).map_err(|_| invalid(field, "invalid")),
        None => Ok(None),
    }
}

/// Signs a version off and publishes it (legal reviewers only).
#[utoipa::path(post, path = "/api/v1/articles/{id}/publish", tag = "knowledge", security(("bearer" = [])),
    params(("id" = String, Path, description = "Article id")), request_body = PublishInput,
    responses((status = 200, body = ArticleState), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn publish_article(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<PublishInput>, WebError>,
) -> Result<Json<ArticleState>, WebError> {
    principal.require(Action::PublishReviewedContent)?;
    let ApiJson(input) = input?;
    let due = parse_date(input.review_due.as_deref(), "review_due")?;
    let article = state
        .knowledge()
        .publish(&principal.user, &article_id(&id)?, input.version, due, &input.comment, state.clock.now())
        .await?;
    Ok(Json(state_of(&article)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReturnInput {
    /// What must change; required.
    pub comment: String,
}

/// Sends an article in review back to its authors (legal reviewers only).
#[utoipa::path(post, path = "/api/v1/articles/{id}/return", tag = "knowledge", security(("bearer" = [])),
    params(("id" = String, Path, description = "Article id")), request_body = ReturnInput,
    responses((status = 200, body = ArticleState), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn return_article(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<ReturnInput>, WebError>,
) -> Result<Json<ArticleState>, WebError> {
    principal.require(Action::PublishReviewedContent)?;
    let ApiJson(input) = input?;
    let article = state
        .knowledge()
        .return_to_author(&principal.user, &article_id(&id)?, &input.comment, state.clock.now())
        .await?;
    Ok(Json(state_of(&article)))
}

/// Takes an article off the portal (legal reviewers only).
#[utoipa::path(post, path = "/api/v1/articles/{id}/archive", tag = "knowledge", security(("bearer" = [])),
    params(("id" = String, Path, description = "Article id")),
    responses((status = 200, body = ArticleState), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn archive_article(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
) -> Result<Json<ArticleState>, WebError> {
    principal.require(Action::PublishReviewedContent)?;
    let article = state.knowledge().archive(&principal.user, &article_id(&id)?).await?;
    Ok(Json(state_of(&article)))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TranslationInput {
    /// de-simple, en, ar, uk, ru, fa, tr.
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub body: String,
}

/// Adds a translation revision, made from the published version.
#[utoipa::path(post, path = "/api/v1/articles/{id}/translations", tag = "knowledge", security(("bearer" = [])),
    params(("id" = String, Path, description = "Article id")), request_body = TranslationInput,
    responses((status = 201, body = ArticleState), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_translation(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<TranslationInput>, WebError>,
) -> Result<(StatusCode, Json<ArticleState>), WebError> {
    principal.require(Action::EditKnowledge)?;
    let ApiJson(input) = input?;
    let lang = ContentLang::parse(&input.lang).ok_or_else(|| invalid("lang", "bad_language"))?;
    let article = state
        .knowledge()
        .translate(
            &principal.user,
            &article_id(&id)?,
            lang,
            &input.title,
            &input.summary,
            &input.body,
            state.clock.now(),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(state_of(&article))))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DirectoryParams {
    pub topic: Option<String>,
    /// A language spoken there (ISO 639-1).
    pub language: Option<String>,
    pub kind: Option<String>,
    /// Part of the town's name.
    pub town: Option<String>,
    /// Sort by distance from this postcode (Saxony-Anhalt).
    pub postcode: Option<String>,
    /// Only services within this distance of the postcode.
    pub radius_km: Option<f64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DirectoryResult {
    #[serde(flatten)]
    #[schema(value_type = Object)]
    pub service: Service,
    pub distance_km: Option<f64>,
}

pub(crate) fn parse_directory(params: &DirectoryParams) -> Result<DirectoryQuery, WebError> {
    let nonempty = |v: &Option<String>| v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
    let near = match nonempty(&params.postcode) {
        Some(code) => Some(Postcodes::saxony_anhalt().lookup(&code).ok_or_else(|| invalid("postcode", "unknown"))?.1),
        None => None,
    };
    if params.radius_km.is_some_and(|r| !(0.0..=500.0).contains(&r)) {
        return Err(invalid("radius_km", "invalid"));
    }
    Ok(DirectoryQuery {
        topic: nonempty(&params.topic)
            .map(|t| Topic::parse(&t).ok_or_else(|| invalid("topic", "invalid")))
            .transpose()?,
        language: nonempty(&params.language),
        kind: nonempty(&params.kind)
            .map(|k| ServiceKind::parse(&k).ok_or_else(|| invalid("kind", "invalid")))
            .transpose()?,
        town: nonempty(&params.town),
        near,
        radius_km: if near.is_some() { params.radius_km } else { None },
    })
}

/// Searches the directory of services (public).
#[utoipa::path(get, path = "/api/v1/services", tag = "directory", params(DirectoryParams),
    responses((status = 200, body = Vec<DirectoryResult>), (status = 422, body = ErrorBody)))]
pub async fn list_services(
    State(state): State<AppState>,
    params: Result<Query<DirectoryParams>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Vec<DirectoryResult>>, WebError> {
    let Query(params) = params.map_err(|_| WebError::BadRequest)?;
    let query = parse_directory(&params)?;
    let services = state.store.services().await?;
    Ok(Json(
        lotse_core::directory::search(&services, &query)
            .into_iter()
            .map(|h| DirectoryResult { service: h.service.clone(), distance_km: h.distance_km })
            .collect(),
    ))
}

fn check_service(service: &Service) -> Result<(), WebError> {
    service.validate("service").map_err(|e| WebError::from(KnowledgeError::Invalid(e)))
}

/// Adds a service to the directory (exchange format, without `id`).
#[utoipa::path(post, path = "/api/v1/services", tag = "directory", security(("bearer" = [])),
    request_body(content = Object, description = "a SERVICE as in docs/knowledge-format.md"),
    responses((status = 201, body = Object), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_service(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    input: Result<ApiJson<Service>, WebError>,
) -> Result<(StatusCode, Json<Service>), WebError> {
    principal.require(Action::EditKnowledge)?;
    let ApiJson(mut service) = input?;
    service.id = Some(ServiceId::generate());
    check_service(&service)?;
    state.store.save_service(&service).await?;
    Ok((StatusCode::CREATED, Json(service)))
}

/// Replaces a service.
#[utoipa::path(put, path = "/api/v1/services/{id}", tag = "directory", security(("bearer" = [])),
    params(("id" = String, Path, description = "Service id")),
    request_body(content = Object, description = "a SERVICE as in docs/knowledge-format.md"),
    responses((status = 200, body = Object), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_service(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<Service>, WebError>,
) -> Result<Json<Service>, WebError> {
    principal.require(Action::EditKnowledge)?;
    let ApiJson(mut service) = input?;
    let id = ServiceId::parse(&id).ok_or(WebError::NotFound)?;
    state.store.service(&id).await?;
    service.id = Some(id);
    check_service(&service)?;
    state.store.save_service(&service).await?;
    Ok(Json(service))
}

/// The rumour register (public).
#[utoipa::path(get, path = "/api/v1/rumours", tag = "rumours",
    responses((status = 200, description = "RUMOURs as in docs/knowledge-format.md", body = Vec<Object>)))]
pub async fn list_rumours(State(state): State<AppState>) -> Result<Json<Vec<Rumour>>, WebError> {
    Ok(Json(state.store.rumours().await?))
}

async fn check_rumour(state: &AppState, rumour: &Rumour) -> Result<(), WebError> {
    rumour.validate("rumour").map_err(|e| WebError::from(KnowledgeError::Invalid(e)))?;
    for (i, slug) in rumour.articles.iter().enumerate() {
        if matches!(state.store.article_by_slug(slug).await, Err(lotse_core::StoreError::NotFound)) {
            return Err(invalid(&format!("rumour.articles[{i}]"), "unknown_article"));
        }
    }
    Ok(())
}

/// Adds a rumour with its verdict and corrections.
#[utoipa::path(post, path = "/api/v1/rumours", tag = "rumours", security(("bearer" = [])),
    request_body(content = Object, description = "a RUMOUR as in docs/knowledge-format.md"),
    responses((status = 201, body = Object), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_rumour(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    input: Result<ApiJson<Rumour>, WebError>,
) -> Result<(StatusCode, Json<Rumour>), WebError> {
    principal.require(Action::EditKnowledge)?;
    let ApiJson(mut rumour) = input?;
    rumour.id = Some(RumourId::generate());
    check_rumour(&state, &rumour).await?;
    state.store.save_rumour(&rumour).await?;
    Ok((StatusCode::CREATED, Json(rumour)))
}

/// Replaces a rumour.
#[utoipa::path(put, path = "/api/v1/rumours/{id}", tag = "rumours", security(("bearer" = [])),
    params(("id" = String, Path, description = "Rumour id")),
    request_body(content = Object, description = "a RUMOUR as in docs/knowledge-format.md"),
    responses((status = 200, body = Object), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_rumour(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<Rumour>, WebError>,
) -> Result<Json<Rumour>, WebError> {
    principal.require(Action::EditKnowledge)?;
    let ApiJson(mut rumour) = input?;
    let id = RumourId::parse(&id).ok_or(WebError::NotFound)?;
    if !state.store.rumours().await?.iter().any(|r| r.id.as_ref() == Some(&id)) {
        return Err(WebError::NotFound);
    }
    rumour.id = Some(id);
    check_rumour(&state, &rumour).await?;
    state.store.save_rumour(&rumour).await?;
    Ok(Json(rumour))
}

/// Everything (articles with history, directory, rumours) in the exchange format.
#[utoipa::path(get, path = "/api/v1/knowledge/export", tag = "knowledge", security(("bearer" = [])),
    responses((status = 200, description = "docs/knowledge-format.md", body = Object), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody)))]
pub async fn export(
    State(state): State<AppState>,
    principal: ApiPrincipal,
) -> Result<Json<KnowledgeDocument>, WebError> {
    principal.require(Action::EditKnowledge)?;
    Ok(Json(lotse_core::knowledge_service::export(state.store.as_ref()).await?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ImportCounts {
    pub articles: usize,
    pub directory: usize,
    pub rumours: usize,
}

/// Imports an exchange document: all of it or nothing. It brings sign-offs with it, so only legal reviewers may.
#[utoipa::path(post, path = "/api/v1/knowledge/import", tag = "knowledge", security(("bearer" = [])),
    request_body(content = Object, description = "docs/knowledge-format.md"),
    responses((status = 201, body = ImportCounts), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn import(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    input: Result<ApiJson<KnowledgeDocument>, WebError>,
) -> Result<(StatusCode, Json<ImportCounts>), WebError> {
    principal.require(Action::PublishReviewedContent)?;
    let ApiJson(document) = input?;
    let (articles, directory, rumours) = state.knowledge().import(document).await?;
    Ok((StatusCode::CREATED, Json(ImportCounts { articles, directory, rumours })))
}
