use actix_web::{HttpResponse, web};
use askama::Template;

use chrono::NaiveDate;

use super::model::{self, OrgWithCount, Organisation};
use super::summary;
use crate::action_items::model::Workload;
use diesel_async::AsyncPgConnection;

use crate::auth::{CurrentUser, SessionUser};
use crate::authz;
use crate::error::AppError;
use crate::pages::{PageContext, Section};
use crate::web::render;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "orgs/index.html")]
pub struct OrgsIndex {
    pub ctx: PageContext,
    pub orgs: Vec<OrgWithCount>,
}

pub async fn index(
    state: web::Data<AppState>,
    current: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let orgs = model::list_with_counts(&mut conn, false).await?;
    render(&OrgsIndex {
        ctx: PageContext::new(&current, Section::Orgs),
        orgs,
    })
}

#[derive(Template)]
#[template(path = "orgs/show.html")]
pub struct OrgShow {
    pub ctx: PageContext,
    pub org: Organisation,
    pub members: i64,
    pub is_own: bool,
    pub can_manage: bool,
    /// What the organisation owes, as far as the viewer may see; None for observers.
    pub workload: Option<Workload>,
    pub today: NaiveDate,
    /// Its contact points, and how many are stale.
    pub contacts: (i64, i64),
    pub can_manage_contacts: bool,
}

/// The organisation named in an address, when the user may see it; 404 otherwise.
pub(crate) async fn visible_org(
    conn: &mut AsyncPgConnection,
    user: &SessionUser,
    code: &str,
) -> Result<Organisation, AppError> {
    let org = model::find_by_code(conn, code)
        .await?
        .ok_or(AppError::NotFound)?;
    if authz::can_view_organisation(user, org.active) {
        Ok(org)
    } else {
        Err(AppError::NotFound)
    }
}

pub async fn show(
    state: web::Data<AppState>,
    current: CurrentUser,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let org = visible_org(&mut conn, &current.user, &code).await?;
    let today = current.user.today();
    let scope = authz::action_item_scope(&current.user);
    let owes = authz::can_be_assigned_action_items(org.kind);
    let summary =
        summary::load(&mut conn, scope, org.id, owes, today, chrono::Utc::now(), None).await?;
    render(&OrgShow {
        workload: summary.workload,
        today,
        contacts: summary.contacts,
        can_manage_contacts: authz::can_manage_contacts(&current.user, org.id, org.active),
        is_own: org.id == current.user.org_id,
        can_manage: authz::can_manage_organisations(&current.user),
        ctx: PageContext::new(&current, Section::Orgs),
        org,
        members: summary.members,
    })
}
