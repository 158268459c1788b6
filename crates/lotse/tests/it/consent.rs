//! Consent on the client page and the printable consent forms.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{TestApp, hidden_field, session_cookie};
use axum::http::StatusCode;
use lotse_core::Role;

#[tokio::test]
async fn consents_are_recorded_and_withdrawn_on_the_client_page_and_forms_print_in_every_language() {
    let app = TestApp::new().await;
    app.user_with_password(
        "Beratung Einwilligung",
        "einw@einw.example",
        Role::Counselor,
        "a sufficiently long password",
        false,
    )
    .await;
    let login = app
        .post_form("/login", &[("email", "einw@einw.example"), ("password", "a sufficiently long password")], None)
        .await;
    let cookie = session_cookie(&login).unwrap();
    let csrf = hidden_field(&app.get_cookie("/clients", &cookie).await.body, "csrf");
    let created = app
        .post_form("/clients", &[("csrf", &csrf), ("alias", "Zaunkönig"), ("languages", "fa, de")], Some(&cookie))
        .await;
    let client_path = created.header("location").to_string();
    let page = app.get_cookie(&client_path, &cookie).await;
    // The client's first language is preselected for the form.
    assert!(page.body.contains(r#"<option value="fa" lang="fa" selected>"#), "{}", page.body);

    // Bad input changes nothing.
    for bad in [[("purpose", "marketing"), ("language", "fa")], [("purpose", "contact_email"), ("language", "xx")]] {
        let mut fields = vec![("csrf", csrf.as_str())];
        fields.extend(bad);
        let refused = app.post_form(&format!("{client_path}/consents"), &fields, Some(&cookie)).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let recorded = app
        .post_form(
            &format!("{client_path}/consents"),
            &[("csrf", &csrf), ("purpose", "contact_email"), ("language", "fa")],
            Some(&cookie),
        )
        .await;
    assert_eq!(recorded.status, StatusCode::SEE_OTHER, "{}", recorded.body);
    let page = app.get_cookie(&client_path, &cookie).await;
    assert!(page.body.contains("2026-11 · fa"), "form version and language are shown");
    let consent_action = page.body.split("/consents/").nth(1).unwrap().split('/').next().unwrap().to_string();

    let withdrawn = app
        .post_form(&format!("{client_path}/consents/{consent_action}/withdraw"), &[("csrf", &csrf)], Some(&cookie))
        .await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    let page = app.get_cookie(&client_path, &cookie).await;
    assert!(!page.body.contains("/withdraw"), "no active consent left to withdraw");

    // The printable form: in the chosen language and direction, naming the tenant, with every purpose.
    let picker = app.get_cookie("/consent-forms", &cookie).await;
    assert_eq!(picker.status, StatusCode::OK);
    assert!(!picker.body.contains("consent-form\""), "no form before a language is chosen");
    for (lang, dir) in
        [("de", "ltr"), ("en", "ltr"), ("ar", "rtl"), ("fa", "rtl"), ("ru", "ltr"), ("tr", "ltr"), ("uk", "ltr")]
    {
        let form = app.get_cookie(&format!("/consent-forms?lang={lang}"), &cookie).await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(form.body.contains(&format!(r#"<article class="consent-form" lang="{lang}" dir="{dir}">"#)), "{lang}");
        assert!(form.body.contains("Beratung Einwilligung"), "{lang}: the controller is named");
        assert_eq!(form.body.matches("class=\"box\"").count(), 6, "{lang}: one box per purpose");
        assert!(form.body.contains("1095"), "{lang}: the tenant's retention period");
        assert!(!form.body.contains("consent-purpose-"), "{lang}: no missing translation keys");
    }
}
