//! Text normalisation and tokenisation shared by the word lists (guard, glossary, health) and the name matcher.
//! Tokens keep their position in the original text as code-point offsets, so a match can be mapped back to the
//! words as written. The rules are documented for the list writers in `data/README.md`.

use unicode_normalization::UnicodeNormalization;

/// A word of the text: its normalised form and where it stands in the original (code points, end exclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Kept inline up to 24 bytes: most words need no allocation of their own.
    pub norm: compact_str::CompactString,
    pub start: usize,
    pub end: usize,
}

/// Folds one character into zero or more normalised characters.
#[inline]
fn fold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match fold_table().get(c as usize) {
        Some(f) if f.len <= 2 => f.push_into(out),
        _ => fold_uncached(c, out),
    }
}

/// What `fold_uncached` and the letter tests say of one character below `FOLD_END`.
#[derive(Debug, Clone, Copy)]
struct Folded {
    chars: [char; 2],
    /// How many of `chars` the character folds to; 3: more, or a space among them (ask `fold_uncached`).
    len: u8,
    letter: bool,
    dropped: bool,
}

impl Folded {
    /// Appends the folded characters (only for `len` ≤ 2: the table holds them).
    fn push_into(&self, out: &mut String) {
        for &l in &self.chars[..usize::from(self.len.min(2))] {
            out.push(l);
        }
    }
}

/// Latin, Greek, Cyrillic, Arabic and Persian: what most notes are written in.
const FOLD_END: u32 = 0x0700;

/// `Folded` for every character below `FOLD_END`, made once from the same functions: one lookup per character
/// instead of a match, a table search and a check for spaces.
fn fold_table() -> &'static [Folded] {
    static TABLE: std::sync::OnceLock<Vec<Folded>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (0..FOLD_END)
            .map(|i| {
                let Some(c) = char::from_u32(i) else {
                    return Folded { chars: ['\0'; 2], len: 3, letter: false, dropped: false };
                };
                let mut s = String::new();
                fold_uncached(c, &mut s);
                let folded: Vec<char> = s.chars().collect();
                let len = if folded.len() <= 2 && !folded.iter().any(|c| c.is_whitespace()) { folded.len() } else { 3 };
                Folded {
                    chars: [folded.first().copied().unwrap_or('\0'), folded.get(1).copied().unwrap_or('\0')],
                    len: u8::try_from(len).unwrap_or(3),
                    letter: is_letter_or_digit(c),
                    dropped: is_dropped(c),
                }
            })
            .collect()
    })
}

/// `fold` without the table.
fn fold_uncached(c: char, out: &mut String) {
    match c {
        // Arabic diacritics, superscript alef, tatweel; zero-width non-joiner and joiner, soft hyphen; combining
        // marks left over after NFKC (Turkish İ lowercases to i + U+0307).
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}' | '\u{00AD}' => {}
        '\u{0300}'..='\u{036F}' => {}
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ى' | 'ی' | 'ې' => out.push('ي'),
        'ة' | 'ۀ' => out.push('ه'),
        'ک' => out.push('ك'),
        'ё' | 'Ё' => out.push('е'),
        'ß' | 'ẞ' => out.push_str("ss"),
        _ => {
            if let Some(d) = eastern_digit(c) {
                out.push(d);
                return;
            }
            // Fast path: Latin, Greek, Cyrillic and the Arabic block have no compatibility forms to fold.
            if c < '\u{0300}' || ('\u{0370}'..='\u{06FF}').contains(&c) {
                // The letters notes are mostly written in, without the case tables: basic Cyrillic (А–Я, Ѐ–Џ
                // and their small forms) and Arabic letters (no case; marks and digits were handled above).
                let direct = match c {
                    'А'..='Я' => char::from_u32(c as u32 + 0x20),
                    'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50),
                    'а'..='я' | 'ѐ'..='џ' | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => Some(c),
                    _ => None,
                };
                if let Some(l) = direct {
                    out.push(l);
                    return;
                }
                for l in c.to_lowercase() {
                    if !('\u{0300}'..='\u{036F}').contains(&l) {
                        out.push(l);
                    }
                }
                return;
            }
            for n in std::iter::once(c).nfkc() {
                for l in n.to_lowercase() {
                    if !('\u{0300}'..='\u{036F}').contains(&l) {
                        out.push(l);
                    }
                }
            }
        }
    }
}

/// The characters below this one (Latin, Greek, Cyrillic) are answered from a table built once.
const TABLE_END: usize = 0x0530;

/// Per character below `TABLE_END`: whether it is a letter or digit, upper case, lower case. (Folding has its own
/// table, `fold_table`.)
struct SmallTable {
    alphanumeric: Vec<bool>,
    uppercase: Vec<bool>,
    lowercase: Vec<bool>,
}

fn small_table() -> &'static SmallTable {
    static TABLE: std::sync::OnceLock<SmallTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let chars = || (0..TABLE_END).map(|i| char::from_u32(i as u32));
        let alphanumeric = chars().map(|c| c.is_some_and(char::is_alphanumeric)).collect();
        let uppercase = chars().map(|c| c.is_some_and(char::is_uppercase)).collect();
        let lowercase = chars().map(|c| c.is_some_and(char::is_lowercase)).collect();
        SmallTable { alphanumeric, uppercase, lowercase }
    })
}

/// `char::is_uppercase`, from the table where it can.
pub fn is_uppercase(c: char) -> bool {
    small_table().uppercase.get(c as usize).copied().unwrap_or_else(|| c.is_uppercase())
}

/// `char::is_lowercase`, from the table where it can.
pub fn is_lowercase(c: char) -> bool {
    small_table().lowercase.get(c as usize).copied().unwrap_or_else(|| c.is_lowercase())
}

/// Arabic-Indic and Persian digits as ASCII digits.
pub fn eastern_digit(c: char) -> Option<char> {
    let v = match c {
        '\u{0660}'..='\u{0669}' => c as u32 - 0x0660,
        '\u{06F0}'..='\u{06F9}' => c as u32 - 0x06F0,
        _ => return None,
    };
    char::from_digit(v, 10)
}

/// The same text with Arabic-Indic and Persian digits replaced by ASCII digits, one character for one character,
/// so code-point offsets are shared with the original.
pub fn fold_digits(text: &str) -> std::borrow::Cow<'_, str> {
    // Both digit blocks are encoded with the lead bytes D9 and DB; most texts have neither.
    if !text.bytes().any(|b| b == 0xD9 || b == 0xDB) || !text.chars().any(|c| eastern_digit(c).is_some()) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(text.chars().map(|c| eastern_digit(c).unwrap_or(c)).collect())
}

/// Normalises a whole string (for list entries and lookups).
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_into(text, &mut out);
    out
}

/// Appends the normalised text to `out`.
pub fn normalize_into(text: &str, out: &mut String) {
    for c in text.chars() {
        fold(c, out);
    }
}

/// `char::is_alphanumeric`, answered without searching the Unicode tables for Latin, Greek, Cyrillic and the
/// common Arabic letters.
pub fn is_letter_or_digit(c: char) -> bool {
    if let Some(&known) = small_table().alphanumeric.get(c as usize) {
        return known;
    }
    match c {
        'А'..='я' | 'ѐ'..='џ' | 'Ѐ'..='Џ' => true,
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        _ => c.is_alphanumeric(),
    }
}

fn is_dropped(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}' | '\u{00AD}' | '\u{0300}'..='\u{036F}')
}

/// Splits into tokens at everything that is not a letter or digit.
pub fn tokens(text: &str) -> Vec<Token> {
    lex_into::<false>(text, &mut Vec::new()).0
}

/// A text as characters and as tokens, and whether it holds Arabic-Indic or Persian digits.
pub struct Lexed {
    pub chars: Vec<char>,
    pub tokens: Vec<Token>,
    pub eastern_digits: bool,
}

/// `tokens`, the characters and the digit check in one pass over the text (detection needs all three).
pub fn lex(text: &str) -> Lexed {
    let mut chars = Vec::with_capacity(text.len());
    let (tokens, eastern_digits) = lex_into::<true>(text, &mut chars);
    Lexed { chars, tokens, eastern_digits }
}

/// The tokens and whether an Eastern digit occurs; with `CHARS`, every character is appended to `chars` too.
fn lex_into<const CHARS: bool>(text: &str, chars: &mut Vec<char>) -> (Vec<Token>, bool) {
    let table = fold_table();
    let mut eastern_digits = false;
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    // Built in one reused buffer, then copied into the token (inline for most words).
    let mut current = String::with_capacity(32);
    let mut start = 0;
    let cyrillic = |c: Option<char>| c.is_some_and(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    let mut prev: Option<char> = None;
    // Byte position and code-point position walk together.
    let (mut at, mut i) = (0, 0);
    while at < bytes.len() {
        // Most of a note is ASCII: a run of letters and digits is lowercased in one go.
        let b = bytes[at];
        if b.is_ascii_alphanumeric() {
            let run = bytes[at..].iter().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(bytes.len() - at);
            if current.is_empty() {
                start = i;
            }
            let from = current.len();
            current.push_str(&text[at..at + run]);
            current[from..].make_ascii_lowercase();
            if CHARS {
                chars.extend(bytes[at..at + run].iter().map(|&b| char::from(b)));
            }
            at += run;
            i += run;
            prev = Some(char::from(bytes[at - 1]));
            continue;
        }
        if b < 0x80 && b != b'\'' {
            if !current.is_empty() {
                out.push(Token { norm: compact_str::CompactString::from(current.as_str()), start, end: i });
                current.clear();
            }
            prev = Some(char::from(b));
            if CHARS {
                chars.push(char::from(b));
            }
            at += 1;
            i += 1;
            continue;
        }
        // Latin, Greek, Cyrillic and Arabic letters take two bytes (U+0080–U+07FF): decoded here directly. The
        // text is valid UTF-8, so a continuation byte follows such a lead byte.
        let c = if (0xC2..0xE0).contains(&b) {
            let code = (u32::from(b & 0x1F) << 6) | u32::from(bytes[at + 1] & 0x3F);
            at += 2;
            char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER)
        } else {
            let Some(c) = text[at..].chars().next() else { break };
            at += c.len_utf8();
            c
        };
        if CHARS {
            chars.push(c);
        }
        eastern_digits |= eastern_digit(c).is_some();
        // Ukrainian writes an apostrophe inside words (сім'я, б'є); elsewhere it splits (Ayşe'nin).
        let inner_apostrophe = matches!(c, '\'' | '’' | 'ʼ') && cyrillic(prev) && cyrillic(text[at..].chars().next());
        prev = Some(c);
        let known = table.get(c as usize).filter(|f| f.len <= 2);
        let (letter, dropped) = known.map_or_else(|| (is_letter_or_digit(c), is_dropped(c)), |f| (f.letter, f.dropped));
        if inner_apostrophe && !current.is_empty() {
            current.push('\'');
        } else if (letter || dropped && !current.is_empty())
            && let Some(f) = known
        {
            // From the table: never a space among the folded characters.
            if current.is_empty() {
                start = i;
            }
            f.push_into(&mut current);
        } else if letter || (dropped && !current.is_empty()) {
            if current.is_empty() {
                start = i;
            }
            let before = current.len();
            fold(c, &mut current);
            // NFKC can turn a letter into something else (ligatures stay letters); a token never holds spaces.
            if current[before..].chars().any(char::is_whitespace) {
                let tail: String = current[before..].chars().filter(|c| !c.is_whitespace()).collect();
                current.truncate(before);
                current.push_str(&tail);
            }
        } else if !current.is_empty() {
            out.push(Token { norm: compact_str::CompactString::from(current.as_str()), start, end: i });
            current.clear();
        }
        i += 1;
    }
    if !current.is_empty() {
        out.push(Token { norm: compact_str::CompactString::from(current.as_str()), start, end: i });
    }
    (out, eastern_digits)
}

/// Whether a token is written in Arabic script (Arabic, Persian).
pub fn is_arabic_script(s: &str) -> bool {
    s.chars().next().is_some_and(is_arabic_char)
}

pub fn is_arabic_char(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0750}'..='\u{077F}').contains(&c)
}

/// Whether `variants` may give more than the token itself: only Arabic-script tokens have other forms, and their
/// first letter is encoded with a lead byte from D8 to DD (U+0600–U+077F); every other token is its only form.
pub fn may_have_variants(norm: &str) -> bool {
    norm.as_bytes().first().is_some_and(|b| (0xD8..=0xDD).contains(b))
}

/// Arabic proclitics tried stripped, longest first.
const PROCLITICS: [&str; 10] = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل"];

/// The forms of one token: the token, and the token without each proclitic it starts with (kept as byte
/// lengths, so the value is small and needs no allocation).
#[derive(Debug, Clone, Copy)]
pub struct Variants<'a> {
    norm: &'a str,
    cuts: [u8; PROCLITICS.len()],
    len: usize,
}

impl<'a> Variants<'a> {
    pub fn iter(&self) -> impl Iterator<Item = &'a str> + '_ {
        std::iter::once(self.norm).chain(self.cuts[..self.len].iter().map(|&cut| &self.norm[usize::from(cut)..]))
    }

    pub fn contains(&self, form: &str) -> bool {
        self.iter().any(|f| f == form)
    }
}

/// The forms of a token to compare with a list entry: the token itself and, for Arabic script, the token without
/// a leading proclitic (at least two letters must remain).
pub fn variants(norm: &str) -> Variants<'_> {
    let mut v = Variants { norm, cuts: [0; PROCLITICS.len()], len: 0 };
    if is_arabic_script(norm) {
        for p in PROCLITICS {
            if let Some(rest) = norm.strip_prefix(p)
                && rest.chars().count() >= 2
                && let Ok(cut) = u8::try_from(p.len())
            {
                v.cuts[v.len] = cut;
                v.len += 1;
            }
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_scripts_digits_and_joiners() {
        assert_eq!(normalize("Straße"), "strasse");
        assert_eq!(normalize("أمل"), "امل");
        assert_eq!(normalize("می‌توانم"), "میتوانم".replace('ی', "ي"));
        assert_eq!(normalize("۱۳۷۰"), "1370");
        assert_eq!(normalize("Ёлка"), "елка");
        assert_eq!(normalize("İstanbul"), "istanbul");
    }

    #[test]
    fn tokens_keep_original_positions() {
        let t = tokens("Ayşe'nin vergi numarası");
        assert_eq!(t[0], Token { norm: "ayşe".into(), start: 0, end: 4 });
        assert_eq!(t[1].norm, "nin");
        assert_eq!(t[2].start, 9);
        let t = tokens("می‌توانم بروم");
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].end, 8);
    }

    #[test]
    fn only_tokens_that_may_have_variants_have_more_than_one_form() {
        // Every letter and digit up to U+3000 as a word's first letter, alone and before a proclitic and a word.
        let mut arabic = 0;
        for c in (0x80..0x3000).filter_map(char::from_u32).filter(|&c| is_letter_or_digit(c)) {
            for word in [normalize(&c.to_string()), normalize(&format!("{c}لبيت")), normalize(&format!("{c}والبيت"))]
            {
                if is_arabic_script(&word) || variants(&word).iter().count() > 1 {
                    assert!(may_have_variants(&word), "{c:?} (U+{:04X}) starts {word:?}", c as u32);
                    arabic += 1;
                }
            }
        }
        assert!(arabic > 300, "the Arabic letters were tried ({arabic})");
        assert!(may_have_variants("والبيت") && !may_have_variants("haus") && !may_have_variants("дом"));
    }

    #[test]
    fn arabic_proclitics_are_tried_stripped() {
        assert!(variants("والبيت").contains("بيت"));
        assert_eq!(variants("house").iter().collect::<Vec<_>>(), ["house"]);
    }
}
