//! Passages for result lists. Instead of re-analysing each hit's whole text (stemming it again was most of the
//! search time in the benchmark), words are compared with the query's stems by prefix: a Snowball stem is, for
//! the languages we stem, a prefix of the lower-cased word in nearly every case ("aufenthaltstitel" of
//! "Aufenthaltstitels"). Typo-matched words are not marked; the passage then starts at the summary.

/// The passage with the most query words, at most `max_chars` long, as plain text and as escaped HTML with the
/// matches in `<mark>`. Looks in the summary first, then the body.
pub fn best_passage(summary: &str, body: &str, stems: &[String], max_chars: usize) -> (String, String) {
    let stems: Vec<&str> = stems.iter().map(String::as_str).filter(|s| s.chars().count() >= 2).collect();
    for text in [summary, body] {
        if let Some(found) = passage(text, &stems, max_chars) {
            return found;
        }
    }
    let plain = cut(summary, 0, max_chars);
    let html = escape(&plain);
    (plain, html)
}

struct Word {
    start: usize,
    end: usize,
    hit: bool,
}

fn words(text: &str, stems: &[&str]) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            let lower = text[s..i].to_lowercase();
            let hit = stems.iter().any(|stem| lower.starts_with(stem));
            out.push(Word { start: s, end: i, hit });
        }
    }
    out
}

fn passage(text: &str, stems: &[&str], max_chars: usize) -> Option<(String, String)> {
    let words = words(text, stems);
    let first_hit = words.iter().position(|w| w.hit)?;
    // Start a few words before the first match so it has context, on a word boundary.
    let from_word = first_hit.saturating_sub(6);
    let start = if from_word == 0 { 0 } else { words[from_word].start };
    let plain = cut(text, start, max_chars);
    let end = start + plain.trim_end_matches('…').len();
    let mut html = String::new();
    if start > 0 {
        html.push('…');
    }
    let mut at = start;
    for w in words.iter().filter(|w| w.start >= start && w.end <= end) {
        html.push_str(&escape(&text[at..w.start]));
        if w.hit {
            html.push_str("<mark>");
            html.push_str(&escape(&text[w.start..w.end]));
            html.push_str("</mark>");
        } else {
            html.push_str(&escape(&text[w.start..w.end]));
        }
        at = w.end;
    }
    html.push_str(&escape(&text[at..end]));
    if plain.ends_with('…') {
        html.push('…');
    }
    let plain = if start > 0 { format!("…{plain}") } else { plain };
    Some((plain, html))
}

/// Up to `max_chars` characters from byte `start`, cut at a word boundary, with "…" when cut.
fn cut(text: &str, start: usize, max_chars: usize) -> String {
    let rest = text.get(start..).unwrap_or("");
    let rest = rest.replace('\n', " ");
    if rest.chars().count() <= max_chars {
        return rest.trim().to_string();
    }
    let mut end = rest.char_indices().nth(max_chars).map(|(i, _)| i).unwrap_or(rest.len());
    if let Some(space) = rest[..end].rfind(' ') {
        end = space;
    }
    format!("{}…", rest[..end].trim_end())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_passage_marks_inflected_forms_and_escapes_html() {
        let stems = vec!["aufenthaltstitel".to_string()];
        let body = "Einleitung <b>. Den Aufenthaltstitels verlängert die Ausländerbehörde.";
        let (plain, html) = best_passage("Kurz.", body, &stems, 200);
        assert!(plain.contains("Aufenthaltstitels"), "{plain}");
        assert!(html.contains("<mark>Aufenthaltstitels</mark>"), "{html}");
        assert!(html.contains("&lt;b&gt;"), "{html}");
    }

    #[test]
    fn without_a_match_the_summary_is_the_passage() {
        let (plain, html) = best_passage("Die Zusammenfassung.", "Text.", &["xyz".to_string()], 200);
        assert_eq!(plain, "Die Zusammenfassung.");
        assert_eq!(html, "Die Zusammenfassung.");
    }

    #[test]
    fn long_texts_are_cut_at_a_word() {
        let body = format!("{} Treffer am Ende", "Wort ".repeat(100));
        let (plain, html) = best_passage("", &body, &["treffer".to_string()], 40);
        assert!(plain.starts_with('…') && plain.contains("Treffer"), "{plain}");
        assert!(html.contains("<mark>Treffer</mark>"));
    }
}
