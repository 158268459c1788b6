//! Personal data with a shape: e-mail, personal URLs, IBAN, ID numbers, dates of birth, phone numbers, postcode
//! and town, street and number. Runs on the text with Eastern digits folded to ASCII (same code points).

use super::{PiiType, Span};
use regex::Regex;
use regex_automata::{Anchored, Input, meta};
use std::sync::OnceLock;

/// The rules that start with a digit or a fixed shape, compiled for anchored search at the places where a match
/// can begin (see `matches_at`).
struct Anchorable {
    iban: meta::Regex,
    id_strong: meta::Regex,
    date: meta::Regex,
    phone: meta::Regex,
    postcode_city: meta::Regex,
    street_prefix: meta::Regex,
    /// The German street rules, searched only in the stretches around house numbers (`german_street_stretches`).
    german_streets: [meta::Regex; 3],
}

fn anchorable() -> &'static Anchorable {
    static RULES: OnceLock<Anchorable> = OnceLock::new();
    RULES.get_or_init(|| {
        let r = rules();
        let re = |s: &Regex| meta::Regex::new(s.as_str()).unwrap_or_else(|e| unreachable_pattern(&e));
        Anchorable {
            iban: re(&r.iban),
            id_strong: re(&r.id_strong),
            date: re(&r.date),
            phone: re(&r.phone),
            postcode_city: re(&r.postcode_city),
            street_prefix: re(&r.street_prefix),
            german_streets: [re(&r.street), re(&r.street_words), re(&r.street_hyphen)],
        }
    })
}

/// The matches `find_iter` gives, found by anchored searches at `starts` only: ascending byte offsets that
/// include every place where a match of `re` can begin. Most of a note is never scanned.
fn matches_at(re: &meta::Regex, text: &str, starts: impl Iterator<Item = usize>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut next = 0;
    for start in starts {
        if start < next {
            continue;
        }
        // Look-around (\b) still sees the text before `start`.
        let input = Input::new(text).range(start..).anchored(Anchored::Yes);
        if let Some(m) = re.search(&input) {
            out.push((m.start(), m.end()));
            next = m.end();
        }
    }
    out
}

/// What `(?-u:\b)` counts as a word character, by byte.
const WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'_';
        b += 1;
    }
    table
};

fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// Offsets of every `byte` in `bytes`.
fn memchr_all(bytes: &[u8], byte: u8) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(byte, bytes)
}

fn digits_at(bytes: &[u8], at: usize, n: usize) -> bool {
    bytes.get(at..at + n).is_some_and(|s| s.iter().all(u8::is_ascii_digit))
}

/// The words of the text as `(?-u:\b)` sees them (runs of ASCII letters, digits and _), in bytes: every
/// anchorable rule begins at one of them (or at a + or a parenthesis, for phones), and with a digit or a capital.
struct Words {
    words: Vec<(usize, usize)>,
}

impl Words {
    /// Only words that begin with a digit or a capital: no rule begins with a small letter.
    fn new(bytes: &[u8]) -> Self {
        let mut words = Vec::with_capacity(bytes.len() / 16 + 1);
        let mut i = 0;
        while i < bytes.len() {
            if !is_word_byte(bytes[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && is_word_byte(bytes[i]) {
                i += 1;
            }
            if bytes[start].is_ascii_digit() || bytes[start].is_ascii_uppercase() {
                words.push((start, i));
            }
        }
        Words { words }
    }

    /// Starts of the words that satisfy `keep` (given the word's bytes and its start).
    fn starts<'a>(
        &'a self,
        bytes: &'a [u8],
        keep: impl Fn(&[u8], usize) -> bool + 'a,
    ) -> impl Iterator<Item = usize> + 'a {
        self.words.iter().filter(move |&&(s, e)| keep(&bytes[s..e], s)).map(|&(s, _)| s)
    }
}

/// `(?-u:\b)(?:19|20)[0-9]{2}(?-u:\b)`: years, by hand (byte offsets).
fn years(bytes: &[u8], words: &Words) -> Vec<(usize, usize)> {
    words
        .starts(bytes, |w, _| w.len() == 4 && (w.starts_with(b"19") || w.starts_with(b"20")) && digits_at(w, 2, 2))
        .map(|s| (s, s + 4))
        .collect()
}

struct Rules {
    email: Regex,
    url: Regex,
    iban: Regex,
    id_shape: Regex,
    id_strong: Regex,
    id_context: Regex,
    date: Regex,
    birth_before: Regex,
    birth_after: Regex,
    other_event: Regex,
    phone: Regex,
    phone_context: Regex,
    postcode_city: Regex,
    street: Regex,
    street_words: Regex,
    street_prefix: Regex,
    street_foreign: Regex,
    street_hyphen: Regex,
    not_street_name: Regex,
}

const MONTHS: &str = "januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|\
jan|feb|mär|mrz|apr|jun|jul|aug|sep|sept|okt|nov|dez|\
january|february|march|may|june|july|october|december|oct|dec|\
января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|\
січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|\
ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|\
يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|\
كانون الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|تشرين الأول|تشرين الثاني|كانون الأول|\
فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|\
ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر|\
حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت";

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        let re = |s: &str| Regex::new(s).unwrap_or_else(|e| unreachable_pattern(&e));
        let date = format!(
            r"(?i)(?-u:\b)(?:[0-3]?[0-9][./\-][01]?[0-9][./\-](?:19|20|13|14)?[0-9]{{2}}|(?:19|20|13|14)[0-9]{{2}}[./\-][01]?[0-9][./\-][0-3]?[0-9]|[01]?[0-9]/[0-3]?[0-9]/(?:19|20)[0-9]{{2}}|[01]?[0-9]/(?:19|20)[0-9]{{2}}|[0-3]?[0-9]\.?\s*(?:{MONTHS})\.?,?\s+(?:19|20|13|14)[0-9]{{2}}(?:\s*(?:р\.|г\.|года|року|roku))?|(?:{MONTHS})\.?\s+[0-3]?[0-9](?:st|nd|rd|th)?,?\s+(?:19|20)[0-9]{{2}})(?-u:\b)"
        );
        Rules {
            email: re(r"(?i)[\p{L}0-9._%+\-]+@[\p{L}0-9\-]+(?:\.[\p{L}0-9\-]+)*\.[a-z]{2,}"),
            url: re(r#"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>"'\])]+|(?-u:\b)(?:linkedin\.com|instagram\.com|facebook\.com|fb\.com|t\.me|wa\.me|vk\.com|tiktok\.com|x\.com|twitter\.com|github\.com|xing\.com|youtube\.com|telegram\.me)/[^\s<>"'\])]+"#),
            iban: re(r"(?-u:\b)[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?-u:\b)"),
            id_shape: re(r"(?-u:\b)[A-Z0-9]+(?:(?:[./\-]|//| )[A-Z0-9]+){0,5}(?-u:\b)"),
            id_strong: re(
                r"(?-u:\b)(?:[0-9]{5}\s?//\s?[0-9]{7}|[0-9]{2}\s?[0-3][0-9][01][0-9][0-9]{2}\s?[A-Z]\s?[0-9]{3}|[0-9]{3}[A-Z][0-9]{6}|[1-9][0-9]{10}|[0-9]{12}|[A-Z0-9]{9})(?-u:\b)",
            ),
            id_context: re(
                r"(?i)(?:reise)?pass(?:nummer|-?nr\.?|es)?(?-u:\b)|passport|personalausweis|ausweis(?:nummer|-?nr)?|aufenthaltstitel|aufenthaltserlaubnis|ankunftsnachweis|(?-u:\b)eat(?-u:\b)|(?-u:\b)azr(?-u:\b)|aktenzeichen|(?-u:\b)az\.|steuer-?id|steuer-?nummer|steueridentifikationsnummer|identifikationsnummer|(?-u:\b)tax\s*(?:id|number)|vergi\s*(?:kimlik\s*)?numara|kimlik\s*numara|pasaport|oturum\s*kart|ikamet|рнокпп|іпн|ипн|снилс|sozialversicherungs(?:nummer|ausweis)|sv-?n(?:umme)?r|rentenversicherungsnummer|versichertennummer|(?-u:\b)kvnr(?-u:\b)|social\s*security|(?-u:\b)bg-?n(?:umme)?r|bedarfsgemeinschaft|kunden-?n(?:umme)?r|customer\s*(?:number|no)|müşteri\s*numara|номер|паспорт|посвідк|вид на жительство|ідентифікаційн|налогов|податков|інн|инн|رقم|جواز|الإقامة|الاقامة|بطاقة|شماره|گذرنامه|پاسپورت|کارت\s*اقامت|file\s*(?:no|number)|case\s*number|(?-u:\b)id\s*(?:no|number|card)?(?-u:\b)|(?-u:\b)nr\.|(?-u:\b)no\.",
            ),
            date: re(&date),
            birth_before: re(
                r"(?i)(?:(?-u:\b)geb\.|geboren|geburtsdatum|geburtstag|jahrgang|(?-u:\b)born(?-u:\b)|birth|(?-u:\b)dob(?-u:\b)|d\.o\.b|народж|народи|нар\.|родил|рожден|рождения|род\.|д\.\s?р\.|doğum|doğ\.|ميلاد|مواليد|مولود|تولد|زادروز|\*\s*$)",
            ),
            other_event: re(
                r"(?i)einreise|eingereist|termin|gültig|ablauf|abgelaufen|(?-u:\b)bis(?-u:\b)|(?-u:\b)seit(?-u:\b)|entry|arrived|appointment|valid|expir|въех|въезд|в.їзд|приїх|прибув|термін|дійсн|действ|giriş|randevu|geçerli|ورود|موعد|دخول|صالح|اعتبار|انقضا",
            ),
            birth_after: re(r"(?i)^\s*(?:geboren|geb\.|doğumlu|born|г\.\s*р\.|р\.\s*н\.|года рождения|року народження|متولد)"),
            phone: re(
                r"(?:\+|(?-u:\b)00)[1-9][0-9]{0,2}[\s\-./]*(?:\(0\)[\s\-./]*)?\(?[0-9]{1,5}\)?(?:[\s\-./]?[0-9]){4,12}(?-u:\b)|(?:\(0[1-9][0-9]{1,4}\)|(?-u:\b)0[1-9][0-9]{1,4})(?:\s?[/\-]\s?|\s)?[0-9](?:[\s\-]?[0-9]){3,10}(?-u:\b)",
            ),
            phone_context: re(r"(?i)tel|phone|handy|mobil|rückruf|ruf|call|whatsapp|signal|nummer|number|телефон|тел\.|номер|هاتف|جوال|موبايل|رقم|تلفن|شماره|موبایل|telefon|cep|numara"),
            postcode_city: re(
                r"(?-u:\b)(?:D-)?[0-9]{5}\s+[A-ZÄÖÜ][\p{L}\-]+(?:\s?\([A-ZÄÖÜ][\p{L} .\-]*\)|\s(?:am|an der|an|in|im|ob der|bei|vor der)\s[A-ZÄÖÜ][\p{L}\-]+|\s?/\s?[A-ZÄÖÜ][\p{L}]+|\s[A-ZÄÖÜ][\p{L}]+(?:\s[A-ZÄÖÜ][\p{L}]+)?)?",
            ),
            street: re(
                r"(?-u:\b)(?:[A-ZÄÖÜ][\p{L}]*\.?[\s\-])?(?:[A-ZÄÖÜ][\p{L}]*-(?:[\p{Ll}]+-)*)*[A-ZÄÖÜ][\p{L}]*?(?i:straße|strasse|str\.|weg|allee|platz|ring|gasse|damm|ufer|chaussee|pfad|steig|markt|promenade|graben|stieg|wall|kamp|zeile)\s*[0-9]{1,4}\s?[a-zA-Z]?(?-u:\b)(?:\s?[-/]\s?[0-9]{1,4}[a-zA-Z]?(?-u:\b))?",
            ),
            street_words: re(
                r"(?-u:\b)(?:[A-ZÄÖÜ][\p{L}\-]+\s){1,2}(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Gasse|Damm|Ufer|Chaussee|Pfad|Steig|Markt|Promenade)\s*[0-9]{1,4}\s?[a-zA-Z]?(?-u:\b)(?:\s?[-/]\s?[0-9]{1,4}[a-zA-Z]?(?-u:\b))?|(?-u:\b)(?:Straße|Str\.) de[rsn] [A-ZÄÖÜ][\p{L}\-]+(?:\s[A-ZÄÖÜ][\p{L}\-]+)?\s[0-9]{1,4}[a-zA-Z]?(?-u:\b)",
            ),
            street_prefix: re(
                r"(?-u:\b)(?:Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Zum|Zur|Hinter der|Unter den|Alt-|Alte|Alter|Neue|Neuer)\s?[A-ZÄÖÜ][\p{L}\-]+\s[0-9]{1,3}\s?[a-z]?(?-u:\b)",
            ),
            street_hyphen: re(
                r"(?-u:\b)(?:[A-ZÄÖÜ][\p{L}]*-(?:[\p{Ll}]+-)*)+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Gasse|Damm|Ufer|Chaussee|Pfad|Steig|Markt|Promenade)\s*[0-9]{1,4}\s?[a-zA-Z]?(?-u:\b)(?:\s?[-/]\s?[0-9]{1,4}[a-zA-Z]?(?-u:\b))?",
            ),
            street_foreign: re(
                r"(?i:(?:вул\.|вулиця|ул\.|улица|просп\.|проспект|пров\.|провулок|пер\.|переулок|бул\.|бульвар|пл\.|площа|площадь)\s*[\p{Lu}][\p{L}\-']+(?:\s[\p{Lu}][\p{L}\-']+)?,?\s*(?:буд\.\s*|д\.\s*)?[0-9]{1,4}[\p{L}]?(?-u:\b))|(?-u:\b)[A-ZÇĞİÖŞÜ][\p{L}]+\s(?:Sokak|Sokağı|Sk\.|Caddesi|Cad\.|Bulvarı|Mahallesi|Mah\.)\s*(?:No\s*[:.]?\s*)?[0-9]{1,4}[a-zA-Z]?(?-u:\b)|(?:شارع|خیابان|کوچه)\s+[\p{L}]+(?:\s[\p{L}]+)?[،,]?\s*(?:رقم|شماره|پلاک)?\s*[0-9]{1,4}",
            ),
            not_street_name: re(
                r"(?i)^(?:am|im|zum|zur)\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|termin|kurs|jobcenter|notfall|notruf|jahr|monat|alter|moment|rahmen|durchschnitt|prinzip|schnitt|ganzen|voraus)",
            ),
        }
    })
}

#[allow(clippy::panic)]
fn unreachable_pattern(e: &dyn std::fmt::Display) -> ! {
    // The patterns are constants; a broken one is a programming error that every test run shows at once.
    panic!("invalid built-in pattern: {e}")
}

/// Byte offset → code-point offset.
/// Counted on demand from the last answer (findings come mostly in text order): a note has few findings.
struct Offsets<'a> {
    text: &'a str,
    /// A byte offset (a character boundary) and its code-point offset.
    last: std::cell::Cell<(usize, usize)>,
}

impl<'a> Offsets<'a> {
    fn new(text: &'a str) -> Self {
        Offsets { text, last: std::cell::Cell::new((0, 0)) }
    }

    fn char(&self, byte: usize) -> usize {
        // The number of character starts before `byte`, also inside a character.
        let mut b = byte.min(self.text.len());
        while !self.text.is_char_boundary(b) {
            b += 1;
        }
        let (from_byte, from_char) = self.last.get();
        let chars = if b >= from_byte {
            from_char + self.text[from_byte..b].chars().count()
        } else {
            self.text[..b].chars().count()
        };
        self.last.set((b, chars));
        chars
    }
}

fn push(out: &mut Vec<Span>, o: &Offsets<'_>, start: usize, end: usize, kind: PiiType) {
    out.push(Span::new(o.char(start), o.char(end), kind));
}

/// An address without the space the house-number letter's `\s?` may have taken ("Neuer Markt 4 und"): the
/// placeholder must not swallow it.
fn push_address(out: &mut Vec<Span>, o: &Offsets<'_>, text: &str, start: usize, end: usize) {
    let end = start + text[start..end].trim_end().len();
    push(out, o, start, end, PiiType::Address);
}

const PUBLIC_HOSTS: [&str; 22] = [
    "germany4ukraine.de",
    "integrationskurs",
    "bundesagentur",
    "familienportal.de",
    "bmas.de",
    "bmi.bund.de",
    "bamf.de",
    "arbeitsagentur.de",
    "jobcenter",
    "bund.de",
    "gesetze-im-internet.de",
    "make-it-in-germany.com",
    "anerkennung-in-deutschland.de",
    "integrationsbeauftragte",
    "bundesregierung.de",
    "sachsen-anhalt.de",
    "magdeburg.de",
    "halle.de",
    "berlin.de",
    "europa.eu",
    "handbookgermany.de",
    "hilfetelefon.de",
];

const PROFILE_HOSTS: [&str; 13] = [
    "linkedin.com",
    "instagram.com",
    "facebook.com",
    "fb.com",
    "t.me",
    "wa.me",
    "vk.com",
    "tiktok.com",
    "x.com",
    "twitter.com",
    "github.com",
    "xing.com",
    "telegram.me",
];

/// Whether the URL rule can match: every match holds "://", "www." or a profile host's ".com/" or ".me/", in any
/// case. A "/" alone (dates, file numbers) does not open it.
fn may_have_url(bytes: &[u8]) -> bool {
    let ends_with = |i: usize, suffix: &[u8]| {
        i >= suffix.len() && bytes.get(i - suffix.len()..i).is_some_and(|b| b.eq_ignore_ascii_case(suffix))
    };
    memchr_all(bytes, b'/')
        .any(|i| ends_with(i, b":") && bytes.get(i + 1) == Some(&b'/') || ends_with(i, b".com") || ends_with(i, b".me"))
        || memchr::memchr2_iter(b'w', b'W', bytes).any(|i| ends_with(i + 4, b"www."))
}

fn url_is_personal(url: &str) -> bool {
    let lower = url.to_lowercase();
    let rest = lower.trim_start_matches("https://").trim_start_matches("http://").trim_start_matches("www.");
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    if PUBLIC_HOSTS.iter().any(|p| host.contains(p)) || host.ends_with(".gov") || host.contains(".gov.") {
        return false;
    }
    if PROFILE_HOSTS.iter().any(|p| host == *p || host.ends_with(&format!(".{p}"))) {
        return !path.trim_matches('/').is_empty();
    }
    // Any other site: personal pages, portfolios, a person's own domain. Public bodies are listed above; an
    // unknown organisation's site is redacted too, which errs on the safe side.
    let _ = path;
    true
}

/// Country → IBAN length, for the countries clients bank in most.
fn iban_length(country: &str) -> Option<usize> {
    Some(match country {
        "DE" => 22,
        "AT" => 20,
        "CH" | "LI" => 21,
        "NL" => 18,
        "BE" => 16,
        "FR" | "IT" | "MC" => 27,
        "ES" | "SE" | "SK" | "CZ" | "RO" => 24,
        "PL" | "HU" | "LB" | "CY" => 28,
        "TR" => 26,
        "UA" => 29,
        "GB" | "IE" | "BG" => 22,
        "DK" | "FI" => 18,
        "LU" => 20,
        "PT" => 25,
        "GR" => 27,
        "SY" | "IQ" | "JO" => 0,
        "EG" | "SA" | "AE" => 0,
        _ => 0,
    })
    .filter(|&n| n > 0)
}

fn find_iban(text: &str, words: &Words, o: &Offsets<'_>, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let starts = words.starts(bytes, |w, _| {
        w.len() >= 4 && w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase() && digits_at(w, 2, 2)
    });
    for (start, end) in matches_at(&anchorable().iban, text, starts) {
        let s = &text[start..end];
        let m = Match { start, end };
        let Some(len) = iban_length(&s[..2]).or(Some(0)) else { continue };
        let compact: usize = s.chars().filter(|c| !c.is_whitespace()).count();
        if len == 0 {
            if (15..=34).contains(&compact) {
                push(out, o, m.start(), m.end(), PiiType::Iban);
            }
            continue;
        }
        if compact < len {
            continue;
        }
        // Cut at exactly the country's length (the pattern may have taken a following word).
        let mut seen = 0;
        let mut end = m.start();
        for (i, c) in s.char_indices() {
            if !c.is_whitespace() {
                seen += 1;
            }
            if seen == len {
                end = m.start() + i + c.len_utf8();
                break;
            }
        }
        push(out, o, m.start(), end, PiiType::Iban);
    }
}

/// Public numbers: emergency, helplines (116 xxx), free and service numbers.
fn is_hotline(digits: &str) -> bool {
    matches!(digits, "110" | "112" | "115")
        || digits.len() == 6 && digits.starts_with("116")
        || ["0800", "0180", "0900"].iter().any(|p| digits.starts_with(p))
}

fn is_date_like(s: &str) -> bool {
    rules().date.find(s).is_some_and(|m| m.len() + 2 >= s.len())
}

/// A match's place (bytes).
struct Match {
    start: usize,
    end: usize,
}

impl Match {
    fn start(&self) -> usize {
        self.start
    }

    fn end(&self) -> usize {
        self.end
    }
}

fn find_ids(text: &str, words: &Words, o: &Offsets<'_>, out: &mut Vec<Span>) {
    let r = rules();
    let bytes = text.as_bytes();
    let starts = words.starts(bytes, |w, _| {
        digits_at(w, 0, 2) || w.len() == 9 && w.iter().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    });
    for (start, end) in matches_at(&anchorable().id_strong, text, starts) {
        let m = Match { start, end };
        let s = &text[start..end];
        let digits = s.chars().filter(char::is_ascii_digit).count();
        let letters = s.chars().filter(char::is_ascii_uppercase).count();
        // Nine characters: passport and residence-permit shape, only with both letters and digits.
        if s.len() == 9 && s.chars().all(|c| c.is_ascii_alphanumeric()) && (digits < 3 || letters == 0) {
            continue;
        }
        // Eleven or twelve digits from a leading zero are a phone number written without spaces.
        if s.starts_with('0') && s.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        push(out, o, m.start(), m.end(), PiiType::IdNumber);
    }
    for c in r.id_context.find_iter(text) {
        let window_end = text[c.end()..].char_indices().nth(32).map(|(i, _)| c.end() + i).unwrap_or(text.len());
        let window = &text[c.end()..window_end];
        // Stop at the end of the sentence or clause.
        let window = window.split(['\n', ';']).next().unwrap_or("");
        for m in r.id_shape.find_iter(window) {
            let s = m.as_str().trim();
            let compact: String = s.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
            let digits = compact.chars().filter(char::is_ascii_digit).count();
            if compact.len() < 6 || compact.len() > 24 || digits < 2 || is_date_like(s) {
                continue;
            }
            // A phone number next to "Nummer"/"رقم" is a phone number.
            if (s.starts_with('0') || s.starts_with('+'))
                && !s.contains("//")
                && r.phone.find(s).is_some_and(|p| p.len() == s.len())
            {
                continue;
            }
            if is_hotline(&compact) || window[..m.start()].ends_with('+') {
                continue;
            }
            push(out, o, c.end() + m.start(), c.end() + m.end(), PiiType::IdNumber);
            break;
        }
    }
}

/// Dates of birth among the dates; returns the dates (bytes, without lone years).
fn find_dates_of_birth(text: &str, words: &Words, o: &Offsets<'_>, out: &mut Vec<Span>) -> Vec<(usize, usize)> {
    let r = rules();
    let bytes = text.as_bytes();
    let years = years(bytes, words);
    // Only the month-first forms (May 3, 1985) begin with a letter, and they end in a year.
    let full_dates: Vec<(usize, usize)> = if years.is_empty() {
        let starts = words.starts(bytes, |w, _| w[0].is_ascii_digit());
        matches_at(&anchorable().date, text, starts)
    } else {
        r.date.find_iter(text).map(|m| (m.start(), m.end())).collect()
    };
    let mut dates = full_dates.clone();
    for (start, end) in years {
        if !dates.iter().any(|&(s, e)| s <= start && end <= e) {
            dates.push((start, end));
        }
    }
    for (start, end) in dates {
        let is_year_only = end - start == 4;
        let from = text[..start].char_indices().rev().nth(40).map(|(i, _)| i).unwrap_or(0);
        let before = &text[from..start];
        // "geb. 14.03.1991": the abbreviation's full stop must not end the sentence window.
        let near: &str = before.rsplit(['!', '?', '\n', ';']).next().unwrap_or(before);
        let near_before = if is_year_only {
            let short_from = near.char_indices().rev().nth(14).map(|(i, _)| i).unwrap_or(0);
            &near[short_from..]
        } else {
            near
        };
        let after = &text[end..];
        // The birth word must belong to this date: no other number between them ("родился 3 мая 1985, въехал
        // 02.10.2023").
        let before_ok = r
            .birth_before
            .find_iter(near_before)
            .last()
            .is_some_and(|k| !r.other_event.is_match(&near_before[k.end()..]));
        if before_ok || r.birth_after.is_match(after) {
            push(out, o, start, end, PiiType::DateOfBirth);
        }
    }
    full_dates
}

fn find_phones(text: &str, words: &Words, o: &Offsets<'_>, out: &mut Vec<Span>) {
    let r = rules();
    let bytes = text.as_bytes();
    let mut starts: Vec<usize> = words.starts(bytes, |w, _| w[0] == b'0').collect();
    starts.extend(memchr_all(bytes, b'+').chain(memchr_all(bytes, b'(').filter(|&i| bytes.get(i + 1) == Some(&b'0'))));
    starts.sort_unstable();
    for (start, end) in matches_at(&anchorable().phone, text, starts.into_iter()) {
        let m = Match { start, end };
        let s = &text[start..end];
        let before = text[..m.start()].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '-') {
            continue;
        }
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        if !(7..=15).contains(&digits.len()) || is_date_like(s) {
            continue;
        }
        let national = digits
            .strip_prefix("0049")
            .or_else(|| s.starts_with("+49").then(|| &digits[2..]))
            .map(|rest| format!("0{}", rest.trim_start_matches('0')))
            .unwrap_or_else(|| digits.clone());
        // Free and service numbers belong to institutions, not persons.
        if ["0800", "0180", "0900", "0137", "0116", "116"].iter().any(|p| national.starts_with(p)) {
            continue;
        }
        let from = text[..m.start()].char_indices().rev().nth(30).map(|(i, _)| i).unwrap_or(0);
        let has_context = r.phone_context.is_match(&text[from..m.start()]);
        let shaped =
            s.starts_with('+') || s.starts_with("00") || national.starts_with("01") || s.contains(['/', '-', '(', ' ']);
        if has_context || shaped {
            push(out, o, m.start(), m.end(), PiiType::Phone);
        }
    }
}

/// The street words of the German street rules; a street needs a house number right after one.
const STREET_SUFFIXES: [&str; 20] = [
    "straße",
    "strasse",
    "str.",
    "weg",
    "allee",
    "platz",
    "ring",
    "gasse",
    "damm",
    "ufer",
    "chaussee",
    "pfad",
    "steig",
    "markt",
    "promenade",
    "graben",
    "stieg",
    "wall",
    "kamp",
    "zeile",
];

/// How the words of `street_prefix` begin (each alternative's first letters; a match starts at an ASCII word).
const STREET_PREFIX_FIRST: [&[u8]; 10] = [b"Am", b"An", b"Au", b"Al", b"Im", b"In", b"Z", b"Hinter", b"Unter", b"Neue"];

/// What every Turkish street word of the rule contains (Sokak/Sokağı, Sk., Caddesi/Cad., Bulvarı,
/// Mahallesi/Mah.); each begins with S, C, B or M.
const TURKISH_STREET_WORDS: [&str; 5] = ["Sok", "Sk.", "Cad", "Bulvar", "Mah"];

/// Whether the other countries' street rule can match: its street words are written in Cyrillic or Arabic script
/// (lead bytes 0xD0–0xDB) or are one of the Turkish ones. Most German notes have neither, and the rule is not run.
fn may_have_foreign_street(text: &str) -> bool {
    let bytes = text.as_bytes();
    // One pass for the Turkish words' first letters instead of one substring search per word.
    let turkish = |i: usize| TURKISH_STREET_WORDS.iter().any(|w| bytes[i..].starts_with(w.as_bytes()));
    bytes.iter().any(|b| (0xD0..=0xDB).contains(b))
        || memchr::memchr3_iter(b'S', b'C', b'B', bytes).any(turkish)
        || memchr::memchr_iter(b'M', bytes).any(turkish)
}

/// Where the German street rules can match, as merged byte ranges: around every house number that follows a
/// street word ("Lindenstraße 5", "Hauptweg12") and after every "Straße d…"/"Str. d…" ("Straße der Einheit 5"). A
/// match holds at most three spaces before its house number, and "Straße der X Y 5" four after its start, so
/// four stretches of white space either way (and the word beyond) take in every match; searching there finds
/// what searching the whole text would, and a long note is mostly not searched.
fn german_street_stretches(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut stretches = Vec::new();
    for i in 0..bytes.len() {
        if !bytes[i].is_ascii_digit() || i > 0 && bytes[i - 1].is_ascii_digit() {
            continue;
        }
        // After the number at most "12a - 14b" (20 bytes with three-byte spaces).
        if ends_with_street_word(text[..i].trim_end()) {
            stretches.push((back_over_words(text, i, 4), forward_bytes(text, i, 24)));
        }
    }
    for at in memchr_all(bytes, b'S') {
        if text[at..].starts_with("Straße d") || text[at..].starts_with("Str. d") {
            let end = forward_over_words(text, at, 4);
            stretches.push((back_over_words(text, at, 3), forward_bytes(text, end, 24)));
        }
    }
    stretches.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(stretches.len());
    for (start, end) in stretches {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// Whether `before` ends with a street word in any case, as the rules' `(?i:…)` compares (ß and ẞ, s and ſ).
fn ends_with_street_word(before: &str) -> bool {
    /// The street words backwards, and which bytes end one (an ASCII letter or a full stop, in small letters).
    struct Suffixes {
        backwards: Vec<Vec<char>>,
        last_bytes: [bool; 256],
    }
    static SUFFIXES: OnceLock<Suffixes> = OnceLock::new();
    let suffixes = SUFFIXES.get_or_init(|| {
        let mut last_bytes = [false; 256];
        for suffix in STREET_SUFFIXES {
            if let Some(&b) = suffix.as_bytes().last() {
                last_bytes[usize::from(b)] = true;
            }
        }
        Suffixes { backwards: STREET_SUFFIXES.iter().map(|s| s.chars().rev().collect()).collect(), last_bytes }
    });
    // Most numbers are ruled out by the byte before them.
    let Some(&last) = before.as_bytes().last() else { return false };
    if !suffixes.last_bytes[usize::from(last.to_ascii_lowercase())] {
        return false;
    }
    // "Str." is the only one with a full stop (dates and "Tel." are not streets).
    if last == b'.' && !before[..before.len() - 1].ends_with(['r', 'R']) {
        return false;
    }
    // The longest street word has nine characters: its last ones, folded, from the end.
    let mut tail = ['\0'; 9];
    let mut n = 0;
    for c in before.chars().rev().take(9) {
        let lower = if c.is_ascii() { c.to_ascii_lowercase() } else { c.to_lowercase().next().unwrap_or(c) };
        tail[n] = if lower == 'ſ' { 's' } else { lower };
        n += 1;
    }
    suffixes.backwards.iter().any(|suffix| suffix.len() <= n && suffix[..] == tail[..suffix.len()])
}

/// The start of the word `runs` stretches of white space before `at` (or the text's start).
fn back_over_words(text: &str, at: usize, runs: usize) -> usize {
    let mut chars = text[..at].char_indices().rev().peekable();
    let mut start = at;
    for run in 0..=runs {
        while let Some(&(i, c)) = chars.peek()
            && !c.is_whitespace()
        {
            start = i;
            chars.next();
        }
        if run == runs {
            break;
        }
        while let Some(&(i, c)) = chars.peek()
            && c.is_whitespace()
        {
            start = i;
            chars.next();
        }
    }
    start
}

/// Where the `runs`-th stretch of white space after `at` ends (or the text's end).
fn forward_over_words(text: &str, at: usize, runs: usize) -> usize {
    let mut chars = text[at..].char_indices().peekable();
    let mut end = at;
    for _ in 0..runs {
        while let Some(&(_, c)) = chars.peek()
            && !c.is_whitespace()
        {
            chars.next();
        }
        while let Some(&(i, c)) = chars.peek()
            && c.is_whitespace()
        {
            end = at + i + c.len_utf8();
            chars.next();
        }
        if chars.peek().is_none() {
            return text.len();
        }
    }
    end
}

/// `at + n`, moved on to a character boundary, at most the text's end.
fn forward_bytes(text: &str, at: usize, n: usize) -> usize {
    let mut end = (at + n).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    end
}

fn find_places(text: &str, words: &Words, o: &Offsets<'_>, out: &mut Vec<Span>) {
    let r = rules();
    let bytes = text.as_bytes();
    let starts = words.starts(bytes, |w, start| {
        digits_at(w, 0, 5) || w == b"D" && bytes[start + 1..].starts_with(b"-") && digits_at(bytes, start + 2, 5)
    });
    for (start, end) in matches_at(&anchorable().postcode_city, text, starts) {
        let m = Match { start, end };
        let before = text[..m.start()].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '/') {
            continue;
        }
        let mut end = m.end();
        // A following capitalised word is part of the town only in the known multi-word forms; trim common
        // German words that follow a town in a sentence.
        let s = &text[m.start()..m.end()];
        if let Some(extra) = s.rsplit_once(' ').map(|(_, w)| w)
            && matches!(
                extra,
                "Tel"
                    | "Telefon"
                    | "E-Mail"
                    | "Mail"
                    | "Handy"
                    | "Herr"
                    | "Frau"
                    | "Bei"
                    | "Seit"
                    | "Ab"
                    | "Und"
                    | "Die"
                    | "Der"
                    | "Das"
            )
        {
            end = m.start() + s.rfind(' ').unwrap_or(s.len());
        }
        push(out, o, m.start(), end, PiiType::PostcodeCity);
    }
    let foreign = may_have_foreign_street(text);
    // "Am Park 3", "In der Aue 5": every match begins with a capitalised word of the rule's first words.
    let prefix_starts = words.starts(bytes, |w, _| STREET_PREFIX_FIRST.iter().any(|p| w.starts_with(p)));
    let prefixed = matches_at(&anchorable().street_prefix, text, prefix_starts);
    for (start, end) in prefixed {
        if r.not_street_name.is_match(&text[start..end]) {
            continue;
        }
        push_address(out, o, text, start, end);
    }
    // The other countries' rule runs only where its gate is open.
    let foreign_streets =
        foreign.then(|| r.street_foreign.find_iter(text)).into_iter().flatten().map(|m| (m.start(), m.end()));
    for (start, end) in german_street_matches(text).into_iter().chain(foreign_streets) {
        if !r.not_street_name.is_match(&text[start..end]) {
            push_address(out, o, text, start, end);
        }
    }
}

/// What the German street rules (but the "Am/In der/Neue…" one) match, rule by rule, searched in the stretches
/// where they can.
fn german_street_matches(text: &str) -> Vec<(usize, usize)> {
    let stretches = german_street_stretches(text);
    let mut found = Vec::new();
    for re in &anchorable().german_streets {
        for &(from, to) in &stretches {
            found.extend(re.find_iter(Input::new(text).range(from..to)).map(|m| (m.start(), m.end())));
        }
    }
    found
}

/// Finds every rule's data; returns every date in the text (code points), birth or not, for the caller's
/// "name, date" rule.
pub(super) fn find(folded: &str, out: &mut Vec<Span>) -> Vec<(usize, usize)> {
    let o = Offsets::new(folded);
    let mut dates = Vec::new();
    let r = rules();
    // Every rule but the URL one needs a digit or an @; most sentences have neither.
    let has_digit = folded.bytes().any(|b| b.is_ascii_digit());
    if folded.contains('@') {
        for m in r.email.find_iter(folded) {
            push(out, &o, m.start(), m.end(), PiiType::Email);
        }
    }
    if may_have_url(folded.as_bytes()) {
        for m in r.url.find_iter(folded) {
            let s = m.as_str().trim_end_matches(['.', ',', ';', ':', '!', '?']);
            if url_is_personal(s) {
                push(out, &o, m.start(), m.start() + s.len(), PiiType::UrlPersonal);
            }
        }
    }
    if has_digit {
        let words = Words::new(folded.as_bytes());
        find_iban(folded, &words, &o, out);
        find_ids(folded, &words, &o, out);
        let found_dates = find_dates_of_birth(folded, &words, &o, out);
        dates.extend(found_dates.into_iter().map(|(s, e)| (o.char(s), o.char(e))));
        find_phones(folded, &words, &o, out);
        find_places(folded, &words, &o, out);
    }
    dates
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, PiiType)> {
        let mut out = Vec::new();
        find(text, &mut out);
        let chars: Vec<char> = text.chars().collect();
        out.into_iter().map(|s| (chars[s.start..s.end].iter().collect(), s.kind)).collect()
    }

    #[test]
    fn addresses_in_several_countries_forms() {
        assert!(
            found("за адресою вул. Шевченка, 12, Харків").contains(&("вул. Шевченка, 12".into(), PiiType::Address))
        );
        assert!(
            found("Yeni adres: Otto-von-Guericke-Straße 87, 39104")
                .contains(&("Otto-von-Guericke-Straße 87".into(), PiiType::Address))
        );
        assert!(found("Atatürk Caddesi No: 15 Ankara").contains(&("Atatürk Caddesi No: 15".into(), PiiType::Address)));
    }

    /// Every line of the PII development sets (eval/dev, dev2, dev3), as written.
    fn development_lines() -> Vec<String> {
        let mut lines = Vec::new();
        for set in ["dev", "dev2", "dev3"] {
            let path = format!("{}/../../eval/{set}/pii.jsonl", env!("CARGO_MANIFEST_DIR"));
            let source = std::fs::read_to_string(&path);
            assert!(source.is_ok(), "{path}");
            lines.extend(source.unwrap_or_default().lines().map(str::to_string));
        }
        lines
    }

    #[test]
    fn the_url_rule_runs_wherever_it_can_match() {
        for url in ["https://a.de/x", "HTTP://A.DE", "WWW.BEISPIEL.DE", "wWw.x.org", "LinkedIn.COM/in/x", "t.me/abc"] {
            assert!(rules().url.is_match(url), "{url}");
            assert!(may_have_url(url.as_bytes()), "{url}");
        }
        assert!(!may_have_url(b"Termin am 12/05/2026, Az. 123/45, Sohn w."));
        // Wherever the gate is closed the rule finds nothing, in any development text.
        for line in development_lines() {
            if !may_have_url(line.as_bytes()) {
                assert!(!rules().url.is_match(&line), "{line}");
            }
        }
    }

    #[test]
    fn the_foreign_street_rule_runs_wherever_it_can_match() {
        let streets = [
            "вул. Шевченка, 12",
            "ВУЛИЦЯ Франка 3",
            "ул. Ленина 5",
            "Просп. Миру 7",
            "пл. Свободи 1",
            "Atatürk Caddesi No: 15",
            "Kızılay Sk. 4",
            "Bağlar Mah. 7",
            "Gazi Bulvarı 9",
            "شارع الحمراء 12",
            "خیابان ولیعصر 12",
            "کوچه گلها 3",
        ];
        for street in streets {
            assert!(rules().street_foreign.is_match(street), "{street}");
            assert!(may_have_foreign_street(street), "{street}");
        }
        // Wherever the gate is closed the rule finds nothing, in any development text.
        for line in development_lines() {
            if !may_have_foreign_street(&line) {
                assert!(!rules().street_foreign.is_match(&line), "{line}");
            }
        }
        assert!(!may_have_foreign_street("Sie wohnt in der Lindenstraße 5, 39104 Magdeburg."));
    }

    #[test]
    fn the_german_street_rules_find_in_their_stretches_what_they_find_in_the_whole_text() {
        let whole = |text: &str| -> Vec<(usize, usize)> {
            let r = rules();
            [&r.street, &r.street_words, &r.street_hyphen]
                .iter()
                .flat_map(|re| re.find_iter(text).map(|m| (m.start(), m.end())).collect::<Vec<_>>())
                .collect()
        };
        let written = [
            "Sie wohnt in der Lindenstraße 5, 39104 Magdeburg.",
            "Adresse: Hauptweg12 und Am Ring 3a-5",
            "HAUPTSTRAẞE 7",
            "Hauptſtraße 9",
            "Breiter Weg 114 - 116",
            "Straße der Einheit 5, Str. des Friedens 12a, Straße der Deutschen Einheit 17",
            "Otto-von-Guericke-Straße 87, Karl-Marx-Allee\u{a0}33, Jakobstr. 4",
            "Termin am 12.03.2026 in der Halberstädter Straße 120; Tel. 0391 5556677",
        ];
        for text in written.iter().map(|t| t.to_string()).chain(development_lines()) {
            assert_eq!(german_street_matches(&text), whole(&text), "{text}");
        }
        // Each of the written forms is found at all.
        for text in written {
            assert!(!whole(text).is_empty(), "{text}");
        }
        // A long text is mostly not searched: only around its two addresses.
        let long =
            format!("{}Lindenstraße 5{}Straße der Einheit 7", "Wir haben telefoniert. ".repeat(40), ". ".repeat(10));
        let covered: usize = german_street_stretches(&long).iter().map(|(s, e)| e - s).sum();
        assert!(covered < 150, "{covered} of {} bytes", long.len());
    }

    #[test]
    fn streets_named_with_a_preposition_or_an_adjective() {
        let text = "Sie wohnt Am Park 3, ihr Bruder Alt-Moabit 12, die Tante In der Aue 5a und Zur Linde 7; \
                    Termin Am Montag 10 Uhr, Neuer Markt 4 und Unter den Linden 77.";
        let addresses: Vec<String> =
            found(text).into_iter().filter(|(_, k)| *k == PiiType::Address).map(|(s, _)| s).collect();
        for street in
            ["Am Park 3", "Alt-Moabit 12", "In der Aue 5a", "Zur Linde 7", "Neuer Markt 4", "Unter den Linden 77"]
        {
            assert!(addresses.iter().any(|a| a == street), "{street} not in {addresses:?}");
        }
        assert!(!addresses.iter().any(|a| a.contains("Montag")), "{addresses:?}");
    }
}
