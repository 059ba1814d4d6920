//! Sign-in's second step: the code from the authenticator app, or a recovery code. Wrong codes
//! count against the account and the address like wrong passwords (`throttle`); the session
//! is only signed in, under a new token, once the code is right.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use futures_util::FutureExt;
use serde::Deserialize;

use super::session::{self, Flash, FlashKind, Session, SessionUser};
use super::throttle::{self, Attempt};
use super::views::safe_next;
use super::{MaybeSession, client_info, second_factor, session_cookie, totp};
use crate::audit::{self, Action, Actor, Event};
use crate::db;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{render_status, see_other};

#[derive(Template)]
#[template(path = "auth/code.html")]
pub struct CodePage {
    pub ctx: PageContext,
    pub next: String,
    pub error: Option<Msg>,
}

#[derive(Deserialize)]
pub struct CodeQuery {
    next: Option<String>,
}

/// The session waiting for its code, with its account.
fn awaiting(session: Option<Session>) -> Option<(Session, SessionUser)> {
    let session = session.filter(|s| s.second_factor_pending)?;
    let user = session.user.clone()?;
    Some((session, user))
}

pub async fn form(
    req: HttpRequest,
    MaybeSession(session): MaybeSession,
    query: web::Query<CodeQuery>,
) -> Result<HttpResponse, AppError> {
    let next = safe_next(query.next.as_deref());
    if session.as_ref().is_some_and(Session::signed_in) {
        return Ok(see_other(&next));
    }
    let Some((session, _)) = awaiting(session) else {
        return Ok(see_other("/login"));
    };
    let lang = super::request_lang(&req);
    render_status(
        StatusCode::OK,
        &CodePage {
            ctx: PageContext::for_session(&session, Section::None, lang),
            next,
            error: None,
        },
    )
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
    next: Option<String>,
}

/// Which kind of code let the user in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Used {
    TimeCode,
    RecoveryCode,
}

pub async fn submit(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeSession(session): MaybeSession,
    form: web::Form<CodeForm>,
) -> Result<HttpResponse, AppError> {
    let CodeForm { code, next } = form.into_inner();
    let next = safe_next(next.as_deref());
    let Some((session, user)) = awaiting(session) else {
        return Ok(see_other("/login"));
    };
    let lang = super::request_lang(&req);
    let ctx = PageContext::for_session(&session, Section::None, lang);
    let page = |status: StatusCode, error: Msg| {
        render_status(
            status,
            &CodePage {
                ctx: ctx.clone(),
                next: next.clone(),
                error: Some(error),
            },
        )
    };
    let typed = code.trim().to_owned();
    if typed.is_empty() {
        return page(StatusCode::UNPROCESSABLE_ENTITY, Msg::new("auth-code-missing"));
    }
    if typed.chars().count() > 64 {
        return page(StatusCode::UNAUTHORIZED, Msg::new("auth-code-wrong"));
    }
    let client = client_info(&req, &state.config);
    let attempt =
        match throttle::begin_attempt(&state.pool, &user.email, &client.ip, &state.config).await? {
            Attempt::Counted(id) => id,
            refused => {
                let mut conn = state.pool.get().await?;
                audit_failure(&mut conn, &user, "second-factor code refused: too many recent failures", &client.ip).await?;
                let message = if refused == Attempt::LockedOut {
                    let minutes = state.config.login_lockout.as_secs() / 60;
                    Msg::new("auth-too-many-failures").arg("minutes", minutes)
                } else {
                    Msg::new("auth-too-many-at-once")
                };
                return page(StatusCode::TOO_MANY_REQUESTS, message);
            }
        };

    let time_code = totp::is_time_code(&typed);
    let step = if time_code {
        let mut conn = state.pool.get().await?;
        second_factor::find(&mut conn, &state.keys, user.id)
            .await
            .map_err(AppError::Unexpected)?
            .filter(|stored| stored.confirmed_at.is_some())
            .and_then(|stored| totp::matching_step(&stored.secret, &typed, totp::now()))
    } else {
        None
    };
    let (user_id, org_id, email) = (user.id, user.org_id, user.email.clone());
    let pending_id = session.id;
    let ip = client.ip.clone();
    let signed_in = db::transaction(&state.pool, move |conn| {
        async move {
            let used = match step {
                Some(step) => second_factor::accept_step(conn, user_id, step, false)
                    .await?
                    .then_some(Used::TimeCode),
                None if !time_code => second_factor::use_recovery_code(conn, user_id, &typed)
                    .await?
                    .then_some(Used::RecoveryCode),
                None => None,
            };
            let Some(used) = used else {
                return Ok(None);
            };
            session::delete(conn, pending_id).await?;
            let created = session::create(conn, user_id, &client).await?;
            throttle::forget(conn, attempt).await?;
            throttle::clear_for_account(conn, &email).await?;
            let actor = Actor {
                user_id: Some(user_id),
                organisation_id: Some(org_id),
            };
            // The confirmation before the audit events: their insert takes the chain's lock.
            if used == Used::RecoveryCode {
                let left = second_factor::unused_recovery_codes(conn, user_id).await?;
                let message = Msg::new("auth-recovery-code-used").arg("left", left);
                session::set_flash(
                    conn,
                    created.id,
                    Flash {
                        kind: FlashKind::Info,
                        message,
                    },
                )
                .await?;
                audit::record(
                    conn,
                    Event {
                        actor,
                        action: Action::RecoveryCodeUsed,
                        target_type: "user",
                        target_id: user_id.to_string(),
                        summary: format!("signed in with a recovery code; {left} left"),
                        ip: Some(&client.ip),
                    },
                )
                .await?;
            }
            audit::record(
                conn,
                Event {
                    actor,
                    action: Action::SignIn,
                    target_type: "user",
                    target_id: user_id.to_string(),
                    summary: "signed in with a second factor".to_owned(),
                    ip: Some(&client.ip),
                },
            )
            .await?;
            Ok(Some(created))
        }
        .boxed()
    })
    .await?;

    match signed_in {
        Some(created) => Ok(HttpResponse::SeeOther()
            .cookie(session_cookie(&state.config, created.token))
            .insert_header((header::LOCATION, next))
            .finish()),
        None => {
            let mut conn = state.pool.get().await?;
            throttle::failed(&mut conn, attempt).await?;
            audit_failure(&mut conn, &user, "wrong second-factor code", &ip).await?;
            page(StatusCode::UNAUTHORIZED, Msg::new("auth-code-wrong"))
        }
    }
}

async fn audit_failure(
    conn: &mut diesel_async::AsyncPgConnection,
    user: &SessionUser,
    summary: &str,
    ip: &str,
) -> Result<(), AppError> {
    let summary = format!("{summary} for {}", user.email);
    super::views::audit_refusal(conn, Action::SecondFactorFailed, user.id.to_string(), &summary, ip)
        .await
}
