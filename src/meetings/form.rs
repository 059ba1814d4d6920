//! Creating and editing a meeting: its details, participants and agenda, in one form (the
//! values and their parsing are in `values`).

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use futures_util::FutureExt;
use uuid::Uuid;

use super::item::visible;
use super::model::{self, MeetingCard};
use super::values::{self, AgendaRow, MeetingValues};
use crate::action_items::model::OrgRef;
use crate::audit::{Action, Author, Change};
use crate::auth::CurrentUser;
use crate::authz::RequireMeetingRunner;
use crate::domain::{FieldErrors, TimeZone};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::orgs::model::Organisation;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{FormVersion, HtmlForm, Saved, commit, commit_if_current, render, render_status, see_other};

#[derive(Template)]
#[template(path = "meetings/form.html")]
pub struct MeetingForm {
    pub ctx: PageContext,
    pub values: MeetingValues,
    pub rows: Vec<AgendaRow>,
    pub errors: FieldErrors,
    pub editing: Option<MeetingCard>,
    /// Set when someone else saved first: the meeting as stored now.
    pub conflict: Option<MeetingCard>,
    pub orgs: Arc<Vec<Organisation>>,
    pub time_zones: Vec<&'static str>,
}

impl MeetingForm {
    fn new(current: &CurrentUser, values: MeetingValues, orgs: Arc<Vec<Organisation>>) -> MeetingForm {
        MeetingForm {
            ctx: PageContext::new(current, Section::Meetings),
            rows: values.rows_with_blanks(),
            values,
            errors: FieldErrors::default(),
            editing: None,
            conflict: None,
            orgs,
            time_zones: TimeZone::all_names(),
        }
    }

    fn action(&self) -> String {
        match &self.editing {
            Some(card) => format!("/meetings/{}/edit", card.meeting.id),
            None => "/meetings".into(),
        }
    }
}

/// Parses the form and finds its organisations; a meeting being edited keeps organisations
/// deactivated since they were added.
fn accept(
    values: &MeetingValues,
    orgs: &[Organisation],
    editing: Option<&MeetingCard>,
) -> Result<model::MeetingFields, FieldErrors> {
    let kept: Vec<OrgRef> = editing
        .map(|c| c.participants.iter().map(|p| p.org.clone()).collect())
        .unwrap_or_default();
    values::accept(values, orgs, &kept)
}

pub async fn new_form(
    state: web::Data<AppState>,
    RequireMeetingRunner(current): RequireMeetingRunner,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let orgs = state.orgs.active(&mut conn, current.directory_version).await?;
    let values = MeetingValues {
        time_zone: current.user.time_zone.name().to_owned(),
        participants: vec![current.user.org_code.clone()],
        ..MeetingValues::default()
    };
    render(&MeetingForm::new(&current, values, orgs))
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireMeetingRunner(current): RequireMeetingRunner,
    HtmlForm(values): HtmlForm<MeetingValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let orgs = state.orgs.active(&mut conn, current.directory_version).await?;
    drop(conn);
    let fields = match accept(&values, &orgs, None) {
        Ok(fields) => fields,
        Err(errors) => {
            let mut page = MeetingForm::new(&current, values, orgs);
            page.errors = errors;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let author = Author::of(&current, &req, &state.config);
    let creator = current.user.id;
    let id = commit(&state.pool, author, move |conn, _| {
        async move {
            let id = model::insert(conn, &fields, creator).await?;
            Ok(
                Change::new(Action::MeetingCreated, "meeting", id, format!("created {}", fields.summary()))
                    .flash(Msg::new("meetings-created").arg("title", fields.title.clone()))
                    .returning(id),
            )
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/meetings/{id}")))
}

pub async fn edit_form(
    state: web::Data<AppState>,
    RequireMeetingRunner(current): RequireMeetingRunner,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id).await?;
    let agenda = model::agenda(&mut conn, card.meeting.id).await?;
    let orgs = state.orgs.active(&mut conn, current.directory_version).await?;
    let mut page = MeetingForm::new(&current, MeetingValues::of(&card, &agenda), orgs);
    page.editing = Some(card);
    render(&page)
}

pub async fn update(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireMeetingRunner(current): RequireMeetingRunner,
    id: web::Path<Uuid>,
    HtmlForm(mut values): HtmlForm<MeetingValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id).await?;
    let orgs = state.orgs.active(&mut conn, current.directory_version).await?;
    drop(conn);
    let fields = match accept(&values, &orgs, Some(&card)) {
        Ok(fields) => fields,
        Err(errors) => {
            let mut page = MeetingForm::new(&current, values, orgs);
            page.errors = errors;
            page.editing = Some(card);
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let author = Author::of(&current, &req, &state.config);
    let meeting = card.meeting.id;
    let version = values.version.0;
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            if !model::update(conn, meeting, version, &fields).await? {
                return Ok(Saved::Stale);
            }
            let change = Change::new(Action::MeetingUpdated, "meeting", meeting, format!("now {}", fields.summary()));
            Ok(Saved::Yes(change.flash(Msg::new("meetings-saved").arg("title", fields.title.clone()))))
        }
        .boxed()
    })
    .await?;
    match saved {
        Saved::Yes(()) => Ok(see_other(&format!("/meetings/{meeting}"))),
        Saved::Stale => {
            let mut conn = state.pool.get().await?;
            let stored = visible(&mut conn, &current.user, meeting).await?;
            // What was typed comes back against the current version, so a second submit is a
            // deliberate overwrite.
            values.version = FormVersion(stored.meeting.version);
            let mut page = MeetingForm::new(&current, values, orgs);
            page.editing = Some(stored.clone());
            page.conflict = Some(stored);
            render_status(StatusCode::CONFLICT, &page)
        }
    }
}
