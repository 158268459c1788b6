//! The audit log: append-only and hash-chained. Each entry's hash covers its own fields and the hash of the
//! entry before, so changing, removing or reordering entries breaks the chain where it happened.

use crate::{TenantId, Timestamp, UserId};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// The hash the first entry links to.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What is written; the store adds `seq`, `prev_hash` and `hash` under its append lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent {
    pub tenant_id: Option<TenantId>,
    pub actor: Option<UserId>,
    /// Dotted verb, e.g. `login.success`, `user.update`, `client.read`.
    pub action: String,
    pub entity_type: String,
    pub entity_id: String,
    /// Why the access happened (for personal data: the purpose), e.g. `authentication`, `administration`.
    pub purpose: String,
    /// Short non-personal detail, e.g. which fields changed ("role,active"). Never personal data itself.
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: Timestamp,
    pub tenant_id: Option<TenantId>,
    pub actor: Option<UserId>,
    pub action: String,
    pub entity_type: String,
    pub entity_id: String,
    pub purpose: String,
    pub detail: String,
    pub prev_hash: String,
    pub hash: String,
}

/// The chain hash of an entry: SHA-256 over length-prefixed fields, so no two field lists collide.
pub fn entry_hash(seq: i64, at: Timestamp, event: &AuditEvent, prev_hash: &str) -> String {
    let mut hasher = Sha256::new();
    let mut field = |bytes: &[u8]| {
        hasher.update((bytes.len() as u64).to_be_bytes());
        hasher.update(bytes);
    };
    field(b"lotse-audit-v1");
    field(&seq.to_be_bytes());
    field(&at.as_millis().to_be_bytes());
    field(event.tenant_id.as_ref().map(TenantId::as_str).unwrap_or("").as_bytes());
    field(event.actor.as_ref().map(UserId::as_str).unwrap_or("").as_bytes());
    field(event.action.as_bytes());
    field(event.entity_type.as_bytes());
    field(event.entity_id.as_bytes());
    field(event.purpose.as_bytes());
    field(event.detail.as_bytes());
    field(prev_hash.as_bytes());
    hex::encode(hasher.finalize())
}

impl AuditEntry {
    pub fn event(&self) -> AuditEvent {
        AuditEvent {
            tenant_id: self.tenant_id.clone(),
            actor: self.actor.clone(),
            action: self.action.clone(),
            entity_type: self.entity_type.clone(),
            entity_id: self.entity_id.clone(),
            purpose: self.purpose.clone(),
            detail: self.detail.clone(),
        }
    }

    fn recomputed(&self, seq: i64) -> String {
        entry_hash(seq, self.at, &self.event(), &self.prev_hash)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainProblem {
    /// The entry's content no longer matches its hash.
    Changed { seq: i64 },
    /// Entries between two present ones are gone.
    Removed { from_seq: i64, to_seq: i64 },
    /// An intact entry sits at another position than the one it was written at.
    Moved { seq: i64, written_at: i64 },
    /// The entry does not link to the entry before it (its predecessor was replaced).
    BrokenLink { seq: i64 },
}

impl std::fmt::Display for ChainProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChainProblem::Changed { seq } => write!(f, "entry {seq} was changed"),
            ChainProblem::Removed { from_seq, to_seq } if from_seq == to_seq => {
                write!(f, "entry {from_seq} was removed")
            }
            ChainProblem::Removed { from_seq, to_seq } => write!(f, "entries {from_seq} to {to_seq} were removed"),
            ChainProblem::Moved { seq, written_at } => {
                write!(f, "entry {seq} was reordered (it was written as entry {written_at})")
            }
            ChainProblem::BrokenLink { seq } => write!(f, "entry {seq} does not follow the entry before it"),
        }
    }
}

/// How far from its position a moved entry is recognised as moved (farther, it counts as changed).
const MOVE_WINDOW: i64 = 1000;

/// Checks a run of entries in `seq` order. `before` is the last entry preceding the run (None at the start of
/// the log). Feed the log in batches, passing the last entry of each batch on.
pub struct ChainVerifier {
    expected_seq: i64,
    previous_hash: String,
    pub problems: Vec<ChainProblem>,
    pub checked: u64,
}

impl Default for ChainVerifier {
    fn default() -> Self {
        Self { expected_seq: 1, previous_hash: GENESIS_HASH.to_string(), problems: Vec::new(), checked: 0 }
    }
}

impl ChainVerifier {
    pub fn check(&mut self, entry: &AuditEntry) {
        self.checked += 1;
        if entry.seq > self.expected_seq {
            self.problems.push(ChainProblem::Removed { from_seq: self.expected_seq, to_seq: entry.seq - 1 });
        }
        let intact_here = entry.recomputed(entry.seq) == entry.hash;
        if !intact_here {
            // Content that is intact for another position means the rows were reordered.
            let written_at = (entry.seq - MOVE_WINDOW..=entry.seq + MOVE_WINDOW)
                .filter(|candidate| *candidate >= 1 && *candidate != entry.seq)
                .find(|candidate| entry.recomputed(*candidate) == entry.hash);
            match written_at {
                Some(original) => {
                    self.problems.push(ChainProblem::Moved { seq: entry.seq, written_at: original });
                }
                _ => self.problems.push(ChainProblem::Changed { seq: entry.seq }),
            }
        } else if entry.prev_hash != self.previous_hash && entry.seq == self.expected_seq {
            self.problems.push(ChainProblem::BrokenLink { seq: entry.seq });
        }
        self.previous_hash = entry.hash.clone();
        self.expected_seq = entry.seq + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<AuditEntry> {
        let mut prev = GENESIS_HASH.to_string();
        (1..=n)
            .map(|seq| {
                let event = AuditEvent {
                    tenant_id: None,
                    actor: None,
                    action: format!("test.{seq}"),
                    entity_type: "thing".into(),
                    entity_id: seq.to_string(),
                    purpose: "testing".into(),
                    detail: String::new(),
                };
                let at = Timestamp(seq * 1000);
                let hash = entry_hash(seq, at, &event, &prev);
                let entry = AuditEntry {
                    seq,
                    at,
                    tenant_id: None,
                    actor: None,
                    action: event.action,
                    entity_type: event.entity_type,
                    entity_id: event.entity_id,
                    purpose: event.purpose,
                    detail: event.detail,
                    prev_hash: prev.clone(),
                    hash: hash.clone(),
                };
                prev = hash;
                entry
            })
            .collect()
    }

    fn verify(entries: &[AuditEntry]) -> Vec<String> {
        let mut verifier = ChainVerifier::default();
        for e in entries {
            verifier.check(e);
        }
        verifier.problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn an_intact_chain_verifies() {
        assert!(verify(&chain(5)).is_empty());
    }

    #[test]
    fn names_a_changed_entry() {
        let mut entries = chain(5);
        entries[2].entity_id = "forged".into();
        assert_eq!(verify(&entries), vec!["entry 3 was changed"]);
    }

    #[test]
    fn names_a_removed_entry() {
        let mut entries = chain(5);
        entries.remove(1);
        assert_eq!(verify(&entries), vec!["entry 2 was removed"]);
    }

    #[test]
    fn names_swapped_entries() {
        let mut entries = chain(5);
        // Swap the contents of rows 2 and 4 but keep their positions (seq), as an UPDATE swap would.
        let (a, b) = (entries[1].clone(), entries[3].clone());
        entries[1] = AuditEntry { seq: 2, ..b };
        entries[3] = AuditEntry { seq: 4, ..a };
        let problems = verify(&entries);
        assert!(problems.contains(&"entry 2 was reordered (it was written as entry 4)".to_string()), "{problems:?}");
        assert!(problems.contains(&"entry 4 was reordered (it was written as entry 2)".to_string()), "{problems:?}");
    }
}
