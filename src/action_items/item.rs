//! One item: its page with the timeline, status changes and comments.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDate;
use diesel_async::AsyncPgConnection;
use futures_util::FutureExt;
use serde::Deserialize;
use uuid::Uuid;

use super::changes;
use super::notices;
use super::model::{self, ItemCard, NewEntry, TimelineEntry};
use crate::notifications::Teller;
use crate::audit::{Action, Author, Change};
use crate::auth::{CurrentUser, SessionUser};
use crate::authz;
use crate::domain::action_item::{EventKind, Status};
use crate::domain::{FieldErrors, long_text};
use crate::error::AppError;
use crate::i18n::{self, Lang, Msg};
use crate::markdown::{self, SafeHtml};
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{
    FormVersion, HtmlForm, Saved, commit, commit_if_current, render, render_status, see_other,
};

/// A status the user may move the item to, for the status form.
pub struct StatusChoice {
    pub status: Status,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "action_items/show.html")]
pub struct ItemShow {
    pub ctx: PageContext,
    pub card: ItemCard,
    pub description: SafeHtml,
    pub timeline: Vec<(TimelineEntry, SafeHtml)>,
    pub today: NaiveDate,
    pub can_edit: bool,
    pub can_comment: bool,
    pub status_choices: Vec<StatusChoice>,
    /// What the person typed into the status form, kept on a conflict or a refusal.
    pub status_comment: String,
    pub comment: String,
    pub errors: FieldErrors,
    /// True when the item changed while the person was deciding; the page shows it as stored
    /// now.
    pub conflict: bool,
    /// The meeting decision the item carries out, when the reader may see that meeting.
    pub decision: Option<crate::meetings::model::DecisionRef>,
    /// The reader is told of its comments and status moves.
    pub following: bool,
}

impl ItemShow {
    async fn load(
        conn: &mut AsyncPgConnection,
        current: &CurrentUser,
        card: ItemCard,
    ) -> Result<ItemShow, AppError> {
        let user = &current.user;
        let entries = model::timeline(conn, card.item.id).await?;
        let decision = match card.item.decision_id {
            Some(id) => crate::meetings::model::decision_refs(conn, authz::meeting_scope(user), &[id])
                .await?
                .pop(),
            None => None,
        };
        let following =
            crate::notifications::model::is_following(conn, card.item.id, user.id).await?;
        let facts = card.facts();
        let from = card.item.status;
        let status_choices = Status::ALL
            .into_iter()
            .filter(|to| {
                from.can_move_to(*to)
                    && authz::can_change_action_item_status(user, &facts, from, *to)
            })
            .map(|status| StatusChoice {
                status,
                selected: false,
            })
            .collect();
        Ok(ItemShow {
            ctx: PageContext::new(current, Section::ActionItems),
            description: markdown::render(&card.item.description),
            timeline: entries
                .into_iter()
                .map(|e| {
                    // Edit summaries are shown as plain text; the rest is what people wrote.
                    let body = if e.kind == EventKind::Edit {
                        SafeHtml::default()
                    } else {
                        markdown::render(&e.body)
                    };
                    (e, body)
                })
                .collect(),
            today: user.today(),
            can_edit: authz::can_edit_action_item(user, &facts),
            can_comment: authz::can_work_on_action_item(user, &facts),
            status_choices,
            status_comment: String::new(),
            comment: String::new(),
            errors: FieldErrors::default(),
            conflict: false,
            decision,
            following,
            card,
        })
    }
}

/// A status as it reads inside a sentence ("AI-0042 is now in progress."): lower-case in
/// English, where the status names of lists and forms are capitalised.
pub(crate) fn message_id_in_sentence(status: Status) -> &'static str {
    match status {
        Status::Open => "items-status-word-open",
        Status::InProgress => "items-status-word-in-progress",
        Status::Blocked => "items-status-word-blocked",
        Status::Done => "items-status-word-done",
        Status::Cancelled => "items-status-word-cancelled",
    }
}

/// A sentence with one of its values emphasised: the page writes `before`, then `strong` in
/// `<strong>`, then `after`, each escaped. Messages hold no markup, so the sentence is
/// translated with a mark where the value goes, and cut there.
pub struct Emphasis {
    pub before: String,
    pub strong: String,
    pub after: String,
}

impl Emphasis {
    /// `sentence` takes the emphasised value as its argument `name`.
    fn of(lang: Lang, sentence: Msg, name: &'static str, strong: String) -> Emphasis {
        const MARK: &str = "\u{E000}";
        let text = sentence.arg(name, MARK).text(lang);
        match text.split_once(MARK) {
            Some((before, after)) => Emphasis {
                before: before.to_owned(),
                strong,
                after: after.to_owned(),
            },
            None => Emphasis {
                before: text,
                strong: String::new(),
                after: String::new(),
            },
        }
    }
}

impl ItemShow {
    /// A status change of the timeline: "moved it from Open to **In progress**".
    pub fn moved(&self, from: &Status, to: &Status) -> Emphasis {
        let lang = self.ctx.lang;
        let sentence = Msg::new("items-timeline-moved").arg("from", Msg::new(from.message_id()));
        Emphasis::of(lang, sentence, "to", i18n::text(lang, to.message_id()))
    }

    /// After a conflict: "The item is now **Done** (version 3); …".
    pub fn conflict_status(&self) -> Emphasis {
        let lang = self.ctx.lang;
        let item = &self.card.item;
        let sentence = Msg::new("items-status-conflict-now").arg("version", item.version);
        Emphasis::of(lang, sentence, "status", i18n::text(lang, item.status.message_id()))
    }

    /// An edit's changes in the reader's language; None for a summary this version cannot
    /// read back, which the page shows as stored.
    pub fn changes(&self, entry: &TimelineEntry) -> Option<Vec<Msg>> {
        let lang = self.ctx.lang;
        changes::parse(&entry.body).map(|all| all.iter().map(|c| c.message(lang)).collect())
    }
}

/// The item if the user may read it; 404 otherwise, so its existence is not revealed.
pub(crate) async fn visible(
    conn: &mut AsyncPgConnection,
    user: &SessionUser,
    id: Uuid,
) -> Result<ItemCard, AppError> {
    model::find_visible(conn, authz::action_item_scope(user), id)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn show(
    state: web::Data<AppState>,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id).await?;
    render(&ItemShow::load(&mut conn, &current, card).await?)
}

#[derive(Debug, Default, Deserialize)]
pub struct StatusValues {
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub comment: String,
    #[serde(default)]
    pub version: FormVersion,
}

/// The item page again with the status form as submitted: after a refusal (422), or when
/// someone changed the item first (409).
async fn status_form_again(
    conn: &mut AsyncPgConnection,
    current: &CurrentUser,
    card: ItemCard,
    values: StatusValues,
    errors: FieldErrors,
    conflict: bool,
) -> Result<HttpResponse, AppError> {
    let mut page = ItemShow::load(conn, current, card).await?;
    page.conflict = conflict;
    page.errors = errors;
    for choice in &mut page.status_choices {
        choice.selected = choice.status.as_str() == values.status;
    }
    page.status_comment = values.comment;
    let status = if conflict {
        StatusCode::CONFLICT
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(status, &page)
}

pub async fn change_status(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<StatusValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id).await?;
    let facts = card.facts();
    if !authz::can_move_action_item(&current.user, &facts) {
        return Err(AppError::Forbidden);
    }
    let from = card.item.status;
    let mut errors = FieldErrors::default();
    let to = errors.check("status", values.status.parse::<Status>());
    let comment = errors.check("status_comment", long_text(&values.comment, 20_000));
    if let Some(to) = to {
        if !from.can_move_to(to) {
            errors.add(
                "status",
                Msg::new("items-status-not-allowed")
                    .arg("from", Msg::new(message_id_in_sentence(from)))
                    .arg("to", Msg::new(message_id_in_sentence(to))),
            );
        } else if !authz::can_change_action_item_status(&current.user, &facts, from, to) {
            return Err(AppError::Forbidden);
        }
    }
    let stale = values.version.0 != card.item.version;
    let accepted = match (to, comment) {
        (Some(to), Some(comment)) if errors.is_empty() && !stale => Some((to, comment)),
        _ => None,
    };
    let Some((to, comment)) = accepted else {
        return status_form_again(&mut conn, &current, card, values, errors, stale).await;
    };
    drop(conn);

    let author = Author::of(&current, &req, &state.config);
    let teller = Teller::of(&current, &state.config);
    let scope = notices::Scope::of(card.item.visibility, &card.assignees);
    let actor = current.user.id;
    let item = card.item.clone();
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            // The submitted version equals item.version (checked above); this guards against
            // a change that landed in between.
            if !model::set_status(conn, item.id, item.version, to).await? {
                return Ok(Saved::Stale);
            }
            let reference = item.reference();
            model::add_event(conn, item.id, actor, NewEntry::Status { from, to }, &comment).await?;
            notices::status_changed(conn, &teller, (item.id, &reference.to_string()), &scope, to)
                .await?;
            let with_comment = if comment.is_empty() {
                ""
            } else {
                " with a comment"
            };
            let summary = format!(
                "{reference}: status {} → {}{with_comment}",
                from.as_str(),
                to.as_str()
            );
            Ok(Saved::Yes(
                Change::new(Action::ActionItemStatusChanged, "action_item", item.id, summary)
                    .flash(
                        Msg::new("items-status-changed")
                            .arg("reference", reference.to_string())
                            .arg("status", Msg::new(message_id_in_sentence(to))),
                    ),
            ))
        }
        .boxed()
    })
    .await?;
    match saved {
        Saved::Yes(()) => Ok(see_other(&format!("/action-items/{}", card.item.id))),
        Saved::Stale => {
            let mut conn = state.pool.get().await?;
            let stored = visible(&mut conn, &current.user, card.item.id).await?;
            let errors = FieldErrors::default();
            status_form_again(&mut conn, &current, stored, values, errors, true).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct CommentValues {
    #[serde(default)]
    pub comment: String,
}

pub async fn add_comment(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<CommentValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id).await?;
    let facts = card.facts();
    if !authz::can_work_on_action_item(&current.user, &facts) {
        return Err(AppError::Forbidden);
    }
    let comment = match long_text(&values.comment, 20_000) {
        Ok(text) if !text.is_empty() => text,
        outcome => {
            let mut page = ItemShow::load(&mut conn, &current, card).await?;
            let message = outcome
                .err()
                .unwrap_or_else(|| Msg::new("items-comment-missing"));
            page.errors.add("comment", message);
            page.comment = values.comment;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let teller = Teller::of(&current, &state.config);
    let scope = notices::Scope::of(card.item.visibility, &card.assignees);
    let actor = current.user.id;
    let item = card.item.clone();
    commit(&state.pool, author, move |conn, _| {
        async move {
            let reference = item.reference();
            model::add_event(conn, item.id, actor, NewEntry::Comment, &comment).await?;
            notices::commented(conn, &teller, (item.id, &reference.to_string()), &scope).await?;
            let summary = format!("{reference}: commented");
            Ok(
                Change::new(Action::ActionItemCommented, "action_item", item.id, summary)
                    .flash(Msg::new("items-comment-added").arg("reference", reference.to_string())),
            )
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!(
        "/action-items/{}#timeline",
        card.item.id
    )))
}

