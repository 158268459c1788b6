//! Structured logs with `tracing`: plain lines for people, JSON for collectors. The level comes from
//! `LOTSE_LOG` (e.g. `info`, `lotse_web=debug`), default `info`. Never log message bodies or personal data.

use std::io::IsTerminal;
use tracing_subscriber::EnvFilter;

use crate::cli::LogFormat;

pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_env("LOTSE_LOG").unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal());
    // A second init (in tests) is harmless; ignore its error.
    let _ = match format {
        LogFormat::Plain => builder.try_init(),
        LogFormat::Json => builder.json().flatten_event(true).with_current_span(true).try_init(),
    };
}
