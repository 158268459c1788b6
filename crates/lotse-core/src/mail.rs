//! Outgoing e-mail as the domain sees it: who, what, and the headers that thread a conversation. How it travels
//! (SMTP, which relay) is an adapter's business (`lotse-mail`).

use crate::Email;
use async_trait::async_trait;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: Email,
    pub subject: String,
    /// Plain text; no HTML mail, so nothing is hidden from a screen reader or a cautious mail client.
    pub text: String,
    /// `<unique@domain>`, chosen by the sender so replies can be matched to what was sent.
    pub message_id: String,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    /// Sent by a job, not typed by a person (marked `Auto-Submitted: auto-generated`).
    pub automatic: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MailError {
    #[error("the mail server refused the message: {0}")]
    Refused(String),
    #[error("the mail server cannot be reached: {0}")]
    Unreachable(String),
    #[error("the message cannot be built: {0}")]
    Invalid(String),
}

#[async_trait]
pub trait MailSender: Send + Sync {
    /// Returns once the mail server has accepted the message for delivery.
    async fn send(&self, mail: &OutgoingMail) -> Result<(), MailError>;
}

/// A fresh `<…@domain>` message id.
pub fn new_message_id(domain: &str) -> String {
    format!("<{}@{}>", uuid::Uuid::now_v7().simple(), domain)
}
