//! The minutes of a meeting: drafted and edited by the coordinators, circulated to the
//! participants for their comments, approved and then locked (a correction is a dated,
//! signed addendum); the decisions recorded with them and the progress of the action items
//! each became; and the printable record of approved minutes.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDate;
use diesel_async::AsyncPgConnection;
use futures_util::FutureExt;
use serde::Deserialize;
use uuid::Uuid;

use super::item::visible;
use super::model::{self, AgendaEntry, Attendee, Decision, MeetingCard, Remark, RemarkKind};
use super::values::required_text;
use crate::action_items::model::{self as items, ItemCard};
use crate::notifications::Teller;
use crate::audit::{Action, Author, Change};
use crate::auth::CurrentUser;
use crate::authz::{self, RequireMeetingRunner};
use crate::domain::meeting::{MinutesState, Progress};
use crate::domain::{FieldErrors, long_text};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::markdown::{self, SafeHtml};
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{FormVersion, HtmlForm, Saved, commit, commit_if_current, render, render_status, see_other};

/// The longest minutes, decision, comment and addendum the forms take.
const MINUTES_MAX: usize = 100_000;
const DECISION_MAX: usize = 2_000;
const REMARK_MAX: usize = 20_000;
/// A decision's items shown on the minutes and the print (its progress counts the same).
const ITEMS_PER_DECISION: i64 = 1_000;

/// A decision with the action items it became, in the reader's scope.
pub struct DecisionView {
    pub decision: Decision,
    pub body: SafeHtml,
    pub items: Vec<ItemCard>,
    pub progress: Progress,
}

impl DecisionView {
    fn of(decision: Decision, all: &[ItemCard], today: NaiveDate) -> DecisionView {
        let items: Vec<ItemCard> = all
            .iter()
            .filter(|c| c.item.decision_id == Some(decision.id))
            .cloned()
            .collect();
        let progress = Progress::of(items.iter().map(|c| (c.item.status, c.item.due_date)), today);
        DecisionView {
            body: markdown::render(&decision.body),
            decision,
            items,
            progress,
        }
    }
}

/// The decisions of a meeting with their items: three queries whatever their number.
async fn decision_views(
    conn: &mut AsyncPgConnection,
    current: &CurrentUser,
    meeting: Uuid,
) -> Result<Vec<DecisionView>, AppError> {
    let decisions = model::decisions_of(conn, meeting).await?;
    let ids: Vec<Uuid> = decisions.iter().map(|d| d.id).collect();
    let scope = authz::action_item_scope(&current.user);
    let all = items::for_decisions(conn, scope, &ids, ITEMS_PER_DECISION * ids.len().max(1) as i64).await?;
    let today = current.user.today();
    Ok(decisions
        .into_iter()
        .map(|d| DecisionView::of(d, &all, today))
        .collect())
}

fn rendered(remarks: Vec<Remark>) -> Vec<(Remark, SafeHtml)> {
    remarks
        .into_iter()
        .map(|r| {
            let html = markdown::render(&r.body);
            (r, html)
        })
        .collect()
}

#[derive(Template)]
#[template(path = "meetings/minutes.html")]
pub struct MinutesPage {
    pub ctx: PageContext,
    pub card: MeetingCard,
    pub minutes: SafeHtml,
    pub decisions: Vec<DecisionView>,
    pub comments: Vec<(Remark, SafeHtml)>,
    pub addenda: Vec<(Remark, SafeHtml)>,
    pub approver: Option<String>,
    pub can_run: bool,
    pub can_comment: bool,
    /// The minutes' text in the editor: as stored, or as typed when it comes back.
    pub text: String,
    pub version: FormVersion,
    pub comment: String,
    pub decision: String,
    pub addendum: String,
    /// A decision being reworded when the page comes back: its number and the text typed.
    pub rewording: Option<(i32, String)>,
    pub errors: FieldErrors,
    /// Why a change was not made (someone saved first, the minutes were approved meanwhile).
    pub notice: Option<Msg>,
    pub today: NaiveDate,
}

impl MinutesPage {
    async fn load(
        conn: &mut AsyncPgConnection,
        current: &CurrentUser,
        card: MeetingCard,
    ) -> Result<MinutesPage, AppError> {
        let user = &current.user;
        let meeting = &card.meeting;
        let decisions = decision_views(conn, current, meeting.id).await?;
        let comments = rendered(model::remarks(conn, meeting.id, RemarkKind::Comment).await?);
        let addenda = rendered(model::remarks(conn, meeting.id, RemarkKind::Addendum).await?);
        let approver = model::approver(conn, meeting).await?;
        Ok(MinutesPage {
            ctx: PageContext::new(current, Section::Meetings),
            minutes: markdown::render(&meeting.minutes),
            decisions,
            comments,
            addenda,
            approver,
            can_run: authz::can_run_meetings(user),
            can_comment: meeting.minutes_state == MinutesState::Circulated
                && authz::can_comment_on_minutes(user, card.takes_part(user.org_id)),
            text: meeting.minutes.clone(),
            version: FormVersion(meeting.minutes_version),
            comment: String::new(),
            decision: String::new(),
            addendum: String::new(),
            rewording: None,
            errors: FieldErrors::default(),
            notice: None,
            today: user.today(),
            card,
        })
    }

    pub fn state(&self) -> MinutesState {
        self.card.meeting.minutes_state
    }

    pub fn is_draft(&self) -> bool {
        self.state() == MinutesState::Draft
    }

    pub fn is_circulated(&self) -> bool {
        self.state() == MinutesState::Circulated
    }

    pub fn is_approved(&self) -> bool {
        self.state() == MinutesState::Approved
    }

    /// The text of a decision's rewording form: what was typed when it came back, else the
    /// decision as recorded.
    pub fn reworded(&self, view: &DecisionView) -> String {
        match &self.rewording {
            Some((number, typed)) if *number == view.decision.number => typed.clone(),
            _ => view.decision.body.clone(),
        }
    }

    pub fn is_rewording(&self, view: &DecisionView) -> bool {
        self.rewording
            .as_ref()
            .is_some_and(|(number, _)| *number == view.decision.number)
    }
}

/// The minutes page again, as stored now, with `tweak` applied (what was typed, a message):
/// after a refusal (422) or a change that came too late (409).
async fn again(
    state: &AppState,
    current: &CurrentUser,
    id: Uuid,
    status: StatusCode,
    tweak: impl FnOnce(&mut MinutesPage),
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, id).await?;
    let mut page = MinutesPage::load(&mut conn, current, card).await?;
    tweak(&mut page);
    render_status(status, &page)
}

pub async fn show(
    state: web::Data<AppState>,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id).await?;
    render(&MinutesPage::load(&mut conn, &current, card).await?)
}

#[derive(Debug, Default, Deserialize)]
pub struct MinutesValues {
    #[serde(default)]
    pub minutes: String,
    #[serde(default)]
    pub version: FormVersion,
}

pub async fn save(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireMeetingRunner(current): RequireMeetingRunner,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<MinutesValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id).await?;
    drop(conn);
    let id = card.meeting.id;
    if card.meeting.is_approved() {
        return again(&state, &current, id, StatusCode::CONFLICT, |page| {
            page.text = values.minutes;
            page.notice = Some(Msg::new("meetings-minutes-locked"));
        })
        .await;
    }
    let text = match long_text(&values.minutes, MINUTES_MAX) {
        Ok(text) => text,
        Err(message) => {
            return again(&state, &current, id, StatusCode::UNPROCESSABLE_ENTITY, |page| {
                page.text = values.minutes;
                page.errors.add("minutes", message);
            })
            .await;
        }
    };
    let author = Author::of(&current, &req, &state.config);
    let version = values.version.0;
    let title = card.meeting.title.clone();
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            if !model::save_minutes(conn, id, version, &text).await? {
                return Ok(Saved::Stale);
            }
            let summary = format!("minutes of {title:?} saved ({} characters)", text.chars().count());
            Ok(Saved::Yes(
                Change::new(Action::MinutesSaved, "meeting", id, summary)
                    .flash(Msg::new("meetings-minutes-saved")),
            ))
        }
        .boxed()
    })
    .await?;
    match saved {
        Saved::Yes(()) => Ok(see_other(&format!("/meetings/{id}/minutes"))),
        Saved::Stale => stale(&state, &current, id, values.minutes).await,
    }
}

/// The minutes changed under the editor (saved, circulated or approved by someone else):
/// the page as stored now, with what was typed kept in the editor, 409.
async fn stale(
    state: &AppState,
    current: &CurrentUser,
    id: Uuid,
    typed: String,
) -> Result<HttpResponse, AppError> {
    again(state, current, id, StatusCode::CONFLICT, |page| {
        let notice = if page.is_approved() {
            "meetings-minutes-locked"
        } else {
            "meetings-minutes-stale"
        };
        if !page.is_approved() && !typed.is_empty() {
            page.text = typed;
        }
        page.notice = Some(Msg::new(notice));
    })
    .await
}

#[derive(Debug, Default, Deserialize)]
pub struct StepValues {
    #[serde(default)]
    pub version: FormVersion,
}

/// Moves the minutes one step (draft → circulated, circulated → approved) against their
/// version; a step from another state, or a stale version, answers 409.
async fn step(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: Uuid,
    version: i32,
    (from, to): (MinutesState, MinutesState),
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, id).await?;
    drop(conn);
    if card.meeting.minutes_state != from || card.meeting.minutes_version != version {
        return stale(&state, &current, id, String::new()).await;
    }
    let author = Author::of(&current, &req, &state.config);
    let teller = Teller::of(&current, &state.config);
    let participants: Vec<Uuid> = card.participants.iter().map(|p| p.org.id).collect();
    let by = current.user.id;
    let title = card.meeting.title.clone();
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            if !model::move_minutes(conn, id, version, from, to, by).await? {
                return Ok(Saved::Stale);
            }
            super::notices::minutes_moved(conn, &teller, id, &title, &participants, to).await?;
            let (action, flash) = match to {
                MinutesState::Approved => (Action::MinutesApproved, "meetings-minutes-approved"),
                _ => (Action::MinutesCirculated, "meetings-minutes-circulated"),
            };
            let summary = format!("minutes of {title:?}: {} → {}", from.as_str(), to.as_str());
            Ok(Saved::Yes(
                Change::new(action, "meeting", id, summary).flash(Msg::new(flash)),
            ))
        }
        .boxed()
    })
    .await?;
    match saved {
        Saved::Yes(()) => Ok(see_other(&format!("/meetings/{id}/minutes"))),
        Saved::Stale => stale(&state, &current, id, String::new()).await,
    }
}

pub async fn circulate(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireMeetingRunner(current): RequireMeetingRunner,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<StepValues>,
) -> Result<HttpResponse, AppError> {
    let steps = (MinutesState::Draft, MinutesState::Circulated);
    step(state, req, current, *id, values.version.0, steps).await
}

pub async fn approve(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireMeetingRunner(current): RequireMeetingRunner,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<StepValues>,
) -> Result<HttpResponse, AppError> {
    let steps = (MinutesState::Circulated, MinutesState::Approved);
    step(state, req, current, *id, values.version.0, steps).await
}

#[derive(Debug, Default, Deserialize)]
pub struct CommentValues {
    #[serde(default)]
    pub comment: String,
}

/// A participant's comment beside circulated minutes.
pub async fn comment(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<CommentValues>,
) -> Result<HttpResponse, AppError> {
    remark(state, req, current, *id, RemarkKind::Comment, values.comment).await
}

#[derive(Debug, Default, Deserialize)]
pub struct AddendumValues {
    #[serde(default)]
    pub addendum: String,
}

/// A correction of approved minutes: dated and signed by its author, shown after them.
pub async fn add_addendum(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<AddendumValues>,
) -> Result<HttpResponse, AppError> {
    remark(state, req, current, *id, RemarkKind::Addendum, values.addendum).await
}

/// Adds a comment or an addendum: who may (a participant or a coordinator comments; a
/// coordinator corrects), when (comments while circulated, addenda once approved; else 409
/// with the text kept), and what it says (422 when empty).
async fn remark(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: Uuid,
    kind: RemarkKind,
    typed: String,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, id).await?;
    drop(conn);
    let user = &current.user;
    let (allowed, open, closed, missing) = match kind {
        RemarkKind::Comment => (
            authz::can_comment_on_minutes(user, card.takes_part(user.org_id)),
            card.meeting.minutes_state == MinutesState::Circulated,
            "meetings-comments-closed",
            "meetings-comment-missing",
        ),
        RemarkKind::Addendum => (
            authz::can_run_meetings(user),
            card.meeting.is_approved(),
            "meetings-addendum-before-approval",
            "meetings-addendum-missing",
        ),
    };
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let keep = |page: &mut MinutesPage, text: String| match kind {
        RemarkKind::Comment => page.comment = text,
        RemarkKind::Addendum => page.addendum = text,
    };
    if !open {
        return again(&state, &current, id, StatusCode::CONFLICT, |page| {
            keep(page, typed);
            page.notice = Some(Msg::new(closed));
        })
        .await;
    }
    let body = match required_text(&typed, REMARK_MAX, missing) {
        Ok(body) => body,
        Err(message) => {
            return again(&state, &current, id, StatusCode::UNPROCESSABLE_ENTITY, |page| {
                keep(page, typed);
                page.errors.add(kind.as_str(), message);
            })
            .await;
        }
    };
    let author = Author::of(&current, &req, &state.config);
    let by = user.id;
    let title = card.meeting.title.clone();
    commit(&state.pool, author, move |conn, _| {
        async move {
            model::add_remark(conn, id, kind, by, &body).await?;
            let change = match kind {
                RemarkKind::Comment => Change::new(
                    Action::MinutesCommented,
                    "meeting",
                    id,
                    format!("commented on the minutes of {title:?}"),
                )
                .flash(Msg::new("meetings-comment-added")),
                RemarkKind::Addendum => Change::new(
                    Action::MinutesAddendumAdded,
                    "meeting",
                    id,
                    format!("added an addendum to the approved minutes of {title:?}"),
                )
                .flash(Msg::new("meetings-addendum-added")),
            };
            Ok(change)
        }
        .boxed()
    })
    .await?;
    let anchor = match kind {
        RemarkKind::Comment => "comments",
        RemarkKind::Addendum => "addenda",
    };
    Ok(see_other(&format!("/meetings/{id}/minutes#{anchor}")))
}

/// A decision posted after the minutes were approved: the page as stored, with what was typed
/// kept (in the new decision's form, or in the rewording of decision `number`), 409.
async fn decision_locked(
    state: &AppState,
    current: &CurrentUser,
    id: Uuid,
    number: Option<i32>,
    typed: String,
) -> Result<HttpResponse, AppError> {
    again(state, current, id, StatusCode::CONFLICT, |page| {
        match number {
            Some(number) => page.rewording = Some((number, typed)),
            None => page.decision = typed,
        }
        page.notice = Some(Msg::new("meetings-minutes-locked"));
    })
    .await
}

#[derive(Debug, Default, Deserialize)]
pub struct DecisionValues {
    #[serde(default)]
    pub decision: String,
}

/// Records a decision with the minutes, under the next number; refused once they are approved.
pub async fn add_decision(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireMeetingRunner(current): RequireMeetingRunner,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<DecisionValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id).await?;
    drop(conn);
    let id = card.meeting.id;
    if card.meeting.is_approved() {
        return decision_locked(&state, &current, id, None, values.decision).await;
    }
    let body = match required_text(&values.decision, DECISION_MAX, "meetings-decision-missing") {
        Ok(body) => body,
        Err(message) => {
            return again(&state, &current, id, StatusCode::UNPROCESSABLE_ENTITY, |page| {
                page.decision = values.decision;
                page.errors.add("decision", message);
            })
            .await;
        }
    };
    let author = Author::of(&current, &req, &state.config);
    let by = current.user.id;
    let title = card.meeting.title.clone();
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            let Some((decision, number)) = model::add_decision(conn, id, &body, by).await? else {
                return Ok(Saved::Stale);
            };
            let summary = format!("recorded decision {number} of {title:?}");
            Ok(Saved::Yes(
                Change::new(Action::DecisionRecorded, "meeting", id, summary)
                    .flash(Msg::new("meetings-decision-recorded").arg("number", number))
                    .returning((decision, number)),
            ))
        }
        .boxed()
    })
    .await?;
    match saved {
        Saved::Yes((_, number)) => Ok(see_other(&format!("/meetings/{id}/minutes#decision-{number}"))),
        Saved::Stale => decision_locked(&state, &current, id, None, values.decision).await,
    }
}

/// Rewords a decision (a typo, a clearer phrasing) while the minutes are open; approved, it is
/// locked like them.
pub async fn reword_decision(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireMeetingRunner(current): RequireMeetingRunner,
    path: web::Path<(Uuid, i32)>,
    HtmlForm(values): HtmlForm<DecisionValues>,
) -> Result<HttpResponse, AppError> {
    let (id, number) = path.into_inner();
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, id).await?;
    let decisions = model::decisions_of(&mut conn, id).await?;
    drop(conn);
    if !decisions.iter().any(|d| d.number == number) {
        return Err(AppError::NotFound);
    }
    if card.meeting.is_approved() {
        return decision_locked(&state, &current, id, Some(number), values.decision).await;
    }
    let body = match required_text(&values.decision, DECISION_MAX, "meetings-decision-missing") {
        Ok(body) => body,
        Err(message) => {
            return again(&state, &current, id, StatusCode::UNPROCESSABLE_ENTITY, |page| {
                page.rewording = Some((number, values.decision));
                page.errors.add("reworded", message);
            })
            .await;
        }
    };
    let author = Author::of(&current, &req, &state.config);
    let title = card.meeting.title.clone();
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            if !model::reword_decision(conn, id, number, &body).await? {
                return Ok(Saved::Stale);
            }
            let summary = format!("reworded decision {number} of {title:?}");
            Ok(Saved::Yes(
                Change::new(Action::DecisionReworded, "meeting", id, summary)
                    .flash(Msg::new("meetings-decision-reworded").arg("number", number)),
            ))
        }
        .boxed()
    })
    .await?;
    match saved {
        Saved::Yes(()) => Ok(see_other(&format!("/meetings/{id}/minutes#decision-{number}"))),
        Saved::Stale => decision_locked(&state, &current, id, Some(number), values.decision).await,
    }
}

#[derive(Template)]
#[template(path = "meetings/print.html")]
pub struct PrintPage {
    pub ctx: PageContext,
    pub card: MeetingCard,
    pub attendees: Vec<Attendee>,
    pub agenda: Vec<AgendaEntry>,
    pub minutes: SafeHtml,
    pub decisions: Vec<DecisionView>,
    pub addenda: Vec<(Remark, SafeHtml)>,
    pub approver: Option<String>,
    pub today: NaiveDate,
}

/// The record of approved minutes for printing (A4): attendance, the minutes, the decisions
/// with their items, the addenda. Minutes not yet approved have no printable record (404).
pub async fn print(
    state: web::Data<AppState>,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id).await?;
    if !card.meeting.is_approved() {
        return Err(AppError::NotFound);
    }
    let meeting = card.meeting.id;
    let attendees = model::attendees(&mut conn, meeting).await?;
    let agenda = model::agenda(&mut conn, meeting).await?;
    let decisions = decision_views(&mut conn, &current, meeting).await?;
    let addenda = rendered(model::remarks(&mut conn, meeting, RemarkKind::Addendum).await?);
    let approver = model::approver(&mut conn, &card.meeting).await?;
    render(&PrintPage {
        ctx: PageContext::new(&current, Section::Meetings),
        minutes: markdown::render(&card.meeting.minutes),
        attendees,
        agenda,
        decisions,
        addenda,
        approver,
        today: current.user.today(),
        card,
    })
}
