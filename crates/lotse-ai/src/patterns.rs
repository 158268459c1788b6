//! The small pattern language of the word lists (see `data/README.md`): prefix tokens, `$` exact, `*` contains,
//! tokens in order with at most three tokens between neighbours.

use crate::text::{self, Token};
use aho_corasick::AhoCorasick;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Prefix(String),
    Exact(String),
    Contains(String),
}

impl Part {
    fn parse(raw: &str) -> Option<Part> {
        if let Some(rest) = raw.strip_prefix('*') {
            let n = text::normalize(rest);
            return (!n.is_empty()).then_some(Part::Contains(n));
        }
        if let Some(rest) = raw.strip_suffix('$') {
            let n = text::normalize(rest);
            return (!n.is_empty()).then_some(Part::Exact(n));
        }
        let n = text::normalize(raw);
        (!n.is_empty()).then_some(Part::Prefix(n))
    }

    fn matches_form(&self, form: &str) -> bool {
        match self {
            Part::Prefix(p) => form.starts_with(p.as_str()),
            Part::Exact(p) => form == p,
            Part::Contains(p) => form.contains(p.as_str()),
        }
    }

    fn matches(&self, forms: &text::Variants) -> bool {
        forms.iter().any(|f| self.matches_form(f))
    }
}

/// One entry of a list: the tokens and what it stands for (a section name, or the expansion of a glossary line).
#[derive(Debug, Clone)]
pub struct Pattern {
    parts: Vec<Part>,
    pub payload: String,
}

/// A match: which pattern, and which tokens (indices into the token list, first and last).
#[derive(Debug, Clone, Copy)]
pub struct Hit<'a> {
    pub pattern: &'a Pattern,
    pub first: usize,
    pub last: usize,
}

/// A set of patterns. Candidates come from one Aho-Corasick pass over the tokens' forms, joined as
/// `\0form\0form\0…`: a prefix part is the needle `\0prefix`, an exact part `\0word\0`, a "contains" part the
/// bare needle; every candidate is then checked in full.
#[derive(Debug, Default)]
pub struct PatternSet {
    patterns: Vec<Pattern>,
    /// Needle → the patterns whose first part it stands for.
    needles: HashMap<String, Vec<usize>>,
    automaton: OnceLock<Option<(AhoCorasick, Vec<Vec<usize>>)>>,
}

const MAX_GAP: usize = 3;

/// Buffers `PatternSet::find` reuses from call to call on one thread (every client message and note goes
/// through it, most of them short).
#[derive(Default)]
struct Scratch {
    joined: String,
    starts: Vec<(usize, usize)>,
    candidates: Vec<(usize, usize)>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

impl PatternSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one pattern line; lines that normalise to nothing are skipped.
    pub fn add(&mut self, line: &str, payload: &str) {
        let parts: Vec<Part> = line.split_whitespace().filter_map(Part::parse).collect();
        let Some(first) = parts.first() else { return };
        let needle = match first {
            Part::Prefix(p) => format!("\0{p}"),
            Part::Exact(p) => format!("\0{p}\0"),
            Part::Contains(p) => p.clone(),
        };
        self.needles.entry(needle).or_default().push(self.patterns.len());
        self.automaton = OnceLock::new();
        self.patterns.push(Pattern { parts, payload: payload.to_string() });
    }

    /// A list file with `[section]` headers: every pattern gets its section name as payload.
    pub fn add_sectioned(&mut self, source: &str) {
        let mut section = String::new();
        for line in source.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name.trim().to_string();
                continue;
            }
            self.add(line, &section);
        }
    }

    /// A list of `pattern<TAB>payload` lines (the payload may be empty).
    pub fn add_tabbed(&mut self, source: &str) {
        for line in source.lines() {
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let (pattern, payload) = line.split_once('\t').unwrap_or((line, ""));
            self.add(pattern.trim(), payload.trim());
        }
    }

    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    // A token's forms are made where a candidate is checked, not for every token: candidates are few.
    fn continue_match(parts: &[Part], tokens: &[Token], after: usize) -> Option<usize> {
        let Some((part, rest)) = parts.split_first() else { return Some(after) };
        let end = (after + 1 + MAX_GAP).min(tokens.len());
        for j in after + 1..end {
            if part.matches(&text::variants(&tokens[j].norm))
                && let Some(last) = Self::continue_match(rest, tokens, j)
            {
                return Some(last);
            }
        }
        None
    }

    fn try_at<'a>(&'a self, index: usize, tokens: &[Token], i: usize, out: &mut Vec<Hit<'a>>) {
        let pattern = &self.patterns[index];
        let Some((first, rest)) = pattern.parts.split_first() else { return };
        if first.matches(&text::variants(&tokens[i].norm))
            && let Some(last) = Self::continue_match(rest, tokens, i)
        {
            out.push(Hit { pattern, first: i, last });
        }
    }

    fn automaton(&self) -> Option<&(AhoCorasick, Vec<Vec<usize>>)> {
        self.automaton
            .get_or_init(|| {
                let (needles, patterns): (Vec<&String>, Vec<Vec<usize>>) =
                    self.needles.iter().map(|(n, p)| (n, p.clone())).unzip();
                // A DFA is the fastest to search but grows with the needles: the health list (~700) gets one; the
                // guard's lists (~2,000 a language) get the library's choice, which builds faster and smaller.
                let kind = (needles.len() <= 1_000).then_some(aho_corasick::AhoCorasickKind::DFA);
                (!needles.is_empty())
                    .then(|| AhoCorasick::builder().kind(kind).build(needles).ok().map(|ac| (ac, patterns)))
                    .flatten()
            })
            .as_ref()
    }

    /// Every match in the tokens, in token order.
    pub fn find<'a>(&'a self, tokens: &[Token]) -> Vec<Hit<'a>> {
        let mut out = Vec::new();
        let Some((ac, patterns_of)) = self.automaton() else { return out };
        SCRATCH.with_borrow_mut(|scratch| {
            let Scratch { joined, starts, candidates } = scratch;
            joined.clear();
            starts.clear();
            candidates.clear();
            // Every form of every token, each between NULs (no token holds one); `starts` maps back to the token.
            for (i, t) in tokens.iter().enumerate() {
                if text::may_have_variants(&t.norm) {
                    for form in text::variants(&t.norm).iter() {
                        starts.push((joined.len(), i));
                        joined.push('\0');
                        joined.push_str(form);
                    }
                } else {
                    starts.push((joined.len(), i));
                    joined.push('\0');
                    joined.push_str(&t.norm);
                }
            }
            joined.push('\0');
            for m in ac.find_overlapping_iter(joined.as_str()) {
                // The form the match starts in (a leading NUL belongs to the form after it).
                let at = starts.partition_point(|&(s, _)| s <= m.start()).saturating_sub(1);
                let token = starts[at].1;
                candidates.extend(patterns_of[m.pattern().as_usize()].iter().map(|&p| (token, p)));
            }
            candidates.sort_unstable();
            candidates.dedup();
            for &(token, index) in candidates.iter() {
                self.try_at(index, tokens, token, &mut out);
            }
            // A long document's buffers are not kept for the next short one.
            if joined.capacity() > 1 << 16 {
                *scratch = Scratch::default();
            }
        });
        out
    }

    /// Whether any pattern with this payload matches.
    pub fn any(&self, tokens: &[Token], payload: &str) -> bool {
        self.find(tokens).iter().any(|h| h.pattern.payload == payload)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(lines: &[(&str, &str)]) -> PatternSet {
        let mut s = PatternSet::new();
        for (l, p) in lines {
            s.add(l, p);
        }
        s
    }

    #[test]
    fn prefix_exact_contains_and_gaps() {
        let s = set(&[("abschieb", "a"), ("ich$", "b"), ("*versicherung", "c"), ("schlägt mich", "d")]);
        let t =
            text::tokens("Werde ich abgeschoben? Die Abschiebung! Krankenversicherungskarte; er schlägt oft auch mich");
        let payloads: Vec<&str> = s.find(&t).iter().map(|h| h.pattern.payload.as_str()).collect();
        assert_eq!(payloads, vec!["b", "a", "c", "d"]);
        let t = text::tokens("ichbin");
        assert!(s.find(&t).is_empty());
        let t = text::tokens("er schlägt eins zwei drei vier mich");
        assert!(!s.any(&t, "d"), "more than three tokens apart");
    }

    #[test]
    fn arabic_patterns_match_with_proclitics() {
        let s = set(&[("بيت", "x")]);
        assert!(s.any(&text::tokens("ذهبت والبيت"), "x"));
    }

    #[test]
    fn sections_become_payloads() {
        let mut s = PatternSet::new();
        s.add_sectioned("# c\n[urgent]\nschlägt mich\n\n[domain]\njobcenter\n");
        assert_eq!(s.len(), 2);
        assert!(s.any(&text::tokens("Das Jobcenter"), "domain"));
    }
}
