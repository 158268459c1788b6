//! One function per subcommand.

mod admin;
mod eval;
mod knowledge;
mod security;
mod serve;

use anyhow::Context;
use lotse_core::Store;
use std::sync::Arc;

use crate::cli::{
    AuditCommand, Cli, Command, EvalCommand, KeysCommand, RetentionCommand, TenantCommand, TokenCommand, UserCommand,
};
use crate::config::{Config, redact_url};
use crate::telemetry;

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match &cli.command {
        Command::Serve(args) => {
            let config = Config::load(&cli.global, Some(args), "lotse-data")?;
            telemetry::init(config.log_format);
            serve::serve(config).await
        }
        Command::Demo(args) => {
            let config = Config::load(&cli.global, Some(args), "lotse-demo")?;
            telemetry::init(config.log_format);
            serve::demo(config).await
        }
        Command::Migrate => {
            let config = Config::load(&cli.global, None, "lotse-data")?;
            open_store(&config, true).await?;
            eprintln!("The database at {} is up to date.", redact_url(&config.database_url));
            Ok(())
        }
        Command::Tenant(TenantCommand::Add { name }) => {
            let store = admin_store(&cli).await?;
            admin::tenant_add(store.as_ref(), name).await
        }
        Command::Tenant(TenantCommand::List { offset, limit }) => {
            let store = admin_store(&cli).await?;
            admin::tenant_list(store.as_ref(), *offset, *limit).await
        }
        Command::User(UserCommand::Add { tenant, email, role, name, password_stdin: _ }) => {
            let store = admin_store(&cli).await?;
            admin::user_add(store.as_ref(), tenant, email, role, name.as_deref()).await
        }
        Command::User(UserCommand::List { tenant, offset, limit }) => {
            let store = admin_store(&cli).await?;
            admin::user_list(store.as_ref(), tenant, *offset, *limit).await
        }
        Command::Keys(KeysCommand::Init) => {
            let config = Config::load(&cli.global, None, "lotse-data")?;
            security::keys_init(&config)
        }
        Command::Keys(KeysCommand::Rotate { new_key_file }) => {
            let config = Config::load(&cli.global, None, "lotse-data")?;
            let store = open_store(&config, true).await?;
            security::keys_rotate(&config, store.as_ref(), new_key_file.clone()).await
        }
        Command::Audit(AuditCommand::Verify) => {
            let store = admin_store(&cli).await?;
            if security::audit_verify(store.as_ref()).await? {
                Ok(())
            } else {
                std::process::exit(1);
            }
        }
        Command::Backup { out } => {
            let config = Config::load(&cli.global, None, "lotse-data")?;
            security::backup(&config, out).await
        }
        Command::Restore { from } => {
            let config = Config::load(&cli.global, None, "lotse-data")?;
            security::restore(&config, from).await
        }
        Command::Retention(RetentionCommand::Run { dry_run }) => {
            let config = Config::load(&cli.global, None, "lotse-data")?;
            let store = open_store(&config, true).await?;
            security::retention_run(&config, store, *dry_run).await
        }
        Command::Import { file } => {
            let store = admin_store(&cli).await?;
            knowledge::import(store.as_ref(), file).await
        }
        Command::Export { file } => {
            let store = admin_store(&cli).await?;
            knowledge::export(store.as_ref(), file).await
        }
        Command::Reindex => {
            let store = admin_store(&cli).await?;
            knowledge::reindex(store.as_ref()).await
        }
        Command::Eval(EvalCommand::Pii { file }) => eval::pii(file),
        Command::Eval(EvalCommand::Guardrail { file }) => eval::guardrail(file),
        Command::Eval(EvalCommand::Retrieval { file, embeddings_url, embedding_model }) => {
            let store = if cli.global.data_dir.is_some() || cli.global.database_url.is_some() {
                Some(admin_store(&cli).await?)
            } else {
                None
            };
            eval::retrieval(store, file, embeddings_url.as_deref(), embedding_model.as_deref()).await
        }
        Command::Token(TokenCommand::Create { email, label }) => {
            let store = admin_store(&cli).await?;
            admin::token_create(store.as_ref(), email, label).await
        }
    }
}

/// Admin commands work on the same database a running server uses (SQLite's WAL and busy timeout make that
/// safe), and bring the schema up to date first.
async fn admin_store(cli: &Cli) -> anyhow::Result<Arc<dyn Store>> {
    let config = Config::load(&cli.global, None, "lotse-data")?;
    open_store(&config, true).await
}

pub async fn open_store(config: &Config, migrate: bool) -> anyhow::Result<Arc<dyn Store>> {
    if let Some(file) = config.sqlite_file()
        && let Some(parent) = file.parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent).with_context(|| format!("cannot create the folder {}", parent.display()))?;
    }
    lotse_store::open(&config.database_url, migrate)
        .await
        .with_context(|| format!("cannot open the database at {}", redact_url(&config.database_url)))
}
