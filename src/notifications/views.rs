//! The reader's notifications, marking them read, the preferences on `/account`, and following
//! an action item.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use futures_util::FutureExt;
use serde::Deserialize;
use uuid::Uuid;

use super::Subject;
use super::model::{self, Notification};
use crate::audit::{Action, Author, Change};
use crate::auth::CurrentUser;
use crate::authz;
use crate::domain::notification::Kind;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{HtmlForm, ListQuery, PAGE_SIZE, Pagination, commit, render, see_other};

#[derive(Debug, Default, Deserialize)]
pub struct Params {
    pub page: Option<String>,
}

#[derive(Template)]
#[template(path = "notifications/index.html")]
pub struct NotificationsPage {
    pub ctx: PageContext,
    pub notifications: Vec<Notification>,
    pub pagination: Pagination,
}

impl NotificationsPage {
    fn path(&self, n: &Notification) -> String {
        n.subject().path()
    }

    fn text(&self, n: &Notification) -> String {
        self.ctx.msg(&n.message())
    }
}

pub async fn index(
    state: web::Data<AppState>,
    current: CurrentUser,
    params: web::Query<Params>,
) -> Result<HttpResponse, AppError> {
    let page = Pagination::requested(params.page.as_deref());
    let mut conn = state.pool.get().await?;
    let (notifications, more) =
        model::page(&mut conn, current.user.id, Pagination::offset(page), PAGE_SIZE).await?;
    // Counted only as far as this page needs: the pager offers the next page when there is one.
    let seen = Pagination::offset(page) + notifications.len() as i64 + i64::from(more);
    let pagination = Pagination::new(page, seen, |p| {
        format!("/notifications?{}", ListQuery::new().page(p).finish())
    });
    render(&NotificationsPage {
        ctx: PageContext::new(&current, Section::Notifications),
        notifications,
        pagination,
    })
}

/// Marks one notification read, audited; 404 for one that is not the reader's.
async fn read_one(
    state: &AppState,
    req: &HttpRequest,
    current: &CurrentUser,
    id: Uuid,
) -> Result<Subject, AppError> {
    let author = Author::of(current, req, &state.config);
    let user = current.user.id;
    commit(&state.pool, author, move |conn, _| {
        async move {
            let (subject, newly) = model::mark_read(conn, user, id)
                .await?
                .ok_or(AppError::NotFound)?;
            let summary = if newly {
                "notification read"
            } else {
                "notification opened again"
            };
            Ok(Change::new(Action::NotificationsRead, "notification", id, summary).returning(subject))
        }
        .boxed()
    })
    .await
}

/// Opens the record a notification is about, marking it read.
pub async fn open(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let subject = read_one(&state, &req, &current, *id).await?;
    Ok(see_other(&subject.path()))
}

pub async fn mark_read(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    read_one(&state, &req, &current, *id).await?;
    Ok(see_other("/notifications"))
}

pub async fn mark_all_read(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let author = Author::of(&current, &req, &state.config);
    let user = current.user.id;
    commit(&state.pool, author, move |conn, _| {
        async move {
            let count = model::mark_all_read(conn, user).await?;
            Ok(
                Change::new(Action::NotificationsRead, "user", user, format!("{count} notifications read"))
                    .flash(Msg::new("notifications-all-read").arg("count", count)),
            )
        }
        .boxed()
    })
    .await?;
    Ok(see_other("/notifications"))
}

/// The preferences as posted: a repeated `email` field, one per kind wanted by email.
#[derive(Debug, Default, Deserialize)]
pub struct PreferenceValues {
    #[serde(default)]
    pub email: Vec<String>,
}

/// The kinds to keep out of email: every kind that may be, but those ticked. A name this
/// release does not know is ignored, as a list ignores a filter it cannot read.
pub fn email_off_from(ticked: &[String]) -> Vec<Kind> {
    Kind::ALL
        .into_iter()
        .filter(|k| k.email_can_be_turned_off() && !ticked.iter().any(|t| t == k.as_str()))
        .collect()
}

pub async fn set_preferences(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    HtmlForm(values): HtmlForm<PreferenceValues>,
) -> Result<HttpResponse, AppError> {
    let off = email_off_from(&values.email);
    let author = Author::of(&current, &req, &state.config);
    let user = current.user.id;
    commit(&state.pool, author, move |conn, _| {
        async move {
            model::set_email_off(conn, user, &off).await?;
            let names: Vec<&str> = off.iter().map(|k| k.as_str()).collect();
            let summary = if names.is_empty() {
                "every notification by email too".to_owned()
            } else {
                format!("in the portal only: {}", names.join(", "))
            };
            Ok(
                Change::new(Action::NotificationPreferencesChanged, "user", user, summary)
                    .flash(Msg::new("notifications-preferences-saved")),
            )
        }
        .boxed()
    })
    .await?;
    Ok(see_other("/account#notifications"))
}

async fn set_following(
    state: &AppState,
    req: &HttpRequest,
    current: &CurrentUser,
    id: Uuid,
    follow: bool,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = crate::action_items::item::visible(&mut conn, &current.user, id).await?;
    drop(conn);
    if !authz::can_follow_action_item(&current.user) {
        return Err(AppError::Forbidden);
    }
    let author = Author::of(current, req, &state.config);
    let user = current.user.id;
    let reference = card.item.reference().to_string();
    commit(&state.pool, author, move |conn, _| {
        async move {
            let (action, flash) = if follow {
                model::follow(conn, id, &[user]).await?;
                (Action::ActionItemFollowed, "notifications-following")
            } else {
                model::unfollow(conn, id, user).await?;
                (Action::ActionItemUnfollowed, "notifications-not-following")
            };
            let summary = format!(
                "{reference}: {}",
                if follow { "followed" } else { "unfollowed" }
            );
            Ok(Change::new(action, "action_item", id, summary)
                .flash(Msg::new(flash).arg("reference", reference)))
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/action-items/{id}")))
}

pub async fn follow(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    set_following(&state, &req, &current, *id, true).await
}

pub async fn unfollow(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    set_following(&state, &req, &current, *id, false).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_not_ticked_stays_out_of_email_but_escalations_always_go() {
        let off = email_off_from(&["item_comment".into(), "nonsense".into()]);
        assert!(!off.contains(&Kind::ItemComment));
        assert!(off.contains(&Kind::ItemAssigned));
        assert!(!off.contains(&Kind::ReferralEscalated));
        assert_eq!(off.len(), Kind::ALL.len() - 2);
        let everything: Vec<String> = Kind::ALL.iter().map(|k| k.as_str().to_owned()).collect();
        assert!(email_off_from(&everything).is_empty());
    }
}
