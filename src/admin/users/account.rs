//! One account: its page, deactivation, and resets of its password and its second factor.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{DateTime, Utc};
use futures_util::FutureExt;
use secrecy::SecretString;
use serde::Deserialize;
use uuid::Uuid;

use crate::audit::{Action, Author, Change};
use crate::auth::{CurrentUser, second_factor, session, throttle};
use crate::authz::{self, RequireAdmin};
use crate::domain::{FieldErrors, NewPassword};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::users::model::{self as users, UserWithOrg};
use crate::web::{HtmlForm, commit, render, render_status, see_other};

#[derive(Template)]
#[template(path = "admin/users/show.html")]
pub struct AdminUserShow {
    pub ctx: PageContext,
    pub account: UserWithOrg,
    pub can_deactivate: bool,
    pub can_reset_password: bool,
    pub can_reset_second_factor: bool,
    /// When the account set up its second factor; None without one.
    pub second_factor_since: Option<DateTime<Utc>>,
    pub errors: FieldErrors,
}

impl AdminUserShow {
    async fn new(
        state: &AppState,
        current: &CurrentUser,
        account: UserWithOrg,
    ) -> Result<AdminUserShow, AppError> {
        let mut conn = state.pool.get().await?;
        let second_factor_since = second_factor::enrolled_at(&mut conn, account.user.id).await?;
        Ok(AdminUserShow {
            can_deactivate: authz::can_deactivate_user(&current.user, account.user.id),
            can_reset_password: authz::can_reset_password(&current.user, account.user.id),
            can_reset_second_factor: authz::can_reset_second_factor(&current.user, account.user.id)
                && second_factor_since.is_some(),
            second_factor_since,
            ctx: PageContext::new(current, Section::AdminUsers),
            account,
            errors: FieldErrors::default(),
        })
    }
}

pub(super) async fn load(state: &AppState, id: Uuid) -> Result<UserWithOrg, AppError> {
    let mut conn = state.pool.get().await?;
    users::find_with_org(&mut conn, id)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn show(
    state: web::Data<AppState>,
    RequireAdmin(current): RequireAdmin,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let account = load(&state, *id).await?;
    render(&AdminUserShow::new(&state, &current, account).await?)
}

pub async fn deactivate(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    set_active(state, req, current, *id, false).await
}

pub async fn activate(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    set_active(state, req, current, *id, true).await
}

/// Deactivation ends the account's sessions at once; the account keeps its history.
async fn set_active(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: Uuid,
    active: bool,
) -> Result<HttpResponse, AppError> {
    let target = load(&state, id).await?;
    if !active && !authz::can_deactivate_user(&current.user, target.user.id) {
        return Err(AppError::Forbidden);
    }
    let author = Author::of(&current, &req, &state.config);
    let email = target.user.email;
    commit(&state.pool, author, move |conn, _| {
        async move {
            users::set_active(conn, id, active).await?;
            let ended = if active {
                0
            } else {
                session::delete_all_for_user(conn, id).await?
            };
            let (action, verb, flash) = if active {
                (
                    Action::UserActivated,
                    "activated",
                    Msg::new("admin-users-activated"),
                )
            } else {
                (
                    Action::UserDeactivated,
                    "deactivated",
                    Msg::new("admin-users-deactivated"),
                )
            };
            // The summary is the audit log's record, in English like a log line.
            let summary = format!("{verb} {email}; {ended} sessions ended");
            Ok(Change::new(action, "user", id, summary).flash(flash.arg("email", &email)))
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/admin/users/{id}")))
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    password: String,
}

/// Sets a temporary password that the person must change at next sign-in, and ends their
/// sessions.
pub async fn reset_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    id: web::Path<Uuid>,
    HtmlForm(form): HtmlForm<ResetForm>,
) -> Result<HttpResponse, AppError> {
    let target = load(&state, *id).await?;
    if !authz::can_reset_password(&current.user, target.user.id) {
        return Err(AppError::Forbidden);
    }
    let password = match NewPassword::parse(&form.password, Some(&target.user.email)) {
        Ok(password) => password,
        Err(message) => {
            let mut page = AdminUserShow::new(&state, &current, target).await?;
            page.errors.add("password", message);
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let hash = state
        .hasher
        .hash(SecretString::from(password.expose().to_owned()))
        .await?;
    let author = Author::of(&current, &req, &state.config);
    let id = target.user.id;
    let email = target.user.email;
    commit(&state.pool, author, move |conn, _| {
        async move {
            users::set_password(conn, id, &hash, true).await?;
            let ended = session::delete_all_for_user(conn, id).await?;
            // A locked-out person calls for a reset; the new password must work at once.
            throttle::clear_for_account(conn, &email).await?;
            let summary = format!("reset the password of {email}; {ended} sessions ended");
            Ok(Change::new(Action::UserPasswordReset, "user", id, summary)
                .flash(Msg::new("admin-users-password-reset").arg("email", &email)))
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/admin/users/{id}")))
}

/// Removes another account's second factor (a lost phone): its sessions end, and the person
/// sets a new one up at their next sign-in (or signs in with a password alone, where the
/// portal does not require one).
pub async fn reset_second_factor(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let target = load(&state, *id).await?;
    if !authz::can_reset_second_factor(&current.user, target.user.id) {
        return Err(AppError::Forbidden);
    }
    let author = Author::of(&current, &req, &state.config);
    let id = target.user.id;
    let email = target.user.email;
    commit(&state.pool, author, move |conn, _| {
        async move {
            let had = second_factor::remove(conn, id).await?;
            let ended = session::delete_all_for_user(conn, id).await?;
            let summary = if had {
                format!("reset the second factor of {email}; {ended} sessions ended")
            } else {
                format!("reset the second factor of {email}, who had none set up; {ended} sessions ended")
            };
            Ok(Change::new(Action::SecondFactorReset, "user", id, summary)
                .flash(Msg::new("admin-users-second-factor-reset").arg("email", &email)))
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/admin/users/{id}")))
}
