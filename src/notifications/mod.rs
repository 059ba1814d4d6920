//! Notifications: what each account is told of the changes that concern it, in the portal
//! (`/notifications`, and a count in the navigation) and by email.
//!
//! A change tells its people in its own transaction (`model::notify`): a notification per
//! account and, for those who want it, an email in the outbox (`email_outbox`). The
//! scheduler sends the outbox (`delivery`), each email once across instances, retried with a
//! growing wait, and writes each mornings' digests (`digest`). Whom a change concerns is the
//! area's call; who of them may see the record is `authz::may_be_told_of`'s.

pub mod admin;
pub mod delivery;
pub mod digest;
pub mod email;
pub mod model;
pub mod views;

use uuid::Uuid;

pub use model::{Audience, Notice, Teller, notify};

pub fn routes(r: &mut crate::web::Routes) {
    r.get("/notifications", views::index);
    r.post("/notifications/read", views::mark_all_read);
    r.post("/notifications/{id}/read", views::mark_read);
    r.post("/notifications/{id}/open", views::open);
    r.post("/account/notifications", views::set_preferences);
    r.post("/action-items/{id}/follow", views::follow);
    r.post("/action-items/{id}/unfollow", views::unfollow);
    r.get("/admin/emails", admin::index);
    r.post("/admin/emails/{id}/retry", admin::retry);
}

/// The portal's address, for the links an email carries (`LIAISON_PUBLIC_URL`).
#[derive(Debug, Clone)]
pub struct Links {
    base: url::Url,
}

impl Links {
    pub fn of(config: &crate::config::AppConfig) -> Links {
        Links::new(config.public_url.clone())
    }

    pub fn new(base: url::Url) -> Links {
        Links { base }
    }

    /// The full address of a path of the portal.
    pub fn to(&self, path: &str) -> String {
        self.base
            .join(path)
            .map(String::from)
            .unwrap_or_else(|_| format!("{}{path}", self.base))
    }
}

/// The record a notification is about, which its line opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    ActionItem(Uuid),
    Referral(Uuid),
    RescueRequest(Uuid),
    Meeting(Uuid),
    /// A digest opens the organisation's open items.
    Digest,
}

impl Subject {
    pub fn stored(self) -> (&'static str, Option<Uuid>) {
        match self {
            Subject::ActionItem(id) => ("action_item", Some(id)),
            Subject::Referral(id) => ("referral", Some(id)),
            Subject::RescueRequest(id) => ("rescue_request", Some(id)),
            Subject::Meeting(id) => ("meeting", Some(id)),
            Subject::Digest => ("digest", None),
        }
    }

    /// As stored; the table's CHECK admits no other pair.
    pub fn from_stored(subject_type: &str, id: Option<Uuid>) -> Subject {
        match (subject_type, id) {
            ("action_item", Some(id)) => Subject::ActionItem(id),
            ("referral", Some(id)) => Subject::Referral(id),
            ("rescue_request", Some(id)) => Subject::RescueRequest(id),
            ("meeting", Some(id)) => Subject::Meeting(id),
            _ => Subject::Digest,
        }
    }

    /// Its page: opaque ids only, never anything about a person.
    pub fn path(self) -> String {
        match self {
            Subject::ActionItem(id) => format!("/action-items/{id}"),
            Subject::Referral(id) => format!("/referrals/{id}"),
            Subject::RescueRequest(id) => format!("/rescue-requests/{id}"),
            Subject::Meeting(id) => format!("/meetings/{id}/minutes"),
            Subject::Digest => "/action-items".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_round_trip_and_link_to_their_pages() {
        let id = Uuid::now_v7();
        for subject in [
            Subject::ActionItem(id),
            Subject::Referral(id),
            Subject::RescueRequest(id),
            Subject::Meeting(id),
            Subject::Digest,
        ] {
            let (kind, stored) = subject.stored();
            assert_eq!(Subject::from_stored(kind, stored), subject);
            assert!(subject.path().starts_with('/'));
        }
        let links = Links {
            base: "https://liaison.example.org/portal/".parse().unwrap(),
        };
        assert_eq!(
            links.to(&Subject::Referral(id).path()),
            format!("https://liaison.example.org/referrals/{id}")
        );
    }
}
