//! Sending mail by SMTP. The relay is given as a URL: `smtp://host:25` (plain, for a relay on the same host or a
//! test server), `smtp://user:pass@host:587?tls=required` (STARTTLS) or `smtps://user:pass@host:465`.

pub mod imap;

use async_trait::async_trait;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MessageBuilder};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use lotse_core::mail::{MailError, MailSender, OutgoingMail};

#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error("the SMTP URL is not usable: {0}")]
    Url(String),
    #[error("the sender address {0:?} is not a valid mailbox")]
    From(String),
}

pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl SmtpMailer {
    /// `from` may carry a display name: `Beratung Lotse <beratung@example.org>`.
    pub fn new(smtp_url: &str, from: &str) -> Result<Self, SetupError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|e| SetupError::Url(e.to_string()))?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        let from = from.parse::<Mailbox>().map_err(|_| SetupError::From(from.to_string()))?;
        Ok(Self { transport, from })
    }

    /// The domain of the sender address, for message ids.
    pub fn domain(&self) -> &str {
        self.from.email.domain()
    }

    fn build(&self, mail: &OutgoingMail) -> Result<Message, MailError> {
        let to = mail.to.as_str().parse::<Mailbox>().map_err(|e| MailError::Invalid(e.to_string()))?;
        let mut builder: MessageBuilder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(Some(mail.message_id.clone()));
        if let Some(parent) = &mail.in_reply_to {
            builder = builder.in_reply_to(parent.clone());
        }
        if !mail.references.is_empty() {
            builder = builder.references(mail.references.join(" "));
        }
        let mut message = builder
            .header(ContentType::TEXT_PLAIN)
            .body(mail.text.clone())
            .map_err(|e| MailError::Invalid(e.to_string()))?;
        // Mail from a job: auto-responders should not answer it (RFC 3834).
        if mail.automatic {
            message.headers_mut().insert_raw(HeaderValue::new(
                HeaderName::new_from_ascii_str("Auto-Submitted"),
                "auto-generated".to_string(),
            ));
        }
        Ok(message)
    }
}

#[async_trait]
impl MailSender for SmtpMailer {
    async fn send(&self, mail: &OutgoingMail) -> Result<(), MailError> {
        let message = self.build(mail)?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(e) if e.is_permanent() => Err(MailError::Refused(e.to_string())),
            Err(e) => Err(MailError::Unreachable(e.to_string())),
        }
    }
}
