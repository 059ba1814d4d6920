//! Signing in and out.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use futures_util::FutureExt;
use secrecy::SecretString;
use serde::Deserialize;

use super::throttle::Attempt;
use super::{
    CurrentUser, MaybeSession, client_info, session, session_cookie, signed_out, throttle,
};
use crate::audit::{self, Action, Actor, Event};
use crate::db;
use crate::error::{AppError, is_local_path};
use crate::i18n::{LANG_COOKIE, Lang, Msg};
use crate::pages::{PageContext, Section};
use crate::web::{render_status, see_other};
use crate::state::AppState;
use crate::users::model as users;

#[derive(Template)]
#[template(path = "auth/login.html")]
pub struct LoginPage {
    pub ctx: PageContext,
    pub email: String,
    pub next: String,
    pub error: Option<Msg>,
    pub notice: Option<Msg>,
    /// The switcher's languages, each with its link (which keeps `next`).
    pub languages: Vec<(Lang, String)>,
    /// `serve --demo` turned the second factor off: say so.
    pub mfa_off_for_demo: bool,
}

#[derive(Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
    signed_out: Option<String>,
    /// The switcher's choice: kept in a cookie for the visits before signing in.
    lang: Option<String>,
}

/// The switcher's links: plain links, so it works without JavaScript.
fn language_links(next: &str) -> Vec<(Lang, String)> {
    let next = (next != "/").then(|| {
        url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
    });
    Lang::ALL
        .iter()
        .map(|&lang| {
            let href = match &next {
                Some(next) => format!("/login?lang={}&next={next}", lang.code()),
                None => format!("/login?lang={}", lang.code()),
            };
            (lang, href)
        })
        .collect()
}

/// The page context of a visitor without a session: its form token signs the browser's
/// pre-login cookie, made now (the cookie to set) when it has none. Nothing is stored.
pub(super) fn pre_login_context(
    req: &HttpRequest,
    state: &AppState,
    lang: Lang,
) -> (PageContext, Option<actix_web::cookie::Cookie<'static>>) {
    let (nonce, cookie) = match super::csrf::pre_login_nonce(req, &state.config) {
        Some(nonce) => (nonce, None),
        None => {
            let (nonce, cookie) = super::csrf::new_pre_login_cookie(&state.config);
            (nonce, Some(cookie))
        }
    };
    let mut ctx = PageContext::anonymous(lang);
    ctx.csrf_token = state.form_key.pre_login_token(&nonce);
    (ctx, cookie)
}

pub(super) fn safe_next(next: Option<&str>) -> String {
    next.filter(|n| is_local_path(n) && !n.starts_with("/login"))
        .unwrap_or("/")
        .to_owned()
}

/// The sign-in form. A visitor without a session gets a signed token tied to a cookie, and
/// nothing is written (see `auth::csrf`).
pub async fn login_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeSession(session): MaybeSession,
    query: web::Query<LoginQuery>,
) -> Result<HttpResponse, AppError> {
    let next = safe_next(query.next.as_deref());
    if session.as_ref().is_some_and(session::Session::signed_in) {
        return Ok(see_other(&next));
    }
    let notice = query
        .signed_out
        .is_some()
        .then(|| Msg::new("auth-signed-out"));
    let chosen = query.lang.as_deref().and_then(|code| code.parse::<Lang>().ok());
    let lang = chosen.unwrap_or_else(|| super::request_lang(&req));
    let (ctx, cookie) = match session {
        Some(session) => (PageContext::for_session(&session, Section::None, lang), None),
        None => pre_login_context(&req, &state, lang),
    };
    let page = LoginPage {
        ctx,
        email: String::new(),
        languages: language_links(&next),
        next,
        error: None,
        notice,
        mfa_off_for_demo: state.config.mfa_off_for_demo,
    };
    let mut response = render_status(StatusCode::OK, &page)?;
    let language = chosen.map(|lang| super::language_cookie(&state.config, lang));
    for cookie in cookie.into_iter().chain(language) {
        response
            .add_cookie(&cookie)
            .map_err(|e| AppError::Unexpected(e.into()))?;
    }
    Ok(response)
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

const BAD_CREDENTIALS: &str = "auth-bad-credentials";

pub async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeSession(session): MaybeSession,
    form: web::Form<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let LoginForm {
        email,
        password,
        next,
    } = form.into_inner();
    let email = email.trim().to_lowercase();
    let next = safe_next(next.as_deref());
    let client = client_info(&req, &state.config);
    let lang = super::request_lang(&req);
    let ctx = match &session {
        Some(session) => PageContext::for_session(session, Section::None, lang),
        // The middleware checked the form's token against the pre-login cookie: it is there.
        None => pre_login_context(&req, &state, lang).0,
    };
    let mfa_off_for_demo = state.config.mfa_off_for_demo;
    let page = |status: StatusCode, error: Msg| {
        let page = LoginPage {
            ctx: ctx.clone(),
            email: email.clone(),
            next: next.clone(),
            error: Some(error),
            notice: None,
            languages: language_links(&next),
            mfa_off_for_demo,
        };
        render_status(status, &page)
    };

    if email.is_empty() || password.is_empty() {
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            Msg::new("auth-missing-credentials"),
        );
    }
    if email.chars().count() > 254 || password.chars().count() > 1024 {
        return page(StatusCode::UNAUTHORIZED, Msg::new(BAD_CREDENTIALS));
    }

    let mut conn = state.pool.get().await?;
    let account = users::find_for_login(&mut conn, &email).await?;
    drop(conn);
    let attempt = throttle::begin_attempt(&state.pool, &email, &client.ip, &state.config).await?;
    let refusal = match attempt {
        Attempt::Counted(id) => Ok(id),
        Attempt::LockedOut => Err("sign-in refused: too many recent failures"),
        Attempt::Busy => Err("sign-in refused: too many attempts at once"),
    };
    let attempt = match refusal {
        Ok(id) => id,
        Err(reason) => {
            let mut conn = state.pool.get().await?;
            tracing::warn!("{reason}");
            let target_id = account
                .as_ref()
                .map(|a| a.id.to_string())
                .unwrap_or_default();
            audit_refusal(&mut conn, Action::SignInFailed, target_id, reason, &client.ip).await?;
            let minutes = state.config.login_lockout.as_secs() / 60;
            let message = if attempt == Attempt::LockedOut {
                Msg::new("auth-too-many-failures").arg("minutes", minutes)
            } else {
                Msg::new("auth-too-many-at-once")
            };
            return page(StatusCode::TOO_MANY_REQUESTS, message);
        }
    };

    let stored = account.as_ref().map(|a| a.password_hash.clone());
    let verified = state
        .hasher
        .verify(SecretString::from(password), stored)
        .await?;

    let old_session = session.as_ref().map(|s| s.id);
    match account {
        Some(account) if verified && account.has_second_factor => {
            // The account's failures stay counted until the code is right too: a right password
            // does not buy more guesses at the code.
            let created = db::transaction(&state.pool, move |conn| {
                async move {
                    if let Some(old) = old_session {
                        session::delete(conn, old).await?;
                    }
                    let created = session::create_awaiting_code(conn, account.id, &client).await?;
                    throttle::forget(conn, attempt).await?;
                    Ok(created)
                }
                .boxed()
            })
            .await?;
            let location = match next.as_str() {
                "/" => "/login/mfa".to_owned(),
                next => format!(
                    "/login/mfa?next={}",
                    url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
                ),
            };
            Ok(HttpResponse::SeeOther()
                .cookie(session_cookie(&state.config, created.token))
                .insert_header((header::LOCATION, location))
                .finish())
        }
        Some(account) if verified => {
            let created = db::transaction(&state.pool, move |conn| {
                async move {
                    if let Some(old) = old_session {
                        session::delete(conn, old).await?;
                    }
                    let created = session::create(conn, account.id, &client).await?;
                    throttle::forget(conn, attempt).await?;
                    throttle::clear_for_account(conn, &email).await?;
                    audit::record(
                        conn,
                        Event {
                            actor: Actor {
                                user_id: Some(account.id),
                                organisation_id: Some(account.organisation_id),
                            },
                            action: Action::SignIn,
                            target_type: "user",
                            target_id: account.id.to_string(),
                            summary: "signed in".to_owned(),
                            ip: Some(&client.ip),
                        },
                    )
                    .await?;
                    Ok(created)
                }
                .boxed()
            })
            .await?;
            Ok(HttpResponse::SeeOther()
                .cookie(session_cookie(&state.config, created.token))
                .insert_header((header::LOCATION, next))
                .finish())
        }
        account => {
            // The attempt becomes a failure. What was typed is named only when it is an
            // account: an unknown "email" is sometimes a password typed in the wrong field.
            let (target_id, summary) = match &account {
                Some(known) => (known.id.to_string(), format!("failed sign-in as {email}")),
                None => (
                    String::new(),
                    "failed sign-in for an unknown account".to_owned(),
                ),
            };
            let mut conn = state.pool.get().await?;
            throttle::failed(&mut conn, attempt).await?;
            audit_refusal(&mut conn, Action::SignInFailed, target_id, &summary, &client.ip).await?;
            page(StatusCode::UNAUTHORIZED, Msg::new(BAD_CREDENTIALS))
        }
    }
}

/// A refused step of signing in, audited with nobody as the actor (the person is not signed
/// in): a wrong password or code, or a refusal of the throttle.
pub(super) async fn audit_refusal(
    conn: &mut diesel_async::AsyncPgConnection,
    action: Action,
    target_id: String,
    summary: &str,
    ip: &str,
) -> Result<(), AppError> {
    audit::record(
        conn,
        Event {
            actor: Actor::SYSTEM,
            action,
            target_type: "user",
            target_id,
            summary: summary.to_owned(),
            ip: Some(ip),
        },
    )
    .await?;
    Ok(())
}

/// Ends the session in the database, removes the cookie and asks the browser to forget what
/// it kept of this site.
pub async fn logout(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let ip = super::client_ip(&req, &state.config);
    let actor = Actor::user(&current.user);
    let user_id = current.user.id;
    let session_id = current.session_id;
    db::transaction(&state.pool, move |conn| {
        async move {
            session::delete(conn, session_id).await?;
            audit::record(
                conn,
                Event {
                    actor,
                    action: Action::SignOut,
                    target_type: "user",
                    target_id: user_id.to_string(),
                    summary: "signed out".to_owned(),
                    ip: Some(&ip),
                },
            )
            .await?;
            Ok(())
        }
        .boxed()
    })
    .await?;
    let mut response = signed_out(&state.config);
    response.insert_header(("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\""));
    // The browser forgets its cookies, the language one too: a language the user chose (on the
    // account, or with the switcher) is carried to the sign-in page, which sets it again.
    let chosen = current.user.language.or_else(|| {
        req.cookie(LANG_COOKIE)
            .and_then(|c| c.value().parse::<Lang>().ok())
    });
    if let Some(lang) = chosen {
        response.insert_header((
            header::LOCATION,
            format!("/login?signed_out=1&lang={}", lang.code()),
        ));
    }
    Ok(response.finish())
}
