//! Scoped reads: every query of items starts from [`scoped`], so the scope decided in `authz`
//! is a condition of the SQL, in lists, counts, exports and single items alike.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::dsl::{array, count_star, exists, sql};
use diesel::pg::Pg;
use diesel::sql_types::{BigInt, Bool, Text};
use diesel::{
    BoolExpressionMethods, BoxableExpression, ExpressionMethods, OptionalExtension, QueryDsl,
    SelectableHelper,
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::{
    ActionItem, ItemCard, ListFilter, OrgRef, Sort, StatusFilter, TimelineEntry,
};
use crate::authz::ItemScope;
use crate::db;
use crate::domain::action_item::{ItemReference, Status, Visibility};
use crate::schema::{action_item_assignees, action_item_events, action_items, organisations, users};
use crate::web::{PAGE_SIZE, Pagination};

type Boxed = action_items::BoxedQuery<'static, Pg>;
/// A query of items in a scope, for a condition another area adds ([`open_where`]).
pub type ItemQuery = Boxed;
type Condition = Box<dyn BoxableExpression<action_items::table, Pg, SqlType = Bool>>;

/// The item is owed by `org`.
fn assigned_to(org: Uuid) -> Condition {
    Box::new(exists(
        action_item_assignees::table
            .filter(action_item_assignees::action_item_id.eq(action_items::id))
            .filter(action_item_assignees::organisation_id.eq(org)),
    ))
}

/// The item is owed by `org`, as a list filter. The organisation's items are read first, once,
/// from `action_item_assignees_organisation_idx` (the planner evaluates `ARRAY(...)` before the
/// scan), then fetched by key and sorted. Written as EXISTS (as [`assigned_to`]), the planner
/// may walk every item in due order and probe each: 20 ms on the benchmark's 20,000 items for an
/// organisation whose few open items come late, against 0.7 ms this way.
fn owed_by(org: Uuid) -> Condition {
    Box::new(
        action_items::id.eq_any(array(
            action_item_assignees::table
                .filter(action_item_assignees::organisation_id.eq(org))
                .select(action_item_assignees::action_item_id),
        )),
    )
}

/// Items the scope lets the user read.
fn scoped(scope: ItemScope) -> Boxed {
    let query = action_items::table.into_boxed();
    match scope {
        ItemScope::All => query,
        ItemScope::SharedOrAssignedTo(org) => query.filter(
            action_items::visibility
                .eq(Visibility::Shared)
                .or(assigned_to(org)),
        ),
    }
}

fn filtered(scope: ItemScope, filter: &ListFilter, today: NaiveDate) -> Boxed {
    let mut query = scoped(scope);
    query = match filter.status {
        StatusFilter::NotClosed => query.filter(action_items::status.eq_any(Status::NOT_CLOSED)),
        StatusFilter::Any => query,
        StatusFilter::Is(status) => query.filter(action_items::status.eq(status)),
    };
    if let Some(org) = filter.org {
        query = query.filter(owed_by(org));
    }
    if let Some(priority) = filter.priority {
        query = query.filter(action_items::priority.eq(priority));
    }
    if filter.overdue {
        query = query
            .filter(action_items::due_date.lt(today))
            .filter(action_items::status.eq_any(Status::NOT_CLOSED));
    }
    if let Some(due_by) = filter.due_by {
        query = query.filter(action_items::due_date.le(due_by));
    }
    if let Some(text) = &filter.text {
        // The same expression as the trigram index `action_items_text_idx`.
        let matches_text =
            sql::<Bool>("(action_items.title || ' ' || action_items.description) ILIKE ")
                .bind::<Text, _>(db::like_pattern(text));
        query = match ItemReference::parse(text) {
            Some(reference) => query.filter(matches_text.or(action_items::number.eq(reference.0))),
            None => query.filter(matches_text),
        };
    }
    query
}

fn sorted(query: Boxed, sort: Sort) -> Boxed {
    match sort {
        Sort::Due => query.order((action_items::due_date.asc(), action_items::number.asc())),
        Sort::Priority => query.order((
            action_items::priority_rank.desc(),
            action_items::due_date.asc(),
            action_items::number.asc(),
        )),
        Sort::Newest => query.order(action_items::number.desc()),
    }
}

/// One page of the list and the number of items matching, counted up to
/// [`Pagination::count_limit`]: four queries whatever the size.
pub async fn list(
    conn: &mut AsyncPgConnection,
    scope: ItemScope,
    filter: &ListFilter,
    today: NaiveDate,
    page: i64,
) -> diesel::QueryResult<(Vec<ItemCard>, i64)> {
    let counted: Vec<i32> = filtered(scope, filter, today)
        .select(action_items::number)
        .limit(Pagination::count_limit(page))
        .load(conn)
        .await?;
    let total = counted.len() as i64;
    // The page's ids first, inside the statement (`ARRAY(...)` is evaluated once): an
    // index-only scan over one of the list indexes, which carry every filtered column; then
    // those rows by id, in the same order.
    let ids = sorted(filtered(scope, filter, today), filter.sort)
        .select(action_items::id)
        .limit(PAGE_SIZE)
        .offset(Pagination::offset(page));
    let chosen = action_items::table
        .into_boxed()
        .filter(action_items::id.eq_any(array(ids)));
    let items: Vec<ActionItem> = sorted(chosen, filter.sort)
        .select(ActionItem::as_select())
        .load(conn)
        .await?;
    Ok((with_assignees(conn, items).await?, total))
}

/// Every item matching, for the CSV export: three queries whatever the size.
pub async fn list_all(
    conn: &mut AsyncPgConnection,
    scope: ItemScope,
    filter: &ListFilter,
    today: NaiveDate,
) -> diesel::QueryResult<Vec<ItemCard>> {
    let items: Vec<ActionItem> = sorted(filtered(scope, filter, today), filter.sort)
        .select(ActionItem::as_select())
        .load(conn)
        .await?;
    with_assignees(conn, items).await
}

/// Adds the assignee organisations and the named person to each item: two queries for all.
async fn with_assignees(
    conn: &mut AsyncPgConnection,
    items: Vec<ActionItem>,
) -> diesel::QueryResult<Vec<ItemCard>> {
    if items.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = items.iter().map(|i| i.id).collect();
    let rows: Vec<(Uuid, OrgRef)> = action_item_assignees::table
        .inner_join(organisations::table)
        .filter(action_item_assignees::action_item_id.eq_any(&ids))
        .order(organisations::code.asc())
        .select((
            action_item_assignees::action_item_id,
            (organisations::id, organisations::code, organisations::name),
        ))
        .load(conn)
        .await?;
    let mut assignees: HashMap<Uuid, Vec<OrgRef>> = HashMap::new();
    for (item_id, org) in rows {
        assignees.entry(item_id).or_default().push(org);
    }
    let person_ids: Vec<Uuid> = items.iter().filter_map(|i| i.assignee_user_id).collect();
    let people: HashMap<Uuid, String> = if person_ids.is_empty() {
        HashMap::new()
    } else {
        users::table
            .filter(users::id.eq_any(&person_ids))
            .select((users::id, users::name))
            .load::<(Uuid, String)>(conn)
            .await?
            .into_iter()
            .collect()
    };
    Ok(items
        .into_iter()
        .map(|item| ItemCard {
            assignees: assignees.remove(&item.id).unwrap_or_default(),
            person: item.assignee_user_id.and_then(|p| people.get(&p).cloned()),
            item,
        })
        .collect())
}

/// The item, if the scope lets the user read it.
pub async fn find_visible(
    conn: &mut AsyncPgConnection,
    scope: ItemScope,
    id: Uuid,
) -> diesel::QueryResult<Option<ItemCard>> {
    let item: Option<ActionItem> = scoped(scope)
        .filter(action_items::id.eq(id))
        .select(ActionItem::as_select())
        .first(conn)
        .await
        .optional()?;
    match item {
        Some(item) => Ok(with_assignees(conn, vec![item]).await?.pop()),
        None => Ok(None),
    }
}

const WORKLOAD_ITEMS: i64 = 5;

/// A count as a value inside another statement.
pub type Count = diesel::dsl::SingleValue<action_items::BoxedQuery<'static, Pg, BigInt>>;

/// How many open items `org` owes, and how many of them are overdue, as values inside another
/// statement: a page that shows them with other numbers asks for all in one.
pub fn owed_counts(scope: ItemScope, org: Uuid, today: NaiveDate) -> (Count, Count) {
    let owed = ListFilter {
        org: Some(org),
        ..ListFilter::default()
    };
    let overdue = ListFilter {
        overdue: true,
        ..owed.clone()
    };
    (
        filtered(scope, &owed, today)
            .select(count_star())
            .single_value(),
        filtered(scope, &overdue, today)
            .select(count_star())
            .single_value(),
    )
}

/// The next open items `org` owes, soonest due first.
pub async fn next_owed(
    conn: &mut AsyncPgConnection,
    scope: ItemScope,
    org: Uuid,
    today: NaiveDate,
) -> diesel::QueryResult<Vec<ItemCard>> {
    let owed = ListFilter {
        org: Some(org),
        ..ListFilter::default()
    };
    let items: Vec<ActionItem> = sorted(filtered(scope, &owed, today), Sort::Due)
        .select(ActionItem::as_select())
        .limit(WORKLOAD_ITEMS)
        .load(conn)
        .await?;
    with_assignees(conn, items).await
}

/// The open items `org` owes that are due by `due_by` (overdue ones first), for its members'
/// morning digest: reference numbers, due dates and statuses, at most `limit`; and how many
/// there are, and of them overdue.
pub async fn due_by(
    conn: &mut AsyncPgConnection,
    org: Uuid,
    due_by: NaiveDate,
    today: NaiveDate,
    limit: i64,
) -> diesel::QueryResult<(Vec<(i32, NaiveDate, Status)>, i64, i64)> {
    let filter = ListFilter {
        org: Some(org),
        due_by: Some(due_by),
        ..ListFilter::default()
    };
    let overdue = ListFilter {
        overdue: true,
        ..filter.clone()
    };
    let items = sorted(filtered(ItemScope::All, &filter, today), Sort::Due)
        .select((action_items::number, action_items::due_date, action_items::status))
        .limit(limit)
        .load(conn)
        .await?;
    let (total, overdue) = diesel::select((
        filtered(ItemScope::All, &filter, today)
            .select(count_star())
            .single_value(),
        filtered(ItemScope::All, &overdue, today)
            .select(count_star())
            .single_value(),
    ))
    .get_result::<(Option<i64>, Option<i64>)>(conn)
    .await?;
    Ok((items, total.unwrap_or(0), overdue.unwrap_or(0)))
}

pub async fn timeline(
    conn: &mut AsyncPgConnection,
    item: Uuid,
) -> diesel::QueryResult<Vec<TimelineEntry>> {
    action_item_events::table
        .inner_join(users::table.inner_join(organisations::table))
        .filter(action_item_events::action_item_id.eq(item))
        .order(action_item_events::id.asc())
        .select((
            action_item_events::occurred_at,
            users::name,
            organisations::code,
            action_item_events::kind,
            action_item_events::from_status,
            action_item_events::to_status,
            action_item_events::body,
        ))
        .load(conn)
        .await
}


/// The open items in the scope that `narrow` keeps (a condition another area writes: the
/// decisions of earlier meetings), soonest due first, at most `limit`: three queries.
pub async fn open_where(
    conn: &mut AsyncPgConnection,
    scope: ItemScope,
    narrow: impl FnOnce(ItemQuery) -> ItemQuery,
    limit: i64,
) -> diesel::QueryResult<Vec<ItemCard>> {
    let open = scoped(scope).filter(action_items::status.eq_any(Status::NOT_CLOSED));
    let items: Vec<ActionItem> = sorted(narrow(open), Sort::Due)
        .select(ActionItem::as_select())
        .limit(limit)
        .load(conn)
        .await?;
    with_assignees(conn, items).await
}

/// The items carrying out the decisions `ids` (one meeting's) that the scope shows, soonest due
/// first, at most `limit`: three queries whatever their number.
pub async fn for_decisions(
    conn: &mut AsyncPgConnection,
    scope: ItemScope,
    ids: &[Uuid],
    limit: i64,
) -> diesel::QueryResult<Vec<ItemCard>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let query = scoped(scope).filter(action_items::decision_id.eq_any(ids.to_vec()));
    let items: Vec<ActionItem> = sorted(query, Sort::Due)
        .select(ActionItem::as_select())
        .limit(limit)
        .load(conn)
        .await?;
    with_assignees(conn, items).await
}

/// The decisions with the most overdue items `org` owes in the scope, with how many:
/// (decision, overdue items), most first, at most `limit`. Counted in the database, so the
/// figures are exact whatever the number of items.
pub async fn decisions_with_overdue(
    conn: &mut AsyncPgConnection,
    scope: ItemScope,
    org: Uuid,
    today: NaiveDate,
    limit: i64,
) -> diesel::QueryResult<Vec<(Uuid, i64)>> {
    let overdue = ListFilter {
        overdue: true,
        org: Some(org),
        ..ListFilter::default()
    };
    // The scope's overdue items first (as the list reads them), then grouped: a boxed query
    // cannot be grouped once its select is set.
    let overdue_ids = filtered(scope, &overdue, today)
        .filter(action_items::decision_id.is_not_null())
        .select(action_items::id);
    let rows: Vec<(Option<Uuid>, i64)> = action_items::table
        .filter(action_items::id.eq_any(overdue_ids))
        .group_by(action_items::decision_id)
        .select((action_items::decision_id, count_star()))
        .order((count_star().desc(), action_items::decision_id.asc()))
        .limit(limit)
        .load(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, count)| Some((id?, count)))
        .collect())
}
