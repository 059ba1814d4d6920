//! One meeting's page: when and where, who takes part and who came, the agenda, and the
//! action items still open from earlier meetings' decisions (carried over).

use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{DateTime, NaiveDate, Utc};
use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use super::model::{self, AgendaEntry, Attendee, DecisionRef, MeetingCard};
use crate::action_items::model::ItemCard;
use crate::auth::{CurrentUser, SessionUser};
use crate::authz;
use crate::domain::meeting::Attendance;
use crate::error::AppError;
use crate::markdown::{self, SafeHtml};
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::render;

/// How many open items the carried-over list shows (the soonest due first); the page says when
/// there are more.
pub const CARRIED_OVER: i64 = 100;

/// An open item from an earlier meeting, with the decision it carries out.
pub struct CarriedOver {
    pub card: ItemCard,
    pub decision: DecisionRef,
}

#[derive(Template)]
#[template(path = "meetings/show.html")]
pub struct MeetingPage {
    pub ctx: PageContext,
    pub card: MeetingCard,
    pub attendees: Vec<Attendee>,
    pub agenda: Vec<(AgendaEntry, SafeHtml)>,
    pub carried_over: Vec<CarriedOver>,
    pub can_run: bool,
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
}

impl MeetingPage {
    pub fn recorded(&self) -> bool {
        self.card
            .participants
            .iter()
            .any(|p| p.attendance != Attendance::Unrecorded)
    }

    /// The meeting's own zone, when it is not the viewer's: the page names both.
    pub fn other_zone(&self) -> Option<&str> {
        let zone = self.card.meeting.zone();
        (zone != self.ctx.tz()).then(|| zone.name())
    }

    pub fn local_in_meeting_zone(&self, at: &DateTime<Utc>) -> String {
        crate::i18n::dates::date_time(self.ctx.lang, &at.with_timezone(&self.card.meeting.zone()))
    }
}

/// The meeting if the user may read it; 404 otherwise, so its existence is not revealed.
pub(super) async fn visible(
    conn: &mut AsyncPgConnection,
    user: &SessionUser,
    id: Uuid,
) -> Result<MeetingCard, AppError> {
    model::find_visible(conn, authz::meeting_scope(user), id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The open items of earlier meetings' decisions that share a participant with this one, in
/// the user's scopes.
pub(super) async fn carried_over(
    conn: &mut AsyncPgConnection,
    user: &SessionUser,
    card: &MeetingCard,
) -> Result<Vec<CarriedOver>, AppError> {
    let participants: Vec<Uuid> = card.participants.iter().map(|p| p.org.id).collect();
    let found = model::carried_over(
        conn,
        authz::meeting_scope(user),
        authz::action_item_scope(user),
        &card.meeting,
        &participants,
        CARRIED_OVER,
    )
    .await?;
    Ok(found
        .into_iter()
        .map(|(card, decision)| CarriedOver { card, decision })
        .collect())
}

pub async fn show(
    state: web::Data<AppState>,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let user = &current.user;
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, user, *id).await?;
    let attendees = model::attendees(&mut conn, card.meeting.id).await?;
    let agenda = model::agenda(&mut conn, card.meeting.id)
        .await?
        .into_iter()
        .map(|entry| {
            let notes = markdown::render(&entry.notes);
            (entry, notes)
        })
        .collect();
    let carried_over = carried_over(&mut conn, user, &card).await?;
    render(&MeetingPage {
        ctx: PageContext::new(&current, Section::Meetings),
        attendees,
        agenda,
        carried_over,
        can_run: authz::can_run_meetings(user),
        today: user.today(),
        now: Utc::now(),
        card,
    })
}
