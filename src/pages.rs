//! What every page shares: the signed-in user, the CSRF token for its forms, the flash message
//! and the current section of the navigation. Below `error` (the error page is a page too):
//! nothing here knows about failures.

use actix_web::{HttpMessage, HttpRequest};
use chrono::{DateTime, Utc};

use crate::auth::{CurrentUser, Flash, Session, SessionState, SessionUser};
use crate::authz;

/// Which part of the navigation a page belongs to (marked `aria-current`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    None,
    Dashboard,
    Orgs,
    Account,
    AdminOrgs,
    AdminUsers,
    Audit,
    ActionItems,
    Contacts,
    OnDuty,
}

pub struct PageContext {
    pub user: Option<SessionUser>,
    pub csrf_token: String,
    pub flash: Option<Flash>,
    pub section: Section,
}

impl PageContext {
    pub fn new(current: &CurrentUser, section: Section) -> PageContext {
        PageContext {
            user: Some(current.user.clone()),
            csrf_token: current.csrf_token.clone(),
            flash: current.flash.clone(),
            section,
        }
    }

    pub fn anonymous() -> PageContext {
        PageContext {
            user: None,
            csrf_token: String::new(),
            flash: None,
            section: Section::None,
        }
    }

    pub fn for_session(session: &Session, section: Section) -> PageContext {
        PageContext {
            user: session.user.clone(),
            csrf_token: session.csrf_token.clone(),
            flash: session.flash.clone(),
            section,
        }
    }

    pub fn from_request(req: &HttpRequest, section: Section) -> PageContext {
        match req
            .extensions()
            .get::<SessionState>()
            .and_then(|s| s.0.as_ref())
        {
            Some(session) => {
                let mut ctx = PageContext::for_session(session, section);
                // The flash was already consumed by the page that failed; do not show it twice.
                ctx.flash = None;
                ctx
            }
            None => PageContext::anonymous(),
        }
    }

    /// `aria-current` for a navigation link.
    pub fn current(&self, section: &str) -> &'static str {
        let this = match self.section {
            Section::None => "",
            Section::Dashboard => "dashboard",
            Section::Orgs => "orgs",
            Section::Account => "account",
            Section::AdminOrgs => "admin-orgs",
            Section::AdminUsers => "admin-users",
            Section::Audit => "audit",
            Section::ActionItems => "action-items",
            Section::Contacts => "contacts",
            Section::OnDuty => "on-duty",
        };
        if this == section { "page" } else { "false" }
    }

    /// Appended to asset URLs so a new release is fetched despite long caching.
    pub fn asset_version(&self) -> &'static str {
        crate::assets::VERSION.as_str()
    }

    pub fn can_administer(&self) -> bool {
        self.user.as_ref().is_some_and(authz::can_manage_accounts)
    }

    pub fn can_create_action_items(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(authz::can_create_action_items)
    }

    /// Adding contact points to one's own organisation.
    pub fn can_add_contacts(&self) -> bool {
        self.user.as_ref().is_some_and(authz::can_add_contacts)
    }

    pub fn can_read_audit(&self) -> bool {
        self.user.as_ref().is_some_and(authz::can_read_audit)
    }

    /// The viewer's time zone (Asia/Bangkok when signed out).
    pub fn tz(&self) -> chrono_tz::Tz {
        self.user
            .as_ref()
            .map(|u| u.time_zone)
            .unwrap_or(chrono_tz::Asia::Bangkok)
    }

    /// The date of a timestamp in the viewer's time zone.
    pub fn date(&self, at: impl std::borrow::Borrow<DateTime<Utc>>) -> String {
        let tz = self.tz();
        at.borrow()
            .with_timezone(&tz)
            .format("%Y-%m-%d")
            .to_string()
    }

    /// A timestamp in the viewer's time zone.
    pub fn time(&self, at: impl std::borrow::Borrow<DateTime<Utc>>) -> String {
        let tz = self.tz();
        at.borrow()
            .with_timezone(&tz)
            .format("%Y-%m-%d %H:%M %Z")
            .to_string()
    }
}
