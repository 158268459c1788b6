//! Knowledge articles, the directory and the rumour register, written once for both backends. Lists (legal
//! references, sources, contacts, corrections) are JSON text columns: they are read and written whole, never
//! queried inside.

use lotse_core::StoreError;
use lotse_core::knowledge::{Article, ArticleVersion, Review, Translation};

pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Backend(format!("cannot encode: {e}")))
}

pub(crate) fn from_json<T: serde::de::DeserializeOwned>(text: &str, what: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Backend(format!("bad {what} in the database: {e}")))
}

pub(crate) fn millis(at: jiff::Timestamp) -> i64 {
    at.as_millisecond()
}

pub(crate) fn instant(millis: i64) -> Result<jiff::Timestamp, StoreError> {
    jiff::Timestamp::from_millisecond(millis).map_err(|e| StoreError::Backend(format!("bad timestamp: {e}")))
}

pub(crate) fn date(text: &str) -> Result<jiff::civil::Date, StoreError> {
    text.parse().map_err(|e| StoreError::Backend(format!("bad date in the database: {e}")))
}

pub(crate) fn number(value: i64) -> Result<u32, StoreError> {
    u32::try_from(value).map_err(|_| StoreError::Backend("bad version number in the database".into()))
}

/// Puts child rows under their articles. Children arrive ordered by article and then by their own order.
pub(crate) fn assemble(
    mut articles: Vec<Article>,
    versions: Vec<(String, ArticleVersion)>,
    reviews: Vec<(String, Review)>,
    translations: Vec<(String, Translation)>,
) -> Vec<Article> {
    let mut index = std::collections::HashMap::new();
    for (i, a) in articles.iter().enumerate() {
        if let Some(id) = &a.id {
            index.insert(id.as_str().to_string(), i);
        }
    }
    for (id, v) in versions {
        if let Some(&i) = index.get(&id) {
            articles[i].versions.push(v);
        }
    }
    for (id, r) in reviews {
        if let Some(&i) = index.get(&id) {
            articles[i].reviews.push(r);
        }
    }
    for (id, t) in translations {
        if let Some(&i) = index.get(&id) {
            articles[i].translations.push(t);
        }
    }
    articles
}

macro_rules! knowledge_store {
    ($store:ty, $row:ty, $db:ty) => {
        impl $store {
            fn article_from_row(row: &$row) -> Result<lotse_core::knowledge::Article, lotse_core::StoreError> {
                use lotse_core::knowledge::{ArticleStatus, Jurisdiction};
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "article");
                let bad = |what: &str| lotse_core::StoreError::Backend(format!("unknown {what} in articles"));
                let topic: String = row.try_get("topic").map_err(get)?;
                let jurisdiction: String = row.try_get("jurisdiction").map_err(get)?;
                let status: String = row.try_get("status").map_err(get)?;
                let published: Option<i64> = row.try_get("published_version").map_err(get)?;
                let due: Option<String> = row.try_get("review_due").map_err(get)?;
                Ok(lotse_core::knowledge::Article {
                    id: Some(lotse_core::ArticleId::from_trusted(row.try_get("id").map_err(get)?)),
                    slug: row.try_get("slug").map_err(get)?,
                    topic: lotse_core::case::Topic::parse(&topic).ok_or_else(|| bad("topic"))?,
                    jurisdiction: Jurisdiction::parse(&jurisdiction).ok_or_else(|| bad("jurisdiction"))?,
                    jurisdiction_area: row.try_get("jurisdiction_area").map_err(get)?,
                    status: ArticleStatus::parse(&status).ok_or_else(|| bad("status"))?,
                    published_version: published.map($crate::portable_knowledge::number).transpose()?,
                    review_due: due.as_deref().map($crate::portable_knowledge::date).transpose()?,
                    versions: vec![],
                    reviews: vec![],
                    translations: vec![],
                })
            }

            fn version_from_row(
                row: &$row,
            ) -> Result<(String, lotse_core::knowledge::ArticleVersion), lotse_core::StoreError> {
                use $crate::portable_knowledge::{from_json, instant, number};
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "article_version");
                let refs: String = row.try_get("legal_references").map_err(get)?;
                let sources: String = row.try_get("sources").map_err(get)?;
                Ok((
                    row.try_get("article_id").map_err(get)?,
                    lotse_core::knowledge::ArticleVersion {
                        version: number(row.try_get("version").map_err(get)?)?,
                        title: row.try_get("title").map_err(get)?,
                        summary: row.try_get("summary").map_err(get)?,
                        body: row.try_get("body").map_err(get)?,
                        legal_references: from_json(&refs, "legal references")?,
                        sources: from_json(&sources, "sources")?,
                        author: row.try_get("author").map_err(get)?,
                        created_at: instant(row.try_get("created_at").map_err(get)?)?,
                    },
                ))
            }

            fn review_from_row(row: &$row) -> Result<(String, lotse_core::knowledge::Review), lotse_core::StoreError> {
                use $crate::portable_knowledge::{instant, number};
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "article_review");
                let decision: String = row.try_get("decision").map_err(get)?;
                Ok((
                    row.try_get("article_id").map_err(get)?,
                    lotse_core::knowledge::Review {
                        version: number(row.try_get("version").map_err(get)?)?,
                        decision: lotse_core::knowledge::ReviewDecision::parse(&decision)
                            .ok_or_else(|| lotse_core::StoreError::Backend("unknown review decision".into()))?,
                        reviewer_id: row.try_get("reviewer_id").map_err(get)?,
                        reviewer: row.try_get("reviewer").map_err(get)?,
                        comment: row.try_get("comment").map_err(get)?,
                        at: instant(row.try_get("at").map_err(get)?)?,
                    },
                ))
            }

            fn translation_from_row(
                row: &$row,
            ) -> Result<(String, lotse_core::knowledge::Translation), lotse_core::StoreError> {
                use $crate::portable_knowledge::{instant, number};
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "article_translation");
                let lang: String = row.try_get("lang").map_err(get)?;
                Ok((
                    row.try_get("article_id").map_err(get)?,
                    lotse_core::knowledge::Translation {
                        lang: lotse_core::knowledge::ContentLang::parse(&lang)
                            .ok_or_else(|| lotse_core::StoreError::Backend("unknown translation language".into()))?,
                        revision: number(row.try_get("revision").map_err(get)?)?,
                        source_version: number(row.try_get("source_version").map_err(get)?)?,
                        title: row.try_get("title").map_err(get)?,
                        summary: row.try_get("summary").map_err(get)?,
                        body: row.try_get("body").map_err(get)?,
                        translator: row.try_get("translator").map_err(get)?,
                        created_at: instant(row.try_get("created_at").map_err(get)?)?,
                    },
                ))
            }

            fn service_from_row(row: &$row) -> Result<lotse_core::directory::Service, lotse_core::StoreError> {
                use $crate::portable_knowledge::from_json;
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "service");
                let bad = |what: &str| lotse_core::StoreError::Backend(format!("unknown {what} in services"));
                let kind: String = row.try_get("kind").map_err(get)?;
                let topics: String = row.try_get("topics").map_err(get)?;
                let languages: String = row.try_get("languages").map_err(get)?;
                let contact: String = row.try_get("contact").map_err(get)?;
                let sources: String = row.try_get("sources").map_err(get)?;
                Ok(lotse_core::directory::Service {
                    id: Some(lotse_core::ServiceId::from_trusted(row.try_get("id").map_err(get)?)),
                    slug: row.try_get("slug").map_err(get)?,
                    name: row.try_get("name").map_err(get)?,
                    kind: lotse_core::directory::ServiceKind::parse(&kind).ok_or_else(|| bad("kind"))?,
                    topics: topics
                        .split(',')
                        .filter(|t| !t.is_empty())
                        .map(|t| lotse_core::case::Topic::parse(t).ok_or_else(|| bad("topic")))
                        .collect::<Result<_, _>>()?,
                    languages: languages.split(',').filter(|l| !l.is_empty()).map(str::to_string).collect(),
                    street: row.try_get("street").map_err(get)?,
                    postcode: row.try_get("postcode").map_err(get)?,
                    town: row.try_get("town").map_err(get)?,
                    latitude: row.try_get("latitude").map_err(get)?,
                    longitude: row.try_get("longitude").map_err(get)?,
                    opening_hours: row.try_get("opening_hours").map_err(get)?,
                    contact: from_json(&contact, "contact")?,
                    accessibility: row.try_get("accessibility").map_err(get)?,
                    description: row.try_get("description").map_err(get)?,
                    sources: from_json(&sources, "sources")?,
                })
            }

            fn rumour_from_row(row: &$row) -> Result<lotse_core::rumour::Rumour, lotse_core::StoreError> {
                use $crate::portable_knowledge::{date, from_json};
                use sqlx::Row;
                let get = |e| $crate::errors::map_sqlx(e, "rumour");
                let bad = |what: &str| lotse_core::StoreError::Backend(format!("unknown {what} in rumours"));
                let platform: String = row.try_get("platform").map_err(get)?;
                let verdict: String = row.try_get("verdict").map_err(get)?;
                let first_seen: String = row.try_get("first_seen").map_err(get)?;
                let corrections: String = row.try_get("corrections").map_err(get)?;
                let articles: String = row.try_get("articles").map_err(get)?;
                let sources: String = row.try_get("sources").map_err(get)?;
                Ok(lotse_core::rumour::Rumour {
                    id: Some(lotse_core::RumourId::from_trusted(row.try_get("id").map_err(get)?)),
                    slug: row.try_get("slug").map_err(get)?,
                    claim: row.try_get("claim").map_err(get)?,
                    claim_lang: row.try_get("claim_lang").map_err(get)?,
                    platform: lotse_core::rumour::Platform::parse(&platform).ok_or_else(|| bad("platform"))?,
                    first_seen: date(&first_seen)?,
                    verdict: lotse_core::rumour::Verdict::parse(&verdict).ok_or_else(|| bad("verdict"))?,
                    corrections: from_json(&corrections, "corrections")?,
                    articles: from_json(&articles, "articles")?,
                    sources: from_json(&sources, "sources")?,
                })
            }

            async fn load_articles(
                &self,
                by: Option<(&str, &str)>,
            ) -> Result<Vec<lotse_core::knowledge::Article>, lotse_core::StoreError> {
                let map = |e| $crate::errors::map_sqlx(e, "article");
                // Empty strings match everything; one fixed statement serves all, by id, by slug.
                let (by_id, by_slug) = match by {
                    Some(("id", v)) => (v, ""),
                    Some((_, v)) => ("", v),
                    None => ("", ""),
                };
                let rows = sqlx::query(
                    "SELECT * FROM articles WHERE ($1 = '' OR id = $1) AND ($2 = '' OR slug = $2) ORDER BY slug",
                )
                .bind(by_id)
                .bind(by_slug)
                .fetch_all(&self.pool)
                .await
                .map_err(map)?;
                let articles = rows.iter().map(Self::article_from_row).collect::<Result<Vec<_>, _>>()?;
                let rows = sqlx::query(
"SELECT * FROM article_versions WHERE ($1 = '' OR article_id = $1) AND ($2 = '' OR article_id = \
 (SELECT id FROM articles WHERE slug = $2)) ORDER BY article_id, version",
)
.bind(by_id)
.bind(by_slug)
                .fetch_all(&self.pool)
                .await
                .map_err(map)?;
                let versions = rows.iter().map(Self::version_from_row).collect::<Result<Vec<_>, _>>()?;
                let rows =
                    sqlx::query(
"SELECT * FROM article_reviews WHERE ($1 = '' OR article_id = $1) AND ($2 = '' OR article_id = \
 (SELECT id FROM articles WHERE slug = $2)) ORDER BY article_id, seq",
)
.bind(by_id)
.bind(by_slug)
                        .fetch_all(&self.pool)
                        .await
                        .map_err(map)?;
                let reviews = rows.iter().map(Self::review_from_row).collect::<Result<Vec<_>, _>>()?;
                let rows = sqlx::query(
"SELECT * FROM article_translations WHERE ($1 = '' OR article_id = $1) AND ($2 = '' OR article_id = \
 (SELECT id FROM articles WHERE slug = $2)) ORDER BY article_id, lang, revision",
)
.bind(by_id)
.bind(by_slug)
                .fetch_all(&self.pool)
                .await
                .map_err(map)?;
                let translations = rows.iter().map(Self::translation_from_row).collect::<Result<Vec<_>, _>>()?;
                Ok($crate::portable_knowledge::assemble(articles, versions, reviews, translations))
            }

            async fn bump_tx(tx: &mut sqlx::Transaction<'static, $db>) -> Result<(), lotse_core::StoreError> {
                sqlx::query("UPDATE knowledge_revision SET revision = revision + 1 WHERE id = 1")
                    .execute(&mut **tx)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "revision"))?;
                Ok(())
            }

            async fn insert_version_tx(
                tx: &mut sqlx::Transaction<'static, $db>,
                id: &str,
                v: &lotse_core::knowledge::ArticleVersion,
            ) -> Result<(), lotse_core::StoreError> {
                use $crate::portable_knowledge::{millis, to_json};
                sqlx::query(
                    "INSERT INTO article_versions (article_id, version, title, summary, body, legal_references, \
                     sources, author, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(id)
                .bind(i64::from(v.version))
                .bind(&v.title)
                .bind(&v.summary)
                .bind(&v.body)
                .bind(to_json(&v.legal_references)?)
                .bind(to_json(&v.sources)?)
                .bind(&v.author)
                .bind(millis(v.created_at))
                .execute(&mut **tx)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "version"))?;
                Ok(())
            }

            async fn insert_review_tx(
                tx: &mut sqlx::Transaction<'static, $db>,
                id: &str,
                r: &lotse_core::knowledge::Review,
            ) -> Result<(), lotse_core::StoreError> {
                sqlx::query(
                    "INSERT INTO article_reviews (article_id, seq, version, decision, reviewer_id, reviewer, comment, \
                     at) SELECT $1, COALESCE(MAX(seq), 0) + 1, $2, $3, $4, $5, $6, $7 FROM article_reviews \
                     WHERE article_id = $8",
                )
                .bind(id)
                .bind(i64::from(r.version))
                .bind(r.decision.as_str())
                .bind(r.reviewer_id.as_deref())
                .bind(&r.reviewer)
                .bind(&r.comment)
                .bind($crate::portable_knowledge::millis(r.at))
                .bind(id)
                .execute(&mut **tx)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "review"))?;
                Ok(())
            }

            async fn insert_translation_tx(
                tx: &mut sqlx::Transaction<'static, $db>,
                id: &str,
                t: &lotse_core::knowledge::Translation,
            ) -> Result<(), lotse_core::StoreError> {
                sqlx::query(
                    "INSERT INTO article_translations (article_id, lang, revision, source_version, title, summary, \
                     body, translator, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(id)
                .bind(t.lang.as_str())
                .bind(i64::from(t.revision))
                .bind(i64::from(t.source_version))
                .bind(&t.title)
                .bind(&t.summary)
                .bind(&t.body)
                .bind(&t.translator)
                .bind($crate::portable_knowledge::millis(t.created_at))
                .execute(&mut **tx)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "revision"))?;
                Ok(())
            }

            async fn insert_article_tx(
                tx: &mut sqlx::Transaction<'static, $db>,
                a: &lotse_core::knowledge::Article,
            ) -> Result<(), lotse_core::StoreError> {
                let id = a.id.as_ref().ok_or_else(|| lotse_core::StoreError::Backend("article without id".into()))?;
                sqlx::query(
                    "INSERT INTO articles (id, slug, topic, jurisdiction, jurisdiction_area, status, \
                     published_version, review_due) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                )
                .bind(id.as_str())
                .bind(&a.slug)
                .bind(a.topic.as_str())
                .bind(a.jurisdiction.as_str())
                .bind(a.jurisdiction_area.as_deref())
                .bind(a.status.as_str())
                .bind(a.published_version.map(i64::from))
                .bind(a.review_due.map(|d| d.to_string()))
                .execute(&mut **tx)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "slug"))?;
                for v in &a.versions {
                    Self::insert_version_tx(tx, id.as_str(), v).await?;
                }
                for r in &a.reviews {
                    Self::insert_review_tx(tx, id.as_str(), r).await?;
                }
                for t in &a.translations {
                    Self::insert_translation_tx(tx, id.as_str(), t).await?;
                }
                Ok(())
            }

            async fn save_service_tx(
                tx: &mut sqlx::Transaction<'static, $db>,
                s: &lotse_core::directory::Service,
            ) -> Result<(), lotse_core::StoreError> {
                use $crate::portable_knowledge::to_json;
                let id = s.id.as_ref().ok_or_else(|| lotse_core::StoreError::Backend("service without id".into()))?;
                let topics: Vec<&str> = s.topics.iter().map(|t| t.as_str()).collect();
                sqlx::query("DELETE FROM services WHERE id = $1")
                    .bind(id.as_str())
                    .execute(&mut **tx)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "service"))?;
                sqlx::query(
                    "INSERT INTO services (id, slug, name, kind, topics, languages, street, postcode, town, latitude, \
                     longitude, opening_hours, contact, accessibility, description, sources) VALUES ($1, $2, $3, $4, \
                     $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
                )
                .bind(id.as_str())
                .bind(&s.slug)
                .bind(&s.name)
                .bind(s.kind.as_str())
                .bind(topics.join(","))
                .bind(s.languages.join(","))
                .bind(&s.street)
                .bind(&s.postcode)
                .bind(&s.town)
                .bind(s.latitude)
                .bind(s.longitude)
                .bind(&s.opening_hours)
                .bind(to_json(&s.contact)?)
                .bind(&s.accessibility)
                .bind(&s.description)
                .bind(to_json(&s.sources)?)
                .execute(&mut **tx)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "slug"))?;
                Ok(())
            }

            async fn save_rumour_tx(
                tx: &mut sqlx::Transaction<'static, $db>,
                r: &lotse_core::rumour::Rumour,
            ) -> Result<(), lotse_core::StoreError> {
                use $crate::portable_knowledge::to_json;
                let id = r.id.as_ref().ok_or_else(|| lotse_core::StoreError::Backend("rumour without id".into()))?;
                sqlx::query("DELETE FROM rumours WHERE id = $1")
                    .bind(id.as_str())
                    .execute(&mut **tx)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "rumour"))?;
                sqlx::query(
                    "INSERT INTO rumours (id, slug, claim, claim_lang, platform, first_seen, verdict, corrections, \
                     articles, sources) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                )
                .bind(id.as_str())
                .bind(&r.slug)
                .bind(&r.claim)
                .bind(&r.claim_lang)
                .bind(r.platform.as_str())
                .bind(r.first_seen.to_string())
                .bind(r.verdict.as_str())
                .bind(to_json(&r.corrections)?)
                .bind(to_json(&r.articles)?)
                .bind(to_json(&r.sources)?)
                .execute(&mut **tx)
                .await
                .map_err(|e| $crate::errors::map_sqlx(e, "slug"))?;
                Ok(())
            }
        }

        #[async_trait::async_trait]
        impl lotse_core::store::KnowledgeStore for $store {
            async fn insert_article(&self, article: &lotse_core::knowledge::Article) -> Result<(), lotse_core::StoreError> {
                let mut tx = self.begin_write().await?;
                Self::insert_article_tx(&mut tx, article).await?;
                Self::bump_tx(&mut tx).await?;
                tx.commit().await.map_err(|e| $crate::errors::map_sqlx(e, "article"))
            }

            async fn article(
                &self,
                id: &lotse_core::ArticleId,
            ) -> Result<lotse_core::knowledge::Article, lotse_core::StoreError> {
                self.load_articles(Some(("id", id.as_str()))).await?.pop().ok_or(lotse_core::StoreError::NotFound)
            }

            async fn article_by_slug(&self, slug: &str) -> Result<lotse_core::knowledge::Article, lotse_core::StoreError> {
                self.load_articles(Some(("slug", slug))).await?.pop().ok_or(lotse_core::StoreError::NotFound)
            }

            async fn articles(&self) -> Result<Vec<lotse_core::knowledge::Article>, lotse_core::StoreError> {
                self.load_articles(None).await
            }

            async fn append_version(
                &self,
                id: &lotse_core::ArticleId,
                version: &lotse_core::knowledge::ArticleVersion,
                status: lotse_core::knowledge::ArticleStatus,
            ) -> Result<(), lotse_core::StoreError> {
                let map = |e| $crate::errors::map_sqlx(e, "version");
                let mut tx = self.begin_write().await?;
                let done = sqlx::query("UPDATE articles SET status = $1 WHERE id = $2")
                    .bind(status.as_str())
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await
                    .map_err(map)?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::NotFound);
                }
                Self::insert_version_tx(&mut tx, id.as_str(), version).await?;
                Self::bump_tx(&mut tx).await?;
                tx.commit().await.map_err(map)
            }

            async fn record_review(
                &self,
                id: &lotse_core::ArticleId,
                review: &lotse_core::knowledge::Review,
                expected: lotse_core::knowledge::ArticleStatus,
                expected_latest: u32,
                status: lotse_core::knowledge::ArticleStatus,
                published_version: Option<u32>,
                review_due: Option<jiff::civil::Date>,
            ) -> Result<(), lotse_core::StoreError> {
                let map = |e| $crate::errors::map_sqlx(e, "review");
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "UPDATE articles SET status = $1, published_version = $2, review_due = $3 WHERE id = $4 \
                     AND status = $5 AND (SELECT MAX(version) FROM article_versions WHERE article_id = $6) = $7",
                )
                .bind(status.as_str())
                .bind(published_version.map(i64::from))
                .bind(review_due.map(|d| d.to_string()))
                .bind(id.as_str())
                .bind(expected.as_str())
                .bind(id.as_str())
                .bind(i64::from(expected_latest))
                .execute(&mut *tx)
                .await
                .map_err(map)?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::Conflict("status"));
                }
                Self::insert_review_tx(&mut tx, id.as_str(), review).await?;
                Self::bump_tx(&mut tx).await?;
                tx.commit().await.map_err(map)
            }

            async fn set_article_status(
                &self,
                id: &lotse_core::ArticleId,
                expected: lotse_core::knowledge::ArticleStatus,
                status: lotse_core::knowledge::ArticleStatus,
            ) -> Result<(), lotse_core::StoreError> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query("UPDATE articles SET status = $1 WHERE id = $2 AND status = $3")
                    .bind(status.as_str())
                    .bind(id.as_str())
                    .bind(expected.as_str())
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "status"))?;
                if done.rows_affected() == 0 {
                    return Err(lotse_core::StoreError::Conflict("status"));
                }
                Self::bump_tx(&mut tx).await?;
                tx.commit().await.map_err(|e| $crate::errors::map_sqlx(e, "status"))
            }

            async fn append_translation(
                &self,
                id: &lotse_core::ArticleId,
                translation: &lotse_core::knowledge::Translation,
            ) -> Result<(), lotse_core::StoreError> {
                let mut tx = self.begin_write().await?;
                Self::insert_translation_tx(&mut tx, id.as_str(), translation).await?;
                Self::bump_tx(&mut tx).await?;
                tx.commit().await.map_err(|e| $crate::errors::map_sqlx(e, "revision"))
            }

            async fn save_service(&self, service: &lotse_core::directory::Service) -> Result<(), lotse_core::StoreError> {
                let mut tx = self.begin_write().await?;
                Self::save_service_tx(&mut tx, service).await?;
                Self::bump_tx(&mut tx).await?;
                tx.commit().await.map_err(|e| $crate::errors::map_sqlx(e, "service"))
            }

            async fn service(
                &self,
                id: &lotse_core::ServiceId,
            ) -> Result<lotse_core::directory::Service, lotse_core::StoreError> {
                let row = sqlx::query("SELECT * FROM services WHERE id = $1")
                    .bind(id.as_str())
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "service"))?;
                Self::service_from_row(&row)
            }

            async fn services(&self) -> Result<Vec<lotse_core::directory::Service>, lotse_core::StoreError> {
                let rows = sqlx::query("SELECT * FROM services ORDER BY slug")
                    .fetch_all(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "service"))?;
                rows.iter().map(Self::service_from_row).collect()
            }

            async fn save_rumour(&self, rumour: &lotse_core::rumour::Rumour) -> Result<(), lotse_core::StoreError> {
                let mut tx = self.begin_write().await?;
                Self::save_rumour_tx(&mut tx, rumour).await?;
                Self::bump_tx(&mut tx).await?;
                tx.commit().await.map_err(|e| $crate::errors::map_sqlx(e, "rumour"))
            }

            async fn rumour_by_slug(&self, slug: &str) -> Result<lotse_core::rumour::Rumour, lotse_core::StoreError> {
                let row = sqlx::query("SELECT * FROM rumours WHERE slug = $1")
                    .bind(slug)
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "rumour"))?;
                Self::rumour_from_row(&row)
            }

            async fn rumours(&self) -> Result<Vec<lotse_core::rumour::Rumour>, lotse_core::StoreError> {
                let rows = sqlx::query("SELECT * FROM rumours ORDER BY first_seen DESC, slug")
                    .fetch_all(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "rumour"))?;
                rows.iter().map(Self::rumour_from_row).collect()
            }

            async fn import_knowledge(
                &self,
                document: &lotse_core::knowledge::KnowledgeDocument,
            ) -> Result<(), lotse_core::StoreError> {
                let mut tx = self.begin_write().await?;
                for a in &document.articles {
                    Self::insert_article_tx(&mut tx, a).await?;
                }
                for s in &document.directory {
                    let taken = sqlx::query("SELECT id FROM services WHERE id = $1")
                        .bind(s.id.as_ref().map(|i| i.as_str()))
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(|e| $crate::errors::map_sqlx(e, "service"))?;
                    if taken.is_some() {
                        return Err(lotse_core::StoreError::Conflict("service"));
                    }
                    Self::save_service_tx(&mut tx, s).await?;
                }
                for r in &document.rumours {
                    let taken = sqlx::query("SELECT id FROM rumours WHERE id = $1")
                        .bind(r.id.as_ref().map(|i| i.as_str()))
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(|e| $crate::errors::map_sqlx(e, "rumour"))?;
                    if taken.is_some() {
                        return Err(lotse_core::StoreError::Conflict("rumour"));
                    }
                    Self::save_rumour_tx(&mut tx, r).await?;
                }
                Self::bump_tx(&mut tx).await?;
                tx.commit().await.map_err(|e| $crate::errors::map_sqlx(e, "import"))
            }

            async fn knowledge_revision(&self) -> Result<i64, lotse_core::StoreError> {
                sqlx::query_scalar("SELECT revision FROM knowledge_revision WHERE id = 1")
                    .fetch_one(&self.pool)
                    .await
                    .map_err(|e| $crate::errors::map_sqlx(e, "revision"))
            }
        }
    };
}

pub(crate) use knowledge_store;
