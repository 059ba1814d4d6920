//! Recording who came: for each participating organisation, present, absent or excused, and
//! the people who came, ticked among its accounts or typed with their positions.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use diesel_async::AsyncPgConnection;
use futures_util::FutureExt;
use uuid::Uuid;

use super::item::visible;
use super::model::{self, MeetingCard, Participant};
use super::values::{AttendanceValues, parse_attendance};
use crate::action_items::model::Person;
use crate::audit::{Action, Author, Change};
use crate::auth::CurrentUser;
use crate::authz::RequireMeetingRunner;
use crate::domain::FieldErrors;
use crate::domain::meeting::Attendance;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{FormVersion, HtmlForm, Saved, commit_if_current, render, render_status, see_other};

#[derive(Template)]
#[template(path = "meetings/attendance.html")]
pub struct AttendanceForm {
    pub ctx: PageContext,
    pub card: MeetingCard,
    pub values: AttendanceValues,
    pub accounts: Vec<Person>,
    pub errors: FieldErrors,
    pub conflict: bool,
    pub choices: [Attendance; 4],
}

impl AttendanceForm {
    async fn load(
        conn: &mut AsyncPgConnection,
        current: &CurrentUser,
        card: MeetingCard,
        values: Option<AttendanceValues>,
    ) -> Result<AttendanceForm, AppError> {
        let orgs: Vec<Uuid> = card.participants.iter().map(|p| p.org.id).collect();
        let accounts = model::accounts_of(conn, &orgs).await?;
        let values = match values {
            Some(values) => values,
            None => AttendanceValues::of(&card, &model::attendees(conn, card.meeting.id).await?),
        };
        Ok(AttendanceForm {
            ctx: PageContext::new(current, Section::Meetings),
            card,
            values,
            accounts,
            errors: FieldErrors::default(),
            conflict: false,
            choices: Attendance::ALL,
        })
    }

    pub fn accounts_of(&self, participant: &Participant) -> Vec<&Person> {
        self.accounts
            .iter()
            .filter(|a| a.org_id == participant.org.id)
            .collect()
    }

    pub fn attendance_of(&self, participant: &Participant) -> String {
        self.values.row(&participant.org.code).0
    }

    pub fn people_of(&self, participant: &Participant) -> String {
        self.values.row(&participant.org.code).1
    }
}

pub async fn form(
    state: web::Data<AppState>,
    RequireMeetingRunner(current): RequireMeetingRunner,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id).await?;
    render(&AttendanceForm::load(&mut conn, &current, card, None).await?)
}

pub async fn save(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireMeetingRunner(current): RequireMeetingRunner,
    id: web::Path<Uuid>,
    HtmlForm(mut values): HtmlForm<AttendanceValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id).await?;
    let orgs: Vec<Uuid> = card.participants.iter().map(|p| p.org.id).collect();
    let accounts = model::accounts_of(&mut conn, &orgs).await?;
    let rows = match parse_attendance(&values, &card, &accounts) {
        Ok(rows) => rows,
        Err(errors) => {
            let mut page = AttendanceForm::load(&mut conn, &current, card, Some(values)).await?;
            page.errors = errors;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let meeting = card.meeting.id;
    let title = card.meeting.title.clone();
    let version = values.version.0;
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            if !model::set_attendance(conn, meeting, version, &rows).await? {
                return Ok(Saved::Stale);
            }
            let present = rows.iter().filter(|r| r.attendance == Attendance::Present).count();
            let people: usize = rows.iter().map(|r| r.people.len()).sum();
            let summary = format!(
                "attendance of {title:?}: {present} of {} organisations present, {people} people",
                rows.len()
            );
            Ok(Saved::Yes(
                Change::new(Action::MeetingAttendanceRecorded, "meeting", meeting, summary)
                    .flash(Msg::new("meetings-attendance-saved")),
            ))
        }
        .boxed()
    })
    .await?;
    match saved {
        Saved::Yes(()) => Ok(see_other(&format!("/meetings/{meeting}#attendance"))),
        Saved::Stale => {
            let mut conn = state.pool.get().await?;
            let stored = visible(&mut conn, &current.user, meeting).await?;
            values.version = FormVersion(stored.meeting.version);
            let mut page = AttendanceForm::load(&mut conn, &current, stored, Some(values)).await?;
            page.conflict = true;
            render_status(StatusCode::CONFLICT, &page)
        }
    }
}
