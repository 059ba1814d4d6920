//! Reads of contact points: the directory, an organisation's entries, every active entry for
//! the on-duty page, one entry, and the details loaded for all of them at once.

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveTime, Utc, Weekday};
use diesel::dsl::count_star;
use diesel::pg::Pg;
use diesel::sql_types::BigInt;
use diesel::{
    ExpressionMethods, JoinOnDsl, OptionalExtension, PgArrayExpressionMethods, QueryDsl, SelectableHelper,
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::web::{PAGE_SIZE, Pagination};

use super::*;
use crate::contacts::availability::{Shift, WeeklyWindow};
use crate::orgs::model::Organisation;
use crate::schema::{
    contact_absences, contact_handles, contact_hours, contact_points, duty_shifts, organisations,
    users,
};

type Boxed = diesel::dsl::IntoBoxed<
    'static,
    diesel::dsl::InnerJoin<contact_points::table, organisations::table>,
    Pg,
>;

/// Contacts of active organisations matching the filters that SQL can decide, joined with
/// their organisation (for its state and its code, by which the directory is ordered).
fn filtered(query: &ContactQuery, now: DateTime<Utc>) -> Boxed {
    let mut sql = contact_points::table
        .inner_join(organisations::table)
        .filter(organisations::active)
        .into_boxed();
    if let Some(org) = query.org {
        sql = sql.filter(contact_points::organisation_id.eq(org));
    }
    if let Some(language) = &query.language {
        sql = sql.filter(contact_points::languages.contains(vec![Some(language.clone())]));
    }
    if query.stale {
        sql = sql.filter(contact_points::verified_at.lt(stale_before(now)));
    }
    sql
}

/// By organisation code, then the order in which to call.
fn in_call_order(query: Boxed) -> Boxed {
    query.order((
        organisations::code.asc(),
        contact_points::escalation_order.asc(),
        contact_points::name.asc(),
        contact_points::id.asc(),
    ))
}

/// One page of the directory and how many entries match: eight queries whatever the size
/// (the count, the page, and six kinds of details for its entries).
pub async fn list(
    conn: &mut AsyncPgConnection,
    query: &ContactQuery,
    now: DateTime<Utc>,
    page: i64,
) -> diesel::QueryResult<(Vec<ContactCard>, i64)> {
    let total: i64 = filtered(query, now)
        .select(count_star())
        .get_result(conn)
        .await?;
    let contacts: Vec<ContactPoint> = in_call_order(filtered(query, now))
        .select(ContactPoint::as_select())
        .limit(PAGE_SIZE)
        .offset(Pagination::offset(page))
        .load(conn)
        .await?;
    Ok((with_details(conn, contacts, now).await?, total))
}

/// Every contact of one organisation, in call order (for its vCard file and its rota).
pub async fn of_organisation(
    conn: &mut AsyncPgConnection,
    org: Uuid,
    now: DateTime<Utc>,
) -> diesel::QueryResult<Vec<ContactCard>> {
    let contacts: Vec<ContactPoint> = contact_points::table
        .filter(contact_points::organisation_id.eq(org))
        .order((
            contact_points::escalation_order.asc(),
            contact_points::name.asc(),
            contact_points::id.asc(),
        ))
        .select(ContactPoint::as_select())
        .load(conn)
        .await?;
    with_details(conn, contacts, now).await
}

/// Every contact of every active organisation, for the on-duty page.
pub async fn all_active(
    conn: &mut AsyncPgConnection,
    now: DateTime<Utc>,
) -> diesel::QueryResult<Vec<ContactCard>> {
    let contacts: Vec<ContactPoint> = in_call_order(filtered(&ContactQuery::default(), now))
        .select(ContactPoint::as_select())
        .load(conn)
        .await?;
    with_details(conn, contacts, now).await
}

/// When the next shift starts, if one is planned: the on-duty board changes then.
pub async fn next_shift_start(
    conn: &mut AsyncPgConnection,
    now: DateTime<Utc>,
) -> diesel::QueryResult<Option<DateTime<Utc>>> {
    duty_shifts::table
        .filter(duty_shifts::starts_at.gt(now))
        .select(diesel::dsl::min(duty_shifts::starts_at))
        .get_result(conn)
        .await
}

pub async fn find(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    now: DateTime<Utc>,
) -> diesel::QueryResult<Option<ContactCard>> {
    let contact: Option<ContactPoint> = contact_points::table
        .find(id)
        .select(ContactPoint::as_select())
        .first(conn)
        .await
        .optional()?;
    match contact {
        Some(contact) => Ok(with_details(conn, vec![contact], now).await?.pop()),
        None => Ok(None),
    }
}

/// Adds organisations, handles, hours, absences, verifiers and current shifts to the contacts:
/// six queries for any number of them.
async fn with_details(
    conn: &mut AsyncPgConnection,
    contacts: Vec<ContactPoint>,
    now: DateTime<Utc>,
) -> diesel::QueryResult<Vec<ContactCard>> {
    if contacts.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = contacts.iter().map(|c| c.id).collect();
    let org_ids: Vec<Uuid> = contacts.iter().map(|c| c.organisation_id).collect();
    let orgs: HashMap<Uuid, Organisation> = organisations::table
        .filter(organisations::id.eq_any(&org_ids))
        .select(Organisation::as_select())
        .load::<Organisation>(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let mut handles: HashMap<Uuid, Vec<Handle>> = HashMap::new();
    for (id, handle) in contact_handles::table
        .filter(contact_handles::contact_id.eq_any(&ids))
        .select((
            contact_handles::contact_id,
            (contact_handles::service, contact_handles::handle),
        ))
        .load::<(Uuid, Handle)>(conn)
        .await?
    {
        handles.entry(id).or_default().push(handle);
    }
    let mut hours: HashMap<Uuid, Vec<WeeklyWindow>> = HashMap::new();
    for (id, weekday, starts, ends) in contact_hours::table
        .filter(contact_hours::contact_id.eq_any(&ids))
        .order(contact_hours::weekday.asc())
        .select((
            contact_hours::contact_id,
            contact_hours::weekday,
            contact_hours::starts,
            contact_hours::ends,
        ))
        .load::<(Uuid, i16, NaiveTime, NaiveTime)>(conn)
        .await?
    {
        if let Some(window) =
            iso_weekday(weekday).and_then(|d| WeeklyWindow::new(d, starts, ends).ok())
        {
            hours.entry(id).or_default().push(window);
        }
    }
    // Absences that may still matter: any time zone is within a day of UTC's date.
    let since = (now - Duration::days(1)).date_naive();
    let mut absences: HashMap<Uuid, Vec<AbsenceRow>> = HashMap::new();
    for (id, absence) in contact_absences::table
        .filter(contact_absences::contact_id.eq_any(&ids))
        .filter(contact_absences::ends_on.ge(since))
        .order(contact_absences::starts_on.asc())
        .select((
            contact_absences::contact_id,
            (
                contact_absences::id,
                contact_absences::starts_on,
                contact_absences::ends_on,
            ),
        ))
        .load::<(Uuid, AbsenceRow)>(conn)
        .await?
    {
        absences.entry(id).or_default().push(absence);
    }
    let verifier_ids: Vec<Uuid> = contacts.iter().filter_map(|c| c.verified_by).collect();
    let verifiers: HashMap<Uuid, String> = users::table
        .filter(users::id.eq_any(&verifier_ids))
        .select((users::id, users::name))
        .load::<(Uuid, String)>(conn)
        .await?
        .into_iter()
        .collect();
    let mut shifts: HashMap<Uuid, Vec<Shift>> = HashMap::new();
    for (contact_id, starts_at, ends_at) in duty_shifts::table
        .filter(duty_shifts::contact_id.eq_any(&ids))
        .filter(duty_shifts::starts_at.le(now))
        .filter(duty_shifts::ends_at.gt(now))
        .select((
            duty_shifts::contact_id,
            duty_shifts::starts_at,
            duty_shifts::ends_at,
        ))
        .load::<(Uuid, DateTime<Utc>, DateTime<Utc>)>(conn)
        .await?
    {
        shifts.entry(contact_id).or_default().push(Shift {
            contact_id,
            starts_at,
            ends_at,
        });
    }
    Ok(contacts
        .into_iter()
        .filter_map(|contact| {
            let org = orgs.get(&contact.organisation_id)?.clone();
            Some(ContactCard {
                handles: handles.remove(&contact.id).unwrap_or_default(),
                hours: hours.remove(&contact.id).unwrap_or_default(),
                absences: absences.remove(&contact.id).unwrap_or_default(),
                verified_by: contact.verified_by.and_then(|u| verifiers.get(&u).cloned()),
                shifts: shifts.remove(&contact.id).unwrap_or_default(),
                org,
                contact,
            })
        })
        .collect())
}

/// ISO weekday number (1 = Monday) as stored.
fn iso_weekday(n: i16) -> Option<Weekday> {
    match n {
        1 => Some(Weekday::Mon),
        2 => Some(Weekday::Tue),
        3 => Some(Weekday::Wed),
        4 => Some(Weekday::Thu),
        5 => Some(Weekday::Fri),
        6 => Some(Weekday::Sat),
        7 => Some(Weekday::Sun),
        _ => None,
    }
}

/// A count as a value inside another statement.
pub type Count = diesel::dsl::SingleValue<contact_points::BoxedQuery<'static, Pg, BigInt>>;

/// How many contact points `org` has, as a value inside another statement.
pub fn count_of(org: Uuid) -> Count {
    contact_points::table
        .into_boxed()
        .filter(contact_points::organisation_id.eq(org))
        .select(count_star())
        .single_value()
}

/// How many of them nobody has confirmed for [`STALE_AFTER_DAYS`] days at `now`.
pub fn stale_count_of(org: Uuid, now: DateTime<Utc>) -> Count {
    contact_points::table
        .into_boxed()
        .filter(contact_points::organisation_id.eq(org))
        .filter(contact_points::verified_at.lt(stale_before(now)))
        .select(count_star())
        .single_value()
}

/// The organisation's shifts that have not ended, soonest first.
pub async fn upcoming_shifts(
    conn: &mut AsyncPgConnection,
    org: Uuid,
    now: DateTime<Utc>,
) -> diesel::QueryResult<Vec<ShiftRow>> {
    duty_shifts::table
        .inner_join(contact_points::table.on(contact_points::id.eq(duty_shifts::contact_id)))
        .filter(duty_shifts::organisation_id.eq(org))
        .filter(duty_shifts::ends_at.gt(now))
        .order((duty_shifts::starts_at.asc(), duty_shifts::id.asc()))
        .select((
            duty_shifts::id,
            duty_shifts::contact_id,
            contact_points::name,
            duty_shifts::starts_at,
            duty_shifts::ends_at,
        ))
        .load(conn)
        .await
}

