//! Writes: a new item with its assignees and first timeline entry, edits and status moves
//! against a version, and timeline entries.

use chrono::Utc;
use diesel::{ExpressionMethods, QueryDsl};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::{ItemFields, OrgRef};
use crate::domain::action_item::{EventKind, Status};
use crate::schema::{action_item_assignees, action_item_events, action_items};

/// Inserts the item, its assignees and the first timeline entry; returns its id and number.
pub async fn insert(
    conn: &mut AsyncPgConnection,
    fields: &ItemFields,
    creator: Uuid,
) -> diesel::QueryResult<(Uuid, i32)> {
    let id = Uuid::now_v7();
    let number: i32 = diesel::insert_into(action_items::table)
        .values((
            action_items::id.eq(id),
            action_items::title.eq(&fields.title),
            action_items::description.eq(&fields.description),
            action_items::assignee_user_id.eq(fields.person.as_ref().map(|p| p.id)),
            action_items::due_date.eq(fields.due_date),
            action_items::priority.eq(fields.priority),
            action_items::visibility.eq(fields.visibility),
            action_items::created_by.eq(creator),
            action_items::decision_id.eq(fields.decision),
        ))
        .returning(action_items::number)
        .get_result(conn)
        .await?;
    set_assignees(conn, id, &fields.assignees).await?;
    add_event(conn, id, creator, NewEntry::Created, "").await?;
    Ok((id, number))
}

async fn set_assignees(
    conn: &mut AsyncPgConnection,
    item: Uuid,
    orgs: &[OrgRef],
) -> diesel::QueryResult<()> {
    diesel::delete(
        action_item_assignees::table.filter(action_item_assignees::action_item_id.eq(item)),
    )
    .execute(conn)
    .await?;
    let rows: Vec<_> = orgs
        .iter()
        .map(|org| {
            (
                action_item_assignees::action_item_id.eq(item),
                action_item_assignees::organisation_id.eq(org.id),
            )
        })
        .collect();
    diesel::insert_into(action_item_assignees::table)
        .values(rows)
        .execute(conn)
        .await
        .map(|_| ())
}

/// Saves the fields when `version` is still current; false means someone else saved first.
pub async fn update(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    version: i32,
    fields: &ItemFields,
) -> diesel::QueryResult<bool> {
    let updated = diesel::update(
        action_items::table
            .filter(action_items::id.eq(id))
            .filter(action_items::version.eq(version)),
    )
    .set((
        action_items::title.eq(&fields.title),
        action_items::description.eq(&fields.description),
        action_items::assignee_user_id.eq(fields.person.as_ref().map(|p| p.id)),
        action_items::due_date.eq(fields.due_date),
        action_items::priority.eq(fields.priority),
        action_items::visibility.eq(fields.visibility),
        action_items::version.eq(action_items::version + 1),
        action_items::updated_at.eq(Utc::now()),
    ))
    .execute(conn)
    .await?;
    if updated == 1 {
        set_assignees(conn, id, &fields.assignees).await?;
    }
    Ok(updated == 1)
}

/// Moves the status when `version` is still current; false means someone else saved first.
pub async fn set_status(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    version: i32,
    to: Status,
) -> diesel::QueryResult<bool> {
    let updated = diesel::update(
        action_items::table
            .filter(action_items::id.eq(id))
            .filter(action_items::version.eq(version)),
    )
    .set((
        action_items::status.eq(to),
        action_items::version.eq(action_items::version + 1),
        action_items::updated_at.eq(Utc::now()),
    ))
    .execute(conn)
    .await?;
    Ok(updated == 1)
}

/// A new entry of an item's timeline, with what it records.
pub enum NewEntry {
    Created,
    Status { from: Status, to: Status },
    Comment,
    Edit,
}

/// Adds an entry to the item's timeline. A comment also counts as activity on the item
/// ("last changed"), without changing its version: it edits no field.
pub async fn add_event(
    conn: &mut AsyncPgConnection,
    item: Uuid,
    actor: Uuid,
    entry: NewEntry,
    body: &str,
) -> diesel::QueryResult<()> {
    if let NewEntry::Comment = entry {
        diesel::update(action_items::table.find(item))
            .set(action_items::updated_at.eq(Utc::now()))
            .execute(conn)
            .await?;
    }
    let (kind, from, to) = match entry {
        NewEntry::Created => (EventKind::Created, None, None),
        NewEntry::Status { from, to } => (EventKind::Status, Some(from), Some(to)),
        NewEntry::Comment => (EventKind::Comment, None, None),
        NewEntry::Edit => (EventKind::Edit, None, None),
    };
    diesel::insert_into(action_item_events::table)
        .values((
            action_item_events::action_item_id.eq(item),
            action_item_events::actor_user_id.eq(actor),
            action_item_events::kind.eq(kind),
            action_item_events::from_status.eq(from),
            action_item_events::to_status.eq(to),
            action_item_events::body.eq(body),
        ))
        .execute(conn)
        .await
        .map(|_| ())
}

