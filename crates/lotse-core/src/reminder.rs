//! E-mail reminders for appointments: a day ahead, to clients who gave an address and consented to contact by
//! e-mail. The check is made when the reminder is due, so a consent withdrawn yesterday stops today's mail.

use crate::appointment::Appointment;
use crate::audit_service::Auditor;
use crate::client::ConsentPurpose;
use crate::client_service::{ClientError, read_client};
use crate::keyring::KeyRing;
use crate::mail::{MailError, MailSender, OutgoingMail, new_message_id};
use crate::store::{Store, StoreError};
use crate::{Email, Timestamp};

/// How long before the start a reminder goes out.
pub const LEAD_TIME_MS: i64 = 24 * 3_600_000;

/// Why a due reminder was not sent; stored with the appointment so it is decided once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderOutcome {
    Sent,
    NoAddress,
    NoConsent,
}

impl ReminderOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderOutcome::Sent => "sent",
            ReminderOutcome::NoAddress => "no_address",
            ReminderOutcome::NoConsent => "no_consent",
        }
    }
}

/// The words of a reminder in the client's language; the web layer holds the translations.
pub trait ReminderWriter: Send + Sync {
    /// `languages` are the client's, most preferred first. Returns subject and plain-text body.
    fn write(&self, languages: &[String], appointment: &Appointment) -> (String, String);
}

#[derive(Debug, thiserror::Error)]
pub enum ReminderError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Client(#[from] ClientError),
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReminderReport {
    pub sent: usize,
    pub skipped: usize,
    /// Left for the next run because the mail server did not take them.
    pub failed: usize,
}

/// Sends the reminders due at `now` (appointments starting within [`LEAD_TIME_MS`]). Safe to run on several
/// instances: an appointment is claimed before its mail goes out, and a claim that fails is released.
pub async fn send_due(
    store: &dyn Store,
    keys: &KeyRing,
    mailer: &dyn MailSender,
    writer: &dyn ReminderWriter,
    auditor: &Auditor,
    mail_domain: &str,
    now: Timestamp,
) -> Result<ReminderReport, ReminderError> {
    let mut report = ReminderReport::default();
    let due = store.reminders_due(now, Timestamp(now.as_millis() + LEAD_TIME_MS)).await?;
    for appointment in due {
        let tenant = &appointment.tenant_id;
        let outcome = match recipient(store, keys, &appointment, now).await? {
            Err(outcome) => outcome,
            Ok((address, languages)) => {
                if !store.claim_reminder(tenant, &appointment.id, now).await? {
                    continue; // another instance has it
                }
                let (subject, text) = writer.write(&languages, &appointment);
                let mail = OutgoingMail {
                    to: address,
                    subject,
                    text,
                    message_id: new_message_id(mail_domain),
                    in_reply_to: None,
                    references: Vec::new(),
                    automatic: true,
                };
                match mailer.send(&mail).await {
                    Ok(()) => ReminderOutcome::Sent,
                    Err(MailError::Invalid(_)) => ReminderOutcome::NoAddress,
                    Err(_) => {
                        // The mail server did not take it: the next run tries again.
                        store.release_reminder(tenant, &appointment.id).await?;
                        report.failed += 1;
                        continue;
                    }
                }
            }
        };
        store.finish_reminder(tenant, &appointment.id, outcome.as_str(), now).await?;
        auditor
            .log(
                Some(tenant),
                None,
                "appointment.reminder",
                "client",
                appointment.client_id.as_str(),
                "appointment_reminder",
                outcome.as_str(),
            )
            .await?;
        match outcome {
            ReminderOutcome::Sent => report.sent += 1,
            _ => report.skipped += 1,
        }
    }
    Ok(report)
}

/// The client's address and languages, or why there is no reminder.
async fn recipient(
    store: &dyn Store,
    keys: &KeyRing,
    appointment: &Appointment,
    now: Timestamp,
) -> Result<Result<(Email, Vec<String>), ReminderOutcome>, ReminderError> {
    let tenant = &appointment.tenant_id;
    let consents = store.consents(tenant, &appointment.client_id).await?;
    if !consents.iter().any(|c| c.purpose == ConsentPurpose::ContactEmail && c.is_active()) {
        return Ok(Err(ReminderOutcome::NoConsent));
    }
    let (client, profile) = match read_client(store, keys, tenant, &appointment.client_id, now).await {
        Ok(found) => found,
        Err(ClientError::Store(StoreError::NotFound)) => return Ok(Err(ReminderOutcome::NoAddress)),
        Err(other) => return Err(other.into()),
    };
    match profile.email.as_deref().map(Email::parse) {
        Some(Ok(address)) => Ok(Ok((address, client.languages))),
        _ => Ok(Err(ReminderOutcome::NoAddress)),
    }
}
