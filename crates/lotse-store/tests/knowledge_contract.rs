//! Knowledge storage and the review workflow on a real database (SQLite file or PostgreSQL, whichever the test
//! run uses): lossless round trip of the seed content, versions, sign-offs, conflicts.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use lotse_core::case::Topic;
use lotse_core::knowledge::{Article, ArticleStatus, ContentLang, Jurisdiction, KnowledgeDocument, ReviewDecision};
use lotse_core::knowledge_service::{ArticleIndex, ArticleText, KnowledgeError, KnowledgeService, NewArticle, export};
use lotse_core::password::PasswordHashString;
use lotse_core::tenant::TenantName;
use lotse_core::user::{NewUser, User};
use lotse_core::{Email, Role, Store, Timestamp};
use lotse_store::testing::fresh_database;
use std::sync::Mutex;

#[derive(Default)]
struct RecordingIndex(Mutex<Vec<String>>);

impl ArticleIndex for RecordingIndex {
    fn article_changed(&self, article: &Article) {
        self.0.lock().unwrap().push(format!("{}:{}", article.slug, article.status.as_str()));
    }
}

fn seed(name: &str) -> KnowledgeDocument {
    let path = format!("{}/../../seed/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

const SEEDS: [&str; 5] =
    ["articles-1.json", "articles-2.json", "articles-3.json", "articles-4.json", "directory-rumours.json"];

#[tokio::test]
async fn export_import_export_gives_identical_json() {
    let first = fresh_database().await;
    let index = RecordingIndex::default();
    let service = KnowledgeService { store: first.store.as_ref(), index: &index };
    let mut counts = (0, 0, 0);
    for name in SEEDS {
        let (a, d, r) = service.import(seed(name)).await.unwrap();
        counts = (counts.0 + a, counts.1 + d, counts.2 + r);
    }
    assert!(counts.0 >= 36 && counts.1 >= 30 && counts.2 >= 10, "{counts:?}");
    assert_eq!(index.0.lock().unwrap().len(), counts.0);
    let exported = serde_json::to_string_pretty(&export(first.store.as_ref()).await.unwrap()).unwrap();

    let second = fresh_database().await;
    let service = KnowledgeService { store: second.store.as_ref(), index: &index };
    service.import(serde_json::from_str(&exported).unwrap()).await.unwrap();
    let again = serde_json::to_string_pretty(&export(second.store.as_ref()).await.unwrap()).unwrap();
    assert_eq!(exported, again);

    // Importing the same again changes nothing: the slugs are taken, the whole import is refused.
    let before = export(second.store.as_ref()).await.unwrap();
    let err = service.import(serde_json::from_str(&exported).unwrap()).await.unwrap_err();
    assert!(matches!(err, KnowledgeError::Store(lotse_core::StoreError::Conflict(_))), "{err:?}");
    assert_eq!(export(second.store.as_ref()).await.unwrap(), before);
}

#[tokio::test]
async fn a_broken_document_is_refused_whole_with_the_field_named() {
    let db = fresh_database().await;
    let index = RecordingIndex::default();
    let service = KnowledgeService { store: db.store.as_ref(), index: &index };
    let mut doc = seed("articles-1.json");
    doc.articles[4].versions[0].title = String::new();
    let err = service.import(doc).await.unwrap_err();
    match err {
        KnowledgeError::Invalid(invalid) => assert_eq!(invalid.field, "articles[4].versions[0].title"),
        other => panic!("{other:?}"),
    }
    let mut doc = seed("directory-rumours.json");
    doc.rumours[0].articles.push("no-such-article".into());
    assert!(matches!(service.import(doc).await, Err(KnowledgeError::Invalid(_))));
    assert!(db.store.articles().await.unwrap().is_empty());
    assert!(db.store.services().await.unwrap().is_empty());
}

async fn user(store: &dyn Store, email: &str, role: Role) -> User {
    let tenant = store.create_tenant(&TenantName::parse(email).unwrap(), Timestamp(1)).await.unwrap();
    store
        .create_user(
            &NewUser {
                tenant_id: tenant.id,
                email: Email::parse(email).unwrap(),
                display_name: format!("{role:?} {email}"),
                role,
                password_hash: PasswordHashString("$argon2id$x".into()),
            },
            Timestamp(1),
        )
        .await
        .unwrap()
}

fn text(title: &str) -> ArticleText {
    ArticleText {
        title: title.into(),
        summary: "Kurz.".into(),
        body: "## Text\n\nInhalt.".into(),
        legal_references: vec![],
        sources: vec![],
    }
}

#[tokio::test]
async fn only_a_legal_reviewer_publishes_and_every_version_is_kept() {
    let db = fresh_database().await;
    let store = db.store.as_ref();
    let index = RecordingIndex::default();
    let service = KnowledgeService { store, index: &index };
    let counselor = user(store, "c@example.org", Role::Counselor).await;
    let lawyer = user(store, "l@example.org", Role::LegalReviewer).await;
    let now = Timestamp(1_795_000_000_000);
    let new = NewArticle {
        slug: "probe".into(),
        topic: Topic::Housing,
        jurisdiction: Jurisdiction::Municipality,
        jurisdiction_area: Some("Halle (Saale)".into()),
        text: text("Erste Fassung"),
    };
    let a = service.draft(&counselor, new, now).await.unwrap();
    let id = a.id.clone().unwrap();
    let a = service.revise(&counselor, &id, 1, text("Zweite Fassung"), now).await.unwrap();
    assert_eq!(a.versions.len(), 2);
    // A stale form (based on version 1) does not overwrite version 2.
    assert!(matches!(service.revise(&counselor, &id, 1, text("Alt"), now).await, Err(KnowledgeError::Stale)));
    // Not submitted yet, and a counselor may not publish anyway.
    assert!(matches!(service.publish(&counselor, &id, 2, None, "", now).await, Err(KnowledgeError::NotAllowed)));
    assert!(matches!(service.publish(&lawyer, &id, 2, None, "", now).await, Err(KnowledgeError::WrongStatus(_))));
    service.submit(&counselor, &id).await.unwrap();
    let a = service.publish(&lawyer, &id, 2, None, "geprüft", now).await.unwrap();
    assert_eq!(a.status, ArticleStatus::Published);
    assert_eq!(a.published_version, Some(2));
    let sign_off = a.sign_off().unwrap();
    assert_eq!((sign_off.version, sign_off.decision), (2, ReviewDecision::Published));
    assert_eq!(sign_off.reviewer_id.as_deref(), Some(lawyer.id.as_str()));
    assert_eq!(a.review_due, Some(jiff::civil::date(2027, 11, 18)));

    // A translation, then a new German version: the portal keeps version 2 until it is signed off again, and the
    // translation shows as outdated after that.
    service.translate(&counselor, &id, ContentLang::En, "Second", "Short.", "Body.", now).await.unwrap();
    service.revise(&counselor, &id, 2, text("Dritte Fassung"), now).await.unwrap();
    service.submit(&counselor, &id).await.unwrap();
    let a = store.article(&id).await.unwrap();
    assert_eq!(a.published_text(ContentLang::De).unwrap().title, "Zweite Fassung");
    assert!(!a.published_text(ContentLang::En).unwrap().outdated);
    let a = service.publish(&lawyer, &id, 3, None, "", now).await.unwrap();
    assert_eq!(a.published_text(ContentLang::De).unwrap().title, "Dritte Fassung");
    assert!(a.published_text(ContentLang::En).unwrap().outdated);
    assert_eq!(
        a.versions.iter().map(|v| v.title.as_str()).collect::<Vec<_>>(),
        ["Erste Fassung", "Zweite Fassung", "Dritte Fassung"]
    );

    // Returning needs a comment and puts the article back to draft; archiving takes it off the portal.
    service.revise(&counselor, &id, 3, text("Vierte"), now).await.unwrap();
    service.submit(&counselor, &id).await.unwrap();
    assert!(matches!(service.return_to_author(&lawyer, &id, " ", now).await, Err(KnowledgeError::Invalid(_))));
    let a = service.return_to_author(&lawyer, &id, "Quelle fehlt", now).await.unwrap();
    assert_eq!(a.status, ArticleStatus::Draft);
    assert_eq!(a.published_version, Some(3));
    let a = service.archive(&lawyer, &id).await.unwrap();
    assert!(a.published().is_none());
    assert_eq!(index.0.lock().unwrap().last().map(String::as_str), Some("probe:archived"));
}
