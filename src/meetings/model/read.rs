//! Scoped reads: every query of meetings starts from [`scoped`], so the scope decided in
//! `authz` is a condition of the SQL, in lists, feeds, the dashboard and single meetings.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::dsl::{array, exists};
use diesel::pg::Pg;
use diesel::{ExpressionMethods, JoinOnDsl, NullableExpressionMethods, OptionalExtension, QueryDsl, SelectableHelper};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::{AgendaEntry, Attendee, Decision, DecisionRef, ListedMeeting, Meeting, MeetingCard, MeetingSummary, Participant, Remark, RemarkKind};
use crate::action_items::model::{self as action_items, ItemCard, OrgRef, Person};
use crate::authz::{ItemScope, MeetingScope};
use crate::schema;
use crate::domain::meeting::Attendance;
use crate::schema::{
    agenda_items, decisions, meeting_attendees, meeting_participants, meetings, minutes_remarks,
    organisations, users,
};
use crate::web::{PAGE_SIZE, Pagination};

type Boxed = meetings::BoxedQuery<'static, Pg>;

/// Meetings the scope lets the user read. A country's meetings are read from the
/// participants' index first (as `action_items::model` reads an organisation's items).
fn scoped(scope: MeetingScope) -> Boxed {
    let query = meetings::table.into_boxed();
    match scope {
        MeetingScope::All => query,
        MeetingScope::ParticipantOf(org) => query.filter(
            meetings::id.eq_any(array(
                meeting_participants::table
                    .filter(meeting_participants::organisation_id.eq(org))
                    .select(meeting_participants::meeting_id),
            )),
        ),
    }
}

/// Which meetings a list shows: those still to come or under way, or those that ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum When {
    #[default]
    Upcoming,
    Past,
}

/// The longest a meeting lasts (a CHECK of the table): one under way started at most this long
/// ago, so "still to come or under way" reads the index from there.
const LONGEST_MEETING_DAYS: i64 = 7;

fn listed(scope: MeetingScope, when: When, now: DateTime<Utc>) -> Boxed {
    match when {
        When::Upcoming => scoped(scope)
            .filter(meetings::starts_at.ge(now - chrono::Duration::days(LONGEST_MEETING_DAYS)))
            .filter(meetings::ends_at.ge(now))
            .order((meetings::starts_at.asc(), meetings::id.asc())),
        When::Past => scoped(scope)
            .filter(meetings::ends_at.lt(now))
            .order((meetings::starts_at.desc(), meetings::id.desc())),
    }
}

/// One page of the list and how many meetings match, counted to
/// [`Pagination::count_limit`]: four queries whatever the size.
pub async fn list(
    conn: &mut AsyncPgConnection,
    scope: MeetingScope,
    own_org: Uuid,
    when: When,
    now: DateTime<Utc>,
    page: i64,
) -> diesel::QueryResult<(Vec<ListedMeeting>, i64)> {
    let counted: Vec<Uuid> = listed(scope, when, now)
        .select(meetings::id)
        .limit(Pagination::count_limit(page))
        .load(conn)
        .await?;
    let found: Vec<MeetingSummary> = listed(scope, when, now)
        .select(MeetingSummary::as_select())
        .limit(PAGE_SIZE)
        .offset(Pagination::offset(page))
        .load(conn)
        .await?;
    if found.is_empty() {
        return Ok((Vec::new(), counted.len() as i64));
    }
    let ids: Vec<Uuid> = found.iter().map(|m| m.id).collect();
    let counts: HashMap<Uuid, i64> = meeting_participants::table
        .filter(meeting_participants::meeting_id.eq_any(&ids))
        .group_by(meeting_participants::meeting_id)
        .select((meeting_participants::meeting_id, diesel::dsl::count_star()))
        .load::<(Uuid, i64)>(conn)
        .await?
        .into_iter()
        .collect();
    let own: Vec<Uuid> = meeting_participants::table
        .filter(meeting_participants::meeting_id.eq_any(&ids))
        .filter(meeting_participants::organisation_id.eq(own_org))
        .select(meeting_participants::meeting_id)
        .load(conn)
        .await?;
    let listed = found
        .into_iter()
        .map(|meeting| ListedMeeting {
            participants: counts.get(&meeting.id).copied().unwrap_or(0),
            takes_part: own.contains(&meeting.id),
            meeting,
        })
        .collect();
    Ok((listed, counted.len() as i64))
}

/// Every meeting the scope shows from `since` on, for a calendar; at most `limit`.
pub async fn calendar(
    conn: &mut AsyncPgConnection,
    scope: MeetingScope,
    since: DateTime<Utc>,
    limit: i64,
) -> diesel::QueryResult<Vec<Meeting>> {
    scoped(scope)
        .filter(meetings::ends_at.ge(since))
        .order((meetings::starts_at.asc(), meetings::id.asc()))
        .select(Meeting::as_select())
        .limit(limit)
        .load(conn)
        .await
}

/// The next meeting in the scope that has not ended.
pub async fn next(
    conn: &mut AsyncPgConnection,
    scope: MeetingScope,
    now: DateTime<Utc>,
) -> diesel::QueryResult<Option<MeetingSummary>> {
    listed(scope, When::Upcoming, now)
        .select(MeetingSummary::as_select())
        .first(conn)
        .await
        .optional()
}

pub async fn find_visible(
    conn: &mut AsyncPgConnection,
    scope: MeetingScope,
    id: Uuid,
) -> diesel::QueryResult<Option<MeetingCard>> {
    let found: Option<Meeting> = scoped(scope)
        .filter(meetings::id.eq(id))
        .select(Meeting::as_select())
        .first(conn)
        .await
        .optional()?;
    match found {
        Some(meeting) => Ok(with_participants(conn, vec![meeting]).await?.pop()),
        None => Ok(None),
    }
}

/// Adds the participating organisations to each meeting: one query for all.
async fn with_participants(
    conn: &mut AsyncPgConnection,
    found: Vec<Meeting>,
) -> diesel::QueryResult<Vec<MeetingCard>> {
    if found.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = found.iter().map(|m| m.id).collect();
    let rows: Vec<(Uuid, OrgRef, Attendance)> = meeting_participants::table
        .inner_join(organisations::table)
        .filter(meeting_participants::meeting_id.eq_any(&ids))
        .order((organisations::kind.asc(), organisations::code.asc()))
        .select((
            meeting_participants::meeting_id,
            (organisations::id, organisations::code, organisations::name),
            meeting_participants::attendance,
        ))
        .load(conn)
        .await?;
    let mut by_meeting: HashMap<Uuid, Vec<Participant>> = HashMap::new();
    for (meeting, org, attendance) in rows {
        by_meeting
            .entry(meeting)
            .or_default()
            .push(Participant { org, attendance });
    }
    Ok(found
        .into_iter()
        .map(|meeting| MeetingCard {
            participants: by_meeting.remove(&meeting.id).unwrap_or_default(),
            meeting,
        })
        .collect())
}

pub async fn attendees(
    conn: &mut AsyncPgConnection,
    meeting: Uuid,
) -> diesel::QueryResult<Vec<Attendee>> {
    meeting_attendees::table
        .filter(meeting_attendees::meeting_id.eq(meeting))
        .order(meeting_attendees::id.asc())
        .select((
            meeting_attendees::organisation_id,
            meeting_attendees::name,
            meeting_attendees::position,
            meeting_attendees::user_id,
        ))
        .load(conn)
        .await
}

pub async fn agenda(
    conn: &mut AsyncPgConnection,
    meeting: Uuid,
) -> diesel::QueryResult<Vec<AgendaEntry>> {
    agenda_items::table
        .left_join(organisations::table)
        .filter(agenda_items::meeting_id.eq(meeting))
        .order(agenda_items::position.asc())
        .select((
            agenda_items::position,
            agenda_items::title,
            (organisations::id, organisations::code, organisations::name).nullable(),
            agenda_items::planned_minutes,
            agenda_items::notes,
        ))
        .load(conn)
        .await
}

pub async fn decisions_of(
    conn: &mut AsyncPgConnection,
    meeting: Uuid,
) -> diesel::QueryResult<Vec<Decision>> {
    decisions::table
        .filter(decisions::meeting_id.eq(meeting))
        .order(decisions::number.asc())
        .select((decisions::id, decisions::number, decisions::body))
        .load(conn)
        .await
}

/// The decisions among `ids` whose meeting the scope shows, with their meeting.
pub async fn decision_refs(
    conn: &mut AsyncPgConnection,
    scope: MeetingScope,
    ids: &[Uuid],
) -> diesel::QueryResult<Vec<DecisionRef>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut query = decisions::table
        .inner_join(meetings::table)
        .filter(decisions::id.eq_any(ids.to_vec()))
        .order((meetings::starts_at.desc(), decisions::number.asc()))
        .select((
            decisions::id,
            decisions::number,
            decisions::body,
            meetings::id,
            meetings::title,
        ))
        .into_boxed();
    if let MeetingScope::ParticipantOf(org) = scope {
        query = query.filter(
            decisions::meeting_id.eq_any(
                meeting_participants::table
                    .filter(meeting_participants::organisation_id.eq(org))
                    .select(meeting_participants::meeting_id),
            ),
        );
    }
    query.load(conn).await
}

/// The open items (in `items`' scope) carrying out decisions of the meetings before `meeting`
/// (in `scope`) that share a participant with it, soonest due first, at most `limit`, each with
/// its decision: four queries, whatever the number of earlier decisions.
pub async fn carried_over(
    conn: &mut AsyncPgConnection,
    scope: MeetingScope,
    items: ItemScope,
    meeting: &Meeting,
    participants: &[Uuid],
    limit: i64,
) -> diesel::QueryResult<Vec<(ItemCard, DecisionRef)>> {
    if participants.is_empty() {
        return Ok(Vec::new());
    }
    // Each open item's decision is looked up as the items are read by due date: a correlated
    // EXISTS, kept a subplan by its OFFSET. Flattened into a join, PostgreSQL would gather every
    // earlier decision first (28 ms for 5,000 of them on the benchmark, against 1.7 ms).
    macro_rules! earlier {
        () => {
            decisions::table
                .inner_join(meetings::table)
                .filter(decisions::id.nullable().eq(schema::action_items::decision_id))
                .filter(meetings::starts_at.lt(meeting.starts_at))
                .filter(meetings::id.ne(meeting.id))
                .filter(
                    decisions::meeting_id.eq_any(
                        meeting_participants::table
                            .filter(
                                meeting_participants::organisation_id.eq_any(participants.to_vec()),
                            )
                            .select(meeting_participants::meeting_id),
                    ),
                )
        };
    }
    let cards = match scope {
        MeetingScope::All => {
            let earlier = earlier!().select(decisions::id).offset(0);
            action_items::open_where(conn, items, move |q| q.filter(exists(earlier)), limit)
                .await?
        }
        MeetingScope::ParticipantOf(org) => {
            let earlier = earlier!()
                .filter(
                    decisions::meeting_id.eq_any(
                        meeting_participants::table
                            .filter(meeting_participants::organisation_id.eq(org))
                            .select(meeting_participants::meeting_id),
                    ),
                )
                .select(decisions::id)
                .offset(0);
            action_items::open_where(conn, items, move |q| q.filter(exists(earlier)), limit)
                .await?
        }
    };
    let mut ids: Vec<Uuid> = cards.iter().filter_map(|c| c.item.decision_id).collect();
    ids.sort();
    ids.dedup();
    let refs = decision_refs(conn, scope, &ids).await?;
    Ok(cards
        .into_iter()
        .filter_map(|card| {
            let decision = refs.iter().find(|d| Some(d.id) == card.item.decision_id)?.clone();
            Some((card, decision))
        })
        .collect())
}

/// The meeting's remarks of one kind, oldest first.
pub async fn remarks(
    conn: &mut AsyncPgConnection,
    meeting: Uuid,
    kind: RemarkKind,
) -> diesel::QueryResult<Vec<Remark>> {
    minutes_remarks::table
        .inner_join(users::table.on(users::id.eq(minutes_remarks::author_user_id)))
        .inner_join(organisations::table.on(organisations::id.eq(users::organisation_id)))
        .filter(minutes_remarks::meeting_id.eq(meeting))
        .filter(minutes_remarks::kind.eq(kind.as_str()))
        .order(minutes_remarks::id.asc())
        .select((
            minutes_remarks::created_at,
            users::name,
            organisations::code,
            minutes_remarks::body,
        ))
        .load(conn)
        .await
}

/// The active accounts of the organisations `orgs`, by organisation code, then name: whom the
/// attendance form offers to tick.
pub async fn accounts_of(
    conn: &mut AsyncPgConnection,
    orgs: &[Uuid],
) -> diesel::QueryResult<Vec<Person>> {
    if orgs.is_empty() {
        return Ok(Vec::new());
    }
    users::table
        .inner_join(organisations::table.on(organisations::id.eq(users::organisation_id)))
        .filter(users::organisation_id.eq_any(orgs))
        .filter(users::active)
        .order((organisations::code.asc(), users::name.asc()))
        .select((
            users::id,
            users::name,
            organisations::id,
            organisations::code,
        ))
        .load(conn)
        .await
}

/// The name of who approved the meeting's minutes; None before approval.
pub async fn approver(
    conn: &mut AsyncPgConnection,
    meeting: &Meeting,
) -> diesel::QueryResult<Option<String>> {
    let Some(id) = meeting.approved_by else {
        return Ok(None);
    };
    users::table
        .filter(users::id.eq(id))
        .select(users::name)
        .first(conn)
        .await
        .optional()
}
