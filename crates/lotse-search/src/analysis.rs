//! One analyser per language family. tantivy's Snowball stemmers cover German, English, Arabic, Russian and
//! Turkish; Farsi gets normalisation plus frostem's Persian stemmer; Ukrainian has no stemmer, so it is lowercased
//! only and queried by prefix (see ../shared/ECOSYSTEM.md).

use lotse_core::knowledge::ContentLang;
use std::borrow::Cow;
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer, Token, TokenFilter,
    TokenStream, Tokenizer,
};

/// The analysers; each has its own fields in the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    German,
    English,
    Arabic,
    Russian,
    Turkish,
    Farsi,
    Ukrainian,
}

impl Family {
    pub const ALL: [Family; 7] = [
        Family::German,
        Family::English,
        Family::Arabic,
        Family::Russian,
        Family::Turkish,
        Family::Farsi,
        Family::Ukrainian,
    ];

    pub fn of(lang: ContentLang) -> Family {
        match lang {
            ContentLang::De | ContentLang::DeSimple => Family::German,
            ContentLang::En => Family::English,
            ContentLang::Ar => Family::Arabic,
            ContentLang::Ru => Family::Russian,
            ContentLang::Tr => Family::Turkish,
            ContentLang::Fa => Family::Farsi,
            ContentLang::Uk => Family::Ukrainian,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Family::German => "de",
            Family::English => "en",
            Family::Arabic => "ar",
            Family::Russian => "ru",
            Family::Turkish => "tr",
            Family::Farsi => "fa",
            Family::Ukrainian => "uk",
        }
    }

    pub fn tokenizer_name(self) -> String {
        format!("lotse_{}", self.code())
    }

    /// Without a stemmer, a query word should also find longer forms of itself.
    pub fn needs_prefix_match(self) -> bool {
        self == Family::Ukrainian
    }

    pub fn analyzer(self) -> TextAnalyzer {
        let base = TextAnalyzer::builder(SimpleTokenizer::default()).filter(RemoveLongFilter::limit(40));
        match self {
            Family::German => base.filter(LowerCaser).filter(Stemmer::new(Language::German)).build(),
            Family::English => base.filter(LowerCaser).filter(Stemmer::new(Language::English)).build(),
            Family::Arabic => base.filter(LowerCaser).filter(Stemmer::new(Language::Arabic)).build(),
            Family::Russian => base.filter(LowerCaser).filter(Stemmer::new(Language::Russian)).build(),
            Family::Turkish => base.filter(LowerCaser).filter(Stemmer::new(Language::Turkish)).build(),
            Family::Farsi => base.filter(LowerCaser).filter(PersianFilter).build(),
            Family::Ukrainian => base.filter(LowerCaser).build(),
        }
    }
}

/// Guesses the language of a query from its script when the caller did not say.
pub fn guess_language(text: &str) -> ContentLang {
    let mut arabic_script = false;
    for c in text.chars() {
        match c {
            // Letters only Persian uses (پ چ ژ گ) and the Persian forms of yeh and kaf.
            'پ' | 'چ' | 'ژ' | 'گ' | 'ی' | 'ک' => return ContentLang::Fa,
            'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => return ContentLang::Uk,
            '\u{0600}'..='\u{06FF}' => arabic_script = true,
            _ => {}
        }
    }
    if arabic_script {
        return ContentLang::Ar;
    }
    if text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
        return ContentLang::Ru;
    }
    if text.chars().any(|c| matches!(c, 'ğ' | 'ş' | 'ı' | 'İ' | 'Ğ' | 'Ş')) {
        return ContentLang::Tr;
    }
    ContentLang::De
}

/// Persian spelling varies between Arabic and Persian code points and carries optional diacritics; this maps
/// them to one form before stemming.
pub fn normalize_persian(text: &str) -> Cow<'_, str> {
    let needs = text.chars().any(|c| {
        matches!(c, 'ي' | 'ى' | 'ك' | 'ة' | 'ۀ' | 'أ' | 'إ' | 'ؤ' | '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
    });
    if !needs {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ي' | 'ى' => out.push('ی'),
            'ك' => out.push('ک'),
            'ة' | 'ۀ' => out.push('ه'),
            'أ' | 'إ' => out.push('ا'),
            'ؤ' => out.push('و'),
            '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => {}
            other => out.push(other),
        }
    }
    Cow::Owned(out)
}

/// Normalises, then stems with frostem's Persian algorithm.
#[derive(Clone)]
pub struct PersianFilter;

impl TokenFilter for PersianFilter {
    type Tokenizer<T: Tokenizer> = PersianTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> PersianTokenizer<T> {
        PersianTokenizer { inner: tokenizer }
    }
}

#[derive(Clone)]
pub struct PersianTokenizer<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for PersianTokenizer<T> {
    type TokenStream<'a> = PersianTokenStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        PersianTokenStream {
            tail: self.inner.token_stream(text),
            stemmer: frostem::Stemmer::new(frostem::Algorithm::Persian),
        }
    }
}

pub struct PersianTokenStream<T> {
    tail: T,
    stemmer: frostem::Stemmer,
}

impl<T: TokenStream> TokenStream for PersianTokenStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        let normalized = normalize_persian(&token.text).into_owned();
        let stemmed = self.stemmer.stem(&normalized).into_owned();
        token.text = stemmed;
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Question words the general lists leave in: they are in almost every question and say nothing of its topic.
const QUESTION_WORDS_DE: [&str; 16] = [
    "wer", "wen", "wem", "wessen", "was", "wie", "wo", "wann", "warum", "wieso", "weshalb", "woher", "wohin", "womit",
    "wofür", "kann",
];
const QUESTION_WORDS_EN: [&str; 16] = [
    "what", "who", "whom", "whose", "how", "where", "when", "why", "which", "do", "does", "can", "i", "my", "me", "we",
];

/// The language's list and its question words, made once (a filter shares its set between copies).
fn stop_words(family: Family) -> Option<(StopWordFilter, StopWordFilter)> {
    use std::sync::OnceLock;
    type Lists = Vec<(Family, StopWordFilter, StopWordFilter)>;
    static LISTS: OnceLock<Lists> = OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        [
            (Family::German, Language::German, &QUESTION_WORDS_DE[..]),
            (Family::English, Language::English, &QUESTION_WORDS_EN[..]),
            (Family::Russian, Language::Russian, &[][..]),
        ]
        .into_iter()
        .filter_map(|(family, language, questions)| {
            let questions = StopWordFilter::remove(questions.iter().map(|w| (*w).to_string()));
            StopWordFilter::new(language).map(|list| (family, list, questions))
        })
        .collect()
    });
    lists.iter().find(|(f, _, _)| *f == family).map(|(_, list, questions)| (list.clone(), questions.clone()))
}

/// The terms of a question: as `terms`, without the language's function words (wer, den, the, что) where
/// there is a list for it, so that a rare function word cannot outweigh the word the question is about. A
/// question of function words only keeps them all.
pub fn query_terms(family: Family, text: &str) -> Vec<String> {
    let Some((list, questions)) = stop_words(family) else { return terms(family, text) };
    let mut analyzer =
        TextAnalyzer::builder(SimpleTokenizer::default()).filter(LowerCaser).filter(list).filter(questions).build();
    let mut stream = analyzer.token_stream(text);
    let mut kept = String::with_capacity(text.len());
    while stream.advance() {
        kept.push_str(&stream.token().text);
        kept.push(' ');
    }
    let out = terms(family, &kept);
    if out.is_empty() { terms(family, text) } else { out }
}

/// The terms an analyser makes of a text.
pub fn terms(family: Family, text: &str) -> Vec<String> {
    let mut analyzer = family.analyzer();
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        let t = stream.token().text.clone();
        if !t.is_empty() && !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn questions_lose_their_function_words_unless_nothing_else_is_left() {
        assert_eq!(
            query_terms(Family::German, "Wer bezahlt den Integrationskurs?"),
            terms(Family::German, "bezahlt Integrationskurs")
        );
        assert_eq!(query_terms(Family::German, "Wer ist das?"), terms(Family::German, "Wer ist das?"));
        assert_eq!(query_terms(Family::Turkish, "Kim öder?"), terms(Family::Turkish, "Kim öder?"));
    }

    #[test]
    fn german_inflections_meet_at_one_stem() {
        assert_eq!(terms(Family::German, "Aufenthaltstitels"), terms(Family::German, "Aufenthaltstitel"));
        assert_eq!(terms(Family::German, "Ausländerbehörden"), terms(Family::German, "Ausländerbehörde"));
    }

    #[test]
    fn arabic_article_and_plural_meet_at_one_stem() {
        assert_eq!(terms(Family::Arabic, "المكتبات"), terms(Family::Arabic, "مكتبة"));
    }

    #[test]
    fn persian_spellings_and_plurals_meet_at_one_stem() {
        // Arabic yeh/kaf written for Persian ones, and the plural ها.
        assert_eq!(terms(Family::Farsi, "كتابها"), terms(Family::Farsi, "کتاب"));
        assert_eq!(normalize_persian("مـدرسه"), "مدرسه");
    }

    #[test]
    fn ukrainian_is_lowercased_without_stemming() {
        assert_eq!(terms(Family::Ukrainian, "Документи"), ["документи"]);
    }

    #[test]
    fn the_script_tells_the_language_when_nobody_says() {
        assert_eq!(guess_language("دورة الاندماج"), ContentLang::Ar);
        assert_eq!(guess_language("کلاس ادغام چیست"), ContentLang::Fa);
        assert_eq!(guess_language("Як отримати дозвіл"), ContentLang::Uk);
        assert_eq!(guess_language("Как продлить"), ContentLang::Ru);
        assert_eq!(guess_language("Integrationskurs"), ContentLang::De);
    }
}
