//! What every page shares: the signed-in user, the CSRF token for its forms, the flash message
//! and the current section of the navigation. Below `error` (the error page is a page too):
//! nothing here knows about failures.

use actix_web::{HttpMessage, HttpRequest};
use chrono::{DateTime, Utc};

use crate::auth::{CurrentUser, Flash, Session, SessionState, SessionUser};
use crate::authz;
use crate::i18n::{self, Arg, Lang, Msg};

/// A `("name", value)` argument of a message, as templates write it (askama may pass it by
/// reference).
pub trait NamedArg {
    fn named(self) -> (&'static str, Arg);
}

impl<V: Into<Arg>> NamedArg for (&'static str, V) {
    fn named(self) -> (&'static str, Arg) {
        (self.0, self.1.into())
    }
}

impl<V: Clone + Into<Arg>> NamedArg for &(&'static str, V) {
    fn named(self) -> (&'static str, Arg) {
        (self.0, self.1.clone().into())
    }
}

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
    RescueRequests,
    AdminRescueAreas,
    Referrals,
    AdminReferrals,
    Meetings,
    Notifications,
    AdminEmails,
}

#[derive(Clone)]
pub struct PageContext {
    pub user: Option<SessionUser>,
    pub csrf_token: String,
    pub flash: Option<Flash>,
    pub section: Section,
    /// The language the page is written in.
    pub lang: Lang,
}

impl PageContext {
    pub fn new(current: &CurrentUser, section: Section) -> PageContext {
        PageContext {
            user: Some(current.user.clone()),
            csrf_token: current.csrf_token.clone(),
            flash: current.flash.clone(),
            section,
            lang: current.lang,
        }
    }

    pub fn anonymous(lang: Lang) -> PageContext {
        PageContext {
            user: None,
            csrf_token: String::new(),
            flash: None,
            section: Section::None,
            lang,
        }
    }

    pub fn for_session(session: &Session, section: Section, lang: Lang) -> PageContext {
        PageContext {
            // Until the second factor's code is in, the pages show nobody signed in.
            user: session.user.clone().filter(|_| session.signed_in()),
            csrf_token: session.csrf_token.clone(),
            flash: session.flash.clone(),
            section,
            lang,
        }
    }

    pub fn from_request(req: &HttpRequest, section: Section) -> PageContext {
        let lang = crate::auth::request_lang(req);
        match req
            .extensions()
            .get::<SessionState>()
            .and_then(|s| s.0.as_ref())
        {
            Some(session) => {
                let mut ctx = PageContext::for_session(session, section, lang);
                // The flash was already consumed by the page that failed; do not show it twice.
                ctx.flash = None;
                ctx
            }
            None => PageContext::anonymous(lang),
        }
    }

    /// A message in the page's language. Templates name every word they show this way.
    pub fn t(&self, id: &str) -> String {
        i18n::text(self.lang, id)
    }

    /// A message with one named argument.
    pub fn t1(&self, id: &'static str, name: &'static str, value: impl Into<Arg>) -> String {
        Msg::new(id).arg(name, value).text(self.lang)
    }

    /// A message with two named arguments, each a `("name", value)` pair.
    pub fn t2(&self, id: &'static str, a: impl NamedArg, b: impl NamedArg) -> String {
        let (a, b) = (a.named(), b.named());
        Msg::new(id).arg(a.0, a.1).arg(b.0, b.1).text(self.lang)
    }

    pub fn t3(
        &self,
        id: &'static str,
        a: impl NamedArg,
        b: impl NamedArg,
        c: impl NamedArg,
    ) -> String {
        let (a, b, c) = (a.named(), b.named(), c.named());
        Msg::new(id)
            .arg(a.0, a.1)
            .arg(b.0, b.1)
            .arg(c.0, c.1)
            .text(self.lang)
    }

    /// A message chosen earlier (a field's error, a flash, a view's status line).
    pub fn msg(&self, message: &Msg) -> String {
        message.text(self.lang)
    }

    /// For `<html lang>`.
    pub fn lang_code(&self) -> &'static str {
        self.lang.code()
    }

    /// For `<html dir>`: `rtl` for Arabic.
    pub fn dir(&self) -> &'static str {
        self.lang.dir()
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
            Section::RescueRequests => "rescue-requests",
            Section::AdminRescueAreas => "admin-rescue-areas",
            Section::Referrals => "referrals",
            Section::AdminReferrals => "admin-referrals",
            Section::Meetings => "meetings",
            Section::Notifications => "notifications",
            Section::AdminEmails => "admin-emails",
        };
        if this == section { "page" } else { "false" }
    }

    /// Appended to asset URLs so a new release is fetched despite long caching.
    pub fn asset_version(&self) -> &'static str {
        crate::assets::VERSION.as_str()
    }

    /// The navigation's count of unread notifications: past 99, "99+".
    pub fn unread_shown(&self) -> String {
        match self.user.as_ref().map_or(0, |u| u.unread_notifications) {
            n if n > 99 => "99+".to_owned(),
            n => n.to_string(),
        }
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

    /// The date of a timestamp in the viewer's time zone, written the page language's way.
    pub fn date(&self, at: impl std::borrow::Borrow<DateTime<Utc>>) -> String {
        let local = at.borrow().with_timezone(&self.tz()).date_naive();
        i18n::dates::date(self.lang, local)
    }

    /// A calendar date (a due date, an absence's days), written the page language's way.
    pub fn day(&self, date: impl std::borrow::Borrow<chrono::NaiveDate>) -> String {
        i18n::dates::date(self.lang, *date.borrow())
    }

    /// A timestamp in the viewer's time zone with its offset, the page language's way.
    pub fn time(&self, at: impl std::borrow::Borrow<DateTime<Utc>>) -> String {
        let local = at.borrow().with_timezone(&self.tz());
        i18n::dates::date_time(self.lang, &local)
    }
}
