//! The meetings a user may see: those to come (soonest first) and those past (latest first).

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::Utc;
use serde::Deserialize;

use super::model::{self, ListedMeeting, When};
use crate::auth::CurrentUser;
use crate::authz;
use crate::error::AppError;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{ListQuery, Pagination, render};

#[derive(Debug, Default, Deserialize)]
pub struct ListParams {
    pub when: Option<String>,
    pub page: Option<String>,
}

#[derive(Template)]
#[template(path = "meetings/index.html")]
pub struct MeetingList {
    pub ctx: PageContext,
    pub meetings: Vec<ListedMeeting>,
    pub pagination: Pagination,
    pub past: bool,
    pub can_create: bool,
}

pub async fn index(
    state: web::Data<AppState>,
    current: CurrentUser,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let user = &current.user;
    let when = match params.when.as_deref() {
        Some("past") => When::Past,
        _ => When::Upcoming,
    };
    let page = Pagination::requested(params.page.as_deref());
    let mut conn = state.pool.get().await?;
    let scope = authz::meeting_scope(user);
    let (meetings, counted) = model::list(&mut conn, scope, user.org_id, when, Utc::now(), page).await?;
    let past = when == When::Past;
    let href = |p: i64| {
        let query = ListQuery::new().set("when", if past { "past" } else { "" });
        format!("/meetings?{}", query.page(p).finish())
    };
    render(&MeetingList {
        ctx: PageContext::new(&current, Section::Meetings),
        pagination: Pagination::counted(page, counted, href),
        meetings,
        past,
        can_create: authz::can_run_meetings(user),
    })
}
