//! The assistant: answers only from verified knowledge and cites it, never sends personal data out
//! unpseudonymised, and hands individual legal questions and emergencies to humans.
//!
//! - [`pii`] finds personal data; [`pseudonym`] replaces it with typed placeholders and restores it.
//! - [`guard`] labels a client's question (GENERAL_INFO, INDIVIDUAL_LEGAL, URGENT, OFF_TOPIC).
//! - [`retrieve`] finds verified passages; [`assistant`] runs the pipeline and checks citations.
//! - [`provider`] talks to any OpenAI-compatible server; [`eval`] measures the parts on labelled sets.

pub mod assistant;
pub mod eval;
pub mod guard;
pub mod patterns;
pub mod pii;
pub mod provider;
pub mod pseudonym;
pub mod retrieve;
pub mod text;

pub use assistant::{Ask, Assistant, Draft, Mode, Notice, Source};
pub use guard::{Label, Verdict};
pub use pii::{KnownPeople, PiiType};
pub use provider::{Provider, ProviderConfig, ProviderError};
pub use pseudonym::Mapping;
