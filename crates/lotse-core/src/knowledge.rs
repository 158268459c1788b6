//! Verified knowledge: articles with their German versions, legal sign-offs and translations. The types are also
//! the exchange format of `lotse import` / `lotse export` (docs/knowledge-format.md), so what is stored is what is
//! exported, field for field.

use crate::ArticleId;
use crate::case::Topic;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

string_enum!(
    /// Whose law or practice an article describes.
    Jurisdiction {
        Federal = "federal",
        State = "state",
        Municipality = "municipality",
    }
);

string_enum!(
    /// Where an article stands in the legal review. "Due for re-review" is not stored: it is a published article
    /// whose `review_due` has passed (see [`Article::review_expired`]).
    ArticleStatus {
        Draft = "draft",
        InReview = "in_review",
        Published = "published",
        Archived = "archived",
    }
);

string_enum!(
    ReviewDecision {
        Published = "published",
        Returned = "returned",
    }
);

string_enum!(
    /// Languages an article is written in: the German original and its translations, including plain German.
    ContentLang {
        De = "de",
        DeSimple = "de-simple",
        En = "en",
        Ar = "ar",
        Uk = "uk",
        Ru = "ru",
        Fa = "fa",
        Tr = "tr",
    }
);

impl ContentLang {
    /// The language a visitor reading in UI language `code` gets first.
    pub fn for_ui_language(code: &str) -> ContentLang {
        ContentLang::parse(code).unwrap_or(ContentLang::De)
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, ContentLang::Ar | ContentLang::Fa)
    }

    /// The HTML `lang` attribute.
    pub fn html_lang(self) -> &'static str {
        match self {
            ContentLang::DeSimple => "de",
            other => other.as_str(),
        }
    }
}

/// A section of a law, with a link to the official text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalReference {
    pub law: String,
    pub section: String,
    pub url: String,
}

/// An official page a fact was checked against, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: String,
    pub checked_on: Date,
}

/// One version of the German original. Versions are numbered 1, 2, 3 … and never change once written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleVersion {
    pub version: u32,
    pub title: String,
    pub summary: String,
    /// Markdown; rendered and sanitised at the edge.
    pub body: String,
    pub legal_references: Vec<LegalReference>,
    pub sources: Vec<Source>,
    pub author: String,
    pub created_at: jiff::Timestamp,
}

/// A legal reviewer's decision on a version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub version: u32,
    pub decision: ReviewDecision,
    /// The reviewer's account, when it was made in this installation.
    pub reviewer_id: Option<String>,
    pub reviewer: String,
    pub comment: String,
    pub at: jiff::Timestamp,
}

/// One revision of a translation, made from `source_version` of the German original.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    pub lang: ContentLang,
    pub revision: u32,
    pub source_version: u32,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub translator: String,
    pub created_at: jiff::Timestamp,
}

/// An article with its whole history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<ArticleId>,
    pub slug: String,
    pub topic: Topic,
    pub jurisdiction: Jurisdiction,
    pub jurisdiction_area: Option<String>,
    pub status: ArticleStatus,
    pub published_version: Option<u32>,
    pub review_due: Option<Date>,
    pub versions: Vec<ArticleVersion>,
    pub reviews: Vec<Review>,
    pub translations: Vec<Translation>,
}

/// The text a reader sees in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadableText<'a> {
    pub lang: ContentLang,
    pub title: &'a str,
    pub summary: &'a str,
    pub body: &'a str,
    /// The German version this text corresponds to.
    pub source_version: u32,
    /// A translation made from an older version than the one published.
    pub outdated: bool,
}

impl Article {
    pub fn latest(&self) -> Option<&ArticleVersion> {
        self.versions.last()
    }

    pub fn version(&self, number: u32) -> Option<&ArticleVersion> {
        self.versions.iter().find(|v| v.version == number)
    }

    pub fn published(&self) -> Option<&ArticleVersion> {
        if self.status == ArticleStatus::Archived {
            return None;
        }
        self.published_version.and_then(|n| self.version(n))
    }

    /// The sign-off of the published version.
    pub fn sign_off(&self) -> Option<&Review> {
        let published = self.published_version?;
        self.reviews.iter().rev().find(|r| r.version == published && r.decision == ReviewDecision::Published)
    }

    /// Published, but the review's expiry date has passed.
    pub fn review_expired(&self, today: Date) -> bool {
        self.published_version.is_some()
            && self.status != ArticleStatus::Archived
            && self.review_due.is_some_and(|due| due < today)
    }

    /// The newest revision of each translation, in [`ContentLang::ALL`] order.
    pub fn current_translations(&self) -> Vec<&Translation> {
        ContentLang::ALL
            .iter()
            .filter_map(|lang| self.translations.iter().filter(|t| t.lang == *lang).max_by_key(|t| t.revision))
            .collect()
    }

    pub fn translation(&self, lang: ContentLang) -> Option<&Translation> {
        self.translations.iter().filter(|t| t.lang == lang).max_by_key(|t| t.revision)
    }

    /// The published text in `lang`, or `None` when there is no translation (callers fall back to German).
    pub fn published_text(&self, lang: ContentLang) -> Option<ReadableText<'_>> {
        let published = self.published()?;
        if lang == ContentLang::De {
            return Some(ReadableText {
                lang,
                title: &published.title,
                summary: &published.summary,
                body: &published.body,
                source_version: published.version,
                outdated: false,
            });
        }
        let t = self.translation(lang)?;
        Some(ReadableText {
            lang,
            title: &t.title,
            summary: &t.summary,
            body: &t.body,
            source_version: t.source_version,
            outdated: t.source_version < published.version,
        })
    }
}

/// The whole exchange document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeDocument {
    pub format: String,
    pub articles: Vec<Article>,
    pub directory: Vec<crate::directory::Service>,
    pub rumours: Vec<crate::rumour::Rumour>,
}

pub const FORMAT: &str = "lotse.knowledge.v1";

/// What is wrong with a piece of knowledge, and where. `field` is a path such as `articles[3].versions[0].title`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {problem}")]
pub struct Invalid {
    pub field: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Required,
    TooLong,
    BadSlug,
    BadUrl,
    BadNumbering,
    UnknownVersion,
    Duplicate,
    BadFormat,
    Inconsistent,
    UnknownArticle,
    BadPostcode,
    BadCoordinates,
    BadLanguage,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

impl Problem {
    /// A stable key; the edge translates it.
    pub fn key(self) -> &'static str {
        match self {
            Problem::Required => "required",
            Problem::TooLong => "too_long",
            Problem::BadSlug => "bad_slug",
            Problem::BadUrl => "bad_url",
            Problem::BadNumbering => "bad_numbering",
            Problem::UnknownVersion => "unknown_version",
            Problem::Duplicate => "duplicate",
            Problem::BadFormat => "bad_format",
            Problem::Inconsistent => "inconsistent",
            Problem::UnknownArticle => "unknown_article",
            Problem::BadPostcode => "bad_postcode",
            Problem::BadCoordinates => "bad_coordinates",
            Problem::BadLanguage => "bad_language",
        }
    }
}

pub(crate) fn invalid(field: impl Into<String>, problem: Problem) -> Invalid {
    Invalid { field: field.into(), problem }
}

/// Lower-case letters, digits and single hyphens, 2 to 80 characters.
pub fn valid_slug(slug: &str) -> bool {
    (2..=80).contains(&slug.len())
        && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

pub(crate) fn check_text(value: &str, field: &str, max: usize, required: bool) -> Result<(), Invalid> {
    if required && value.trim().is_empty() {
        return Err(invalid(field, Problem::Required));
    }
    if value.chars().count() > max {
        return Err(invalid(field, Problem::TooLong));
    }
    Ok(())
}

pub(crate) fn check_url(value: &str, field: &str) -> Result<(), Invalid> {
    let rest = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://"));
    match rest {
        Some(rest) if !rest.is_empty() && !value.chars().any(char::is_whitespace) && value.len() <= 500 => Ok(()),
        _ => Err(invalid(field, Problem::BadUrl)),
    }
}

pub(crate) fn check_sources(sources: &[Source], field: &str) -> Result<(), Invalid> {
    for (i, s) in sources.iter().enumerate() {
        check_text(&s.title, &format!("{field}[{i}].title"), 300, true)?;
        check_url(&s.url, &format!("{field}[{i}].url"))?;
    }
    Ok(())
}

pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MAX: usize = 1_000;
pub const BODY_MAX: usize = 100_000;

/// Checks one German version's texts and references.
pub fn check_version_texts(v: &ArticleVersion, field: &str) -> Result<(), Invalid> {
    check_text(&v.title, &format!("{field}.title"), TITLE_MAX, true)?;
    check_text(&v.summary, &format!("{field}.summary"), SUMMARY_MAX, true)?;
    check_text(&v.body, &format!("{field}.body"), BODY_MAX, true)?;
    check_text(&v.author, &format!("{field}.author"), 200, false)?;
    for (i, r) in v.legal_references.iter().enumerate() {
        check_text(&r.law, &format!("{field}.legal_references[{i}].law"), 100, true)?;
        check_text(&r.section, &format!("{field}.legal_references[{i}].section"), 100, true)?;
        check_url(&r.url, &format!("{field}.legal_references[{i}].url"))?;
    }
    check_sources(&v.sources, &format!("{field}.sources"))
}

impl Article {
    /// Checks that the record is whole and consistent; `at` names it in errors (e.g. `articles[2]`).
    pub fn validate(&self, at: &str) -> Result<(), Invalid> {
        if !valid_slug(&self.slug) {
            return Err(invalid(format!("{at}.slug"), Problem::BadSlug));
        }
        match (self.jurisdiction, &self.jurisdiction_area) {
            (Jurisdiction::Federal, None) => {}
            (Jurisdiction::Federal, Some(_)) => {
                return Err(invalid(format!("{at}.jurisdiction_area"), Problem::Inconsistent));
            }
            (_, Some(area)) => check_text(area, &format!("{at}.jurisdiction_area"), 100, true)?,
            (_, None) => return Err(invalid(format!("{at}.jurisdiction_area"), Problem::Required)),
        }
        if self.versions.is_empty() {
            return Err(invalid(format!("{at}.versions"), Problem::Required));
        }
        for (i, v) in self.versions.iter().enumerate() {
            let field = format!("{at}.versions[{i}]");
            if usize::try_from(v.version).ok() != Some(i + 1) {
                return Err(invalid(format!("{field}.version"), Problem::BadNumbering));
            }
            check_version_texts(v, &field)?;
        }
        let latest = self.versions.len() as u32;
        if let Some(p) = self.published_version
            && p > latest
        {
            return Err(invalid(format!("{at}.published_version"), Problem::UnknownVersion));
        }
        let needs_published = matches!(self.status, ArticleStatus::Published);
        if needs_published && (self.published_version.is_none() || self.review_due.is_none()) {
            return Err(invalid(format!("{at}.published_version"), Problem::Inconsistent));
        }
        for (i, r) in self.reviews.iter().enumerate() {
            if r.version == 0 || r.version > latest {
                return Err(invalid(format!("{at}.reviews[{i}].version"), Problem::UnknownVersion));
            }
            check_text(&r.reviewer, &format!("{at}.reviews[{i}].reviewer"), 200, true)?;
            check_text(&r.comment, &format!("{at}.reviews[{i}].comment"), 5_000, false)?;
        }
        for (i, t) in self.translations.iter().enumerate() {
            let field = format!("{at}.translations[{i}]");
            if t.lang == ContentLang::De {
                return Err(invalid(format!("{field}.lang"), Problem::BadLanguage));
            }
            if t.source_version == 0 || t.source_version > latest {
                return Err(invalid(format!("{field}.source_version"), Problem::UnknownVersion));
            }
            let earlier = self.translations[..i].iter().filter(|e| e.lang == t.lang).count();
            if usize::try_from(t.revision).ok() != Some(earlier + 1) {
                return Err(invalid(format!("{field}.revision"), Problem::BadNumbering));
            }
            check_text(&t.title, &format!("{field}.title"), TITLE_MAX, true)?;
            check_text(&t.summary, &format!("{field}.summary"), SUMMARY_MAX, true)?;
            check_text(&t.body, &format!("{field}.body"), BODY_MAX, true)?;
            check_text(&t.translator, &format!("{field}.translator"), 200, false)?;
        }
        Ok(())
    }
}

impl KnowledgeDocument {
    /// Checks every record and the links between them (unique slugs, rumours pointing at known articles).
    /// `known_article_slugs` are those already stored.
    pub fn validate(&self, known_article_slugs: &[String]) -> Result<(), Invalid> {
        if self.format != FORMAT {
            return Err(invalid("format", Problem::BadFormat));
        }
        let mut slugs = std::collections::HashSet::new();
        for (i, a) in self.articles.iter().enumerate() {
            a.validate(&format!("articles[{i}]"))?;
            if !slugs.insert(a.slug.as_str()) {
                return Err(invalid(format!("articles[{i}].slug"), Problem::Duplicate));
            }
        }
        let mut services = std::collections::HashSet::new();
        for (i, s) in self.directory.iter().enumerate() {
            s.validate(&format!("directory[{i}]"))?;
            if !services.insert(s.slug.as_str()) {
                return Err(invalid(format!("directory[{i}].slug"), Problem::Duplicate));
            }
        }
        let mut rumours = std::collections::HashSet::new();
        for (i, r) in self.rumours.iter().enumerate() {
            r.validate(&format!("rumours[{i}]"))?;
            if !rumours.insert(r.slug.as_str()) {
                return Err(invalid(format!("rumours[{i}].slug"), Problem::Duplicate));
            }
            for (j, linked) in r.articles.iter().enumerate() {
                if !slugs.contains(linked.as_str()) && !known_article_slugs.iter().any(|k| k == linked) {
                    return Err(invalid(format!("rumours[{i}].articles[{j}]"), Problem::UnknownArticle));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn ts(text: &str) -> jiff::Timestamp {
        text.parse().unwrap()
    }

    fn version(n: u32, title: &str) -> ArticleVersion {
        ArticleVersion {
            version: n,
            title: title.into(),
            summary: "Kurz.".into(),
            body: "Text.".into(),
            legal_references: vec![],
            sources: vec![],
            author: "A".into(),
            created_at: ts("2026-11-20T10:00:00Z"),
        }
    }

    fn article() -> Article {
        Article {
            id: None,
            slug: "integrationskurs".into(),
            topic: Topic::LanguageCourse,
            jurisdiction: Jurisdiction::Federal,
            jurisdiction_area: None,
            status: ArticleStatus::Published,
            published_version: Some(1),
            review_due: Some(Date::constant(2027, 11, 26)),
            versions: vec![version(1, "Eins"), version(2, "Zwei")],
            reviews: vec![],
            translations: vec![Translation {
                lang: ContentLang::En,
                revision: 1,
                source_version: 1,
                title: "One".into(),
                summary: "S".into(),
                body: "B".into(),
                translator: "T".into(),
                created_at: ts("2026-11-21T10:00:00Z"),
            }],
        }
    }

    #[test]
    fn a_translation_is_outdated_once_a_newer_version_is_published() {
        let mut a = article();
        assert!(!a.published_text(ContentLang::En).unwrap().outdated);
        a.published_version = Some(2);
        let en = a.published_text(ContentLang::En).unwrap();
        assert!(en.outdated);
        assert_eq!(a.published_text(ContentLang::De).unwrap().title, "Zwei");
        assert!(a.published_text(ContentLang::Ar).is_none());
    }

    #[test]
    fn review_expiry_is_a_date_comparison_on_published_articles() {
        let a = article();
        assert!(!a.review_expired(Date::constant(2027, 11, 26)));
        assert!(a.review_expired(Date::constant(2027, 11, 27)));
    }

    #[test]
    fn validation_names_the_field_that_is_wrong() {
        let mut a = article();
        assert_eq!(a.validate("a"), Ok(()));
        a.versions[1].version = 3;
        assert_eq!(a.validate("a").unwrap_err().field, "a.versions[1].version");
        let mut a = article();
        a.slug = "Bad Slug".into();
        assert_eq!(a.validate("a").unwrap_err().problem, Problem::BadSlug);
        let mut a = article();
        a.translations[0].source_version = 9;
        assert_eq!(a.validate("a").unwrap_err().problem, Problem::UnknownVersion);
        let mut a = article();
        a.jurisdiction = Jurisdiction::State;
        assert_eq!(a.validate("a").unwrap_err().field, "a.jurisdiction_area");
    }

    #[test]
    fn slugs_are_lower_case_words_joined_by_hyphens() {
        assert!(valid_slug("wohnsitz-anmelden"));
        assert!(valid_slug("b1"));
        for bad in ["", "a", "-a", "a-", "a--b", "Ä", "a b", "a_b"] {
            assert!(!valid_slug(bad), "{bad}");
        }
    }
}
