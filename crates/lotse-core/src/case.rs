//! Cases: a client's concern, with topics, a timeline of notes and contacts in every mode, and an outcome.

use crate::{CaseId, ClientId, TenantId, Timestamp, UserId};
use serde::{Deserialize, Serialize};

string_enum!(
    /// What a case is about; the same topics as the knowledge base.
    Topic {
        Residence = "residence",
        WorkPermit = "work_permit",
        Recognition = "recognition",
        LanguageCourse = "language_course",
        JobSearch = "job_search",
        ApplicationDocuments = "application_documents",
        Benefits = "benefits",
        Family = "family",
        Housing = "housing",
        HealthInsurance = "health_insurance",
        SchoolChildcare = "school_childcare",
        EverydayAuthorities = "everyday_authorities",
    }
);

string_enum!(
    /// How a contact happened (blended counseling).
    ContactMode {
        InPerson = "in_person",
        Phone = "phone",
        Video = "video",
        Chat = "chat",
        Email = "email",
        Messenger = "messenger",
    }
);

string_enum!(
    CaseStatus {
        Open = "open",
        Closed = "closed",
    }
);

string_enum!(
    /// How a case ended, for statistics.
    Outcome {
        Resolved = "resolved",
        Referred = "referred",
        ClientWithdrew = "client_withdrew",
        NoContact = "no_contact",
        Other = "other",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Case {
    pub id: CaseId,
    pub tenant_id: TenantId,
    pub client_id: ClientId,
    pub topics: Vec<Topic>,
    pub status: CaseStatus,
    pub outcome: Option<Outcome>,
    pub assigned_to: Option<UserId>,
    pub opened_by: Option<UserId>,
    pub opened_at: Timestamp,
    pub closed_at: Option<Timestamp>,
    /// The first three digits of the client's postcode (for routing by region; no finer).
    pub region: Option<String>,
    /// The team the case waits for when no one person is assigned.
    pub team: Option<String>,
}

#[derive(Debug, Clone)]
pub struct StoredCase {
    pub case: Case,
    pub sealed_title: Option<Vec<u8>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    Note,
    Contact,
    /// A referral to a service of the directory, with a status and feedback.
    Referral,
}

impl EntryKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Note => "note",
            EntryKind::Contact => "contact",
            EntryKind::Referral => "referral",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [EntryKind::Note, EntryKind::Contact, EntryKind::Referral].into_iter().find(|k| k.as_str() == text)
    }
}

string_enum!(
    /// Where a referral stands.
    ReferralStatus {
        Made = "made",
        Accepted = "accepted",
        Completed = "completed",
        Declined = "declined",
        NoShow = "no_show",
    }
);

/// One timeline entry as stored; the text is sealed.
#[derive(Debug, Clone)]
pub struct StoredEntry {
    pub id: String,
    pub case_id: CaseId,
    pub kind: EntryKind,
    pub mode: Option<ContactMode>,
    pub duration_minutes: Option<i64>,
    pub sealed_text: Option<Vec<u8>>,
    pub author: Option<UserId>,
    pub occurred_at: Timestamp,
    pub created_at: Timestamp,
    /// Referrals only: the directory service, its status and the sealed feedback.
    pub service_id: Option<crate::ServiceId>,
    pub referral_status: Option<ReferralStatus>,
    pub sealed_feedback: Option<Vec<u8>>,
}

string_enum!(
    /// What kind of item of a case plan: where the client wants to get, the steps there, concrete tasks.
    TaskKind {
        Goal = "goal",
        Step = "step",
        Task = "task",
    }
);

/// A goal, step or task of a case; the title is sealed with the client's key.
#[derive(Debug, Clone)]
pub struct StoredTask {
    pub id: String,
    pub tenant_id: TenantId,
    pub case_id: CaseId,
    pub kind: TaskKind,
    pub sealed_title: Option<Vec<u8>>,
    /// A calendar date (Europe/Berlin), `YYYY-MM-DD`.
    pub due_on: Option<jiff::civil::Date>,
    pub done_at: Option<Timestamp>,
    pub author: Option<UserId>,
    pub created_at: Timestamp,
}
