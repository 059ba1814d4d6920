//! Rows and changes of contact points, their hours, absences and duty shifts. Reads are in
//! `read` (lists cost a fixed number of queries: one to count, one for the page, and six for
//! the details of all its rows together), writes in `write`.

mod read;
mod write;

pub use read::*;
pub use write::*;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use diesel::pg::Pg;
use diesel::{Queryable, Selectable};
use uuid::Uuid;

use super::availability::{self, Absence, Availability, ContactTimes, Shift, WeeklyWindow};
use crate::domain::{Phone, TimeZone};
use std::borrow::Borrow;

use crate::i18n::{self, Lang, Msg};
use crate::orgs::model::Organisation;
use crate::schema::contact_points;

/// An entry not confirmed for this long is flagged as stale: numbers change, people move on.
pub const STALE_AFTER_DAYS: i64 = 90;

pub fn stale_before(now: DateTime<Utc>) -> DateTime<Utc> {
    now - Duration::days(STALE_AFTER_DAYS)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = contact_points, check_for_backend(Pg))]
pub struct ContactPoint {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub name: String,
    pub position: String,
    pub phones: Vec<Option<String>>,
    pub email: Option<String>,
    pub languages: Vec<Option<String>>,
    pub escalation_order: i32,
    pub time_zone: String,
    pub always_available: bool,
    pub verified_at: DateTime<Utc>,
    pub verified_by: Option<Uuid>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl ContactPoint {
    pub fn phones(&self) -> Vec<Phone> {
        self.phones
            .iter()
            .flatten()
            .map(|p| Phone::from_e164_unchecked(p.clone()))
            .collect()
    }

    pub fn language_codes(&self) -> Vec<&str> {
        self.languages
            .iter()
            .flatten()
            .map(String::as_str)
            .collect()
    }

    pub fn tz(&self) -> chrono_tz::Tz {
        TimeZone::from_stored(&self.time_zone)
    }

    pub fn is_stale(&self, now: DateTime<Utc>) -> bool {
        self.verified_at < stale_before(now)
    }
}

/// A messaging service a handle belongs to, in the order the directory shows them. The labels
/// are the services' own names, the same in every language.
pub const SERVICES: [(&str, &str); 4] = [
    ("line", "LINE"),
    ("whatsapp", "WhatsApp"),
    ("signal", "Signal"),
    ("telegram", "Telegram"),
];

#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Handle {
    pub service: String,
    pub handle: String,
}

impl Handle {
    /// The service's name in English, for the vCard file.
    pub fn service_label(&self) -> &'static str {
        SERVICES
            .iter()
            .find(|(key, _)| *key == self.service)
            .map(|(_, label)| *label)
            .unwrap_or("Messaging")
    }

    /// The service's name for a reader of `lang` (the services' own names are the same in
    /// every language; only an unknown one is named by a message).
    pub fn service_name(&self, lang: impl Borrow<Lang>) -> String {
        SERVICES
            .iter()
            .find(|(key, _)| *key == self.service)
            .map(|(_, label)| (*label).to_owned())
            .unwrap_or_else(|| Msg::new("contacts-messaging").text(*lang.borrow()))
    }
}

#[derive(Debug, Clone, Queryable)]
pub struct AbsenceRow {
    pub id: Uuid,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

/// A contact with everything the directory shows of it.
#[derive(Debug, Clone)]
pub struct ContactCard {
    pub contact: ContactPoint,
    pub org: Organisation,
    pub handles: Vec<Handle>,
    pub hours: Vec<WeeklyWindow>,
    /// Absences ending from yesterday (UTC) on, soonest first: enough to decide who is
    /// reachable in any time zone; [`ContactCard::upcoming_absences`] is what pages show.
    pub absences: Vec<AbsenceRow>,
    pub verified_by: Option<String>,
    /// Its duty shifts running now.
    pub shifts: Vec<Shift>,
}

impl ContactCard {
    pub fn availability(&self) -> Availability {
        if self.contact.always_available {
            Availability::Always
        } else {
            Availability::Weekly(self.hours.clone())
        }
    }

    /// What the "who to call" rules need.
    pub fn times(&self) -> ContactTimes {
        ContactTimes {
            id: self.contact.id,
            name: self.contact.name.clone(),
            escalation_order: self.contact.escalation_order,
            time_zone: self.contact.tz(),
            availability: self.availability(),
            absences: self
                .absences
                .iter()
                .filter_map(|a| Absence::new(a.starts_on, a.ends_on).ok())
                .collect(),
        }
    }

    /// Reachable now: not absent, and on shift, 24/7 or within the weekly hours.
    pub fn reachable(&self, now: DateTime<Utc>) -> bool {
        let times = self.times();
        !availability::is_absent(&times, now)
            && (self.on_shift() || availability::is_available(&times, now))
    }

    /// Absences that have not ended in the contact's own zone, for display.
    pub fn upcoming_absences(&self, now: &DateTime<Utc>) -> Vec<&AbsenceRow> {
        let today = now.with_timezone(&self.contact.tz()).date_naive();
        self.absences
            .iter()
            .filter(|a| a.ends_on >= today)
            .collect()
    }

    pub fn on_shift(&self) -> bool {
        !self.shifts.is_empty()
    }

    pub fn is_absent(&self, now: DateTime<Utc>) -> bool {
        availability::is_absent(&self.times(), now)
    }

    /// "24/7" or the weekly hours in English, for the vCard file.
    pub fn describe_hours(&self) -> String {
        availability::describe_availability(Lang::En, &self.availability())
    }

    /// "24/7" or the weekly hours, in the reader's language.
    pub fn hours_in(&self, lang: impl Borrow<Lang>) -> String {
        availability::describe_availability(*lang.borrow(), &self.availability())
    }

    /// The names of the languages the contact speaks, in the reader's language (a code the
    /// table does not know is shown as it is).
    pub fn languages(&self, lang: impl Borrow<Lang>) -> String {
        use crate::domain::languages::{message_id, name_of};
        let lang = *lang.borrow();
        self.contact
            .language_codes()
            .iter()
            .map(|code| match name_of(code) {
                Some(_) => i18n::text(lang, message_id(code)),
                None => (*code).to_owned(),
            })
            .collect::<Vec<_>>()
            .join(Msg::new("contacts-list-separator").text(lang).as_str())
    }

    pub fn handle(&self, service: &str) -> Option<&str> {
        self.handles
            .iter()
            .find(|h| h.service == service)
            .map(|h| h.handle.as_str())
    }
}

/// The directory's filters.
#[derive(Debug, Clone, Default)]
pub struct ContactQuery {
    pub org: Option<Uuid>,
    pub language: Option<String>,
    pub stale: bool,
}

impl ContactQuery {
    /// Whether an entry already loaded (one of the on-duty board's reachable ones) passes the
    /// filters: the same conditions as the SQL of `read::filtered`, for entries of active
    /// organisations.
    pub fn admits(&self, card: &ContactCard, now: DateTime<Utc>) -> bool {
        self.org.is_none_or(|org| card.contact.organisation_id == org)
            && self.language.as_ref().is_none_or(|language| {
                card.contact
                    .languages
                    .iter()
                    .any(|l| l.as_deref() == Some(language.as_str()))
            })
            && (!self.stale || card.contact.is_stale(now))
    }
}

/// The fields of a contact, parsed (its organisation never changes once created).
#[derive(Debug, Clone)]
pub struct ContactFields {
    pub name: String,
    pub position: String,
    pub phones: Vec<Phone>,
    pub email: Option<String>,
    pub handles: Vec<Handle>,
    pub languages: Vec<String>,
    pub escalation_order: i32,
    pub time_zone: chrono_tz::Tz,
    pub always_available: bool,
    pub hours: Vec<WeeklyWindow>,
}

/// A shift on the rota, with its contact's name.
#[derive(Debug, Clone, Queryable)]
pub struct ShiftRow {
    pub id: Uuid,
    pub contact_id: Uuid,
    pub contact_name: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

impl ShiftRow {
    pub fn is_active(&self, now: &DateTime<Utc>) -> bool {
        self.starts_at <= *now && *now < self.ends_at
    }
}
