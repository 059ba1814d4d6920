//! One referral: its page (whom to call now, the traveller, matches, the timeline) and what
//! is done on it: call attempts, the embassy's acknowledgement and outcome, closing.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{DateTime, Duration, Utc};
use diesel_async::AsyncPgConnection;
use futures_util::FutureExt;
use serde::Deserialize;
use uuid::Uuid;

use super::model::{self, Match, NewEntry, OrgRef, ReferralCard, TimelineEntry};
use crate::notifications::Teller;
use crate::audit::{self, Action, Author, Change};
use crate::auth::CurrentUser;
use crate::authz::{self, RescueScope};
use crate::contacts::board::Answer;
use crate::contacts::model::ContactCard;
use crate::domain::referral::{CallResult, Channel, Outcome, ReferralStatus, TimelineKind};
use crate::domain::{FieldErrors, Phone, long_text};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{FormVersion, HtmlForm, Saved, commit_if_current, render_status, see_other};

/// The estimates an embassy may give, in minutes from now.
pub const ESTIMATES: [i64; 7] = [15, 30, 60, 120, 240, 480, 1440];

/// Whom to call at one embassy, now: the directory's on-duty answer, then the rest of its
/// contacts in call order.
pub struct CallTarget {
    pub org: OrgRef,
    /// The message saying why these are first (on call until …, round the clock, within
    /// their hours); None when nobody is reachable.
    pub first_reason: Option<&'static str>,
    pub on_call_until: Option<DateTime<Utc>>,
    pub first: Vec<ContactCard>,
    pub others: Vec<ContactCard>,
}

#[derive(Template)]
#[template(path = "referrals/show.html")]
pub struct ReferralShow {
    pub ctx: PageContext,
    pub card: ReferralCard,
    pub now: DateTime<Utc>,
    pub timeline: Vec<TimelineEntry>,
    pub matches: Vec<Match>,
    pub calls: Vec<CallTarget>,
    pub can_file: bool,
    pub can_answer: bool,
    pub estimates: [i64; 7],
    pub outcomes: [Outcome; 4],
    pub channels: [Channel; 3],
    pub results: [CallResult; 4],
    /// What was typed into a form that was refused, kept.
    pub typed: Typed,
    pub errors: FieldErrors,
    /// The referral changed while the reader was deciding.
    pub conflict: bool,
}

#[derive(Default)]
pub struct Typed {
    pub contact: String,
    pub channel: String,
    pub result: String,
    pub note: String,
    pub estimate: String,
    pub outcome: String,
    pub reason: String,
}

impl ReferralShow {
    async fn load(
        conn: &mut AsyncPgConnection,
        state: &AppState,
        current: &CurrentUser,
        scope: &RescueScope,
        card: ReferralCard,
    ) -> Result<ReferralShow, AppError> {
        let user = &current.user;
        let timeline = model::timeline(conn, &state.keys, scope, card.row.id).await?;
        let matches = model::matches(conn, &state.keys, scope, &card).await?;
        let can_file = authz::can_file_referrals(user);
        let open = card.row.status != ReferralStatus::Closed;
        let calls = if can_file && open {
            call_targets(conn, state, current, &card.embassies).await?
        } else {
            Vec::new()
        };
        Ok(ReferralShow {
            ctx: PageContext::new(current, Section::Referrals),
            now: Utc::now(),
            timeline,
            matches,
            calls,
            can_file,
            can_answer: open && authz::can_answer_referral(user, &card.row.nationality),
            estimates: ESTIMATES,
            outcomes: Outcome::ALL,
            channels: Channel::ALL,
            results: CallResult::ALL,
            typed: Typed::default(),
            errors: FieldErrors::default(),
            conflict: false,
            card,
        })
    }

    pub fn minutes_left(&self) -> i64 {
        (self.card.row.ack_due_at - self.now).num_minutes()
    }

    pub fn is_typed(&self, field: &str, value: &str) -> bool {
        let typed = match field {
            "contact" => &self.typed.contact,
            "channel" => &self.typed.channel,
            "result" => &self.typed.result,
            "estimate" => &self.typed.estimate,
            _ => &self.typed.outcome,
        };
        typed == value
    }

    pub fn phone(&self) -> Option<Phone> {
        let phone = self.card.traveller.as_ref()?.phone.clone()?;
        Some(Phone::from_e164_unchecked(phone))
    }

    /// The labels of the fields an edit changed.
    pub fn edited_fields(&self, entry: &TimelineEntry) -> Vec<&'static str> {
        entry
            .detail
            .split(',')
            .filter_map(super::values::field_label)
            .collect()
    }

    pub fn outcome_of(&self, entry: &TimelineEntry) -> Option<Outcome> {
        (entry.kind == TimelineKind::Outcome)
            .then(|| entry.detail.parse().ok())
            .flatten()
    }

    /// (contact points, members) of a flag entry.
    pub fn flagged_counts(&self, entry: &TimelineEntry) -> (i64, i64) {
        let mut parts = entry.detail.split(',').map(|n| n.parse().unwrap_or(0));
        (parts.next().unwrap_or(0), parts.next().unwrap_or(0))
    }
}

/// Every embassy of the nationality with whom to call first and then, from the instance's
/// on-duty board: no statement when the board is current.
async fn call_targets(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    current: &CurrentUser,
    embassies: &[OrgRef],
) -> Result<Vec<CallTarget>, AppError> {
    if embassies.is_empty() {
        return Ok(Vec::new());
    }
    let board = state.duty_board.get(conn, current.directory_version).await?;
    Ok(embassies
        .iter()
        .map(|org| {
            let answer = board.answers.iter().find(|a| a.org.id == org.id);
            let (first_reason, on_call_until, first): (_, _, Vec<ContactCard>) =
                match answer.map(|a| &a.answer) {
                    Some(Answer::OnShift { card, until }) => (
                        Some("referral-call-on-shift"),
                        Some(*until),
                        vec![card.clone()],
                    ),
                    Some(Answer::AroundTheClock(cards)) => {
                        (Some("referral-call-around-the-clock"), None, cards.clone())
                    }
                    Some(Answer::FirstAvailable(card)) => {
                        (Some("referral-call-within-hours"), None, vec![card.clone()])
                    }
                    Some(Answer::Nobody { .. }) | None => (None, None, Vec::new()),
                };
            let others = board
                .by_org
                .get(&org.id)
                .map(|cards| {
                    cards
                        .iter()
                        .filter(|c| !first.iter().any(|f| f.contact.id == c.contact.id))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            CallTarget {
                org: org.clone(),
                first_reason,
                on_call_until,
                first,
                others,
            }
        })
        .collect())
}

/// The referral, if the user may read it; 404 otherwise, so its existence is not revealed.
pub(crate) async fn visible(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    current: &CurrentUser,
    scope: &RescueScope,
    id: Uuid,
) -> Result<ReferralCard, AppError> {
    let orgs = state.orgs.active(conn, current.directory_version).await?;
    model::find(conn, &state.keys, scope, &orgs, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Writes that someone saw a traveller's data: every view is audited.
pub(crate) async fn audit_view(
    conn: &mut AsyncPgConnection,
    req: &HttpRequest,
    state: &AppState,
    current: &CurrentUser,
    card: &ReferralCard,
    what: &str,
) -> Result<(), AppError> {
    if card.traveller.is_none() {
        return Ok(());
    }
    let summary = format!("{}: {what}", card.row.reference());
    let target = ("referral", card.row.id);
    let action = Action::ReferralViewed;
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
    let scope = authz::referral_scope(&current.user);
    let card = visible(&mut conn, &state, &current, &scope, *id).await?;
    audit_view(&mut conn, &req, &state, &current, &card, "viewed").await?;
    let page = ReferralShow::load(&mut conn, &state, &current, &scope, card).await?;
    render_status(StatusCode::OK, &page)
}

/// Why the page is shown again: what was typed, what was wrong with it, and whether the
/// referral changed meanwhile.
struct Refusal {
    typed: Typed,
    errors: FieldErrors,
    conflict: bool,
}

/// The page again with what was typed: after a refusal (422), or a change that landed first
/// (409).
async fn again(
    conn: &mut AsyncPgConnection,
    (state, req): (&AppState, &HttpRequest),
    current: &CurrentUser,
    scope: &RescueScope,
    card: ReferralCard,
    Refusal {
        typed,
        errors,
        conflict,
    }: Refusal,
) -> Result<HttpResponse, AppError> {
    // The page shown again shows the traveller again: a view like any other.
    audit_view(conn, req, state, current, &card, "viewed again").await?;
    let mut page = ReferralShow::load(conn, state, current, scope, card).await?;
    page.errors = errors;
    page.conflict = conflict;
    page.typed = typed;
    let status = if conflict {
        StatusCode::CONFLICT
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(status, &page)
}

#[derive(Debug, Default, Deserialize)]
pub struct CallValues {
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub channel: String,
    #[serde(default)]
    pub result: String,
    #[serde(default)]
    pub note: String,
}

/// Logs an attempt to reach the embassy (coordinators), while the referral is open.
pub async fn log_call(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<CallValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::referral_scope(&current.user);
    let card = visible(&mut conn, &state, &current, &scope, *id).await?;
    if !authz::can_file_referrals(&current.user) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::default();
    let channel = errors.check("channel", values.channel.parse::<Channel>());
    let result = errors.check("result", values.result.parse::<CallResult>());
    let note = errors.check("note", long_text(&values.note, 2_000));
    // The contact called is one of the embassy's, or another number (named in the note).
    let targets = call_targets(&mut conn, &state, &current, &card.embassies).await?;
    let contact = match values.contact.trim() {
        "" => Some(String::new()),
        typed => {
            let found = typed.parse::<Uuid>().ok().and_then(|id| {
                targets.iter().find_map(|t| {
                    t.first
                        .iter()
                        .chain(&t.others)
                        .find(|c| c.contact.id == id)
                        .map(|c| format!("{} ({})", c.contact.name, t.org.code))
                })
            });
            if found.is_none() {
                errors.add("contact", Msg::new("referral-call-contact-unknown"));
            }
            found
        }
    };
    if card.row.status == ReferralStatus::Closed {
        errors.add("result", Msg::new("referral-closed-already"));
    }
    let accepted = match (channel, result, note, contact) {
        (Some(channel), Some(result), Some(note), Some(contact)) if errors.is_empty() => {
            Some((channel, result, note, contact))
        }
        _ => None,
    };
    let Some((channel, result, note, contact)) = accepted else {
        let typed = Typed {
            contact: values.contact,
            channel: values.channel,
            result: values.result,
            note: values.note,
            ..Typed::default()
        };
        return again(&mut conn, (&state, &req), &current, &scope, card, Refusal { typed, errors, conflict: false }).await;
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let keys = Arc::clone(&state.keys);
    let actor = current.user.id;
    let row = card.row.clone();
    let typed = Typed {
        contact: values.contact,
        channel: values.channel,
        result: values.result,
        note: values.note,
        ..Typed::default()
    };
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            // Closed meanwhile (the embassy's outcome came in): the call is not logged.
            if !model::lock_open(conn, row.id).await? {
                return Ok(Saved::Stale);
            }
            let entry = NewEntry::Call {
                channel,
                result,
                contact: &contact,
            };
            model::add_event(conn, &keys, row.id, Some(actor), entry, &note).await?;
            let reference = row.reference();
            Ok(Saved::Yes(
                Change::new(
                    Action::ReferralCallLogged,
                    "referral",
                    row.id,
                    format!("{reference}: {} call, {}", channel.as_str(), result.as_str()),
                )
                .flash(Msg::new("referral-call-logged").arg("reference", reference.to_string())),
            ))
        }
        .boxed()
    })
    .await?;
    match saved {
        Saved::Yes(()) => Ok(see_other(&format!("/referrals/{}#timeline", card.row.id))),
        stale => settled(stale, (&state, &req), &current, &scope, card.row.id, typed).await,
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct AcknowledgeValues {
    #[serde(default)]
    pub estimate: String,
    #[serde(default)]
    pub version: FormVersion,
}

/// The embassy acknowledges by name, with when it expects to have spoken with the
/// traveller; escalation stops.
pub async fn acknowledge(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<AcknowledgeValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::referral_scope(&current.user);
    let card = visible(&mut conn, &state, &current, &scope, *id).await?;
    if !authz::can_answer_referral(&current.user, &card.row.nationality) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::default();
    let minutes = values
        .estimate
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|m| ESTIMATES.contains(m));
    if minutes.is_none() {
        errors.add("estimate", Msg::new("referral-field-estimate-unknown"));
    }
    if card.row.status != ReferralStatus::Awaiting {
        errors.add("estimate", Msg::new("referral-acknowledged-already"));
    }
    let stale = values.version.0 != card.row.version;
    let Some(minutes) = minutes.filter(|_| errors.is_empty() && !stale) else {
        let typed = Typed {
            estimate: values.estimate,
            ..Typed::default()
        };
        return again(&mut conn, (&state, &req), &current, &scope, card, Refusal { typed, errors, conflict: stale }).await;
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let teller = Teller::of(&current, &state.config);
    let keys = Arc::clone(&state.keys);
    let actor = current.user.id;
    let row = card.row.clone();
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            let estimate = Utc::now() + Duration::minutes(minutes);
            if !model::acknowledge(conn, &row, actor, estimate).await? {
                return Ok(Saved::Stale);
            }
            model::add_event(conn, &keys, row.id, Some(actor), NewEntry::Acknowledged, "").await?;
            super::notices::acknowledged(conn, &teller, &row).await?;
            let reference = row.reference();
            let late = if Utc::now() > row.ack_due_at { ", after the deadline" } else { "" };
            Ok(Saved::Yes(
                Change::new(
                    Action::ReferralAcknowledged,
                    "referral",
                    row.id,
                    format!("{reference}: acknowledged{late}; expects to have spoken with the traveller within {minutes} minutes"),
                )
                .flash(Msg::new("referral-acknowledged").arg("reference", reference.to_string())),
            ))
        }
        .boxed()
    })
    .await?;
    settled(saved, (&state, &req), &current, &scope, card.row.id, Typed { estimate: values.estimate, ..Typed::default() }).await
}

/// After a versioned change: to the referral's page, or the page again as stored now (409).
async fn settled(
    saved: Saved<()>,
    (state, req): (&AppState, &HttpRequest),
    current: &CurrentUser,
    scope: &RescueScope,
    id: Uuid,
    typed: Typed,
) -> Result<HttpResponse, AppError> {
    match saved {
        Saved::Yes(()) => Ok(see_other(&format!("/referrals/{id}"))),
        Saved::Stale => {
            let mut conn = state.pool.get().await?;
            let stored = visible(&mut conn, state, current, scope, id).await?;
            again(&mut conn, (state, req), current, scope, stored, Refusal { typed, errors: FieldErrors::default(), conflict: true }).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct OutcomeValues {
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub version: FormVersion,
}

/// The embassy records what came of it, and the referral closes. "Asks for help" goes on to
/// the rescue request form, filled from the referral.
pub async fn record_outcome(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<OutcomeValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::referral_scope(&current.user);
    let card = visible(&mut conn, &state, &current, &scope, *id).await?;
    if !authz::can_answer_referral(&current.user, &card.row.nationality) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::default();
    let outcome = errors.check("outcome", values.outcome.parse::<Outcome>());
    match card.row.status {
        ReferralStatus::Acknowledged => {}
        ReferralStatus::Awaiting => errors.add("outcome", Msg::new("referral-acknowledge-first")),
        ReferralStatus::Closed => errors.add("outcome", Msg::new("referral-closed-already")),
    }
    let stale = values.version.0 != card.row.version;
    let Some(outcome) = outcome.filter(|_| errors.is_empty() && !stale) else {
        let typed = Typed {
            outcome: values.outcome,
            ..Typed::default()
        };
        return again(&mut conn, (&state, &req), &current, &scope, card, Refusal { typed, errors, conflict: stale }).await;
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let keys = Arc::clone(&state.keys);
    let actor = current.user.id;
    let row = card.row.clone();
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            if !model::close(conn, &row, Some(outcome)).await? {
                return Ok(Saved::Stale);
            }
            model::add_event(conn, &keys, row.id, Some(actor), NewEntry::Outcome(outcome), "").await?;
            let reference = row.reference();
            Ok(Saved::Yes(
                Change::new(
                    Action::ReferralOutcomeRecorded,
                    "referral",
                    row.id,
                    format!("{reference}: outcome {}", outcome.as_str()),
                )
                .flash(Msg::new("referral-outcome-recorded").arg("reference", reference.to_string())),
            ))
        }
        .boxed()
    })
    .await?;
    if matches!(saved, Saved::Yes(())) && outcome == Outcome::AsksForHelp {
        return Ok(see_other(&format!("/rescue-requests/new?referral={}", card.row.id)));
    }
    settled(saved, (&state, &req), &current, &scope, card.row.id, Typed { outcome: values.outcome, ..Typed::default() }).await
}

#[derive(Debug, Default, Deserialize)]
pub struct CloseValues {
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub version: FormVersion,
}

/// Coordinators close a referral without the embassy's outcome (a nationality with no
/// embassy on the portal, an escalation handled through diplomatic channels), saying why.
pub async fn close(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<CloseValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::referral_scope(&current.user);
    let card = visible(&mut conn, &state, &current, &scope, *id).await?;
    if !authz::can_file_referrals(&current.user) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::default();
    let reason = match long_text(&values.reason, 2_000) {
        Ok(text) if !text.is_empty() => Some(text),
        Ok(_) => {
            errors.add("reason", Msg::new("referral-close-reason-missing"));
            None
        }
        Err(msg) => {
            errors.add("reason", msg);
            None
        }
    };
    if card.row.status == ReferralStatus::Closed {
        errors.add("reason", Msg::new("referral-closed-already"));
    }
    let stale = values.version.0 != card.row.version;
    let Some(reason) = reason.filter(|_| errors.is_empty() && !stale) else {
        let typed = Typed {
            reason: values.reason,
            ..Typed::default()
        };
        return again(&mut conn, (&state, &req), &current, &scope, card, Refusal { typed, errors, conflict: stale }).await;
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let keys = Arc::clone(&state.keys);
    let actor = current.user.id;
    let row = card.row.clone();
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            if !model::close(conn, &row, None).await? {
                return Ok(Saved::Stale);
            }
            model::add_event(conn, &keys, row.id, Some(actor), NewEntry::Closed, &reason).await?;
            let reference = row.reference();
            Ok(Saved::Yes(
                Change::new(Action::ReferralClosed, "referral", row.id, format!("{reference}: closed by the coordinators"))
                    .flash(Msg::new("referral-closed").arg("reference", reference.to_string())),
            ))
        }
        .boxed()
    })
    .await?;
    let typed = Typed {
        reason: values.reason,
        ..Typed::default()
    };
    settled(saved, (&state, &req), &current, &scope, card.row.id, typed).await
}
