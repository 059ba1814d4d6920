//! Creating and editing an item: the form page and its handlers (the values, their parsing
//! and the lookups they need are in `values`).

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
use super::item::visible;
use super::values::{ItemValues, accept, fixed_assignees};
use super::model::{self, ItemCard, NewEntry, OrgRef, Person};
use crate::notifications::Teller;
use crate::audit::{Action, Author, Change};
use crate::auth::CurrentUser;
use crate::authz::{self, RequireItemCreator};
use crate::domain::action_item::{ItemReference, Priority, Visibility};
use crate::domain::FieldErrors;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::meetings::model::{self as meetings, DecisionRef};
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{
    FormVersion, HtmlForm, Saved, commit, commit_if_current, render, render_status, see_other,
};

#[derive(Template)]
#[template(path = "action_items/form.html")]
pub struct ItemForm {
    pub ctx: PageContext,
    pub values: ItemValues,
    pub errors: FieldErrors,
    /// The item being edited; None on the creation form.
    pub editing: Option<ItemCard>,
    /// Set when someone else saved first: the item as stored now.
    pub conflict: Option<ItemCard>,
    /// Organisations the user may choose; empty when the assignees are fixed.
    pub orgs: Vec<OrgRef>,
    /// Who owes the item when the user cannot choose (a country member's own organisation).
    pub fixed_assignees: Vec<OrgRef>,
    pub people: Vec<Person>,
    /// The meeting decision a new item carries out.
    pub decision: Option<DecisionRef>,
    pub priorities: [Priority; 4],
    pub visibilities: [Visibility; 2],
    pub today: NaiveDate,
}

impl ItemForm {
    /// The form with the choices this user has: coordinators pick any organisation and anyone
    /// in it; a country member works within their own organisation.
    async fn load(
        conn: &mut AsyncPgConnection,
        current: &CurrentUser,
        values: ItemValues,
        editing: Option<ItemCard>,
    ) -> Result<ItemForm, AppError> {
        let user = &current.user;
        let (orgs, fixed_assignees, people) = if authz::can_assign_any_organisation(user) {
            (
                model::assignable_orgs(&crate::orgs::model::list_active(conn).await?),
                Vec::new(),
                model::people(conn, None).await?,
            )
        } else {
            let fixed = fixed_assignees(user, editing.as_ref());
            (
                Vec::new(),
                fixed,
                model::people(conn, Some(user.org_id)).await?,
            )
        };
        Ok(ItemForm {
            ctx: PageContext::new(current, Section::ActionItems),
            values,
            errors: FieldErrors::default(),
            editing,
            conflict: None,
            orgs,
            fixed_assignees,
            people,
            decision: None,
            priorities: Priority::ALL,
            visibilities: Visibility::ALL,
            today: user.today(),
        })
    }

    /// The form again with what was typed and what was wrong (422).
    async fn refused(
        conn: &mut AsyncPgConnection,
        current: &CurrentUser,
        values: ItemValues,
        editing: Option<ItemCard>,
        errors: FieldErrors,
    ) -> Result<HttpResponse, AppError> {
        let decision = match editing {
            None => from_decision(conn, &current.user, &values.decision).await?,
            Some(_) => None,
        };
        let mut page = ItemForm::load(conn, current, values, editing).await?;
        page.decision = decision;
        page.errors = errors;
        render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
    }

    /// People grouped by organisation for the form's `<optgroup>`s.
    pub fn people_by_org(&self) -> Vec<(&str, Vec<&Person>)> {
        let mut groups: Vec<(&str, Vec<&Person>)> = Vec::new();
        for person in &self.people {
            match groups.last_mut() {
                Some((code, people)) if *code == person.org_code => people.push(person),
                _ => groups.push((&person.org_code, vec![person])),
            }
        }
        groups
    }
}

/// The decision a new item is to carry out, named by the form (`decision`, an id): only
/// coordinators turn decisions into work, and only a decision of a meeting they see.
/// Empty: none; anything else that does not name such a decision answers 404.
async fn from_decision(
    conn: &mut AsyncPgConnection,
    user: &crate::auth::SessionUser,
    decision: &str,
) -> Result<Option<DecisionRef>, AppError> {
    let decision = decision.trim();
    if decision.is_empty() {
        return Ok(None);
    }
    if !authz::can_run_meetings(user) {
        return Err(AppError::Forbidden);
    }
    let id = Uuid::parse_str(decision).map_err(|_| AppError::NotFound)?;
    let found = meetings::decision_refs(conn, authz::meeting_scope(user), &[id]).await?;
    found.into_iter().next().map(Some).ok_or(AppError::NotFound)
}

#[derive(Debug, Default, Deserialize)]
pub struct NewParams {
    pub decision: Option<String>,
}

pub async fn new_form(
    state: web::Data<AppState>,
    RequireItemCreator(current): RequireItemCreator,
    params: web::Query<NewParams>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let decision =
        from_decision(&mut conn, &current.user, params.decision.as_deref().unwrap_or("")).await?;
    let mut values = ItemValues {
        priority: Priority::Normal.as_str().into(),
        visibility: Visibility::Shared.as_str().into(),
        ..ItemValues::default()
    };
    // From a decision, the item starts as the decision's words: its first line as the title,
    // and a description naming where it was decided.
    if let Some(d) = &decision {
        values.decision = d.id.to_string();
        values.title = d.body.lines().next().unwrap_or("").chars().take(200).collect();
        values.description = Msg::new("items-from-decision-description")
            .arg("number", d.number)
            .arg("meeting", d.meeting_title.clone())
            .text(current.lang);
    }
    let mut page = ItemForm::load(&mut conn, &current, values, None).await?;
    page.decision = decision;
    render(&page)
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireItemCreator(current): RequireItemCreator,
    HtmlForm(values): HtmlForm<ItemValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let decision = from_decision(&mut conn, &current.user, &values.decision).await?;
    let mut fields = match accept(&mut conn, &current.user, &values, None).await? {
        Ok(fields) => fields,
        Err(errors) => return ItemForm::refused(&mut conn, &current, values, None, errors).await,
    };
    fields.decision = decision.map(|d| d.id);
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let teller = Teller::of(&current, &state.config);
    let creator = current.user.id;
    let id = commit(&state.pool, author, move |conn, _| {
        async move {
            let (id, number) = model::insert(conn, &fields, creator).await?;
            let reference = ItemReference(number);
            let scope = notices::Scope::of(fields.visibility, &fields.assignees);
            let person = fields.person.as_ref().map(|p| p.id);
            let named = reference.to_string();
            notices::assigned(conn, &teller, id, &named, &scope, &fields.assignees, person, Some(creator))
                .await?;
            let mut summary = fields.creation_summary(reference);
            if let Some(decision) = fields.decision {
                summary.push_str(&format!(", for decision {decision}"));
            }
            Ok(
                Change::new(Action::ActionItemCreated, "action_item", id, summary)
                    .flash(Msg::new("items-created").arg("reference", reference.to_string()))
                    .returning(id),
            )
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/action-items/{id}")))
}

pub async fn edit_form(
    state: web::Data<AppState>,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id).await?;
    if !authz::can_edit_action_item(&current.user, &card.facts()) {
        return Err(AppError::Forbidden);
    }
    let values = ItemValues::of(&card);
    render(&ItemForm::load(&mut conn, &current, values, Some(card)).await?)
}

pub async fn update(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(mut values): HtmlForm<ItemValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id).await?;
    if !authz::can_edit_action_item(&current.user, &card.facts()) {
        return Err(AppError::Forbidden);
    }
    let fields = match accept(&mut conn, &current.user, &values, Some(&card)).await? {
        Ok(fields) => fields,
        Err(errors) => {
            return ItemForm::refused(&mut conn, &current, values, Some(card), errors).await;
        }
    };
    drop(conn);

    let author = Author::of(&current, &req, &state.config);
    let teller = Teller::of(&current, &state.config);
    let editor = current.user.id;
    let before = card.clone();
    let version = values.version.0;
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            if !model::update(conn, before.item.id, version, &fields).await? {
                return Ok(Saved::Stale);
            }
            let reference = before.item.reference();
            let new_orgs: Vec<_> = fields
                .assignees
                .iter()
                .filter(|o| !before.assignees.iter().any(|b| b.id == o.id))
                .cloned()
                .collect();
            let new_person = fields
                .person
                .as_ref()
                .map(|p| p.id)
                .filter(|p| before.item.assignee_user_id != Some(*p));
            let scope = notices::Scope::of(fields.visibility, &fields.assignees);
            let named = reference.to_string();
            notices::assigned(conn, &teller, before.item.id, &named, &scope, &new_orgs, new_person, None)
                .await?;
            let summary = changes::summary(&changes::describe(&before, &fields));
            model::add_event(conn, before.item.id, editor, NewEntry::Edit, &summary).await?;
            let change = Change::new(
                Action::ActionItemUpdated,
                "action_item",
                before.item.id,
                format!("{reference}: {summary}"),
            );
            Ok(Saved::Yes(
                change.flash(Msg::new("items-saved").arg("reference", reference.to_string())),
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
            // The form comes back with what was typed, against the current version, so a
            // second submit is a deliberate overwrite.
            values.version = FormVersion(stored.item.version);
            let mut page =
                ItemForm::load(&mut conn, &current, values, Some(stored.clone())).await?;
            page.conflict = Some(stored);
            render_status(StatusCode::CONFLICT, &page)
        }
    }
}

