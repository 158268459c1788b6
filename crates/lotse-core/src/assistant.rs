//! What the assistant leaves behind: drafts (sealed with the client's key, so erasing the client erases them),
//! the placeholder mapping of a conversation or case (sealed the same way), flags on conversations the guard
//! handed to a human, and alerts for urgent questions asked on the public portal (no text, only when and which
//! language). The pipeline itself lives in the lotse-ai crate; this is the part the store keeps.

use crate::{CaseId, ClientId, ConversationId, DraftId, TenantId, Timestamp, UserId};
use serde::{Deserialize, Serialize};

string_enum!(
    /// What a draft is.
    DraftKind {
        Answer = "answer",
        LanguageHelp = "language_help",
    }
);

string_enum!(
    /// Where a draft stands: a human accepts (sends or files it, possibly edited) or discards it.
    DraftStatus {
        Draft = "draft",
        Accepted = "accepted",
        Discarded = "discarded",
    }
);

string_enum!(
    /// Why a conversation waits for a human.
    ConversationFlag {
        Urgent = "urgent",
        IndividualLegal = "individual_legal",
    }
);

/// A stored draft; `sealed` is the JSON of the draft (question, answer, what was sent) sealed with the client's
/// data key under [`draft_label`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDraft {
    pub id: DraftId,
    pub tenant_id: TenantId,
    pub client_id: ClientId,
    pub conversation_id: Option<ConversationId>,
    pub case_id: Option<CaseId>,
    pub kind: DraftKind,
    /// The guard's label (GENERAL_INFO, …), readable for statistics.
    pub label: String,
    pub mode: String,
    pub status: DraftStatus,
    pub sealed: Vec<u8>,
    pub created_by: UserId,
    pub created_at: Timestamp,
    pub decided_by: Option<UserId>,
    pub decided_at: Option<Timestamp>,
}

/// The AEAD context of a sealed draft.
pub fn draft_label(id: &DraftId) -> String {
    format!("assistant-draft:{id}")
}

/// The AEAD context of a sealed mapping; `scope` is a conversation or case id.
pub fn mapping_label(scope: &str) -> String {
    format!("assistant-mapping:{scope}")
}

/// An urgent question on the public portal: counselors see that one came in, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PortalAlert {
    pub tenant_id: TenantId,
    pub label: String,
    pub language: String,
    pub at: Timestamp,
}
