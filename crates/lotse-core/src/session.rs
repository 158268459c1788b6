//! Staff sessions. The cookie holds a random id; the database holds only its digest.

use crate::{TenantId, Timestamp, UserId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionStage {
    /// Password accepted; the second factor is still to be given.
    SecondFactor,
    /// Password accepted; the tenant requires two-factor authentication and none is set up yet.
    EnrolSecondFactor,
    /// Fully logged in.
    Complete,
}

impl SessionStage {
    pub fn as_str(self) -> &'static str {
        match self {
            SessionStage::SecondFactor => "second_factor",
            SessionStage::EnrolSecondFactor => "enrol_second_factor",
            SessionStage::Complete => "complete",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "second_factor" => Some(SessionStage::SecondFactor),
            "enrol_second_factor" => Some(SessionStage::EnrolSecondFactor),
            "complete" => Some(SessionStage::Complete),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub tenant_id: TenantId,
    pub user_id: UserId,
    pub stage: SessionStage,
    pub csrf_token: String,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub expires_at: Timestamp,
}

/// Session lifetimes: idle expiry and absolute expiry.
#[derive(Debug, Clone, Copy)]
pub struct SessionPolicy {
    pub idle_ms: i64,
    pub absolute_ms: i64,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        // 30 minutes idle, 12 hours at most: a working day, and a forgotten tablet locks itself soon.
        Self { idle_ms: 30 * 60 * 1000, absolute_ms: 12 * 60 * 60 * 1000 }
    }
}

impl Session {
    pub fn is_valid_at(&self, now: Timestamp, policy: SessionPolicy) -> bool {
        now.as_millis() < self.expires_at.as_millis()
            && now.as_millis() - self.last_seen_at.as_millis() < policy.idle_ms
    }
}
