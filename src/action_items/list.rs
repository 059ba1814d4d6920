//! The list of action items: its filters (kept in the URL) and the page.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDate;
use serde::Deserialize;

use super::model::{self, ItemCard, ListFilter, OrgRef, Sort, StatusFilter};
use crate::auth::{CurrentUser, SessionUser};
use crate::authz;
use crate::domain::action_item::{Priority, Status};
use crate::domain::parse_date;
use crate::error::AppError;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{ListQuery, Pagination, render};

/// The list's query string as typed; unknown values are ignored rather than refused, so an
/// old bookmark still opens.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct ListParams {
    pub status: Option<String>,
    pub org: Option<String>,
    pub priority: Option<String>,
    pub overdue: Option<String>,
    pub due_by: Option<String>,
    pub q: Option<String>,
    pub sort: Option<String>,
    pub page: Option<String>,
}

/// The filters in effect, in the form the page shows them and links carry them.
#[derive(Debug, Default, Clone)]
pub struct ListState {
    pub status: String,
    pub org: String,
    pub priority: String,
    pub overdue: bool,
    pub due_by: String,
    pub q: String,
    pub sort: String,
}

impl ListState {
    /// The query string for these filters and `page` (1 is left out).
    pub fn query(&self, page: i64) -> String {
        // Status is always present, even when empty ("any status"): a query string of its own
        // means "these filters", where no query string means "the defaults".
        ListQuery::new()
            .always("status", &self.status)
            .set("org", &self.org)
            .set("priority", &self.priority)
            .set("due_by", &self.due_by)
            .set("q", &self.q)
            .flag("overdue", self.overdue)
            .always("sort", &self.sort)
            .page(page)
            .finish()
    }
}

/// Reads the filters. With no query string at all, the list opens on the user's own
/// organisation's owed items.
pub fn parse_list(
    user: &SessionUser,
    params: ListParams,
    no_query: bool,
    orgs: &[OrgRef],
) -> (ListFilter, ListState, i64) {
    let mut filter = ListFilter::default();
    let mut state = ListState::default();
    if no_query {
        state.status = "not_closed".into();
        // Observers owe nothing: their list opens on everything still owed.
        if authz::can_be_assigned_action_items(user.org_kind) {
            state.org = user.org_code.clone();
            filter.org = Some(user.org_id);
        }
        state.sort = "due".into();
        return (filter, state, 1);
    }
    match params.status.as_deref().map(str::trim).unwrap_or("") {
        "not_closed" => {
            filter.status = StatusFilter::NotClosed;
            state.status = "not_closed".into();
        }
        other => match other.parse::<Status>() {
            Ok(status) => {
                filter.status = StatusFilter::Is(status);
                state.status = status.as_str().into();
            }
            Err(_) => filter.status = StatusFilter::Any,
        },
    }
    let code = params.org.unwrap_or_default().trim().to_uppercase();
    if let Some(org) = orgs.iter().find(|o| o.code == code) {
        filter.org = Some(org.id);
        state.org = org.code.clone();
    }
    if let Some(Ok(priority)) = params.priority.as_deref().map(str::parse::<Priority>) {
        filter.priority = Some(priority);
        state.priority = priority.as_str().into();
    }
    filter.overdue = params.overdue.is_some_and(|v| !v.is_empty());
    state.overdue = filter.overdue;
    if let Some(Ok(date)) = params.due_by.as_deref().map(|d| parse_date(d, "items-due-date-missing")) {
        filter.due_by = Some(date);
        state.due_by = date.to_string();
    }
    let text: String = params
        .q
        .unwrap_or_default()
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    if !text.is_empty() {
        filter.text = Some(text.clone());
        state.q = text;
    }
    (filter.sort, state.sort) = match params.sort.as_deref() {
        Some("priority") => (Sort::Priority, "priority".into()),
        Some("newest") => (Sort::Newest, "newest".into()),
        _ => (Sort::Due, "due".into()),
    };
    let page = Pagination::requested(params.page.as_deref());
    (filter, state, page)
}

#[derive(Template)]
#[template(path = "action_items/index.html")]
pub struct ActionItemsIndex {
    pub ctx: PageContext,
    pub items: Vec<ItemCard>,
    pub pagination: Pagination,
    pub state: ListState,
    pub orgs: Vec<OrgRef>,
    pub today: NaiveDate,
    pub statuses: [Status; 5],
    pub priorities: [Priority; 4],
}

pub async fn index(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let orgs = model::assignable_orgs(
        &state
            .orgs
            .active(&mut conn, current.directory_version)
            .await?,
    );
    let no_query = req.query_string().is_empty();
    let (filter, list_state, page) =
        parse_list(&current.user, params.into_inner(), no_query, &orgs);
    let today = current.user.today();
    let scope = authz::action_item_scope(&current.user);
    let (items, total) = model::list(&mut conn, scope, &filter, today, page).await?;
    render(&ActionItemsIndex {
        ctx: PageContext::new(&current, Section::ActionItems),
        pagination: Pagination::counted(page, total, |p| {
            format!("/action-items?{}", list_state.query(p))
        }),
        items,
        state: list_state,
        orgs,
        today,
        statuses: Status::ALL,
        priorities: Priority::ALL,
    })
}
