//! Interface languages, their Fluent messages, and how a request's language is chosen:
//! the visitor's explicit choice (cookie), then `Accept-Language`, then German.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

fluent_templates::static_loader! {
    static MESSAGES = {
        locales: "./locales",
        fallback_language: "de",
        customise: |bundle| {
            // Unicode isolation stays on: a Latin name inside an Arabic sentence must not reorder the line.
            bundle.set_use_isolating(true);
        },
    };
}

pub const LANGUAGE_COOKIE: &str = "lotse_lang";

/// The languages of the interface. Plain German is a content language (articles), not an interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    De,
    En,
    Ar,
    Uk,
    Ru,
    Fa,
    Tr,
}

impl Locale {
    pub const ALL: [Locale; 7] = [Locale::De, Locale::En, Locale::Ar, Locale::Uk, Locale::Ru, Locale::Fa, Locale::Tr];

    pub fn code(self) -> &'static str {
        match self {
            Locale::De => "de",
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Uk => "uk",
            Locale::Ru => "ru",
            Locale::Fa => "fa",
            Locale::Tr => "tr",
        }
    }

    /// The language's name in itself, as shown in the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::De => "Deutsch",
            Locale::En => "English",
            Locale::Ar => "العربية",
            Locale::Uk => "Українська",
            Locale::Ru => "Русский",
            Locale::Fa => "فارسی",
            Locale::Tr => "Türkçe",
        }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar | Locale::Fa)
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    fn langid(self) -> &'static LanguageIdentifier {
        static IDS: LazyLock<Vec<LanguageIdentifier>> =
            LazyLock::new(|| Locale::ALL.iter().map(|l| l.code().parse().unwrap_or_default()).collect());
        let index = Locale::ALL.iter().position(|l| *l == self).unwrap_or(0);
        IDS.get(index).unwrap_or(&IDS[0])
    }

    /// The message for `key`. A key missing everywhere shows as the key itself (and the translation test fails).
    pub fn t(self, key: &str) -> String {
        MESSAGES.lookup(self.langid(), key)
    }

    pub fn t_with(self, key: &str, args: &[(&'static str, String)]) -> String {
        // Numbers go in as numbers, so plural forms (Arabic has six, Ukrainian four) are chosen right.
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| {
                let value = match v.parse::<f64>() {
                    Ok(number) if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) => FluentValue::from(number),
                    _ => FluentValue::from(v.clone()),
                };
                (Cow::Borrowed(*k), value)
            })
            .collect();
        MESSAGES.lookup_with_args(self.langid(), key, &map)
    }
}

/// The languages whose Fluent files were compiled into the binary.
pub fn compiled_languages() -> Vec<String> {
    MESSAGES.locales().map(|l| l.to_string()).collect()
}

/// Picks the language from the cookie value, then the Accept-Language header, then German.
pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Locale {
    if let Some(locale) = cookie.and_then(Locale::from_code) {
        return locale;
    }
    accept_language.and_then(from_accept_language).unwrap_or(Locale::De)
}

/// The supported language with the highest quality value (ties keep the header's order).
fn from_accept_language(header: &str) -> Option<Locale> {
    let mut best: Option<(Locale, f32)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let quality =
            parts.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.trim().parse::<f32>().ok()).unwrap_or(1.0);
        if quality <= 0.0 {
            continue;
        }
        if let Some(locale) = Locale::from_code(tag)
            && best.is_none_or(|(_, q)| quality > q)
        {
            best = Some((locale, quality));
        }
    }
    best.map(|(l, _)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_beats_header_and_german_is_the_default() {
        assert_eq!(negotiate(Some("ar"), Some("ru")), Locale::Ar);
        assert_eq!(negotiate(Some("xx"), Some("ru-RU,ru;q=0.9")), Locale::Ru);
        assert_eq!(negotiate(None, Some("fr-FR, en;q=0.5, uk;q=0.8")), Locale::Uk);
        assert_eq!(negotiate(None, Some("fr, es")), Locale::De);
        assert_eq!(negotiate(None, Some("tr;q=0")), Locale::De);
        assert_eq!(negotiate(None, None), Locale::De);
        assert_eq!(negotiate(None, Some("fa-IR")), Locale::Fa);
    }

    #[test]
    fn directions() {
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::Fa.dir(), "rtl");
        assert_eq!(Locale::Uk.dir(), "ltr");
    }

    #[test]
    fn arabic_plurals_follow_the_number() {
        let one = Locale::Ar.t_with("login-throttled", &[("minutes", "1".into())]);
        let three = Locale::Ar.t_with("login-throttled", &[("minutes", "3".into())]);
        let fifteen = Locale::Ar.t_with("login-throttled", &[("minutes", "15".into())]);
        assert!(one.contains("دقيقة واحدة"), "{one}");
        assert!(three.contains("دقائق"), "{three}");
        assert!(fifteen.contains("دقيقة") && !fifteen.contains("دقائق"), "{fifteen}");
    }

    #[test]
    fn messages_resolve_with_arguments() {
        let text = Locale::De.t_with("error-page-title", &[("status", "404".into())]);
        assert!(text.contains("404"), "{text}");
        assert_eq!(Locale::De.t("site-name"), "Lotse");
    }
}
