//! Personal data with a shape: e-mail, personal URLs, IBAN, ID numbers, dates of birth, phone numbers, postcode
//! and town, street and number. Runs on the text with Eastern digits folded to ASCII (same code points).

use super::{PiiType, Span};
use regex::Regex;
use std::sync::OnceLock;

struct Rules {
    email: Regex,
    url: Regex,
    iban: Regex,
    id_shape: Regex,
    id_strong: Regex,
    id_context: Regex,
    date: Regex,
    year: Regex,
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
        let re = |s: &str| Regex::new(s).unwrap_or_else(|e| unreachable_regex(&e));
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
            year: re(r"(?-u:\b)(?:19|20)[0-9]{2}(?-u:\b)"),
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
fn unreachable_regex(e: &regex::Error) -> ! {
    // The patterns are constants; a broken one is a programming error that every test run shows at once.
    panic!("invalid built-in pattern: {e}")
}

/// Byte offset → code-point offset.
struct Offsets(Vec<usize>);

impl Offsets {
    fn new(text: &str) -> Self {
        Offsets(text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect())
    }

    fn char(&self, byte: usize) -> usize {
        self.0.partition_point(|&b| b < byte)
    }
}

fn push(out: &mut Vec<Span>, o: &Offsets, start: usize, end: usize, kind: PiiType) {
    out.push(Span::new(o.char(start), o.char(end), kind));
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

fn find_iban(text: &str, o: &Offsets, out: &mut Vec<Span>) {
    for m in rules().iban.find_iter(text) {
        let s = m.as_str();
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
    rules().date.is_match(s) && rules().date.find(s).is_some_and(|m| m.len() + 2 >= s.len())
}

fn find_ids(text: &str, o: &Offsets, out: &mut Vec<Span>) {
    let r = rules();
    for m in r.id_strong.find_iter(text) {
        let s = m.as_str();
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
            if !s.contains("//")
                && r.phone.find(s).is_some_and(|p| p.len() == s.len())
                && (s.starts_with('0') || s.starts_with('+'))
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

fn find_dates_of_birth(text: &str, o: &Offsets, out: &mut Vec<Span>) {
    let r = rules();
    let mut dates: Vec<(usize, usize)> = r.date.find_iter(text).map(|m| (m.start(), m.end())).collect();
    for m in r.year.find_iter(text) {
        if !dates.iter().any(|&(s, e)| s <= m.start() && m.end() <= e) {
            dates.push((m.start(), m.end()));
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
}

fn find_phones(text: &str, o: &Offsets, out: &mut Vec<Span>) {
    let r = rules();
    for m in r.phone.find_iter(text) {
        let s = m.as_str();
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

/// Words every street rule needs; texts without any skip the street rules (most notes have no address).
fn street_words() -> &'static aho_corasick::AhoCorasick {
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                "stra",
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
                "am ",
                "an ",
                "auf ",
                "im ",
                "in ",
                "zum ",
                "zur ",
                "hinter ",
                "unter ",
                "alt",
                "neue",
                "вул",
                "ул.",
                "улиц",
                "просп",
                "пров",
                "пер.",
                "переул",
                "бул",
                "пл.",
                "площ",
                "sok",
                "cad",
                "bulvar",
                "mah",
                "شارع",
                "خیابان",
                "کوچه",
            ])
            .unwrap_or_else(|e| unreachable!("constant patterns: {e}"))
    })
}

fn find_places(text: &str, o: &Offsets, out: &mut Vec<Span>) {
    let r = rules();
    for m in r.postcode_city.find_iter(text) {
        let before = text[..m.start()].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '/') {
            continue;
        }
        let mut end = m.end();
        // A following capitalised word is part of the town only in the known multi-word forms; trim common
        // German words that follow a town in a sentence.
        let s = m.as_str();
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
    if !street_words().is_match(text) {
        return;
    }
    for re in [&r.street, &r.street_words, &r.street_prefix, &r.street_foreign, &r.street_hyphen] {
        for m in re.find_iter(text) {
            if r.not_street_name.is_match(m.as_str()) {
                continue;
            }
            push(out, o, m.start(), m.end(), PiiType::Address);
        }
    }
}

pub(super) fn find(folded: &str, out: &mut Vec<Span>) {
    let o = Offsets::new(folded);
    let r = rules();
    // Every rule but the URL one needs a digit or an @; most sentences have neither.
    let has_digit = folded.bytes().any(|b| b.is_ascii_digit());
    if folded.contains('@') {
        for m in r.email.find_iter(folded) {
            push(out, &o, m.start(), m.end(), PiiType::Email);
        }
    }
    if !(folded.contains('/') || folded.contains("www.")) {
        if has_digit {
            find_iban(folded, &o, out);
            find_ids(folded, &o, out);
            find_dates_of_birth(folded, &o, out);
            find_phones(folded, &o, out);
            find_places(folded, &o, out);
        }
        return;
    }
    for m in r.url.find_iter(folded) {
        let s = m.as_str().trim_end_matches(['.', ',', ';', ':', '!', '?']);
        if url_is_personal(s) {
            push(out, &o, m.start(), m.start() + s.len(), PiiType::UrlPersonal);
        }
    }
    if has_digit {
        find_iban(folded, &o, out);
        find_ids(folded, &o, out);
        find_dates_of_birth(folded, &o, out);
        find_phones(folded, &o, out);
        find_places(folded, &o, out);
    }
}

/// Every date in the text (code points), birth or not.
pub(super) fn dates(folded: &str) -> Vec<(usize, usize)> {
    let o = Offsets::new(folded);
    rules().date.find_iter(folded).map(|m| (o.char(m.start()), o.char(m.end()))).collect()
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
}
