//! Who may do what: one table of role × action, checked centrally. The web edge asks [`allows`] before every
//! protected route and hides what a role may not do; the server refuses it regardless.

use crate::Role;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// The staff start page and one's own account (password, two-factor, sessions, API tokens).
    UseStaffArea,
    /// List, invite, change role of, deactivate staff accounts; reset their two-factor authentication.
    ManageUsers,
    /// Change the tenant's settings (name, two-factor enforcement).
    ManageTenantSettings,
    /// Read the audit log.
    ReadAuditLog,
    /// Read and write clients' personal data (case work).
    HandleClientData,
    /// Draft and translate knowledge articles; edit the directory and the rumour register.
    EditKnowledge,
    /// Publish legally reviewed content.
    PublishReviewedContent,
    /// Post and schedule in the social media channels.
    Streetwork,
}

impl Action {
    pub const ALL: [Action; 8] = [
        Action::UseStaffArea,
        Action::ManageUsers,
        Action::ManageTenantSettings,
        Action::ReadAuditLog,
        Action::HandleClientData,
        Action::EditKnowledge,
        Action::PublishReviewedContent,
        Action::Streetwork,
    ];
}

/// The permission table. Rows are actions, columns roles in the order
/// admin, coordinator, counselor, legal_reviewer, streetworker.
const TABLE: [(Action, [bool; 5]); 8] = [
    //                                   admin  coord  couns  legal  street
    (Action::UseStaffArea, [true, true, true, true, true]),
    (Action::ManageUsers, [true, false, false, false, false]),
    (Action::ManageTenantSettings, [true, false, false, false, false]),
    (Action::ReadAuditLog, [true, false, false, false, false]),
    (Action::HandleClientData, [true, true, true, false, false]),
    (Action::EditKnowledge, [true, true, true, true, true]),
    (Action::PublishReviewedContent, [false, false, false, true, false]),
    (Action::Streetwork, [false, true, false, false, true]),
];

fn column(role: Role) -> usize {
    match role {
        Role::Admin => 0,
        Role::Coordinator => 1,
        Role::Counselor => 2,
        Role::LegalReviewer => 3,
        Role::Streetworker => 4,
    }
}

pub fn allows(role: Role, action: Action) -> bool {
    TABLE.iter().find(|(a, _)| *a == action).and_then(|(_, row)| row.get(column(role)).copied()).unwrap_or(false)
}

/// Roles that can see clients' personal data must use two-factor authentication when the tenant enforces it.
pub fn needs_two_factor(role: Role) -> bool {
    allows(role, Action::HandleClientData) || allows(role, Action::ManageUsers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_a_row() {
        for action in Action::ALL {
            assert!(TABLE.iter().any(|(a, _)| *a == action), "{action:?}");
        }
    }

    #[test]
    fn admins_manage_and_reviewers_publish() {
        assert!(allows(Role::Admin, Action::ManageUsers));
        assert!(!allows(Role::Counselor, Action::ManageUsers));
        assert!(allows(Role::LegalReviewer, Action::PublishReviewedContent));
        assert!(!allows(Role::Admin, Action::PublishReviewedContent));
        assert!(needs_two_factor(Role::Counselor));
        assert!(!needs_two_factor(Role::Streetworker));
    }
}
