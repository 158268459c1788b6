//! Clients: pseudonymous by default (an alias), with optional personal fields that are sealed together with the
//! client's own data key, and consent records per purpose.

use crate::{ClientId, TenantId, Timestamp, UserId};
use serde::{Deserialize, Serialize};

/// Categories of residence status; the exact title is case detail, not a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResidenceStatus {
    Unknown,
    AsylumSeeker,
    Tolerated,
    TemporaryProtection,
    ResidencePermit,
    SettlementPermit,
    EuCitizen,
    Citizen,
}

/// The optional personal fields. Stored only sealed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClientProfile {
    pub real_name: Option<String>,
    /// ISO date, YYYY-MM-DD.
    pub date_of_birth: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Special category (Art. 9 GDPR: may reveal ethnic origin).
    pub country_of_origin: Option<String>,
    /// Special category in practice (reveals origin and legal situation).
    pub residence_status: Option<ResidenceStatus>,
    pub notes: Option<String>,
}

/// Fields that are special categories of personal data under Art. 9 GDPR (or treated as such).
pub const SPECIAL_CATEGORY_FIELDS: [&str; 2] = ["country_of_origin", "residence_status"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Client {
    pub id: ClientId,
    pub tenant_id: TenantId,
    pub alias: String,
    pub languages: Vec<String>,
    pub data_key_id: String,
    pub created_by: Option<UserId>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub erased_at: Option<Timestamp>,
}

/// A client as stored: the sealed profile is opened by the service, never here.
#[derive(Debug, Clone)]
pub struct StoredClient {
    pub client: Client,
    pub sealed_profile: Option<Vec<u8>>,
}

/// The version of the consent form's wording (the printable forms and the form on the client page).
pub const CONSENT_FORM_VERSION: &str = "2026-11";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentPurpose {
    Counseling,
    AiAssistance,
    ContactEmail,
    ContactPhone,
    ContactMessenger,
    ReferralSharing,
}

impl ConsentPurpose {
    pub const ALL: [ConsentPurpose; 6] = [
        ConsentPurpose::Counseling,
        ConsentPurpose::AiAssistance,
        ConsentPurpose::ContactEmail,
        ConsentPurpose::ContactPhone,
        ConsentPurpose::ContactMessenger,
        ConsentPurpose::ReferralSharing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ConsentPurpose::Counseling => "counseling",
            ConsentPurpose::AiAssistance => "ai_assistance",
            ConsentPurpose::ContactEmail => "contact_email",
            ConsentPurpose::ContactPhone => "contact_phone",
            ConsentPurpose::ContactMessenger => "contact_messenger",
            ConsentPurpose::ReferralSharing => "referral_sharing",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [
            ConsentPurpose::Counseling,
            ConsentPurpose::AiAssistance,
            ConsentPurpose::ContactEmail,
            ConsentPurpose::ContactPhone,
            ConsentPurpose::ContactMessenger,
            ConsentPurpose::ReferralSharing,
        ]
        .into_iter()
        .find(|p| p.as_str() == text)
    }
}

/// Art. 6(1) GDPR legal bases (with Art. 9(2)(a) explicit consent for special categories).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalBasis {
    Consent,
    Contract,
    LegalObligation,
    VitalInterests,
    PublicTask,
    LegitimateInterests,
}

impl LegalBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            LegalBasis::Consent => "consent",
            LegalBasis::Contract => "contract",
            LegalBasis::LegalObligation => "legal_obligation",
            LegalBasis::VitalInterests => "vital_interests",
            LegalBasis::PublicTask => "public_task",
            LegalBasis::LegitimateInterests => "legitimate_interests",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [
            LegalBasis::Consent,
            LegalBasis::Contract,
            LegalBasis::LegalObligation,
            LegalBasis::VitalInterests,
            LegalBasis::PublicTask,
            LegalBasis::LegitimateInterests,
        ]
        .into_iter()
        .find(|b| b.as_str() == text)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Consent {
    pub id: String,
    pub client_id: ClientId,
    pub purpose: ConsentPurpose,
    pub legal_basis: LegalBasis,
    /// Which version of the consent form was shown.
    pub form_version: String,
    /// In which language it was shown.
    pub language: String,
    pub given_at: Timestamp,
    pub withdrawn_at: Option<Timestamp>,
}

impl Consent {
    pub fn is_active(&self) -> bool {
        self.withdrawn_at.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClientInputError {
    #[error("the alias must have 1 to 80 characters")]
    Alias,
    #[error("the date of birth must be a real date YYYY-MM-DD in the past")]
    DateOfBirth,
    #[error("a text field is too long")]
    TooLong(&'static str),
    #[error("languages are two- or three-letter codes")]
    Languages,
}

fn check_len(value: &Option<String>, field: &'static str, max: usize) -> Result<(), ClientInputError> {
    match value {
        Some(text) if text.chars().count() > max || text.chars().any(|c| c.is_control() && c != '\n') => {
            Err(ClientInputError::TooLong(field))
        }
        _ => Ok(()),
    }
}

/// Validates input; trims strings and drops empty ones.
pub fn validate(
    alias: &str,
    languages: &[String],
    profile: &ClientProfile,
    today: &str,
) -> Result<(String, Vec<String>, ClientProfile), ClientInputError> {
    let alias = alias.trim();
    if !(1..=80).contains(&alias.chars().count()) || alias.chars().any(char::is_control) {
        return Err(ClientInputError::Alias);
    }
    let mut codes = Vec::new();
    for language in languages {
        let code = language.trim().to_ascii_lowercase();
        if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(ClientInputError::Languages);
        }
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    let clean = |v: &Option<String>| v.as_ref().map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let profile = ClientProfile {
        real_name: clean(&profile.real_name),
        date_of_birth: clean(&profile.date_of_birth),
        email: clean(&profile.email),
        phone: clean(&profile.phone),
        country_of_origin: clean(&profile.country_of_origin),
        residence_status: profile.residence_status,
        notes: clean(&profile.notes),
    };
    check_len(&profile.real_name, "real_name", 200)?;
    check_len(&profile.email, "email", 254)?;
    check_len(&profile.phone, "phone", 40)?;
    check_len(&profile.country_of_origin, "country_of_origin", 100)?;
    check_len(&profile.notes, "notes", 20_000)?;
    if let Some(date) = &profile.date_of_birth
        && !is_past_date(date, today)
    {
        return Err(ClientInputError::DateOfBirth);
    }
    Ok((alias.to_string(), codes, profile))
}

/// `YYYY-MM-DD`, a real calendar date, not after `today` (same format).
fn is_past_date(date: &str, today: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return false };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>()) else { return false };
    if y < 1900 || !(1..=12).contains(&m) || date.len() != 10 {
        return false;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let max = days.get(usize::try_from(m - 1).unwrap_or(0)).copied().unwrap_or(0);
    (1..=max).contains(&d) && date <= today
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_alias_languages_and_dates() {
        let ok = validate(" Falke ", &["AR".into(), "de".into(), "ar".into()], &ClientProfile::default(), "2026-11-26");
        let Ok((alias, languages, _)) = ok else { unreachable!() };
        assert_eq!(alias, "Falke");
        assert_eq!(languages, vec!["ar", "de"]);
        assert_eq!(validate("", &[], &ClientProfile::default(), "2026-11-26").err(), Some(ClientInputError::Alias));
        assert_eq!(
            validate("x", &["arabic".into()], &ClientProfile::default(), "2026-11-26").err(),
            Some(ClientInputError::Languages)
        );
        for bad in ["2026-02-30", "2027-01-01", "01.02.1990", "1990-13-01"] {
            let profile = ClientProfile { date_of_birth: Some(bad.into()), ..Default::default() };
            assert_eq!(validate("x", &[], &profile, "2026-11-26").err(), Some(ClientInputError::DateOfBirth), "{bad}");
        }
        let profile = ClientProfile { date_of_birth: Some("2024-02-29".into()), ..Default::default() };
        assert!(validate("x", &[], &profile, "2026-11-26").is_ok());
    }
}
