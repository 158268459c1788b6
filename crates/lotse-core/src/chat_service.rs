//! Starting and resuming a conversation from the portal, and sealing and opening message bodies.
//!
//! A chat starts without any account: a pseudonymous client is created with its own data key (so the messages
//! can be sealed and later erased with the client), and the person gets an access code to come back on any
//! device, optionally protected by a password.

use crate::case::Topic;
use crate::chat::{self, Channel, Conversation, StoredMessage};
use crate::client_service::{self, ClientError, NewClientInput};
use crate::keyring::{KeyError, KeyRing};
use crate::password::{Password, PasswordHashString};
use crate::store::{Store, StoreError};
use crate::{ConversationId, TenantId, Timestamp};

#[derive(Debug, thiserror::Error)]
pub enum ChatError {
    #[error("unknown language")]
    Language,
    #[error("unknown topic")]
    Topic,
    #[error("the access code or password is not right")]
    WrongCode,
    #[error("the password is not acceptable: {0}")]
    Password(String),
    #[error(transparent)]
    Message(#[from] chat::MessageError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error(transparent)]
    Client(#[from] ClientError),
    #[error("the system random number generator failed")]
    Random,
}

pub struct Started {
    pub conversation: Conversation,
    /// Shown once to the person; only its digest is stored.
    pub access_code: String,
}

/// Creates a pseudonymous client and a chat conversation in `tenant`.
pub async fn start(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    language: &str,
    topic: Option<&str>,
    today: &str,
    now: Timestamp,
) -> Result<Started, ChatError> {
    let language = language.trim().to_ascii_lowercase();
    if !crate::directory::valid_language_code(&language) {
        return Err(ChatError::Language);
    }
    let topic = match topic.map(str::trim).filter(|t| !t.is_empty()) {
        Some(text) => Some(Topic::parse(text).ok_or(ChatError::Topic)?),
        None => None,
    };
    let access_code = chat::new_access_code().map_err(|_| ChatError::Random)?;
    let digest = chat::access_code_digest(&access_code).ok_or(ChatError::Random)?;
    let id = ConversationId::generate();
    // The alias tells counselors where the person came from without naming them.
    let alias = format!("Chat {}", &id.as_str()[id.as_str().len() - 6..]);
    let input = NewClientInput { alias, languages: vec![language.clone()], profile: Default::default() };
    let (client, _) = client_service::create_client(store, keys, tenant, None, &input, now, today).await?;
    let conversation = Conversation {
        id,
        tenant_id: tenant.clone(),
        client_id: client.id,
        case_id: None,
        channel: Channel::Chat,
        language,
        topic,
        assigned_to: None,
        last_seq: 0,
        client_read_seq: 0,
        staff_read_seq: 0,
        created_at: now,
        last_message_at: now,
        email_thread: None,
        flag: None,
    };
    store.create_conversation(&conversation, Some(&digest), None).await?;
    Ok(Started { conversation, access_code })
}

/// The conversation behind an access code, checking the password when one was set.
pub async fn resume(store: &dyn Store, typed_code: &str, password: &str) -> Result<Conversation, ChatError> {
    let digest = chat::access_code_digest(typed_code).ok_or(ChatError::WrongCode)?;
    let (conversation, hash) = match store.conversation_by_access(&digest).await {
        Ok(found) => found,
        Err(StoreError::NotFound) => return Err(ChatError::WrongCode),
        Err(other) => return Err(other.into()),
    };
    if let Some(hash) = hash {
        let given = Password::parse(password).map_err(|_| ChatError::WrongCode)?;
        if !given.verify(&PasswordHashString(hash)) {
            return Err(ChatError::WrongCode);
        }
    }
    Ok(conversation)
}

/// Protects the access code with a password (the person's choice; at least 12 characters).
pub async fn set_password(store: &dyn Store, conversation: &Conversation, password: &str) -> Result<(), ChatError> {
    let password = Password::parse(password).map_err(|e| ChatError::Password(e.to_string()))?;
    let hash = password.hash().map_err(|e| ChatError::Password(e.to_string()))?;
    store.set_conversation_password(&conversation.tenant_id, &conversation.id, &hash.0).await?;
    Ok(())
}

/// The data key id of the conversation's client (for sealing bodies).
pub async fn client_key_id(store: &dyn Store, conversation: &Conversation) -> Result<String, ChatError> {
    Ok(store.client(&conversation.tenant_id, &conversation.client_id).await?.client.data_key_id)
}

/// A message body opened; an erased client's messages open to nothing.
pub async fn open_body(
    keys: &KeyRing,
    tenant: &TenantId,
    key_id: &str,
    message: &StoredMessage,
    now: Timestamp,
) -> Result<String, ChatError> {
    let label = chat::body_label(&message.conversation_id, &message.client_msg_id);
    let plain = keys.open_with_data_key(tenant, key_id, &label, &message.sealed_body, now).await?;
    String::from_utf8(plain).map_err(|_| ChatError::Key(KeyError::Destroyed))
}

/// The conversation an incoming mail belongs to: the one its In-Reply-To/References (or, fetched again, its own
/// Message-ID) point at, or a new e-mail conversation with a new pseudonymous client whose sealed profile keeps
/// the sender's address. The mail's Message-ID is recorded before its text is stored, so a crash in between
/// cannot start a second conversation.
#[allow(clippy::too_many_arguments)]
pub async fn conversation_for_mail(
    store: &dyn Store,
    keys: &KeyRing,
    tenant: &TenantId,
    from: &crate::Email,
    language: Option<&str>,
    message_id: &str,
    parents: &[String],
    today: &str,
    now: Timestamp,
) -> Result<Conversation, ChatError> {
    let mut known = vec![message_id.to_string()];
    known.extend(parents.iter().cloned());
    if let Some(id) = store.email_conversation(tenant, &known).await? {
        let conversation = store.conversation(tenant, &id).await?;
        store.record_email(tenant, &conversation.id, message_id, true, now).await?;
        return Ok(conversation);
    }
    let language = language.filter(|l| crate::directory::valid_language_code(l)).unwrap_or("de").to_string();
    let id = ConversationId::generate();
    let input = NewClientInput {
        alias: format!("E-Mail {}", &id.as_str()[id.as_str().len() - 6..]),
        languages: vec![language.clone()],
        profile: crate::client::ClientProfile { email: Some(from.as_str().to_string()), ..Default::default() },
    };
    let (client, _) = client_service::create_client(store, keys, tenant, None, &input, now, today).await?;
    let conversation = Conversation {
        id,
        tenant_id: tenant.clone(),
        client_id: client.id,
        case_id: None,
        channel: Channel::Email,
        language,
        topic: None,
        assigned_to: None,
        last_seq: 0,
        client_read_seq: 0,
        staff_read_seq: 0,
        created_at: now,
        last_message_at: now,
        email_thread: None,
        flag: None,
    };
    store.create_conversation(&conversation, None, None).await?;
    store.record_email(tenant, &conversation.id, message_id, true, now).await?;
    Ok(store.conversation(tenant, &conversation.id).await?)
}

/// The message id under which a received mail is stored: derived from its Message-ID, so fetching the same mail
/// twice stores it once.
pub fn mail_message_id(message_id: &str) -> String {
    use sha2::{Digest, Sha256};
    format!("mail-{}", &hex::encode(Sha256::digest(message_id.as_bytes()))[..40])
}

/// Moves a conversation to another client of the tenant (the person turns out to be someone the service knows):
/// every message body and file is re-sealed with that client's key, new file copies are written first and the
/// switch is one transaction, so a failure leaves the conversation as it was. The old pseudonymous client keeps
/// no conversation and can be erased.
pub async fn move_to_client(
    store: &dyn Store,
    keys: &KeyRing,
    attachments: &dyn crate::document::AttachmentStore,
    conversation: &Conversation,
    target: &crate::ClientId,
    now: Timestamp,
) -> Result<(), ChatError> {
    let tenant = &conversation.tenant_id;
    if conversation.client_id == *target {
        return Ok(());
    }
    let old_key = keys.open_data_key(tenant, &client_key_id(store, conversation).await?, now).await?;
    let new_key = keys.open_data_key(tenant, &store.client(tenant, target).await?.client.data_key_id, now).await?;
    let mut messages = Vec::new();
    let mut after = 0;
    loop {
        let page = store.messages_after(tenant, &conversation.id, after, 500).await?;
        let Some(last) = page.last().map(|m| m.seq) else { break };
        for message in page {
            let label = chat::body_label(&message.conversation_id, &message.client_msg_id);
            let plain = old_key.open(&message.sealed_body, &label)?;
            messages.push((message.seq, new_key.seal(&plain, &label)?));
        }
        after = last;
    }
    let mut files = Vec::new();
    for id in store.chat_attachments(tenant, &conversation.id).await? {
        let file = store.chat_attachment(tenant, &conversation.id, &id).await?;
        let name = old_key.open(&file.sealed_name, &crate::chat_attachment::name_label(&id))?;
        let content_label = crate::chat_attachment::content_label(&id);
        let sealed = attachments
            .get(&file.storage_key)
            .await
            .map_err(|e| ChatError::Store(StoreError::Backend(e.to_string())))?;
        let bytes = old_key.open(&sealed, &content_label)?;
        let storage_key = format!("{}/{}", tenant.as_str(), uuid::Uuid::now_v7());
        attachments
            .put(&storage_key, &new_key.seal(&bytes, &content_label)?)
            .await
            .map_err(|e| ChatError::Store(StoreError::Backend(e.to_string())))?;
        files.push((id.clone(), new_key.seal(&name, &crate::chat_attachment::name_label(&id))?, storage_key));
    }
    store.move_conversation(tenant, &conversation.id, target, &messages, &files).await?;
    Ok(())
}
