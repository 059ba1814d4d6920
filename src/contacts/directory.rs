//! The directory of contact points: every organisation's entries, filtered in the URL.

use std::sync::Arc;

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::model::{self, ContactCard, ContactQuery};
use crate::auth::CurrentUser;
use crate::domain::languages::LANGUAGES;
use crate::error::AppError;
use crate::orgs::model::Organisation;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{ListQuery, PAGE_SIZE, Pagination, render};

#[derive(Debug, Default, Clone, Deserialize)]
pub struct DirectoryParams {
    pub org: Option<String>,
    pub language: Option<String>,
    pub available: Option<String>,
    pub stale: Option<String>,
    pub page: Option<String>,
}

/// The directory's filters as shown and carried by its links.
#[derive(Debug, Default, Clone)]
pub struct DirectoryState {
    pub org: String,
    pub language: String,
    pub available: bool,
    pub stale: bool,
}

impl DirectoryState {
    pub fn query(&self, page: i64) -> String {
        ListQuery::new()
            .set("org", &self.org)
            .set("language", &self.language)
            .flag("available", self.available)
            .flag("stale", self.stale)
            .page(page)
            .finish()
    }
}

#[derive(Template)]
#[template(path = "contacts/index.html")]
pub struct Directory {
    pub ctx: PageContext,
    pub cards: Vec<ContactCard>,
    pub pagination: Pagination,
    pub state: DirectoryState,
    pub orgs: Arc<Vec<Organisation>>,
    pub languages: &'static [(&'static str, &'static str)],
    pub now: DateTime<Utc>,
}

pub async fn index(
    state: web::Data<AppState>,
    current: CurrentUser,
    params: web::Query<DirectoryParams>,
) -> Result<HttpResponse, AppError> {
    let params = params.into_inner();
    let mut conn = state.pool.get().await?;
    let orgs = state
        .orgs
        .active(&mut conn, current.directory_version)
        .await?;
    let mut query = ContactQuery::default();
    let mut list_state = DirectoryState::default();
    let code = params.org.unwrap_or_default().trim().to_uppercase();
    if let Some(org) = orgs.iter().find(|o| o.code == code) {
        query.org = Some(org.id);
        list_state.org = org.code.clone();
    }
    let language = params.language.unwrap_or_default().trim().to_lowercase();
    if LANGUAGES.iter().any(|(c, _)| *c == language) {
        query.language = Some(language.clone());
        list_state.language = language;
    }
    list_state.available = params.available.is_some_and(|v| !v.is_empty());
    query.stale = params.stale.is_some_and(|v| !v.is_empty());
    list_state.stale = query.stale;
    let page = Pagination::requested(params.page.as_deref());
    let (cards, total, now) = if list_state.available {
        // The board decided who is reachable; the other filters are applied to its entries.
        let board = state
            .duty_board
            .get(&mut conn, current.directory_version)
            .await?;
        let matching: Vec<&ContactCard> = board
            .reachable
            .iter()
            .filter(|card| query.admits(card, board.at))
            .collect();
        let shown = matching
            .iter()
            .skip(Pagination::offset(page) as usize)
            .take(PAGE_SIZE as usize)
            .map(|card| (*card).clone())
            .collect();
        (shown, matching.len() as i64, board.at)
    } else {
        let now = Utc::now();
        let (cards, total) = model::list(&mut conn, &query, now, page).await?;
        (cards, total, now)
    };
    render(&Directory {
        ctx: PageContext::new(&current, Section::Contacts),
        pagination: Pagination::new(page, total, |p| format!("/contacts?{}", list_state.query(p))),
        cards,
        state: list_state,
        orgs,
        languages: LANGUAGES,
        now,
    })
}

