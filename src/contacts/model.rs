//! Rows, changes and queries of contact points, their hours, absences and duty shifts. Lists
//! cost a fixed number of queries: one to count, one for the page, and six for the details of
//! all its rows together.

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use diesel::dsl::{count_star, sql};
use diesel::pg::Pg;
use diesel::sql_types::{BigInt, Timestamptz};
use diesel::{
    ExpressionMethods, JoinOnDsl, OptionalExtension, PgArrayExpressionMethods, QueryDsl, Queryable,
    Selectable, SelectableHelper,
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::availability::{self, Absence, Availability, ContactTimes, Shift, WeeklyWindow};
use crate::domain::{Phone, TimeZone};
use crate::orgs::model::Organisation;
use crate::schema::{
    contact_absences, contact_handles, contact_hours, contact_points, duty_shifts, organisations,
    users,
};

/// Rows per directory page.
pub const PAGE_SIZE: i64 = 50;

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

/// A messaging service a handle belongs to, in the order the directory shows them.
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
    pub fn service_label(&self) -> &'static str {
        SERVICES
            .iter()
            .find(|(key, _)| *key == self.service)
            .map(|(_, label)| *label)
            .unwrap_or("Messaging")
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

    pub fn describe_hours(&self) -> String {
        availability::describe_availability(&self.availability())
    }

    pub fn languages(&self) -> String {
        self.contact
            .language_codes()
            .iter()
            .map(|code| crate::domain::languages::name_of(code).unwrap_or(code))
            .collect::<Vec<_>>()
            .join(", ")
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
    pub available_now: bool,
}

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

/// One page of the directory and how many entries match. "Available now" depends on each
/// contact's own clock, so with that filter the entries are decided here, after loading those
/// the other filters leave (the directory holds a few entries per organisation).
pub async fn list(
    conn: &mut AsyncPgConnection,
    query: &ContactQuery,
    now: DateTime<Utc>,
    page: i64,
) -> diesel::QueryResult<(Vec<ContactCard>, i64)> {
    let offset = (page.max(1) - 1) * PAGE_SIZE;
    if query.available_now {
        let all: Vec<ContactPoint> = in_call_order(filtered(query, now))
            .select(ContactPoint::as_select())
            .load(conn)
            .await?;
        let cards = with_details(conn, all, now).await?;
        let reachable: Vec<ContactCard> = cards.into_iter().filter(|c| c.reachable(now)).collect();
        let total = reachable.len() as i64;
        let page = reachable
            .into_iter()
            .skip(offset as usize)
            .take(PAGE_SIZE as usize)
            .collect();
        return Ok((page, total));
    }
    let total: i64 = filtered(query, now)
        .select(count_star())
        .get_result(conn)
        .await?;
    let contacts: Vec<ContactPoint> = in_call_order(filtered(query, now))
        .select(ContactPoint::as_select())
        .limit(PAGE_SIZE)
        .offset(offset)
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

/// How many entries an organisation has, and how many are stale: one pass over its entries.
pub async fn freshness(
    conn: &mut AsyncPgConnection,
    org: Uuid,
    now: DateTime<Utc>,
) -> diesel::QueryResult<(i64, i64)> {
    contact_points::table
        .filter(contact_points::organisation_id.eq(org))
        .select((
            count_star(),
            sql::<BigInt>("count(*) FILTER (WHERE contact_points.verified_at < ")
                .bind::<Timestamptz, _>(stale_before(now))
                .sql(")"),
        ))
        .get_result(conn)
        .await
}

/// The fields of a contact, parsed.
#[derive(Debug, Clone)]
pub struct ContactFields {
    pub organisation_id: Uuid,
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

/// Inserts the contact with its handles and hours, verified now by its author.
pub async fn insert(
    conn: &mut AsyncPgConnection,
    fields: &ContactFields,
    author: Uuid,
) -> diesel::QueryResult<Uuid> {
    let id = Uuid::now_v7();
    diesel::insert_into(contact_points::table)
        .values((
            contact_points::id.eq(id),
            contact_points::organisation_id.eq(fields.organisation_id),
            contact_points::name.eq(&fields.name),
            contact_points::position.eq(&fields.position),
            contact_points::phones.eq(phone_column(&fields.phones)),
            contact_points::email.eq(&fields.email),
            contact_points::languages.eq(language_column(&fields.languages)),
            contact_points::escalation_order.eq(fields.escalation_order),
            contact_points::time_zone.eq(fields.time_zone.name()),
            contact_points::always_available.eq(fields.always_available),
            contact_points::verified_by.eq(author),
        ))
        .execute(conn)
        .await?;
    replace_details(conn, id, fields).await?;
    Ok(id)
}

fn phone_column(phones: &[Phone]) -> Vec<Option<String>> {
    phones.iter().map(|p| Some(p.as_str().to_owned())).collect()
}

fn language_column(languages: &[String]) -> Vec<Option<String>> {
    languages.iter().cloned().map(Some).collect()
}

async fn replace_details(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    fields: &ContactFields,
) -> diesel::QueryResult<()> {
    diesel::delete(contact_handles::table.filter(contact_handles::contact_id.eq(id)))
        .execute(conn)
        .await?;
    diesel::delete(contact_hours::table.filter(contact_hours::contact_id.eq(id)))
        .execute(conn)
        .await?;
    let handles: Vec<_> = fields
        .handles
        .iter()
        .map(|h| {
            (
                contact_handles::contact_id.eq(id),
                contact_handles::service.eq(&h.service),
                contact_handles::handle.eq(&h.handle),
            )
        })
        .collect();
    diesel::insert_into(contact_handles::table)
        .values(handles)
        .execute(conn)
        .await?;
    let hours: Vec<_> = fields
        .hours
        .iter()
        .map(|w| {
            (
                contact_hours::contact_id.eq(id),
                contact_hours::weekday.eq(w.weekday.number_from_monday() as i16),
                contact_hours::starts.eq(w.start),
                contact_hours::ends.eq(w.end),
            )
        })
        .collect();
    diesel::insert_into(contact_hours::table)
        .values(hours)
        .execute(conn)
        .await?;
    Ok(())
}

/// Saves the fields when `version` is still current (false: someone else saved first).
/// Saving is also confirming the entry, so it counts as verified now.
pub async fn update(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    version: i32,
    fields: &ContactFields,
    editor: Uuid,
) -> diesel::QueryResult<bool> {
    let now = Utc::now();
    let updated = diesel::update(
        contact_points::table
            .filter(contact_points::id.eq(id))
            .filter(contact_points::version.eq(version)),
    )
    .set((
        contact_points::name.eq(&fields.name),
        contact_points::position.eq(&fields.position),
        contact_points::phones.eq(phone_column(&fields.phones)),
        contact_points::email.eq(&fields.email),
        contact_points::languages.eq(language_column(&fields.languages)),
        contact_points::escalation_order.eq(fields.escalation_order),
        contact_points::time_zone.eq(fields.time_zone.name()),
        contact_points::always_available.eq(fields.always_available),
        contact_points::verified_at.eq(now),
        contact_points::verified_by.eq(editor),
        contact_points::version.eq(contact_points::version + 1),
        contact_points::updated_at.eq(now),
    ))
    .execute(conn)
    .await?;
    if updated == 1 {
        replace_details(conn, id, fields).await?;
    }
    Ok(updated == 1)
}

/// "Still correct": confirms the entry without changing it.
pub async fn verify(conn: &mut AsyncPgConnection, id: Uuid, by: Uuid) -> diesel::QueryResult<()> {
    diesel::update(contact_points::table.find(id))
        .set((
            contact_points::verified_at.eq(Utc::now()),
            contact_points::verified_by.eq(by),
        ))
        .execute(conn)
        .await
        .map(|_| ())
}

/// Removes the contact; its hours, handles, absences and shifts go with it.
pub async fn delete(conn: &mut AsyncPgConnection, id: Uuid) -> diesel::QueryResult<()> {
    diesel::delete(contact_points::table.find(id))
        .execute(conn)
        .await
        .map(|_| ())
}

pub async fn add_absence(
    conn: &mut AsyncPgConnection,
    contact: Uuid,
    absence: &Absence,
) -> diesel::QueryResult<Uuid> {
    let id = Uuid::now_v7();
    diesel::insert_into(contact_absences::table)
        .values((
            contact_absences::id.eq(id),
            contact_absences::contact_id.eq(contact),
            contact_absences::starts_on.eq(absence.from),
            contact_absences::ends_on.eq(absence.to),
        ))
        .execute(conn)
        .await?;
    Ok(id)
}

/// Removes the absence of this contact; None when it has none such.
pub async fn delete_absence(
    conn: &mut AsyncPgConnection,
    contact: Uuid,
    absence: Uuid,
) -> diesel::QueryResult<Option<AbsenceRow>> {
    diesel::delete(
        contact_absences::table
            .filter(contact_absences::id.eq(absence))
            .filter(contact_absences::contact_id.eq(contact)),
    )
    .returning((
        contact_absences::id,
        contact_absences::starts_on,
        contact_absences::ends_on,
    ))
    .get_result(conn)
    .await
    .optional()
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

pub async fn add_shift(
    conn: &mut AsyncPgConnection,
    org: Uuid,
    shift: &Shift,
    author: Uuid,
) -> diesel::QueryResult<Uuid> {
    let id = Uuid::now_v7();
    diesel::insert_into(duty_shifts::table)
        .values((
            duty_shifts::id.eq(id),
            duty_shifts::organisation_id.eq(org),
            duty_shifts::contact_id.eq(shift.contact_id),
            duty_shifts::starts_at.eq(shift.starts_at),
            duty_shifts::ends_at.eq(shift.ends_at),
            duty_shifts::created_by.eq(author),
        ))
        .execute(conn)
        .await?;
    Ok(id)
}

/// Removes the organisation's shift; None when it has none such.
pub async fn delete_shift(
    conn: &mut AsyncPgConnection,
    org: Uuid,
    shift: Uuid,
) -> diesel::QueryResult<Option<(String, DateTime<Utc>, DateTime<Utc>)>> {
    let deleted: Option<(Uuid, DateTime<Utc>, DateTime<Utc>)> = diesel::delete(
        duty_shifts::table
            .filter(duty_shifts::id.eq(shift))
            .filter(duty_shifts::organisation_id.eq(org)),
    )
    .returning((
        duty_shifts::contact_id,
        duty_shifts::starts_at,
        duty_shifts::ends_at,
    ))
    .get_result(conn)
    .await
    .optional()?;
    let Some((contact, starts_at, ends_at)) = deleted else {
        return Ok(None);
    };
    let name: String = contact_points::table
        .find(contact)
        .select(contact_points::name)
        .first(conn)
        .await?;
    Ok(Some((name, starts_at, ends_at)))
}
