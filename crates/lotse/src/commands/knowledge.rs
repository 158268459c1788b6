//! `lotse import`, `lotse export`, `lotse reindex`.

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use lotse_core::Store;
use lotse_core::knowledge::KnowledgeDocument;
use lotse_core::knowledge_service::{KnowledgeError, KnowledgeService, NoIndex};
use std::io::{Read, Write};
use std::path::Path;

fn read_input(file: &Path) -> anyhow::Result<String> {
    if file.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).context("cannot read standard input")?;
        return Ok(text);
    }
    std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))
}

pub async fn import(store: &dyn Store, file: &Path) -> anyhow::Result<()> {
    let text = read_input(file)?;
    let document: KnowledgeDocument = serde_json::from_str(&text).map_err(|e| {
        anyhow::anyhow!("{} is not a Lotse knowledge file: {e} (see docs/knowledge-format.md)", file.display())
    })?;
    let spinner = ProgressBar::new_spinner();
    spinner.set_message(format!(
        "importing {} articles, {} services, {} rumours",
        document.articles.len(),
        document.directory.len(),
        document.rumours.len()
    ));
    spinner.enable_steady_tick(std::time::Duration::from_millis(120));
    let service = KnowledgeService { store, index: &NoIndex };
    let result = service.import(document).await;
    spinner.finish_and_clear();
    match result {
        Ok((articles, services, rumours)) => {
            eprintln!("Imported {articles} articles, {services} directory entries and {rumours} rumours.");
            Ok(())
        }
        Err(KnowledgeError::Invalid(invalid)) => {
            bail!("nothing was imported: {} is not valid ({})", invalid.field, invalid.problem.key())
        }
        Err(KnowledgeError::Store(lotse_core::StoreError::Conflict(what))) => bail!(
            "nothing was imported: a {what} in the file exists already (import into a database without these \
             records, or remove them from the file)"
        ),
        Err(other) => Err(other).context("nothing was imported"),
    }
}

pub async fn export(store: &dyn Store, file: &Path) -> anyhow::Result<()> {
    let document = lotse_core::knowledge_service::export(store).await.context("cannot read the knowledge")?;
    let mut json = serde_json::to_string_pretty(&document)?;
    json.push('\n');
    if file.as_os_str() == "-" {
        std::io::stdout().write_all(json.as_bytes())?;
    } else {
        // Written next to the target and renamed, so a crash never leaves half a file under the real name.
        let partial = file.with_extension("partial");
        std::fs::write(&partial, &json).with_context(|| format!("cannot write {}", partial.display()))?;
        std::fs::rename(&partial, file).with_context(|| format!("cannot write {}", file.display()))?;
    }
    eprintln!(
        "Exported {} articles, {} directory entries and {} rumours.",
        document.articles.len(),
        document.directory.len(),
        document.rumours.len()
    );
    Ok(())
}

pub async fn reindex(store: &dyn Store) -> anyhow::Result<()> {
    let articles = store.articles().await.context("cannot read the articles")?;
    let index = lotse_search::SearchIndex::new()?;
    let bar = ProgressBar::new(articles.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("indexing [{bar:30}] {pos}/{len} articles ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let started = std::time::Instant::now();
    index.rebuild(&articles, &|done, _| bar.set_position(done as u64))?;
    bar.finish_and_clear();
    let published = articles.iter().filter(|a| a.published().is_some()).count();
    eprintln!(
        "Indexed {} texts of {published} published articles ({} articles in all) in {} ms.",
        index.len(),
        articles.len(),
        started.elapsed().as_millis()
    );
    Ok(())
}
