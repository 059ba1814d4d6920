//! Writes: a meeting with its participants and agenda, edits and attendance against the
//! meeting's version, the minutes against theirs, decisions, comments and addenda.

use chrono::{DateTime, Utc};
use diesel::dsl::max;
use diesel::{ExpressionMethods, OptionalExtension, QueryDsl};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::{MeetingFields, OrgAttendance, RemarkKind};
use crate::domain::meeting::{Attendance, MinutesState};
use crate::schema::{
    agenda_items, decisions, meeting_attendees, meeting_participants, meetings, minutes_remarks,
};

pub async fn insert(
    conn: &mut AsyncPgConnection,
    fields: &MeetingFields,
    creator: Uuid,
) -> diesel::QueryResult<Uuid> {
    let id = Uuid::now_v7();
    diesel::insert_into(meetings::table)
        .values((
            meetings::id.eq(id),
            meetings::title.eq(&fields.title),
            meetings::starts_at.eq(fields.starts_at),
            meetings::ends_at.eq(fields.ends_at),
            meetings::time_zone.eq(fields.time_zone.name()),
            meetings::place.eq(&fields.place),
            meetings::video_url.eq(&fields.video_url),
            meetings::chair.eq(&fields.chair),
            meetings::created_by.eq(creator),
        ))
        .execute(conn)
        .await?;
    set_participants(conn, id, fields).await?;
    set_agenda(conn, id, fields).await?;
    Ok(id)
}

/// Saves the fields when `version` is still current; false means someone else saved first.
/// Organisations that stay keep their attendance; one removed loses it with its attendees.
pub async fn update(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    version: i32,
    fields: &MeetingFields,
) -> diesel::QueryResult<bool> {
    let updated = diesel::update(
        meetings::table
            .filter(meetings::id.eq(id))
            .filter(meetings::version.eq(version)),
    )
    .set((
        meetings::title.eq(&fields.title),
        meetings::starts_at.eq(fields.starts_at),
        meetings::ends_at.eq(fields.ends_at),
        meetings::time_zone.eq(fields.time_zone.name()),
        meetings::place.eq(&fields.place),
        meetings::video_url.eq(&fields.video_url),
        meetings::chair.eq(&fields.chair),
        meetings::version.eq(meetings::version + 1),
        meetings::updated_at.eq(Utc::now()),
    ))
    .execute(conn)
    .await?;
    if updated != 1 {
        return Ok(false);
    }
    set_participants(conn, id, fields).await?;
    set_agenda(conn, id, fields).await?;
    Ok(true)
}

async fn set_participants(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    fields: &MeetingFields,
) -> diesel::QueryResult<()> {
    let orgs: Vec<Uuid> = fields.participants.iter().map(|o| o.id).collect();
    diesel::delete(
        meeting_participants::table
            .filter(meeting_participants::meeting_id.eq(id))
            .filter(meeting_participants::organisation_id.ne_all(&orgs)),
    )
    .execute(conn)
    .await?;
    let rows: Vec<_> = orgs
        .iter()
        .map(|org| {
            (
                meeting_participants::meeting_id.eq(id),
                meeting_participants::organisation_id.eq(*org),
            )
        })
        .collect();
    diesel::insert_into(meeting_participants::table)
        .values(rows)
        .on_conflict_do_nothing()
        .execute(conn)
        .await
        .map(|_| ())
}

async fn set_agenda(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    fields: &MeetingFields,
) -> diesel::QueryResult<()> {
    diesel::delete(agenda_items::table.filter(agenda_items::meeting_id.eq(id)))
        .execute(conn)
        .await?;
    if fields.agenda.is_empty() {
        return Ok(());
    }
    let rows: Vec<_> = fields
        .agenda
        .iter()
        .zip(1..)
        .map(|(entry, position)| {
            (
                agenda_items::meeting_id.eq(id),
                agenda_items::position.eq(position),
                agenda_items::title.eq(&entry.title),
                agenda_items::presenter_org_id.eq(entry.presenter.as_ref().map(|o| o.id)),
                agenda_items::planned_minutes.eq(entry.planned_minutes),
                agenda_items::notes.eq(&entry.notes),
            )
        })
        .collect();
    diesel::insert_into(agenda_items::table)
        .values(rows)
        .execute(conn)
        .await
        .map(|_| ())
}

/// Records who came, replacing what was recorded, when `version` is still current.
pub async fn set_attendance(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    version: i32,
    rows: &[OrgAttendance],
) -> diesel::QueryResult<bool> {
    let updated = diesel::update(
        meetings::table
            .filter(meetings::id.eq(id))
            .filter(meetings::version.eq(version)),
    )
    .set((
        meetings::version.eq(meetings::version + 1),
        meetings::updated_at.eq(Utc::now()),
    ))
    .execute(conn)
    .await?;
    if updated != 1 {
        return Ok(false);
    }
    diesel::delete(meeting_attendees::table.filter(meeting_attendees::meeting_id.eq(id)))
        .execute(conn)
        .await?;
    // One statement per value recorded (at most four), whatever the number of participants.
    for attendance in Attendance::ALL {
        let orgs: Vec<Uuid> = rows
            .iter()
            .filter(|row| row.attendance == attendance)
            .map(|row| row.organisation_id)
            .collect();
        if orgs.is_empty() {
            continue;
        }
        diesel::update(
            meeting_participants::table
                .filter(meeting_participants::meeting_id.eq(id))
                .filter(meeting_participants::organisation_id.eq_any(orgs)),
        )
        .set(meeting_participants::attendance.eq(attendance))
        .execute(conn)
        .await?;
    }
    let people: Vec<_> = rows
        .iter()
        .flat_map(|row| {
            row.people.iter().map(move |(name, position, user)| {
                (
                    meeting_attendees::meeting_id.eq(id),
                    meeting_attendees::organisation_id.eq(row.organisation_id),
                    meeting_attendees::name.eq(name.clone()),
                    meeting_attendees::position.eq(position.clone()),
                    meeting_attendees::user_id.eq(*user),
                )
            })
        })
        .collect();
    if !people.is_empty() {
        diesel::insert_into(meeting_attendees::table)
            .values(people)
            .execute(conn)
            .await?;
    }
    Ok(true)
}

/// Saves the minutes' text when `version` is current and they are not approved (an approved
/// text is also refused by the database); false means someone saved, circulated or approved
/// them first.
pub async fn save_minutes(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    version: i32,
    text: &str,
) -> diesel::QueryResult<bool> {
    let updated = diesel::update(
        meetings::table
            .filter(meetings::id.eq(id))
            .filter(meetings::minutes_version.eq(version))
            .filter(meetings::minutes_state.ne(MinutesState::Approved)),
    )
    .set((
        meetings::minutes.eq(text),
        meetings::minutes_version.eq(meetings::minutes_version + 1),
        meetings::updated_at.eq(Utc::now()),
    ))
    .execute(conn)
    .await?;
    Ok(updated == 1)
}

/// Moves the minutes from `from` to `to` when `version` is current.
pub async fn move_minutes(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    version: i32,
    from: MinutesState,
    to: MinutesState,
    by: Uuid,
) -> diesel::QueryResult<bool> {
    let approval: (Option<DateTime<Utc>>, Option<Uuid>) = if to == MinutesState::Approved {
        (Some(Utc::now()), Some(by))
    } else {
        (None, None)
    };
    let updated = diesel::update(
        meetings::table
            .filter(meetings::id.eq(id))
            .filter(meetings::minutes_version.eq(version))
            .filter(meetings::minutes_state.eq(from)),
    )
    .set((
        meetings::minutes_state.eq(to),
        meetings::approved_at.eq(approval.0),
        meetings::approved_by.eq(approval.1),
        meetings::minutes_version.eq(meetings::minutes_version + 1),
        meetings::updated_at.eq(Utc::now()),
    ))
    .execute(conn)
    .await?;
    Ok(updated == 1)
}

/// Locks the meeting's row until the transaction ends, so that decisions are numbered and
/// changed one at a time; true when its minutes are still open (not approved).
async fn lock_open_minutes(conn: &mut AsyncPgConnection, meeting: Uuid) -> diesel::QueryResult<bool> {
    let state: Option<MinutesState> = meetings::table
        .filter(meetings::id.eq(meeting))
        .select(meetings::minutes_state)
        .for_update()
        .first(conn)
        .await
        .optional()?;
    Ok(state.is_some_and(MinutesState::is_open))
}

/// Records a decision under the next number, when the minutes are still open: the meeting's
/// row is locked so two decisions recorded at once get two numbers. None when the minutes
/// were approved meanwhile.
pub async fn add_decision(
    conn: &mut AsyncPgConnection,
    meeting: Uuid,
    body: &str,
    by: Uuid,
) -> diesel::QueryResult<Option<(Uuid, i32)>> {
    if !lock_open_minutes(conn, meeting).await? {
        return Ok(None);
    }
    let last: Option<i32> = decisions::table
        .filter(decisions::meeting_id.eq(meeting))
        .select(max(decisions::number))
        .first(conn)
        .await?;
    let number = last.unwrap_or(0) + 1;
    let id = Uuid::now_v7();
    diesel::insert_into(decisions::table)
        .values((
            decisions::id.eq(id),
            decisions::meeting_id.eq(meeting),
            decisions::number.eq(number),
            decisions::body.eq(body),
            decisions::created_by.eq(by),
        ))
        .execute(conn)
        .await?;
    Ok(Some((id, number)))
}

/// Rewords decision `number` while the minutes are open (the meeting's row locked as for a new
/// one); false when there is no such decision or the minutes were approved meanwhile.
pub async fn reword_decision(
    conn: &mut AsyncPgConnection,
    meeting: Uuid,
    number: i32,
    body: &str,
) -> diesel::QueryResult<bool> {
    if !lock_open_minutes(conn, meeting).await? {
        return Ok(false);
    }
    let updated = diesel::update(
        decisions::table
            .filter(decisions::meeting_id.eq(meeting))
            .filter(decisions::number.eq(number)),
    )
    .set(decisions::body.eq(body))
    .execute(conn)
    .await?;
    Ok(updated == 1)
}

pub async fn add_remark(
    conn: &mut AsyncPgConnection,
    meeting: Uuid,
    kind: RemarkKind,
    author: Uuid,
    body: &str,
) -> diesel::QueryResult<()> {
    diesel::insert_into(minutes_remarks::table)
        .values((
            minutes_remarks::meeting_id.eq(meeting),
            minutes_remarks::kind.eq(kind.as_str()),
            minutes_remarks::author_user_id.eq(author),
            minutes_remarks::body.eq(body),
        ))
        .execute(conn)
        .await
        .map(|_| ())
}
