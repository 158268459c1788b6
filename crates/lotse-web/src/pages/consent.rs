//! Consent on paper and on screen: printable consent forms in every interface language, and recording or
//! withdrawing a client's consent from the client page. Withdrawal takes effect at once: every feature checks
//! the consent when it acts (reminders, for example).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use lotse_core::ClientId;
use lotse_core::client::{CONSENT_FORM_VERSION, Consent, ConsentPurpose, LegalBasis};
use lotse_core::policy::Action;
use serde::Deserialize;

use crate::AppState;
use crate::auth::{AuthRejection, Staff};
use crate::ctx::PageCtx;
use crate::errors::{FieldError, WebError};
use crate::i18n::Locale;
use crate::pages::{FormResult, fields, see_other};

pub struct PurposeText {
    pub title: String,
    pub text: String,
}

/// The form's words in the form's language (which may differ from the page's).
pub struct FormText {
    pub lang: &'static str,
    pub dir: &'static str,
    pub title: String,
    pub controller: String,
    pub intro: String,
    pub tick: String,
    pub purposes: Vec<PurposeText>,
    pub voluntary: String,
    pub withdraw: String,
    pub rights: String,
    pub retention: String,
    pub name: String,
    pub place_date: String,
    pub signature: String,
    pub version: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "consent_forms.html")]
pub struct ConsentFormsPage {
    ctx: PageCtx,
    languages: Vec<(&'static str, &'static str, bool)>,
    form: Option<FormText>,
}

#[derive(Debug, Deserialize, Default)]
pub struct FormQuery {
    #[serde(default)]
    lang: String,
}

pub fn form_text(locale: Locale, tenant: &str, retention_days: i64) -> FormText {
    FormText {
        lang: locale.code(),
        dir: locale.dir(),
        title: locale.t("consent-form-title"),
        controller: locale.t_with("consent-form-controller", &[("tenant", tenant.to_string())]),
        intro: locale.t("consent-form-intro"),
        tick: locale.t("consent-form-tick"),
        purposes: ConsentPurpose::ALL
            .iter()
            .map(|p| PurposeText {
                title: locale.t(&format!("consent-purpose-{}-title", p.as_str())),
                text: locale.t(&format!("consent-purpose-{}-text", p.as_str())),
            })
            .collect(),
        voluntary: locale.t("consent-form-voluntary"),
        withdraw: locale.t("consent-form-withdraw"),
        rights: locale.t("consent-form-rights"),
        retention: locale.t_with("consent-form-retention", &[("days", retention_days.to_string())]),
        name: locale.t("consent-form-name"),
        place_date: locale.t("consent-form-place-date"),
        signature: locale.t("consent-form-signature"),
        version: locale.t_with(
            "consent-form-version",
            &[("version", CONSENT_FORM_VERSION.to_string()), ("language", locale.endonym().to_string())],
        ),
    }
}

/// `/consent-forms?lang=ar`: the printable form in that language (a language picker without `lang`).
pub async fn consent_forms(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Query(query): Query<FormQuery>,
) -> Result<ConsentFormsPage, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let chosen = Locale::from_code(query.lang.trim());
    let form = match chosen {
        Some(locale) => {
            let tenant = state.store.tenant(&staff.tenant.id).await.map_err(WebError::from)?;
            Some(form_text(locale, tenant.name.as_str(), tenant.retention_days))
        }
        None => None,
    };
    Ok(ConsentFormsPage {
        languages: Locale::ALL.iter().map(|l| (l.code(), l.endonym(), Some(*l) == chosen)).collect(),
        form,
        ctx: ctx.with_staff(&staff),
    })
}

#[derive(Debug, Deserialize)]
pub struct ConsentForm {
    csrf: String,
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    legal_basis: String,
}

fn invalid(field: &str) -> WebError {
    WebError::InvalidInput(vec![FieldError { field: field.into(), code: "invalid".into() }])
}

/// Records a consent shown on the current form version in the given language.
pub async fn record_consent(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<String>,
    form: FormResult<ConsentForm>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let client = ClientId::parse(&id).ok_or(WebError::NotFound)?;
    state.store.client(&staff.tenant.id, &client).await.map_err(WebError::from)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    let purpose = ConsentPurpose::parse(form.purpose.trim()).ok_or_else(|| invalid("purpose"))?;
    let legal_basis = match form.legal_basis.trim() {
        "" => LegalBasis::Consent,
        other => LegalBasis::parse(other).ok_or_else(|| invalid("legal_basis"))?,
    };
    let language = Locale::from_code(form.language.trim()).ok_or_else(|| invalid("language"))?;
    let consent = Consent {
        id: uuid::Uuid::now_v7().to_string(),
        client_id: client.clone(),
        purpose,
        legal_basis,
        form_version: CONSENT_FORM_VERSION.to_string(),
        language: language.code().to_string(),
        given_at: state.clock.now(),
        withdrawn_at: None,
    };
    state.store.add_consent(&staff.tenant.id, &consent).await.map_err(WebError::from)?;
    state
        .auditor
        .log(
            Some(&staff.tenant.id),
            Some(&staff.user.id),
            "consent.give",
            "client",
            client.as_str(),
            "counseling",
            purpose.as_str(),
        )
        .await
        .map_err(WebError::from)?;
    Ok(see_other(&format!("/clients/{client}#consents")))
}

#[derive(Debug, Deserialize)]
pub struct CsrfOnly {
    csrf: String,
}

/// Withdraws a consent at once.
pub async fn withdraw_consent(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, consent)): Path<(String, String)>,
    form: FormResult<CsrfOnly>,
) -> Result<Response, AuthRejection> {
    staff.require(Action::HandleClientData)?;
    let client = ClientId::parse(&id).ok_or(WebError::NotFound)?;
    let consent = uuid::Uuid::parse_str(&consent).map_err(|_| WebError::NotFound)?.to_string();
    state.store.client(&staff.tenant.id, &client).await.map_err(WebError::from)?;
    let form = fields(form)?;
    staff.check_csrf(&form.csrf)?;
    state
        .store
        .withdraw_consent(&staff.tenant.id, &client, &consent, state.clock.now())
        .await
        .map_err(WebError::from)?;
    state
        .auditor
        .log(
            Some(&staff.tenant.id),
            Some(&staff.user.id),
            "consent.withdraw",
            "client",
            client.as_str(),
            "counseling",
            "",
        )
        .await
        .map_err(WebError::from)?;
    Ok(see_other(&format!("/clients/{client}#consents")))
}
