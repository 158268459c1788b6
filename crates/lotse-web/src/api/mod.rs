//! The JSON API under `/api/v1`: bearer-token authentication, JSON in and out, and an OpenAPI 3.1 document
//! generated from the handlers' annotations (a route without its annotation cannot be registered).

pub mod appointments;
pub mod audit;
pub mod auth;
pub mod booking;
pub mod cases;
pub mod chat;
pub mod clients;
pub mod documents;
pub mod json;
pub mod knowledge;
pub mod me;
pub mod routing;
pub mod settings;
pub mod tokens;
pub mod users;

use axum::Json;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::errors::{ErrorBody, WebError};
use crate::ratelimit::Decision;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Lotse API",
        description = "JSON API of Lotse, the counseling suite for migration work. Authenticate with \
`Authorization: Bearer <token>` (create one with `lotse token create --email E`). Errors always have the \
shape `{\"error\":{\"code\",\"message\",\"request_id\"}}` with a stable `code`: bad_request, malformed_json, \
unsupported_media_type, unauthorized, invalid_token, forbidden, not_found, method_not_allowed, \
payload_too_large, invalid_input, conflict, too_many_requests, unavailable, internal. Messages follow \
Accept-Language (de, en, ar, uk, ru, fa, tr).",
        license(name = "AGPL-3.0-or-later")
    ),
    components(schemas(ErrorBody)),
    modifiers(&BearerAuth),
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("bearer", SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)));
    }
}

/// The API routes and their OpenAPI document, built together.
pub fn router() -> (axum::Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(me::me))
        .routes(routes!(tokens::create_token))
        .routes(routes!(tokens::revoke_token))
        .routes(routes!(users::list_users, users::invite_user))
        .routes(routes!(users::update_user))
        .routes(routes!(users::reset_two_factor))
        .routes(routes!(settings::get_settings, settings::put_settings))
        .routes(routes!(audit::list_audit))
        .routes(routes!(clients::create_client, clients::list_clients))
        .routes(routes!(clients::get_client))
        .routes(routes!(clients::export_client))
        .routes(routes!(clients::erase_client))
        .routes(routes!(clients::add_consent))
        .routes(routes!(clients::withdraw_consent))
        .routes(routes!(cases::open_case))
        .routes(routes!(cases::get_case))
        .routes(routes!(cases::add_note))
        .routes(routes!(cases::add_contact))
        .routes(routes!(cases::close_case))
        .routes(routes!(cases::refer))
        .routes(routes!(cases::update_referral))
        .merge(
            OpenApiRouter::new()
                .routes(routes!(documents::upload))
                .layer(axum::extract::DefaultBodyLimit::max(lotse_core::document::MAX_DOCUMENT_BYTES + 64 * 1024)),
        )
        .routes(routes!(documents::download))
        .routes(routes!(cases::add_task))
        .routes(routes!(cases::complete_task))
        .routes(routes!(cases::assign))
        .routes(routes!(cases::queue))
        .routes(routes!(routing::get_profile, routing::put_profile))
        .routes(routes!(routing::set_team))
        .routes(routes!(appointments::book))
        .routes(routes!(appointments::get))
        .routes(routes!(appointments::ics))
        .routes(routes!(appointments::create_feed))
        .routes(routes!(chat::start))
        .routes(routes!(chat::resume))
        .routes(routes!(chat::set_password))
        .routes(routes!(chat::websocket))
        .routes(routes!(chat::events))
        .routes(routes!(chat::list))
        .routes(routes!(chat::messages, chat::post_message))
        .routes(routes!(chat::read))
        .merge(
            OpenApiRouter::new().routes(routes!(chat::upload_attachment)).layer(axum::extract::DefaultBodyLimit::max(
                lotse_core::chat_attachment::MAX_ATTACHMENT_BYTES + 64 * 1024,
            )),
        )
        .routes(routes!(chat::download_attachment))
        .routes(routes!(chat::assign))
        .routes(routes!(chat::link_case))
        .routes(routes!(chat::move_to_client))
        .routes(routes!(booking::list_windows, booking::add_window))
        .routes(routes!(booking::remove_window))
        .routes(routes!(booking::create_booking_link))
        .routes(routes!(booking::booking_slots, booking::book_slot))
        .routes(routes!(knowledge::search))
        .routes(routes!(knowledge::list_articles, knowledge::create_article))
        .routes(routes!(knowledge::get_article))
        .routes(routes!(knowledge::article_history))
        .routes(routes!(knowledge::add_version))
        .routes(routes!(knowledge::submit_article))
        .routes(routes!(knowledge::publish_article))
        .routes(routes!(knowledge::return_article))
        .routes(routes!(knowledge::archive_article))
        .routes(routes!(knowledge::add_translation))
        .routes(routes!(knowledge::list_services, knowledge::create_service))
        .routes(routes!(knowledge::update_service))
        .routes(routes!(knowledge::list_rumours, knowledge::create_rumour))
        .routes(routes!(knowledge::update_rumour))
        .routes(routes!(knowledge::export))
        .routes(routes!(knowledge::import))
        .split_for_parts()
}

pub async fn openapi_json(State(state): State<AppState>) -> Response {
    Json(state.openapi.as_ref().clone()).into_response()
}

/// Per-address rate limit for the API.
pub async fn rate_limit(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let address = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_else(|| "local".to_string());
    match state.api_limiter.check(&address, state.clock.now().as_millis()) {
        Decision::Allowed => next.run(request).await,
        Decision::Limited { retry_after_secs } => WebError::TooManyRequests { retry_after_secs }.into_response(),
    }
}
