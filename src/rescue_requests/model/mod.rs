//! Rows of rescue requests, and their personal part. The clear columns are what every viewer
//! in scope may know; who the person is lives in two sealed values ([`Person`],
//! [`Situation`]) that only the person's country and coordinators ever see opened: the reads
//! for observers do not select them at all. Reads are in `read`, writes in `write`, the
//! sealing contexts and the key rotation in `sealed`.

mod read;
pub mod sealed;
mod write;

pub use read::*;
pub use write::*;

use chrono::{DateTime, NaiveDate, Utc};
use diesel::pg::Pg;
use diesel::{Queryable, Selectable};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::rescue::{RescueReference, RescueStatus, Sex, Urgency};
use crate::personal::Keyring;
use crate::schema::rescue_requests;

/// The clear columns of a request.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = rescue_requests, check_for_backend(Pg))]
pub struct RequestRow {
    pub id: Uuid,
    pub year: i16,
    pub number: i32,
    pub nationality: String,
    pub filed_by_org_id: Uuid,
    pub status: RescueStatus,
    pub urgency: Urgency,
    pub area_id: Uuid,
    pub last_contact_on: Option<NaiveDate>,
    pub assigned_org_id: Option<Uuid>,
    pub assigned_user_id: Option<Uuid>,
    pub operation_id: Option<Uuid>,
    pub version: i32,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl RequestRow {
    pub fn reference(&self) -> RescueReference {
        RescueReference {
            year: self.year,
            number: self.number,
        }
    }
}

/// Who the person is. Sealed as one value: the fields are only ever read together.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub full_name: String,
    pub other_names: String,
    pub sex: Sex,
    pub date_of_birth: Option<NaiveDate>,
    pub approximate_age: Option<u8>,
    /// Normalised (`FA1234567`), as the blind index hashes it.
    pub passport_number: Option<String>,
    /// E.164.
    pub phones: Vec<String>,
    pub handles: String,
    pub family_contact: String,
}

/// Where the person is and how they got there; as personal as the name (a location and a story
/// identify someone).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Situation {
    pub last_known_location: String,
    pub compound: String,
    pub recruitment: String,
    pub circumstances: String,
}

/// The personal part as opened for a reader allowed to see it.
#[derive(Debug, Clone)]
pub struct Personal {
    pub person: Person,
    pub situation: Situation,
}

/// An organisation as requests name it.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct OrgRef {
    pub id: Uuid,
    pub code: String,
    pub name: String,
}

/// A request with the names it refers to and, when the reader may see it, its personal part.
#[derive(Debug, Clone)]
pub struct RequestCard {
    pub row: RequestRow,
    pub area: String,
    /// The area is the list's last, "Other": shown in the reader's language.
    pub area_is_other: bool,
    /// The country organisation of the person's nationality, when it is on the portal.
    pub country: Option<OrgRef>,
    pub assigned_org: Option<OrgRef>,
    pub assigned_officer: Option<String>,
    pub operation: Option<String>,
    /// None for observers: redacted in the query, never in the template.
    pub personal: Option<Personal>,
}

/// The fields a filing or an edit sets.
#[derive(Debug, Clone)]
pub struct RequestFields {
    pub nationality: String,
    pub urgency: Urgency,
    pub area_id: Uuid,
    pub last_contact_on: Option<NaiveDate>,
    pub person: Person,
    pub situation: Situation,
}

/// The blind indexes of a person under the current key, as written with the row: the passport,
/// and the name with the date of birth (a name alone matches too many people to call it a
/// duplicate).
pub fn current_indexes(person: &Person, keys: &Keyring) -> (Option<Vec<u8>>, Option<Vec<u8>>) {
    let (passport, name_dob) = index_values(person);
    (
        passport.map(|p| keys.blind_index(PASSPORT_INDEX, &p)),
        name_dob.map(|n| keys.blind_index(NAME_DOB_INDEX, &n)),
    )
}

pub const PASSPORT_INDEX: &str = "passport";
pub const NAME_DOB_INDEX: &str = "name and date of birth";

/// What the two blind indexes hash: the normalised passport number, and the normalised name
/// with the date of birth.
fn index_values(person: &Person) -> (Option<String>, Option<String>) {
    let name_dob = person.date_of_birth.and_then(|dob| {
        let name = crate::domain::rescue::normalise_name(&person.full_name);
        (!name.is_empty()).then(|| format!("{name}|{dob}"))
    });
    (person.passport_number.clone(), name_dob)
}

/// The blind indexes of a person under every key held (current first), as the duplicate check
/// looks for them: rows a rotation has not reached are found too.
pub fn indexes_of(person: &Person, keys: &Keyring) -> (Vec<Vec<u8>>, Vec<Vec<u8>>) {
    let (passport, name_dob) = index_values(person);
    (
        passport
            .map(|p| keys.blind_indexes(PASSPORT_INDEX, &p))
            .unwrap_or_default(),
        name_dob
            .map(|n| keys.blind_indexes(NAME_DOB_INDEX, &n))
            .unwrap_or_default(),
    )
}

/// One entry of a request's timeline, its text opened (or withheld from observers).
#[derive(Debug, Clone)]
pub struct TimelineEntry {
    pub occurred_at: DateTime<Utc>,
    pub actor_name: String,
    pub actor_org: String,
    pub kind: EventKind,
    pub from_status: Option<RescueStatus>,
    pub to_status: Option<RescueStatus>,
    /// The note, the reason or the place; None for observers.
    pub body: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, diesel::expression::AsExpression, diesel::deserialize::FromSqlRow)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum EventKind {
    Filed,
    Status,
    Note,
    Edit,
    Assigned,
    Operation,
}

impl EventKind {
    const ALL: [EventKind; 6] = [
        EventKind::Filed,
        EventKind::Status,
        EventKind::Note,
        EventKind::Edit,
        EventKind::Assigned,
        EventKind::Operation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Filed => "filed",
            EventKind::Status => "status",
            EventKind::Note => "note",
            EventKind::Edit => "edit",
            EventKind::Assigned => "assigned",
            EventKind::Operation => "operation",
        }
    }
}

impl std::str::FromStr for EventKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EventKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("{s:?} is not a timeline entry kind"))
    }
}

crate::domain::stored_as_text!(EventKind);

/// Someone who has seen the personal data, from the audit log: how often, and when last.
#[derive(Debug, Clone)]
pub struct Viewing {
    pub name: String,
    pub org_code: String,
    pub views: i64,
    pub last: DateTime<Utc>,
}

/// An area of the list administrators keep.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = crate::schema::rescue_areas, check_for_backend(Pg))]
pub struct Area {
    pub id: Uuid,
    pub name: String,
    pub position: i32,
    pub active: bool,
    pub is_other: bool,
}

/// A rescue operation.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = crate::schema::rescue_operations, check_for_backend(Pg))]
pub struct Operation {
    pub id: Uuid,
    pub name: String,
    pub notes: String,
    pub planned_on: Option<NaiveDate>,
    pub created_by: Uuid,
    pub version: i32,
    pub created_at: DateTime<Utc>,
}
