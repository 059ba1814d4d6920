//! The list of accounts, filtered by organisation, text and state.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;
use uuid::Uuid;

use crate::authz::RequireAdmin;
use crate::error::AppError;
use crate::orgs::model as orgs;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::users::model::{self as users, UserQuery, UserWithOrg};
use crate::web::{ListQuery, Pagination, render};

/// The list's filters as typed; unreadable values are ignored, as in every list.
#[derive(Debug, Default, Deserialize)]
pub struct UserParams {
    pub org: Option<String>,
    pub q: Option<String>,
    pub inactive: Option<String>,
    pub page: Option<String>,
}

/// The filters in effect, as the form shows them and links carry them.
#[derive(Debug, Default)]
pub struct UserFilters {
    pub org: String,
    pub q: String,
    pub inactive: bool,
}

impl UserFilters {
    pub fn query(&self, page: i64) -> String {
        ListQuery::new()
            .set("org", &self.org)
            .set("q", &self.q)
            .flag("inactive", self.inactive)
            .page(page)
            .finish()
    }
}

#[derive(Template)]
#[template(path = "admin/users/index.html")]
pub struct AdminUsersIndex {
    pub ctx: PageContext,
    pub filters: UserFilters,
    pub orgs: Vec<(String, String)>,
    pub users: Vec<UserWithOrg>,
    pub pagination: Pagination,
}

pub async fn index(
    state: web::Data<AppState>,
    RequireAdmin(current): RequireAdmin,
    params: web::Query<UserParams>,
) -> Result<HttpResponse, AppError> {
    let params = params.into_inner();
    let filters = UserFilters {
        org: params.org.unwrap_or_default().trim().to_uppercase(),
        q: params.q.unwrap_or_default().trim().to_owned(),
        inactive: params.inactive.is_some_and(|v| !v.is_empty()),
    };
    let page = Pagination::requested(params.page.as_deref());
    let mut conn = state.pool.get().await?;
    let org_id = if filters.org.is_empty() {
        None
    } else {
        // An unknown organisation matches nobody.
        Some(
            orgs::find_by_code(&mut conn, &filters.org)
                .await?
                .map(|o| o.id)
                .unwrap_or(Uuid::nil()),
        )
    };
    let query = UserQuery {
        organisation_id: org_id,
        text: Some(filters.q.clone()),
        include_inactive: filters.inactive,
        page,
    };
    let (list, total) = users::list(&mut conn, &query).await?;
    let orgs = orgs::list_codes(&mut conn).await?;
    render(&AdminUsersIndex {
        ctx: PageContext::new(&current, Section::AdminUsers),
        pagination: Pagination::counted(page, total, |p| {
            format!("/admin/users?{}", filters.query(p))
        }),
        filters,
        orgs,
        users: list,
    })
}

