//! Rows and changes of action items, and the lookups their forms need. Every read of items
//! takes an [`ItemScope`] and applies it in SQL (`read`); lists cost a fixed number of queries
//! whatever their length. Writes are in `write`.

mod read;
mod write;

pub use read::*;
pub use write::*;

use chrono::{DateTime, NaiveDate, Utc};
use diesel::pg::Pg;
use diesel::{
    ExpressionMethods, JoinOnDsl, OptionalExtension, QueryDsl, Queryable, Selectable,
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::auth::SessionUser;
use crate::orgs::model::Organisation;
use crate::authz::{self, ItemFacts};
use crate::domain::action_item::{EventKind, ItemReference, Priority, Status, Visibility};
use crate::schema::{action_items, organisations, users};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = action_items, check_for_backend(Pg))]
pub struct ActionItem {
    pub id: Uuid,
    pub number: i32,
    pub title: String,
    pub description: String,
    pub assignee_user_id: Option<Uuid>,
    pub due_date: NaiveDate,
    pub priority: Priority,
    pub visibility: Visibility,
    pub status: Status,
    pub created_by: Uuid,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The meeting's decision the item carries out.
    pub decision_id: Option<Uuid>,
}

impl ActionItem {
    pub fn reference(&self) -> ItemReference {
        ItemReference(self.number)
    }

    pub fn is_restricted(&self) -> bool {
        self.visibility == Visibility::Restricted
    }

    /// Owed and past its due date, as of `today` in the viewer's time zone.
    pub fn is_overdue(&self, today: &NaiveDate) -> bool {
        !self.status.is_closed() && self.due_date < *today
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

/// One entry of an item's timeline.
#[derive(Debug, Clone, Queryable)]
pub struct TimelineEntry {
    pub occurred_at: DateTime<Utc>,
    pub actor_name: String,
    pub actor_org_code: String,
    pub kind: EventKind,
    pub from_status: Option<Status>,
    pub to_status: Option<Status>,
    pub body: String,
}

impl TimelineEntry {
    pub fn is_edit(&self) -> bool {
        self.kind == EventKind::Edit
    }

    /// The move of a status change; None for other entries.
    pub fn transition(&self) -> Option<(Status, Status)> {
        self.from_status.zip(self.to_status)
    }
}

/// What an organisation owes, for its workspace and the dashboard.
pub struct Workload {
    pub open: i64,
    pub overdue: i64,
    /// The next few owed items, soonest due first.
    pub next: Vec<ItemCard>,
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
    /// The decision the item carries out; set at creation, never changed by an edit.
    pub decision: Option<Uuid>,
}

impl ItemFields {
    /// What the audit log says of the item's creation (the form and the demo alike).
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

/// Organisations among `codes` (upper-cased) that can be given work now, in code order.
pub async fn orgs_by_codes(
    conn: &mut AsyncPgConnection,
    codes: &[String],
) -> diesel::QueryResult<Vec<OrgRef>> {
    organisations::table
        .filter(organisations::code.eq_any(codes))
        .filter(organisations::active)
        .filter(organisations::kind.eq_any(authz::ASSIGNABLE_KINDS))
        .order(organisations::code.asc())
        .select((organisations::id, organisations::code, organisations::name))
        .load(conn)
        .await
}

/// The organisations among `active` (in their order) that can owe work (observers change
/// nothing, so they owe nothing), for the form's choices and the list's filter.
pub fn assignable_orgs(active: &[Organisation]) -> Vec<OrgRef> {
    active
        .iter()
        .filter(|o| authz::ASSIGNABLE_KINDS.contains(&o.kind))
        .map(|o| OrgRef {
            id: o.id,
            code: o.code.clone(),
            name: o.name.clone(),
        })
        .collect()
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
        .filter(organisations::kind.eq_any(authz::ASSIGNABLE_KINDS))
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
