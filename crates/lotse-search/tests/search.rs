//! The search finds what counselors and visitors type: inflected forms, typos, other scripts.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use lotse_core::ArticleId;
use lotse_core::case::Topic;
use lotse_core::knowledge::{
    Article, ArticleStatus, ArticleVersion, ContentLang, Jurisdiction, LegalReference, Translation,
};
use lotse_search::{SearchIndex, SearchRequest};

fn at() -> jiff::Timestamp {
    "2026-11-26T08:00:00Z".parse().unwrap()
}

fn article(slug: &str, topic: Topic, title: &str, body: &str, translations: &[(ContentLang, &str, &str)]) -> Article {
    Article {
        id: Some(ArticleId::generate()),
        slug: slug.into(),
        topic,
        jurisdiction: Jurisdiction::Federal,
        jurisdiction_area: None,
        status: ArticleStatus::Published,
        published_version: Some(1),
        review_due: Some(jiff::civil::date(2027, 11, 26)),
        versions: vec![ArticleVersion {
            version: 1,
            title: title.into(),
            summary: format!("{title}. Kurz erklärt."),
            body: body.into(),
            legal_references: vec![LegalReference {
                law: "AufenthG".into(),
                section: "§ 44".into(),
                url: "https://www.gesetze-im-internet.de/aufenthg_2004/__44.html".into(),
            }],
            sources: vec![],
            author: "Test".into(),
            created_at: at(),
        }],
        reviews: vec![],
        translations: translations
            .iter()
            .map(|(lang, title, body)| Translation {
                lang: *lang,
                revision: 1,
                source_version: 1,
                title: (*title).into(),
                summary: (*title).into(),
                body: (*body).into(),
                translator: "Test".into(),
                created_at: at(),
            })
            .collect(),
    }
}

fn corpus() -> Vec<Article> {
    vec![
        article(
            "integrationskurs",
            Topic::LanguageCourse,
            "Integrationskurs: Anmeldung",
            "Der Integrationskurs besteht aus einem Sprachkurs und einem Orientierungskurs. Das BAMF entscheidet.",
            &[(
                ContentLang::Ar,
                "دورة الاندماج: التسجيل",
                "تتكون دورة الاندماج من دورة لغة ودورة توجيه. يقرر المكتب الاتحادي للهجرة واللاجئين.",
            )],
        ),
        article(
            "aufenthaltstitel-verlaengern",
            Topic::Residence,
            "Aufenthaltstitel verlängern",
            "Den Aufenthaltstitel verlängert die Ausländerbehörde. Beantragen Sie die Verlängerung rechtzeitig.",
            &[(ContentLang::En, "Extending a residence permit", "The immigration office extends the permit.")],
        ),
        article(
            "kindergeld",
            Topic::Family,
            "Kindergeld beantragen",
            "Kindergeld zahlt die Familienkasse. Den Antrag stellen Eltern schriftlich.",
            &[],
        ),
    ]
}

fn index() -> SearchIndex {
    let index = SearchIndex::new().unwrap();
    index.rebuild(&corpus(), &|_, _| {}).unwrap();
    index
}

fn slugs(index: &SearchIndex, request: SearchRequest) -> Vec<(String, ContentLang)> {
    index.search(&request).unwrap().hits.into_iter().map(|h| (h.slug, h.lang)).collect()
}

#[test]
fn a_swapped_letter_still_finds_integrationskurs() {
    let found =
        slugs(&index(), SearchRequest { lang: Some(ContentLang::De), ..SearchRequest::new("Intergationskurs") });
    assert_eq!(found.first().map(|f| f.0.as_str()), Some("integrationskurs"), "{found:?}");
}

#[test]
fn the_genitive_finds_the_nominative() {
    let found =
        slugs(&index(), SearchRequest { lang: Some(ContentLang::De), ..SearchRequest::new("Aufenthaltstitels") });
    assert_eq!(found.first().map(|f| f.0.as_str()), Some("aufenthaltstitel-verlaengern"), "{found:?}");
}

#[test]
fn an_arabic_query_finds_the_arabic_translation() {
    let found = slugs(&index(), SearchRequest::new("دورات الاندماج"));
    assert_eq!(found.first(), Some(&("integrationskurs".to_string(), ContentLang::Ar)), "{found:?}");
}

#[test]
fn a_legal_reference_finds_the_article_citing_it() {
    let results = index().search(&SearchRequest::new("§ 44 AufenthG")).unwrap();
    assert!(!results.hits.is_empty());
}

#[test]
fn filters_facets_snippets_and_nothing_for_nonsense() {
    let index = index();
    let mut request = SearchRequest { facets: true, ..SearchRequest::new("Kindergeld Familienkasse") };
    let results = index.search(&request).unwrap();
    assert_eq!(results.hits[0].slug, "kindergeld");
    assert!(results.hits[0].snippet_html.contains("<mark>"), "{}", results.hits[0].snippet_html);
    assert!(results.facets.topic.iter().any(|(t, n)| t == "family" && *n >= 1));
    request.topic = Some(Topic::Residence);
    assert!(index.search(&request).unwrap().hits.is_empty());
    assert!(index.search(&SearchRequest::new("Quxzpl")).unwrap().hits.is_empty());
    assert!(index.search(&SearchRequest::new("  ,,, ")).unwrap().hits.is_empty());
}

#[test]
fn updates_replace_the_article_and_unpublished_ones_leave() {
    let index = index();
    let mut a = corpus().remove(2);
    a.id = index.search(&SearchRequest::new("Kindergeld")).unwrap().hits[0]
        .article_id
        .parse()
        .ok()
        .and_then(|s: String| ArticleId::parse(&s));
    a.status = ArticleStatus::Archived;
    index.update(&a).unwrap();
    assert!(index.search(&SearchRequest::new("Kindergeld")).unwrap().hits.is_empty());
}
