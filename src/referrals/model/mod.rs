//! Rows of border referrals, and their personal part. The clear columns are what every
//! viewer in scope may know; who the traveller is lives in one sealed value ([`Traveller`])
//! that only the traveller's country and the coordinators ever see opened: the reads for
//! observers do not select it. Reads are in `read`, writes in `write`, the sealing contexts
//! and the key rotation in `sealed`, the scheduler's claim of due steps in `due`.

pub mod due;
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

use crate::domain::referral::{
    Channel, CallResult, Disposition, Itinerary, Outcome, ReferralReference, ReferralStatus, Risk,
    TimelineKind, Timing, TravelMode,
};
use crate::domain::rescue::Sex;
use crate::personal::Keyring;
use crate::schema::referrals;

/// The clear columns of a referral.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = referrals, check_for_backend(Pg))]
pub struct ReferralRow {
    pub id: Uuid,
    pub year: i16,
    pub number: i32,
    pub nationality: String,
    pub checkpoint_id: Uuid,
    pub travel_mode: TravelMode,
    pub itinerary: Itinerary,
    pub risks: Vec<Option<String>>,
    pub disposition: Disposition,
    pub status: ReferralStatus,
    pub ack_minutes: i32,
    pub ack_due_at: DateTime<Utc>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub acknowledged_by: Option<Uuid>,
    pub estimate_at: Option<DateTime<Utc>>,
    pub outcome: Option<Outcome>,
    pub closed_at: Option<DateTime<Utc>>,
    pub escalation_step: i16,
    pub estimate_flagged: bool,
    pub rescue_request_id: Option<Uuid>,
    pub filed_by_org_id: Uuid,
    pub version: i32,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl ReferralRow {
    pub fn reference(&self) -> ReferralReference {
        ReferralReference {
            year: self.year,
            number: self.number,
        }
    }

    pub fn risks(&self) -> Vec<Risk> {
        self.risks
            .iter()
            .flatten()
            .filter_map(|r| r.parse().ok())
            .collect()
    }

    pub fn timing(&self) -> Timing {
        Timing {
            filed_at: self.created_at,
            ack_minutes: self.ack_minutes,
            acknowledged_at: self.acknowledged_at,
            estimate_at: self.estimate_at,
            closed: self.status == ReferralStatus::Closed,
            step_taken: self.escalation_step,
            estimate_flagged: self.estimate_flagged,
        }
    }
}

/// Who the traveller is and what they said. Sealed as one value: the fields are only ever
/// read together.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Traveller {
    pub full_name: String,
    /// Normalised (`FA1234567`), as the blind index hashes it.
    pub passport_number: Option<String>,
    pub date_of_birth: Option<NaiveDate>,
    pub sex: Sex,
    /// E.164.
    pub phone: Option<String>,
    pub purpose: String,
    pub destination: String,
}

/// An organisation as referrals name it.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct OrgRef {
    pub id: Uuid,
    pub code: String,
    pub name: String,
}

/// A referral with the names it refers to and, when the reader may see it, the traveller.
#[derive(Debug, Clone)]
pub struct ReferralCard {
    pub row: ReferralRow,
    pub checkpoint: String,
    /// The checkpoint is the list's last, "Other": shown in the reader's language.
    pub checkpoint_is_other: bool,
    /// The country organisations of the traveller's nationality; none when no embassy of it
    /// is on the portal (the referral is then the coordinators' to handle).
    pub embassies: Vec<OrgRef>,
    pub filed_by: String,
    pub acknowledged_by: Option<String>,
    /// None for observers: redacted in the query, never in the template.
    pub traveller: Option<Traveller>,
}

impl ReferralCard {
    pub fn no_embassy(&self) -> bool {
        self.embassies.is_empty()
    }

    /// Minutes to the acknowledgement deadline; negative once it has passed.
    pub fn minutes_left(&self, now: &DateTime<Utc>) -> i64 {
        (self.row.ack_due_at - *now).num_minutes()
    }
}

/// The fields a filing or an edit sets.
#[derive(Debug, Clone)]
pub struct ReferralFields {
    pub nationality: String,
    pub checkpoint_id: Uuid,
    pub travel_mode: TravelMode,
    pub itinerary: Itinerary,
    pub risks: Vec<Risk>,
    pub disposition: Disposition,
    pub traveller: Traveller,
}

/// The passport's blind index under the current key: the rescue requests' purpose, so a
/// referral and a request of the same passport find each other.
pub fn passport_index(traveller: &Traveller, keys: &Keyring) -> Option<Vec<u8>> {
    traveller
        .passport_number
        .as_ref()
        .map(|p| keys.blind_index(crate::rescue_requests::model::PASSPORT_INDEX, p))
}

/// One entry of a referral's timeline, its note opened (or withheld from observers).
#[derive(Debug, Clone)]
pub struct TimelineEntry {
    pub occurred_at: DateTime<Utc>,
    /// None for the scheduler's entries.
    pub actor_name: Option<String>,
    pub actor_org: Option<String>,
    pub kind: TimelineKind,
    pub channel: Option<Channel>,
    pub call_result: Option<CallResult>,
    pub contact_name: String,
    pub detail: String,
    /// A call's note; None for observers and when there is none.
    pub body: Option<String>,
}

/// A checkpoint of the list administrators keep.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = crate::schema::referral_checkpoints, check_for_backend(Pg))]
pub struct Checkpoint {
    pub id: Uuid,
    pub name: String,
    pub position: i32,
    pub active: bool,
    pub is_other: bool,
}

/// The acknowledgement deadlines administrators set.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = crate::schema::referral_policy, check_for_backend(Pg))]
pub struct Policy {
    pub ack_minutes_held: i32,
    pub ack_minutes_continued: i32,
    pub version: i32,
    pub updated_at: DateTime<Utc>,
}

impl Policy {
    pub fn minutes_for(&self, disposition: Disposition) -> i32 {
        match disposition {
            Disposition::Held => self.ack_minutes_held,
            Disposition::Continued => self.ack_minutes_continued,
        }
    }
}

/// A match of the traveller's passport elsewhere, as the page names it.
#[derive(Debug, Clone)]
pub enum Match {
    EarlierReferral {
        id: Uuid,
        reference: ReferralReference,
        filed_at: DateTime<Utc>,
    },
    RescueRequest {
        id: Uuid,
        reference: crate::domain::rescue::RescueReference,
    },
}
