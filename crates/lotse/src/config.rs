//! Configuration: defaults, then `lotse.toml`, then `LOTSE_*` environment variables and options.

use anyhow::{Context, bail};
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use crate::cli::{GlobalArgs, LogFormat, ServeArgs};

/// The file's shape. Unknown keys are an error, so a typo does not silently fall back to a default.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub listen: Option<SocketAddr>,
    pub data_dir: Option<PathBuf>,
    pub database_url: Option<String>,
    pub public_url: Option<String>,
    pub max_body_bytes: Option<usize>,
    pub api_requests_per_minute: Option<u32>,
    pub auto_migrate: Option<bool>,
    pub log_format: Option<LogFormat>,
    pub master_key_file: Option<PathBuf>,
    pub video_url_template: Option<String>,
    pub erasure_ledger: Option<PathBuf>,
    pub attachments_dir: Option<PathBuf>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
    pub chat_tenant: Option<String>,
    pub imap_url: Option<String>,
    pub ai: Option<AiFile>,
}

/// `[ai]`: the assistant for every tenant, with `[ai.tenants."<tenant id>"]` overriding it per tenant.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AiFile {
    pub mode: Option<String>,
    pub base_url: Option<String>,
    pub model: Option<String>,
    pub embedding_model: Option<String>,
    pub api_key_env: Option<String>,
    pub api_key_file: Option<PathBuf>,
    pub timeout_secs: Option<u64>,
    pub retries: Option<u32>,
    pub portal_model_answers: Option<bool>,
    #[serde(default)]
    pub tenants: std::collections::BTreeMap<String, AiTenantFile>,
}

impl AiFile {
    fn defaults(&self) -> AiTenantFile {
        AiTenantFile {
            mode: self.mode.clone(),
            base_url: self.base_url.clone(),
            model: self.model.clone(),
            embedding_model: self.embedding_model.clone(),
            api_key_env: self.api_key_env.clone(),
            api_key_file: self.api_key_file.clone(),
            timeout_secs: self.timeout_secs,
            retries: self.retries,
            portal_model_answers: self.portal_model_answers,
        }
    }
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AiTenantFile {
    /// off, extractive (default), local, external.
    pub mode: Option<String>,
    /// OpenAI-compatible base URL up to /v1, e.g. http://127.0.0.1:11434/v1 (Ollama).
    pub base_url: Option<String>,
    pub model: Option<String>,
    pub embedding_model: Option<String>,
    /// Name of the environment variable holding the API key.
    pub api_key_env: Option<String>,
    /// File holding the API key.
    pub api_key_file: Option<PathBuf>,
    pub timeout_secs: Option<u64>,
    pub retries: Option<u32>,
    /// Let the model answer GENERAL_INFO questions on the public portal (otherwise: quoted articles).
    pub portal_model_answers: Option<bool>,
}

struct AiView {
    default: AiTenantFile,
    tenants: std::collections::BTreeMap<String, AiTenantFile>,
}

/// The assistant settings, checked: a model mode needs a base URL and a model, a key source must exist.
fn ai_settings(file: Option<AiFile>) -> anyhow::Result<lotse_web::assistant::AiSettings> {
    let whole = file.unwrap_or_default();
    let mut file = AiView { default: whole.defaults(), tenants: whole.tenants };
    // Environment variables override the file's defaults (not the per-tenant sections).
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    if let Some(v) = env("LOTSE_AI_MODE") {
        file.default.mode = Some(v);
    }
    if let Some(v) = env("LOTSE_AI_BASE_URL") {
        file.default.base_url = Some(v);
    }
    if let Some(v) = env("LOTSE_AI_MODEL") {
        file.default.model = Some(v);
    }
    if let Some(v) = env("LOTSE_AI_EMBEDDING_MODEL") {
        file.default.embedding_model = Some(v);
    }
    if let Some(v) = env("LOTSE_AI_API_KEY_FILE") {
        file.default.api_key_file = Some(PathBuf::from(v));
    }
    let default = ai_tenant(&file.default, None, "[ai]")?;
    let mut tenants = std::collections::HashMap::new();
    for (tenant, section) in &file.tenants {
        let id = lotse_core::TenantId::parse(tenant).with_context(|| {
            format!("[ai.tenants.{tenant:?}]: the key must be a tenant id (see `lotse tenant list`)")
        })?;
        tenants.insert(id, ai_tenant(section, Some(&file.default), &format!("[ai.tenants.{tenant:?}]"))?);
    }
    Ok(lotse_web::assistant::AiSettings { default, tenants })
}

fn ai_tenant(
    own: &AiTenantFile,
    base: Option<&AiTenantFile>,
    where_: &str,
) -> anyhow::Result<lotse_web::assistant::TenantAi> {
    let pick = |f: fn(&AiTenantFile) -> Option<String>| f(own).or_else(|| base.and_then(f));
    let mode_text = pick(|f| f.mode.clone()).unwrap_or_else(|| "extractive".into());
    let mode = lotse_ai::Mode::parse(&mode_text)
        .with_context(|| format!("{where_} mode must be off, extractive, local or external (got {mode_text:?})"))?;
    let provider = if mode.uses_model() {
        let base_url = pick(|f| f.base_url.clone())
            .with_context(|| format!("{where_} mode {mode_text} needs base_url (an OpenAI-compatible /v1 URL)"))?;
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            bail!("{where_} base_url must start with http:// or https:// (got {base_url:?})");
        }
        let model = pick(|f| f.model.clone()).with_context(|| format!("{where_} mode {mode_text} needs model"))?;
        let mut c = lotse_ai::ProviderConfig::new(base_url, model);
        c.embedding_model = pick(|f| f.embedding_model.clone());
        let key_env = pick(|f| f.api_key_env.clone());
        let key_file = own.api_key_file.clone().or_else(|| base.and_then(|b| b.api_key_file.clone()));
        c.api_key = match (key_env, key_file) {
            (Some(name), _) => Some(std::env::var(&name).with_context(|| {
                format!("{where_} api_key_env names {name:?}, but that environment variable is not set")
            })?),
            (None, Some(path)) => Some(
                std::fs::read_to_string(&path)
                    .with_context(|| format!("{where_} cannot read api_key_file {}", path.display()))?
                    .trim()
                    .to_string(),
            ),
            (None, None) => None,
        };
        if let Some(t) = own.timeout_secs.or_else(|| base.and_then(|b| b.timeout_secs)) {
            c.timeout = std::time::Duration::from_secs(t.clamp(1, 600));
        }
        if let Some(r) = own.retries.or_else(|| base.and_then(|b| b.retries)) {
            c.retries = r.min(5);
        }
        if mode == lotse_ai::Mode::External && c.base_url.starts_with("http://") && !is_loopback(&c.base_url) {
            bail!("{where_} an external provider must be reached over https:// (got {:?})", c.base_url);
        }
        Some(c)
    } else {
        None
    };
    let portal_model_answers =
        own.portal_model_answers.or_else(|| base.and_then(|b| b.portal_model_answers)).unwrap_or(false);
    Ok(lotse_web::assistant::TenantAi { mode, provider, portal_model_answers })
}

fn is_loopback(url: &str) -> bool {
    let host = url.trim_start_matches("http://").split(['/', ':']).next().unwrap_or("");
    matches!(host, "127.0.0.1" | "localhost" | "[::1]")
}

#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: String,
    pub public_url: Option<String>,
    pub max_body_bytes: usize,
    pub api_requests_per_minute: u32,
    pub auto_migrate: bool,
    pub log_format: LogFormat,
    pub master_key_file: PathBuf,
    pub video_url_template: Option<String>,
    /// Where erasures are recorded, outside the database and its backups.
    pub erasure_ledger: PathBuf,
    /// The folder holding sealed case documents (shared storage when several instances run).
    pub attachments_dir: PathBuf,
    /// The SMTP relay for outgoing mail (reminders); none means no mail is sent.
    pub smtp_url: Option<String>,
    /// The sender of outgoing mail, e.g. `Beratung <beratung@example.org>`.
    pub mail_from: String,
    /// The tenant (id) that takes chats started on the public portal; default: the first tenant by name.
    pub chat_tenant: Option<lotse_core::TenantId>,
    /// The counseling mailbox read into the inbox (`imaps://user:password@host`); none: no e-mail channel.
    pub imap_url: Option<String>,
    /// The assistant per tenant.
    pub ai: lotse_web::assistant::AiSettings,
}

pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";

impl Config {
    pub fn load(global: &GlobalArgs, serve: Option<&ServeArgs>, default_data_dir: &str) -> anyhow::Result<Self> {
        let file = read_file(global.config.as_deref())?;
        let data_dir = global.data_dir.clone().or(file.data_dir).unwrap_or_else(|| PathBuf::from(default_data_dir));
        let database_url = match global.database_url.clone().or(file.database_url) {
            Some(url) => url,
            None => format!("sqlite://{}", data_dir.join("lotse.db").display()),
        };
        if lotse_store::Backend::of_url(&database_url).is_none() {
            bail!("the database URL must start with sqlite:// or postgres:// (got {:?})", redact_url(&database_url));
        }
        let listen = match serve.and_then(|s| s.listen).or(file.listen) {
            Some(listen) => listen,
            None => DEFAULT_LISTEN.parse().context("default listen address")?,
        };
        let public_url = serve.and_then(|s| s.public_url.clone()).or(file.public_url);
        if let Some(url) = &public_url
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            bail!("the public URL must start with http:// or https:// (got {url:?})");
        }
        Ok(Self {
            listen,
            database_url,
            public_url,
            max_body_bytes: env_number("LOTSE_MAX_BODY_BYTES")?.or(file.max_body_bytes).unwrap_or(1024 * 1024),
            api_requests_per_minute: env_number("LOTSE_API_REQUESTS_PER_MINUTE")?
                .or(file.api_requests_per_minute)
                .unwrap_or(600),
            auto_migrate: env_bool("LOTSE_AUTO_MIGRATE")?.or(file.auto_migrate).unwrap_or(true),
            log_format: global.log_format.or(file.log_format).unwrap_or(LogFormat::Plain),
            master_key_file: global
                .master_key_file
                .clone()
                .or(file.master_key_file)
                .unwrap_or_else(|| data_dir.join("master.key")),
            video_url_template: std::env::var("LOTSE_VIDEO_URL_TEMPLATE").ok().or(file.video_url_template),
            erasure_ledger: std::env::var("LOTSE_ERASURE_LEDGER")
                .ok()
                .map(PathBuf::from)
                .or(file.erasure_ledger)
                .unwrap_or_else(|| data_dir.join("erasure-ledger.tsv")),
            attachments_dir: std::env::var("LOTSE_ATTACHMENTS_DIR")
                .ok()
                .map(PathBuf::from)
                .or(file.attachments_dir)
                .unwrap_or_else(|| data_dir.join("attachments")),
            smtp_url: std::env::var("LOTSE_SMTP_URL").ok().filter(|u| !u.is_empty()).or(file.smtp_url),
            mail_from: std::env::var("LOTSE_MAIL_FROM")
                .ok()
                .or(file.mail_from)
                .unwrap_or_else(|| "Lotse <lotse@localhost>".to_string()),
            chat_tenant: match std::env::var("LOTSE_CHAT_TENANT").ok().or(file.chat_tenant) {
                Some(text) => Some(lotse_core::TenantId::parse(&text).with_context(|| {
                    format!("chat_tenant must be a tenant id (see `lotse tenant list`), got {text:?}")
                })?),
                None => None,
            },
            imap_url: std::env::var("LOTSE_IMAP_URL").ok().filter(|u| !u.is_empty()).or(file.imap_url),
            ai: ai_settings(file.ai)?,
            data_dir,
        })
    }

    pub fn uses_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }

    pub fn sqlite_file(&self) -> Option<PathBuf> {
        let rest = self.database_url.strip_prefix("sqlite://").or_else(|| self.database_url.strip_prefix("sqlite:"))?;
        let path = rest.split('?').next().unwrap_or(rest);
        Some(PathBuf::from(path))
    }
}

fn read_file(explicit: Option<&Path>) -> anyhow::Result<FileConfig> {
    let path = match explicit {
        Some(path) => path.to_path_buf(),
        None => {
            let default = PathBuf::from("lotse.toml");
            if !default.exists() {
                return Ok(FileConfig::default());
            }
            default
        }
    };
    let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("{} is not a valid Lotse configuration", path.display()))
}

fn env_number<T: std::str::FromStr>(name: &str) -> anyhow::Result<Option<T>> {
    match std::env::var(name) {
        Ok(text) => {
            text.trim().parse().map(Some).map_err(|_| anyhow::anyhow!("{name} must be a whole number (got {text:?})"))
        }
        Err(_) => Ok(None),
    }
}

fn env_bool(name: &str) -> anyhow::Result<Option<bool>> {
    match std::env::var(name) {
        Ok(text) => match text.trim().to_ascii_lowercase().as_str() {
            "1" | "true" | "yes" | "on" => Ok(Some(true)),
            "0" | "false" | "no" | "off" => Ok(Some(false)),
            _ => bail!("{name} must be true or false (got {text:?})"),
        },
        Err(_) => Ok(None),
    }
}

/// Hides a password in a database URL before it is shown anywhere.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{}:***{}", &url[..scheme_end + 3], user, &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(redact_url("postgres://app:secret@db:5432/lotse"), "postgres://app:***@db:5432/lotse");
        assert_eq!(redact_url("sqlite://./x.db"), "sqlite://./x.db");
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let parsed: Result<FileConfig, _> = toml::from_str("lisen = \"127.0.0.1:1\"");
        assert!(parsed.is_err());
        let parsed: Result<FileConfig, _> = toml::from_str("listen = \"127.0.0.1:9000\"\nlog_format = \"json\"");
        assert!(parsed.is_ok());
    }
}
