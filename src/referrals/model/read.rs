//! Scoped reads: every query of referrals starts from [`scoped`], so who may see a referral
//! is a condition of the SQL in the inbox, its counts, the board, the figures and single
//! lookups alike. The sealed column is selected only when the scope sees personal data.

use std::collections::HashMap;

use diesel::dsl::{array, count_star};
use diesel::pg::Pg;
use diesel::sql_types::Bytea;
use diesel::{ExpressionMethods, QueryDsl, SelectableHelper};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::sealed::{event_context, open_traveller};
use super::{
    Checkpoint, Match, OrgRef, Policy, ReferralCard, ReferralRow, TimelineEntry, Traveller,
};
use crate::authz::RescueScope;
use crate::domain::OrgKind;
use crate::domain::referral::{
    CallResult, Channel, ReferralReference, ReferralStatus, TimelineKind,
};
use crate::domain::rescue::{RescueReference, RescueStatus};
use crate::error::AppError;
use crate::orgs::model::Organisation;
use crate::personal::Keyring;
use crate::schema::{
    organisations, referral_checkpoints, referral_events, referral_policy, referrals,
    rescue_requests, users,
};
use crate::web::Pagination;

type Boxed = referrals::BoxedQuery<'static, Pg>;

/// Which statuses a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    /// Awaiting an acknowledgement or an outcome: what the inbox opens on.
    #[default]
    Open,
    Any,
    Is(ReferralStatus),
}

#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub status: StatusFilter,
    pub checkpoint: Option<Uuid>,
    pub nationality: Option<String>,
    pub reference: Option<ReferralReference>,
    /// Filed by this organisation (a checkpoint's own referrals).
    pub filed_by: Option<Uuid>,
    /// Only nationalities with no embassy on the portal: these codes are the ones that have.
    pub no_embassy: Option<Vec<String>>,
    /// Only referrals on the escalation board (step 2, not acknowledged).
    pub escalated: bool,
    /// Only acknowledged referrals whose estimate passed without an outcome.
    pub estimate_passed: bool,
}

/// Referrals the scope lets the user read: a national's records, as for rescue requests.
pub fn scoped(scope: &RescueScope) -> Boxed {
    let query = referrals::table.into_boxed();
    match scope {
        RescueScope::All | RescueScope::Redacted => query,
        RescueScope::Nationality(country) => query.filter(referrals::nationality.eq(country.clone())),
    }
}

fn filtered_but_status(scope: &RescueScope, filter: &ListFilter) -> Boxed {
    let mut query = scoped(scope);
    if let Some(checkpoint) = filter.checkpoint {
        query = query.filter(referrals::checkpoint_id.eq(checkpoint));
    }
    if let Some(nationality) = &filter.nationality {
        query = query.filter(referrals::nationality.eq(nationality.clone()));
    }
    if let Some(reference) = filter.reference {
        query = query
            .filter(referrals::year.eq(reference.year))
            .filter(referrals::number.eq(reference.number));
    }
    if let Some(org) = filter.filed_by {
        query = query.filter(referrals::filed_by_org_id.eq(org));
    }
    if let Some(served) = &filter.no_embassy {
        query = query.filter(referrals::nationality.ne_all(served.clone()));
    }
    // Open and (not) acknowledged, written without parameters (see `open_counts`).
    if filter.escalated {
        query = query
            .filter(referrals::list_rank.eq(ReferralStatus::Awaiting.list_rank()))
            .filter(referrals::is_open)
            .filter(referrals::acknowledged_at.is_null())
            .filter(referrals::escalation_step.eq(2));
    }
    if filter.estimate_passed {
        query = query
            .filter(referrals::list_rank.eq(ReferralStatus::Acknowledged.list_rank()))
            .filter(referrals::is_open)
            .filter(referrals::acknowledged_at.is_not_null())
            .filter(referrals::estimate_flagged);
    }
    query
}

fn filtered(scope: &RescueScope, filter: &ListFilter) -> Boxed {
    let query = filtered_but_status(scope, filter);
    match filter.status {
        // The rank's range for the list index (its leading column), and `is_open` for the
        // partial index the counts read.
        StatusFilter::Open => query
            .filter(referrals::list_rank.lt(3))
            .filter(referrals::is_open),
        StatusFilter::Any => query,
        StatusFilter::Is(status) => query.filter(referrals::list_rank.eq(status.list_rank())),
    }
}

/// Awaiting first (the nearest deadline first), then acknowledged (the nearest estimate),
/// then closed (the newest).
fn sorted(query: Boxed) -> Boxed {
    query.order((
        referrals::list_rank.asc(),
        referrals::sort_key.asc(),
        referrals::id.asc(),
    ))
}

type Loaded = (ReferralRow, Option<Vec<u8>>);

/// The rows `query` selects, with the sealed traveller only for a scope that sees it.
async fn load_rows(
    conn: &mut AsyncPgConnection,
    scope: &RescueScope,
    query: Boxed,
) -> diesel::QueryResult<Vec<Loaded>> {
    if scope.sees_personal_data() {
        let rows: Vec<(ReferralRow, Vec<u8>)> = query
            .select((ReferralRow::as_select(), referrals::traveller))
            .load(conn)
            .await?;
        Ok(rows.into_iter().map(|(row, t)| (row, Some(t))).collect())
    } else {
        let rows: Vec<ReferralRow> = query.select(ReferralRow::as_select()).load(conn).await?;
        Ok(rows.into_iter().map(|row| (row, None)).collect())
    }
}

/// One page of the list: its ids from the list index (an index-only scan), then those rows,
/// without the traveller.
pub async fn list(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    scope: &RescueScope,
    names: Names<'_>,
    filter: &ListFilter,
    (page, page_size): (i64, i64),
) -> Result<Vec<ReferralCard>, AppError> {
    let ids = sorted(filtered(scope, filter))
        .select(referrals::id)
        .limit(page_size)
        .offset((page.max(1) - 1) * page_size);
    let chosen = sorted(referrals::table.into_boxed().filter(referrals::id.eq_any(array(ids))));
    // Lists never carry the traveller, for anyone: a desk's inbox is refreshed all night, and
    // each opening of a traveller's data is audited on the referral's page instead.
    let rows = load_rows(conn, &RescueScope::Redacted, chosen).await?;
    with_names(conn, keys, names, rows).await
}

/// What the cards name that the caller has at hand: the active organisations (the instance
/// keeps them) and the checkpoints.
#[derive(Clone, Copy)]
pub struct Names<'a> {
    pub orgs: &'a [Organisation],
    pub checkpoints: &'a [Checkpoint],
}

/// How many referrals await an acknowledgement and an outcome under the list's filters (but
/// its status): one statement of two scalar subqueries over the open referrals.
/// Closed referrals are not counted (they are most of the table); their list counts to a cap.
pub async fn open_counts(
    conn: &mut AsyncPgConnection,
    scope: &RescueScope,
    filter: &ListFilter,
) -> diesel::QueryResult<(i64, i64)> {
    // Conditions without parameters (`is_open`, IS NULL): a generic plan reads the open rows'
    // partial index, where a bound status would have it walk every closed referral too.
    let open = || filtered_but_status(scope, filter).filter(referrals::is_open);
    let (awaiting, acknowledged): (Option<i64>, Option<i64>) = diesel::select((
        open()
            .filter(referrals::acknowledged_at.is_null())
            .select(count_star())
            .single_value(),
        open()
            .filter(referrals::acknowledged_at.is_not_null())
            .select(count_star())
            .single_value(),
    ))
    .get_result(conn)
    .await?;
    Ok((awaiting.unwrap_or(0), acknowledged.unwrap_or(0)))
}

/// How far the dashboard counts: past it, the page says "more than".
pub const ATTENTION_CAP: i32 = 100;

diesel::define_sql_function! {
    /// The number of elements of an array (`cardinality`): a count capped by the LIMIT of
    /// the subquery that made the array.
    fn cardinality(values: diesel::sql_types::Array<diesel::sql_types::Timestamptz>) -> diesel::sql_types::Integer;
}

/// A capped count inside another statement.
pub type Capped = cardinality<
    diesel::dsl::array<
        diesel::sql_types::Timestamptz,
        diesel::dsl::Limit<diesel::dsl::Select<Boxed, referrals::ack_due_at>>,
    >,
>;

/// What a desk must act on, as values inside another statement (the dashboard's): referrals
/// awaiting acknowledgement, those past their deadline, and those on the escalation board, in
/// the reader's scope, each counted to [`ATTENTION_CAP`] so that the busiest day costs the
/// dashboard no more than a quiet one. No scope counts nothing.
pub fn attention_counts(
    scope: Option<&RescueScope>,
    now: chrono::DateTime<chrono::Utc>,
) -> (Capped, Capped, Capped) {
    let awaiting = || {
        let query = match scope {
            Some(scope) => scoped(scope),
            None => referrals::table.into_boxed().filter(referrals::id.is_null()),
        };
        // As in `open_counts`: conditions a generic plan proves the open rows' index with.
        query
            .filter(referrals::is_open)
            .filter(referrals::acknowledged_at.is_null())
    };
    // The deadline, not the id: the open rows' index carries it, so each count is an
    // index-only scan of at most the cap's entries.
    let capped = |query: Boxed| {
        cardinality(array(
            query
                .select(referrals::ack_due_at)
                .limit(i64::from(ATTENTION_CAP)),
        ))
    };
    (
        capped(awaiting()),
        capped(awaiting().filter(referrals::ack_due_at.lt(now))),
        capped(awaiting().filter(referrals::escalation_step.eq(2))),
    )
}

/// The referral, if the scope lets the user read it, its traveller opened when the scope sees it.
pub async fn find(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    scope: &RescueScope,
    orgs: &[Organisation],
    id: Uuid,
) -> Result<Option<ReferralCard>, AppError> {
    let rows = load_rows(conn, scope, scoped(scope).filter(referrals::id.eq(id))).await?;
    let checkpoints = checkpoints(conn).await?;
    let names = Names {
        orgs,
        checkpoints: &checkpoints,
    };
    Ok(with_names(conn, keys, names, rows).await?.pop())
}

/// The country organisations of a nationality among the active ones, by name.
pub fn embassies_of(orgs: &[Organisation], nationality: &str) -> Vec<OrgRef> {
    orgs.iter()
        .filter(|o| o.kind == OrgKind::Country && o.country_code.as_deref() == Some(nationality))
        .map(|o| OrgRef {
            id: o.id,
            code: o.code.clone(),
            name: o.name.clone(),
        })
        .collect()
}

/// The nationalities some active organisation on the portal answers for.
pub fn served_nationalities(orgs: &[Organisation]) -> Vec<String> {
    let mut codes: Vec<String> = orgs
        .iter()
        .filter(|o| o.kind == OrgKind::Country)
        .filter_map(|o| o.country_code.clone())
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

/// Adds the checkpoint, the embassies and the people's names to each row (one query for the
/// names of all), and opens the traveller of the rows that carry it.
async fn with_names(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    Names { orgs, checkpoints }: Names<'_>,
    rows: Vec<Loaded>,
) -> Result<Vec<ReferralCard>, AppError> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let people: Vec<Uuid> = rows
        .iter()
        .filter_map(|(r, _)| r.acknowledged_by)
        .collect();
    let names: HashMap<Uuid, String> = if people.is_empty() {
        HashMap::new()
    } else {
        users::table
            .filter(users::id.eq_any(&people))
            .select((users::id, users::name))
            .load::<(Uuid, String)>(conn)
            .await?
            .into_iter()
            .collect()
    };
    // A deactivated filing unit is still named: the organisations are read only if needed.
    let mut org_names: HashMap<Uuid, String> =
        orgs.iter().map(|o| (o.id, o.code.clone())).collect();
    let missing: Vec<Uuid> = rows
        .iter()
        .map(|(r, _)| r.filed_by_org_id)
        .filter(|id| !org_names.contains_key(id))
        .collect();
    if !missing.is_empty() {
        let found: Vec<(Uuid, String)> = organisations::table
            .filter(organisations::id.eq_any(&missing))
            .select((organisations::id, organisations::code))
            .load(conn)
            .await?;
        org_names.extend(found);
    }
    rows.into_iter()
        .map(|(row, sealed)| {
            let traveller: Option<Traveller> = match sealed {
                Some(sealed) => Some(open_traveller(keys, row.id, &sealed).map_err(|e| {
                    AppError::Unexpected(anyhow::anyhow!(
                        "referral {} does not open: {e}",
                        row.reference()
                    ))
                })?),
                None => None,
            };
            let checkpoint = checkpoints.iter().find(|c| c.id == row.checkpoint_id);
            Ok(ReferralCard {
                checkpoint: checkpoint.map(|c| c.name.clone()).unwrap_or_default(),
                checkpoint_is_other: checkpoint.is_some_and(|c| c.is_other),
                embassies: embassies_of(orgs, &row.nationality),
                filed_by: org_names.get(&row.filed_by_org_id).cloned().unwrap_or_default(),
                acknowledged_by: row.acknowledged_by.and_then(|id| names.get(&id).cloned()),
                traveller,
                row,
            })
        })
        .collect()
}

/// The referral's timeline, oldest first; call notes opened only for a scope that sees them.
pub async fn timeline(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    scope: &RescueScope,
    referral: Uuid,
) -> Result<Vec<TimelineEntry>, AppError> {
    type Row = (
        chrono::DateTime<chrono::Utc>,
        Option<Uuid>,
        TimelineKind,
        Option<Channel>,
        Option<CallResult>,
        String,
        String,
        Option<Vec<u8>>,
    );
    let rows: Vec<Row> = referral_events::table
        .filter(referral_events::referral_id.eq(referral))
        .order(referral_events::id.asc())
        .select((
            referral_events::occurred_at,
            referral_events::actor_user_id,
            referral_events::kind,
            referral_events::channel,
            referral_events::call_result,
            referral_events::contact_name,
            referral_events::detail,
            // An observer's page does not carry the sealed text at all.
            diesel::dsl::sql::<diesel::sql_types::Nullable<Bytea>>(if scope.sees_personal_data() {
                "referral_events.body"
            } else {
                "NULL::bytea"
            }),
        ))
        .load(conn)
        .await?;
    let actors: Vec<Uuid> = rows.iter().filter_map(|r| r.1).collect();
    let names: HashMap<Uuid, (String, String)> = if actors.is_empty() {
        HashMap::new()
    } else {
        users::table
            .inner_join(organisations::table)
            .filter(users::id.eq_any(&actors))
            .select((users::id, users::name, organisations::code))
            .load::<(Uuid, String, String)>(conn)
            .await?
            .into_iter()
            .map(|(id, name, code)| (id, (name, code)))
            .collect()
    };
    let context = event_context(referral);
    rows.into_iter()
        .map(|(occurred_at, actor, kind, channel, call_result, contact_name, detail, body)| {
            let body = match body {
                Some(sealed) => {
                    let text = keys.open(&context, &sealed).map_err(|e| {
                        AppError::Unexpected(anyhow::anyhow!(
                            "a timeline entry of referral {referral} does not open: {e}"
                        ))
                    })?;
                    Some(String::from_utf8_lossy(&text).into_owned())
                }
                None => None,
            };
            let who = actor.and_then(|id| names.get(&id).cloned());
            Ok(TimelineEntry {
                occurred_at,
                actor_name: who.as_ref().map(|w| w.0.clone()),
                actor_org: who.map(|w| w.1),
                kind,
                channel,
                call_result,
                contact_name,
                detail,
                body,
            })
        })
        .collect()
}

/// Where else the traveller's passport appears, as far as the reader may know: earlier
/// referrals, and open rescue requests, in the reader's scope. Two statements on the
/// passport indexes, under every key held.
pub async fn matches(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    scope: &RescueScope,
    card: &ReferralCard,
) -> diesel::QueryResult<Vec<Match>> {
    let Some(passport) = card.traveller.as_ref().and_then(|t| t.passport_number.as_ref()) else {
        return Ok(Vec::new());
    };
    let indexes = keys.blind_indexes(crate::rescue_requests::model::PASSPORT_INDEX, passport);
    let earlier: Vec<(Uuid, i16, i32, chrono::DateTime<chrono::Utc>)> = scoped(scope)
        .filter(referrals::id.ne(card.row.id))
        .filter(referrals::created_at.le(card.row.created_at))
        .filter(referrals::passport_index.eq_any(indexes.clone()))
        .order(referrals::created_at.desc())
        .select((referrals::id, referrals::year, referrals::number, referrals::created_at))
        .limit(10)
        .load(conn)
        .await?;
    let mut requests = rescue_requests::table
        .filter(rescue_requests::passport_index.eq_any(indexes))
        .filter(rescue_requests::status.eq_any(RescueStatus::OPEN))
        .into_boxed();
    if let RescueScope::Nationality(country) = scope {
        requests = requests.filter(rescue_requests::nationality.eq(country.clone()));
    }
    let requests: Vec<(Uuid, i16, i32)> = requests
        .order((rescue_requests::year.asc(), rescue_requests::number.asc()))
        .select((rescue_requests::id, rescue_requests::year, rescue_requests::number))
        .limit(10)
        .load(conn)
        .await?;
    Ok(earlier
        .into_iter()
        .map(|(id, year, number, filed_at)| Match::EarlierReferral {
            id,
            reference: ReferralReference { year, number },
            filed_at,
        })
        .chain(requests.into_iter().map(|(id, year, number)| Match::RescueRequest {
            id,
            reference: RescueReference { year, number },
        }))
        .collect())
}

/// Every checkpoint, in the list's order ("Other" last).
pub async fn checkpoints(conn: &mut AsyncPgConnection) -> diesel::QueryResult<Vec<Checkpoint>> {
    referral_checkpoints::table
        .order((referral_checkpoints::position.asc(), referral_checkpoints::name.asc()))
        .select(Checkpoint::as_select())
        .load(conn)
        .await
}

pub async fn policy(conn: &mut AsyncPgConnection) -> diesel::QueryResult<Policy> {
    referral_policy::table
        .select(Policy::as_select())
        .first(conn)
        .await
}

/// How many referrals the list shows past this page, counted up to the cap.
pub async fn count_capped(
    conn: &mut AsyncPgConnection,
    scope: &RescueScope,
    filter: &ListFilter,
    page: i64,
) -> diesel::QueryResult<i64> {
    let ids: Vec<Uuid> = filtered(scope, filter)
        .select(referrals::id)
        .limit(Pagination::count_limit(page))
        .load(conn)
        .await?;
    Ok(ids.len() as i64)
}

