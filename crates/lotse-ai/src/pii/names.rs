//! Names of persons. Two sources: the people of the case (every name and alias, matched in any spelling, case
//! ending or script through a consonant skeleton), and cues in the text itself — titles, kinship words, lists of
//! given names and family names, Slavic surname endings. Names that are also ordinary words (Sonne, Umut, أمل)
//! count only with such a cue.

use super::{PiiType, Span};
use crate::text::{self, Token};
use std::collections::HashSet;
use std::sync::OnceLock;

/// The people of a case: each entry holds every name and alias of one person.
#[derive(Debug, Clone, Default)]
pub struct KnownPeople {
    people: Vec<Vec<KnownToken>>,
    /// Other known values (e-mail, phone, date of birth) in the spellings to look for.
    values: Vec<(PiiType, String)>,
}

#[derive(Debug, Clone)]
struct KnownToken {
    norm: String,
    skeleton: String,
}

impl KnownPeople {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a person with all their names (full names, aliases, spellings in other scripts).
    pub fn add<S: AsRef<str>>(&mut self, names: &[S]) -> usize {
        let mut tokens = Vec::new();
        for name in names {
            for t in text::tokens(name.as_ref()) {
                if t.norm.chars().count() < 2 {
                    continue;
                }
                let skeleton = skeleton(&t.norm);
                tokens.push(KnownToken { norm: t.norm, skeleton });
            }
        }
        self.people.push(tokens);
        self.people.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.people.is_empty() && self.values.is_empty()
    }

    /// A known value of the case. Phone numbers also match with other spacing; an ISO date of birth also in
    /// the German and slash forms.
    pub fn add_value(&mut self, kind: PiiType, value: &str) {
        let value = value.trim();
        if value.chars().count() < 4 {
            return;
        }
        let mut forms = vec![value.to_string()];
        if kind == PiiType::DateOfBirth
            && let [y, m, d] = value.split('-').collect::<Vec<_>>()[..]
        {
            let (mt, dt) = (m.trim_start_matches('0'), d.trim_start_matches('0'));
            forms.extend([
                format!("{d}.{m}.{y}"),
                format!("{dt}.{mt}.{y}"),
                format!("{d}/{m}/{y}"),
                format!("{dt}. {mt}. {y}"),
            ]);
        }
        for f in forms {
            self.values.push((kind, f));
        }
    }

    /// Spans of the known values in the text (code points).
    fn value_spans(&self, text_: &str, out: &mut Vec<Span>) {
        if self.values.is_empty() {
            return;
        }
        let chars: Vec<char> = text_.chars().collect();
        let lower: Vec<char> = chars.iter().map(|c| c.to_lowercase().next().unwrap_or(*c)).collect();
        // Phone numbers: compare digits only, over runs of digits and separators.
        let digits_of = |s: &str| -> String { s.chars().filter(char::is_ascii_digit).collect() };
        for (kind, value) in &self.values {
            if *kind == PiiType::Phone {
                let want = digits_of(value);
                let want_tail = want.trim_start_matches('0').to_string();
                let mut i = 0;
                while i < chars.len() {
                    if chars[i].is_ascii_digit() || chars[i] == '+' {
                        let mut j = i;
                        let mut got = String::new();
                        while j < chars.len() && (chars[j].is_ascii_digit() || " -/().+".contains(chars[j])) {
                            if chars[j].is_ascii_digit() {
                                got.push(chars[j]);
                            }
                            j += 1;
                        }
                        let mut end = j;
                        while end > i && !chars[end - 1].is_ascii_digit() {
                            end -= 1;
                        }
                        if !want_tail.is_empty()
                            && got.len() >= 6
                            && (got.ends_with(&want_tail) || want.ends_with(&got))
                        {
                            out.push(Span::new(i, end, PiiType::Phone));
                        }
                        i = j.max(i + 1);
                    } else {
                        i += 1;
                    }
                }
                continue;
            }
            let needle: Vec<char> = value.chars().flat_map(char::to_lowercase).collect();
            if needle.is_empty() || needle.len() > lower.len() {
                continue;
            }
            for start in 0..=lower.len() - needle.len() {
                if lower[start..start + needle.len()] == needle[..] {
                    out.push(Span::new(start, start + needle.len(), *kind));
                }
            }
        }
    }

    fn person_of(&self, token: &Token, capital: bool) -> Option<usize> {
        let norm = token.norm.as_str();
        let len = norm.chars().count();
        if len < 2 {
            return None;
        }
        // Other spellings are compared by skeleton only for words written like names: capitalised, or in a
        // script without capitals.
        let surface_capital = token.norm.chars().next().is_some_and(|c| !c.is_lowercase()) || capital;
        let mut sk: Option<String> = None;
        self.people.iter().position(|tokens| {
            tokens.iter().any(|k| {
                let klen = k.norm.chars().count();
                if norm == k.norm {
                    return true;
                }
                // Case endings and suffixes: Haddads, Ковалем, Ayşe'nin (the apostrophe already split it off).
                if klen >= 3 && norm.starts_with(k.norm.as_str()) && len - klen <= 3 {
                    return true;
                }
                // Other spellings and scripts: same consonants.
                let sklen = k.skeleton.chars().count();
                if surface_capital && klen >= 3 && len >= 3 && sklen >= 2 {
                    let sk = sk.get_or_insert_with(|| skeleton(norm));
                    if *sk == k.skeleton {
                        return true;
                    }
                    if sklen >= 3 && sk.starts_with(k.skeleton.as_str()) && sk.chars().count() - sklen <= 2 {
                        return true;
                    }
                }
                false
            })
        })
    }
}

/// The consonants of a name in Latin letters: the same for Olena/Олена, Koval/Коваль/Ковалем (prefix),
/// Mohammed/Muhammad/محمد, Haddad/حداد.
pub fn skeleton(norm: &str) -> String {
    let mut latin = String::new();
    for c in norm.chars() {
        let s: &str = match c {
            'а' | 'е' | 'є' | 'и' | 'і' | 'ї' | 'й' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'ь' | 'ъ' => {
                ""
            }
            'б' => "b",
            'в' => "v",
            'г' | 'ґ' => "g",
            'д' => "d",
            'ж' => "j",
            'з' => "s",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'ф' => "f",
            'х' => "h",
            'ц' => "s",
            'ч' => "c",
            'ш' | 'щ' => "s",
            'ا' | 'و' | 'ي' | 'ى' | 'ع' | 'ء' | 'ئ' | 'ؤ' | 'ه' => {
                // ه is a consonant inside a word (مهدي) but a vowel ending (فاطمه); keep it only inside.
                if c == 'ه' { "\u{1}" } else { "" }
            }
            'ب' => "b",
            'ت' | 'ط' => "t",
            'ث' | 'س' | 'ص' | 'ز' | 'ذ' | 'ظ' => "s",
            'ج' => "",
            'ح' | 'خ' => "h",
            'د' | 'ض' => "d",
            'ر' => "r",
            'ش' => "s",
            'غ' | 'گ' => "g",
            'ف' => "f",
            'ق' | 'ك' => "k",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            'پ' => "p",
            'چ' => "c",
            'ژ' => "j",
            _ => {
                latin.extend(fold_latin(c));
                continue;
            }
        };
        latin.push_str(s);
    }
    // Latin digraphs first, then vowels out, doubled letters once (one pass, no allocation per rule).
    let chars: Vec<char> = latin.chars().collect();
    let mut out = String::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let (mapped, step) = match (c, next) {
            ('s', Some('c')) if chars.get(i + 2) == Some(&'h') => (Some('s'), 3),
            ('s', Some('h')) => (Some('s'), 2),
            ('k', Some('h')) => (Some('h'), 2),
            ('t', Some('h')) => (Some('t'), 2),
            ('d', Some('h')) => (Some('d'), 2),
            ('g', Some('h')) => (Some('g'), 2),
            ('p', Some('h')) => (Some('f'), 2),
            ('c', Some('k')) => (Some('k'), 2),
            ('t', Some('z')) | ('t', Some('s')) => (Some('s'), 2),
            ('a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | 'j' | '\'', _) => (None, 1),
            ('\u{1}', _) => ((i + 1 < chars.len()).then_some('h'), 1),
            ('c' | 'q', _) => (Some('k'), 1),
            ('z' | 'x', _) => (Some('s'), 1),
            (c, _) if c.is_ascii_alphabetic() => (Some(c), 1),
            _ => (None, 1),
        };
        if let Some(m) = mapped
            && !out.ends_with(m)
        {
            out.push(m);
        }
        i += step;
    }
    out
}

fn fold_latin(c: char) -> Option<char> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' | 'č' | 'ć' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ə' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => 'i',
        'ñ' | 'ń' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ş' | 'š' | 'ś' => 's',
        'ğ' => 'g',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        'đ' => 'd',
        'ý' | 'ÿ' => 'y',
        c if c.is_ascii_alphabetic() => c,
        _ => return None,
    })
}

struct Lists {
    given: HashSet<String>,
    surnames: HashSet<String>,
    common: HashSet<String>,
    /// The names that are German words (capitalised nouns in German text).
    common_german: HashSet<String>,
}

fn load(source: &str, into: &mut HashSet<String>) {
    for line in source.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        into.insert(text::normalize(line));
    }
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut l = Lists {
            given: HashSet::new(),
            surnames: HashSet::new(),
            common: HashSet::new(),
            common_german: HashSet::new(),
        };
        load(include_str!("../../data/names/given.txt"), &mut l.given);
        load(include_str!("../../data/names/surnames.txt"), &mut l.surnames);
        let common = include_str!("../../data/names/common_words.txt");
        load(common, &mut l.common);
        let mut group = "";
        for line in common.lines().map(str::trim) {
            if let Some(g) = line.strip_prefix('#') {
                group = g.trim();
            } else if group == "German" && !line.is_empty() {
                l.common_german.insert(text::normalize(line));
            }
        }
        for w in STOP {
            l.common_german.insert(text::normalize(w));
        }
        for w in STOP {
            l.common.insert(text::normalize(w));
        }
        l
    })
}

/// Titles before a name (normalised).
const TITLES: &[&str] = &[
    "frau",
    "herr",
    "herrn",
    "hr",
    "fr",
    "dr",
    "prof",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mister",
    "madame",
    "monsieur",
    "sayın",
    "السيد",
    "السيده",
    "سيد",
    "سيده",
    "الاستاذ",
    "الاستاذه",
    "الدكتور",
    "الدكتوره",
    "الحاج",
    "الحاجه",
    "пан",
    "пані",
    "пана",
    "пану",
    "панові",
    "господин",
    "госпожа",
    "господина",
    "госпожи",
    "госпоже",
    "г",
    "آقاي",
    "اقاي",
    "آقا",
    "اقا",
    "خانم",
    "دكتر",
    "جناب",
    "سركار",
];

/// Turkish titles that follow the name.
const TITLES_AFTER: &[&str] = &["bey", "hanım", "hanim", "beyefendi", "hanımefendi"];

/// Kinship and role words after which a name follows.
const KIN: &[&str] = &[
    "sohn",
    "tochter",
    "mann",
    "ehemann",
    "ehefrau",
    "frau",
    "bruder",
    "schwester",
    "mutter",
    "vater",
    "kind",
    "neffe",
    "nichte",
    "onkel",
    "tante",
    "cousin",
    "cousine",
    "enkel",
    "enkelin",
    "partner",
    "partnerin",
    "vermieter",
    "vermieterin",
    "sachbearbeiter",
    "sachbearbeiterin",
    "ansprechpartner",
    "ansprechpartnerin",
    "betreuer",
    "betreuerin",
    "son",
    "daughter",
    "husband",
    "wife",
    "brother",
    "sister",
    "mother",
    "father",
    "landlord",
    "caseworker",
    "colleague",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "child",
    "ابني",
    "ابنتي",
    "زوجي",
    "زوجتي",
    "اخي",
    "اختي",
    "امي",
    "ابي",
    "ابنها",
    "ابنه",
    "زوجها",
    "زوجته",
    "син",
    "сина",
    "сином",
    "донька",
    "доньку",
    "чоловік",
    "дружина",
    "брат",
    "сестра",
    "сын",
    "сына",
    "дочь",
    "дочка",
    "муж",
    "жена",
    "oğlu",
    "oğlum",
    "kızı",
    "kızım",
    "eşi",
    "eşim",
    "kocası",
    "pesaram",
    "پسرم",
    "دخترم",
    "همسرم",
    "برادرم",
    "خواهرم",
    "پسرش",
    "دخترش",
    "kinder",
    "kindern",
    "children",
    "kids",
    "сина",
    "сину",
    "сином",
    "сыну",
    "сыном",
    "доньки",
    "доньці",
    "дочки",
    "дочери",
    "мужа",
    "чоловіка",
    "дружини",
    "жены",
    "мамы",
    "мами",
    "отца",
    "батька",
    "اخوه",
    "اخته",
    "ابنتها",
    "والده",
    "والدته",
    "امه",
    "ابوه",
    "شقيقه",
    "شقيقته",
    "namens",
    "named",
    "called",
    "heißt",
    "зовут",
    "звати",
    "adlı",
    "isimli",
    "باسم",
    "بنام",
    "نام",
    "همسرش",
    "شوهرش",
    "زنش",
    "برادرش",
    "خواهرش",
    "مادرش",
    "پدرش",
    "شوهرم",
];

/// Words that name a family: "Familie Sonne".
const FAMILY: &[&str] =
    &["familie", "family", "семья", "семьи", "родина", "родини", "ailesi", "عائله", "اسره", "خانواده"];

/// Capitalised words that follow names in notes but are not names; also titles.
const STOP: &[&str] = &[
    "Frau",
    "Herr",
    "Herrn",
    "Dr",
    "Prof",
    "Mr",
    "Mrs",
    "Ms",
    "Jobcenter",
    "Termin",
    "Beratung",
    "Ausländerbehörde",
    "Bescheid",
    "Antrag",
    "Aufenthaltstitel",
    "Kita",
    "Schule",
    "Arbeit",
    "Agentur",
    "Familienkasse",
    "Sozialamt",
    "Bürgeramt",
    "Integrationskurs",
    "Sprachkurs",
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
    "Heute",
    "Morgen",
    "Gestern",
    "Deutschland",
    "Germany",
    "Syrien",
    "Ukraine",
    "Afghanistan",
    "Iran",
    "Irak",
    "Türkei",
    "Magdeburg",
    "Halle",
    "Berlin",
    "Leipzig",
    "Dessau",
    "Stendal",
    "January",
    "February",
    "March",
    "May",
    "June",
    "July",
    "October",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
    "Pazartesi",
    "Salı",
    "Çarşamba",
    "Perşembe",
    "Cuma",
    "Cumartesi",
    "Pazar",
    "Can",
    "Will",
    "Do",
    "Does",
    "Is",
    "Are",
    "What",
    "How",
    "Where",
    "Who",
    "When",
    "Why",
    "Should",
    "Could",
    "Would",
    "Must",
    "Shall",
    "Which",
    "Mo",
    "Di",
    "Mi",
    "Do",
    "Fr",
    "Sa",
    "So",
    "Берлин",
    "Магдебург",
    "Галле",
    "Лейпциг",
    "Германия",
    "Німеччина",
    "Україна",
    "Украина",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Other,
}

struct Word<'a> {
    token: &'a Token,
    surface: String,
    capital: bool,
    script: Script,
}

fn script_of(s: &str) -> Script {
    match s.chars().next() {
        Some(c) if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) => Script::Latin,
        Some(c) if ('\u{0400}'..='\u{04FF}').contains(&c) => Script::Cyrillic,
        Some(_) if text::is_arabic_script(s) => Script::Arabic,
        _ => Script::Other,
    }
}

const SLAVIC_ENDINGS: &[&str] = &[
    "енко",
    "енка",
    "ович",
    "евич",
    "івна",
    "івни",
    "овна",
    "евна",
    "ський",
    "ська",
    "ская",
    "ский",
    "чук",
    "юк",
    "ук",
    "ко",
];
const SLAVIC_SHORT_ENDINGS: &[&str] = &["ов", "ова", "ев", "ева", "ин", "ина"];
const LATIN_SURNAME_ENDINGS: &[&str] = &[
    "enko", "chuk", "yuk", "ovych", "ovich", "evich", "ovic", "ović", "ić", "oğlu", "zadeh", "zada", "pour", "yan",
    "ska", "ski",
];
const CASE_ENDINGS: &[&str] =
    &["ою", "ею", "ові", "еві", "ом", "ем", "ой", "ей", "у", "ю", "а", "я", "і", "е", "ы", "ї", "и"];

/// Words that show a text is German, where nouns are capitalised like names (Sonne, Hoffnung).
const GERMAN: &[&str] = &[
    "der", "die", "das", "und", "ist", "mit", "nicht", "ein", "eine", "den", "dem", "für", "auf", "bei", "von", "zu",
    "im", "am", "hat", "sie", "er", "wir",
];

/// Capitalised words at the start of a German or English sentence that are not names.
const FUNCTION: &[&str] = &[
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "am",
    "im",
    "an",
    "in",
    "mit",
    "bei",
    "von",
    "vom",
    "zum",
    "zur",
    "für",
    "und",
    "oder",
    "aber",
    "wenn",
    "dass",
    "weil",
    "seit",
    "ab",
    "bis",
    "nach",
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "with",
    "at",
    "on",
    "for",
    "from",
    "to",
    "of",
    "klient",
    "klientin",
    "client",
    "applicant",
    "kl",
];

const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "al", "el", "ul", "bin", "ibn", "ben", "abu", "da", "dos", "del", "della", "le",
    "la", "zu", "ter", "ten",
];

/// Stems of places and countries written in Cyrillic, capitalised like names.
const CYRILLIC_PLACES: &[&str] = &[
    "герман",
    "німеч",
    "украин",
    "україн",
    "сири",
    "сирі",
    "росси",
    "росі",
    "турц",
    "туреч",
    "афган",
    "ирак",
    "ірак",
    "иран",
    "іран",
    "европ",
    "європ",
    "берлин",
    "берлін",
    "магдебург",
    "галле",
    "лейпциг",
    "дрезден",
    "харк",
    "киев",
    "київ",
    "одес",
    "львов",
    "львів",
    "днепр",
    "дніпр",
    "москв",
    "петербург",
    "казахстан",
    "польш",
    "польщ",
    "молдов",
    "грузи",
    "штендал",
    "дессау",
    "саксон",
    "бог",
    "господ",
    "рождеств",
    "різдв",
    "пасх",
    "великдень",
    "магдебур",
    "шенебек",
    "шёнебек",
    "бернбург",
    "хальберштад",
    "кведлинбург",
    "виттенберг",
    "наумбург",
    "мерзебург",
    "гамбург",
    "мюнхен",
    "кельн",
    "франкфурт",
    "вконтакт",
    "телеграм",
    "вайбер",
    "ватсап",
    "фейсбук",
    "инстаграм",
    "ютуб",
    "джобцентр",
    "сирия",
    "европейск",
    "європейськ",
    "євросоюз",
    "евросоюз",
];

/// German place names in Cyrillic end like this (Бернбурге, Галле-Нойштадт, Вольфсбурге).
fn cyrillic_place_shape(norm: &str) -> bool {
    ["бург", "штадт", "штад", "дорф", "хаузен", "хайм", "берге", "бек", "беке", "беку"].iter().any(|p| norm.contains(p))
}

const CONJUNCTIONS: &[&str] = &["und", "and", "и", "і", "та", "ve", "ile", "و", "sowie"];

impl Lists {
    fn is_name(&self, norm: &str) -> bool {
        self.given.contains(norm) || self.surnames.contains(norm)
    }

    /// Also tries a German genitive -s and Slavic case endings.
    fn is_name_inflected(&self, norm: &str, script: Script) -> bool {
        if self.is_name(norm) {
            return true;
        }
        match script {
            Script::Latin => norm.strip_suffix('s').is_some_and(|n| n.chars().count() >= 3 && self.is_name(n)),
            Script::Cyrillic => CASE_ENDINGS.iter().any(|e| {
                norm.strip_suffix(e).is_some_and(|stem| {
                    stem.chars().count() >= 3
                        && (self.is_name(stem)
                            || ["а", "я", "й", "ь"].iter().any(|v| self.is_name(&format!("{stem}{v}"))))
                })
            }),
            _ => false,
        }
    }

    fn is_common(&self, norm: &str) -> bool {
        self.common.contains(norm)
    }
}

fn has_surname_shape(w: &Word) -> bool {
    let n = w.token.norm.as_str();
    let len = n.chars().count();
    match w.script {
        Script::Cyrillic => {
            SLAVIC_ENDINGS.iter().any(|e| n.ends_with(e) && len > e.chars().count() + 2)
                || SLAVIC_SHORT_ENDINGS.iter().any(|e| n.ends_with(e) && len >= 5)
        }
        Script::Latin => LATIN_SURNAME_ENDINGS.iter().any(|e| n.ends_with(e) && len > e.chars().count() + 2),
        Script::Arabic => ["زاده", "پور", "يان"].iter().any(|e| n.ends_with(e) && len > e.chars().count() + 1),
        Script::Other => false,
    }
}

/// Whether the original text joins two tokens with a hyphen (Karl-Marx-Straße, Albert-Schweitzer-Schule).
fn hyphen_between(chars: &[char], a: &Token, b: &Token) -> bool {
    b.start == a.end + 1 && chars.get(a.end) == Some(&'-')
}

/// Whether only a space (or nothing but spaces) separates two tokens.
fn adjacent(chars: &[char], a: &Token, b: &Token) -> bool {
    b.start > a.end && chars[a.end..b.start].iter().all(|c| *c == ' ' || *c == '\u{a0}')
}

fn sentence_start(chars: &[char], t: &Token) -> bool {
    chars[..t.start]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace() && !matches!(c, '"' | '„' | '“' | '«' | '(' | '-' | '—'))
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '\n' | '؟' | '۔'))
}

pub(super) fn find(text_: &str, tokens: &[Token], known: &KnownPeople, out: &mut Vec<Span>) {
    let chars: Vec<char> = text_.chars().collect();
    let l = lists();
    let words: Vec<Word> = tokens
        .iter()
        .map(|t| {
            let surface: String = chars[t.start..t.end].iter().collect();
            let script = script_of(&surface);
            let capital = surface.chars().next().is_some_and(char::is_uppercase);
            Word { token: t, surface, capital, script }
        })
        .collect();

    known.value_spans(text_, out);
    // People of the case first: every token that is one of their names.
    if !known.people.is_empty() {
        let people: Vec<Option<usize>> = words
            .iter()
            .map(|w| known.person_of(w.token, w.capital || w.script == Script::Arabic || w.script == Script::Other))
            .collect();
        let mut i = 0;
        while i < words.len() {
            if let Some(p) = people[i] {
                let mut j = i;
                while j + 1 < words.len()
                    && adjacent(&chars, words[j].token, words[j + 1].token)
                    && people[j + 1] == Some(p)
                {
                    j += 1;
                }
                out.push(Span {
                    start: words[i].token.start,
                    end: words[j].token.end,
                    kind: PiiType::Person,
                    person: Some(p),
                });
                i = j + 1;
            } else {
                i += 1;
            }
        }
    }

    let name_like = |w: &Word| -> bool {
        match w.script {
            Script::Latin | Script::Cyrillic => {
                w.capital && !l.common.contains(&w.token.norm)
                    || w.capital && l.is_name(&w.token.norm) && !is_stop_word(&w.token.norm)
            }
            Script::Arabic => !ARABIC_STOP.contains(&w.token.norm.as_str()),
            Script::Other => false,
        }
    };
    // Whether a word continues a name already begun.
    let continues = |w: &Word| -> bool {
        match w.script {
            // After a name, a capitalised word of the same kind is the family name, even when it is also a word
            // (Ayşe Demir); only the words notes put after names are excluded.
            Script::Latin | Script::Cyrillic => w.capital && !is_stop(&w.token.norm) && !is_acronym(w),
            Script::Arabic => {
                l.is_name(&w.token.norm)
                    || has_surname_shape(w)
                    || is_compound_tail(&w.token.norm)
                    || matches!(w.token.norm.as_str(), "بن" | "ابن" | "بنت")
            }
            Script::Other => false,
        }
    };
    let extend = |from: usize, max: usize| -> usize {
        let mut j = from;
        // Name particles between two names: Sanne de Vries, Ludwig van Beethoven, Omar bin Laden.
        let particle = |k: usize| -> bool {
            words.get(k).is_some_and(|p| PARTICLES.contains(&p.token.norm.as_str()) && !p.capital)
                && words.get(k + 1).is_some_and(|n| {
                    n.capital
                        && !is_stop(&n.token.norm)
                        && (adjacent(&chars, words[k].token, n.token)
                            || hyphen_between(&chars, words[k].token, n.token))
                })
                && adjacent(&chars, words[k - 1].token, words[k].token)
        };
        while j + 2 < words.len() && j + 2 - from < max + 1 && particle(j + 1) {
            j += 2;
        }
        while j + 1 < words.len()
            && j + 1 - from < max
            && (adjacent(&chars, words[j].token, words[j + 1].token)
                || hyphen_between(&chars, words[j].token, words[j + 1].token))
            && continues(&words[j + 1])
        {
            j += 1;
        }
        j
    };
    let person = |a: usize, b: usize| -> Option<Span> {
        // Names inside street and institution names are not persons.
        if let Some(next) = words.get(b + 1)
            && hyphen_between(&chars, words[b].token, next.token)
            && !l.is_name(&next.token.norm)
        {
            return None;
        }
        if a > 0 && hyphen_between(&chars, words[a - 1].token, words[a].token) && !l.is_name(&words[a - 1].token.norm) {
            return None;
        }
        if words.get(b + 1).is_some_and(|n| COMPANY.contains(&n.token.norm.as_str()))
            || words[a..=b].iter().any(|w| COMPANY.contains(&w.token.norm.as_str()))
        {
            return None;
        }
        Some(Span::new(words[a].token.start, words[b].token.end, PiiType::Person))
    };
    let mut found: Vec<Span> = Vec::new();
    let german = words.iter().any(|w| GERMAN.contains(&w.token.norm.as_str()));

    for i in 0..words.len() {
        let w = &words[i];
        let norm = w.token.norm.as_str();
        let next = words.get(i + 1);
        // A title, a kinship word or "Familie" followed by a name.
        let cue = TITLES.contains(&norm) && (w.capital || w.script != Script::Latin || norm == "dr")
            || KIN.contains(&norm)
            || FAMILY.contains(&norm);
        if cue && let Some(n) = next {
            let mut k = i + 1;
            // Skip a second title: Frau Dr. Schmidt.
            if TITLES.contains(&words[k].token.norm.as_str()) && k + 1 < words.len() {
                k += 1;
            }
            let n = if k == i + 1 { n } else { &words[k] };
            let after_title = TITLES.contains(&norm) || FAMILY.contains(&norm);
            let first_ok = match n.script {
                Script::Latin | Script::Cyrillic => {
                    n.capital
                        && !is_title(&n.token.norm)
                        && (after_title || !is_stop_word(&n.token.norm))
                        && !is_acronym(n)
                }
                Script::Arabic => !ARABIC_STOP.contains(&n.token.norm.as_str()),
                Script::Other => false,
            };
            if first_ok && n.token.start - w.token.end <= 3 {
                let mut end = extend(k, 3);
                if n.script == Script::Arabic
                    && end == k
                    && let Some(m) = words.get(k + 1)
                    && m.script == Script::Arabic
                    && adjacent(&chars, n.token, m.token)
                    && !ARABIC_STOP.contains(&m.token.norm.as_str())
                    && !(m.token.norm.starts_with(['ي', 'ت']) && m.token.norm.chars().count() >= 4)
                    && !text::variants(&m.token.norm).iter().any(|v| is_title(v) || KIN.contains(v))
                    && !(["ها", "هم", "كم", "نا"].iter().any(|e| m.token.norm.ends_with(e))
                        && m.token.norm.chars().count() >= 5)
                {
                    end = k + 1;
                }
                found.extend(person(k, end));
                continue;
            }
        }
        // Turkish: Mehmet Bey, Ayşe Hanım.
        if TITLES_AFTER.contains(&norm)
            && w.capital
            && i > 0
            && words[i - 1].capital
            && words[i - 1].script == Script::Latin
        {
            let mut a = i - 1;
            if a > 0 && words[a - 1].capital && l.is_name(&words[a - 1].token.norm) {
                a -= 1;
            }
            found.extend(person(a, i - 1));
            continue;
        }
        // A listed name.
        let listed = match w.script {
            Script::Latin | Script::Cyrillic => w.capital && l.is_name_inflected(norm, w.script),
            Script::Arabic => l.is_name(norm),
            Script::Other => false,
        };
        let shaped = (w.script == Script::Cyrillic || w.script == Script::Latin)
            && w.capital
            && has_surname_shape(w)
            && !sentence_start(&chars, w.token);
        // Inside a Russian or Ukrainian sentence, a capitalised word is a proper noun: a name unless it is a place.
        let cyrillic_proper = w.script == Script::Cyrillic
            && w.token.norm.chars().count() >= 3
            && w.capital
            && !sentence_start(&chars, w.token)
            && !is_acronym(w)
            && !is_stop(norm)
            && !CYRILLIC_PLACES.iter().any(|p| norm.starts_with(p))
            && !cyrillic_place_shape(norm);
        // Arabic compound names: عبد الله, أبو محمد.
        let compound = w.script == Script::Arabic
            && matches!(norm, "عبد" | "ابو")
            && next.is_some_and(|n| n.token.norm.starts_with("ال") || l.is_name(&n.token.norm));
        let listed = listed || cyrillic_proper || compound;
        if (listed || shaped) && name_like(w) {
            if found.iter().any(|s| s.start <= w.token.start && w.token.end <= s.end) {
                continue;
            }
            let end = extend(i, 3);
            let common = l.is_common(norm);
            // A name that is also a word needs a second name beside it — except outside German, where a
            // capitalised word inside a sentence is a name (Joy Okafor said it was a joy).
            let ambiguous = match w.script {
                Script::Latin => german && l.common_german.contains(norm) || sentence_start(&chars, w.token),
                Script::Cyrillic => sentence_start(&chars, w.token),
                _ => true,
            };
            if common && end == i && ambiguous {
                continue;
            }
            // A German noun that is also a name (Sonne) counts only beside a listed name (Sonne Hoffnung is not one).
            if common
                && german
                && l.common_german.contains(norm)
                && !words[i + 1..=end]
                    .iter()
                    .all(|n| l.is_name_inflected(&n.token.norm, n.script) && !l.common_german.contains(&n.token.norm))
            {
                continue;
            }
            // A first name before a listed family name: Andrij Bondar.
            let mut start = i;
            if start > 0 {
                let p = &words[start - 1];
                if p.capital
                    && p.script == w.script
                    && adjacent(&chars, p.token, w.token)
                    && !is_stop(&p.token.norm)
                    && !is_acronym(p)
                    && !l.is_common(&p.token.norm)
                    && !FUNCTION.contains(&p.token.norm.as_str())
                    && !found.iter().any(|s| s.start <= p.token.start && p.token.end <= s.end)
                {
                    start -= 1;
                }
            }
            found.extend(person(start, end));
        }
    }
    // "Sahar und Omid", "Kowalczyk, Marta": a name next to a name.
    let mut more = Vec::new();
    for span in &found {
        let Some(b) = words.iter().position(|w| w.token.end == span.end) else { continue };
        if let (Some(c), Some(n)) = (words.get(b + 1), words.get(b + 2))
            && CONJUNCTIONS.contains(&c.token.norm.as_str())
            && n.capital
            && !is_stop(&n.token.norm)
            && !is_acronym(n)
            && (l.is_name_inflected(&n.token.norm, n.script) || !l.is_common(&n.token.norm))
            && !found.iter().any(|s| s.start <= n.token.start && n.token.end <= s.end)
        {
            let end = extend(b + 2, 3);
            more.extend(person(b + 2, end));
        }
    }
    found.extend(more);
    // Later mentions of a name already found (Grace Mensah … Grace hopes).
    let named: HashSet<&str> = words
        .iter()
        .filter(|w| found.iter().any(|s| s.start <= w.token.start && w.token.end <= s.end))
        .filter(|w| !is_stop(&w.token.norm) && w.token.norm.chars().count() >= 3)
        .map(|w| w.token.norm.as_str())
        .collect();
    let mut again = Vec::new();
    for w in &words {
        let ambiguous = l.is_common(&w.token.norm)
            && match w.script {
                Script::Latin => german && l.common_german.contains(&w.token.norm),
                Script::Cyrillic => false,
                _ => true,
            };
        if named.contains(w.token.norm.as_str())
            && !ambiguous
            && (w.capital || w.script == Script::Arabic)
            && !found.iter().any(|s| s.start < w.token.end && w.token.start < s.end)
        {
            again.push(Span::new(w.token.start, w.token.end, PiiType::Person));
        }
    }
    found.extend(again);
    let mut merged: Vec<Span> = Vec::new();
    found.sort_by_key(|s| s.start);
    for span in found {
        if let Some(prev) = merged.last_mut() {
            let between: String = chars[prev.end.min(span.start)..span.start].iter().collect();
            let given_after_comma = between.trim() == ","
                && words.iter().any(|w| {
                    w.token.start == span.start && w.token.end == span.end && lists().given.contains(&w.token.norm)
                })
                && chars.get(span.end) != Some(&'-');
            if span.start < prev.end || given_after_comma {
                prev.end = prev.end.max(span.end);
                continue;
            }
        }
        merged.push(span);
    }
    out.extend(merged);
}

/// The second part of compound Arabic names: نور الهدى, عبد الله, صلاح الدين.
fn is_compound_tail(norm: &str) -> bool {
    ["الهدي", "الدين", "الله", "الرحمن", "الرحيم", "الكريم", "العزيز", "الهادي", "النبي", "الزهراء", "الاسلام", "الحق"]
        .contains(&norm)
}

fn is_title(norm: &str) -> bool {
    TITLES.contains(&norm)
}

/// BAMF, TSSB, AOK: all capitals (two letters or more) and not a listed name.
fn is_acronym(w: &Word) -> bool {
    let letters: Vec<char> = w.surface.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && !lists().is_name(&w.token.norm)
}

/// Company forms: a name before them is a firm, not a person.
const COMPANY: &[&str] =
    &["gmbh", "ag", "kg", "ev", "ug", "ohg", "gbr", "inc", "ltd", "llc", "mbh", "ggmbh", "co", "se"];

/// Only the STOP words (no titles).
fn is_stop_word(norm: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| STOP.iter().map(|w| text::normalize(w)).collect()).contains(norm)
}

fn is_stop(norm: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| STOP.iter().chain(TITLES).chain(KIN).chain(NOTE_NOUNS).map(|w| text::normalize(w)).collect())
        .contains(norm)
}

/// Nouns that follow names in notes (Haddads Brief, Amiras Akte).
const NOTE_NOUNS: &[&str] = &[
    "Brief",
    "Briefe",
    "Akte",
    "Antrag",
    "Unterlagen",
    "Post",
    "Anruf",
    "Nachricht",
    "Mail",
    "Telefon",
    "Handy",
    "Geld",
    "Kurs",
    "Arzt",
    "Ärztin",
    "Praxis",
    "Klinik",
    "Krankenhaus",
    "Amt",
    "Behörde",
    "Wohnung",
    "Miete",
    "Konto",
    "Pass",
    "Ausweis",
    "Schule",
    "Kita",
    "Zeugnis",
    "Lebenslauf",
    "Vertrag",
    "Chef",
    "Chefin",
    "Familie",
    "Kinder",
    "Eltern",
    "Fall",
    "Situation",
    "Frage",
    "Fragen",
    "Termine",
    "Bescheide",
    "Anträge",
    "Visum",
    "Arbeit",
    "Job",
    "Stelle",
    "letter",
    "file",
    "case",
    "phone",
    "appointment",
    "application",
    "passport",
    "son",
    "daughter",
    "wife",
    "husband",
];

/// Arabic-script words that follow titles but are not names (prepositions, pronouns, verbs of reporting).
const ARABIC_STOP: &[&str] = &[
    "من",
    "في",
    "عن",
    "مع",
    "الي",
    "علي",
    "ان",
    "هذا",
    "هذه",
    "هو",
    "هي",
    "قال",
    "قالت",
    "اتصل",
    "اتصلت",
    "از",
    "به",
    "با",
    "كه",
    "را",
    "اين",
    "آن",
    "گفت",
    "است",
    "هاله",
    "هاله",
    "برلين",
    "ماگدبورگ",
    "لايپزيگ",
    "المانيا",
    "آلمان",
    "المان",
    "دمشق",
    "حلب",
    "بغداد",
    "كابل",
    "تهران",
    "هرات",
    "مشهد",
    "اصفهان",
    "شيراز",
    "الموصل",
    "اربيل",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons_match_across_scripts_and_spellings() {
        assert_eq!(skeleton("olena"), skeleton(&text::normalize("Олена")));
        assert_eq!(skeleton("mohammed"), skeleton("muhammad"));
        assert_eq!(skeleton("mohammed"), skeleton(&text::normalize("محمد")));
        assert_eq!(skeleton("haddad"), skeleton(&text::normalize("حداد")));
        assert!(skeleton(&text::normalize("Ковалем")).starts_with(&skeleton("koval")));
    }

    fn people(text_: &str, known: &KnownPeople) -> Vec<(String, Option<usize>)> {
        let chars: Vec<char> = text_.chars().collect();
        super::super::detect(text_, known)
            .into_iter()
            .filter(|s| s.kind == PiiType::Person)
            .map(|s| (chars[s.start..s.end].iter().collect(), s.person))
            .collect()
    }

    #[test]
    fn known_people_in_any_spelling_ending_or_script() {
        let mut k = KnownPeople::new();
        let olena = k.add(&["Olena Koval"]);
        let amira = k.add(&["Amira Haddad", "Umm Yusuf"]);
        let found = people("Олена Коваль rief an; Ковалем sprach mit AMIRA, Haddads Sohn wartete. Amiras Brief.", &k);
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, vec!["Олена Коваль", "Ковалем", "AMIRA", "Haddads", "Amiras"]);
        assert_eq!(found[0].1, Some(olena));
        assert_eq!(found[2].1, Some(amira));
        assert_eq!(people("حداد اتصل", &k), vec![("حداد".to_string(), Some(amira))]);
    }

    #[test]
    fn cues_without_case_data() {
        let none = KnownPeople::new();
        let names = |t: &str| people(t, &none).into_iter().map(|(n, _)| n).collect::<Vec<_>>();
        assert_eq!(
            names("Termin mit Familie Sonne am Dienstag; Herr Sonne bringt den Bescheid."),
            vec!["Sonne", "Sonne"]
        );
        assert_eq!(names("Bis Freitag schickt die Sonne Hoffnung."), Vec::<String>::new());
        assert_eq!(names("Ayşe Demir'in vergi numarası"), vec!["Ayşe Demir"]);
        assert_eq!(names("Sie wohnt in der Karl-Marx-Straße 4."), Vec::<String>::new());
        assert_eq!(names("Call Mr. Okafor back."), vec!["Okafor"]);
        assert_eq!(names("اتصلت السيدة ليلى منصور من الرقم"), vec!["ليلى منصور"]);
    }
}
