//! Rows, changes and queries of action items. Every read takes an [`ItemScope`] and applies it
//! in SQL; lists cost a fixed number of queries whatever their length.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use diesel::dsl::{count_star, exists, sql};
use diesel::pg::Pg;
use diesel::sql_types::{BigInt, Bool, Date, Text};
use diesel::{
    BoolExpressionMethods, BoxableExpression, ExpressionMethods, JoinOnDsl, OptionalExtension,
    QueryDsl, Queryable, Selectable, SelectableHelper,
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::auth::SessionUser;
use crate::authz::{self, ItemFacts, ItemScope};
use crate::db;
use crate::domain::OrgKind;
use crate::domain::action_item::{ItemReference, Priority, Status, Visibility};
use crate::schema::{
    action_item_assignees, action_item_events, action_items, organisations, users,
};

/// Rows per list page.
pub const PAGE_SIZE: i64 = 50;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = action_items, check_for_backend(Pg))]
pub struct ActionItem {
    pub id: Uuid,
    pub number: i32,
    pub title: String,
    pub description: String,
    pub assignee_user_id: Option<Uuid>,
    pub due_date: NaiveDate,
    pub priority: String,
    pub visibility: String,
    pub status: String,
    pub created_by: Uuid,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl ActionItem {
    pub fn reference(&self) -> ItemReference {
        ItemReference(self.number)
    }

    pub fn status(&self) -> Status {
        self.status.parse().unwrap_or(Status::Open)
    }

    pub fn priority(&self) -> Priority {
        self.priority.parse().unwrap_or(Priority::Normal)
    }

    pub fn visibility(&self) -> Visibility {
        self.visibility.parse().unwrap_or(Visibility::Restricted)
    }

    /// Owed and past its due date, as of `today` in the viewer's time zone.
    pub fn is_overdue(&self, today: &NaiveDate) -> bool {
        !self.status().is_closed() && self.due_date < *today
    }
}

/// An organisation as items refer to it.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct OrgRef {
    pub id: Uuid,
    pub code: String,
    pub name: String,
}

impl OrgRef {
    /// The user's own organisation.
    pub fn own(user: &SessionUser) -> OrgRef {
        OrgRef {
            id: user.org_id,
            code: user.org_code.clone(),
            name: user.org_name.clone(),
        }
    }
}

/// "BRA, TZA": the codes of organisations, as lists, exports and the audit log show them.
pub fn codes(orgs: &[OrgRef]) -> String {
    orgs.iter()
        .map(|o| o.code.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A person who can be named on an item.
#[derive(Debug, Clone, Queryable)]
pub struct Person {
    pub id: Uuid,
    pub name: String,
    pub org_id: Uuid,
    pub org_code: String,
}

/// An item with the organisations that owe it and the person named, as lists show it.
#[derive(Debug, Clone)]
pub struct ItemCard {
    pub item: ActionItem,
    pub assignees: Vec<OrgRef>,
    pub person: Option<String>,
}

impl ItemCard {
    pub fn assignee_codes(&self) -> String {
        codes(&self.assignees)
    }

    /// What authorization needs to know about the item.
    pub fn facts(&self) -> ItemFacts {
        ItemFacts {
            created_by: self.item.created_by,
            assignee_orgs: self.assignees.iter().map(|o| o.id).collect(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    /// Open, in progress or blocked: the work still owed.
    #[default]
    NotClosed,
    Any,
    Is(Status),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Due,
    Priority,
    Newest,
}

/// The list's filters, as parsed from the query string.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub status: StatusFilter,
    pub org: Option<Uuid>,
    pub priority: Option<Priority>,
    pub overdue: bool,
    pub due_by: Option<NaiveDate>,
    pub text: Option<String>,
    pub sort: Sort,
}

type Boxed = action_items::BoxedQuery<'static, Pg>;
type Condition = Box<dyn BoxableExpression<action_items::table, Pg, SqlType = Bool>>;

/// The item is owed by `org`.
fn assigned_to(org: Uuid) -> Condition {
    Box::new(exists(
        action_item_assignees::table
            .filter(action_item_assignees::action_item_id.eq(action_items::id))
            .filter(action_item_assignees::organisation_id.eq(org)),
    ))
}

/// Items the scope lets the user read.
fn scoped(scope: ItemScope) -> Boxed {
    let query = action_items::table.into_boxed();
    match scope {
        ItemScope::All => query,
        ItemScope::SharedOrAssignedTo(org) => query.filter(
            action_items::visibility
                .eq(Visibility::Shared.as_str())
                .or(assigned_to(org)),
        ),
    }
}

fn filtered(scope: ItemScope, filter: &ListFilter, today: NaiveDate) -> Boxed {
    let mut query = scoped(scope);
    query = match filter.status {
        StatusFilter::NotClosed => query.filter(action_items::status.eq_any(Status::NOT_CLOSED)),
        StatusFilter::Any => query,
        StatusFilter::Is(status) => query.filter(action_items::status.eq(status.as_str())),
    };
    if let Some(org) = filter.org {
        query = query.filter(assigned_to(org));
    }
    if let Some(priority) = filter.priority {
        query = query.filter(action_items::priority.eq(priority.as_str()));
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

/// One page of the list and the number of items matching: four queries whatever the size.
pub async fn list(
    conn: &mut AsyncPgConnection,
    scope: ItemScope,
    filter: &ListFilter,
    today: NaiveDate,
    page: i64,
) -> diesel::QueryResult<(Vec<ItemCard>, i64)> {
    let total: i64 = filtered(scope, filter, today)
        .select(count_star())
        .get_result(conn)
        .await?;
    let items: Vec<ActionItem> = sorted(filtered(scope, filter, today), filter.sort)
        .select(ActionItem::as_select())
        .limit(PAGE_SIZE)
        .offset((page.max(1) - 1) * PAGE_SIZE)
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

/// What an organisation owes, for its workspace and the dashboard.
pub struct Workload {
    pub open: i64,
    pub overdue: i64,
    /// The next few owed items, soonest due first.
    pub next: Vec<ItemCard>,
}

const WORKLOAD_ITEMS: i64 = 5;

pub async fn workload(
    conn: &mut AsyncPgConnection,
    scope: ItemScope,
    org: Uuid,
    today: NaiveDate,
) -> diesel::QueryResult<Workload> {
    let owed = ListFilter {
        org: Some(org),
        ..ListFilter::default()
    };
    // Both counts in one pass over the owed items.
    let (open, overdue): (i64, i64) = filtered(scope, &owed, today)
        .select((
            count_star(),
            sql::<BigInt>("count(*) FILTER (WHERE action_items.due_date < ")
                .bind::<Date, _>(today)
                .sql(")"),
        ))
        .get_result(conn)
        .await?;
    let items: Vec<ActionItem> = sorted(filtered(scope, &owed, today), Sort::Due)
        .select(ActionItem::as_select())
        .limit(WORKLOAD_ITEMS)
        .load(conn)
        .await?;
    Ok(Workload {
        open,
        overdue,
        next: with_assignees(conn, items).await?,
    })
}

/// One entry of an item's timeline.
#[derive(Debug, Clone, Queryable)]
pub struct TimelineEntry {
    pub occurred_at: DateTime<Utc>,
    pub actor_name: String,
    pub actor_org_code: String,
    pub kind: String,
    pub from_status: Option<String>,
    pub to_status: Option<String>,
    pub body: String,
}

impl TimelineEntry {
    pub fn status_label(status: &Option<String>) -> &'static str {
        status
            .as_deref()
            .and_then(|s| s.parse::<Status>().ok())
            .map(Status::label)
            .unwrap_or("")
    }
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

/// The fields of an item, parsed and checked against the database.
#[derive(Debug, Clone)]
pub struct ItemFields {
    pub title: String,
    pub description: String,
    pub assignees: Vec<OrgRef>,
    pub person: Option<Person>,
    pub due_date: NaiveDate,
    pub priority: Priority,
    pub visibility: Visibility,
}

impl ItemFields {
    /// What the audit log says of the item's creation.
    pub fn creation_summary(&self, reference: ItemReference) -> String {
        format!(
            "created {reference} {:?} for {}, due {}, {} priority, {}",
            self.title,
            codes(&self.assignees),
            self.due_date,
            self.priority.as_str(),
            self.visibility.as_str()
        )
    }
}

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
            action_items::priority.eq(fields.priority.as_str()),
            action_items::visibility.eq(fields.visibility.as_str()),
            action_items::created_by.eq(creator),
        ))
        .returning(action_items::number)
        .get_result(conn)
        .await?;
    set_assignees(conn, id, &fields.assignees).await?;
    add_event(conn, id, creator, EventKind::Created, "").await?;
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
        action_items::priority.eq(fields.priority.as_str()),
        action_items::visibility.eq(fields.visibility.as_str()),
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
        action_items::status.eq(to.as_str()),
        action_items::version.eq(action_items::version + 1),
        action_items::updated_at.eq(Utc::now()),
    ))
    .execute(conn)
    .await?;
    Ok(updated == 1)
}

pub enum EventKind {
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
    kind: EventKind,
    body: &str,
) -> diesel::QueryResult<()> {
    if let EventKind::Comment = kind {
        diesel::update(action_items::table.find(item))
            .set(action_items::updated_at.eq(Utc::now()))
            .execute(conn)
            .await?;
    }
    let (kind, from, to) = match kind {
        EventKind::Created => ("created", None, None),
        EventKind::Status { from, to } => ("status", Some(from.as_str()), Some(to.as_str())),
        EventKind::Comment => ("comment", None, None),
        EventKind::Edit => ("edit", None, None),
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

/// The stored names of the kinds of organisation that can owe work.
fn assignable_kinds() -> [&'static str; 2] {
    authz::ASSIGNABLE_KINDS.map(OrgKind::as_str)
}

/// Organisations among `codes` (upper-cased) that can be given work now, in code order.
pub async fn orgs_by_codes(
    conn: &mut AsyncPgConnection,
    codes: &[String],
) -> diesel::QueryResult<Vec<OrgRef>> {
    organisations::table
        .filter(organisations::code.eq_any(codes))
        .filter(organisations::active)
        .filter(organisations::kind.eq_any(assignable_kinds()))
        .order(organisations::code.asc())
        .select((organisations::id, organisations::code, organisations::name))
        .load(conn)
        .await
}

/// Active organisations that can owe work (observers change nothing, so they owe nothing), for
/// the form's choices and the list's filter.
pub async fn assignable_orgs(conn: &mut AsyncPgConnection) -> diesel::QueryResult<Vec<OrgRef>> {
    organisations::table
        .filter(organisations::active)
        .filter(organisations::kind.eq_any(assignable_kinds()))
        .order((organisations::kind.asc(), organisations::code.asc()))
        .select((organisations::id, organisations::code, organisations::name))
        .load(conn)
        .await
}

/// Active people of one organisation (of every active one when None), ordered by
/// organisation code, then name.
pub async fn people(
    conn: &mut AsyncPgConnection,
    org: Option<Uuid>,
) -> diesel::QueryResult<Vec<Person>> {
    let mut query = users::table
        .inner_join(organisations::table.on(organisations::id.eq(users::organisation_id)))
        .filter(users::active)
        .filter(organisations::active)
        // Only people of organisations that can be given work can be named on an item.
        .filter(organisations::kind.eq_any(assignable_kinds()))
        .order((organisations::code.asc(), users::name.asc()))
        .select((
            users::id,
            users::name,
            organisations::id,
            organisations::code,
        ))
        .into_boxed();
    if let Some(org) = org {
        query = query.filter(users::organisation_id.eq(org));
    }
    query.load(conn).await
}

/// The person with this id, with their organisation; only an active account when
/// `active_only`.
pub async fn find_person(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    active_only: bool,
) -> diesel::QueryResult<Option<Person>> {
    let mut query = users::table
        .inner_join(organisations::table.on(organisations::id.eq(users::organisation_id)))
        .filter(users::id.eq(id))
        .select((
            users::id,
            users::name,
            organisations::id,
            organisations::code,
        ))
        .into_boxed();
    if active_only {
        query = query.filter(users::active);
    }
    query.first(conn).await.optional()
}
