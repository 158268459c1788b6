//! The e-mail channel: mails to the counseling address become conversations in the inbox (read by IMAP), and a
//! counselor's answer in such a conversation goes out by SMTP with `In-Reply-To` and `References`, so the
//! client's mail program shows one thread.

use lotse_core::chat::{Channel, Conversation, NewMessage, SenderKind};
use lotse_core::chat_service;
use lotse_core::mail::{MailSender, OutgoingMail, new_message_id};
use lotse_core::{Email, TenantId};
use lotse_mail::imap::{self, ImapAccount};
use std::sync::Arc;

use crate::AppState;
use crate::i18n::Locale;

pub struct MailChannel {
    pub sender: Arc<dyn MailSender>,
    /// For Message-IDs of sent mail.
    pub domain: String,
    /// The counseling mailbox, when mail is read at all.
    pub inbox: Option<ImapAccount>,
    /// The tenant whose counselors answer mail to that mailbox.
    pub tenant: TenantId,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct PollReport {
    pub stored: usize,
    pub skipped: usize,
}

/// Reads unseen mail into conversations, then marks it seen. A mail is marked seen only after its message is
/// committed; fetched again after a crash, it is recognised by its Message-ID and stored once.
pub async fn poll_inbox(state: &AppState) -> Result<PollReport, String> {
    let Some(channel) = state.mail.get() else { return Ok(PollReport::default()) };
    let Some(account) = &channel.inbox else { return Ok(PollReport::default()) };
    let mails = imap::fetch_unseen(account, 100).await.map_err(|e| e.to_string())?;
    let mut report = PollReport::default();
    let mut done = Vec::new();
    for mail in mails {
        let Some(parsed) = imap::parse(&mail.raw) else {
            report.skipped += 1;
            done.push(mail.uid);
            continue;
        };
        let (Ok(from), false) = (Email::parse(&parsed.from), parsed.message_id.is_empty()) else {
            report.skipped += 1;
            done.push(mail.uid);
            continue;
        };
        let now = state.clock.now();
        let today = lotse_core::knowledge_service::today(now).to_string();
        let conversation = chat_service::conversation_for_mail(
            state.store.as_ref(),
            &state.keyring,
            &channel.tenant,
            &from,
            parsed.language.as_deref(),
            &parsed.message_id,
            &parsed.parents,
            &today,
            now,
        )
        .await
        .map_err(|e| e.to_string())?;
        let body = match (parsed.subject.trim(), parsed.text.trim()) {
            ("", text) => text.to_string(),
            (subject, text) => format!("{subject}\n\n{text}"),
        };
        let body: String = body.chars().take(lotse_core::chat::MAX_BODY_CHARS).collect();
        let body = if body.trim().is_empty() { "(…)".to_string() } else { body };
        state
            .chat_writer
            .send(NewMessage {
                tenant_id: channel.tenant.clone(),
                conversation_id: conversation.id.clone(),
                sender: SenderKind::Client,
                author: None,
                client_msg_id: chat_service::mail_message_id(&parsed.message_id),
                internal: false,
                body,
                sent_at: now,
            })
            .await
            .map_err(|e| e.to_string())?;
        report.stored += 1;
        done.push(mail.uid);
    }
    imap::mark_seen(account, &done).await.map_err(|e| e.to_string())?;
    Ok(report)
}

/// Sends a counselor's answer in an e-mail conversation to the client's address, threaded under the last mail
/// received. A failure is written into the conversation as an internal note, so the counselor knows.
pub async fn deliver(state: AppState, conversation: Conversation, body: String) {
    let Some(channel) = state.mail.get() else { return };
    if conversation.channel != Channel::Email {
        return;
    }
    let now = state.clock.now();
    let result = async {
        let (_, profile) = lotse_core::client_service::read_client(
            state.store.as_ref(),
            &state.keyring,
            &conversation.tenant_id,
            &conversation.client_id,
            now,
        )
        .await
        .map_err(|e| e.to_string())?;
        let to = profile.email.as_deref().and_then(|a| Email::parse(a).ok()).ok_or("no address")?;
        let locale = Locale::from_code(&conversation.language).unwrap_or(Locale::De);
        let message_id = new_message_id(&channel.domain);
        let thread: Vec<String> = conversation.email_thread.iter().cloned().collect();
        let mail = OutgoingMail {
            to,
            subject: locale.t("email-reply-subject"),
            text: body,
            message_id: message_id.clone(),
            in_reply_to: conversation.email_thread.clone(),
            references: thread,
            automatic: false,
        };
        channel.sender.send(&mail).await.map_err(|e| e.to_string())?;
        state
            .store
            .record_email(&conversation.tenant_id, &conversation.id, &message_id, false, now)
            .await
            .map_err(|e| e.to_string())?;
        state
            .auditor
            .log(
                Some(&conversation.tenant_id),
                None,
                "email.send",
                "client",
                conversation.client_id.as_str(),
                "counseling",
                "",
            )
            .await
            .map_err(|e| e.to_string())?;
        Ok::<(), String>(())
    }
    .await;
    if let Err(error) = result {
        tracing::warn!(error.message = %error, conversation = %conversation.id, "an answer by e-mail was not sent");
        let note = NewMessage {
            tenant_id: conversation.tenant_id.clone(),
            conversation_id: conversation.id.clone(),
            sender: SenderKind::System,
            author: None,
            client_msg_id: format!("mail-failed-{}", uuid::Uuid::now_v7().simple()),
            internal: true,
            body: Locale::De.t_with("email-not-sent", &[("reason", error)]),
            sent_at: now,
        };
        let _ = state.chat_writer.send(note).await;
    }
}
