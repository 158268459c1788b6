//! Clients and their consents (roles that handle client data). Every read and write is audited with its
//! purpose; personal fields travel only over this authenticated API and are sealed at rest.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use lotse_core::client::{
    Client, ClientInputError, ClientProfile, Consent, ConsentPurpose, LegalBasis, ResidenceStatus,
};
use lotse_core::client_service::{self, ClientError, ClientExport, NewClientInput};
use lotse_core::keyring::KeyError;
use lotse_core::policy::Action;
use lotse_core::{ClientId, PageRequest};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::api::auth::ApiPrincipal;
use crate::api::json::ApiJson;
use crate::api::users::Paging;
use crate::errors::{ErrorBody, FieldError, WebError};

impl From<ClientError> for WebError {
    fn from(error: ClientError) -> Self {
        let field =
            |name: &str| WebError::InvalidInput(vec![FieldError { field: name.into(), code: "invalid".into() }]);
        match error {
            ClientError::Input(ClientInputError::Alias) => field("alias"),
            ClientError::Input(ClientInputError::DateOfBirth) => field("date_of_birth"),
            ClientError::Input(ClientInputError::Languages) => field("languages"),
            ClientError::Input(ClientInputError::TooLong(name)) => {
                WebError::InvalidInput(vec![FieldError { field: name.into(), code: "too_long".into() }])
            }
            ClientError::Store(store) => store.into(),
            ClientError::Key(KeyError::Destroyed) => WebError::NotFound,
            ClientError::Key(other) => WebError::Internal(other.to_string()),
            ClientError::Corrupt => WebError::Internal("sealed client profile does not decode".into()),
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewClient {
    /// A pseudonym, 1 to 80 characters; the only required field.
    pub alias: String,
    pub real_name: Option<String>,
    /// YYYY-MM-DD.
    pub date_of_birth: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// ISO 639 codes, e.g. ["ar", "de"].
    #[serde(default)]
    pub languages: Vec<String>,
    /// Special category (Art. 9 GDPR).
    pub country_of_origin: Option<String>,
    /// Special category in practice.
    #[schema(value_type = Option<String>, example = "residence_permit")]
    pub residence_status: Option<ResidenceStatus>,
    pub notes: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ClientOut {
    pub id: String,
    pub alias: String,
    pub languages: Vec<String>,
    pub created_at: i64,
    pub real_name: Option<String>,
    pub date_of_birth: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub country_of_origin: Option<String>,
    #[schema(value_type = Option<String>)]
    pub residence_status: Option<ResidenceStatus>,
    pub notes: Option<String>,
    pub consents: Vec<ConsentOut>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ConsentOut {
    pub id: String,
    /// counseling, ai_assistance, contact_email, contact_phone, contact_messenger, referral_sharing.
    pub purpose: String,
    pub legal_basis: String,
    pub form_version: String,
    pub language: String,
    pub given_at: i64,
    pub withdrawn_at: Option<i64>,
}

impl From<&Consent> for ConsentOut {
    fn from(consent: &Consent) -> Self {
        Self {
            id: consent.id.clone(),
            purpose: consent.purpose.as_str().into(),
            legal_basis: consent.legal_basis.as_str().into(),
            form_version: consent.form_version.clone(),
            language: consent.language.clone(),
            given_at: consent.given_at.as_millis(),
            withdrawn_at: consent.withdrawn_at.map(|t| t.as_millis()),
        }
    }
}

fn client_out(client: &Client, profile: ClientProfile, consents: &[Consent]) -> ClientOut {
    ClientOut {
        id: client.id.to_string(),
        alias: client.alias.clone(),
        languages: client.languages.clone(),
        created_at: client.created_at.as_millis(),
        real_name: profile.real_name,
        date_of_birth: profile.date_of_birth,
        email: profile.email,
        phone: profile.phone,
        country_of_origin: profile.country_of_origin,
        residence_status: profile.residence_status,
        notes: profile.notes,
        consents: consents.iter().map(ConsentOut::from).collect(),
    }
}

async fn audit(
    state: &AppState,
    principal: &ApiPrincipal,
    action: &str,
    client: &str,
    purpose: &str,
) -> Result<(), WebError> {
    state
        .auditor
        .log(Some(&principal.tenant.id), Some(&principal.user.id), action, "client", client, purpose, "api")
        .await?;
    Ok(())
}

fn parse_id(id: &str) -> Result<ClientId, WebError> {
    ClientId::parse(id).ok_or(WebError::NotFound)
}

/// Creates a client. Only the alias is required; every other field is sealed with the client's own key.
#[utoipa::path(post, path = "/api/v1/clients", tag = "clients", security(("bearer" = [])), request_body = NewClient,
    responses((status = 201, body = ClientOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create_client(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    input: Result<ApiJson<NewClient>, WebError>,
) -> Result<(StatusCode, Json<ClientOut>), WebError> {
    principal.require(Action::HandleClientData)?;
    let ApiJson(input) = input?;
    let now = state.clock.now();
    let today = crate::pages::audit::format_time(now);
    let input = NewClientInput {
        alias: input.alias,
        languages: input.languages,
        profile: ClientProfile {
            real_name: input.real_name,
            date_of_birth: input.date_of_birth,
            email: input.email,
            phone: input.phone,
            country_of_origin: input.country_of_origin,
            residence_status: input.residence_status,
            notes: input.notes,
        },
    };
    let (client, profile) = client_service::create_client(
        state.store.as_ref(),
        &state.keyring,
        &principal.tenant.id,
        Some(&principal.user.id),
        &input,
        now,
        today.get(..10).unwrap_or("9999-12-31"),
    )
    .await?;
    audit(&state, &principal, "client.create", client.id.as_str(), "counseling").await?;
    Ok((StatusCode::CREATED, Json(client_out(&client, profile, &[]))))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ClientSummary {
    pub id: String,
    pub alias: String,
    pub languages: Vec<String>,
    pub created_at: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ClientList {
    pub items: Vec<ClientSummary>,
    pub total: u64,
    pub offset: u32,
    pub limit: u32,
}

/// Lists clients by alias, newest first (no personal fields).
#[utoipa::path(get, path = "/api/v1/clients", tag = "clients", security(("bearer" = [])), params(Paging),
    responses((status = 200, body = ClientList), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn list_clients(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Query(paging): Query<Paging>,
) -> Result<Json<ClientList>, WebError> {
    principal.require(Action::HandleClientData)?;
    let page = PageRequest::new(paging.offset.unwrap_or(0), paging.limit.unwrap_or(PageRequest::DEFAULT_LIMIT));
    let result = state.store.list_clients(&principal.tenant.id, page).await?;
    audit(&state, &principal, "client.list", "", "counseling").await?;
    Ok(Json(ClientList {
        items: result
            .items
            .iter()
            .map(|c| ClientSummary {
                id: c.id.to_string(),
                alias: c.alias.clone(),
                languages: c.languages.clone(),
                created_at: c.created_at.as_millis(),
            })
            .collect(),
        total: result.total,
        offset: result.offset,
        limit: result.limit,
    }))
}

/// One client with the personal fields and consents.
#[utoipa::path(get, path = "/api/v1/clients/{id}", tag = "clients", security(("bearer" = [])),
    params(("id" = String, Path, description = "Client id")),
    responses((status = 200, body = ClientOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn get_client(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
) -> Result<Json<ClientOut>, WebError> {
    principal.require(Action::HandleClientData)?;
    let id = parse_id(&id)?;
    let (client, profile) =
        client_service::read_client(state.store.as_ref(), &state.keyring, &principal.tenant.id, &id, state.clock.now())
            .await?;
    let consents = state.store.consents(&principal.tenant.id, &id).await?;
    audit(&state, &principal, "client.read", id.as_str(), "counseling").await?;
    Ok(Json(client_out(&client, profile, &consents)))
}

/// Everything stored about the client (Art. 15 and 20 GDPR), as JSON.
#[utoipa::path(get, path = "/api/v1/clients/{id}/export", tag = "clients", security(("bearer" = [])),
    params(("id" = String, Path, description = "Client id")),
    responses((status = 200, description = "client, profile, consents and the access log", body = Object),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn export_client(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
) -> Result<Json<ClientExport>, WebError> {
    principal.require(Action::HandleClientData)?;
    let id = parse_id(&id)?;
    // Only an existing client of this tenant gets an entry (recorded before the export, so it lists itself).
    state.store.client(&principal.tenant.id, &id).await?;
    audit(&state, &principal, "client.export", id.as_str(), "data_subject_request").await?;
    let export = client_service::export_client(
        state.store.as_ref(),
        &state.keyring,
        &principal.tenant.id,
        &id,
        state.clock.now(),
    )
    .await?;
    Ok(Json(export))
}

/// Erases the client by crypto-shredding: the data key is destroyed, personal fields and alias are removed.
#[utoipa::path(post, path = "/api/v1/clients/{id}/erase", tag = "clients", security(("bearer" = [])),
    params(("id" = String, Path, description = "Client id")),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn erase_client(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
) -> Result<StatusCode, WebError> {
    principal.require(Action::HandleClientData)?;
    let id = parse_id(&id)?;
    // The client's document files: sealed with the key destroyed below, and deleted right after it.
    let mut files = Vec::new();
    if let Ok(cases) = state.store.cases_of_client(&principal.tenant.id, &id).await {
        for case in cases {
            for d in state.store.documents_of_case(&principal.tenant.id, &case.id).await? {
                files.push(d.storage_key);
            }
        }
    }
    client_service::erase_client(
        state.store.as_ref(),
        &state.keyring,
        state.ledger.as_ref(),
        &principal.tenant.id,
        &id,
        state.clock.now(),
    )
    .await?;
    for key in files {
        if let Err(e) = state.attachments.delete(&key).await {
            // The bytes are unreadable without the destroyed key; the daily sweep retries the deletion.
            tracing::warn!(error = %e, "could not delete an erased client's document file");
        }
    }
    audit(&state, &principal, "client.erase", id.as_str(), "erasure").await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewConsent {
    /// counseling, ai_assistance, contact_email, contact_phone, contact_messenger, referral_sharing.
    pub purpose: String,
    /// consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests.
    pub legal_basis: String,
    /// The version of the form shown, e.g. "2026-11".
    pub form_version: String,
    /// The language the form was shown in.
    pub language: String,
}

/// Records a consent (or another legal basis) for one purpose.
#[utoipa::path(post, path = "/api/v1/clients/{id}/consents", tag = "clients", security(("bearer" = [])),
    params(("id" = String, Path, description = "Client id")), request_body = NewConsent,
    responses((status = 201, body = ConsentOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_consent(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path(id): Path<String>,
    input: Result<ApiJson<NewConsent>, WebError>,
) -> Result<(StatusCode, Json<ConsentOut>), WebError> {
    principal.require(Action::HandleClientData)?;
    let ApiJson(input) = input?;
    let client = parse_id(&id)?;
    let field = |name: &str| WebError::InvalidInput(vec![FieldError { field: name.into(), code: "invalid".into() }]);
    let purpose = ConsentPurpose::parse(&input.purpose).ok_or_else(|| field("purpose"))?;
    let legal_basis = LegalBasis::parse(&input.legal_basis).ok_or_else(|| field("legal_basis"))?;
    let form_version = input.form_version.trim();
    if !(1..=40).contains(&form_version.chars().count()) {
        return Err(field("form_version"));
    }
    let language = input.language.trim().to_ascii_lowercase();
    if crate::i18n::Locale::from_code(&language).is_none() && language != "de-simple" {
        return Err(field("language"));
    }
    let consent = Consent {
        id: uuid::Uuid::now_v7().to_string(),
        client_id: client.clone(),
        purpose,
        legal_basis,
        form_version: form_version.to_string(),
        language,
        given_at: state.clock.now(),
        withdrawn_at: None,
    };
    state.store.add_consent(&principal.tenant.id, &consent).await?;
    audit(&state, &principal, "consent.give", client.as_str(), purpose.as_str()).await?;
    Ok((StatusCode::CREATED, Json(ConsentOut::from(&consent))))
}

/// Withdraws a consent at once.
#[utoipa::path(post, path = "/api/v1/clients/{id}/consents/{consent}/withdraw", tag = "clients", security(("bearer" = [])),
    params(("id" = String, Path, description = "Client id"), ("consent" = String, Path, description = "Consent id")),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn withdraw_consent(
    State(state): State<AppState>,
    principal: ApiPrincipal,
    Path((id, consent)): Path<(String, String)>,
) -> Result<StatusCode, WebError> {
    principal.require(Action::HandleClientData)?;
    let client = parse_id(&id)?;
    let consent = uuid::Uuid::parse_str(&consent).map_err(|_| WebError::NotFound)?.to_string();
    state.store.withdraw_consent(&principal.tenant.id, &client, &consent, state.clock.now()).await?;
    audit(&state, &principal, "consent.withdraw", client.as_str(), "counseling").await?;
    Ok(StatusCode::NO_CONTENT)
}
