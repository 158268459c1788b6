//! Names of persons. Two sources: the people of the case (every name and alias, matched in any spelling, case
//! ending or script through a consonant skeleton), and cues in the text itself — titles, kinship words, lists of
//! given names and family names, Slavic surname endings. Names that are also ordinary words (Sonne, Umut, أمل)
//! count only with such a cue.

use super::{PiiType, Span};
use crate::text::{self, Token};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// The people of a case: each entry holds every name and alias of one person.
#[derive(Debug, Clone, Default)]
pub struct KnownPeople {
    people: Vec<Vec<KnownToken>>,
    /// The first bytes of every known token, as a bit set: most words of a text begin with none of them.
    firsts: [u64; 4],
    /// The first two skeleton letters of the tokens compared by skeleton.
    heads: Vec<[u8; 2]>,
    /// Other known values (e-mail, phone, date of birth) in the spellings to look for.
    values: Vec<(PiiType, String)>,
}

#[derive(Debug, Clone)]
struct KnownToken {
    /// The first byte of `norm` and the first two of `skeleton` (0 where there is none), kept inline: every token
    /// of a text is compared with every known token, and most comparisons end at them.
    first: u8,
    skeleton_head: [u8; 2],
    norm: String,
    /// Code points of `norm`.
    len: usize,
    /// ASCII, so its length in bytes is its length in letters.
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
                let len = t.norm.chars().count();
                let first = t.norm.as_bytes().first().copied().unwrap_or(0);
                self.firsts[usize::from(first >> 6)] |= 1 << (first & 63);
                let skeleton_head = head_of(skeleton.as_bytes());
                if len >= 3 && skeleton.len() >= 2 {
                    self.heads.push(skeleton_head);
                }
                tokens.push(KnownToken { first, skeleton_head, norm: t.norm.to_string(), len, skeleton });
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
    fn value_spans(&self, chars: &[char], out: &mut Vec<Span>) {
        if self.values.is_empty() {
            return;
        }
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

    /// Which known person a token names. `scratch` holds skeletons between calls (no allocation per token).
    fn person_of(&self, token: &Token, capital: bool, scratch: &mut Skeleton) -> Option<usize> {
        let norm = token.norm.as_str();
        let first = *norm.as_bytes().first()?;
        // Other spellings are compared by skeleton only for words written like names: capitalised, or in a
        // script without capitals.
        let surface_capital = capital || token.norm.chars().next().is_some_and(|c| !text::is_lowercase(c));
        // Most words begin like no known name and have a skeleton that begins like none (its first two letters):
        // ruled out before the comparisons below; a small word by its first byte alone.
        let may_be_equal = self.firsts[usize::from(first >> 6)] >> (first & 63) & 1 != 0;
        let may_have_skeleton = surface_capital && !self.heads.is_empty();
        if !may_be_equal && !may_have_skeleton {
            return None;
        }
        let len = norm.chars().count();
        if len < 2 {
            return None;
        }
        let mut have_skeleton = false;
        let may_sound_alike = may_have_skeleton && len >= 3;
        if !may_be_equal && !may_sound_alike {
            return None;
        }
        let mut head: Option<[u8; 2]> = None;
        if may_sound_alike {
            scratch.compute_head(norm, 2);
            let h = head_of(&scratch.out);
            if !may_be_equal && !self.heads.contains(&h) {
                return None;
            }
            head = Some(h);
        }
        for (person, tokens) in self.people.iter().enumerate() {
            for k in tokens {
                let klen = k.len;
                // Equal, or the known name with a case ending or suffix: Haddads, Ковалем, Ayşe'nin (the apostrophe
                // already split it off). Both begin with the same byte; most tokens fail here.
                if k.first == first
                    && (norm == k.norm || klen >= 3 && norm.starts_with(k.norm.as_str()) && len - klen <= 3)
                {
                    return Some(person);
                }
                // Other spellings and scripts: same consonants.
                let sklen = k.skeleton.len();
                if surface_capital && klen >= 3 && len >= 3 && sklen >= 2 {
                    if head != Some(k.skeleton_head) {
                        continue;
                    }
                    if !have_skeleton {
                        scratch.compute(norm);
                        have_skeleton = true;
                    }
                    let sk = scratch.out.as_slice();
                    let known = k.skeleton.as_bytes();
                    if sk == known || sklen >= 3 && sk.starts_with(known) && sk.len() - sklen <= 2 {
                        return Some(person);
                    }
                }
            }
        }
        None
    }
}

/// What one character of a normalised name gives the skeleton's first pass: an ASCII letter, the marker 1 for
/// ه, or nothing (vowels, signs).
fn skeleton_letter(c: char) -> Option<u8> {
    let s: &str = match c {
        'а' | 'е' | 'є' | 'и' | 'і' | 'ї' | 'й' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'ь' | 'ъ' => "",
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
        // fold_latin gives ASCII letters only.
        _ => return fold_latin(c).and_then(|l| u8::try_from(l).ok()),
    };
    s.bytes().next()
}

/// `skeleton_letter` for every character below U+0700 (Latin, Cyrillic, Arabic and Persian letters), 0 for
/// nothing: one lookup per character instead of the match.
fn skeleton_letters() -> &'static [u8] {
    static TABLE: OnceLock<Vec<u8>> = OnceLock::new();
    TABLE.get_or_init(|| (0..0x0700u32).map(|i| char::from_u32(i).and_then(skeleton_letter).unwrap_or(0)).collect())
}

/// The first two letters of a skeleton, 0 where it is shorter.
fn head_of(skeleton: &[u8]) -> [u8; 2] {
    [0, 1].map(|i| skeleton.get(i).copied().unwrap_or(0))
}

/// Buffers for computing skeletons; `out` holds the last one.
#[derive(Default)]
pub(super) struct Skeleton {
    /// ASCII letters only.
    out: Vec<u8>,
}

/// The consonants of a name in Latin letters: the same for Olena/Олена, Koval/Коваль/Ковалем (prefix),
/// Mohammed/Muhammad/محمد, Haddad/حداد.
pub fn skeleton(norm: &str) -> String {
    let mut s = Skeleton::default();
    s.compute(norm);
    s.out.iter().map(|&b| char::from(b)).collect()
}

impl Skeleton {
    fn compute(&mut self, norm: &str) {
        self.compute_head(norm, usize::MAX);
    }

    /// The first `limit` bytes of the skeleton: the first two rule out most words at the cost of a few letters.
    fn compute_head(&mut self, norm: &str, limit: usize) {
        let table = skeleton_letters();
        let mut latin = norm.chars().filter_map(|c| {
            let letter = match table.get(c as usize) {
                Some(&b) => b,
                None => skeleton_letter(c).unwrap_or(0),
            };
            (letter != 0).then_some(letter)
        });
        let out = &mut self.out;
        out.clear();
        // Latin digraphs first, then vowels out, doubled letters once, over a window of the next three Latin
        // letters: the letters after the last one needed are never made.
        let mut window = [latin.next(), latin.next(), latin.next()];
        while let Some(c) = window[0]
            && out.len() < limit
        {
            let next = window[1];
            let (mapped, step) = match (c, next) {
                (b's', Some(b'c')) if window[2] == Some(b'h') => (Some(b's'), 3),
                (b's', Some(b'h')) => (Some(b's'), 2),
                (b'k', Some(b'h')) => (Some(b'h'), 2),
                (b't', Some(b'h')) => (Some(b't'), 2),
                (b'd', Some(b'h')) => (Some(b'd'), 2),
                (b'g', Some(b'h')) => (Some(b'g'), 2),
                (b'p', Some(b'h')) => (Some(b'f'), 2),
                (b'c', Some(b'k')) => (Some(b'k'), 2),
                (b't', Some(b'z')) | (b't', Some(b's')) => (Some(b's'), 2),
                (b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'w' | b'j' | b'\'', _) => (None, 1),
                (1, _) => (next.is_some().then_some(b'h'), 1),
                (b'c' | b'q', _) => (Some(b'k'), 1),
                (b'z' | b'x', _) => (Some(b's'), 1),
                (c, _) if c.is_ascii_alphabetic() => (Some(c), 1),
                _ => (None, 1),
            };
            if let Some(m) = mapped
                && out.last() != Some(&m)
            {
                out.push(m);
            }
            for _ in 0..step {
                window = [window[1], window[2], latin.next()];
            }
        }
    }
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

/// What a word is, as bits: one hash lookup per token answers every list question.
mod flag {
    pub const GIVEN: u32 = 1;
    pub const SURNAME: u32 = 1 << 1;
    pub const NAME: u32 = GIVEN | SURNAME;
    pub const COMMON: u32 = 1 << 2;
    /// The names that are German words (capitalised nouns in German text).
    pub const COMMON_GERMAN: u32 = 1 << 3;
    pub const TITLE: u32 = 1 << 4;
    pub const TITLE_AFTER: u32 = 1 << 5;
    pub const KIN: u32 = 1 << 6;
    pub const FAMILY: u32 = 1 << 7;
    /// Only the STOP words (no titles).
    pub const STOP_WORD: u32 = 1 << 8;
    /// STOP words, titles, kinship words and note nouns.
    pub const STOP: u32 = 1 << 9;
    pub const GERMAN: u32 = 1 << 10;
    pub const FUNCTION: u32 = 1 << 11;
    pub const PARTICLE: u32 = 1 << 12;
    pub const CONJUNCTION: u32 = 1 << 13;
    pub const COMPANY: u32 = 1 << 14;
    pub const ARABIC_STOP: u32 = 1 << 15;
    pub const COMPOUND_TAIL: u32 = 1 << 16;
    /// A listed name, or a listed name without its final а, я, й or ь: what stays of a name before a Slavic
    /// case ending (Олен-ою, Ковал-ем).
    pub const NAME_STEM: u32 = 1 << 17;
}

fn lexicon() -> &'static HashMap<Box<str>, u32> {
    static LEXICON: OnceLock<HashMap<Box<str>, u32>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut map: HashMap<Box<str>, u32> = HashMap::default();
        let mut add = |word: String, bits: u32| *map.entry(word.into_boxed_str()).or_default() |= bits;
        let list_lines = |source: &'static str| {
            source.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(text::normalize)
        };
        for w in list_lines(include_str!("../../data/names/given.txt")) {
            add(w, flag::GIVEN);
        }
        for w in list_lines(include_str!("../../data/names/surnames.txt")) {
            add(w, flag::SURNAME);
        }
        let common = include_str!("../../data/names/common_words.txt");
        for w in list_lines(common) {
            add(w, flag::COMMON);
        }
        let mut group = "";
        for line in common.lines().map(str::trim) {
            if let Some(g) = line.strip_prefix('#') {
                group = g.trim();
            } else if group == "German" && !line.is_empty() {
                add(text::normalize(line), flag::COMMON_GERMAN);
            }
        }
        for w in STOP {
            add(text::normalize(w), flag::COMMON_GERMAN | flag::COMMON | flag::STOP_WORD | flag::STOP);
        }
        for w in TITLES.iter().chain(KIN).chain(NOTE_NOUNS) {
            add(text::normalize(w), flag::STOP);
        }
        // These lists are compared with the token as it is (they are written normalised).
        let raw: [(&[&str], u32); 10] = [
            (TITLES, flag::TITLE),
            (TITLES_AFTER, flag::TITLE_AFTER),
            (KIN, flag::KIN),
            (FAMILY, flag::FAMILY),
            (GERMAN, flag::GERMAN),
            (FUNCTION, flag::FUNCTION),
            (PARTICLES, flag::PARTICLE),
            (CONJUNCTIONS, flag::CONJUNCTION),
            (COMPANY, flag::COMPANY),
            (ARABIC_STOP, flag::ARABIC_STOP),
        ];
        for (list, bits) in raw {
            for w in list {
                add((*w).to_string(), bits);
            }
        }
        for w in COMPOUND_TAILS {
            add(w.to_string(), flag::COMPOUND_TAIL);
        }
        let mut stems = Vec::new();
        for (word, bits) in &map {
            if bits & flag::NAME == 0 {
                continue;
            }
            stems.push(word.to_string());
            for v in STEM_VOWELS {
                if let Some(stem) = word.strip_suffix(v) {
                    stems.push(stem.to_string());
                }
            }
        }
        for stem in stems {
            *map.entry(stem.into_boxed_str()).or_default() |= flag::NAME_STEM;
        }
        map
    })
}

fn flags_of(word: &str) -> u32 {
    lexicon().get(word).copied().unwrap_or(0)
}

fn is_name(word: &str) -> bool {
    flags_of(word) & flag::NAME != 0
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
    surface: &'a [char],
    capital: bool,
    script: Script,
    flags: u32,
}

impl Word<'_> {
    fn is(&self, bits: u32) -> bool {
        self.flags & bits != 0
    }
}

fn script_of(first: Option<char>) -> Script {
    match first {
        Some(c) if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) => Script::Latin,
        Some(c) if ('\u{0400}'..='\u{04FF}').contains(&c) => Script::Cyrillic,
        Some(c) if text::is_arabic_char(c) => Script::Arabic,
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
/// The last letters of all surname endings above (and the Arabic and Persian ones): a word that ends in none of
/// them has no surname shape.
const SURNAME_LAST_LETTERS: [char; 22] =
    ['о', 'а', 'ч', 'и', 'й', 'я', 'к', 'в', 'н', 'k', 'h', 'c', 'ć', 'u', 'a', 'r', 'n', 'i', 'o', 'ه', 'ر', 'ن'];
const ARABIC_SURNAME_ENDINGS: [&str; 3] = ["زاده", "پور", "يان"];

/// The endings a name may lose before a case ending (Олена → Олен-ою).
const STEM_VOWELS: [&str; 4] = ["а", "я", "й", "ь"];
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

/// A listed name, also with a German genitive -s or a Slavic case ending.
fn is_name_inflected(w: &Word) -> bool {
    if w.is(flag::NAME) {
        return true;
    }
    let norm = w.token.norm.as_str();
    match w.script {
        Script::Latin => norm.strip_suffix('s').is_some_and(|n| n.chars().count() >= 3 && is_name(n)),
        // The stem, or the stem with a final vowel or soft sign, is a listed name (one lookup: NAME_STEM).
        Script::Cyrillic => CASE_ENDINGS.iter().any(|e| {
            norm.strip_suffix(e).is_some_and(|stem| stem.chars().count() >= 3 && flags_of(stem) & flag::NAME_STEM != 0)
        }),
        _ => false,
    }
}

fn has_surname_shape(w: &Word) -> bool {
    let n = w.token.norm.as_str();
    // Most words end in none of the endings: the letters are counted only for those that do.
    let len = || n.chars().count();
    let last = n.chars().next_back().unwrap_or(' ');
    if !SURNAME_LAST_LETTERS.contains(&last) {
        return false;
    }
    match w.script {
        Script::Cyrillic => {
            SLAVIC_ENDINGS.iter().any(|e| n.ends_with(e) && len() > e.chars().count() + 2)
                || SLAVIC_SHORT_ENDINGS.iter().any(|e| n.ends_with(e) && len() >= 5)
        }
        Script::Latin => LATIN_SURNAME_ENDINGS.iter().any(|e| n.ends_with(e) && len() > e.chars().count() + 2),
        Script::Arabic => ARABIC_SURNAME_ENDINGS.iter().any(|e| n.ends_with(e) && len() > e.chars().count() + 1),
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

pub(super) fn find(chars: &[char], tokens: &[Token], known: &KnownPeople, out: &mut Vec<Span>) {
    let words: Vec<Word> = tokens
        .iter()
        .map(|t| {
            let surface = &chars[t.start..t.end];
            let script = script_of(surface.first().copied());
            let capital = surface.first().is_some_and(|&c| text::is_uppercase(c));
            Word { token: t, surface, capital, script, flags: flags_of(&t.norm) }
        })
        .collect();

    known.value_spans(chars, out);
    // People of the case first: every token that is one of their names.
    if !known.people.is_empty() {
        let mut scratch = Skeleton::default();
        let people: Vec<Option<usize>> = words
            .iter()
            .map(|w| {
                known.person_of(
                    w.token,
                    w.capital || w.script == Script::Arabic || w.script == Script::Other,
                    &mut scratch,
                )
            })
            .collect();
        let mut i = 0;
        while i < words.len() {
            if let Some(p) = people[i] {
                let mut j = i;
                while j + 1 < words.len()
                    && adjacent(chars, words[j].token, words[j + 1].token)
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
                w.capital && !w.is(flag::COMMON) || w.capital && w.is(flag::NAME) && !w.is(flag::STOP_WORD)
            }
            Script::Arabic => !w.is(flag::ARABIC_STOP),
            Script::Other => false,
        }
    };
    // Whether a word continues a name already begun.
    let continues = |w: &Word| -> bool {
        match w.script {
            // After a name, a capitalised word of the same kind is the family name, even when it is also a word
            // (Ayşe Demir); only the words notes put after names are excluded.
            Script::Latin | Script::Cyrillic => w.capital && !w.is(flag::STOP) && !is_acronym(w),
            Script::Arabic => {
                w.is(flag::NAME)
                    || has_surname_shape(w)
                    || w.is(flag::COMPOUND_TAIL)
                    || matches!(w.token.norm.as_str(), "بن" | "ابن" | "بنت")
            }
            Script::Other => false,
        }
    };
    let extend = |from: usize, max: usize| -> usize {
        let mut j = from;
        // Name particles between two names: Sanne de Vries, Ludwig van Beethoven, Omar bin Laden.
        let particle = |k: usize| -> bool {
            words.get(k).is_some_and(|p| p.is(flag::PARTICLE) && !p.capital)
                && words.get(k + 1).is_some_and(|n| {
                    n.capital
                        && !n.is(flag::STOP)
                        && (adjacent(chars, words[k].token, n.token) || hyphen_between(chars, words[k].token, n.token))
                })
                && adjacent(chars, words[k - 1].token, words[k].token)
        };
        while j + 2 < words.len() && j + 2 - from < max + 1 && particle(j + 1) {
            j += 2;
        }
        while j + 1 < words.len()
            && j + 1 - from < max
            && (adjacent(chars, words[j].token, words[j + 1].token)
                || hyphen_between(chars, words[j].token, words[j + 1].token))
            && continues(&words[j + 1])
        {
            j += 1;
        }
        j
    };
    let person = |a: usize, b: usize| -> Option<Span> {
        // Names inside street and institution names are not persons.
        if let Some(next) = words.get(b + 1)
            && hyphen_between(chars, words[b].token, next.token)
            && !next.is(flag::NAME)
        {
            return None;
        }
        if a > 0 && hyphen_between(chars, words[a - 1].token, words[a].token) && !words[a - 1].is(flag::NAME) {
            return None;
        }
        if words.get(b + 1).is_some_and(|n| n.is(flag::COMPANY)) || words[a..=b].iter().any(|w| w.is(flag::COMPANY)) {
            return None;
        }
        Some(Span::new(words[a].token.start, words[b].token.end, PiiType::Person))
    };
    let mut found: Vec<Span> = Vec::with_capacity(16);
    let german = words.iter().any(|w| w.is(flag::GERMAN));

    for i in 0..words.len() {
        let w = &words[i];
        let norm = w.token.norm.as_str();
        let next = words.get(i + 1);
        // A title, a kinship word or "Familie" followed by a name.
        let cue = w.is(flag::TITLE) && (w.capital || w.script != Script::Latin || norm == "dr")
            || w.is(flag::KIN)
            || w.is(flag::FAMILY);
        if cue && let Some(n) = next {
            let mut k = i + 1;
            // Skip a second title: Frau Dr. Schmidt.
            if words[k].is(flag::TITLE) && k + 1 < words.len() {
                k += 1;
            }
            let n = if k == i + 1 { n } else { &words[k] };
            let after_title = w.is(flag::TITLE) || w.is(flag::FAMILY);
            let first_ok = match n.script {
                Script::Latin | Script::Cyrillic => {
                    n.capital && !n.is(flag::TITLE) && (after_title || !n.is(flag::STOP_WORD)) && !is_acronym(n)
                }
                Script::Arabic => !n.is(flag::ARABIC_STOP),
                Script::Other => false,
            };
            if first_ok && n.token.start - w.token.end <= 3 {
                let mut end = extend(k, 3);
                if n.script == Script::Arabic
                    && end == k
                    && let Some(m) = words.get(k + 1)
                    && m.script == Script::Arabic
                    && adjacent(chars, n.token, m.token)
                    && !m.is(flag::ARABIC_STOP)
                    && !(m.token.norm.starts_with(['ي', 'ت']) && m.token.norm.chars().count() >= 4)
                    && !text::variants(&m.token.norm).iter().any(|v| flags_of(v) & (flag::TITLE | flag::KIN) != 0)
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
        if w.is(flag::TITLE_AFTER) && w.capital && i > 0 && words[i - 1].capital && words[i - 1].script == Script::Latin
        {
            let mut a = i - 1;
            if a > 0 && words[a - 1].capital && words[a - 1].is(flag::NAME) {
                a -= 1;
            }
            found.extend(person(a, i - 1));
            continue;
        }
        // A listed name.
        let listed = match w.script {
            Script::Latin | Script::Cyrillic => w.capital && is_name_inflected(w),
            Script::Arabic => w.is(flag::NAME),
            Script::Other => false,
        };
        // Asked only of words not already taken as names.
        let shaped = || {
            (w.script == Script::Cyrillic || w.script == Script::Latin)
                && w.capital
                && has_surname_shape(w)
                && !sentence_start(chars, w.token)
        };
        // Inside a Russian or Ukrainian sentence, a capitalised word is a proper noun: a name unless it is a place.
        let cyrillic_proper = !listed
            && w.script == Script::Cyrillic
            && w.token.norm.chars().count() >= 3
            && w.capital
            && !sentence_start(chars, w.token)
            && !is_acronym(w)
            && !w.is(flag::STOP)
            && !CYRILLIC_PLACES.iter().any(|p| norm.starts_with(p))
            && !cyrillic_place_shape(norm);
        // Arabic compound names: عبد الله, أبو محمد.
        let compound = !listed
            && w.script == Script::Arabic
            && matches!(norm, "عبد" | "ابو")
            && next.is_some_and(|n| n.token.norm.starts_with("ال") || n.is(flag::NAME));
        let listed = listed || cyrillic_proper || compound;
        if (listed || shaped()) && name_like(w) {
            if found.iter().any(|s| s.start <= w.token.start && w.token.end <= s.end) {
                continue;
            }
            let end = extend(i, 3);
            let common = w.is(flag::COMMON);
            // A name that is also a word needs a second name beside it — except outside German, where a
            // capitalised word inside a sentence is a name (Joy Okafor said it was a joy).
            let ambiguous = match w.script {
                Script::Latin => german && w.is(flag::COMMON_GERMAN) || sentence_start(chars, w.token),
                Script::Cyrillic => sentence_start(chars, w.token),
                _ => true,
            };
            if common && end == i && ambiguous {
                continue;
            }
            // A German noun that is also a name (Sonne) counts only beside a listed name (Sonne Hoffnung is not one).
            if common
                && german
                && w.is(flag::COMMON_GERMAN)
                && !words[i + 1..=end].iter().all(|n| is_name_inflected(n) && !n.is(flag::COMMON_GERMAN))
            {
                continue;
            }
            // A first name before a listed family name: Andrij Bondar.
            let mut start = i;
            if start > 0 {
                let p = &words[start - 1];
                if p.capital
                    && p.script == w.script
                    && adjacent(chars, p.token, w.token)
                    && !p.is(flag::STOP)
                    && !is_acronym(p)
                    && !p.is(flag::COMMON)
                    && !p.is(flag::FUNCTION)
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
        // Words are in text order, so their ends ascend.
        let b = words.partition_point(|w| w.token.end < span.end);
        if words.get(b).is_none_or(|w| w.token.end != span.end) {
            continue;
        }
        if let (Some(c), Some(n)) = (words.get(b + 1), words.get(b + 2))
            && c.is(flag::CONJUNCTION)
            && n.capital
            && !n.is(flag::STOP)
            && !is_acronym(n)
            && (is_name_inflected(n) || !n.is(flag::COMMON))
            && !found.iter().any(|s| s.start <= n.token.start && n.token.end <= s.end)
        {
            let end = extend(b + 2, 3);
            more.extend(person(b + 2, end));
        }
    }
    found.extend(more);
    // Later mentions of a name already found (Grace Mensah … Grace hopes); none without a first one.
    if !found.is_empty() {
        // Words inside a finding, in one pass over the findings (long texts have many of both).
        let mut inside = vec![false; words.len()];
        for s in &found {
            let first = words.partition_point(|w| w.token.start < s.start);
            for (k, w) in words.iter().enumerate().skip(first) {
                if w.token.start >= s.end {
                    break;
                }
                if w.token.end <= s.end {
                    inside[k] = true;
                }
            }
        }
        let named: HashSet<&str> = words
            .iter()
            .zip(&inside)
            .filter(|(w, inside)| **inside && !w.is(flag::STOP) && w.token.norm.chars().count() >= 3)
            .map(|(w, _)| w.token.norm.as_str())
            .collect();
        let mut again = Vec::new();
        for w in &words {
            let ambiguous = w.is(flag::COMMON)
                && match w.script {
                    Script::Latin => german && w.is(flag::COMMON_GERMAN),
                    Script::Cyrillic => false,
                    _ => true,
                };
            // The cheap tests first: most words are not written like a name.
            if (w.capital || w.script == Script::Arabic)
                && !ambiguous
                && !named.is_empty()
                && named.contains(w.token.norm.as_str())
                && !found.iter().any(|s| s.start < w.token.end && w.token.start < s.end)
            {
                again.push(Span::new(w.token.start, w.token.end, PiiType::Person));
            }
        }
        found.extend(again);
    }
    let mut merged: Vec<Span> = Vec::with_capacity(found.len());
    found.sort_by_key(|s| s.start);
    for span in found {
        if let Some(prev) = merged.last_mut() {
            let mut between = chars[prev.end.min(span.start)..span.start].iter().filter(|c| !c.is_whitespace());
            let only_a_comma = between.next() == Some(&',') && between.next().is_none();
            let given_after_comma = only_a_comma
                && words.iter().any(|w| w.token.start == span.start && w.token.end == span.end && w.is(flag::GIVEN))
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
const COMPOUND_TAILS: [&str; 12] =
    ["الهدي", "الدين", "الله", "الرحمن", "الرحيم", "الكريم", "العزيز", "الهادي", "النبي", "الزهراء", "الاسلام", "الحق"];

/// BAMF, TSSB, AOK: all capitals (two letters or more) and not a listed name.
fn is_acronym(w: &Word) -> bool {
    // Every uppercase or lowercase character is a letter: the tables answer for most, and a word stops at its
    // first letter that is not a capital.
    let mut capitals = 0;
    for &c in w.surface {
        if text::is_uppercase(c) {
            capitals += 1;
        } else if text::is_lowercase(c) || c.is_alphabetic() {
            return false;
        }
    }
    capitals >= 2 && !w.is(flag::NAME)
}

/// Company forms: a name before them is a firm, not a person.
const COMPANY: &[&str] =
    &["gmbh", "ag", "kg", "ev", "ug", "ohg", "gbr", "inc", "ltd", "llc", "mbh", "ggmbh", "co", "se"];

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
    fn every_surname_ending_ends_in_a_listed_last_letter() {
        let endings = SLAVIC_ENDINGS.iter().chain(SLAVIC_SHORT_ENDINGS).chain(LATIN_SURNAME_ENDINGS);
        for e in endings.chain(&ARABIC_SURNAME_ENDINGS) {
            let last = e.chars().next_back().unwrap_or(' ');
            assert!(SURNAME_LAST_LETTERS.contains(&last), "{e}");
        }
    }

    #[test]
    fn skeletons_match_across_scripts_and_spellings() {
        assert_eq!(skeleton("olena"), skeleton(&text::normalize("Олена")));
        assert_eq!(skeleton("mohammed"), skeleton("muhammad"));
        assert_eq!(skeleton("mohammed"), skeleton(&text::normalize("محمد")));
        assert_eq!(skeleton("haddad"), skeleton(&text::normalize("حداد")));
        assert!(skeleton(&text::normalize("Ковалем")).starts_with(&skeleton("koval")));
    }

    #[test]
    fn acronyms_are_two_capitals_or_more_and_no_small_letter() {
        let text_ = "BAMF TSSB AOK A Amira ÄÖÜ ОВД Олена BAMF-Portal IK3 X1 محمد Ⓐⓑ ǅX";
        let chars: Vec<char> = text_.chars().collect();
        for t in text::tokens(text_) {
            let surface = &chars[t.start..t.end];
            let w = Word { token: &t, surface, capital: true, script: Script::Latin, flags: 0 };
            // The definition, letter by letter.
            let letters: Vec<&char> = surface.iter().filter(|c| c.is_alphabetic()).collect();
            let expected = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
            assert_eq!(is_acronym(&w), expected, "{}", t.norm);
        }
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
