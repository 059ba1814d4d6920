//! Writes: filing (with its reference), edits, workflow steps and assignments against a
//! version, timeline entries, operations and areas. Every personal value is sealed here, on
//! its way into the statement.

use chrono::Utc;
use diesel::{ExpressionMethods, QueryDsl};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::sealed::{event_context, seal_person, seal_situation};
use super::{EventKind, RequestFields, current_indexes};
use crate::domain::rescue::{RescueReference, RescueStatus};
use crate::personal::Keyring;
use crate::schema::{
    rescue_areas, rescue_operations, rescue_request_events, rescue_requests,
};

/// Files a request and its first timeline entry; answers its id and reference.
pub async fn insert(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    fields: &RequestFields,
    filer: Uuid,
    filer_org: Uuid,
) -> diesel::QueryResult<(Uuid, RescueReference)> {
    let id = Uuid::now_v7();
    let year = crate::db::reference_year(Utc::now());
    let number = crate::db::next_yearly_number(conn, "RR", year).await?;
    let (passport_index, name_dob_index) = current_indexes(&fields.person, keys);
    diesel::insert_into(rescue_requests::table)
        .values((
            rescue_requests::id.eq(id),
            rescue_requests::year.eq(year),
            rescue_requests::number.eq(number),
            rescue_requests::nationality.eq(&fields.nationality),
            rescue_requests::filed_by_org_id.eq(filer_org),
            rescue_requests::urgency.eq(fields.urgency),
            rescue_requests::area_id.eq(fields.area_id),
            rescue_requests::last_contact_on.eq(fields.last_contact_on),
            rescue_requests::key_id.eq(keys.current_id().hex()),
            rescue_requests::person.eq(seal_person(keys, id, &fields.person)),
            rescue_requests::situation.eq(seal_situation(keys, id, &fields.situation)),
            rescue_requests::passport_index.eq(passport_index),
            rescue_requests::name_dob_index.eq(name_dob_index),
            rescue_requests::created_by.eq(filer),
        ))
        .execute(conn)
        .await?;
    add_event(conn, keys, id, filer, NewEntry::Filed, "").await?;
    Ok((id, RescueReference { year, number }))
}

/// Saves the details when `version` is still current; false means someone else saved first.
/// The nationality stays: it decides who may see the request.
pub async fn update(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    id: Uuid,
    version: i32,
    fields: &RequestFields,
) -> diesel::QueryResult<bool> {
    let (passport_index, name_dob_index) = current_indexes(&fields.person, keys);
    let updated = diesel::update(
        rescue_requests::table
            .filter(rescue_requests::id.eq(id))
            .filter(rescue_requests::version.eq(version)),
    )
    .set((
        rescue_requests::urgency.eq(fields.urgency),
        rescue_requests::area_id.eq(fields.area_id),
        rescue_requests::last_contact_on.eq(fields.last_contact_on),
        rescue_requests::key_id.eq(keys.current_id().hex()),
        rescue_requests::person.eq(seal_person(keys, id, &fields.person)),
        rescue_requests::situation.eq(seal_situation(keys, id, &fields.situation)),
        rescue_requests::passport_index.eq(passport_index),
        rescue_requests::name_dob_index.eq(name_dob_index),
        rescue_requests::version.eq(rescue_requests::version + 1),
        rescue_requests::updated_at.eq(Utc::now()),
    ))
    .execute(conn)
    .await?;
    Ok(updated == 1)
}

/// Takes a workflow step when `version` is still current.
pub async fn set_status(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    version: i32,
    to: RescueStatus,
) -> diesel::QueryResult<bool> {
    let updated = diesel::update(
        rescue_requests::table
            .filter(rescue_requests::id.eq(id))
            .filter(rescue_requests::version.eq(version)),
    )
    .set((
        rescue_requests::status.eq(to),
        rescue_requests::version.eq(rescue_requests::version + 1),
        rescue_requests::updated_at.eq(Utc::now()),
    ))
    .execute(conn)
    .await?;
    Ok(updated == 1)
}

/// Assigns the Thai unit and officer (or clears them) when `version` is still current.
pub async fn assign(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    version: i32,
    unit: Option<Uuid>,
    officer: Option<Uuid>,
) -> diesel::QueryResult<bool> {
    let updated = diesel::update(
        rescue_requests::table
            .filter(rescue_requests::id.eq(id))
            .filter(rescue_requests::version.eq(version)),
    )
    .set((
        rescue_requests::assigned_org_id.eq(unit),
        rescue_requests::assigned_user_id.eq(officer),
        rescue_requests::version.eq(rescue_requests::version + 1),
        rescue_requests::updated_at.eq(Utc::now()),
    ))
    .execute(conn)
    .await?;
    Ok(updated == 1)
}

/// Puts the request into an operation, or takes it out.
pub async fn set_operation(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    operation: Option<Uuid>,
) -> diesel::QueryResult<()> {
    diesel::update(rescue_requests::table.find(id))
        .set((
            rescue_requests::operation_id.eq(operation),
            rescue_requests::updated_at.eq(Utc::now()),
        ))
        .execute(conn)
        .await
        .map(|_| ())
}

/// A new entry of a request's timeline.
pub enum NewEntry {
    Filed,
    Status { from: RescueStatus, to: RescueStatus },
    Note,
    Edit,
    Assigned,
    Operation,
}

/// Adds an entry to the timeline; `body` (a note, a reason, a place, a summary of an edit) is
/// sealed, since people write names and places into it.
pub async fn add_event(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    request: Uuid,
    actor: Uuid,
    entry: NewEntry,
    body: &str,
) -> diesel::QueryResult<()> {
    let (kind, from, to) = match entry {
        NewEntry::Filed => (EventKind::Filed, None, None),
        NewEntry::Status { from, to } => (EventKind::Status, Some(from), Some(to)),
        NewEntry::Note => (EventKind::Note, None, None),
        NewEntry::Edit => (EventKind::Edit, None, None),
        NewEntry::Assigned => (EventKind::Assigned, None, None),
        NewEntry::Operation => (EventKind::Operation, None, None),
    };
    if matches!(kind, EventKind::Note) {
        diesel::update(rescue_requests::table.find(request))
            .set(rescue_requests::updated_at.eq(Utc::now()))
            .execute(conn)
            .await?;
    }
    diesel::insert_into(rescue_request_events::table)
        .values((
            rescue_request_events::request_id.eq(request),
            rescue_request_events::actor_user_id.eq(actor),
            rescue_request_events::kind.eq(kind),
            rescue_request_events::from_status.eq(from),
            rescue_request_events::to_status.eq(to),
            rescue_request_events::key_id.eq(keys.current_id().hex()),
            rescue_request_events::body.eq(keys.seal(&event_context(request), body.as_bytes())),
        ))
        .execute(conn)
        .await
        .map(|_| ())
}

pub async fn insert_operation(
    conn: &mut AsyncPgConnection,
    name: &str,
    notes: &str,
    planned_on: Option<chrono::NaiveDate>,
    creator: Uuid,
) -> diesel::QueryResult<Uuid> {
    let id = Uuid::now_v7();
    diesel::insert_into(rescue_operations::table)
        .values((
            rescue_operations::id.eq(id),
            rescue_operations::name.eq(name),
            rescue_operations::notes.eq(notes),
            rescue_operations::planned_on.eq(planned_on),
            rescue_operations::created_by.eq(creator),
        ))
        .execute(conn)
        .await?;
    Ok(id)
}

/// A new area, placed before "Other".
pub async fn insert_area(conn: &mut AsyncPgConnection, name: &str) -> diesel::QueryResult<Uuid> {
    let last: Option<i32> = rescue_areas::table
        .filter(rescue_areas::is_other.eq(false))
        .select(diesel::dsl::max(rescue_areas::position))
        .first(conn)
        .await?;
    diesel::insert_into(rescue_areas::table)
        .values((
            rescue_areas::name.eq(name),
            rescue_areas::position.eq(last.unwrap_or(0) + 1),
        ))
        .returning(rescue_areas::id)
        .get_result(conn)
        .await
}

/// Offers an area on the filing form again, or no longer ("Other" always stays). Requests that
/// name a retired area keep it.
pub async fn set_area_active(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    active: bool,
) -> diesel::QueryResult<bool> {
    diesel::update(
        rescue_areas::table
            .filter(rescue_areas::id.eq(id))
            .filter(rescue_areas::is_other.eq(false)),
    )
    .set(rescue_areas::active.eq(active))
    .execute(conn)
    .await
    .map(|n| n == 1)
}
