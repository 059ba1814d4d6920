//! What administrators keep for referrals, on one page (`/admin/referral-policy`): the
//! acknowledgement deadlines, and the list of checkpoints. A referral keeps the deadline it
//! was filed under; a checkpoint is never deleted (referrals name it), only retired.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use futures_util::FutureExt;
use serde::Deserialize;
use uuid::Uuid;

use super::model::{self, Checkpoint, Policy};
use crate::audit::{Action, Author, Change};
use crate::auth::CurrentUser;
use crate::authz::RequireAdmin;
use crate::domain::{FieldErrors, non_blank};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{FormVersion, HtmlForm, Saved, commit, commit_if_current, render_status, see_other};

#[derive(Template)]
#[template(path = "referrals/admin.html")]
pub struct AdminPage {
    pub ctx: PageContext,
    pub policy: Policy,
    pub values: PolicyValues,
    pub checkpoints: Vec<Checkpoint>,
    pub name: String,
    pub errors: FieldErrors,
    pub conflict: bool,
}

#[derive(Debug, Default, Clone, Deserialize)]
pub struct PolicyValues {
    #[serde(default)]
    pub ack_minutes_held: String,
    #[serde(default)]
    pub ack_minutes_continued: String,
    #[serde(default)]
    pub version: FormVersion,
}

impl PolicyValues {
    fn of(policy: &Policy) -> PolicyValues {
        PolicyValues {
            ack_minutes_held: policy.ack_minutes_held.to_string(),
            ack_minutes_continued: policy.ack_minutes_continued.to_string(),
            version: FormVersion(policy.version),
        }
    }

    /// The two deadlines in minutes: held travellers wait at the checkpoint (5 minutes to a
    /// day); one who continued may be reached later (5 minutes to a week).
    pub fn parse(&self) -> Result<(i32, i32), FieldErrors> {
        let mut errors = FieldErrors::default();
        let minutes = |typed: &str, max: i32| {
            typed
                .trim()
                .parse::<i32>()
                .ok()
                .filter(|m| (5..=max).contains(m))
                .ok_or_else(|| Msg::new("referral-policy-minutes-invalid").arg("max", max))
        };
        let held = errors.check("ack_minutes_held", minutes(&self.ack_minutes_held, 1440));
        let continued =
            errors.check("ack_minutes_continued", minutes(&self.ack_minutes_continued, 10080));
        match (held, continued) {
            (Some(held), Some(continued)) if errors.is_empty() => Ok((held, continued)),
            _ => Err(errors),
        }
    }
}

async fn page(
    state: &AppState,
    current: &CurrentUser,
    values: Option<PolicyValues>,
    name: String,
    errors: FieldErrors,
    conflict: bool,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let policy = model::policy(&mut conn).await?;
    let status = match (conflict, errors.is_empty()) {
        (true, _) => StatusCode::CONFLICT,
        (false, true) => StatusCode::OK,
        (false, false) => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let mut values = values.unwrap_or_else(|| PolicyValues::of(&policy));
    if conflict {
        values.version = FormVersion(policy.version);
    }
    render_status(
        status,
        &AdminPage {
            ctx: PageContext::new(current, Section::AdminReferrals),
            checkpoints: model::checkpoints(&mut conn).await?,
            policy,
            values,
            name,
            errors,
            conflict,
        },
    )
}

pub async fn index(
    state: web::Data<AppState>,
    RequireAdmin(current): RequireAdmin,
) -> Result<HttpResponse, AppError> {
    page(&state, &current, None, String::new(), FieldErrors::default(), false).await
}

pub async fn save_policy(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    HtmlForm(values): HtmlForm<PolicyValues>,
) -> Result<HttpResponse, AppError> {
    let (held, continued) = match values.parse() {
        Ok(minutes) => minutes,
        Err(errors) => return page(&state, &current, Some(values), String::new(), errors, false).await,
    };
    let author = Author::of(&current, &req, &state.config);
    let version = values.version.0;
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            let before = model::policy(conn).await?;
            if !model::set_policy(conn, version, held, continued).await? {
                return Ok(Saved::Stale);
            }
            Ok(Saved::Yes(
                Change::new(
                    Action::ReferralPolicyChanged,
                    "referral_policy",
                    "referral_policy",
                    format!(
                        "acknowledgement deadlines: held {} → {held} minutes, continued {} → {continued} minutes",
                        before.ack_minutes_held, before.ack_minutes_continued
                    ),
                )
                .flash(Msg::new("referral-policy-saved")),
            ))
        }
        .boxed()
    })
    .await?;
    match saved {
        Saved::Yes(()) => Ok(see_other("/admin/referral-policy")),
        Saved::Stale => {
            page(&state, &current, Some(values), String::new(), FieldErrors::default(), true).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct CheckpointValues {
    #[serde(default)]
    pub name: String,
}

pub async fn add_checkpoint(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    HtmlForm(values): HtmlForm<CheckpointValues>,
) -> Result<HttpResponse, AppError> {
    let mut errors = FieldErrors::default();
    let name = errors.check(
        "name",
        non_blank(&values.name, 100, "referral-checkpoint-name-missing"),
    );
    let mut conn = state.pool.get().await?;
    if let Some(name) = &name
        && model::checkpoints(&mut conn)
            .await?
            .iter()
            .any(|c| c.name.eq_ignore_ascii_case(name))
    {
        errors.add("name", Msg::new("referral-checkpoint-name-taken"));
    }
    drop(conn);
    let Some(name) = name.filter(|_| errors.is_empty()) else {
        return page(&state, &current, None, values.name, errors, false).await;
    };
    let author = Author::of(&current, &req, &state.config);
    let added = commit(&state.pool, author, move |conn, _| {
        async move {
            let id = model::insert_checkpoint(conn, &name).await?;
            Ok(Change::new(
                Action::ReferralCheckpointCreated,
                "referral_checkpoint",
                id,
                format!("checkpoint {name:?} added"),
            )
            .flash(Msg::new("referral-checkpoint-added").arg("name", name)))
        }
        .boxed()
    })
    .await;
    match added {
        Ok(()) => Ok(see_other("/admin/referral-policy#checkpoints")),
        // Added by someone else a moment before.
        Err(AppError::Duplicate(constraint)) if constraint == "referral_checkpoints_name_key" => {
            let mut errors = FieldErrors::default();
            errors.add("name", Msg::new("referral-checkpoint-name-taken"));
            page(&state, &current, None, values.name, errors, false).await
        }
        Err(other) => Err(other),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct ActiveValues {
    #[serde(default)]
    pub active: String,
}

/// Offers a checkpoint when filing again, or no longer.
pub async fn set_checkpoint_active(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<ActiveValues>,
) -> Result<HttpResponse, AppError> {
    let active = match values.active.as_str() {
        "true" => true,
        "false" => false,
        _ => return Err(AppError::BadRequest("active must be true or false")),
    };
    let id = *id;
    let author = Author::of(&current, &req, &state.config);
    commit(&state.pool, author, move |conn, _| {
        async move {
            if !model::set_checkpoint_active(conn, id, active).await? {
                return Err(AppError::NotFound);
            }
            let said = if active { "offered again" } else { "retired" };
            Ok(Change::new(
                Action::ReferralCheckpointChanged,
                "referral_checkpoint",
                id,
                format!("checkpoint {said}"),
            )
            .flash(Msg::new(if active {
                "referral-checkpoint-offered"
            } else {
                "referral-checkpoint-retired"
            })))
        }
        .boxed()
    })
    .await?;
    Ok(see_other("/admin/referral-policy#checkpoints"))
}
