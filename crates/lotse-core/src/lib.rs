//! The Lotse domain. It knows identifiers, entities, policies and what it needs from storage (the traits in
//! [`store`]); it knows nothing of HTTP, SQL or the file system.

#[macro_use]
mod macros;

pub mod appointment;
pub mod assistant;
pub mod audit;
pub mod audit_service;
pub mod availability;
pub mod case;
pub mod case_service;
pub mod chat;
pub mod chat_attachment;
pub mod chat_service;
pub mod client;
pub mod client_service;
pub mod clock;
pub mod crypto;
pub mod directory;
pub mod document;
pub mod email;
pub mod erasure;
pub mod ids;
pub mod keyring;
pub mod knowledge;
pub mod knowledge_service;
pub mod login;
pub mod mail;
pub mod page;
pub mod password;
pub mod policy;
pub mod reminder;
pub mod retention;
pub mod role;
pub mod routing;
pub mod rumour;
pub mod secret_token;
pub mod session;
pub mod store;
pub mod tenant;
pub mod totp;
pub mod user;

pub use clock::{Clock, SystemClock, Timestamp};
pub use email::Email;
pub use ids::{
    AppointmentId, ArticleId, AvailabilityId, CaseId, ClientId, ConversationId, DraftId, RumourId, ServiceId, TenantId,
    TokenId, UserId,
};
pub use page::{Page, PageRequest};
pub use role::Role;
pub use store::{Store, StoreError};
