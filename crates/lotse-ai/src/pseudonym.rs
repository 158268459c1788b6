//! Typed placeholders for personal data: `[PERSON_1]`, `[PHONE_2]`. A mapping belongs to one conversation (or
//! case) so the same value keeps its placeholder across questions; it never leaves the server and is stored
//! sealed. Restoring puts the values back into the provider's answer.

use crate::pii::{self, KnownPeople, PiiType, Span};
use crate::text;
use compact_str::CompactString;
use regex::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MappingEntry {
    /// Short strings are kept inline: a note makes several entries, and most values are short.
    pub placeholder: CompactString,
    pub kind: PiiType,
    /// The value as first written.
    pub value: CompactString,
    /// What identifies the value (a known person's number, or the value without spaces and case).
    key: CompactString,
}

/// Placeholder ↔ value for one conversation.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Mapping {
    pub entries: Vec<MappingEntry>,
}

/// A text with its personal data replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pseudonymised {
    pub text: String,
    /// The placeholders used in this text, in order of appearance (may repeat): indices into the mapping's
    /// entries.
    pub used: Vec<usize>,
}

/// Writes the key of a value into `key` (cleared first); `scratch` is a reused buffer.
fn key_of(kind: PiiType, value: &str, span: &Span, key: &mut String, scratch: &mut String) {
    key.clear();
    match span.person {
        Some(p) => {
            key.push_str("person#");
            push_number(key, p);
        }
        None => {
            key.push_str(kind.as_str());
            key.push(':');
            if value.is_ascii() {
                // Normalising ASCII lowercases it; the filter below keeps letters and digits.
                for b in value.bytes().filter(u8::is_ascii_alphanumeric) {
                    key.push(char::from(b.to_ascii_lowercase()));
                }
                return;
            }
            scratch.clear();
            text::normalize_into(value, scratch);
            // Spaces and punctuation do not tell two values apart.
            key.extend(scratch.chars().filter(|&c| text::is_letter_or_digit(c)));
        }
    }
}

/// Appends a number in decimal digits (placeholders are made for every finding; `format!` costs more).
fn push_number(out: &mut impl std::fmt::Write, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut len = 0;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in digits[..len].iter().rev() {
        let _ = out.write_char(char::from(d));
    }
}

/// Every kind's placeholder name, as alternatives of a pattern (PERSON|DATE_OF_BIRTH|…).
fn kind_names() -> String {
    PiiType::ALL.map(PiiType::as_str).join("|")
}

fn placeholder_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(r"(?i)\[?\b({})_([0-9]{{1,4}})\b\]?", kind_names()))
            .unwrap_or_else(|_| unreachable!("constant pattern"))
    })
}

/// The placeholders exactly as `Mapping` writes them.
fn written_placeholder() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(r"\[(?:{})_[0-9]+\]", kind_names())).unwrap_or_else(|_| unreachable!("constant pattern"))
    })
}

/// A pseudonymised text without its placeholders, for searching: they say that personal data stood there, not
/// what is asked, and their words ("person", "phone", "personal") would rank articles that happen to use them.
pub fn without_placeholders(text: &str) -> std::borrow::Cow<'_, str> {
    written_placeholder().replace_all(text, " ")
}

impl Mapping {
    pub fn new() -> Self {
        Self::default()
    }

    /// The index of the entry for a value, made if it is new. `key` and `scratch` are reused buffers.
    fn entry_for(&mut self, kind: PiiType, value: &str, span: &Span, key: &mut String, scratch: &mut String) -> usize {
        key_of(kind, value, span, key, scratch);
        // The kind first: comparing a byte is cheaper than comparing keys.
        let mut same_kind = 0;
        for (i, e) in self.entries.iter().enumerate() {
            if e.kind == kind {
                if e.key == *key {
                    return i;
                }
                same_kind += 1;
            }
        }
        // Written in the reused buffer, then copied once (pushing onto a CompactString checks its layout each time).
        scratch.clear();
        scratch.push('[');
        scratch.push_str(kind.as_str());
        scratch.push('_');
        push_number(scratch, same_kind + 1);
        scratch.push(']');
        self.entries.push(MappingEntry {
            placeholder: CompactString::from(scratch.as_str()),
            kind,
            value: CompactString::from(value),
            key: CompactString::from(key.as_str()),
        });
        self.entries.len() - 1
    }

    /// Replaces every finding in `text` with its placeholder.
    pub fn pseudonymise(&mut self, text_: &str, known: &KnownPeople) -> Pseudonymised {
        let spans = pii::detect(text_, known);
        self.apply(text_, &spans)
    }

    /// Replaces the given findings (code-point spans, sorted, not overlapping).
    pub fn apply(&mut self, text_: &str, spans: &[Span]) -> Pseudonymised {
        let mut out = String::with_capacity(text_.len() + 16 * spans.len());
        let mut used = Vec::with_capacity(spans.len());
        let mut at = 0;
        // Code points → bytes, walking the text once (spans are sorted): a character begins at every byte that
        // is not a continuation byte.
        let bytes = text_.as_bytes();
        let (mut point, mut byte) = (0, 0);
        let mut byte_at = |p: usize| -> usize {
            if p < point {
                (point, byte) = (0, 0);
            }
            while point < p && byte < bytes.len() {
                // An ASCII stretch moves both counts together, eight bytes at a time where it can.
                if p - point >= 8
                    && let Some(chunk) = bytes.get(byte..byte + 8)
                    && u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8])) & 0x8080_8080_8080_8080 == 0
                {
                    byte += 8;
                    point += 8;
                    continue;
                }
                if bytes[byte].is_ascii() {
                    byte += 1;
                    point += 1;
                    continue;
                }
                byte += 1;
                while byte < bytes.len() && bytes[byte] & 0xC0 == 0x80 {
                    byte += 1;
                }
                point += 1;
            }
            byte
        };
        self.entries.reserve(spans.len());
        let (mut key, mut scratch) = (String::with_capacity(64), String::with_capacity(64));
        for span in spans {
            let s = byte_at(span.start);
            let e = byte_at(span.end);
            if s < at {
                continue;
            }
            out.push_str(&text_[at..s]);
            let entry = self.entry_for(span.kind, &text_[s..e], span, &mut key, &mut scratch);
            out.push_str(&self.entries[entry].placeholder);
            used.push(entry);
            at = e;
        }
        out.push_str(&text_[at..]);
        Pseudonymised { text: out, used }
    }

    /// Puts the values back. Tolerates what models do to placeholders: dropped brackets, other case.
    pub fn restore(&self, text_: &str) -> String {
        let by_placeholder: HashMap<String, &str> =
            self.entries.iter().map(|e| (e.placeholder.to_uppercase().to_string(), e.value.as_str())).collect();
        placeholder_pattern()
            .replace_all(text_, |caps: &regex::Captures| {
                let key = format!("[{}_{}]", caps[1].to_uppercase(), &caps[2]);
                match by_placeholder.get(&key) {
                    Some(v) => v.to_string(),
                    None => caps[0].to_string(),
                }
            })
            .into_owned()
    }

    /// The values a text must never contain once pseudonymised.
    pub fn values(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.value.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searching_ignores_every_kind_of_placeholder_and_nothing_else() {
        let mut m = Mapping::new();
        let p = m.pseudonymise(
            "Olena Koval, geb. 14.03.1991, Tel. 0176 23456789, olena@example.org, Seite www.koval-design.de: Wer zahlt?",
            &KnownPeople::default(),
        );
        assert!(p.text.contains("[PERSON_1]") && p.text.contains("[URL_PERSONAL_1]"), "{}", p.text);
        let searched = without_placeholders(&p.text);
        assert!(!searched.contains('['), "{searched}");
        assert!(
            searched.contains("geb.") && searched.contains("Tel.") && searched.ends_with("Wer zahlt?"),
            "{searched}"
        );
        for kind in PiiType::ALL {
            assert_eq!(without_placeholders(&format!("a [{kind}_12] b")), "a   b");
        }
        // Only what the mapping writes: a bracketed word of the question stays.
        assert_eq!(
            without_placeholders("[Integrationskurs] [PERSON] PERSON_1"),
            "[Integrationskurs] [PERSON] PERSON_1"
        );
    }

    #[test]
    fn placeholders_are_typed_consistent_and_restored() {
        let mut k = KnownPeople::new();
        k.add(&["Amira Haddad"]);
        let mut m = Mapping::new();
        let a = m.pseudonymise("Frau Amira Haddad, Tel. 0176 23456789, fragt nach dem Integrationskurs.", &k);
        assert_eq!(a.text, "Frau [PERSON_1], Tel. [PHONE_1], fragt nach dem Integrationskurs.");
        let b = m.pseudonymise("Haddad ruft wieder an: 0176 23456789, sonst o.petrenko@example.org", &k);
        assert_eq!(b.text, "[PERSON_1] ruft wieder an: [PHONE_1], sonst [EMAIL_1]");
        assert_eq!(
            m.restore("Liebe [PERSON_1], bitte rufen Sie PHONE_1 zurück. [person_1]"),
            "Liebe Amira Haddad, bitte rufen Sie 0176 23456789 zurück. Amira Haddad"
        );
        assert_eq!(m.restore("[PERSON_9] bleibt"), "[PERSON_9] bleibt");
    }
}
