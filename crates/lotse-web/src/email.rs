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
    /// The address links in notifications point to.
    pub public_url: String,
    /// When each (recipient, conversation) was last notified: at most one mail in 15 minutes.
    pub notified: std::sync::Mutex<std::collections::HashMap<String, std::time::Instant>>,
}

const NOTIFY_QUIET: std::time::Duration = std::time::Duration::from_secs(15 * 60);

impl MailChannel {
    pub fn new(
        sender: Arc<dyn MailSender>,
        domain: &str,
        inbox: Option<ImapAccount>,
        tenant: TenantId,
        public_url: &str,
    ) -> Self {
        Self {
            sender,
            domain: domain.to_string(),
            inbox,
            tenant,
            public_url: public_url.to_string(),
            notified: std::sync::Mutex::default(),
        }
    }

    fn due(&self, key: String) -> bool {
        let mut notified = self.notified.lock().unwrap_or_else(|e| e.into_inner());
        match notified.get(&key) {
            Some(at) if at.elapsed() < NOTIFY_QUIET => false,
            _ => {
                notified.insert(key, std::time::Instant::now());
                true
            }
        }
    }
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
        let appended = state
            .chat_writer
            .send(NewMessage {
                tenant_id: channel.tenant.clone(),
                conversation_id: conversation.id.clone(),
                sender: SenderKind::Client,
                author: None,
                client_msg_id: chat_service::mail_message_id(&parsed.message_id),
                internal: false,
                body: body.clone(),
                sent_at: now,
                attachment_id: None,
            })
            .await
            .map_err(|e| e.to_string())?;
        // The guard reads mail as it reads chat messages: emergency numbers at once, a flag for a human.
        if !appended.duplicate {
            tokio::spawn(crate::assistant::guard_client_message(state.clone(), conversation, body));
        }
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
            attachment_id: None,
        };
        let _ = state.chat_writer.send(note).await;
    }
}

/// After a message is stored: a client's message notifies counselors who want e-mail (the assignee, or everyone
/// who wants it while nobody is assigned); a counselor's answer in a portal chat notifies the client by e-mail
/// when they gave an address and consented to contact by e-mail. Notifications carry no message text, only a
/// link.
/// What notifications need; deliberately not the whole AppState, which holds the hub that holds this hook.
#[derive(Clone)]
pub struct Notifier {
    pub store: Arc<dyn lotse_core::Store>,
    pub keyring: Arc<lotse_core::keyring::KeyRing>,
    pub clock: Arc<dyn lotse_core::Clock>,
    pub mail: Arc<std::sync::OnceLock<Arc<MailChannel>>>,
}

pub async fn notify(state: Notifier, message: NewMessage) {
    let Some(channel) = state.mail.get() else { return };
    if message.internal {
        return;
    }
    let Ok(conversation) = state.store.conversation(&message.tenant_id, &message.conversation_id).await else { return };
    let now = state.clock.now();
    let base = channel.public_url.trim_end_matches('/');
    let mut mails = Vec::new();
    match message.sender {
        SenderKind::Client => {
            let Ok(profiles) = state.store.counselor_profiles(&message.tenant_id).await else { return };
            for profile in profiles.into_iter().filter(|p| p.notify_by_email) {
                let wanted = conversation.assigned_to.as_ref().is_none_or(|a| *a == profile.user_id);
                if !wanted || !channel.due(format!("{}:{}", profile.user_id, conversation.id)) {
                    continue;
                }
                if let Ok(user) = state.store.user(&message.tenant_id, &profile.user_id).await {
                    let text = Locale::De
                        .t_with("notify-staff-text", &[("link", format!("{base}/inbox/{}", conversation.id))]);
                    mails.push((user.email.clone(), Locale::De.t("notify-staff-subject"), text));
                }
            }
        }
        SenderKind::Staff if conversation.channel == Channel::Chat => {
            let consented = state
                .store
                .consents(&message.tenant_id, &conversation.client_id)
                .await
                .map(|c| {
                    c.iter().any(|c| c.purpose == lotse_core::client::ConsentPurpose::ContactEmail && c.is_active())
                })
                .unwrap_or(false);
            if !consented || !channel.due(format!("client:{}", conversation.id)) {
                return;
            }
            let Ok((_, profile)) = lotse_core::client_service::read_client(
                state.store.as_ref(),
                &state.keyring,
                &message.tenant_id,
                &conversation.client_id,
                now,
            )
            .await
            else {
                return;
            };
            if let Some(address) = profile.email.as_deref().and_then(|a| Email::parse(a).ok()) {
                let locale = Locale::from_code(&conversation.language).unwrap_or(Locale::De);
                let text = locale.t_with("notify-client-text", &[("link", format!("{base}/chat"))]);
                mails.push((address, locale.t("notify-client-subject"), text));
            }
        }
        _ => {}
    }
    for (to, subject, text) in mails {
        let mail = OutgoingMail {
            to,
            subject,
            text,
            message_id: new_message_id(&channel.domain),
            in_reply_to: None,
            references: vec![],
            automatic: true,
        };
        if let Err(error) = channel.sender.send(&mail).await {
            tracing::warn!(error.message = %error, "a notification e-mail was not sent");
        }
    }
}
