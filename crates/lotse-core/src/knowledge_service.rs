//! The legal review workflow: draft → in review → published → (review expires) → re-review, or archived.
//! Every save is a new version; only a legal reviewer publishes; the sign-off names who, when and which version.
//! After every change the search index is told (the database stays the source of truth).

use crate::case::Topic;
use crate::knowledge::{
    Article, ArticleStatus, ArticleVersion, ContentLang, Invalid, Jurisdiction, KnowledgeDocument, LegalReference,
    Problem, Review, ReviewDecision, Source, Translation, check_text, check_version_texts, invalid, valid_slug,
};
use crate::policy::{Action, allows};
use crate::store::{Store, StoreError};
use crate::user::User;
use crate::{ArticleId, RumourId, ServiceId, Timestamp};
use jiff::civil::Date;

/// Keeps a search index in step with the database.
pub trait ArticleIndex: Send + Sync {
    /// The article changed (or is new): index what is published now.
    fn article_changed(&self, article: &Article);
}

/// For processes without a search index (`lotse import`, seeding): running servers notice the change through
/// the knowledge revision and rebuild their own.
pub struct NoIndex;

impl ArticleIndex for NoIndex {
    fn article_changed(&self, _article: &Article) {}
}

#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    #[error("invalid: {0}")]
    Invalid(#[from] Invalid),
    /// The actor's role may not do this (e.g. a counselor publishing).
    #[error("not allowed")]
    NotAllowed,
    /// The article is not in a state that allows this step (e.g. publishing a draft not submitted for review).
    #[error("not possible in status {0}")]
    WrongStatus(&'static str),
    /// Somebody else changed the article since the form was loaded.
    #[error("changed meanwhile")]
    Stale,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The German texts of a new version.
#[derive(Debug, Clone)]
pub struct ArticleText {
    pub title: String,
    pub summary: String,
    pub body: String,
    pub legal_references: Vec<LegalReference>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone)]
pub struct NewArticle {
    pub slug: String,
    pub topic: Topic,
    pub jurisdiction: Jurisdiction,
    pub jurisdiction_area: Option<String>,
    pub text: ArticleText,
}

/// A review lasts a year unless the reviewer sets another date.
pub const DEFAULT_REVIEW_MONTHS: i8 = 12;

fn timestamp(now: Timestamp) -> jiff::Timestamp {
    jiff::Timestamp::from_millisecond(now.as_millis()).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
}

/// Today's date in Germany.
pub fn today(now: Timestamp) -> Date {
    match jiff::tz::TimeZone::get("Europe/Berlin") {
        Ok(tz) => tz.to_datetime(timestamp(now)).date(),
        Err(_) => jiff::tz::TimeZone::UTC.to_datetime(timestamp(now)).date(),
    }
}

/// A uniqueness or state conflict in the store means somebody else changed the article first.
fn stale_on_conflict(result: Result<(), StoreError>) -> Result<(), KnowledgeError> {
    match result {
        Err(StoreError::Conflict(_)) => Err(KnowledgeError::Stale),
        other => Ok(other?),
    }
}

fn require(actor: &User, action: Action) -> Result<(), KnowledgeError> {
    if actor.active && allows(actor.role, action) { Ok(()) } else { Err(KnowledgeError::NotAllowed) }
}

fn version_from(text: ArticleText, number: u32, actor: &User, now: Timestamp) -> Result<ArticleVersion, Invalid> {
    let v = ArticleVersion {
        version: number,
        title: text.title.trim().to_string(),
        summary: text.summary.trim().to_string(),
        body: text.body.trim_end().to_string(),
        legal_references: text.legal_references,
        sources: text.sources,
        author: actor.display_name.clone(),
        created_at: timestamp(now),
    };
    check_version_texts(&v, "text")?;
    Ok(v)
}

pub struct KnowledgeService<'a> {
    pub store: &'a dyn Store,
    pub index: &'a dyn ArticleIndex,
}

impl KnowledgeService<'_> {
    async fn changed(&self, id: &ArticleId) -> Result<Article, KnowledgeError> {
        let article = self.store.article(id).await?;
        self.index.article_changed(&article);
        Ok(article)
    }

    /// A new article with its first version, as a draft.
    pub async fn draft(&self, actor: &User, new: NewArticle, now: Timestamp) -> Result<Article, KnowledgeError> {
        require(actor, Action::EditKnowledge)?;
        if !valid_slug(&new.slug) {
            return Err(invalid("slug", Problem::BadSlug).into());
        }
        let area = new.jurisdiction_area.map(|a| a.trim().to_string()).filter(|a| !a.is_empty());
        let article = Article {
            id: Some(ArticleId::generate()),
            slug: new.slug,
            topic: new.topic,
            jurisdiction: new.jurisdiction,
            jurisdiction_area: area,
            status: ArticleStatus::Draft,
            published_version: None,
            review_due: None,
            versions: vec![version_from(new.text, 1, actor, now)?],
            reviews: vec![],
            translations: vec![],
        };
        article.validate("article")?;
        self.store.insert_article(&article).await?;
        let id = article.id.clone().ok_or(KnowledgeError::Stale)?;
        self.changed(&id).await
    }

    /// Saves a new version. `based_on` is the version the editor started from; if somebody saved meanwhile the
    /// save is refused rather than silently overwriting their work.
    pub async fn revise(
        &self,
        actor: &User,
        id: &ArticleId,
        based_on: u32,
        text: ArticleText,
        now: Timestamp,
    ) -> Result<Article, KnowledgeError> {
        require(actor, Action::EditKnowledge)?;
        let article = self.store.article(id).await?;
        let latest = article.latest().map(|v| v.version).unwrap_or(0);
        if latest != based_on {
            return Err(KnowledgeError::Stale);
        }
        if article.status == ArticleStatus::Archived {
            return Err(KnowledgeError::WrongStatus(article.status.as_str()));
        }
        let version = version_from(text, latest + 1, actor, now)?;
        stale_on_conflict(self.store.append_version(id, &version, ArticleStatus::Draft).await)?;
        self.changed(id).await
    }

    /// Hands the newest version to the legal reviewers.
    pub async fn submit(&self, actor: &User, id: &ArticleId) -> Result<Article, KnowledgeError> {
        require(actor, Action::EditKnowledge)?;
        let article = self.store.article(id).await?;
        if article.status != ArticleStatus::Draft {
            return Err(KnowledgeError::WrongStatus(article.status.as_str()));
        }
        stale_on_conflict(self.store.set_article_status(id, ArticleStatus::Draft, ArticleStatus::InReview).await)?;
        self.changed(id).await
    }

    /// Signs off `version` (which must be the newest) and publishes it. Allowed for articles in review, and for
    /// published articles whose review expired (re-review of the same version).
    pub async fn publish(
        &self,
        actor: &User,
        id: &ArticleId,
        version: u32,
        review_due: Option<Date>,
        comment: &str,
        now: Timestamp,
    ) -> Result<Article, KnowledgeError> {
        require(actor, Action::PublishReviewedContent)?;
        let article = self.store.article(id).await?;
        let latest = article.latest().map(|v| v.version).unwrap_or(0);
        if version != latest {
            return Err(KnowledgeError::Stale);
        }
        let rereview = article.status == ArticleStatus::Published && article.published_version == Some(version);
        if article.status != ArticleStatus::InReview && !rereview {
            return Err(KnowledgeError::WrongStatus(article.status.as_str()));
        }
        let today = today(now);
        let due = match review_due {
            Some(due) if due <= today => return Err(invalid("review_due", Problem::Inconsistent).into()),
            Some(due) => due,
            None => today.checked_add(jiff::Span::new().months(DEFAULT_REVIEW_MONTHS)).unwrap_or(today),
        };
        check_text(comment, "comment", 5_000, false)?;
        let review = Review {
            version,
            decision: ReviewDecision::Published,
            reviewer_id: Some(actor.id.as_str().to_string()),
            reviewer: actor.display_name.clone(),
            comment: comment.trim().to_string(),
            at: timestamp(now),
        };
        let result = self
            .store
            .record_review(id, &review, article.status, latest, ArticleStatus::Published, Some(version), Some(due))
            .await;
        stale_on_conflict(result)?;
        self.changed(id).await
    }

    /// Sends an article in review back to its authors with a comment.
    pub async fn return_to_author(
        &self,
        actor: &User,
        id: &ArticleId,
        comment: &str,
        now: Timestamp,
    ) -> Result<Article, KnowledgeError> {
        require(actor, Action::PublishReviewedContent)?;
        check_text(comment, "comment", 5_000, true)?;
        let article = self.store.article(id).await?;
        if article.status != ArticleStatus::InReview {
            return Err(KnowledgeError::WrongStatus(article.status.as_str()));
        }
        let latest = article.latest().map(|v| v.version).unwrap_or(0);
        let review = Review {
            version: latest,
            decision: ReviewDecision::Returned,
            reviewer_id: Some(actor.id.as_str().to_string()),
            reviewer: actor.display_name.clone(),
            comment: comment.trim().to_string(),
            at: timestamp(now),
        };
        let result = self
            .store
            .record_review(
                id,
                &review,
                ArticleStatus::InReview,
                latest,
                ArticleStatus::Draft,
                article.published_version,
                article.review_due,
            )
            .await;
        stale_on_conflict(result)?;
        self.changed(id).await
    }

    /// Takes an article off the portal for good.
    pub async fn archive(&self, actor: &User, id: &ArticleId) -> Result<Article, KnowledgeError> {
        require(actor, Action::PublishReviewedContent)?;
        let article = self.store.article(id).await?;
        if article.status == ArticleStatus::Archived {
            return Err(KnowledgeError::WrongStatus(article.status.as_str()));
        }
        stale_on_conflict(self.store.set_article_status(id, article.status, ArticleStatus::Archived).await)?;
        self.changed(id).await
    }

    /// A new revision of the translation into `lang`, made from the published version (or, before the first
    /// publication, from the newest one).
    #[allow(clippy::too_many_arguments)]
    pub async fn translate(
        &self,
        actor: &User,
        id: &ArticleId,
        lang: ContentLang,
        title: &str,
        summary: &str,
        body: &str,
        now: Timestamp,
    ) -> Result<Article, KnowledgeError> {
        require(actor, Action::EditKnowledge)?;
        if lang == ContentLang::De {
            return Err(invalid("lang", Problem::BadLanguage).into());
        }
        let article = self.store.article(id).await?;
        let source_version =
            article.published_version.or(article.latest().map(|v| v.version)).ok_or(KnowledgeError::Stale)?;
        let revision = article.translations.iter().filter(|t| t.lang == lang).count() as u32 + 1;
        let translation = Translation {
            lang,
            revision,
            source_version,
            title: title.trim().to_string(),
            summary: summary.trim().to_string(),
            body: body.trim_end().to_string(),
            translator: actor.display_name.clone(),
            created_at: timestamp(now),
        };
        check_text(&translation.title, "title", crate::knowledge::TITLE_MAX, true)?;
        check_text(&translation.summary, "summary", crate::knowledge::SUMMARY_MAX, true)?;
        check_text(&translation.body, "body", crate::knowledge::BODY_MAX, true)?;
        stale_on_conflict(self.store.append_translation(id, &translation).await)?;
        self.changed(id).await
    }

    /// Imports an exchange document: checked whole, then stored in one transaction (all or nothing), then indexed.
    /// Records without an id get one. Returns the counts (articles, services, rumours).
    pub async fn import(&self, mut document: KnowledgeDocument) -> Result<(usize, usize, usize), KnowledgeError> {
        let known: Vec<String> = self.store.articles().await?.into_iter().map(|a| a.slug).collect();
        document.validate(&known)?;
        for a in &mut document.articles {
            a.id.get_or_insert_with(ArticleId::generate);
        }
        for s in &mut document.directory {
            s.id.get_or_insert_with(ServiceId::generate);
        }
        for r in &mut document.rumours {
            r.id.get_or_insert_with(RumourId::generate);
        }
        self.store.import_knowledge(&document).await?;
        for a in &document.articles {
            self.index.article_changed(a);
        }
        Ok((document.articles.len(), document.directory.len(), document.rumours.len()))
    }
}

/// Everything, in the exchange format, ordered so that the same data always gives the same bytes.
pub async fn export(store: &dyn Store) -> Result<KnowledgeDocument, StoreError> {
    Ok(KnowledgeDocument {
        format: crate::knowledge::FORMAT.to_string(),
        articles: store.articles().await?,
        directory: store.services().await?,
        rumours: store.rumours().await?,
    })
}
