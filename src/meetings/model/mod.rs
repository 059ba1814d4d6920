//! Rows and changes of meetings. Every read of meetings takes a [`MeetingScope`] and applies
//! it in SQL (`read`); a page costs a fixed number of queries whatever its length. Writes are
//! in `write`, the calendar feed's tokens in `feed`.

mod feed;
mod read;
mod write;

pub use feed::*;
pub use read::*;
pub use write::*;

use chrono::{DateTime, Utc};
use diesel::pg::Pg;
use diesel::{Queryable, Selectable};
use uuid::Uuid;

use crate::action_items::model::OrgRef;
use crate::domain::meeting::{Attendance, MinutesState};
use crate::domain::TimeZone;
use crate::schema::meetings;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = meetings, check_for_backend(Pg))]
pub struct Meeting {
    pub id: Uuid,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub time_zone: String,
    pub place: String,
    pub video_url: String,
    pub chair: String,
    pub minutes: String,
    pub minutes_state: MinutesState,
    pub minutes_version: i32,
    pub approved_at: Option<DateTime<Utc>>,
    pub approved_by: Option<Uuid>,
    pub created_by: Uuid,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Meeting {
    /// The zone the meeting's times were entered in.
    pub fn zone(&self) -> chrono_tz::Tz {
        TimeZone::from_stored(&self.time_zone)
    }

    pub fn is_approved(&self) -> bool {
        self.minutes_state == MinutesState::Approved
    }

    pub fn has_ended(&self, now: DateTime<Utc>) -> bool {
        self.ends_at < now
    }
}

/// What lists and the dashboard show of a meeting (not its minutes, which can be long).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = meetings, check_for_backend(Pg))]
pub struct MeetingSummary {
    pub id: Uuid,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub place: String,
    pub video_url: String,
    pub minutes_state: MinutesState,
}

/// A meeting in a list: how many organisations take part, and whether the reader's does.
#[derive(Debug, Clone)]
pub struct ListedMeeting {
    pub meeting: MeetingSummary,
    pub participants: i64,
    pub takes_part: bool,
}

/// An organisation taking part, and whether it came.
#[derive(Debug, Clone)]
pub struct Participant {
    pub org: OrgRef,
    pub attendance: Attendance,
}

/// Someone who came for an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct Attendee {
    pub organisation_id: Uuid,
    pub name: String,
    pub position: String,
    pub user_id: Option<Uuid>,
}

#[derive(Debug, Clone, Queryable)]
pub struct AgendaEntry {
    pub position: i32,
    pub title: String,
    pub presenter: Option<OrgRef>,
    pub planned_minutes: Option<i32>,
    pub notes: String,
}

#[derive(Debug, Clone, Queryable)]
pub struct Decision {
    pub id: Uuid,
    pub number: i32,
    pub body: String,
}

/// A decision as other pages name it: its number and its meeting.
#[derive(Debug, Clone, Queryable)]
pub struct DecisionRef {
    pub id: Uuid,
    pub number: i32,
    pub body: String,
    pub meeting_id: Uuid,
    pub meeting_title: String,
}

/// What a remark beside the minutes is: a participant's comment while they are circulated, or
/// a coordinator's addendum correcting them once approved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemarkKind {
    Comment,
    Addendum,
}

impl RemarkKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RemarkKind::Comment => "comment",
            RemarkKind::Addendum => "addendum",
        }
    }
}

/// A comment beside circulated minutes, or an addendum to approved ones: who wrote what, when.
#[derive(Debug, Clone, Queryable)]
pub struct Remark {
    pub created_at: DateTime<Utc>,
    pub author_name: String,
    pub author_org_code: String,
    pub body: String,
}

/// A meeting with the organisations taking part, as lists show it.
#[derive(Debug, Clone)]
pub struct MeetingCard {
    pub meeting: Meeting,
    pub participants: Vec<Participant>,
}

impl MeetingCard {
    pub fn takes_part(&self, org: Uuid) -> bool {
        self.participants.iter().any(|p| p.org.id == org)
    }

    /// How many organisations were marked present.
    pub fn present_orgs(&self) -> usize {
        self.participants
            .iter()
            .filter(|p| p.attendance == Attendance::Present)
            .count()
    }
}

/// The people of `attendees` who came for the organisation `org`.
pub fn attendees_of(attendees: &[Attendee], org: Uuid) -> Vec<&Attendee> {
    attendees.iter().filter(|a| a.organisation_id == org).collect()
}

/// An agenda line, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaFields {
    pub title: String,
    pub presenter: Option<OrgRef>,
    pub planned_minutes: Option<i32>,
    pub notes: String,
}

/// A meeting's fields, parsed and checked against the database.
#[derive(Debug, Clone)]
pub struct MeetingFields {
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub time_zone: chrono_tz::Tz,
    pub place: String,
    pub video_url: String,
    pub chair: String,
    pub participants: Vec<OrgRef>,
    pub agenda: Vec<AgendaFields>,
}

impl MeetingFields {
    /// What the audit log says of the meeting (creation and edits alike).
    pub fn summary(&self) -> String {
        format!(
            "{:?} {} – {} ({}), {} participants, {} agenda items",
            self.title,
            self.starts_at.format("%Y-%m-%d %H:%M UTC"),
            self.ends_at.format("%Y-%m-%d %H:%M UTC"),
            self.time_zone.name(),
            self.participants.len(),
            self.agenda.len()
        )
    }
}

/// The attendance of one participating organisation, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgAttendance {
    pub organisation_id: Uuid,
    pub attendance: Attendance,
    /// Name, position, account.
    pub people: Vec<(String, String, Option<Uuid>)>,
}
