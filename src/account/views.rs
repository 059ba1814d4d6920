use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use futures_util::FutureExt;
use secrecy::SecretString;
use serde::Deserialize;
use uuid::Uuid;

use crate::audit::{Action, Author, Change};
use crate::auth::session::{self, ActiveSession, Flash};
use crate::auth::throttle::Attempt;
use crate::auth::{CurrentUser, client_info, session_cookie, signed_out, throttle};
use crate::authz;
use crate::domain::{FieldErrors, NewPassword, TimeZone};
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::users::model as users;
use crate::web::{HtmlForm, commit, render, render_status, see_other};

#[derive(Template)]
#[template(path = "account/show.html")]
pub struct AccountPage {
    pub ctx: PageContext,
    pub sessions: Vec<ActiveSession>,
    pub current_session: Uuid,
    pub time_zones: Vec<&'static str>,
    pub selected_time_zone: String,
    /// The language stored with the account (`None`: the browser's).
    pub language: Option<Lang>,
    pub languages: [Lang; 7],
    pub errors: FieldErrors,
    /// When the user's calendar feed URL was made; None without one.
    pub feed_made_at: Option<chrono::DateTime<chrono::Utc>>,
    /// A feed URL just made: shown this once (only its hash is kept).
    pub new_feed_url: Option<String>,
    /// The kinds of notification kept out of email.
    pub email_off: Vec<crate::domain::notification::Kind>,
    pub kinds: [crate::domain::notification::Kind; 11],
}

impl AccountPage {
    fn is_chosen(&self, lang: &Lang) -> bool {
        self.language == Some(*lang)
    }

    fn by_email(&self, kind: &crate::domain::notification::Kind) -> bool {
        !kind.email_can_be_turned_off() || !self.email_off.contains(kind)
    }
}

pub(crate) async fn account_page(
    state: &AppState,
    current: &CurrentUser,
    selected_time_zone: String,
    errors: FieldErrors,
) -> Result<AccountPage, AppError> {
    let mut conn = state.pool.get().await?;
    let sessions = session::list_for_user(&mut conn, current.user.id, &state.config).await?;
    let feed_made_at = crate::meetings::model::feed_made_at(&mut conn, current.user.id).await?;
    let email_off = crate::notifications::model::email_off(&mut conn, current.user.id).await?;
    Ok(AccountPage {
        ctx: PageContext::new(current, Section::Account),
        sessions,
        current_session: current.session_id,
        time_zones: chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect(),
        selected_time_zone,
        language: current.user.language,
        languages: Lang::ALL,
        errors,
        feed_made_at,
        new_feed_url: None,
        email_off,
        kinds: crate::domain::notification::Kind::ALL,
    })
}

pub async fn show(
    state: web::Data<AppState>,
    current: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let tz = current.user.time_zone.name().to_owned();
    render(&account_page(&state, &current, tz, FieldErrors::default()).await?)
}

#[derive(Template)]
#[template(path = "account/password.html")]
pub struct PasswordPage {
    pub ctx: PageContext,
    pub forced: bool,
    pub errors: FieldErrors,
}

pub async fn password_form(current: CurrentUser) -> Result<HttpResponse, AppError> {
    render(&PasswordPage {
        forced: current.user.must_change_password,
        ctx: PageContext::new(&current, Section::Account),
        errors: FieldErrors::default(),
    })
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
    #[serde(default)]
    confirm_password: String,
}

/// Changing the password ends every session of the account, this one included, and opens a
/// fresh one for this browser: whoever else held a session is out.
pub async fn change_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    HtmlForm(form): HtmlForm<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let client = client_info(&req, &state.config);
    let author = Author::of(&current, &req, &state.config);
    let mut errors = FieldErrors::default();
    let new_password = errors.check(
        "new_password",
        NewPassword::parse(&form.new_password, Some(&current.user.email)),
    );
    if form.new_password != form.confirm_password {
        errors.add(
            "confirm_password",
            Msg::new("account-passwords-differ"),
        );
    }
    if !form.current_password.is_empty() && form.current_password == form.new_password {
        errors.add(
            "new_password",
            Msg::new("account-password-unchanged"),
        );
    }

    // Every check of the current password counts towards the same throttle as sign-in (and
    // only a correct one is forgotten), so a borrowed session cannot be used to guess it.
    if form.current_password.is_empty() {
        errors.add("current_password", Msg::new("account-current-password-missing"));
    } else {
        let attempt =
            throttle::begin_attempt(&state.pool, &current.user.email, &client.ip, &state.config)
                .await?;
        match attempt {
            Attempt::LockedOut => errors.add(
                "current_password",
                Msg::new("auth-locked-out"),
            ),
            Attempt::Busy => errors.add(
                "current_password",
                Msg::new("auth-busy"),
            ),
            Attempt::Counted(attempt) => {
                let mut conn = state.pool.get().await?;
                let stored = users::password_hash(&mut conn, current.user.id).await?;
                drop(conn);
                let ok = state
                    .hasher
                    .verify(
                        SecretString::from(form.current_password.clone()),
                        Some(stored),
                    )
                    .await?;
                let mut conn = state.pool.get().await?;
                if ok {
                    throttle::forget(&mut conn, attempt).await?;
                } else {
                    throttle::failed(&mut conn, attempt).await?;
                    let failed = Change::new(
                        Action::PasswordChangeFailed,
                        "user",
                        current.user.id,
                        "wrong current password when changing the password",
                    );
                    author.apply(&mut conn, failed).await?;
                    errors.add("current_password", Msg::new("account-current-password-wrong"));
                }
            }
        }
    }

    let new_password = match new_password {
        Some(password) if errors.is_empty() => password,
        _ => {
            let page = PasswordPage {
                forced: current.user.must_change_password,
                ctx: PageContext::new(&current, Section::Account),
                errors,
            };
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };

    let hash = state.hasher.hash(new_password.into_secret()).await?;
    let user = current.user.clone();
    // This session ends with the others; the confirmation goes to the fresh one.
    let created = commit(&state.pool, author, move |conn, _| {
        async move {
            users::set_password(conn, user.id, &hash, false).await?;
            session::delete_all_for_user(conn, user.id).await?;
            let created = session::create(conn, user.id, &client).await?;
            session::set_flash(
                conn,
                created.id,
                Flash::success(Msg::new("account-password-changed")),
            )
            .await?;
            let summary = "changed their password; all sessions ended";
            Ok(Change::new(Action::PasswordChanged, "user", user.id, summary).returning(created))
        }
        .boxed()
    })
    .await?;
    Ok(HttpResponse::SeeOther()
        .cookie(session_cookie(&state.config, created.token))
        .insert_header((header::LOCATION, "/account"))
        .finish())
}

#[derive(Deserialize)]
pub struct TimeZoneForm {
    #[serde(default)]
    time_zone: String,
}

pub async fn set_time_zone(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    HtmlForm(form): HtmlForm<TimeZoneForm>,
) -> Result<HttpResponse, AppError> {
    let time_zone = match TimeZone::parse(&form.time_zone) {
        Ok(tz) => tz,
        Err(message) => {
            let mut errors = FieldErrors::default();
            errors.add("time_zone", message);
            let page = account_page(&state, &current, form.time_zone.clone(), errors).await?;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let author = Author::of(&current, &req, &state.config);
    let user = current.user.clone();
    commit(&state.pool, author, move |conn, _| {
        async move {
            users::set_time_zone(conn, user.id, time_zone.name()).await?;
            let summary = format!("time zone {} → {}", user.time_zone.name(), time_zone.name());
            Ok(Change::new(Action::TimeZoneChanged, "user", user.id, summary)
                .flash(Msg::new("account-time-zone-saved").arg("zone", time_zone.name())))
        }
        .boxed()
    })
    .await?;
    Ok(see_other("/account"))
}

#[derive(Deserialize)]
pub struct LanguageForm {
    /// A language code, or empty to follow the browser.
    #[serde(default)]
    language: String,
}

/// Stores the language the account reads the portal in; the confirmation is already in it.
pub async fn set_language(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    HtmlForm(form): HtmlForm<LanguageForm>,
) -> Result<HttpResponse, AppError> {
    let language = match form.language.trim() {
        "" => None,
        code => Some(code.parse::<Lang>().map_err(|_| AppError::BadRequest("an unknown language"))?),
    };
    let author = Author::of(&current, &req, &state.config);
    let user = current.user.clone();
    commit(&state.pool, author, move |conn, _| {
        async move {
            users::set_language(conn, user.id, language.map(Lang::code)).await?;
            let name = |l: Option<Lang>| l.map_or("browser", Lang::code);
            let summary = format!("language {} → {}", name(user.language), name(language));
            let confirmation = match language {
                Some(lang) => Msg::new("account-language-saved").arg("language", lang.autonym()),
                None => Msg::new("account-language-browser-saved"),
            };
            Ok(Change::new(Action::LanguageChanged, "user", user.id, summary).flash(confirmation))
        }
        .boxed()
    })
    .await?;
    // The browser keeps the choice for the sign-in page; "the browser's language" forgets a
    // switcher's choice, so that `Accept-Language` decides again.
    let cookie = match language {
        Some(lang) => crate::auth::language_cookie(&state.config, lang),
        None => crate::auth::language_removal_cookie(&state.config),
    };
    let mut response = see_other("/account");
    response
        .add_cookie(&cookie)
        .map_err(|e| AppError::Unexpected(e.into()))?;
    Ok(response)
}

/// Ends one of the user's own sessions (a lost phone, a shared computer). Someone else's
/// session answers 404, as if it did not exist.
pub async fn revoke_session(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let target = path.into_inner();
    let author = Author::of(&current, &req, &state.config);
    let user = current.user.clone();
    let session_id = current.session_id;
    commit(&state.pool, author, move |conn, _| {
        async move {
            let owner = session::owner(conn, target).await?;
            if !owner.is_some_and(|owner| authz::can_revoke_session(&user, owner)) {
                return Err(AppError::NotFound);
            }
            session::delete(conn, target).await?;
            let change = Change::new(
                Action::SessionRevoked,
                "session",
                target,
                "ended one of their sessions",
            );
            // Ending this very session signs out: nobody is left to confirm it to.
            Ok(if target == session_id {
                change
            } else {
                change.flash(Msg::new("account-session-signed-out"))
            })
        }
        .boxed()
    })
    .await?;
    if target == session_id {
        return Ok(signed_out(&state.config).finish());
    }
    Ok(see_other("/account"))
}
