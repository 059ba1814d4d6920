//! The inbox of referrals (unacknowledged first, with the time left) and the coordinators'
//! escalation board.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use uuid::Uuid;

use super::model::{self, Checkpoint, ListFilter, OrgRef, ReferralCard, StatusFilter};
use crate::auth::CurrentUser;
use crate::authz::{self, RequireEscalationReader};
use crate::domain::referral::{ReferralReference, ReferralStatus};
use crate::error::AppError;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{ListQuery, PAGE_SIZE, Pagination, country_filter, render, search_text};

/// The list's query string as typed; unknown values are ignored, so an old bookmark opens.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct ListParams {
    pub status: Option<String>,
    pub checkpoint: Option<String>,
    pub country: Option<String>,
    pub q: Option<String>,
    pub page: Option<String>,
}

/// The filters in effect, as the page shows them and links carry them.
#[derive(Debug, Default, Clone)]
pub struct ListState {
    pub status: String,
    pub checkpoint: String,
    pub country: String,
    pub q: String,
    /// The list opened on the user's own organisation's open referrals.
    pub own: bool,
    pub q_not_reference: bool,
}

impl ListState {
    pub fn query(&self, page: i64) -> String {
        ListQuery::new()
            .always("status", &self.status)
            .set("checkpoint", &self.checkpoint)
            .set("country", &self.country)
            .set("q", &self.q)
            .page(page)
            .finish()
    }
}

fn parse_list(
    params: ListParams,
    checkpoints: &[Checkpoint],
) -> (ListFilter, ListState, i64) {
    let mut filter = ListFilter::default();
    let mut state = ListState {
        status: "open".into(),
        ..ListState::default()
    };
    match params.status.as_deref().map(str::trim).unwrap_or("") {
        "open" => {}
        other => match other.parse::<ReferralStatus>() {
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
    if let Some(id) = params
        .checkpoint
        .as_deref()
        .and_then(|c| c.trim().parse::<Uuid>().ok())
        .filter(|id| checkpoints.iter().any(|c| c.id == *id))
    {
        filter.checkpoint = Some(id);
        state.checkpoint = id.to_string();
    }
    if let Some(country) = country_filter(params.country) {
        filter.nationality = Some(country.clone());
        state.country = country;
    }
    let text = search_text(params.q);
    if !text.is_empty() {
        match ReferralReference::parse(&text) {
            Some(reference) => {
                filter.reference = Some(reference);
                filter.status = StatusFilter::Any;
                state.status.clear();
                state.q = text;
            }
            // The text is not kept: it may be a name, and the page's links must not carry it.
            // Nothing matches it (no reference has year 0); the page says how to search.
            None => {
                state.q_not_reference = true;
                filter.reference = Some(ReferralReference { year: 0, number: 0 });
            }
        }
    }
    (filter, state, Pagination::requested(params.page.as_deref()))
}

#[derive(Template)]
#[template(path = "referrals/index.html")]
pub struct ReferralIndex {
    pub ctx: PageContext,
    pub referrals: Vec<ReferralCard>,
    pub awaiting: i64,
    pub acknowledged: i64,
    pub pagination: Pagination,
    pub state: ListState,
    pub checkpoints: Vec<Checkpoint>,
    pub countries: Vec<(String, OrgRef)>,
    pub statuses: [ReferralStatus; 3],
    pub can_file: bool,
    pub can_see_board: bool,
    pub now: DateTime<Utc>,
}

impl ReferralIndex {
    pub fn chooses_country(&self) -> bool {
        !self.countries.is_empty()
    }
}

pub async fn index(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let user = &current.user;
    let scope = authz::referral_scope(user);
    let orgs = state.orgs.active(&mut conn, current.directory_version).await?;
    let checkpoints = model::checkpoints(&mut conn).await?;
    let (mut filter, mut list_state, page) = parse_list(params.into_inner(), &checkpoints);
    // Without a query the inbox opens on the user's own open work: a checkpoint's officer
    // sees what their unit filed; an embassy sees its nationals' (its whole scope).
    if req.query_string().is_empty() && authz::can_file_referrals(user) {
        filter.filed_by = Some(user.org_id);
        list_state.own = true;
    }
    let (awaiting, acknowledged) = model::open_counts(&mut conn, &scope, &filter).await?;
    let names = model::Names {
        orgs: &orgs,
        checkpoints: &checkpoints,
    };
    let referrals =
        model::list(&mut conn, &state.keys, &scope, names, &filter, (page, PAGE_SIZE)).await?;
    let href = |p: i64| format!("/referrals?{}", list_state.query(p));
    let pagination = match filter.status {
        StatusFilter::Open => Pagination::new(page, awaiting + acknowledged, href),
        StatusFilter::Is(ReferralStatus::Awaiting) => Pagination::new(page, awaiting, href),
        StatusFilter::Is(ReferralStatus::Acknowledged) => Pagination::new(page, acknowledged, href),
        _ => {
            let counted = model::count_capped(&mut conn, &scope, &filter, page).await?;
            Pagination::counted(page, counted, href)
        }
    };
    let countries = match &scope {
        authz::RescueScope::Nationality(_) => Vec::new(),
        _ => model::served_nationalities(&orgs)
            .into_iter()
            .filter_map(|code| Some((code.clone(), model::embassies_of(&orgs, &code).into_iter().next()?)))
            .collect(),
    };
    render(&ReferralIndex {
        ctx: PageContext::new(&current, Section::Referrals),
        referrals,
        awaiting,
        acknowledged,
        pagination,
        state: list_state,
        checkpoints,
        countries,
        statuses: ReferralStatus::ALL,
        can_file: authz::can_file_referrals(user),
        can_see_board: authz::can_read_escalation_board(user),
        now: Utc::now(),
    })
}

/// How many referrals each part of the board shows at most: the board is a work list, and
/// more than this in one part is a crisis the page says it is.
const BOARD_PART: i64 = 100;

#[derive(Template)]
#[template(path = "referrals/escalated.html")]
pub struct EscalationBoard {
    pub ctx: PageContext,
    pub escalated: Vec<ReferralCard>,
    pub estimate_passed: Vec<ReferralCard>,
    pub no_embassy: Vec<ReferralCard>,
    /// Open referrals whose escalation email could not be delivered.
    pub undelivered: Vec<crate::notifications::delivery::FailedEscalation>,
    pub part_max: i64,
    pub now: DateTime<Utc>,
}

/// What the Foreign Affairs Division works from: referrals at step 2, acknowledged ones whose
/// estimate passed, open referrals of nationalities with no embassy on the portal, and those
/// whose escalation email failed. Four bounded lists.
pub async fn escalated(
    state: web::Data<AppState>,
    RequireEscalationReader(current): RequireEscalationReader,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::referral_scope(&current.user);
    let orgs = state.orgs.active(&mut conn, current.directory_version).await?;
    let checkpoints = model::checkpoints(&mut conn).await?;
    let names = model::Names {
        orgs: &orgs,
        checkpoints: &checkpoints,
    };
    let mut parts = Vec::new();
    for filter in [
        ListFilter {
            escalated: true,
            ..ListFilter::default()
        },
        ListFilter {
            estimate_passed: true,
            ..ListFilter::default()
        },
        ListFilter {
            no_embassy: Some(model::served_nationalities(&orgs)),
            ..ListFilter::default()
        },
    ] {
        parts.push(
            model::list(&mut conn, &state.keys, &scope, names, &filter, (1, BOARD_PART))
                .await?,
        );
    }
    let undelivered = crate::notifications::delivery::failed_escalations(&mut conn, BOARD_PART).await?;
    let no_embassy = parts.pop().unwrap_or_default();
    let estimate_passed = parts.pop().unwrap_or_default();
    let escalated = parts.pop().unwrap_or_default();
    render(&EscalationBoard {
        ctx: PageContext::new(&current, Section::Referrals),
        escalated,
        estimate_passed,
        no_embassy,
        undelivered,
        part_max: BOARD_PART,
        now: Utc::now(),
    })
}
