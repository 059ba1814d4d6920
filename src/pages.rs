//! What every page shares: the signed-in user, the CSRF token for its forms, the flash message
//! and the current section of the navigation; and the helpers that turn a page into a response.

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::web::Bytes;
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse};
use askama::Template;
use chrono::{DateTime, Utc};
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;

use crate::auth::{CurrentUser, Flash, Session, SessionState, SessionUser};
use crate::authz;
use crate::error::AppError;

/// Which part of the navigation a page belongs to (marked `aria-current`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    None,
    Dashboard,
    Orgs,
    Account,
    AdminOrgs,
    AdminUsers,
    Audit,
    ActionItems,
    Contacts,
    OnDuty,
}

pub struct PageContext {
    pub user: Option<SessionUser>,
    pub csrf_token: String,
    pub flash: Option<Flash>,
    pub section: Section,
}

impl PageContext {
    pub fn new(current: &CurrentUser, section: Section) -> PageContext {
        PageContext {
            user: Some(current.user.clone()),
            csrf_token: current.csrf_token.clone(),
            flash: current.flash.clone(),
            section,
        }
    }

    pub fn anonymous() -> PageContext {
        PageContext {
            user: None,
            csrf_token: String::new(),
            flash: None,
            section: Section::None,
        }
    }

    pub fn for_session(session: &Session, section: Section) -> PageContext {
        PageContext {
            user: session.user.clone(),
            csrf_token: session.csrf_token.clone(),
            flash: session.flash.clone(),
            section,
        }
    }

    pub fn from_request(req: &HttpRequest, section: Section) -> PageContext {
        match req
            .extensions()
            .get::<SessionState>()
            .and_then(|s| s.0.as_ref())
        {
            Some(session) => {
                let mut ctx = PageContext::for_session(session, section);
                // The flash was already consumed by the page that failed; do not show it twice.
                ctx.flash = None;
                ctx
            }
            None => PageContext::anonymous(),
        }
    }

    /// `aria-current` for a navigation link.
    pub fn current(&self, section: &str) -> &'static str {
        let this = match self.section {
            Section::None => "",
            Section::Dashboard => "dashboard",
            Section::Orgs => "orgs",
            Section::Account => "account",
            Section::AdminOrgs => "admin-orgs",
            Section::AdminUsers => "admin-users",
            Section::Audit => "audit",
            Section::ActionItems => "action-items",
            Section::Contacts => "contacts",
            Section::OnDuty => "on-duty",
        };
        if this == section { "page" } else { "false" }
    }

    /// Appended to asset URLs so a new release is fetched despite long caching.
    pub fn asset_version(&self) -> &'static str {
        crate::assets::VERSION.as_str()
    }

    pub fn can_administer(&self) -> bool {
        self.user.as_ref().is_some_and(authz::can_manage_accounts)
    }

    pub fn can_create_action_items(&self) -> bool {
        self.user
            .as_ref()
            .is_some_and(authz::can_create_action_items)
    }

    /// Adding contact points to one's own organisation.
    pub fn can_add_contacts(&self) -> bool {
        self.user.as_ref().is_some_and(authz::can_add_contacts)
    }

    pub fn can_read_audit(&self) -> bool {
        self.user.as_ref().is_some_and(authz::can_read_audit)
    }

    /// The viewer's time zone (Asia/Bangkok when signed out).
    fn tz(&self) -> chrono_tz::Tz {
        self.user
            .as_ref()
            .map(|u| u.time_zone)
            .unwrap_or(chrono_tz::Asia::Bangkok)
    }

    /// The date of a timestamp in the viewer's time zone.
    pub fn date(&self, at: impl std::borrow::Borrow<DateTime<Utc>>) -> String {
        let tz = self.tz();
        at.borrow()
            .with_timezone(&tz)
            .format("%Y-%m-%d")
            .to_string()
    }

    /// A timestamp in the viewer's time zone.
    pub fn time(&self, at: impl std::borrow::Borrow<DateTime<Utc>>) -> String {
        let tz = self.tz();
        at.borrow()
            .with_timezone(&tz)
            .format("%Y-%m-%d %H:%M %Z")
            .to_string()
    }
}

/// A list's query string, so filters survive in links (next page, export): the filters that
/// are set, then the page.
pub struct ListQuery(url::form_urlencoded::Serializer<'static, String>);

impl ListQuery {
    pub fn new() -> ListQuery {
        ListQuery(url::form_urlencoded::Serializer::new(String::new()))
    }

    /// A pair written even when empty.
    pub fn always(mut self, name: &str, value: &str) -> ListQuery {
        self.0.append_pair(name, value);
        self
    }

    /// A filter, written when set.
    pub fn set(self, name: &str, value: &str) -> ListQuery {
        if value.is_empty() {
            self
        } else {
            self.always(name, value)
        }
    }

    /// A checkbox filter, written as `name=1` when ticked.
    pub fn flag(self, name: &str, on: bool) -> ListQuery {
        if on { self.always(name, "1") } else { self }
    }

    /// The page, left out for the first.
    pub fn page(self, page: i64) -> ListQuery {
        if page > 1 {
            self.always("page", &page.to_string())
        } else {
            self
        }
    }

    pub fn finish(mut self) -> String {
        self.0.finish()
    }
}

impl Default for ListQuery {
    fn default() -> ListQuery {
        ListQuery::new()
    }
}

/// The page asked for in a list's query string: 1 when absent or unreadable, and bounded so
/// an absurd number cannot make the database skip millions of rows.
pub fn page_number(param: Option<&str>) -> i64 {
    param
        .and_then(|p| p.trim().parse::<i64>().ok())
        .unwrap_or(1)
        .clamp(1, 100_000)
}

/// The version a form was filled in against; anything unreadable counts as out of date, so
/// the save answers with the conflict page rather than an error.
pub fn form_version(input: &str) -> i32 {
    input.trim().parse().unwrap_or(0)
}

/// How many pages `total` rows fill.
pub fn page_count(total: i64, page_size: i64) -> i64 {
    (total + page_size - 1) / page_size
}

pub fn render<T: Template>(page: &T) -> Result<HttpResponse, AppError> {
    render_status(StatusCode::OK, page)
}

pub fn render_status<T: Template>(status: StatusCode, page: &T) -> Result<HttpResponse, AppError> {
    let body = page.render()?;
    Ok(HttpResponse::build(status)
        .insert_header((
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        ))
        .body(body))
}

/// Tells the person, on the next page, what just happened. Stored with the session, inside
/// the change's transaction, so it survives the redirect and never announces a rolled-back
/// change.
pub async fn flash(
    conn: &mut diesel_async::AsyncPgConnection,
    session_id: uuid::Uuid,
    message: String,
) -> Result<(), AppError> {
    crate::auth::session::set_flash(conn, session_id, crate::auth::Flash::success(message)).await?;
    Ok(())
}

pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage<'a> {
    pub ctx: PageContext,
    pub status: u16,
    pub title: &'a str,
    pub message: &'a str,
    /// The request id, on failures of ours.
    pub reference: Option<String>,
}

/// A submitted form whose fields may repeat (`assignees=BRA&assignees=TZA`), which actix's
/// `Form` cannot read. A malformed body answers 400.
pub struct HtmlForm<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for HtmlForm<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<HtmlForm<T>, actix_web::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = Bytes::from_request(req, payload);
        Box::pin(async move {
            let body = body.await?;
            serde_html_form::from_bytes(&body)
                .map(HtmlForm)
                .map_err(actix_web::error::ErrorBadRequest)
        })
    }
}
