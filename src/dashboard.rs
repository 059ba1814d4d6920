//! The dashboard: who you are, your organisation, and where to go next.

use actix_web::{HttpResponse, web};
use askama::Template;

use chrono::NaiveDate;

use crate::action_items::model::Workload;
use crate::auth::CurrentUser;
use crate::authz::{self, Role};
use crate::error::AppError;
use crate::orgs::summary;
use crate::pages::{PageContext, Section};
use crate::web::render;
use crate::state::AppState;
use crate::web::Routes;

pub fn routes(r: &mut Routes) {
    r.get("/", show);
}

#[derive(Template)]
#[template(path = "dashboard.html")]
pub struct Dashboard {
    pub ctx: PageContext,
    /// Message ids: the role's name and what it may do.
    pub role_label: &'static str,
    pub role_summary: &'static str,
    pub members: i64,
    /// What the user's organisation owes; None for observers, who owe nothing.
    pub workload: Option<Workload>,
    pub today: NaiveDate,
    /// The organisation's contact points, and how many are stale.
    pub contacts: (i64, i64),
    /// Referrals awaiting acknowledgement in the reader's scope, past their deadline, escalated.
    /// Each counted to `cap`.
    pub referrals: (i32, i32, i32),
    pub cap: i32,
    pub can_read_board: bool,
    /// The next meeting the user may see, and the decisions whose items are overdue (with how
    /// many), in the user's scopes.
    pub next_meeting: Option<crate::meetings::model::MeetingSummary>,
    pub overdue_decisions: Vec<(crate::meetings::model::DecisionRef, i64)>,
}

/// How many decisions with overdue items the dashboard names, and how many it reads to find
/// them among the meetings the user sees.
const OVERDUE_DECISIONS_SHOWN: usize = 5;
const OVERDUE_DECISIONS: i64 = 20;

pub async fn show(
    state: web::Data<AppState>,
    current: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let today = current.user.today();
    let scope = authz::action_item_scope(&current.user);
    let owes = authz::can_be_assigned_action_items(current.user.org_kind);
    let referral_scope = authz::referral_scope(&current.user);
    let summary = summary::load(
        &mut conn,
        scope,
        current.user.org_id,
        owes,
        today,
        chrono::Utc::now(),
        Some(&referral_scope),
    )
    .await?;
    let meeting_scope = authz::meeting_scope(&current.user);
    let next_meeting =
        crate::meetings::model::next(&mut conn, meeting_scope, chrono::Utc::now()).await?;
    // The decisions the user's own organisation is late on (observers owe nothing): what the
    // organisation acts on, and one organisation's items are few whatever the portal's size.
    let overdue = if owes {
        crate::action_items::model::decisions_with_overdue(
            &mut conn,
            scope,
            current.user.org_id,
            today,
            OVERDUE_DECISIONS,
        )
        .await?
    } else {
        Vec::new()
    };
    let ids: Vec<uuid::Uuid> = overdue.iter().map(|(id, _)| *id).collect();
    let refs = crate::meetings::model::decision_refs(&mut conn, meeting_scope, &ids).await?;
    let overdue_decisions = overdue
        .iter()
        .filter_map(|(id, count)| Some((refs.iter().find(|d| d.id == *id)?.clone(), *count)))
        .take(OVERDUE_DECISIONS_SHOWN)
        .collect();
    let (role_label, role_summary) = match authz::role(&current.user) {
        Role::Admin => ("role-admin", "dashboard-role-admin"),
        Role::Coordinator => ("role-coordinator", "dashboard-role-coordinator"),
        Role::CountryMember { .. } => ("role-country-member", "dashboard-role-country-member"),
        Role::Observer => ("role-observer", "dashboard-role-observer"),
    };
    render(&Dashboard {
        contacts: summary.contacts,
        referrals: summary.referrals.unwrap_or_default(),
        can_read_board: authz::can_read_escalation_board(&current.user),
        cap: crate::referrals::model::ATTENTION_CAP,
        ctx: PageContext::new(&current, Section::Dashboard),
        role_label,
        role_summary,
        members: summary.members,
        workload: summary.workload,
        today,
        next_meeting,
        overdue_decisions,
    })
}
