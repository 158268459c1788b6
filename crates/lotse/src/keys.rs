//! Where the master key comes from: `LOTSE_MASTER_KEY` (base64) or a key file (mode 0600).

use anyhow::{Context, bail};
use lotse_core::crypto::SecretKey;
use std::io::Write;
use std::path::Path;

use crate::config::Config;

pub const MASTER_KEY_ENV: &str = "LOTSE_MASTER_KEY";

pub enum KeySource {
    Environment,
    File(std::path::PathBuf),
}

/// The configured master key, if there is one.
pub fn load(config: &Config) -> anyhow::Result<Option<(SecretKey, KeySource)>> {
    if let Ok(text) = std::env::var(MASTER_KEY_ENV) {
        let key = SecretKey::from_base64(&text).with_context(|| format!("{MASTER_KEY_ENV} is not a valid key"))?;
        return Ok(Some((key, KeySource::Environment)));
    }
    let path = &config.master_key_file;
    if !path.exists() {
        return Ok(None);
    }
    check_permissions(path)?;
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let key = SecretKey::from_base64(&text).with_context(|| format!("{} does not hold a valid key", path.display()))?;
    Ok(Some((key, KeySource::File(path.clone()))))
}

/// The master key for a server start. A fresh SQLite installation gets a key file on first start; a PostgreSQL
/// deployment must be given one, so that all instances share it.
pub fn load_or_create_for_serving(config: &Config) -> anyhow::Result<SecretKey> {
    if let Some((key, _)) = load(config)? {
        return Ok(key);
    }
    if !config.uses_sqlite() {
        bail!(
            "no master key: set {MASTER_KEY_ENV} (same value on every instance) or --master-key-file; \
             create one with `lotse keys init`"
        );
    }
    let key = SecretKey::generate()?;
    write_new_key_file(&config.master_key_file, &key)?;
    tracing::warn!(
        file = %config.master_key_file.display(),
        "created a new master key file; back it up apart from the database, without it encrypted data is lost"
    );
    Ok(key)
}

/// Writes a key file that must not exist yet, readable by the owner only.
pub fn write_new_key_file(path: &Path, key: &SecretKey) -> anyhow::Result<()> {
    if let Some(parent) = path.parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).with_context(|| {
        if path.exists() {
            format!("{} exists already; refusing to overwrite a master key", path.display())
        } else {
            format!("cannot create {}", path.display())
        }
    })?;
    file.write_all(format!("{}\n", key.to_base64()).as_bytes())?;
    file.sync_all()?;
    Ok(())
}

fn check_permissions(path: &Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)?.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            bail!("{} is readable by others (mode {mode:o}); run `chmod 600 {}`", path.display(), path.display());
        }
    }
    Ok(())
}
