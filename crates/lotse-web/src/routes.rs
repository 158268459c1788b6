//! Every route and who may use it: the table the role × route tests walk. A unit test checks that it lists
//! exactly the routes `app()` registers.

use lotse_core::policy::Action;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone.
    Public,
    /// A session in any stage (the log-in steps themselves).
    Session,
    /// A fully logged-in staff member of any role.
    Staff,
    /// A staff member whose role has this permission.
    Permission(Action),
    /// A chat client (with its client token) only.
    ChatClient,
    /// A chat client in its own conversation, or a staff member whose role handles client data.
    ChatParticipant,
}

/// Pages and operational endpoints: (method, path template, access).
pub const PAGE_ROUTES: &[(&str, &str, Access)] = &[
    ("GET", "/", Access::Public),
    ("GET", "/lang", Access::Public),
    ("GET", "/lang/{code}", Access::Public),
    ("GET", "/login", Access::Public),
    ("POST", "/login", Access::Public),
    ("GET", "/login/2fa", Access::Session),
    ("POST", "/login/2fa", Access::Session),
    ("POST", "/logout", Access::Session),
    ("POST", "/logout/everywhere", Access::Staff),
    ("GET", "/staff", Access::Staff),
    ("GET", "/account/2fa", Access::Session),
    ("POST", "/account/2fa", Access::Session),
    ("GET", "/account/password", Access::Staff),
    ("POST", "/account/password", Access::Staff),
    ("GET", "/admin/audit", Access::Permission(Action::ReadAuditLog)),
    ("GET", "/admin/users", Access::Permission(Action::ManageUsers)),
    ("POST", "/admin/users", Access::Permission(Action::ManageUsers)),
    ("GET", "/admin/users/{id}", Access::Permission(Action::ManageUsers)),
    ("POST", "/admin/users/{id}", Access::Permission(Action::ManageUsers)),
    ("POST", "/admin/users/{id}/reset-2fa", Access::Permission(Action::ManageUsers)),
    ("GET", "/admin/settings", Access::Permission(Action::ManageTenantSettings)),
    ("POST", "/admin/settings", Access::Permission(Action::ManageTenantSettings)),
    ("GET", "/invite/{token}", Access::Public),
    ("POST", "/invite/{token}", Access::Public),
    ("GET", "/calendar/{file}", Access::Public),
    ("GET", "/clients", Access::Permission(Action::HandleClientData)),
    ("POST", "/clients", Access::Permission(Action::HandleClientData)),
    ("GET", "/clients/{id}", Access::Permission(Action::HandleClientData)),
    ("POST", "/clients/{id}/cases", Access::Permission(Action::HandleClientData)),
    ("GET", "/clients/{id}/export", Access::Permission(Action::HandleClientData)),
    ("POST", "/clients/{id}/consents", Access::Permission(Action::HandleClientData)),
    ("POST", "/clients/{id}/consents/{consent}/withdraw", Access::Permission(Action::HandleClientData)),
    ("GET", "/consent-forms", Access::Permission(Action::HandleClientData)),
    ("GET", "/cases/{id}", Access::Permission(Action::HandleClientData)),
    ("POST", "/cases/{id}/notes", Access::Permission(Action::HandleClientData)),
    ("POST", "/cases/{id}/contacts", Access::Permission(Action::HandleClientData)),
    ("POST", "/cases/{id}/close", Access::Permission(Action::HandleClientData)),
    ("POST", "/cases/{id}/referrals", Access::Permission(Action::HandleClientData)),
    ("POST", "/cases/{id}/documents", Access::Permission(Action::HandleClientData)),
    ("POST", "/cases/{id}/appointments", Access::Permission(Action::HandleClientData)),
    ("POST", "/cases/{id}/tasks", Access::Permission(Action::HandleClientData)),
    ("POST", "/cases/{id}/assign", Access::Permission(Action::HandleClientData)),
    ("GET", "/queue", Access::Permission(Action::HandleClientData)),
    ("GET", "/availability", Access::Permission(Action::HandleClientData)),
    ("POST", "/availability", Access::Permission(Action::HandleClientData)),
    ("POST", "/availability/{id}/delete", Access::Permission(Action::HandleClientData)),
    ("POST", "/availability/profile", Access::Permission(Action::HandleClientData)),
    ("POST", "/cases/{id}/team", Access::Permission(Action::HandleClientData)),
    ("POST", "/cases/{id}/booking-link", Access::Permission(Action::HandleClientData)),
    ("GET", "/chat", Access::Public),
    ("POST", "/chat/start", Access::Public),
    ("POST", "/chat/resume", Access::Public),
    ("GET", "/chat/c", Access::Public),
    ("POST", "/chat/c/send", Access::Public),
    ("POST", "/chat/c/notify", Access::Public),
    ("POST", "/chat/c/file", Access::Public),
    ("GET", "/chat/manifest.webmanifest", Access::Public),
    ("GET", "/chat/sw.js", Access::Public),
    ("GET", "/inbox", Access::Permission(Action::HandleClientData)),
    ("GET", "/inbox/{id}", Access::Permission(Action::HandleClientData)),
    ("POST", "/inbox/{id}/reply", Access::Permission(Action::HandleClientData)),
    ("POST", "/inbox/{id}/assign", Access::Permission(Action::HandleClientData)),
    ("POST", "/inbox/{id}/case", Access::Permission(Action::HandleClientData)),
    ("POST", "/inbox/{id}/client", Access::Permission(Action::HandleClientData)),
    ("POST", "/inbox/{id}/assistant", Access::Permission(Action::HandleClientData)),
    ("POST", "/inbox/{id}/assistant/{draft}", Access::Permission(Action::HandleClientData)),
    ("POST", "/inbox/{id}/language-help", Access::Permission(Action::HandleClientData)),
    ("POST", "/cases/{id}/assistant", Access::Permission(Action::HandleClientData)),
    ("POST", "/cases/{id}/assistant/{draft}", Access::Permission(Action::HandleClientData)),
    ("GET", "/ask", Access::Public),
    ("POST", "/ask", Access::Public),
    ("GET", "/book/{token}", Access::Public),
    ("POST", "/book/{token}", Access::Public),
    ("GET", "/book/{token}/ics", Access::Public),
    ("POST", "/cases/{id}/tasks/{task}/done", Access::Permission(Action::HandleClientData)),
    ("GET", "/appointments/{file}", Access::Permission(Action::HandleClientData)),
    ("GET", "/cases/{id}/documents/{doc}", Access::Permission(Action::HandleClientData)),
    ("POST", "/cases/{id}/referrals/{entry}", Access::Permission(Action::HandleClientData)),
    ("GET", "/knowledge", Access::Public),
    ("GET", "/knowledge/search", Access::Public),
    ("GET", "/knowledge/topics/{topic}", Access::Public),
    ("GET", "/knowledge/{slug}", Access::Public),
    ("GET", "/services", Access::Public),
    ("GET", "/fact-checks", Access::Public),
    ("GET", "/editorial", Access::Permission(Action::EditKnowledge)),
    ("POST", "/editorial", Access::Permission(Action::EditKnowledge)),
    ("GET", "/editorial/{id}", Access::Permission(Action::EditKnowledge)),
    ("POST", "/editorial/{id}", Access::Permission(Action::EditKnowledge)),
    ("POST", "/editorial/{id}/submit", Access::Permission(Action::EditKnowledge)),
    ("POST", "/editorial/{id}/publish", Access::Permission(Action::PublishReviewedContent)),
    ("POST", "/editorial/{id}/return", Access::Permission(Action::PublishReviewedContent)),
    ("POST", "/editorial/{id}/archive", Access::Permission(Action::PublishReviewedContent)),
    ("POST", "/editorial/{id}/translations", Access::Permission(Action::EditKnowledge)),
    ("GET", "/editorial/{id}/diff/{version}", Access::Permission(Action::EditKnowledge)),
    ("GET", "/reviews", Access::Permission(Action::PublishReviewedContent)),
    ("GET", "/static/{*path}", Access::Public),
    ("GET", "/health", Access::Public),
    ("GET", "/ready", Access::Public),
    ("GET", "/metrics", Access::Public),
    ("GET", "/api/openapi.json", Access::Public),
];

/// The JSON API: (method, path template, access). Every route needs a bearer token except the public reading of
/// published knowledge, the directory and the rumour register.
pub const API_ROUTES: &[(&str, &str, Access)] = &[
    ("GET", "/api/v1/me", Access::Staff),
    ("POST", "/api/v1/tokens", Access::Staff),
    ("DELETE", "/api/v1/tokens/{id}", Access::Staff),
    ("GET", "/api/v1/users", Access::Permission(Action::ManageUsers)),
    ("POST", "/api/v1/users", Access::Permission(Action::ManageUsers)),
    ("PATCH", "/api/v1/users/{id}", Access::Permission(Action::ManageUsers)),
    ("POST", "/api/v1/users/{id}/reset-2fa", Access::Permission(Action::ManageUsers)),
    ("GET", "/api/v1/tenant/settings", Access::Permission(Action::ManageTenantSettings)),
    ("PUT", "/api/v1/tenant/settings", Access::Permission(Action::ManageTenantSettings)),
    ("GET", "/api/v1/audit", Access::Permission(Action::ReadAuditLog)),
    ("POST", "/api/v1/clients", Access::Permission(Action::HandleClientData)),
    ("GET", "/api/v1/clients", Access::Permission(Action::HandleClientData)),
    ("GET", "/api/v1/clients/{id}", Access::Permission(Action::HandleClientData)),
    ("GET", "/api/v1/clients/{id}/export", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/clients/{id}/erase", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/clients/{id}/consents", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/clients/{id}/consents/{consent}/withdraw", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/cases", Access::Permission(Action::HandleClientData)),
    ("GET", "/api/v1/cases/{id}", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/cases/{id}/notes", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/cases/{id}/contacts", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/cases/{id}/close", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/cases/{id}/referrals", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/cases/{id}/documents", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/cases/{id}/tasks", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/cases/{id}/assign", Access::Permission(Action::HandleClientData)),
    ("GET", "/api/v1/cases/queue", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/chat/start", Access::Public),
    ("POST", "/api/v1/chat/resume", Access::Public),
    ("POST", "/api/v1/chat/password", Access::ChatClient),
    ("GET", "/api/v1/chat/ws", Access::ChatParticipant),
    ("GET", "/api/v1/chat/events", Access::ChatParticipant),
    ("GET", "/api/v1/conversations", Access::Permission(Action::HandleClientData)),
    ("GET", "/api/v1/conversations/{id}/messages", Access::ChatParticipant),
    ("POST", "/api/v1/conversations/{id}/messages", Access::ChatParticipant),
    ("POST", "/api/v1/conversations/{id}/read", Access::ChatParticipant),
    ("POST", "/api/v1/conversations/{id}/attachments", Access::ChatParticipant),
    ("GET", "/api/v1/conversations/{id}/attachments/{attachment}", Access::ChatParticipant),
    ("POST", "/api/v1/conversations/{id}/assign", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/conversations/{id}/case", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/conversations/{id}/client", Access::Permission(Action::HandleClientData)),
    ("GET", "/api/v1/me/routing-profile", Access::Permission(Action::HandleClientData)),
    ("PUT", "/api/v1/me/routing-profile", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/cases/{id}/team", Access::Permission(Action::HandleClientData)),
    ("GET", "/api/v1/availability", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/availability", Access::Permission(Action::HandleClientData)),
    ("DELETE", "/api/v1/availability/{id}", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/cases/{id}/booking-links", Access::Permission(Action::HandleClientData)),
    ("GET", "/api/v1/booking/{token}", Access::Public),
    ("POST", "/api/v1/booking/{token}", Access::Public),
    ("POST", "/api/v1/cases/{id}/tasks/{task}/done", Access::Permission(Action::HandleClientData)),
    ("GET", "/api/v1/cases/{id}/documents/{doc}", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/cases/{id}/referrals/{entry}", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/appointments", Access::Permission(Action::HandleClientData)),
    ("GET", "/api/v1/appointments/{id}", Access::Permission(Action::HandleClientData)),
    ("GET", "/api/v1/appointments/{id}/ics", Access::Permission(Action::HandleClientData)),
    ("POST", "/api/v1/me/calendar-feed", Access::Staff),
    ("GET", "/api/v1/search", Access::Public),
    ("GET", "/api/v1/articles", Access::Public),
    ("POST", "/api/v1/articles", Access::Permission(Action::EditKnowledge)),
    ("GET", "/api/v1/articles/{id}", Access::Public),
    ("GET", "/api/v1/articles/{id}/history", Access::Permission(Action::EditKnowledge)),
    ("POST", "/api/v1/articles/{id}/versions", Access::Permission(Action::EditKnowledge)),
    ("POST", "/api/v1/articles/{id}/submit", Access::Permission(Action::EditKnowledge)),
    ("POST", "/api/v1/articles/{id}/publish", Access::Permission(Action::PublishReviewedContent)),
    ("POST", "/api/v1/articles/{id}/return", Access::Permission(Action::PublishReviewedContent)),
    ("POST", "/api/v1/articles/{id}/archive", Access::Permission(Action::PublishReviewedContent)),
    ("POST", "/api/v1/articles/{id}/translations", Access::Permission(Action::EditKnowledge)),
    ("GET", "/api/v1/services", Access::Public),
    ("POST", "/api/v1/services", Access::Permission(Action::EditKnowledge)),
    ("PUT", "/api/v1/services/{id}", Access::Permission(Action::EditKnowledge)),
    ("GET", "/api/v1/rumours", Access::Public),
    ("POST", "/api/v1/rumours", Access::Permission(Action::EditKnowledge)),
    ("PUT", "/api/v1/rumours/{id}", Access::Permission(Action::EditKnowledge)),
    ("GET", "/api/v1/knowledge/export", Access::Permission(Action::EditKnowledge)),
    ("POST", "/api/v1/knowledge/import", Access::Permission(Action::PublishReviewedContent)),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn the_page_table_lists_exactly_the_registered_routes() {
        let source = include_str!("lib.rs");
        let registered: BTreeSet<&str> =
            source.split(".route(\"").skip(1).filter_map(|rest| rest.split('"').next()).collect();
        let listed: BTreeSet<&str> = PAGE_ROUTES.iter().map(|(_, path, _)| *path).collect();
        assert_eq!(registered, listed);
    }

    #[test]
    fn the_api_table_lists_exactly_the_documented_routes() {
        let (_, doc) = crate::api::router();
        let mut documented = BTreeSet::new();
        for (path, item) in doc.paths.paths.iter() {
            let methods = [
                ("GET", item.get.is_some()),
                ("POST", item.post.is_some()),
                ("PUT", item.put.is_some()),
                ("PATCH", item.patch.is_some()),
                ("DELETE", item.delete.is_some()),
            ];
            for (method, present) in methods {
                if present {
                    documented.insert((method.to_string(), path.clone()));
                }
            }
        }
        let listed: BTreeSet<(String, String)> =
            API_ROUTES.iter().map(|(m, p, _)| (m.to_string(), p.to_string())).collect();
        assert_eq!(documented, listed);
    }
}
