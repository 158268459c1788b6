//! Conversations between a client and the counseling service, over the portal chat or e-mail. A conversation
//! belongs to a (pseudonymous) client; every message is sealed with that client's data key, so erasing the
//! client erases the conversation. Messages are numbered per conversation (`seq`, from 1, no gaps); a sender's
//! own id for a message (`client_msg_id`) makes sending idempotent across reconnects.

use crate::case::Topic;
use crate::{CaseId, ClientId, ConversationId, TenantId, Timestamp, UserId};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

string_enum!(
    /// Where a conversation comes from.
    Channel {
        Chat = "chat",
        Email = "email",
    }
);

string_enum!(
    /// Who wrote a message.
    SenderKind {
        Client = "client",
        Staff = "staff",
        System = "system",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conversation {
    pub id: ConversationId,
    pub tenant_id: TenantId,
    pub client_id: ClientId,
    pub case_id: Option<CaseId>,
    pub channel: Channel,
    /// The language the client chose (an interface language code).
    pub language: String,
    pub topic: Option<Topic>,
    pub assigned_to: Option<UserId>,
    pub last_seq: i64,
    pub client_read_seq: i64,
    pub staff_read_seq: i64,
    pub created_at: Timestamp,
    pub last_message_at: Timestamp,
    /// For e-mail conversations: the client's address is in the client's sealed profile; this is the Message-ID
    /// of the last mail received, to thread the reply.
    pub email_thread: Option<String>,
    /// Set when the assistant's guard handed a client's message to a human (urgent, individual legal question).
    pub flag: Option<crate::assistant::ConversationFlag>,
}

/// A message to store: the body is plaintext here and sealed by the writer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMessage {
    pub tenant_id: TenantId,
    pub conversation_id: ConversationId,
    pub sender: SenderKind,
    pub author: Option<UserId>,
    pub client_msg_id: String,
    /// Staff notes the client never sees.
    pub internal: bool,
    pub body: String,
    pub sent_at: Timestamp,
    /// A file sent with the message (see chat_attachment).
    pub attachment_id: Option<String>,
}

/// A message as stored, body still sealed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredMessage {
    pub conversation_id: ConversationId,
    pub seq: i64,
    pub sender: SenderKind,
    pub author: Option<UserId>,
    pub client_msg_id: String,
    pub internal: bool,
    pub sealed_body: Vec<u8>,
    pub sent_at: Timestamp,
    pub attachment_id: Option<String>,
}

/// What storing a message gave: its number, and whether it was there already (a repeated send).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Appended {
    pub seq: i64,
    pub sent_at: Timestamp,
    pub duplicate: bool,
}

pub const MAX_BODY_CHARS: usize = 4000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    #[error("a message has 1 to 4000 characters")]
    Length,
    #[error("the message id has 1 to 64 letters, digits, '-' or '_'")]
    MessageId,
}

/// Trims and checks a body; control characters other than line breaks and tabs are refused.
pub fn check_body(body: &str) -> Result<String, MessageError> {
    let body = body.trim();
    let count = body.chars().count();
    if count == 0 || count > MAX_BODY_CHARS || body.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(MessageError::Length);
    }
    Ok(body.to_string())
}

pub fn check_message_id(id: &str) -> Result<(), MessageError> {
    let ok = (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok { Ok(()) } else { Err(MessageError::MessageId) }
}

/// The label a message body is sealed under, binding it to its place.
pub fn body_label(conversation: &ConversationId, client_msg_id: &str) -> String {
    format!("chat-message:{conversation}:{client_msg_id}")
}

/// Crockford's base32 without the letters that look like digits: easy to read aloud and type on a phone.
const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A new access code: 15 characters (75 random bits) in three groups, `K7QF2-M9DXR-4PZ8A`.
pub fn new_access_code() -> Result<String, crate::secret_token::RandomUnavailable> {
    let mut bytes = [0u8; 15];
    getrandom::fill(&mut bytes).map_err(|_| crate::secret_token::RandomUnavailable)?;
    let chars: Vec<char> = bytes.iter().map(|b| CODE_ALPHABET[usize::from(b & 31)] as char).collect();
    Ok(chars.chunks(5).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-"))
}

/// The digest kept for an access code as typed: case, spaces and dashes do not matter, and the letters
/// people confuse with digits (O, I, L) count as those digits.
pub fn access_code_digest(typed: &str) -> Option<String> {
    let normal: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    let valid = normal.len() == 15 && normal.bytes().all(|b| CODE_ALPHABET.contains(&b));
    valid.then(|| hex::encode(Sha256::digest(format!("lotse-access-code:{normal}").as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_codes_forgive_case_dashes_and_look_alike_letters() {
        let code = new_access_code().unwrap_or_default();
        assert_eq!(code.len(), 17);
        let digest = access_code_digest(&code);
        assert!(digest.is_some());
        assert_eq!(access_code_digest(&code.to_lowercase().replace('-', " ")), digest);
        assert_eq!(access_code_digest("K7QF2-M9DXR-4PZ80"), access_code_digest("k7qf2m9dxr4pz8o"));
        assert_eq!(access_code_digest("too-short"), None);
        assert_eq!(access_code_digest("K7QF2-M9DXR-4PZ8U"), None, "U is not in the alphabet");
    }

    #[test]
    fn bodies_and_message_ids_are_checked() {
        assert_eq!(check_body("  hallo \n"), Ok("hallo".to_string()));
        assert_eq!(check_body("   "), Err(MessageError::Length));
        assert_eq!(check_body(&"x".repeat(4001)), Err(MessageError::Length));
        assert_eq!(check_body("a\u{0007}b"), Err(MessageError::Length));
        assert!(check_message_id("m-01_ab").is_ok());
        assert!(check_message_id("m 1").is_err());
        assert!(check_message_id("").is_err());
    }
}
