//! The web edge of Lotse: the only crate that knows HTTP. It turns requests into calls on the domain and
//! store traits and renders the answers as HTML pages or JSON.
//!
//! Layers, outermost first: security headers → compression → request context (id, language, log, metrics)
//! → error rendering → panic catcher → body limit → router.

pub mod api;
pub mod assets;
pub mod assistant;
pub mod auth;
pub mod chat;
pub mod ctx;
pub mod email;
pub mod errors;
pub mod i18n;
pub mod identity;
pub mod markdown;
pub mod metrics;
pub mod ops;
pub mod pages;
pub mod ratelimit;
pub mod reminders;
pub mod routes;
pub mod security;

use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRef};
use axum::middleware;
use axum::routing::{get, post};
use lotse_core::audit_service::Auditor;
use lotse_core::crypto::SecretKey;
use lotse_core::keyring::KeyRing;
use lotse_core::login::LoginService;
use lotse_core::session::SessionPolicy;
use lotse_core::{Clock, Store};
use std::sync::Arc;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;

use crate::assets::Assets;
use crate::errors::WebError;
use crate::metrics::Metrics;
use crate::ratelimit::RateLimiter;

/// Settings of the web edge.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The address users reach Lotse at, e.g. `https://beratung.example.org`. An `https` URL turns on HSTS and
    /// `Secure` cookies.
    pub public_url: Option<String>,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// API requests allowed per client address and minute.
    pub api_requests_per_minute: u32,
    /// Log-in attempts allowed per client address in five minutes.
    pub login_attempts_per_address: u32,
    /// Link for video appointments, `{id}` replaced by the appointment id, e.g.
    /// `https://meet.example.org/lotse-{id}` (Jitsi) or a BigBlueButton room address.
    pub video_url_template: Option<String>,
    /// The tenant that takes chats started on the public portal (default: the first tenant by name).
    pub chat_tenant: Option<lotse_core::TenantId>,
    /// The assistant per tenant (default: extractive, no model).
    pub ai: assistant::AiSettings,
}

impl WebConfig {
    pub fn behind_tls(&self) -> bool {
        self.public_url.as_deref().is_some_and(|u| u.starts_with("https://"))
    }
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            public_url: None,
            max_body_bytes: 1024 * 1024,
            api_requests_per_minute: 600,
            login_attempts_per_address: 100,
            video_url_template: None,
            chat_tenant: None,
            ai: assistant::AiSettings::default(),
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub assets: Arc<Assets>,
    pub metrics: Arc<Metrics>,
    pub config: Arc<WebConfig>,
    pub openapi: Arc<utoipa::openapi::OpenApi>,
    pub api_limiter: Arc<RateLimiter>,
    /// Log-in attempts per client address (on top of the per-account lock-out).
    pub login_limiter: Arc<RateLimiter>,
    /// Second-factor attempts per half-logged-in session.
    pub second_factor_limiter: Arc<RateLimiter>,
    pub keyring: Arc<KeyRing>,
    pub auditor: Auditor,
    pub login: Arc<LoginService>,
    pub session_policy: SessionPolicy,
    /// Every erasure is recorded here first, outside the database (see lotse_core::erasure).
    pub ledger: Arc<dyn lotse_core::erasure::ErasureLedger>,
    /// The published knowledge, searchable; filled by [`AppState::load_search_index`] and kept current on change.
    pub search: Arc<lotse_search::SearchIndex>,
    /// The knowledge revision the search index was last built from (see [`AppState::sync_search_index`]).
    pub search_revision: Arc<std::sync::atomic::AtomicI64>,
    /// Sealed document bytes (a local folder by default).
    pub attachments: Arc<dyn lotse_core::document::AttachmentStore>,
    /// Pushes chat events to this instance's connections.
    pub chat_hub: Arc<chat::ChatHub>,
    /// Stores chat messages in batches.
    pub chat_writer: chat::MessageWriter,
    /// The e-mail channel, when configured (set once after start).
    pub mail: Arc<std::sync::OnceLock<Arc<email::MailChannel>>>,
    /// The assistant of each tenant.
    pub assistants: Arc<assistant::Assistants>,
}

#[derive(Debug, thiserror::Error)]
#[error("the web layer could not start: {0}")]
pub struct StartError(String);

impl FromRef<AppState> for Arc<Assets> {
    fn from_ref(state: &AppState) -> Self {
        state.assets.clone()
    }
}

impl AppState {
    pub fn new(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        config: WebConfig,
        master_key: SecretKey,
        ledger: Arc<dyn lotse_core::erasure::ErasureLedger>,
        attachments: Arc<dyn lotse_core::document::AttachmentStore>,
    ) -> Result<Self, StartError> {
        let (_, openapi) = api::router();
        let api_limiter = Arc::new(RateLimiter::new(config.api_requests_per_minute, 60_000));
        let login = LoginService::new().map_err(|e| StartError(e.to_string()))?;
        let search = lotse_search::SearchIndex::new().map_err(|e| StartError(e.to_string()))?;
        let keyring = Arc::new(KeyRing::new(master_key, store.clone()));
        let chat_hub = Arc::new(chat::ChatHub::default());
        let chat_writer =
            chat::MessageWriter::start(store.clone(), keyring.clone(), chat_hub.clone(), Arc::new(|_, _, _| {}));
        let assistants = assistant::Assistants::build(&config.ai).map_err(|e| StartError(e.to_string()))?;
        let state = Self {
            assistants: Arc::new(assistants),
            mail: Arc::new(std::sync::OnceLock::new()),
            chat_hub,
            chat_writer,
            keyring,
            auditor: Auditor::new(store.clone(), clock.clone()),
            login: Arc::new(login),
            login_limiter: Arc::new(RateLimiter::new(config.login_attempts_per_address, 5 * 60_000)),
            second_factor_limiter: Arc::new(RateLimiter::new(5, 5 * 60_000)),
            session_policy: SessionPolicy::default(),
            ledger,
            search: Arc::new(search),
            search_revision: Arc::new(std::sync::atomic::AtomicI64::new(-1)),
            attachments,
            store,
            clock,
            assets: Assets::load(),
            metrics: Arc::new(Metrics::default()),
            config: Arc::new(config),
            openapi: Arc::new(openapi),
            api_limiter,
        };
        // Notifications by e-mail, once the mail channel is configured.
        // Only the parts notifications need: the whole state would hold the hub that holds this hook (a cycle that
        // would keep the database pool open forever).
        let notifier = email::Notifier {
            store: state.store.clone(),
            keyring: state.keyring.clone(),
            clock: state.clock.clone(),
            mail: state.mail.clone(),
        };
        state.chat_hub.set_on_stored(Arc::new(move |message| {
            if notifier.mail.get().is_some() {
                tokio::spawn(email::notify(notifier.clone(), message.clone()));
            }
        }));
        Ok(state)
    }
}

impl AppState {
    /// Builds the search index from the database (the source of truth); returns how many texts it holds.
    pub async fn load_search_index(&self, progress: &(dyn Fn(usize, usize) + Sync)) -> Result<u64, StartError> {
        let revision = self.store.knowledge_revision().await.map_err(|e| StartError(e.to_string()))?;
        let articles = self.store.articles().await.map_err(|e| StartError(e.to_string()))?;
        self.search.rebuild(&articles, progress).map_err(|e| StartError(e.to_string()))?;
        self.search_revision.store(revision, std::sync::atomic::Ordering::SeqCst);
        Ok(self.search.len())
    }

    /// Rebuilds the search index when knowledge changed outside this process (another instance, `lotse import`).
    /// Changes made through this process are indexed at once; this catches the rest. Returns whether it rebuilt.
    pub async fn sync_search_index(&self) -> Result<bool, StartError> {
        let revision = self.store.knowledge_revision().await.map_err(|e| StartError(e.to_string()))?;
        if revision == self.search_revision.load(std::sync::atomic::Ordering::SeqCst) {
            return Ok(false);
        }
        self.load_search_index(&|_, _| {}).await?;
        Ok(true)
    }

    /// The knowledge workflow, wired to this state's store and search index.
    pub fn knowledge(&self) -> lotse_core::knowledge_service::KnowledgeService<'_> {
        lotse_core::knowledge_service::KnowledgeService { store: self.store.as_ref(), index: self.search.as_ref() }
    }
}

/// The whole application.
pub fn app(state: AppState) -> Router {
    let (api_routes, _) = api::router();
    let api = api_routes.route_layer(middleware::from_fn_with_state(state.clone(), api::rate_limit));

    let routes = Router::new()
        .route("/", get(pages::home::home))
        .route("/lang", get(pages::language::language_page))
        .route("/lang/{code}", get(pages::language::switch_language))
        .route("/login", get(pages::login::login_page).post(pages::login::log_in))
        .route("/login/2fa", get(pages::login::second_factor_page).post(pages::login::second_factor))
        .route("/logout", post(pages::login::log_out))
        .route("/logout/everywhere", post(pages::login::log_out_everywhere))
        .route("/staff", get(pages::staff::dashboard))
        .route("/account/2fa", get(pages::account::enrol_page).post(pages::account::confirm_enrolment))
        .route("/account/password", get(pages::account::password_page).post(pages::account::change_password))
        .route("/admin/audit", get(pages::audit::audit_page))
        .route("/admin/users", get(pages::admin::list_users).post(pages::admin::invite_user))
        .route("/admin/users/{id}", get(pages::admin::show_user).post(pages::admin::update_user))
        .route("/admin/users/{id}/reset-2fa", post(pages::admin::reset_two_factor))
        .route("/admin/settings", get(pages::admin::settings_page).post(pages::admin::save_settings))
        .route("/invite/{token}", get(pages::admin::invite_page).post(pages::admin::accept_invite))
        .route("/calendar/{file}", get(api::appointments::feed))
        .route("/clients", get(pages::casework::list_clients).post(pages::casework::create_client))
        .route("/clients/{id}", get(pages::casework::show_client))
        .route("/clients/{id}/cases", post(pages::casework::open_case))
        .route("/clients/{id}/export", get(pages::casework::export_page))
        .route("/clients/{id}/consents", post(pages::consent::record_consent))
        .route("/clients/{id}/consents/{consent}/withdraw", post(pages::consent::withdraw_consent))
        .route("/consent-forms", get(pages::consent::consent_forms))
        .route("/cases/{id}", get(pages::casework::show_case))
        .route("/cases/{id}/notes", post(pages::casework::add_note))
        .route("/cases/{id}/contacts", post(pages::casework::add_contact))
        .route("/cases/{id}/close", post(pages::casework::close_case))
        .route("/cases/{id}/referrals", post(pages::casework::refer))
        .route("/cases/{id}/appointments", post(pages::casework::book_appointment))
        .route("/cases/{id}/tasks", post(pages::casework::add_task))
        .route("/cases/{id}/assign", post(pages::casework::assign_case))
        .route("/queue", get(pages::casework::queue))
        .route("/availability", get(pages::booking::availability_page).post(pages::booking::add_window))
        .route("/availability/{id}/delete", post(pages::booking::remove_window))
        .route("/availability/profile", post(pages::routing::save_profile))
        .route("/cases/{id}/team", post(pages::routing::set_team))
        .route("/cases/{id}/booking-link", post(pages::booking::create_booking_link))
        .route("/book/{token}", get(pages::booking::booking_page).post(pages::booking::book))
        .route("/book/{token}/ics", get(pages::booking::booked_ics))
        .route("/cases/{id}/tasks/{task}/done", post(pages::casework::complete_task))
        .route("/appointments/{file}", get(pages::casework::appointment_ics))
        .route("/cases/{id}/documents", document_upload())
        .route("/cases/{id}/documents/{doc}", get(pages::casework::download_document))
        .route("/cases/{id}/referrals/{entry}", post(pages::casework::update_referral))
        .route("/chat", get(pages::chat::chat_start_page))
        .route("/chat/start", post(pages::chat::start_chat))
        .route("/chat/resume", post(pages::chat::resume_chat))
        .route("/chat/c", get(pages::chat::chat_page))
        .route("/chat/c/send", post(pages::chat::send_form))
        .route("/chat/c/notify", post(pages::chat::notify_form))
        .route("/chat/c/file", chat_file_upload())
        .route("/chat/manifest.webmanifest", get(pages::chat::manifest))
        .route("/chat/sw.js", get(pages::chat::service_worker))
        .route("/inbox", get(pages::inbox::inbox))
        .route("/inbox/{id}", get(pages::inbox::conversation))
        .route("/inbox/{id}/reply", post(pages::inbox::reply))
        .route("/inbox/{id}/assign", post(pages::inbox::assign))
        .route("/inbox/{id}/case", post(pages::inbox::link_case))
        .route("/inbox/{id}/client", post(pages::inbox::link_client))
        .route("/inbox/{id}/assistant", post(pages::assistant::draft_for_conversation))
        .route("/inbox/{id}/assistant/{draft}", post(pages::assistant::decide_for_conversation))
        .route("/inbox/{id}/language-help", post(pages::assistant::help_for_conversation))
        .route("/cases/{id}/assistant", post(pages::assistant::draft_for_case))
        .route("/cases/{id}/assistant/{draft}", post(pages::assistant::decide_for_case))
        .route("/ask", get(pages::assistant::ask_page).post(pages::assistant::ask))
        .route("/knowledge", get(pages::portal::portal))
        .route("/knowledge/search", get(pages::portal::search))
        .route("/knowledge/topics/{topic}", get(pages::portal::topic))
        .route("/knowledge/{slug}", get(pages::portal::article))
        .route("/services", get(pages::portal::services))
        .route("/fact-checks", get(pages::portal::fact_checks))
        .route("/editorial", get(pages::editorial::list).post(pages::editorial::create))
        .route("/editorial/{id}", get(pages::editorial::show).post(pages::editorial::save))
        .route("/editorial/{id}/submit", post(pages::editorial::submit))
        .route("/editorial/{id}/publish", post(pages::editorial::publish))
        .route("/editorial/{id}/return", post(pages::editorial::return_to_author))
        .route("/editorial/{id}/archive", post(pages::editorial::archive))
        .route("/editorial/{id}/translations", post(pages::editorial::translate))
        .route("/editorial/{id}/diff/{version}", get(pages::editorial::diff))
        .route("/reviews", get(pages::editorial::reviews))
        .route("/static/{*path}", get(assets::serve_asset))
        .route("/health", get(ops::health))
        .route("/ready", get(ops::ready))
        .route("/metrics", get(ops::metrics))
        .route("/api/openapi.json", get(api::openapi_json))
        .merge(api)
        .route_layer(middleware::from_fn(ctx::label_route))
        .fallback(|| async { WebError::NotFound })
        .method_not_allowed_fallback(|| async { WebError::MethodNotAllowed });

    with_edge_layers(routes, state)
}

/// Uploads may be larger than other requests: up to the document limit plus the form around it.
fn chat_file_upload() -> axum::routing::MethodRouter<AppState> {
    post(pages::chat::upload_form)
        .layer(DefaultBodyLimit::max(lotse_core::chat_attachment::MAX_ATTACHMENT_BYTES + 64 * 1024))
}

fn document_upload() -> axum::routing::MethodRouter<AppState> {
    post(pages::casework::upload_document)
        .layer(DefaultBodyLimit::max(lotse_core::document::MAX_DOCUMENT_BYTES + 64 * 1024))
}

/// The layers every response passes through (security headers, compression, request context, error rendering,
/// CSRF origin check, panic catcher, body limit). Public so tests can put a route of their own behind them.
pub fn with_edge_layers(routes: Router<AppState>, state: AppState) -> Router {
    routes
        .layer(
            ServiceBuilder::new()
                .layer(middleware::from_fn_with_state(state.clone(), security::security_headers))
                .layer(CompressionLayer::new())
                .layer(middleware::from_fn_with_state(state.clone(), ctx::request_context))
                .layer(middleware::from_fn_with_state(state.clone(), errors::render_errors))
                .layer(middleware::from_fn(auth::csrf::reject_cross_site))
                .layer(CatchPanicLayer::new())
                .layer(DefaultBodyLimit::max(state.config.max_body_bytes)),
        )
        .with_state(state)
}
