use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{Datelike, Days, NaiveDate};
use serde::Deserialize;

use super::Action;
use super::model::{AuditPage, AuditQuery, start_of_day};
use crate::authz::RequireAuditReader;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::orgs::model as orgs;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{ListQuery, Pagination, render};
use crate::users;

/// The filters as typed; kept verbatim so the form shows them back and links carry them.
#[derive(Debug, Default, Deserialize)]
pub struct AuditFilters {
    #[serde(default)]
    pub actor: String,
    #[serde(default)]
    pub org: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    /// Where the page starts (the last id seen); an unreadable value means the newest rows,
    /// as every list ignores a filter it cannot read.
    pub before: Option<String>,
}

impl AuditFilters {
    /// The query string of these filters without the page position.
    pub fn query_string(&self) -> String {
        ListQuery::new()
            .set("actor", self.actor.trim())
            .set("org", self.org.trim())
            .set("action", self.action.trim())
            .set("from", self.from.trim())
            .set("to", self.to.trim())
            .finish()
    }
}

#[derive(Template)]
#[template(path = "audit/index.html")]
pub struct AuditIndex {
    pub ctx: PageContext,
    pub filters: AuditFilters,
    pub problems: Vec<Msg>,
    pub orgs: Vec<(String, String)>,
    pub actions: &'static [Action],
    pub page: AuditPage,
    pub pagination: Pagination,
    /// How far the hash chain was last checked, and whether it held.
    pub chain: super::chain::ChainState,
}

/// A date filter; `invalid` is the message for a date that cannot be read.
fn parse_date(s: &str, invalid: Msg, problems: &mut Vec<Msg>) -> Option<NaiveDate> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        // Years the database and a person can mean; a typed "-5000" is a mistake.
        Ok(date) if (2000..=9999).contains(&date.year()) => Some(date),
        _ => {
            problems.push(invalid);
            None
        }
    }
}

pub async fn index(
    RequireAuditReader(current): RequireAuditReader,
    state: web::Data<AppState>,
    filters: web::Query<AuditFilters>,
) -> Result<HttpResponse, AppError> {
    let filters = filters.into_inner();
    let tz = current.user.time_zone;
    let mut conn = state.pool.get().await?;
    let mut problems = Vec::new();
    let mut query = AuditQuery {
        before: filters
            .before
            .as_deref()
            .and_then(|b| b.trim().parse::<i64>().ok()),
        ..AuditQuery::default()
    };
    let mut nothing_matches = false;

    if !filters.actor.trim().is_empty() {
        match users::model::find_id_by_email(&mut conn, &filters.actor.trim().to_lowercase())
            .await?
        {
            Some(id) => query.actor_user_id = Some(id),
            None => nothing_matches = true,
        }
    }
    if !filters.org.trim().is_empty() {
        match orgs::find_by_code(&mut conn, filters.org.trim()).await? {
            Some(org) => query.organisation_id = Some(org.id),
            None => problems.push(Msg::new("audit-org-unknown")),
        }
    }
    if !filters.action.trim().is_empty() {
        match Action::parse(filters.action.trim()) {
            Some(action) => query.action = Some(action.as_str()),
            None => problems.push(Msg::new("audit-action-unknown")),
        }
    }
    query.from = parse_date(&filters.from, Msg::new("audit-from-invalid"), &mut problems).map(|d| start_of_day(d, tz));
    query.until = parse_date(&filters.to, Msg::new("audit-to-invalid"), &mut problems)
        .and_then(|d| d.checked_add_days(Days::new(1)))
        .map(|d| start_of_day(d, tz));

    let page = if nothing_matches || !problems.is_empty() {
        AuditPage {
            rows: Vec::new(),
            next_before: None,
        }
    } else {
        query.load(&mut conn).await?
    };
    let orgs = orgs::list_codes(&mut conn).await?;
    let chain = super::chain::state(&mut conn).await?;
    let filter_query = filters.query_string();
    let older = |before: i64| match filter_query.as_str() {
        "" => format!("/audit?before={before}"),
        filters => format!("/audit?{filters}&before={before}"),
    };
    let pagination = Pagination::keyset(
        query.before.map(|_| format!("/audit?{filter_query}")),
        page.next_before.map(older),
    );
    render(&AuditIndex {
        ctx: PageContext::new(&current, Section::Audit),
        filters,
        problems,
        orgs,
        actions: &Action::ALL,
        page,
        pagination,
        chain,
    })
}

impl AuditIndex {
    /// The message naming a stored action, when it is one this version knows.
    pub fn action_name(&self, stored: &str) -> Option<&'static str> {
        Action::parse(stored).map(Action::message_id)
    }
}
