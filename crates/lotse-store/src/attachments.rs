//! The attachment store on a local folder: one file per key, written to a temporary name, synced and renamed, so a
//! crash never leaves half a file under a real name.

use async_trait::async_trait;
use lotse_core::document::{AttachmentError, AttachmentStore};
use std::path::{Path, PathBuf};

pub struct LocalFolder {
    root: PathBuf,
}

impl LocalFolder {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// Keys are `<tenant uuid>/<document uuid>`; anything else is refused so a key can never leave the folder.
    fn path(&self, key: &str) -> Result<PathBuf, AttachmentError> {
        let valid = key.split('/').count() == 2
            && key.split('/').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-'));
        if valid { Ok(self.root.join(key)) } else { Err(AttachmentError::Io(format!("bad key {key:?}"))) }
    }
}

fn io(e: std::io::Error) -> AttachmentError {
    if e.kind() == std::io::ErrorKind::NotFound {
        AttachmentError::NotFound
    } else {
        AttachmentError::Io(e.to_string())
    }
}

fn write_durably(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let partial = path.with_extension("partial");
    let mut file = std::fs::File::create(&partial)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(&partial, path)?;
    if let Some(dir) = path.parent() {
        std::fs::File::open(dir)?.sync_all()?;
    }
    Ok(())
}

#[async_trait]
impl AttachmentStore for LocalFolder {
    async fn put(&self, key: &str, bytes: &[u8]) -> Result<(), AttachmentError> {
        let path = self.path(key)?;
        let bytes = bytes.to_vec();
        tokio::task::spawn_blocking(move || write_durably(&path, &bytes))
            .await
            .map_err(|e| AttachmentError::Io(e.to_string()))?
            .map_err(io)
    }

    async fn get(&self, key: &str) -> Result<Vec<u8>, AttachmentError> {
        tokio::fs::read(self.path(key)?).await.map_err(io)
    }

    async fn delete(&self, key: &str) -> Result<(), AttachmentError> {
        match tokio::fs::remove_file(self.path(key)?).await.map_err(io) {
            Err(AttachmentError::NotFound) => Ok(()),
            other => other,
        }
    }

    async fn list(&self) -> Result<Vec<(String, u64)>, AttachmentError> {
        let root = self.root.clone();
        tokio::task::spawn_blocking(move || -> std::io::Result<Vec<(String, u64)>> {
            let mut out = Vec::new();
            let tenants = match std::fs::read_dir(&root) {
                Ok(entries) => entries,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
                Err(e) => return Err(e),
            };
            for tenant in tenants {
                let tenant = tenant?;
                if !tenant.file_type()?.is_dir() {
                    continue;
                }
                for file in std::fs::read_dir(tenant.path())? {
                    let file = file?;
                    let name = file.file_name().to_string_lossy().into_owned();
                    if name.ends_with(".partial") {
                        continue;
                    }
                    let age = file.metadata()?.modified()?.elapsed().map(|d| d.as_secs()).unwrap_or(0);
                    out.push((format!("{}/{name}", tenant.file_name().to_string_lossy()), age));
                }
            }
            Ok(out)
        })
        .await
        .map_err(|e| AttachmentError::Io(e.to_string()))?
        .map_err(io)
    }
}
