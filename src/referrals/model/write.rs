//! Writes: filing (with its reference and deadline), edits, acknowledgements, outcomes and
//! closing against a version, timeline entries, the policy and the checkpoints. The traveller
//! is sealed here, on the way into the statement; every change of status writes the inbox's
//! order (`sort_key`) and when the scheduler looks next (`next_step_at`) from the one
//! [`Timing`] of the domain.

use chrono::{DateTime, Utc};
use diesel::{ExpressionMethods, QueryDsl};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::sealed::{event_context, seal_traveller};
use super::{ReferralFields, ReferralRow, passport_index};
use crate::domain::referral::{
    CallResult, Channel, Outcome, ReferralReference, ReferralStatus, TimelineKind, sort_key,
};
use crate::personal::Keyring;
use crate::schema::{referral_checkpoints, referral_events, referral_policy, referrals};

/// Files a referral under the deadline `ack_minutes`, with its first timeline entry;
/// answers its id and reference.
pub async fn insert(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    fields: &ReferralFields,
    ack_minutes: i32,
    filer: Uuid,
    filer_org: Uuid,
) -> diesel::QueryResult<(Uuid, ReferralReference)> {
    let id = Uuid::now_v7();
    let now = Utc::now();
    let year = crate::db::reference_year(now);
    let number = crate::db::next_yearly_number(conn, "BR", year).await?;
    let due = now + chrono::Duration::minutes(i64::from(ack_minutes));
    let risks: Vec<&str> = fields.risks.iter().map(|r| r.as_str()).collect();
    diesel::insert_into(referrals::table)
        .values((
            referrals::id.eq(id),
            referrals::year.eq(year),
            referrals::number.eq(number),
            referrals::nationality.eq(&fields.nationality),
            referrals::checkpoint_id.eq(fields.checkpoint_id),
            referrals::travel_mode.eq(fields.travel_mode),
            referrals::itinerary.eq(fields.itinerary),
            referrals::risks.eq(risks),
            referrals::disposition.eq(fields.disposition),
            referrals::sort_key.eq(sort_key(ReferralStatus::Awaiting, due)),
            referrals::ack_minutes.eq(ack_minutes),
            referrals::ack_due_at.eq(due),
            referrals::next_step_at.eq(due),
            referrals::key_id.eq(keys.current_id().hex()),
            referrals::traveller.eq(seal_traveller(keys, id, &fields.traveller)),
            referrals::passport_index.eq(passport_index(&fields.traveller, keys)),
            referrals::filed_by_org_id.eq(filer_org),
            referrals::created_by.eq(filer),
            referrals::created_at.eq(now),
            referrals::updated_at.eq(now),
        ))
        .execute(conn)
        .await?;
    add_event(conn, keys, id, Some(filer), NewEntry::Filed, "").await?;
    Ok((id, ReferralReference { year, number }))
}

/// Saves corrected details when `version` is still current. The nationality stays (it
/// decides who sees the referral), and so does the deadline it was filed under.
pub async fn update(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    id: Uuid,
    version: i32,
    fields: &ReferralFields,
) -> diesel::QueryResult<bool> {
    let risks: Vec<&str> = fields.risks.iter().map(|r| r.as_str()).collect();
    let updated = diesel::update(
        referrals::table
            .filter(referrals::id.eq(id))
            .filter(referrals::version.eq(version)),
    )
    .set((
        referrals::checkpoint_id.eq(fields.checkpoint_id),
        referrals::travel_mode.eq(fields.travel_mode),
        referrals::itinerary.eq(fields.itinerary),
        referrals::risks.eq(risks),
        referrals::disposition.eq(fields.disposition),
        referrals::key_id.eq(keys.current_id().hex()),
        referrals::traveller.eq(seal_traveller(keys, id, &fields.traveller)),
        referrals::passport_index.eq(passport_index(&fields.traveller, keys)),
        referrals::version.eq(referrals::version + 1),
        referrals::updated_at.eq(Utc::now()),
    ))
    .execute(conn)
    .await?;
    Ok(updated == 1)
}

/// The embassy acknowledges, expecting to have spoken with the traveller by `estimate`.
/// Escalation stops; the estimate becomes the next thing the scheduler watches.
pub async fn acknowledge(
    conn: &mut AsyncPgConnection,
    row: &ReferralRow,
    by: Uuid,
    estimate: DateTime<Utc>,
) -> diesel::QueryResult<bool> {
    let now = Utc::now();
    let mut timing = row.timing();
    timing.acknowledged_at = Some(now);
    timing.estimate_at = Some(estimate);
    let updated = diesel::update(
        referrals::table
            .filter(referrals::id.eq(row.id))
            .filter(referrals::version.eq(row.version)),
    )
    .set((
        referrals::status.eq(ReferralStatus::Acknowledged),
        referrals::acknowledged_at.eq(now),
        referrals::acknowledged_by.eq(by),
        referrals::estimate_at.eq(estimate),
        referrals::sort_key.eq(sort_key(ReferralStatus::Acknowledged, estimate)),
        referrals::next_step_at.eq(timing.next_at()),
        referrals::version.eq(referrals::version + 1),
        referrals::updated_at.eq(now),
    ))
    .execute(conn)
    .await?;
    Ok(updated == 1)
}

/// Closes the referral: with the embassy's outcome, or (coordinators) without one. Who did
/// it is on the timeline.
pub async fn close(
    conn: &mut AsyncPgConnection,
    row: &ReferralRow,
    outcome: Option<Outcome>,
) -> diesel::QueryResult<bool> {
    let now = Utc::now();
    let updated = diesel::update(
        referrals::table
            .filter(referrals::id.eq(row.id))
            .filter(referrals::version.eq(row.version)),
    )
    .set((
        referrals::status.eq(ReferralStatus::Closed),
        referrals::closed_at.eq(now),
        referrals::outcome.eq(outcome),
        referrals::sort_key.eq(sort_key(ReferralStatus::Closed, now)),
        referrals::next_step_at.eq(None::<DateTime<Utc>>),
        referrals::version.eq(referrals::version + 1),
        referrals::updated_at.eq(now),
    ))
    .execute(conn)
    .await?;
    Ok(updated == 1)
}

/// Links the rescue request opened from this referral, if it has none yet and is of the
/// same nationality; false when another request was linked first.
pub async fn link_rescue_request(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    nationality: &str,
    request: Uuid,
) -> diesel::QueryResult<bool> {
    diesel::update(
        referrals::table
            .filter(referrals::id.eq(id))
            .filter(referrals::nationality.eq(nationality))
            .filter(referrals::rescue_request_id.is_null()),
    )
    .set((
        referrals::rescue_request_id.eq(request),
        referrals::updated_at.eq(Utc::now()),
    ))
    .execute(conn)
    .await
    .map(|n| n == 1)
}

/// Locks the referral until the transaction ends; false when it is closed.
pub async fn lock_open(conn: &mut AsyncPgConnection, id: Uuid) -> diesel::QueryResult<bool> {
    let status: ReferralStatus = referrals::table
        .find(id)
        .select(referrals::status)
        .for_update()
        .first(conn)
        .await?;
    Ok(status != ReferralStatus::Closed)
}

/// A new entry of a referral's timeline.
pub enum NewEntry<'a> {
    Filed,
    Call {
        channel: Channel,
        result: CallResult,
        contact: &'a str,
    },
    Acknowledged,
    Outcome(Outcome),
    /// Step 1: whom it was flagged to (the on-duty contacts, by name) and how many contacts
    /// and members besides.
    Flagged {
        on_duty: &'a str,
        contacts: usize,
        members: usize,
    },
    Escalated,
    EstimatePassed,
    Closed,
    /// The form names of the fields an edit changed.
    Edited(&'a str),
    RescueRequest(&'a str),
}

/// Adds an entry to the timeline; `note` (a call's or a closing's words) is sealed, since
/// people write names into it. `actor` is None for the scheduler's steps.
pub async fn add_event(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    referral: Uuid,
    actor: Option<Uuid>,
    entry: NewEntry<'_>,
    note: &str,
) -> diesel::QueryResult<()> {
    let (kind, channel, result, contact, detail) = match entry {
        NewEntry::Filed => (TimelineKind::Filed, None, None, "", String::new()),
        NewEntry::Call {
            channel,
            result,
            contact,
        } => (TimelineKind::Call, Some(channel), Some(result), contact, String::new()),
        NewEntry::Acknowledged => (TimelineKind::Acknowledged, None, None, "", String::new()),
        NewEntry::Outcome(outcome) => (
            TimelineKind::Outcome,
            None,
            None,
            "",
            outcome.as_str().to_owned(),
        ),
        NewEntry::Flagged {
            on_duty,
            contacts,
            members,
        } => (
            TimelineKind::Flagged,
            None,
            None,
            on_duty,
            format!("{contacts},{members}"),
        ),
        NewEntry::Escalated => (TimelineKind::Escalated, None, None, "", String::new()),
        NewEntry::EstimatePassed => (TimelineKind::EstimatePassed, None, None, "", String::new()),
        NewEntry::Closed => (TimelineKind::Closed, None, None, "", String::new()),
        NewEntry::Edited(fields) => (TimelineKind::Edited, None, None, "", fields.to_owned()),
        NewEntry::RescueRequest(reference) => (
            TimelineKind::RescueRequest,
            None,
            None,
            "",
            reference.to_owned(),
        ),
    };
    let (key_id, body) = if note.is_empty() {
        (None, None)
    } else {
        (
            Some(keys.current_id().hex()),
            Some(keys.seal(&event_context(referral), note.as_bytes())),
        )
    };
    diesel::insert_into(referral_events::table)
        .values((
            referral_events::referral_id.eq(referral),
            referral_events::actor_user_id.eq(actor),
            referral_events::kind.eq(kind),
            referral_events::channel.eq(channel),
            referral_events::call_result.eq(result),
            referral_events::contact_name.eq(contact),
            referral_events::detail.eq(detail),
            referral_events::key_id.eq(key_id),
            referral_events::body.eq(body),
        ))
        .execute(conn)
        .await
        .map(|_| ())
}

/// Saves the deadlines when `version` is still current. Referrals already filed keep theirs.
pub async fn set_policy(
    conn: &mut AsyncPgConnection,
    version: i32,
    held: i32,
    continued: i32,
) -> diesel::QueryResult<bool> {
    let updated = diesel::update(referral_policy::table.filter(referral_policy::version.eq(version)))
        .set((
            referral_policy::ack_minutes_held.eq(held),
            referral_policy::ack_minutes_continued.eq(continued),
            referral_policy::version.eq(referral_policy::version + 1),
            referral_policy::updated_at.eq(Utc::now()),
        ))
        .execute(conn)
        .await?;
    Ok(updated == 1)
}

/// A new checkpoint, placed before "Other".
pub async fn insert_checkpoint(conn: &mut AsyncPgConnection, name: &str) -> diesel::QueryResult<Uuid> {
    let last: Option<i32> = referral_checkpoints::table
        .filter(referral_checkpoints::is_other.eq(false))
        .select(diesel::dsl::max(referral_checkpoints::position))
        .first(conn)
        .await?;
    diesel::insert_into(referral_checkpoints::table)
        .values((
            referral_checkpoints::name.eq(name),
            referral_checkpoints::position.eq(last.unwrap_or(0) + 1),
        ))
        .returning(referral_checkpoints::id)
        .get_result(conn)
        .await
}

/// Offers a checkpoint on the filing form again, or no longer ("Other" always stays).
pub async fn set_checkpoint_active(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    active: bool,
) -> diesel::QueryResult<bool> {
    diesel::update(
        referral_checkpoints::table
            .filter(referral_checkpoints::id.eq(id))
            .filter(referral_checkpoints::is_other.eq(false)),
    )
    .set(referral_checkpoints::active.eq(active))
    .execute(conn)
    .await
    .map(|n| n == 1)
}
