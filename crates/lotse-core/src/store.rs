//! What the domain needs from storage. Implemented in `lotse-store` for SQLite and PostgreSQL; one contract
//! test suite runs against both. Every method on tenant data takes the tenant id first.

use crate::{
    Email, Page, PageRequest, TenantId, Timestamp, TokenId, UserId,
    audit::{AuditEntry, AuditEvent},
    password::PasswordHashString,
    secret_token::TokenDigest,
    session::{Session, SessionStage},
    tenant::{Tenant, TenantName},
    user::{LoginRecord, NewUser, User, UserChange},
};
use async_trait::async_trait;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The row does not exist (or belongs to another tenant, which callers must not be able to tell apart).
    #[error("not found")]
    NotFound,
    /// A uniqueness rule was violated; the field names which one.
    #[error("already exists: {0}")]
    Conflict(&'static str),
    /// The database could not be reached or timed out.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// Anything else from the driver. The text is for logs only, never for clients.
    #[error("database error: {0}")]
    Backend(String),
}

/// The owner of a valid API token, as needed to authorise a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenOwner {
    pub token_id: TokenId,
    pub user: User,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiTokenInfo {
    pub id: TokenId,
    pub tenant_id: TenantId,
    pub user_id: UserId,
    pub label: String,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
}

#[async_trait]
pub trait TenantStore: Send + Sync {
    async fn create_tenant(&self, name: &TenantName, now: Timestamp) -> Result<Tenant, StoreError>;
    async fn tenant(&self, id: &TenantId) -> Result<Tenant, StoreError>;
    async fn list_tenants(&self, page: PageRequest) -> Result<Page<Tenant>, StoreError>;
    async fn update_tenant(
        &self,
        id: &TenantId,
        name: &TenantName,
        require_two_factor: bool,
    ) -> Result<Tenant, StoreError>;
}

#[async_trait]
pub trait UserStore: Send + Sync {
    async fn create_user(&self, user: &NewUser, now: Timestamp) -> Result<User, StoreError>;
    async fn user(&self, tenant: &TenantId, id: &UserId) -> Result<User, StoreError>;
    /// Log-in names are unique across the installation, so this lookup needs no tenant.
    async fn user_by_email(&self, email: &Email) -> Result<(User, PasswordHashString), StoreError>;
    async fn list_users(&self, tenant: &TenantId, page: PageRequest) -> Result<Page<User>, StoreError>;
}

/// Log-in state, passwords, two-factor and account changes.
#[async_trait]
pub trait AccountStore: Send + Sync {
    /// Everything log-in needs; log-in names are unique across the installation.
    async fn login_record(&self, email: &Email) -> Result<LoginRecord, StoreError>;
    async fn record_login_failure(
        &self,
        tenant: &TenantId,
        user: &UserId,
        failed_logins: i64,
        locked_until: Option<Timestamp>,
    ) -> Result<(), StoreError>;
    async fn reset_login_failures(&self, tenant: &TenantId, user: &UserId) -> Result<(), StoreError>;
    async fn update_user(&self, tenant: &TenantId, user: &UserId, change: &UserChange) -> Result<User, StoreError>;
    async fn set_password(&self, tenant: &TenantId, user: &UserId, hash: &PasswordHashString)
    -> Result<(), StoreError>;
    /// Stores a (sealed) TOTP secret; `enabled` false keeps it pending until the first code confirms it.
    async fn set_totp(
        &self,
        tenant: &TenantId,
        user: &UserId,
        sealed_secret: Option<&[u8]>,
        enabled: bool,
    ) -> Result<(), StoreError>;
    async fn totp_state(&self, tenant: &TenantId, user: &UserId) -> Result<(Option<Vec<u8>>, bool, i64), StoreError>;
    /// Records a used TOTP step; false when the step is not after the last one used (a replay).
    async fn use_totp_step(&self, tenant: &TenantId, user: &UserId, step: i64) -> Result<bool, StoreError>;
    async fn replace_recovery_codes(
        &self,
        tenant: &TenantId,
        user: &UserId,
        digests: &[String],
    ) -> Result<(), StoreError>;
    /// Marks an unused recovery code used; false when there is none with this digest.
    async fn use_recovery_code(
        &self,
        tenant: &TenantId,
        user: &UserId,
        digest: &str,
        now: Timestamp,
    ) -> Result<bool, StoreError>;
}

#[async_trait]
pub trait SessionStore: Send + Sync {
    async fn create_session(&self, digest: &str, session: &Session) -> Result<(), StoreError>;
    async fn session(&self, digest: &str) -> Result<Session, StoreError>;
    async fn touch_session(&self, digest: &str, now: Timestamp) -> Result<(), StoreError>;
    async fn set_session_stage(&self, digest: &str, stage: SessionStage) -> Result<(), StoreError>;
    async fn delete_session(&self, digest: &str) -> Result<(), StoreError>;
    /// "Log out everywhere"; also used when an account is deactivated. Returns how many ended.
    async fn delete_user_sessions(&self, tenant: &TenantId, user: &UserId) -> Result<u64, StoreError>;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub tenant_id: TenantId,
    pub user_id: UserId,
    pub expires_at: Timestamp,
    pub used_at: Option<Timestamp>,
}

#[async_trait]
pub trait InviteStore: Send + Sync {
    async fn create_invite(&self, digest: &str, invite: &Invite, now: Timestamp) -> Result<(), StoreError>;
    async fn invite(&self, digest: &str) -> Result<Invite, StoreError>;
    /// Marks the invitation used; false if it was used already.
    async fn use_invite(&self, digest: &str, now: Timestamp) -> Result<bool, StoreError>;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrappedKey {
    pub master_key_id: String,
    pub wrapped: Vec<u8>,
}

#[async_trait]
pub trait KeyStore: Send + Sync {
    async fn tenant_key(&self, tenant: &TenantId) -> Result<WrappedKey, StoreError>;
    async fn put_tenant_key(&self, tenant: &TenantId, key: &WrappedKey, now: Timestamp) -> Result<(), StoreError>;
    async fn all_tenant_keys(&self) -> Result<Vec<(TenantId, WrappedKey)>, StoreError>;
    /// Replaces the wrapping of every listed tenant key in one transaction (key rotation).
    async fn rewrap_tenant_keys(&self, keys: &[(TenantId, WrappedKey)]) -> Result<(), StoreError>;
    async fn create_data_key(
        &self,
        tenant: &TenantId,
        id: &str,
        wrapped: &[u8],
        now: Timestamp,
    ) -> Result<(), StoreError>;
    /// The wrapped data key; `Ok(None)` once it was destroyed.
    async fn data_key(&self, tenant: &TenantId, id: &str) -> Result<Option<Vec<u8>>, StoreError>;
    async fn destroy_data_key(&self, tenant: &TenantId, id: &str, now: Timestamp) -> Result<(), StoreError>;
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub actor: Option<UserId>,
    /// Prefix of the action, e.g. `login` matches `login.success` and `login.failure`.
    pub action_prefix: Option<String>,
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub from: Option<Timestamp>,
    pub to: Option<Timestamp>,
}

#[async_trait]
pub trait AuditStore: Send + Sync {
    /// Appends under an exclusive lock so the chain stays linear across instances.
    async fn append_audit(&self, event: &AuditEvent, at: Timestamp) -> Result<AuditEntry, StoreError>;
    /// One tenant's entries, newest first.
    async fn list_audit(
        &self,
        tenant: &TenantId,
        filter: &AuditFilter,
        page: PageRequest,
    ) -> Result<Page<AuditEntry>, StoreError>;
    /// All entries with `seq > after`, oldest first, at most `limit`: for verification.
    async fn audit_after(&self, after: i64, limit: u32) -> Result<Vec<AuditEntry>, StoreError>;
    async fn audit_count(&self) -> Result<u64, StoreError>;
}

#[async_trait]
pub trait TokenStore: Send + Sync {
    async fn create_token(
        &self,
        tenant: &TenantId,
        user: &UserId,
        label: &str,
        digest: &TokenDigest,
        now: Timestamp,
    ) -> Result<ApiTokenInfo, StoreError>;
    /// The active owner of an unrevoked token; records the use.
    async fn authenticate_token(&self, digest: &TokenDigest, now: Timestamp) -> Result<TokenOwner, StoreError>;
    /// Revokes a token of the tenant; with `owner`, only if it belongs to that user.
    async fn revoke_token(
        &self,
        tenant: &TenantId,
        owner: Option<&UserId>,
        id: &TokenId,
        now: Timestamp,
    ) -> Result<(), StoreError>;
}

#[async_trait]
pub trait HealthCheck: Send + Sync {
    /// Succeeds when the database answers a trivial query.
    async fn ping(&self) -> Result<(), StoreError>;
    /// "sqlite" or "postgres", for logs and the ready check.
    fn backend_name(&self) -> &'static str;
    /// Closes all connections (at shutdown); later calls fail as unavailable.
    async fn close(&self);
}

#[async_trait]
pub trait ClientStore: Send + Sync {
    async fn create_client(
        &self,
        client: &crate::client::Client,
        sealed_profile: Option<&[u8]>,
    ) -> Result<(), StoreError>;
    async fn client(&self, tenant: &TenantId, id: &crate::ClientId) -> Result<crate::client::StoredClient, StoreError>;
    /// Replaces the sealed profile; NotFound unless the client is the tenant's and not erased.
    async fn update_client_profile(
        &self,
        tenant: &TenantId,
        id: &crate::ClientId,
        sealed_profile: &[u8],
        now: Timestamp,
    ) -> Result<(), StoreError>;
    /// Newest first; erased clients are left out.
    async fn list_clients(
        &self,
        tenant: &TenantId,
        page: PageRequest,
    ) -> Result<Page<crate::client::Client>, StoreError>;
    /// Removes the personal fields and the alias and marks the client erased (the data key is destroyed by the
    /// key ring); consent records lose their link to a person but are kept as counts.
    async fn erase_client(&self, tenant: &TenantId, id: &crate::ClientId, now: Timestamp) -> Result<(), StoreError>;
    async fn add_consent(&self, tenant: &TenantId, consent: &crate::client::Consent) -> Result<(), StoreError>;
    async fn consents(
        &self,
        tenant: &TenantId,
        client: &crate::ClientId,
    ) -> Result<Vec<crate::client::Consent>, StoreError>;
    async fn withdraw_consent(
        &self,
        tenant: &TenantId,
        client: &crate::ClientId,
        consent: &str,
        now: Timestamp,
    ) -> Result<(), StoreError>;
}

#[async_trait]
pub trait CaseStore: Send + Sync {
    /// Fails with NotFound when the client is not the tenant's (or erased).
    async fn create_case(&self, case: &crate::case::Case, sealed_title: Option<&[u8]>) -> Result<(), StoreError>;
    async fn case(&self, tenant: &TenantId, id: &crate::CaseId) -> Result<crate::case::StoredCase, StoreError>;
    async fn cases_of_client(
        &self,
        tenant: &TenantId,
        client: &crate::ClientId,
    ) -> Result<Vec<crate::case::Case>, StoreError>;
    async fn add_case_entry(&self, tenant: &TenantId, entry: &crate::case::StoredEntry) -> Result<(), StoreError>;
    /// Oldest first.
    async fn case_entries(
        &self,
        tenant: &TenantId,
        case: &crate::CaseId,
    ) -> Result<Vec<crate::case::StoredEntry>, StoreError>;
    /// Sets a referral's status and feedback; NotFound unless it is a referral of this open case of the tenant.
    async fn update_referral(
        &self,
        tenant: &TenantId,
        case: &crate::CaseId,
        entry: &str,
        status: crate::case::ReferralStatus,
        sealed_feedback: Option<&[u8]>,
    ) -> Result<(), StoreError>;
    async fn close_case(
        &self,
        tenant: &TenantId,
        id: &crate::CaseId,
        outcome: crate::case::Outcome,
        now: Timestamp,
    ) -> Result<(), StoreError>;
    /// Closed cases, not yet purged, closed before `closed_before`.
    async fn cases_due(
        &self,
        tenant: &TenantId,
        closed_before: Timestamp,
    ) -> Result<Vec<crate::case::Case>, StoreError>;
    /// Removes a case's content (title, timeline texts, appointments) and marks it purged; topics and outcome stay.
    async fn purge_case(&self, tenant: &TenantId, id: &crate::CaseId, now: Timestamp) -> Result<(), StoreError>;
    /// How many cases of the client are not purged (open or closed).
    async fn live_cases(&self, tenant: &TenantId, client: &crate::ClientId) -> Result<u64, StoreError>;
    async fn set_retention_days(&self, tenant: &TenantId, days: i64) -> Result<(), StoreError>;
}

#[async_trait]
pub trait AppointmentStore: Send + Sync {
    /// Fails with NotFound when the client (or the case) is not the tenant's.
    async fn create_appointment(&self, appointment: &crate::appointment::Appointment) -> Result<(), StoreError>;
    async fn appointment(
        &self,
        tenant: &TenantId,
        id: &crate::AppointmentId,
    ) -> Result<crate::appointment::Appointment, StoreError>;
    /// The appointments of a case, earliest first.
    async fn case_appointments(
        &self,
        tenant: &TenantId,
        case: &crate::CaseId,
    ) -> Result<Vec<crate::appointment::Appointment>, StoreError>;
    /// A counselor's appointments starting in [from, to), oldest first.
    async fn counselor_appointments(
        &self,
        tenant: &TenantId,
        counselor: &UserId,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<crate::appointment::Appointment>, StoreError>;
    /// Appointments of every tenant starting in [from, to), not cancelled, whose reminder is undecided (or was
    /// claimed by an instance that stopped more than 15 minutes before `from`).
    async fn reminders_due(
        &self,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<crate::appointment::Appointment>, StoreError>;
    /// Marks the reminder as being sent by this caller; false when another caller has it.
    async fn claim_reminder(
        &self,
        tenant: &TenantId,
        id: &crate::AppointmentId,
        now: Timestamp,
    ) -> Result<bool, StoreError>;
    /// Gives a claimed reminder back (the mail server did not take it).
    async fn release_reminder(&self, tenant: &TenantId, id: &crate::AppointmentId) -> Result<(), StoreError>;
    /// Records what became of the reminder: `sent`, `no_address`, `no_consent`.
    async fn finish_reminder(
        &self,
        tenant: &TenantId,
        id: &crate::AppointmentId,
        outcome: &str,
        now: Timestamp,
    ) -> Result<(), StoreError>;
}

/// What the assistant keeps: drafts, placeholder mappings, conversation flags, portal alerts.
#[async_trait]
pub trait AssistantStore: Send + Sync {
    /// NotFound unless the client (and conversation or case, when given) are the tenant's.
    async fn insert_draft(&self, draft: &crate::assistant::StoredDraft) -> Result<(), StoreError>;
    async fn draft(&self, tenant: &TenantId, id: &crate::DraftId) -> Result<crate::assistant::StoredDraft, StoreError>;
    /// Records the decision once; Conflict when the draft was already decided.
    async fn decide_draft(
        &self,
        tenant: &TenantId,
        id: &crate::DraftId,
        status: crate::assistant::DraftStatus,
        by: &UserId,
        at: Timestamp,
    ) -> Result<(), StoreError>;
    /// The sealed mapping of a conversation or case, if any.
    async fn assistant_mapping(&self, tenant: &TenantId, scope: &str) -> Result<Option<Vec<u8>>, StoreError>;
    async fn put_assistant_mapping(
        &self,
        tenant: &TenantId,
        client: &crate::ClientId,
        scope: &str,
        sealed: &[u8],
        at: Timestamp,
    ) -> Result<(), StoreError>;
    /// Sets or clears the flag; a set flag is never lowered from urgent to individual_legal.
    async fn flag_conversation(
        &self,
        tenant: &TenantId,
        conversation: &crate::ConversationId,
        flag: Option<crate::assistant::ConversationFlag>,
    ) -> Result<(), StoreError>;
    async fn add_portal_alert(&self, alert: &crate::assistant::PortalAlert) -> Result<(), StoreError>;
    /// Alerts since `since`, newest first, at most `limit`.
    async fn portal_alerts(
        &self,
        tenant: &TenantId,
        since: Timestamp,
        limit: u32,
    ) -> Result<Vec<crate::assistant::PortalAlert>, StoreError>;
}

/// Conversations and their messages.
#[async_trait]
pub trait ChatStore: Send + Sync {
    /// NotFound unless the client is the tenant's.
    async fn create_conversation(
        &self,
        conversation: &crate::chat::Conversation,
        access_digest: Option<&str>,
        password_hash: Option<&str>,
    ) -> Result<(), StoreError>;
    async fn conversation(
        &self,
        tenant: &TenantId,
        id: &crate::ConversationId,
    ) -> Result<crate::chat::Conversation, StoreError>;
    /// The conversation behind an access code, with its password hash when one was set.
    async fn conversation_by_access(
        &self,
        access_digest: &str,
    ) -> Result<(crate::chat::Conversation, Option<String>), StoreError>;
    async fn set_conversation_password(
        &self,
        tenant: &TenantId,
        id: &crate::ConversationId,
        password_hash: &str,
    ) -> Result<(), StoreError>;
    async fn create_chat_session(
        &self,
        digest: &str,
        tenant: &TenantId,
        conversation: &crate::ConversationId,
        now: Timestamp,
        expires_at: Timestamp,
    ) -> Result<(), StoreError>;
    /// The conversation a live session belongs to.
    async fn chat_session(&self, digest: &str, now: Timestamp)
    -> Result<(TenantId, crate::ConversationId), StoreError>;
    /// Stores messages (already sealed) in one transaction, numbering each in its conversation. A message
    /// whose `client_msg_id` is already stored is not stored again; its existing number is returned.
    async fn append_messages(
        &self,
        batch: &[(crate::chat::NewMessage, Vec<u8>)],
    ) -> Result<Vec<Result<crate::chat::Appended, StoreError>>, StoreError>;
    /// Messages with `seq > after`, oldest first, at most `limit`.
    async fn messages_after(
        &self,
        tenant: &TenantId,
        conversation: &crate::ConversationId,
        after: i64,
        limit: u32,
    ) -> Result<Vec<crate::chat::StoredMessage>, StoreError>;
    /// Raises the read mark of one side (never lowers it).
    async fn mark_read(
        &self,
        tenant: &TenantId,
        conversation: &crate::ConversationId,
        client_side: bool,
        seq: i64,
    ) -> Result<(), StoreError>;
    /// The tenant's conversations, latest activity first.
    async fn list_conversations(
        &self,
        tenant: &TenantId,
        filter: &ConversationFilter,
        page: PageRequest,
    ) -> Result<Page<crate::chat::Conversation>, StoreError>;
    /// Assigns (or unassigns) a conversation.
    async fn assign_conversation(
        &self,
        tenant: &TenantId,
        id: &crate::ConversationId,
        user: Option<&UserId>,
    ) -> Result<(), StoreError>;
    async fn add_chat_attachment(&self, attachment: &crate::chat_attachment::ChatAttachment) -> Result<(), StoreError>;
    /// The ids of a conversation's files.
    async fn chat_attachments(
        &self,
        tenant: &TenantId,
        conversation: &crate::ConversationId,
    ) -> Result<Vec<String>, StoreError>;
    /// NotFound unless the attachment belongs to this conversation of the tenant.
    async fn chat_attachment(
        &self,
        tenant: &TenantId,
        conversation: &crate::ConversationId,
        id: &str,
    ) -> Result<crate::chat_attachment::ChatAttachment, StoreError>;
    /// The conversation one of these Message-IDs belongs to (the first known wins).
    async fn email_conversation(
        &self,
        tenant: &TenantId,
        message_ids: &[String],
    ) -> Result<Option<crate::ConversationId>, StoreError>;
    /// Remembers a Message-ID of the conversation (idempotent) and, for received mail, makes it the one
    /// replies answer (`email_thread`).
    async fn record_email(
        &self,
        tenant: &TenantId,
        conversation: &crate::ConversationId,
        message_id: &str,
        received: bool,
        now: Timestamp,
    ) -> Result<(), StoreError>;
    /// Moves a conversation to another client of the tenant in one transaction: the message bodies and file
    /// names re-sealed with that client's key (`messages`: seq → sealed body; `files`: id → (sealed name, new
    /// storage key)), the case link cleared.
    async fn move_conversation(
        &self,
        tenant: &TenantId,
        conversation: &crate::ConversationId,
        client: &crate::ClientId,
        messages: &[(i64, Vec<u8>)],
        files: &[(String, Vec<u8>, String)],
    ) -> Result<(), StoreError>;
    /// Links a conversation to a case of its client.
    async fn link_conversation_case(
        &self,
        tenant: &TenantId,
        id: &crate::ConversationId,
        case: Option<&crate::CaseId>,
    ) -> Result<(), StoreError>;
}

#[derive(Debug, Clone, Default)]
pub struct ConversationFilter {
    /// Only unassigned conversations.
    pub unassigned: bool,
    /// Only those assigned to this user.
    pub assigned_to: Option<UserId>,
    pub language: Option<String>,
    pub topic: Option<String>,
    /// Only those assigned to a member of this team (by the counselors' routing profiles).
    pub team: Option<String>,
}

/// What counselors handle, and cases waiting for a team.
#[async_trait]
pub trait RoutingStore: Send + Sync {
    /// Sets (or replaces) the user's profile; NotFound unless the user is the tenant's.
    async fn set_counselor_profile(&self, profile: &crate::routing::CounselorProfile) -> Result<(), StoreError>;
    /// NotFound when the user has none.
    async fn counselor_profile(
        &self,
        tenant: &TenantId,
        user: &UserId,
    ) -> Result<crate::routing::CounselorProfile, StoreError>;
    /// The profiles of the tenant's active users.
    async fn counselor_profiles(&self, tenant: &TenantId) -> Result<Vec<crate::routing::CounselorProfile>, StoreError>;
    /// Puts an open, unassigned case in front of a team (None: the whole queue). NotFound otherwise.
    async fn set_case_team(
        &self,
        tenant: &TenantId,
        case: &crate::CaseId,
        team: Option<&str>,
    ) -> Result<(), StoreError>;
}

/// Counselors' weekly booking windows and the booking links given to clients.
#[async_trait]
pub trait AvailabilityStore: Send + Sync {
    /// NotFound unless the user is the tenant's.
    async fn add_window(&self, window: &crate::availability::AvailabilityWindow) -> Result<(), StoreError>;
    /// NotFound unless the window is the user's.
    async fn remove_window(
        &self,
        tenant: &TenantId,
        user: &UserId,
        id: &crate::AvailabilityId,
    ) -> Result<(), StoreError>;
    /// A counselor's windows, by weekday and start.
    async fn windows(
        &self,
        tenant: &TenantId,
        user: &UserId,
    ) -> Result<Vec<crate::availability::AvailabilityWindow>, StoreError>;
    /// NotFound unless the case is an open case of the tenant.
    async fn create_booking_link(
        &self,
        digest: &str,
        link: &crate::availability::BookingLink,
    ) -> Result<(), StoreError>;
    async fn booking_link(&self, digest: &str) -> Result<crate::availability::BookingLink, StoreError>;
    /// Books through the link, all or nothing: the appointment is stored only if the link is still unused and
    /// no other appointment of the counselor overlaps it; otherwise Conflict and nothing changes.
    async fn book_through_link(
        &self,
        digest: &str,
        appointment: &crate::appointment::Appointment,
    ) -> Result<(), StoreError>;
}

#[async_trait]
pub trait CalendarFeedStore: Send + Sync {
    /// Sets (or replaces) the user's feed secret.
    async fn set_calendar_feed(
        &self,
        tenant: &TenantId,
        user: &UserId,
        digest: &str,
        now: Timestamp,
    ) -> Result<(), StoreError>;
    /// The owner of a feed secret.
    async fn calendar_feed_owner(&self, digest: &str) -> Result<(TenantId, UserId), StoreError>;
}

/// A case's plan (goals, steps, tasks) and the counselor's own work list.
#[async_trait]
pub trait WorkStore: Send + Sync {
    /// NotFound unless the case is an open case of the tenant.
    async fn add_task(&self, task: &crate::case::StoredTask) -> Result<(), StoreError>;
    /// Marks a task done; NotFound unless it is an open task of this open case of the tenant.
    async fn complete_task(
        &self,
        tenant: &TenantId,
        case: &crate::CaseId,
        task: &str,
        now: Timestamp,
    ) -> Result<(), StoreError>;
    /// Oldest first.
    async fn case_tasks(
        &self,
        tenant: &TenantId,
        case: &crate::CaseId,
    ) -> Result<Vec<crate::case::StoredTask>, StoreError>;
    /// Open tasks due on or before `until` in open cases assigned to `user`, earliest due first.
    async fn tasks_due(
        &self,
        tenant: &TenantId,
        user: &UserId,
        until: jiff::civil::Date,
    ) -> Result<Vec<crate::case::StoredTask>, StoreError>;
    /// Open cases assigned to `user`, newest first.
    async fn assigned_cases(
        &self,
        tenant: &TenantId,
        user: &UserId,
    ) -> Result<Vec<crate::case::StoredCase>, StoreError>;
    /// Open cases nobody is assigned to (the routing queue), oldest first.
    async fn unassigned_cases(&self, tenant: &TenantId) -> Result<Vec<crate::case::StoredCase>, StoreError>;
    /// Assigns an open case to `user`, or back to the queue with `None`; NotFound unless open and the tenant's.
    async fn assign_case(
        &self,
        tenant: &TenantId,
        case: &crate::CaseId,
        user: Option<&UserId>,
    ) -> Result<(), StoreError>;
}

/// Rows of case documents; the sealed bytes are in an [`crate::document::AttachmentStore`].
#[async_trait]
pub trait DocumentStore: Send + Sync {
    /// NotFound unless the case is an open case of the tenant.
    async fn add_document(&self, document: &crate::document::StoredDocument) -> Result<(), StoreError>;
    async fn document(
        &self,
        tenant: &TenantId,
        case: &crate::CaseId,
        id: &str,
    ) -> Result<crate::document::StoredDocument, StoreError>;
    /// Oldest first.
    async fn documents_of_case(
        &self,
        tenant: &TenantId,
        case: &crate::CaseId,
    ) -> Result<Vec<crate::document::StoredDocument>, StoreError>;
    /// Storage keys of documents that are not erased or purged (the sweep keeps exactly these files).
    async fn live_document_keys(&self) -> Result<Vec<String>, StoreError>;
}

/// Verified knowledge, the referral directory and the rumour register. They are shared by the whole installation
/// (a network of organisations reads the same verified content), so these methods take no tenant.
#[async_trait]
pub trait KnowledgeStore: Send + Sync {
    /// Stores a whole article (all versions, reviews, translations). Conflict("slug") when the slug is taken.
    async fn insert_article(&self, article: &crate::knowledge::Article) -> Result<(), StoreError>;
    async fn article(&self, id: &crate::ArticleId) -> Result<crate::knowledge::Article, StoreError>;
    async fn article_by_slug(&self, slug: &str) -> Result<crate::knowledge::Article, StoreError>;
    /// Every article, by slug.
    async fn articles(&self) -> Result<Vec<crate::knowledge::Article>, StoreError>;
    /// Adds the next version and sets the status, in one transaction. Conflict("version") when that version
    /// number exists already (somebody else saved first).
    async fn append_version(
        &self,
        id: &crate::ArticleId,
        version: &crate::knowledge::ArticleVersion,
        status: crate::knowledge::ArticleStatus,
    ) -> Result<(), StoreError>;
    /// Records a review and the article's new state, in one transaction, provided the article is still in
    /// `expected` status with `expected_latest` as its newest version; Conflict("status") otherwise.
    #[allow(clippy::too_many_arguments)]
    async fn record_review(
        &self,
        id: &crate::ArticleId,
        review: &crate::knowledge::Review,
        expected: crate::knowledge::ArticleStatus,
        expected_latest: u32,
        status: crate::knowledge::ArticleStatus,
        published_version: Option<u32>,
        review_due: Option<jiff::civil::Date>,
    ) -> Result<(), StoreError>;
    /// Sets the status only, provided it is still `expected`; Conflict("status") otherwise.
    async fn set_article_status(
        &self,
        id: &crate::ArticleId,
        expected: crate::knowledge::ArticleStatus,
        status: crate::knowledge::ArticleStatus,
    ) -> Result<(), StoreError>;
    /// Adds a translation revision. Conflict("revision") when that revision exists already.
    async fn append_translation(
        &self,
        id: &crate::ArticleId,
        translation: &crate::knowledge::Translation,
    ) -> Result<(), StoreError>;

    /// Creates or replaces a service (matched by id). Conflict("slug") when another service has the slug.
    async fn save_service(&self, service: &crate::directory::Service) -> Result<(), StoreError>;
    async fn service(&self, id: &crate::ServiceId) -> Result<crate::directory::Service, StoreError>;
    /// Every service, by slug.
    async fn services(&self) -> Result<Vec<crate::directory::Service>, StoreError>;

    /// Creates or replaces a rumour (matched by id). Conflict("slug") when another rumour has the slug.
    async fn save_rumour(&self, rumour: &crate::rumour::Rumour) -> Result<(), StoreError>;
    async fn rumour_by_slug(&self, slug: &str) -> Result<crate::rumour::Rumour, StoreError>;
    /// Every rumour, newest first seen first.
    async fn rumours(&self) -> Result<Vec<crate::rumour::Rumour>, StoreError>;

    /// Stores a whole exchange document in one transaction: all of it or, on any conflict, nothing.
    /// Every record must carry its id.
    async fn import_knowledge(&self, document: &crate::knowledge::KnowledgeDocument) -> Result<(), StoreError>;
    /// A number raised by every write to knowledge, directory or rumours.
    async fn knowledge_revision(&self) -> Result<i64, StoreError>;
}

/// Everything at once, as the application holds it.
pub trait Store:
    TenantStore
    + UserStore
    + AccountStore
    + TokenStore
    + SessionStore
    + InviteStore
    + KeyStore
    + AuditStore
    + AvailabilityStore
    + RoutingStore
    + ChatStore
    + AssistantStore
    + ClientStore
    + CaseStore
    + AppointmentStore
    + CalendarFeedStore
    + KnowledgeStore
    + DocumentStore
    + WorkStore
    + HealthCheck
{
}

impl<T> Store for T where
    T: TenantStore
        + UserStore
        + AccountStore
        + TokenStore
        + SessionStore
        + InviteStore
        + KeyStore
        + AuditStore
        + AvailabilityStore
        + RoutingStore
        + ChatStore
        + AssistantStore
        + ClientStore
        + CaseStore
        + AppointmentStore
        + CalendarFeedStore
        + KnowledgeStore
        + DocumentStore
        + WorkStore
        + HealthCheck
{
}
