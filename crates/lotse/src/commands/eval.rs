//! `lotse eval`: the assistant's figures on labelled sets. Reports go to standard output, the last line being
//! one JSON object; progress and notes go to standard error.

use anyhow::Context;
use lotse_core::Store;
use std::path::Path;
use std::sync::Arc;

fn read(file: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))
}

fn report(result: Result<String, lotse_ai::eval::EvalError>, file: &Path) -> anyhow::Result<()> {
    let text = result.with_context(|| format!("{} is not a valid evaluation set", file.display()))?;
    println!("{text}");
    Ok(())
}

pub fn pii(file: &Path) -> anyhow::Result<()> {
    report(lotse_ai::eval::pii(&read(file)?), file)
}

pub fn guardrail(file: &Path) -> anyhow::Result<()> {
    report(lotse_ai::eval::guardrail(&read(file)?), file)
}

/// Retrieval needs knowledge: the given database's, or a fresh demo database's in a temporary folder.
pub async fn retrieval(
    store: Option<Arc<dyn Store>>,
    file: &Path,
    embeddings_url: Option<&str>,
    embedding_model: Option<&str>,
) -> anyhow::Result<()> {
    let source = read(file)?;
    let mut _temporary = None;
    let store = match store {
        Some(s) => s,
        None => {
            let dir = tempfile_dir()?;
            let url = format!("sqlite://{}", dir.join("eval.db").display());
            let store = lotse_store::open(&url, true).await.context("cannot create the demo database")?;
            crate::demo_data::seed_knowledge(store.as_ref()).await?;
            eprintln!("Using the demo knowledge (no --data-dir given).");
            _temporary = Some(TempDir(dir));
            store
        }
    };
    let articles = store.articles().await.context("cannot read the articles")?;
    let index = lotse_search::SearchIndex::new()?;
    index.rebuild(&articles, &|_, _| {})?;
    let provider = match (embeddings_url, embedding_model) {
        (Some(url), Some(model)) => {
            let mut config = lotse_ai::ProviderConfig::new(url, "");
            config.embedding_model = Some(model.to_string());
            config.timeout = std::time::Duration::from_secs(120);
            Some(lotse_ai::Provider::new(config)?)
        }
        _ => None,
    };
    let text = lotse_ai::eval::retrieval(&source, &index, provider.as_ref())
        .await
        .with_context(|| format!("{} is not a valid evaluation set", file.display()))?;
    println!("{text}");
    Ok(())
}

struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("lotse-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    Ok(dir)
}
