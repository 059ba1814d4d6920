//! The account's second factor: setting it up with an authenticator app (the secret as text
//! and as a QR code drawn here, confirmed by a code), and recovery codes, shown once.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{DateTime, Utc};
use futures_util::FutureExt;
use serde::Deserialize;
use uuid::Uuid;

use crate::audit::{Action, Author, Change};
use crate::auth::throttle::{self, Attempt};
use crate::auth::{CurrentUser, second_factor, session, totp};
use crate::authz;
use crate::db;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{render_status, see_other};

/// What a person needs to add the account to an app.
pub struct Setup {
    pub grouped_secret: String,
    pub qr_svg: String,
}

#[derive(Template)]
#[template(path = "account/mfa.html")]
pub struct MfaPage {
    pub ctx: PageContext,
    /// The portal requires this account to have a second factor.
    pub required: bool,
    pub enrolled_at: Option<DateTime<Utc>>,
    pub unused_codes: i64,
    /// Shown while no factor is confirmed.
    pub setup: Option<Setup>,
    /// Recovery codes just issued: shown this once (only their hashes are kept).
    pub new_codes: Vec<String>,
    pub error: Option<Msg>,
}

impl MfaPage {
    pub fn total_codes(&self) -> usize {
        totp::RECOVERY_CODES
    }
}

async fn page(
    state: &AppState,
    current: &CurrentUser,
    new_codes: Vec<String>,
    error: Option<Msg>,
) -> Result<MfaPage, AppError> {
    let user = &current.user;
    let stored = stored(state, user.id).await?;
    let mut conn = state.pool.get().await?;
    let enrolled_at = stored.as_ref().and_then(|s| s.confirmed_at);
    let setup = if enrolled_at.is_some() {
        None
    } else {
        let pending = match stored {
            Some(pending) => pending,
            None => second_factor::pending_or_new(&mut conn, &state.keys, user.id)
                .await
                .map_err(AppError::Unexpected)?,
        };
        let label = Msg::new("account-mfa-qr-label").text(current.lang);
        Some(Setup {
            grouped_secret: totp::grouped_base32(&pending.secret),
            qr_svg: totp::qr_svg(&totp::otpauth_url(&pending.secret, &user.email), &label),
        })
    };
    let unused_codes = match enrolled_at {
        Some(_) => second_factor::unused_recovery_codes(&mut conn, user.id).await?,
        None => 0,
    };
    Ok(MfaPage {
        ctx: PageContext::new(current, Section::Account),
        required: authz::second_factor_required(state.config.mfa_required, user),
        enrolled_at,
        unused_codes,
        setup,
        new_codes,
        error,
    })
}

/// The account's second factor as stored (an enrolment in progress too).
async fn stored(state: &AppState, user: Uuid) -> Result<Option<second_factor::Stored>, AppError> {
    let mut conn = state.pool.get().await?;
    second_factor::find(&mut conn, &state.keys, user)
        .await
        .map_err(AppError::Unexpected)
}

/// The page again with the code's error beside its field.
async fn refused(
    state: &AppState,
    current: &CurrentUser,
    error: Msg,
) -> Result<HttpResponse, AppError> {
    render_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &page(state, current, Vec::new(), Some(error)).await?,
    )
}

pub async fn show(
    state: web::Data<AppState>,
    current: CurrentUser,
) -> Result<HttpResponse, AppError> {
    render_status(StatusCode::OK, &page(&state, &current, Vec::new(), None).await?)
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

/// Checks a typed code against `secret`, counted by the sign-in throttle like a password (a
/// borrowed session cannot guess codes here either). A wrong one is audited.
async fn check_code(
    state: &AppState,
    current: &CurrentUser,
    author: &Author,
    secret: &[u8],
    typed: &str,
) -> Result<Result<i64, Msg>, AppError> {
    if typed.trim().is_empty() {
        return Ok(Err(Msg::new("account-mfa-code-missing")));
    }
    let ip = author.ip.clone().unwrap_or_default();
    let attempt =
        match throttle::begin_attempt(&state.pool, &current.user.email, &ip, &state.config).await? {
            Attempt::Counted(id) => id,
            Attempt::LockedOut => return Ok(Err(Msg::new("auth-locked-out"))),
            Attempt::Busy => return Ok(Err(Msg::new("auth-busy"))),
        };
    let mut conn = state.pool.get().await?;
    match totp::matching_step(secret, typed, totp::now()) {
        Some(step) => {
            throttle::forget(&mut conn, attempt).await?;
            Ok(Ok(step))
        }
        None => {
            throttle::failed(&mut conn, attempt).await?;
            let failed = Change::new(
                Action::SecondFactorFailed,
                "user",
                current.user.id,
                "wrong code on the account's second-factor page",
            );
            author.apply(&mut conn, failed).await?;
            Ok(Err(Msg::new("account-mfa-code-wrong")))
        }
    }
}

/// Why recovery codes are issued.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Issue {
    /// The enrolment's code: it also confirms the factor and ends the account's other
    /// sessions (opened with a password alone).
    Enrolment,
    /// A new set for a confirmed factor, in place of the old.
    Renewal,
}

/// Takes the code's `step` and issues ten recovery codes in one transaction, with the audit
/// event. `None` when the step was already used (or the factor changed meanwhile).
async fn issue_codes(
    state: &AppState,
    current: &CurrentUser,
    author: Author,
    step: i64,
    issue: Issue,
) -> Result<Option<Vec<String>>, AppError> {
    let (user, keep) = (current.user.id, current.session_id);
    let enrolment = issue == Issue::Enrolment;
    db::transaction(&state.pool, move |conn| {
        async move {
            if !second_factor::accept_step(conn, user, step, enrolment).await? {
                return Ok(None);
            }
            let codes = second_factor::replace_recovery_codes(conn, user).await?;
            let change = if enrolment {
                session::delete_others_for_user(conn, user, keep).await?;
                let summary = "set up a second factor; other sessions ended";
                Change::new(Action::SecondFactorEnrolled, "user", user, summary)
            } else {
                let summary = "issued new recovery codes; the old ones no longer work";
                Change::new(Action::RecoveryCodesIssued, "user", user, summary)
            };
            author.apply(conn, change).await?;
            Ok(Some(codes))
        }
        .boxed()
    })
    .await
}

/// Confirms the enrolment with a code from the app: the factor is on, ten recovery codes are
/// issued and shown, and the account's other sessions (opened with a password alone) end.
pub async fn enrol(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    form: web::Form<CodeForm>,
) -> Result<HttpResponse, AppError> {
    let author = Author::of(&current, &req, &state.config);
    let pending = match stored(&state, current.user.id).await? {
        Some(stored) if stored.confirmed_at.is_some() => return Ok(see_other("/account/mfa")),
        Some(pending) => pending,
        // Reset by an administrator since the page was shown: a new secret, shown again.
        None => return refused(&state, &current, Msg::new("account-mfa-code-wrong")).await,
    };
    let step = match check_code(&state, &current, &author, &pending.secret, &form.code).await? {
        Ok(step) => step,
        Err(error) => return refused(&state, &current, error).await,
    };
    let codes = issue_codes(&state, &current, author, step, Issue::Enrolment).await?;
    match codes {
        Some(codes) => {
            let mut current = current;
            current.user.has_second_factor = true;
            render_status(StatusCode::OK, &page(&state, &current, codes, None).await?)
        }
        None => refused(&state, &current, Msg::new("account-mfa-code-wrong")).await,
    }
}

/// A new set of recovery codes in place of the old, for a code from the app: a session left
/// open somewhere cannot take the account's codes.
pub async fn new_recovery_codes(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    form: web::Form<CodeForm>,
) -> Result<HttpResponse, AppError> {
    let author = Author::of(&current, &req, &state.config);
    let factor = stored(&state, current.user.id).await?;
    let Some(factor) = factor.filter(|s| s.confirmed_at.is_some()) else {
        return Ok(see_other("/account/mfa"));
    };
    let step = match check_code(&state, &current, &author, &factor.secret, &form.code).await? {
        Ok(step) => step,
        Err(error) => return refused(&state, &current, error).await,
    };
    let codes = issue_codes(&state, &current, author, step, Issue::Renewal).await?;
    match codes {
        Some(codes) => render_status(StatusCode::OK, &page(&state, &current, codes, None).await?),
        None => refused(&state, &current, Msg::new("account-mfa-code-wrong")).await,
    }
}
