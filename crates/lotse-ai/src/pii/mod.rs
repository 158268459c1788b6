//! Finding personal data in free text: rules for numbers and addresses (`rules`), names from the case and from
//! word lists (`names`), named health conditions (`data/health.txt`). It errs toward redaction: an ID-like token
//! next to an ID word is taken as an ID whether or not its check digit is right.

mod names;
mod rules;

pub use names::KnownPeople;

use crate::patterns::PatternSet;
use crate::text;
use std::fmt;
use std::sync::OnceLock;

/// The kinds of personal data, as the placeholders name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PiiType {
    Person,
    DateOfBirth,
    Phone,
    Email,
    Iban,
    Address,
    PostcodeCity,
    IdNumber,
    Health,
    UrlPersonal,
}

impl PiiType {
    pub const ALL: [PiiType; 10] = [
        PiiType::Person,
        PiiType::DateOfBirth,
        PiiType::Phone,
        PiiType::Email,
        PiiType::Iban,
        PiiType::Address,
        PiiType::PostcodeCity,
        PiiType::IdNumber,
        PiiType::Health,
        PiiType::UrlPersonal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PiiType::Person => "PERSON",
            PiiType::DateOfBirth => "DATE_OF_BIRTH",
            PiiType::Phone => "PHONE",
            PiiType::Email => "EMAIL",
            PiiType::Iban => "IBAN",
            PiiType::Address => "ADDRESS",
            PiiType::PostcodeCity => "POSTCODE_CITY",
            PiiType::IdNumber => "ID_NUMBER",
            PiiType::Health => "HEALTH",
            PiiType::UrlPersonal => "URL_PERSONAL",
        }
    }

    pub fn parse(s: &str) -> Option<PiiType> {
        PiiType::ALL.into_iter().find(|t| t.as_str().eq_ignore_ascii_case(s))
    }

    /// When two findings overlap, the one with the lower rank wins: structured, checkable kinds first.
    fn rank(self) -> u8 {
        match self {
            PiiType::Email => 0,
            PiiType::UrlPersonal => 1,
            PiiType::Iban => 2,
            PiiType::IdNumber => 3,
            PiiType::DateOfBirth => 4,
            PiiType::Phone => 5,
            PiiType::PostcodeCity => 6,
            PiiType::Address => 7,
            PiiType::Health => 8,
            PiiType::Person => 9,
        }
    }
}

impl fmt::Display for PiiType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A finding: code-point offsets into the text (end exclusive), its kind, and for names from the case, which
/// known person it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: PiiType,
    pub person: Option<usize>,
}

impl Span {
    pub fn new(start: usize, end: usize, kind: PiiType) -> Self {
        Span { start, end, kind, person: None }
    }

    fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

fn health_patterns() -> &'static PatternSet {
    static SET: OnceLock<PatternSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut s = PatternSet::new();
        s.add_tabbed(include_str!("../../data/health.txt"));
        s
    })
}

/// Words before a condition that belong to it (chronische Migräne, цукровий діабет, хвороба Альцгеймера).
const HEALTH_BEFORE: [&str; 26] = [
    "дитяч",
    "церебральн",
    "chronisch",
    "akut",
    "schwer",
    "leicht",
    "chronic",
    "severe",
    "acute",
    "mild",
    "хронічн",
    "хроническ",
    "цукров",
    "сахарн",
    "тяжел",
    "важк",
    "kronik",
    "ağır",
    "хвороб",
    "болезн",
    "morbus",
    "krankheit",
    "disease",
    "بیماری",
    "مرض",
    "داء",
];

/// Words after a condition that belong to it (Diabetes mellitus Typ 2, діабет 2 типу).
const HEALTH_AFTER: [&str; 12] =
    ["mellitus", "typ", "type", "tip", "типу", "типа", "тип", "grad", "stadium", "stage", "i", "ii"];

/// Named health conditions with their modifiers; neighbouring findings merge (posttraumatische
/// Belastungsstörung).
fn find_health(chars: &[char], tokens: &[text::Token], out: &mut Vec<Span>) {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for hit in health_patterns().find(tokens) {
        let (mut first, mut last) = (hit.first, hit.last);
        if first > 0 && HEALTH_BEFORE.iter().any(|p| tokens[first - 1].norm.starts_with(p)) {
            first -= 1;
        }
        let mut extra = 0;
        while let Some(t) = tokens.get(last + 1)
            && extra < 3
            && (HEALTH_AFTER.contains(&t.norm.as_str())
                || t.norm.chars().all(|c| c.is_ascii_digit()) && t.norm.len() == 1)
        {
            last += 1;
            extra += 1;
        }
        // A trailing number alone is not part of the condition ("Asthma 2023").
        while last > hit.last
            && tokens[last].norm.chars().all(|c| c.is_ascii_digit())
            && !HEALTH_AFTER.contains(&tokens[last - 1].norm.as_str())
        {
            last -= 1;
        }
        // An organisation named after a condition (AIDS-Hilfe, Diabetes-Zentrum) is not a diagnosis.
        if chars.get(tokens[last].end) == Some(&'-')
            && chars.get(tokens[last].end + 1).is_some_and(|c| c.is_uppercase())
        {
            continue;
        }
        spans.push((first, last));
    }
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (first, last) in spans {
        if let Some(prev) = merged.last_mut()
            && first <= prev.1 + 1
            && chars[tokens[prev.1].end..tokens[first].start.max(tokens[prev.1].end)]
                .iter()
                .all(|c| c.is_whitespace() || *c == '-')
        {
            prev.1 = prev.1.max(last);
            continue;
        }
        merged.push((first, last));
    }
    for (first, last) in merged {
        out.push(Span::new(tokens[first].start, tokens[last].end, PiiType::Health));
    }
}

/// Finds personal data. `known` are the people of the case (may be empty).
pub fn detect(text: &str, known: &KnownPeople) -> Vec<Span> {
    let text::Lexed { chars, tokens, eastern_digits } = text::lex(text);
    let folded = if eastern_digits { text::fold_digits(text) } else { std::borrow::Cow::Borrowed(text) };
    // Sized for a dense note at once: growing by doubling costs more than the unused room.
    let mut found = Vec::with_capacity(32);
    let dates = rules::find(&folded, &mut found);
    find_health(&chars, &tokens, &mut found);
    names::find(&chars, &tokens, known, &mut found);
    birth_dates_after_names(&chars, &dates, &mut found);
    resolve(&chars, found)
}

/// "Ghulam (01.01.1978)", "Marta, 15.08.1969": a date right after a person's name is their date of birth.
fn birth_dates_after_names(chars: &[char], dates: &[(usize, usize)], found: &mut Vec<Span>) {
    let people: Vec<usize> = found.iter().filter(|s| s.kind == PiiType::Person).map(|s| s.end).collect();
    if people.is_empty() {
        return;
    }
    for &(start, end) in dates {
        let between: String = chars[..start].iter().rev().take_while(|&&c| !text::is_letter_or_digit(c)).collect();
        let gap = between.chars().count();
        let joined_by = between.trim();
        if gap <= 3 && matches!(joined_by, "(" | "," | "*" | "(*" | ", *" | ",*") && people.contains(&(start - gap)) {
            found.push(Span::new(start, end, PiiType::DateOfBirth));
        }
    }
}

/// Keeps non-overlapping findings, preferring known people, then the kind's rank, then the longer span.
/// Drops spaces and punctuation a trimmed span may have kept at its ends.
fn trim_to_word(chars: &[char], span: &mut Span) {
    while span.end > span.start && !text::is_letter_or_digit(chars[span.end - 1]) {
        span.end -= 1;
    }
    while span.start < span.end && !text::is_letter_or_digit(chars[span.start]) {
        span.start += 1;
    }
}

fn resolve(chars: &[char], mut found: Vec<Span>) -> Vec<Span> {
    found.sort_by_key(|s| (s.person.is_none(), s.kind.rank(), std::cmp::Reverse(s.end - s.start), s.start));
    let mut kept: Vec<Span> = Vec::with_capacity(found.len());
    // Kept findings never overlap one another, so those that overlap a new one are the last to start before it
    // and those that start inside it: found by start, not by looking at every kept one (long texts).
    // A short note has few findings: looking at every kept one is cheaper than keeping the index.
    let indexed = found.len() > 32;
    let mut by_start: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut near: Vec<usize> = Vec::new();
    for mut span in found {
        near.clear();
        if indexed {
            near.extend(
                by_start
                    .range(..span.start)
                    .next_back()
                    .map(|(_, &i)| i)
                    .into_iter()
                    .chain(by_start.range(span.start..span.end.max(span.start)).map(|(_, &i)| i))
                    .filter(|&i| kept[i].overlaps(&span)),
            );
            // In the order they were kept, as the rules below depend on it.
            near.sort_unstable();
        } else {
            near.extend((0..kept.len()).filter(|&i| kept[i].overlaps(&span)));
        }
        // A name that runs into a condition or a number keeps its part before (or after) it.
        for k in near.iter().map(|&i| &kept[i]) {
            if !k.overlaps(&span) || span.kind != PiiType::Person || k.kind == PiiType::Person {
                continue;
            }
            if k.start > span.start {
                span.end = span.end.min(k.start);
            } else if k.end < span.end {
                span.start = span.start.max(k.end);
            } else {
                span.end = span.start;
            }
        }
        if span.kind == PiiType::Person {
            trim_to_word(chars, &mut span);
        }
        if span.end > span.start && !near.iter().any(|&i| kept[i].overlaps(&span)) {
            if indexed {
                by_start.insert(span.start, kept.len());
            }
            kept.push(span);
        }
    }
    kept.sort_by_key(|s| s.start);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, PiiType)> {
        let chars: Vec<char> = text.chars().collect();
        detect(text, &KnownPeople::default())
            .into_iter()
            .map(|s| (chars[s.start..s.end].iter().collect(), s.kind))
            .collect()
    }

    #[test]
    fn finds_the_documented_kinds_in_german_notes() {
        let found = kinds(
            "Frau Amira Haddad (geb. 14.03.1991) war heute mit ihrem Sohn Yusuf in der Beratung. Rückruf unter 0176 23456789.",
        );
        assert_eq!(
            found,
            vec![
                ("Amira Haddad".into(), PiiType::Person),
                ("14.03.1991".into(), PiiType::DateOfBirth),
                ("Yusuf".into(), PiiType::Person),
                ("0176 23456789".into(), PiiType::Phone),
            ]
        );
    }

    #[test]
    fn leaves_institutions_and_hotlines_alone() {
        assert!(
            kinds("Der Integrationskurs beginnt im Januar an der Volkshochschule; Anmeldung über das BAMF-Portal.")
                .is_empty()
        );
        assert!(kinds("Im Notfall 112 oder das Hilfetelefon 116 016 anrufen, Termin am 12.01.2027.").is_empty());
    }

    #[test]
    fn health_condition_with_type() {
        assert_eq!(
            kinds("Klientin hat Diabetes Typ 1 und Asthma."),
            vec![("Diabetes Typ 1".into(), PiiType::Health), ("Asthma".into(), PiiType::Health)]
        );
    }
}
