//! Scoped reads: every query of requests starts from [`scoped`], so who may see a request is
//! a condition of the SQL in lists, counts, searches, exports and single lookups alike. The
//! sealed columns are selected only when the scope sees personal data, and opened only for
//! the rows a page shows.

use std::collections::HashMap;

use diesel::dsl::{array, count_star};
use diesel::pg::Pg;
use diesel::sql_types::{Array, BigInt, Bytea, Text};
use diesel::{
    BoolExpressionMethods, ExpressionMethods, OptionalExtension, QueryDsl, SelectableHelper,
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::sealed::{event_context, open_personal};
use super::{
    Area, EventKind, OrgRef, Operation, Personal, RequestCard, RequestRow, TimelineEntry, Viewing,
    indexes_of,
};
use crate::authz::RescueScope;
use crate::domain::OrgKind;
use crate::domain::rescue::{RescueReference, RescueStatus, Urgency};
use crate::error::AppError;
use crate::personal::Keyring;
use crate::schema::{
    audit_events, organisations, rescue_areas, rescue_operations, rescue_request_events,
    rescue_requests, users,
};
use crate::web::{PAGE_SIZE, Pagination};

type Boxed = rescue_requests::BoxedQuery<'static, Pg>;

/// Which statuses a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    /// Every request still being worked (not an end): what the list opens on.
    #[default]
    Open,
    Any,
    Is(RescueStatus),
}

/// What the search field found in the typed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Search {
    Reference(RescueReference),
    /// The passport's blind index under every key held.
    Passport(Vec<Vec<u8>>),
}

#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub status: StatusFilter,
    pub urgency: Option<Urgency>,
    pub area: Option<Uuid>,
    pub nationality: Option<String>,
    pub search: Option<Search>,
}

/// Requests the scope lets the user read.
fn scoped(scope: &RescueScope) -> Boxed {
    let query = rescue_requests::table.into_boxed();
    match scope {
        RescueScope::All | RescueScope::Redacted => query,
        RescueScope::Nationality(country) => {
            query.filter(rescue_requests::nationality.eq(country.clone()))
        }
    }
}

/// The filters other than the status, which the counts by status share with the list.
fn filtered_but_status(scope: &RescueScope, filter: &ListFilter) -> Boxed {
    let mut query = scoped(scope);
    if let Some(urgency) = filter.urgency {
        query = query.filter(rescue_requests::urgency.eq(urgency));
    }
    if let Some(area) = filter.area {
        query = query.filter(rescue_requests::area_id.eq(area));
    }
    if let Some(nationality) = &filter.nationality {
        query = query.filter(rescue_requests::nationality.eq(nationality.clone()));
    }
    match &filter.search {
        Some(Search::Reference(reference)) => {
            query = query
                .filter(rescue_requests::year.eq(reference.year))
                .filter(rescue_requests::number.eq(reference.number));
        }
        // Observers cannot search by what they may not see.
        Some(Search::Passport(_)) if !scope.sees_personal_data() => {
            query = query.filter(rescue_requests::id.is_null());
        }
        Some(Search::Passport(indexes)) => {
            query = query.filter(rescue_requests::passport_index.eq_any(indexes.clone()));
        }
        None => {}
    }
    query
}

fn filtered(scope: &RescueScope, filter: &ListFilter) -> Boxed {
    let query = filtered_but_status(scope, filter);
    match filter.status {
        StatusFilter::Open => query.filter(rescue_requests::status.eq_any(RescueStatus::OPEN)),
        StatusFilter::Any => query,
        StatusFilter::Is(status) => query.filter(rescue_requests::status.eq(status)),
    }
}

/// Life at risk first, then the newest.
fn sorted(query: Boxed) -> Boxed {
    query.order((
        rescue_requests::urgency_rank.desc(),
        rescue_requests::year.desc(),
        rescue_requests::number.desc(),
    ))
}

/// A row with its sealed columns, when the scope sees them.
type Loaded = (RequestRow, Option<(Vec<u8>, Vec<u8>)>);

/// Loads the rows of `ids`-selecting `query`: the sealed columns only for a scope that sees
/// personal data, so an observer's page never carries them, not even encrypted.
async fn load_rows(
    conn: &mut AsyncPgConnection,
    scope: &RescueScope,
    query: Boxed,
) -> diesel::QueryResult<Vec<Loaded>> {
    if scope.sees_personal_data() {
        let rows: Vec<(RequestRow, Vec<u8>, Vec<u8>)> = query
            .select((
                RequestRow::as_select(),
                rescue_requests::person,
                rescue_requests::situation,
            ))
            .load(conn)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(row, person, situation)| (row, Some((person, situation))))
            .collect())
    } else {
        let rows: Vec<RequestRow> = query.select(RequestRow::as_select()).load(conn).await?;
        Ok(rows.into_iter().map(|row| (row, None)).collect())
    }
}

/// One page of the list, and how many match when the counts by status cannot say (a search):
/// counted up to [`Pagination::count_limit`].
pub async fn list(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    scope: &RescueScope,
    filter: &ListFilter,
    page: i64,
) -> Result<(Vec<RequestCard>, Option<i64>), AppError> {
    let total = match filter.search {
        None => None,
        Some(_) => {
            let counted: Vec<Uuid> = filtered(scope, filter)
                .select(rescue_requests::id)
                .limit(Pagination::count_limit(page))
                .load(conn)
                .await?;
            Some(counted.len() as i64)
        }
    };
    // The page's ids from the list index (an index-only scan), then those rows by id.
    let ids = sorted(filtered(scope, filter))
        .select(rescue_requests::id)
        .limit(PAGE_SIZE)
        .offset(Pagination::offset(page));
    let chosen = sorted(rescue_requests::table.into_boxed().filter(rescue_requests::id.eq_any(array(ids))));
    let rows = load_rows(conn, scope, chosen).await?;
    Ok((with_names(conn, keys, rows).await?, total))
}

/// How many requests the list's status filter takes from the counts by status, each counted up
/// to `cap`: the exact total, or None when a status reached the cap (there are more).
pub fn total_from_counts(
    filter: &ListFilter,
    counts: &[(RescueStatus, i64)],
    cap: i64,
) -> Option<i64> {
    let taken = counts.iter().filter(|(status, _)| match filter.status {
        StatusFilter::Open => status.is_open(),
        StatusFilter::Any => true,
        StatusFilter::Is(only) => *status == only,
    });
    let mut sum = 0;
    for (_, n) in taken {
        if *n >= cap {
            return None;
        }
        sum += n;
    }
    Some(sum)
}

/// Every request matching, for the CSV: no sealed column is selected, whoever exports.
pub async fn list_all(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    scope: &RescueScope,
    filter: &ListFilter,
) -> Result<Vec<RequestCard>, AppError> {
    let rows = load_rows(conn, &RescueScope::Redacted, sorted(filtered(scope, filter))).await?;
    with_names(conn, keys, rows).await
}

#[derive(diesel::QueryableByName)]
struct StatusCount {
    #[diesel(sql_type = Text)]
    status: String,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// How many requests are in each status, in the scope and under the list's urgency, area and
/// country filters, each counted up to `cap`: one statement, and each count reads at
/// most the cap's worth of `rescue_requests_status_idx`, whatever the number of requests. Only
/// the conditions in effect are written: a generic plan cannot use the index for a
/// `$n IS NULL OR column = $n`, and walked every row of a status instead (8 ms for a country's
/// counts among 50,000 requests).
pub async fn status_counts(
    conn: &mut AsyncPgConnection,
    scope: &RescueScope,
    filter: &ListFilter,
    cap: i64,
) -> diesel::QueryResult<Vec<(RescueStatus, i64)>> {
    let scope_country = match scope {
        RescueScope::Nationality(country) => Some(country.clone()),
        RescueScope::All | RescueScope::Redacted => None,
    };
    let mut conditions = String::new();
    let mut next = 3;
    let mut condition = |column: &str, cast: &str| {
        conditions.push_str(&format!(" AND r.{column} = ${next}::{cast}"));
        next += 1;
    };
    for (present, column, cast) in [
        (scope_country.is_some(), "nationality", "text"),
        (filter.nationality.is_some(), "nationality", "text"),
        (filter.urgency.is_some(), "urgency", "text"),
        (filter.area.is_some(), "area_id", "uuid"),
    ] {
        if present {
            condition(column, cast);
        }
    }
    let statuses: Vec<&str> = RescueStatus::ALL.iter().map(|s| s.as_str()).collect();
    let mut query = diesel::sql_query(format!(
        "SELECT s.status, (SELECT count(*) FROM (SELECT 1 FROM rescue_requests r \
           WHERE r.status = s.status{conditions} LIMIT $2) AS capped) AS n \
         FROM unnest($1::text[]) AS s(status)"
    ))
    .into_boxed::<Pg>()
    .bind::<Array<Text>, _>(statuses)
    .bind::<BigInt, _>(cap);
    if let Some(country) = scope_country {
        query = query.bind::<Text, _>(country);
    }
    if let Some(country) = filter.nationality.clone() {
        query = query.bind::<Text, _>(country);
    }
    if let Some(urgency) = filter.urgency {
        query = query.bind::<Text, _>(urgency.as_str());
    }
    if let Some(area) = filter.area {
        query = query.bind::<diesel::sql_types::Uuid, _>(area);
    }
    let rows: Vec<StatusCount> = query.load(conn).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| row.status.parse().ok().map(|status| (status, row.n)))
        .collect())
}

/// The request, if the scope lets the user read it; its personal part opened when the scope
/// sees it.
pub async fn find(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    scope: &RescueScope,
    id: Uuid,
) -> Result<Option<RequestCard>, AppError> {
    let rows = load_rows(conn, scope, scoped(scope).filter(rescue_requests::id.eq(id))).await?;
    Ok(with_names(conn, keys, rows).await?.pop())
}

/// Adds the area, the organisations, the officer and the operation to each row (four queries
/// for all), and opens the personal part of the rows that carry it.
async fn with_names(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    rows: Vec<Loaded>,
) -> Result<Vec<RequestCard>, AppError> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let area_ids: Vec<Uuid> = rows.iter().map(|(r, _)| r.area_id).collect();
    let areas: HashMap<Uuid, (String, bool)> = rescue_areas::table
        .filter(rescue_areas::id.eq_any(&area_ids))
        .select((rescue_areas::id, rescue_areas::name, rescue_areas::is_other))
        .load::<(Uuid, String, bool)>(conn)
        .await?
        .into_iter()
        .map(|(id, name, other)| (id, (name, other)))
        .collect();
    let nationalities: Vec<String> = rows.iter().map(|(r, _)| r.nationality.clone()).collect();
    let assigned: Vec<Uuid> = rows.iter().filter_map(|(r, _)| r.assigned_org_id).collect();
    let orgs: Vec<(Option<String>, OrgRef)> = organisations::table
        .filter(
            organisations::country_code
                .eq_any(&nationalities)
                .or(organisations::id.eq_any(&assigned)),
        )
        .select((
            organisations::country_code,
            (organisations::id, organisations::code, organisations::name),
        ))
        .load(conn)
        .await?;
    let by_country: HashMap<String, OrgRef> = orgs
        .iter()
        .filter_map(|(country, org)| country.clone().map(|c| (c, org.clone())))
        .collect();
    let by_id: HashMap<Uuid, OrgRef> = orgs.into_iter().map(|(_, org)| (org.id, org)).collect();
    let officer_ids: Vec<Uuid> = rows.iter().filter_map(|(r, _)| r.assigned_user_id).collect();
    let officers: HashMap<Uuid, String> = if officer_ids.is_empty() {
        HashMap::new()
    } else {
        users::table
            .filter(users::id.eq_any(&officer_ids))
            .select((users::id, users::name))
            .load::<(Uuid, String)>(conn)
            .await?
            .into_iter()
            .collect()
    };
    let operation_ids: Vec<Uuid> = rows.iter().filter_map(|(r, _)| r.operation_id).collect();
    let operations: HashMap<Uuid, String> = if operation_ids.is_empty() {
        HashMap::new()
    } else {
        rescue_operations::table
            .filter(rescue_operations::id.eq_any(&operation_ids))
            .select((rescue_operations::id, rescue_operations::name))
            .load::<(Uuid, String)>(conn)
            .await?
            .into_iter()
            .collect()
    };
    rows.into_iter()
        .map(|(row, sealed)| {
            let personal: Option<Personal> = match sealed {
                Some((person, situation)) => {
                    Some(open_personal(keys, row.id, &person, &situation).map_err(|e| {
                        AppError::Unexpected(anyhow::anyhow!(
                            "rescue request {} does not open: {e}",
                            row.reference()
                        ))
                    })?)
                }
                None => None,
            };
            Ok(RequestCard {
                area: areas.get(&row.area_id).map(|a| a.0.clone()).unwrap_or_default(),
                area_is_other: areas.get(&row.area_id).is_some_and(|a| a.1),
                country: by_country.get(&row.nationality).cloned(),
                assigned_org: row.assigned_org_id.and_then(|id| by_id.get(&id).cloned()),
                assigned_officer: row.assigned_user_id.and_then(|id| officers.get(&id).cloned()),
                operation: row.operation_id.and_then(|id| operations.get(&id).cloned()),
                personal,
                row,
            })
        })
        .collect()
}

/// The request's timeline, oldest first; the texts opened only for a scope that sees them.
pub async fn timeline(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    scope: &RescueScope,
    request: Uuid,
) -> Result<Vec<TimelineEntry>, AppError> {
    type Row = (
        chrono::DateTime<chrono::Utc>,
        String,
        String,
        EventKind,
        Option<RescueStatus>,
        Option<RescueStatus>,
        Vec<u8>,
    );
    let rows: Vec<Row> = rescue_request_events::table
        .inner_join(users::table.inner_join(organisations::table))
        .filter(rescue_request_events::request_id.eq(request))
        .order(rescue_request_events::id.asc())
        .select((
            rescue_request_events::occurred_at,
            users::name,
            organisations::code,
            rescue_request_events::kind,
            rescue_request_events::from_status,
            rescue_request_events::to_status,
            // An observer's page does not carry the sealed text at all.
            diesel::dsl::sql::<Bytea>(if scope.sees_personal_data() {
                "rescue_request_events.body"
            } else {
                "''::bytea"
            }),
        ))
        .load(conn)
        .await?;
    let context = event_context(request);
    rows.into_iter()
        .map(|(occurred_at, actor_name, actor_org, kind, from_status, to_status, body)| {
            let body = if scope.sees_personal_data() {
                let text = keys.open(&context, &body).map_err(|e| {
                    AppError::Unexpected(anyhow::anyhow!("a rescue timeline entry does not open: {e}"))
                })?;
                Some(String::from_utf8_lossy(&text).into_owned())
            } else {
                None
            };
            Ok(TimelineEntry {
                occurred_at,
                actor_name,
                actor_org,
                kind,
                from_status,
                to_status,
                body,
            })
        })
        .collect()
}

/// Other requests the reader may see whose passport, or name with date of birth, matches this
/// one's: by blind index, under every key held, never by opening the table.
pub async fn possible_duplicates(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    scope: &RescueScope,
    card: &RequestCard,
) -> diesel::QueryResult<Vec<(Uuid, RescueReference)>> {
    let Some(personal) = &card.personal else {
        return Ok(Vec::new());
    };
    let (passports, names) = indexes_of(&personal.person, keys);
    if passports.is_empty() && names.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(Uuid, i16, i32)> = scoped(scope)
        .filter(rescue_requests::id.ne(card.row.id))
        .filter(
            rescue_requests::passport_index
                .eq_any(passports)
                .or(rescue_requests::name_dob_index.eq_any(names)),
        )
        .order((rescue_requests::year.asc(), rescue_requests::number.asc()))
        .select((rescue_requests::id, rescue_requests::year, rescue_requests::number))
        .limit(20)
        .load(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, year, number)| (id, RescueReference { year, number }))
        .collect())
}

/// Everyone who has seen the request's personal data, the latest first, with how many times
/// and when last: every view is in the audit log; the page names the people.
pub async fn viewings(
    conn: &mut AsyncPgConnection,
    request: Uuid,
) -> diesel::QueryResult<Vec<Viewing>> {
    use diesel::dsl::max;
    // The partial index `audit_events_rescue_views_idx` holds exactly these rows.
    let viewers: Vec<(Option<Uuid>, i64, Option<chrono::DateTime<chrono::Utc>>)> =
        audit_events::table
            // Written into the statement: a bound value could not prove the partial index's
            // condition under a generic plan.
            .filter(diesel::dsl::sql::<diesel::sql_types::Bool>(
                "audit_events.action = 'rescue_request.viewed'",
            ))
            .filter(audit_events::target_id.eq(request.to_string()))
            .group_by(audit_events::actor_user_id)
            .select((audit_events::actor_user_id, count_star(), max(audit_events::occurred_at)))
            .load(conn)
            .await?;
    let ids: Vec<Uuid> = viewers.iter().filter_map(|v| v.0).collect();
    let names: HashMap<Uuid, (String, String)> = users::table
        .inner_join(organisations::table)
        .filter(users::id.eq_any(&ids))
        .select((users::id, users::name, organisations::code))
        .load::<(Uuid, String, String)>(conn)
        .await?
        .into_iter()
        .map(|(id, name, code)| (id, (name, code)))
        .collect();
    let mut out: Vec<Viewing> = viewers
        .into_iter()
        .filter_map(|(id, views, last)| {
            let (name, org_code) = names.get(&id?)?.clone();
            Some(Viewing {
                name,
                org_code,
                views,
                last: last?,
            })
        })
        .collect();
    out.sort_by_key(|v| std::cmp::Reverse(v.last));
    Ok(out)
}

/// The areas, in the list's order; `active_only` for the filing form.
pub async fn areas(conn: &mut AsyncPgConnection, active_only: bool) -> diesel::QueryResult<Vec<Area>> {
    let mut query = rescue_areas::table.into_boxed();
    if active_only {
        query = query.filter(rescue_areas::active.eq(true));
    }
    query
        .order((rescue_areas::position.asc(), rescue_areas::name.asc()))
        .select(Area::as_select())
        .load(conn)
        .await
}

/// The participating countries, by their organisations: who a request can be filed for.
pub async fn countries(conn: &mut AsyncPgConnection) -> diesel::QueryResult<Vec<(String, OrgRef)>> {
    let rows: Vec<(Option<String>, OrgRef)> = organisations::table
        .filter(organisations::kind.eq(OrgKind::Country))
        .filter(organisations::active.eq(true))
        .order(organisations::name.asc())
        .select((
            organisations::country_code,
            (organisations::id, organisations::code, organisations::name),
        ))
        .load(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(country, org)| country.map(|c| (c, org)))
        .collect())
}

/// The Thai units a request can be assigned to, and the officers of `unit`: one unit's
/// people at a time, since every coordinator organisation's members together are thousands.
pub async fn units_and_officers(
    conn: &mut AsyncPgConnection,
    unit: Option<Uuid>,
) -> diesel::QueryResult<(Vec<OrgRef>, Vec<(Uuid, String, Uuid)>)> {
    let units: Vec<OrgRef> = organisations::table
        .filter(organisations::kind.eq(OrgKind::Coordinator))
        .filter(organisations::active.eq(true))
        .order(organisations::code.asc())
        .select((organisations::id, organisations::code, organisations::name))
        .load(conn)
        .await?;
    let Some(unit) = unit.filter(|id| units.iter().any(|u| u.id == *id)) else {
        return Ok((units, Vec::new()));
    };
    let officers: Vec<(Uuid, String, Uuid)> = users::table
        .filter(users::organisation_id.eq(unit))
        .filter(users::active.eq(true))
        .order(users::name.asc())
        .select((users::id, users::name, users::organisation_id))
        .load(conn)
        .await?;
    Ok((units, officers))
}

pub async fn operations(conn: &mut AsyncPgConnection) -> diesel::QueryResult<Vec<Operation>> {
    rescue_operations::table
        .order(rescue_operations::created_at.desc())
        .select(Operation::as_select())
        .limit(200)
        .load(conn)
        .await
}

pub async fn operation(
    conn: &mut AsyncPgConnection,
    id: Uuid,
) -> diesel::QueryResult<Option<Operation>> {
    rescue_operations::table
        .find(id)
        .select(Operation::as_select())
        .first(conn)
        .await
        .optional()
}

/// The requests of an operation the reader may see: a country sees only its own nationals.
pub async fn operation_requests(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    scope: &RescueScope,
    operation: Uuid,
) -> Result<Vec<RequestCard>, AppError> {
    let query = sorted(scoped(scope).filter(rescue_requests::operation_id.eq(operation)));
    let rows = load_rows(conn, scope, query).await?;
    with_names(conn, keys, rows).await
}

/// How many requests of each operation the reader may see, for the list of operations.
pub async fn operation_counts(
    conn: &mut AsyncPgConnection,
    scope: &RescueScope,
) -> diesel::QueryResult<HashMap<Uuid, i64>> {
    // Grouping needs the plain query (a boxed one cannot be grouped): the scope's one
    // condition is written out here.
    let in_operations = rescue_requests::table.filter(rescue_requests::operation_id.is_not_null());
    let rows: Vec<(Option<Uuid>, i64)> = match scope {
        RescueScope::Nationality(country) => {
            in_operations
                .filter(rescue_requests::nationality.eq(country))
                .group_by(rescue_requests::operation_id)
                .select((rescue_requests::operation_id, count_star()))
                .load(conn)
                .await?
        }
        RescueScope::All | RescueScope::Redacted => {
            in_operations
                .group_by(rescue_requests::operation_id)
                .select((rescue_requests::operation_id, count_star()))
                .load(conn)
                .await?
        }
    };
    Ok(rows
        .into_iter()
        .filter_map(|(id, n)| id.map(|id| (id, n)))
        .collect())
}
