//! The list of rescue requests: its filters (kept in the URL), the counts by status, and the
//! page. Life-at-risk requests come first and stand out.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;
use uuid::Uuid;

use super::model::{self, Area, ListFilter, OrgRef, RequestCard, Search, StatusFilter};
use crate::auth::CurrentUser;
use crate::authz::{self, RescueScope};
use crate::domain::rescue::{RescueReference, RescueStatus, Urgency, normalise_passport};
use crate::error::AppError;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{ListQuery, Pagination, country_filter, render, search_text};

/// The list's query string as typed; unknown values are ignored rather than refused, so an
/// old bookmark still opens.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct ListParams {
    pub status: Option<String>,
    pub urgency: Option<String>,
    pub area: Option<String>,
    pub country: Option<String>,
    pub q: Option<String>,
    pub page: Option<String>,
}

/// The filters in effect, as the page shows them and links carry them. Only a reference is
/// searched through the URL; a passport number is personal data and never goes into one: it
/// is searched with a form posted to `/rescue-requests/search`.
#[derive(Debug, Default, Clone)]
pub struct ListState {
    pub status: String,
    pub urgency: String,
    pub area: String,
    pub country: String,
    pub q: String,
    /// The search text is not a reference (the page says how to search a passport).
    pub q_not_reference: bool,
    /// The page answers a passport search: no pager, no export of it.
    pub passport_search: bool,
}

impl ListState {
    pub fn query(&self, page: i64) -> String {
        let q = self.q.as_str();
        ListQuery::new()
            .always("status", &self.status)
            .set("urgency", &self.urgency)
            .set("area", &self.area)
            .set("country", &self.country)
            .set("q", q)
            .page(page)
            .finish()
    }

    /// The same filters with another status, for the counts' links.
    pub fn with_status(&self, status: &str) -> String {
        ListState {
            status: status.to_owned(),
            ..self.clone()
        }
        .query(1)
    }
}

/// Reads the filters. With no query string the list opens on the requests still being worked.
pub fn parse_list(
    params: ListParams,
    no_query: bool,
    areas: &[Area],
) -> (ListFilter, ListState, i64) {
    let mut filter = ListFilter::default();
    let mut state = ListState {
        status: "open".into(),
        ..ListState::default()
    };
    if no_query {
        return (filter, state, 1);
    }
    match params.status.as_deref().map(str::trim).unwrap_or("") {
        "open" => {}
        other => match other.parse::<RescueStatus>() {
            Ok(status) => {
                filter.status = StatusFilter::Is(status);
                state.status = status.as_str().into();
            }
            Err(_) => {
                filter.status = StatusFilter::Any;
                state.status.clear();
            }
        },
    }
    if let Some(Ok(urgency)) = params.urgency.as_deref().map(str::parse::<Urgency>) {
        filter.urgency = Some(urgency);
        state.urgency = urgency.as_str().into();
    }
    if let Some(area) = params
        .area
        .as_deref()
        .and_then(|a| a.trim().parse::<Uuid>().ok())
        .filter(|id| areas.iter().any(|a| a.id == *id))
    {
        filter.area = Some(area);
        state.area = area.to_string();
    }
    if let Some(country) = country_filter(params.country) {
        filter.nationality = Some(country.clone());
        state.country = country;
    }
    let text = search_text(params.q);
    if !text.is_empty() {
        match RescueReference::parse(&text) {
            Some(reference) => filter.search = Some(Search::Reference(reference)),
            None => {
                // Nothing matches; the page points to the passport search. The text is not
                // kept: it may be a name or a number, and the page's links must not carry it.
                filter.search = Some(Search::Passport(Vec::new()));
                state.q_not_reference = true;
                return (filter, state, 1);
            }
        }
        state.q = text;
    }
    let page = Pagination::requested(params.page.as_deref());
    (filter, state, page)
}

#[derive(Template)]
#[template(path = "rescue_requests/index.html")]
pub struct RescueIndex {
    pub ctx: PageContext,
    pub requests: Vec<RequestCard>,
    pub counts: Vec<(RescueStatus, i64)>,
    pub pagination: Pagination,
    pub state: ListState,
    pub areas: Vec<Area>,
    pub countries: Vec<(String, OrgRef)>,
    pub statuses: [RescueStatus; 9],
    pub urgencies: [Urgency; 3],
    /// Observers see the list without names.
    pub personal: bool,
    pub can_file: bool,
    pub can_export: bool,
    pub count_cap: i64,
}

impl RescueIndex {
    /// Coordinators and observers choose the country; a country's members see their own.
    pub fn chooses_country(&self) -> bool {
        self.countries.len() > 1
    }
}

pub async fn index(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::rescue_scope(&current.user);
    let areas = model::areas(&mut conn, false).await?;
    let no_query = req.query_string().is_empty();
    let (filter, list_state, page) = parse_list(params.into_inner(), no_query, &areas);
    list_page(&state, &current, &mut conn, scope, areas, filter, list_state, page).await
}

#[derive(Debug, Deserialize)]
pub struct PassportSearch {
    #[serde(default)]
    pub passport_number: String,
}

/// Finds the requests with a passport number, in every status, by its blind index. Posted, so
/// that the number never appears in a URL, a log line or the browser's history.
pub async fn search(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    crate::web::HtmlForm(form): crate::web::HtmlForm<PassportSearch>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::rescue_scope(&current.user);
    let areas = model::areas(&mut conn, false).await?;
    let list_state = ListState {
        passport_search: true,
        ..ListState::default()
    };
    let indexes = match normalise_passport(&form.passport_number) {
        // Observers do not search by what they may not see.
        Ok(Some(passport)) if scope.sees_personal_data() => {
            state.keys.blind_indexes(model::PASSPORT_INDEX, &passport)
        }
        _ => Vec::new(),
    };
    if !indexes.is_empty() {
        // A search by passport is a look at personal data: audited, without the number.
        crate::audit::record(
            &mut conn,
            crate::audit::Event {
                actor: crate::audit::Actor::user(&current.user),
                action: crate::audit::Action::RescueRequestViewed,
                target_type: "rescue_request",
                target_id: String::new(),
                summary: "searched the rescue requests by passport number".to_owned(),
                ip: Some(&crate::auth::client_ip(&req, &state.config)),
            },
        )
        .await?;
    }
    let filter = ListFilter {
        status: StatusFilter::Any,
        search: Some(Search::Passport(indexes)),
        ..ListFilter::default()
    };
    list_page(&state, &current, &mut conn, scope, areas, filter, list_state, 1).await
}

#[allow(clippy::too_many_arguments)]
async fn list_page(
    state: &AppState,
    current: &CurrentUser,
    conn: &mut diesel_async::AsyncPgConnection,
    scope: RescueScope,
    areas: Vec<Area>,
    filter: ListFilter,
    list_state: ListState,
    page: i64,
) -> Result<HttpResponse, AppError> {
    let (requests, searched) = model::list(conn, &state.keys, &scope, &filter, page).await?;
    // The counts by status give the list's total too (one statement fewer), counted as far as
    // this page needs.
    let cap = Pagination::count_limit(page);
    let counts = model::status_counts(conn, &scope, &filter, cap).await?;
    let href = |p: i64| format!("/rescue-requests?{}", list_state.query(p));
    let pagination = match searched {
        Some(counted) => Pagination::counted(page, counted, href),
        None => match model::total_from_counts(&filter, &counts, cap) {
            Some(total) => Pagination::new(page, total, href),
            None => Pagination::counted(page, cap, href),
        },
    };
    let countries = match &scope {
        RescueScope::Nationality(_) => Vec::new(),
        RescueScope::All | RescueScope::Redacted => model::countries(conn).await?,
    };
    render(&RescueIndex {
        ctx: PageContext::new(current, Section::RescueRequests),
        pagination,
        requests,
        counts,
        state: list_state,
        areas,
        countries,
        statuses: RescueStatus::ALL,
        urgencies: Urgency::ALL,
        personal: scope.sees_personal_data(),
        can_file: authz::can_file_rescue_requests(&current.user),
        can_export: authz::can_coordinate_rescues(&current.user),
        count_cap: cap,
    })
}
