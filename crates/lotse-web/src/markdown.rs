//! Article bodies are Markdown written by staff. They are rendered to HTML and then sanitised, so nothing an
//! author types (raw HTML, `javascript:` links, event handlers) reaches a visitor's browser as markup.

/// Markdown → safe HTML. Links open normally but carry `rel="noopener noreferrer"`.
pub fn render(markdown: &str) -> String {
    let options = pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
    let parser = pulldown_cmark::Parser::new_ext(markdown, options);
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .clean(&html)
        .to_string()
}

/// One line of a line-by-line comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffLine {
    Same(String),
    Removed(String),
    Added(String),
}

/// Compares two texts line by line (for the version history).
pub fn diff_lines(old: &str, new: &str) -> Vec<DiffLine> {
    similar::TextDiff::from_lines(old, new)
        .iter_all_changes()
        .map(|change| {
            let text = change.value().trim_end_matches('\n').to_string();
            match change.tag() {
                similar::ChangeTag::Equal => DiffLine::Same(text),
                similar::ChangeTag::Delete => DiffLine::Removed(text),
                similar::ChangeTag::Insert => DiffLine::Added(text),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_rendered_and_scripts_are_removed() {
        let html = render(
            "## Titel\n\n- eins\n- **zwei**\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) [y](https://bamf.de)",
        );
        assert!(html.contains("<h2>Titel</h2>"), "{html}");
        assert!(html.contains("<strong>zwei</strong>"));
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains(r#"href="https://bamf.de""#));
        assert!(html.contains("noopener"));
    }

    #[test]
    fn the_diff_names_removed_and_added_lines() {
        let d = diff_lines("a\nb\nc\n", "a\nB\nc\n");
        assert_eq!(
            d,
            vec![
                DiffLine::Same("a".into()),
                DiffLine::Removed("b".into()),
                DiffLine::Added("B".into()),
                DiffLine::Same("c".into())
            ]
        );
    }
}
