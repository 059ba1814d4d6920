//! One request: its page (details, possible duplicates, the next steps, the timeline and who
//! has seen it), the workflow steps, notes, the assignment and the operation.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use diesel_async::AsyncPgConnection;
use futures_util::FutureExt;
use serde::Deserialize;
use uuid::Uuid;

use super::model::{self, EventKind, NewEntry, Operation, OrgRef, RequestCard, TimelineEntry, Viewing};
use crate::notifications::Teller;
use crate::audit::{self, Action, Author, Change};
use crate::auth::CurrentUser;
use crate::authz::{self, RescueScope};
use crate::domain::rescue::{Needs, RescueReference, RescueStatus, Step};
use crate::domain::{FieldErrors, Phone, long_text};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::pages::{PageContext, Section};
use crate::personal::Keyring;
use crate::state::AppState;
use crate::web::{FormVersion, HtmlForm, Saved, commit, commit_if_current, render_status, see_other};

#[derive(Template)]
#[template(path = "rescue_requests/show.html")]
pub struct RequestShow {
    pub ctx: PageContext,
    pub card: RequestCard,
    pub timeline: Vec<TimelineEntry>,
    pub duplicates: Vec<(Uuid, RescueReference)>,
    /// Who has seen the personal data; None when the reader may not know.
    pub viewings: Option<Vec<Viewing>>,
    /// The steps this reader may take from here.
    pub steps: Vec<Step>,
    pub can_update: bool,
    pub can_coordinate: bool,
    pub units: Vec<OrgRef>,
    pub officers: Vec<(Uuid, String, Uuid)>,
    pub operations: Vec<Operation>,
    /// What was typed into a form that was refused, kept.
    pub typed_step: String,
    pub typed_reason: String,
    pub typed_note: String,
    pub errors: FieldErrors,
    /// The request changed while the reader was deciding; the page shows it as stored now.
    pub conflict: bool,
}

impl RequestShow {
    async fn load(
        conn: &mut AsyncPgConnection,
        keys: &Keyring,
        current: &CurrentUser,
        scope: &RescueScope,
        card: RequestCard,
    ) -> Result<RequestShow, AppError> {
        let user = &current.user;
        let nationality = card.row.nationality.clone();
        let timeline = model::timeline(conn, keys, scope, card.row.id).await?;
        let duplicates = model::possible_duplicates(conn, keys, scope, &card).await?;
        let viewings = if authz::can_see_rescue_viewers(user, &nationality) {
            Some(model::viewings(conn, card.row.id).await?)
        } else {
            None
        };
        let steps = card
            .row
            .status
            .next_steps()
            .into_iter()
            .filter(|step| authz::can_take_rescue_step(user, &nationality, step.by))
            .collect();
        let can_coordinate = authz::can_coordinate_rescues(user);
        let (units, officers, operations) = if can_coordinate {
            let (units, officers) =
                model::units_and_officers(conn, card.row.assigned_org_id).await?;
            let mut operations = model::operations(conn).await?;
            // The form offers the newest operations; the request's own, however old, is among
            // them, so saving the form never takes the request out of it unasked.
            if let Some(own) = card.row.operation_id
                && !operations.iter().any(|op| op.id == own)
                && let Some(op) = model::operation(conn, own).await?
            {
                operations.push(op);
            }
            (units, officers, operations)
        } else {
            (Vec::new(), Vec::new(), Vec::new())
        };
        Ok(RequestShow {
            ctx: PageContext::new(current, Section::RescueRequests),
            timeline,
            duplicates,
            viewings,
            steps,
            can_update: authz::can_update_rescue_request(user, &nationality),
            can_coordinate,
            units,
            officers,
            operations,
            typed_step: String::new(),
            typed_reason: String::new(),
            typed_note: String::new(),
            errors: FieldErrors::default(),
            conflict: false,
            card,
        })
    }

    /// The person's phone numbers as people read them.
    pub fn phones(&self) -> Vec<Phone> {
        self.card
            .personal
            .as_ref()
            .map(|p| {
                p.person
                    .phones
                    .iter()
                    .map(|n| Phone::from_e164_unchecked(n.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// What a timeline entry says after the person's name.
    pub fn entry_message(&self, entry: &TimelineEntry) -> &'static str {
        match entry.kind {
            EventKind::Filed => "rescue-timeline-filed",
            EventKind::Status => "rescue-timeline-moved",
            EventKind::Note => "rescue-timeline-noted",
            EventKind::Edit => "rescue-timeline-edited",
            EventKind::Assigned => "rescue-timeline-assigned",
            EventKind::Operation => "rescue-timeline-operation",
        }
    }

    /// The labels of the fields an edit changed, as stored in its timeline entry.
    pub fn edited_fields(&self, entry: &TimelineEntry) -> Vec<&'static str> {
        entry
            .body
            .as_deref()
            .unwrap_or("")
            .split(',')
            .filter_map(super::values::field_label)
            .collect()
    }

    pub fn is_typed_step(&self, step: &Step) -> bool {
        self.typed_step == step.to.as_str()
    }

    /// The message that asks for a step's fact, if it needs one.
    pub fn needs_label(&self, step: &Step) -> Option<&'static str> {
        match step.needs {
            Needs::Nothing => None,
            Needs::Place => Some("rescue-step-place"),
            Needs::Reason if step.from.is_end() => Some("rescue-step-reopen-reason"),
            Needs::Reason if step.to == RescueStatus::Closed => Some("rescue-step-outcome"),
            Needs::Reason => Some("rescue-step-reason"),
        }
    }
}

/// The request, if the user may read it; 404 otherwise, so its existence is not revealed.
pub(super) async fn visible(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    scope: &RescueScope,
    id: Uuid,
) -> Result<RequestCard, AppError> {
    model::find(conn, keys, scope, id).await?.ok_or(AppError::NotFound)
}

/// Writes that someone saw a request's personal data: every view is audited, and the page of
/// the request lists them for its country and the coordinators.
pub(super) async fn audit_view(
    conn: &mut AsyncPgConnection,
    req: &HttpRequest,
    state: &AppState,
    current: &CurrentUser,
    card: &RequestCard,
    what: &str,
) -> Result<(), AppError> {
    if card.personal.is_none() {
        return Ok(());
    }
    let summary = format!("{}: {what}", card.row.reference());
    let target = ("rescue_request", card.row.id);
    let action = Action::RescueRequestViewed;
    audit::record_view(conn, req, &state.config, current, action, target, summary).await?;
    Ok(())
}

pub async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::rescue_scope(&current.user);
    let card = visible(&mut conn, &state.keys, &scope, *id).await?;
    audit_view(&mut conn, &req, &state, &current, &card, "viewed").await?;
    let page = RequestShow::load(&mut conn, &state.keys, &current, &scope, card).await?;
    render_status(StatusCode::OK, &page)
}

#[derive(Debug, Default, Deserialize)]
pub struct StepValues {
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub version: FormVersion,
}

/// The page again with what was typed: after a refusal (422), or a change that landed first
/// (409).
#[allow(clippy::too_many_arguments)]
async fn again(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    current: &CurrentUser,
    scope: &RescueScope,
    card: RequestCard,
    fill: impl FnOnce(&mut RequestShow),
    errors: FieldErrors,
    conflict: bool,
) -> Result<HttpResponse, AppError> {
    let mut page = RequestShow::load(conn, &state.keys, current, scope, card).await?;
    page.errors = errors;
    page.conflict = conflict;
    fill(&mut page);
    let status = if conflict {
        StatusCode::CONFLICT
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(status, &page)
}

/// Takes a step of the workflow. The rules are `RescueStatus::step` (which moves exist, what
/// they need) and `authz::can_take_rescue_step` (who takes them).
pub async fn take_step(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<StepValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::rescue_scope(&current.user);
    let card = visible(&mut conn, &state.keys, &scope, *id).await?;
    let user = &current.user;
    let nationality = card.row.nationality.clone();
    // Someone who may take no step at all (an observer) is refused before the form's values
    // are looked at.
    if !scope.sees_personal_data() {
        return Err(AppError::Forbidden);
    }
    let from = card.row.status;
    let mut errors = FieldErrors::default();
    let to = errors.check("status", values.status.parse::<RescueStatus>());
    let reason = errors.check("reason", long_text(&values.reason, 2_000));
    let step = to.and_then(|to| from.step(to));
    match (to, &step) {
        (Some(to), None) => errors.add(
            "status",
            Msg::new("rescue-step-not-allowed")
                .arg("from", Msg::new(from.message_id()))
                .arg("to", Msg::new(to.message_id())),
        ),
        (_, Some(step)) if !authz::can_take_rescue_step(user, &nationality, step.by) => {
            return Err(AppError::Forbidden);
        }
        (_, Some(step))
            if step.needs != Needs::Nothing && reason.as_deref().is_some_and(str::is_empty) =>
        {
            let id = match step.needs {
                Needs::Place => "rescue-step-place-missing",
                _ => "rescue-step-reason-missing",
            };
            errors.add("reason", Msg::new(id));
        }
        _ => {}
    }
    let stale = values.version.0 != card.row.version;
    let accepted = match (step, reason) {
        (Some(step), Some(reason)) if errors.is_empty() && !stale => Some((step, reason)),
        _ => None,
    };
    let Some((step, reason)) = accepted else {
        let fill = |page: &mut RequestShow| {
            page.typed_step = values.status.clone();
            page.typed_reason = values.reason.clone();
        };
        return again(&mut conn, &state, &current, &scope, card, fill, errors, stale).await;
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let teller = Teller::of(&current, &state.config);
    let keys = Arc::clone(&state.keys);
    let actor = user.id;
    let row = card.row.clone();
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            if !model::set_status(conn, row.id, row.version, step.to).await? {
                return Ok(Saved::Stale);
            }
            let entry = NewEntry::Status {
                from: step.from,
                to: step.to,
            };
            model::add_event(conn, &keys, row.id, actor, entry, &reason).await?;
            let reference = row.reference();
            let said = reference.to_string();
            super::notices::moved(conn, &teller, (row.id, &said), &row.nationality, step.to).await?;
            let summary = format!(
                "{reference}: {} → {}",
                step.from.as_str(),
                step.to.as_str()
            );
            Ok(Saved::Yes(
                Change::new(Action::RescueRequestStatusChanged, "rescue_request", row.id, summary)
                    .flash(
                        Msg::new("rescue-step-taken")
                            .arg("reference", reference.to_string())
                            .arg("status", Msg::new(step.to.message_id())),
                    ),
            ))
        }
        .boxed()
    })
    .await?;
    match saved {
        Saved::Yes(()) => Ok(see_other(&format!("/rescue-requests/{}", card.row.id))),
        Saved::Stale => {
            let mut conn = state.pool.get().await?;
            let stored = visible(&mut conn, &state.keys, &scope, card.row.id).await?;
            let fill = |page: &mut RequestShow| {
                page.typed_step = values.status.clone();
                page.typed_reason = values.reason.clone();
            };
            again(&mut conn, &state, &current, &scope, stored, fill, FieldErrors::default(), true).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct NoteValues {
    #[serde(default)]
    pub note: String,
}

/// A note on the timeline: the country and the coordinators.
pub async fn add_note(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<NoteValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::rescue_scope(&current.user);
    let card = visible(&mut conn, &state.keys, &scope, *id).await?;
    if !authz::can_update_rescue_request(&current.user, &card.row.nationality) {
        return Err(AppError::Forbidden);
    }
    let note = match long_text(&values.note, 5_000) {
        Ok(text) if !text.is_empty() => text,
        outcome => {
            let mut errors = FieldErrors::default();
            errors.add(
                "note",
                outcome.err().unwrap_or_else(|| Msg::new("rescue-note-missing")),
            );
            let fill = |page: &mut RequestShow| page.typed_note = values.note.clone();
            return again(&mut conn, &state, &current, &scope, card, fill, errors, false).await;
        }
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let keys = Arc::clone(&state.keys);
    let actor = current.user.id;
    let row = card.row.clone();
    commit(&state.pool, author, move |conn, _| {
        async move {
            model::add_event(conn, &keys, row.id, actor, NewEntry::Note, &note).await?;
            let reference = row.reference();
            Ok(Change::new(
                Action::RescueRequestNoted,
                "rescue_request",
                row.id,
                format!("{reference}: note added"),
            )
            .flash(Msg::new("rescue-note-added").arg("reference", reference.to_string())))
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/rescue-requests/{}#timeline", card.row.id)))
}

#[derive(Debug, Default, Deserialize)]
pub struct AssignValues {
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub officer: String,
    #[serde(default)]
    pub version: FormVersion,
}

/// Assigns a Thai unit and, optionally, one of its officers (coordinators).
pub async fn assign(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<AssignValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::rescue_scope(&current.user);
    let card = visible(&mut conn, &state.keys, &scope, *id).await?;
    if !authz::can_coordinate_rescues(&current.user) {
        return Err(AppError::Forbidden);
    }
    let chosen = values.unit.trim().parse::<Uuid>().ok();
    let (units, officers) = model::units_and_officers(&mut conn, chosen).await?;
    let mut errors = FieldErrors::default();
    let unit = match values.unit.trim() {
        "" => None,
        _ => {
            let found = chosen.and_then(|id| units.iter().find(|u| u.id == id));
            if found.is_none() {
                errors.add("unit", Msg::new("rescue-assign-unit-unknown"));
            }
            found.cloned()
        }
    };
    let officer = match values.officer.trim() {
        "" => None,
        text => {
            let found = text
                .parse::<Uuid>()
                .ok()
                .and_then(|id| officers.iter().find(|o| o.0 == id))
                .filter(|o| unit.as_ref().is_some_and(|u| u.id == o.2));
            if found.is_none() {
                errors.add("officer", Msg::new("rescue-assign-officer-unknown"));
            }
            found.cloned()
        }
    };
    let stale = values.version.0 != card.row.version;
    if !errors.is_empty() || stale {
        return again(&mut conn, &state, &current, &scope, card, |_| {}, errors, stale).await;
    }
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let keys = Arc::clone(&state.keys);
    let actor = current.user.id;
    let row = card.row.clone();
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            let unit_id = unit.as_ref().map(|u| u.id);
            let officer_id = officer.as_ref().map(|o| o.0);
            if !model::assign(conn, row.id, row.version, unit_id, officer_id).await? {
                return Ok(Saved::Stale);
            }
            // The timeline keeps the unit's code and the officer's name (data, not words); an
            // empty text is "not assigned", written in the reader's language.
            let said = match (&unit, &officer) {
                (Some(unit), Some(officer)) => format!("{} ({})", unit.code, officer.1),
                (Some(unit), None) => unit.code.clone(),
                _ => String::new(),
            };
            model::add_event(conn, &keys, row.id, actor, NewEntry::Assigned, &said).await?;
            let said = if said.is_empty() { "nobody".to_owned() } else { said };
            let reference = row.reference();
            Ok(Saved::Yes(
                Change::new(
                    Action::RescueRequestAssigned,
                    "rescue_request",
                    row.id,
                    format!("{reference}: assigned to {said}"),
                )
                .flash(Msg::new("rescue-assigned").arg("reference", reference.to_string())),
            ))
        }
        .boxed()
    })
    .await?;
    match saved {
        Saved::Yes(()) => Ok(see_other(&format!("/rescue-requests/{}", card.row.id))),
        Saved::Stale => {
            let mut conn = state.pool.get().await?;
            let stored = visible(&mut conn, &state.keys, &scope, card.row.id).await?;
            again(&mut conn, &state, &current, &scope, stored, |_| {}, FieldErrors::default(), true).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct OperationValues {
    #[serde(default)]
    pub operation: String,
}

/// Puts the request into a rescue operation, or takes it out (coordinators).
pub async fn set_operation(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<OperationValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::rescue_scope(&current.user);
    let card = visible(&mut conn, &state.keys, &scope, *id).await?;
    if !authz::can_coordinate_rescues(&current.user) {
        return Err(AppError::Forbidden);
    }
    let operation = match values.operation.trim() {
        "" => None,
        text => {
            let found = match text.parse::<Uuid>() {
                Ok(op) => model::operation(&mut conn, op).await?,
                Err(_) => None,
            };
            if found.is_none() {
                let mut errors = FieldErrors::default();
                errors.add("operation", Msg::new("rescue-operation-unknown"));
                return again(&mut conn, &state, &current, &scope, card, |_| {}, errors, false)
                    .await;
            }
            found
        }
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let keys = Arc::clone(&state.keys);
    let actor = current.user.id;
    let row = card.row.clone();
    commit(&state.pool, author, move |conn, _| {
        async move {
            model::set_operation(conn, row.id, operation.as_ref().map(|o| o.id)).await?;
            let said = operation
                .as_ref()
                .map_or("none".to_owned(), |o| format!("{} ({})", o.name, o.id));
            let named = operation.as_ref().map_or("", |o| o.name.as_str());
            model::add_event(conn, &keys, row.id, actor, NewEntry::Operation, named).await?;
            let reference = row.reference();
            // Audited on the request, so its own history shows it; the operation is named.
            Ok(Change::new(
                Action::RescueOperationChanged,
                "rescue_request",
                row.id,
                format!("{reference}: operation {said}"),
            )
            .flash(Msg::new("rescue-operation-set").arg("reference", reference.to_string())))
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/rescue-requests/{}", card.row.id)))
}
