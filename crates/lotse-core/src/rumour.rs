//! The rumour register: claims seen in the wild, their verdict, and a correction in several languages linked to
//! verified articles.

use crate::RumourId;
use crate::knowledge::{Invalid, Problem, Source, check_sources, check_text, invalid, valid_slug};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

string_enum!(
    Platform {
        Telegram = "telegram",
        Facebook = "facebook",
        Tiktok = "tiktok",
        Whatsapp = "whatsapp",
        Instagram = "instagram",
        Youtube = "youtube",
        Other = "other",
    }
);

string_enum!(
    Verdict {
        False = "false",
        Misleading = "misleading",
        PartlyTrue = "partly_true",
        True = "true",
        Unproven = "unproven",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub lang: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rumour {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<RumourId>,
    pub slug: String,
    /// The claim as it circulates, in its own language.
    pub claim: String,
    pub claim_lang: String,
    pub platform: Platform,
    pub first_seen: Date,
    pub verdict: Verdict,
    pub corrections: Vec<Correction>,
    /// Slugs of linked articles.
    pub articles: Vec<String>,
    pub sources: Vec<Source>,
}

fn valid_lang(code: &str) -> bool {
    crate::knowledge::ContentLang::parse(code).is_some() || crate::directory::valid_language_code(code)
}

impl Rumour {
    /// The correction in `lang`, or the German one.
    pub fn correction(&self, lang: &str) -> Option<&Correction> {
        self.corrections.iter().find(|c| c.lang == lang).or_else(|| self.corrections.iter().find(|c| c.lang == "de"))
    }

    pub fn validate(&self, at: &str) -> Result<(), Invalid> {
        if !valid_slug(&self.slug) {
            return Err(invalid(format!("{at}.slug"), Problem::BadSlug));
        }
        check_text(&self.claim, &format!("{at}.claim"), 2_000, true)?;
        if !valid_lang(&self.claim_lang) {
            return Err(invalid(format!("{at}.claim_lang"), Problem::BadLanguage));
        }
        for (i, c) in self.corrections.iter().enumerate() {
            if !valid_lang(&c.lang) {
                return Err(invalid(format!("{at}.corrections[{i}].lang"), Problem::BadLanguage));
            }
            if self.corrections[..i].iter().any(|e| e.lang == c.lang) {
                return Err(invalid(format!("{at}.corrections[{i}].lang"), Problem::Duplicate));
            }
            check_text(&c.text, &format!("{at}.corrections[{i}].text"), 5_000, true)?;
        }
        if !self.corrections.iter().any(|c| c.lang == "de") {
            return Err(invalid(format!("{at}.corrections"), Problem::Required));
        }
        for (i, slug) in self.articles.iter().enumerate() {
            if !valid_slug(slug) {
                return Err(invalid(format!("{at}.articles[{i}]"), Problem::BadSlug));
            }
        }
        check_sources(&self.sources, &format!("{at}.sources"))
    }
}
