//! The web server, and the demo: the same server on a seeded SQLite database.

use anyhow::{Context, bail};
use lotse_core::SystemClock;
use lotse_web::{AppState, WebConfig, app};
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::net::TcpListener;

use crate::commands::open_store;
use crate::config::{Config, redact_url};
use crate::demo_data;

/// Written into the data dir once the demo data is complete.
const DEMO_MARKER: &str = "demo-seeded";

pub async fn serve(config: Config) -> anyhow::Result<()> {
    let store = open_store(&config, config.auto_migrate).await?;
    run_server(config, store, |_| {}).await
}

pub async fn demo(mut config: Config) -> anyhow::Result<()> {
    // Demo video links point to a reserved domain that never resolves.
    config.video_url_template.get_or_insert_with(|| "https://video.lotse-demo.example/{id}".to_string());
    if !config.uses_sqlite() {
        bail!("the demo runs on SQLite only; leave out --database-url or point it at a sqlite:// file");
    }
    // The marker is written only after seeding finished, so a demo interrupted while seeding starts over
    // instead of serving half the data.
    let marker = config.data_dir.join(DEMO_MARKER);
    let database = config.sqlite_file();
    let complete = marker.exists() && database.as_ref().is_some_and(|f| f.exists());
    if !complete && let Some(file) = &database {
        for suffix in ["", "-wal", "-shm"] {
            let path = std::path::PathBuf::from(format!("{}{suffix}", file.display()));
            if path.exists() {
                std::fs::remove_file(&path).with_context(|| format!("cannot remove {}", path.display()))?;
            }
        }
    }
    let store = open_store(&config, true).await?;
    let seeded = if complete {
        None
    } else {
        let summary = demo_data::seed(store.as_ref()).await?;
        std::fs::write(&marker, "seeded\n").with_context(|| format!("cannot write {}", marker.display()))?;
        Some(summary)
    };
    let data_dir = config.data_dir.clone();
    run_server(config, store, move |address| {
        println!();
        println!("Lotse demo is running: http://{address}/");
        println!(
            "Data folder: {} (serve it again with `lotse serve --data-dir {}`)",
            data_dir.display(),
            data_dir.display()
        );
        match &seeded {
            Some(summary) => summary.print(),
            None => println!("Using the existing demo database; the demo logins are as printed at its first start."),
        }
        println!("Stop with Ctrl+C.");
    })
    .await
}

async fn run_server(
    config: Config,
    store: Arc<dyn lotse_core::Store>,
    on_ready: impl FnOnce(SocketAddr),
) -> anyhow::Result<()> {
    let web_config = WebConfig {
        public_url: config.public_url.clone(),
        max_body_bytes: config.max_body_bytes,
        api_requests_per_minute: config.api_requests_per_minute,
        video_url_template: config.video_url_template.clone(),
        chat_tenant: config.chat_tenant.clone(),
        ai: config.ai.clone(),
        ..WebConfig::default()
    };
    let master = crate::keys::load_or_create_for_serving(&config)?;
    let ledger = Arc::new(lotse_store::ledger::FileLedger::new(config.erasure_ledger.clone()));
    let attachments = Arc::new(lotse_store::attachments::LocalFolder::new(config.attachments_dir.clone()));
    let state = AppState::new(store.clone(), Arc::new(SystemClock), web_config, master, ledger.clone(), attachments)?;
    let tenant_keys = state.keyring.check_master().await?;
    tracing::info!(master_key = %state.keyring.master_fingerprint(), tenant_keys, "master key checked");
    // A database restored from a backup may hold clients erased since; erase them again before serving.
    let reapplied = lotse_core::erasure::replay(
        store.as_ref(),
        &state.keyring,
        ledger.as_ref(),
        lotse_core::Clock::now(&SystemClock),
    )
    .await
    .context("re-applying the erasure ledger")?;
    if reapplied > 0 {
        tracing::warn!(reapplied, "re-applied erasures from the ledger (was a backup restored?)");
    }
    let listener = TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {} (is another server using that port?)", config.listen))?;
    let address = listener.local_addr()?;
    // Signal handlers are in place before anyone is told the address, so an early SIGTERM is graceful too.
    let shutdown = shutdown_signal()?;
    tracing::info!(
        listen = %address,
        database = %redact_url(&config.database_url),
        backend = store.backend_name(),
        version = env!("CARGO_PKG_VERSION"),
        "Lotse is listening"
    );
    let started = std::time::Instant::now();
    let texts = state.load_search_index(&|_, _| {}).await?;
    tracing::info!(texts, millis = started.elapsed().as_millis() as u64, "search index built");
    if config.database_url.starts_with("postgres") {
        connect_chat_relay(&state, &config.database_url).await?;
    }
    spawn_search_sync(state.clone());
    spawn_daily_retention(state.clone());
    if let Some(url) = &config.smtp_url {
        let mailer = lotse_mail::SmtpMailer::new(url, &config.mail_from)
            .with_context(|| format!("outgoing mail ({})", redact_url(url)))?;
        let inbox = match &config.imap_url {
            Some(imap) => Some(
                lotse_mail::imap::ImapAccount::from_url(imap)
                    .with_context(|| format!("the counseling mailbox ({})", redact_url(imap)))?,
            ),
            None => None,
        };
        let tenant = lotse_web::api::chat::chat_tenant(&state)
            .await
            .map_err(|e| anyhow::anyhow!("no tenant for the e-mail channel: {e}"))?;
        let channel = lotse_web::email::MailChannel::new(
            std::sync::Arc::new(lotse_mail::SmtpMailer::new(url, &config.mail_from)?),
            mailer.domain(),
            inbox,
            tenant,
            config.public_url.as_deref().unwrap_or(&format!("http://{address}")),
        );
        let polls = channel.inbox.is_some();
        let _ = state.mail.set(std::sync::Arc::new(channel));
        if polls {
            spawn_mail_poll(state.clone());
        }
        spawn_reminders(state.clone(), mailer);
    } else {
        tracing::info!("no SMTP relay configured (LOTSE_SMTP_URL): appointment reminders are not sent");
    }
    on_ready(address);
    // Small chat frames must not wait for Nagle's algorithm (40 ms with delayed acknowledgements).
    let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
        if let Err(error) = tcp.set_nodelay(true) {
            tracing::debug!(%error, "could not set TCP_NODELAY");
        }
    });
    axum::serve(listener, app(state).into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
        .context("the server stopped with an error")?;
    tracing::info!("Lotse stopped");
    Ok(())
}

/// Picks up knowledge changed by another instance or by `lotse import` within a few seconds.
fn spawn_search_sync(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(5));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match state.sync_search_index().await {
                Ok(true) => tracing::info!(texts = state.search.len(), "search index rebuilt after a change elsewhere"),
                Ok(false) => {}
                Err(e) => tracing::warn!(error = %e, "could not check the knowledge for changes"),
            }
        }
    });
}

/// SIGTERM (service managers, containers) or Ctrl+C: stop accepting, finish running requests, exit.
/// The handlers are registered when this is called; the returned future resolves on the first signal.
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .context("cannot install the SIGTERM handler")?;
    #[cfg(unix)]
    let mut interrupt = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
        .context("cannot install the SIGINT handler")?;
    Ok(async move {
        #[cfg(unix)]
        tokio::select! {
            _ = terminate.recv() => {},
            _ = interrupt.recv() => {},
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("shutdown requested; finishing open requests");
    })
}

/// Runs the retention rules a minute after start and then every 24 hours. Safe on several instances at once:
/// the job is idempotent.
fn spawn_daily_retention(state: AppState) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval_at(
            tokio::time::Instant::now() + std::time::Duration::from_secs(60),
            std::time::Duration::from_secs(24 * 60 * 60),
        );
        loop {
            interval.tick().await;
            let now = lotse_core::Clock::now(state.clock.as_ref());
            match lotse_core::retention::run(
                state.store.as_ref(),
                &state.keyring,
                state.ledger.as_ref(),
                &state.auditor,
                now,
                false,
            )
            .await
            {
                Ok(report) => tracing::info!(
                    tenants = report.tenants,
                    cases_removed = report.cases_due.len(),
                    clients_erased = report.clients_erased,
                    "retention job finished"
                ),
                Err(error) => tracing::error!(error.message = %error, "retention job failed"),
            }
            // Files of erased clients and purged cases (and of uploads interrupted an hour ago or more).
            match lotse_core::document::sweep(state.store.as_ref(), state.attachments.as_ref(), 3600).await {
                Ok(removed) => tracing::info!(removed, "attachment sweep finished"),
                Err(error) => tracing::error!(error.message = %error, "attachment sweep failed"),
            }
        }
    });
}

/// Sends appointment reminders every five minutes (see lotse_core::reminder; safe on several instances).
fn spawn_reminders(state: AppState, mailer: lotse_mail::SmtpMailer) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(300));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let now = lotse_core::Clock::now(state.clock.as_ref());
            let domain = mailer.domain().to_string();
            match lotse_core::reminder::send_due(
                state.store.as_ref(),
                &state.keyring,
                &mailer,
                &lotse_web::reminders::FluentReminders,
                &state.auditor,
                &domain,
                now,
            )
            .await
            {
                Ok(report) if report.sent + report.skipped + report.failed > 0 => tracing::info!(
                    sent = report.sent,
                    skipped = report.skipped,
                    failed = report.failed,
                    "appointment reminders"
                ),
                Ok(_) => {}
                Err(error) => tracing::error!(error.message = %error, "appointment reminders failed"),
            }
        }
    });
}

/// With PostgreSQL several instances may serve at once: chat messages stored by one are announced with NOTIFY
/// and delivered by the others to their own connections.
async fn connect_chat_relay(state: &AppState, database_url: &str) -> anyhow::Result<()> {
    let receiver = state.clone();
    let relay = lotse_store::relay::PgRelay::start(database_url, move |payload| {
        let state = receiver.clone();
        tokio::spawn(async move {
            let now = lotse_core::Clock::now(state.clock.as_ref());
            if let Err(error) =
                lotse_web::chat::deliver_remote(state.store.as_ref(), &state.keyring, &state.chat_hub, &payload, now)
                    .await
            {
                tracing::warn!(error.message = %error, "chat relay: a message from another instance was not delivered");
            }
        });
    })
    .await
    .context("listening for chat messages of other instances (PostgreSQL LISTEN)")?;
    state.chat_hub.set_relay(std::sync::Arc::new(move |payload| relay.notify(payload)));
    tracing::info!("chat relay connected: messages reach clients on every instance");
    Ok(())
}

/// Reads the counseling mailbox every 30 seconds.
fn spawn_mail_poll(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(30));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match lotse_web::email::poll_inbox(&state).await {
                Ok(report) if report.stored + report.skipped > 0 => {
                    tracing::info!(stored = report.stored, skipped = report.skipped, "mail read into the inbox")
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(error.message = %error, "the counseling mailbox could not be read"),
            }
        }
    });
}
