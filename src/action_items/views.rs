//! The pages of action items: list and CSV export, the item with its timeline, the creation
//! and edit forms, status changes and comments.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDate;
use diesel_async::AsyncPgConnection;
use futures_util::FutureExt;
use serde::Deserialize;
use uuid::Uuid;

use super::model::{
    self, EventKind, ItemCard, ItemFields, ListFilter, OrgRef, Person, Sort, StatusFilter,
    TimelineEntry, codes,
};
use crate::audit::{Action, Author};
use crate::auth::{CurrentUser, SessionUser};
use crate::authz::{self, RequireItemCreator};
use crate::db::{self, Saved};
use crate::domain::action_item::{Priority, Status, Visibility};
use crate::domain::{FieldErrors, long_text, non_blank, parse_date};
use crate::error::AppError;
use crate::markdown::{self, SafeHtml};
use crate::pages::{
    HtmlForm, ListQuery, PageContext, Section, form_version, page_count, page_number, render,
    render_status, see_other,
};
use crate::startup::AppState;

/// The list's query string as typed; unknown values are ignored rather than refused, so an
/// old bookmark still opens.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct ListParams {
    pub status: Option<String>,
    pub org: Option<String>,
    pub priority: Option<String>,
    pub overdue: Option<String>,
    pub due_by: Option<String>,
    pub q: Option<String>,
    pub sort: Option<String>,
    pub page: Option<String>,
}

/// The filters in effect, in the form the page shows them and links carry them.
#[derive(Debug, Default, Clone)]
pub struct ListState {
    pub status: String,
    pub org: String,
    pub priority: String,
    pub overdue: bool,
    pub due_by: String,
    pub q: String,
    pub sort: String,
}

impl ListState {
    /// The query string for these filters and `page` (1 is left out).
    pub fn query(&self, page: i64) -> String {
        // Status is always present, even when empty ("any status"): a query string of its own
        // means "these filters", where no query string means "the defaults".
        ListQuery::new()
            .always("status", &self.status)
            .set("org", &self.org)
            .set("priority", &self.priority)
            .set("due_by", &self.due_by)
            .set("q", &self.q)
            .flag("overdue", self.overdue)
            .always("sort", &self.sort)
            .page(page)
            .finish()
    }
}

/// Reads the filters. With no query string at all, the list opens on the user's own
/// organisation's owed items.
fn parse_list(
    user: &SessionUser,
    params: ListParams,
    no_query: bool,
    orgs: &[OrgRef],
) -> (ListFilter, ListState, i64) {
    let mut filter = ListFilter::default();
    let mut state = ListState::default();
    if no_query {
        state.status = "not_closed".into();
        // Observers owe nothing: their list opens on everything still owed.
        if authz::can_be_assigned_action_items(user.org_kind) {
            state.org = user.org_code.clone();
            filter.org = Some(user.org_id);
        }
        state.sort = "due".into();
        return (filter, state, 1);
    }
    match params.status.as_deref().map(str::trim).unwrap_or("") {
        "not_closed" => {
            filter.status = StatusFilter::NotClosed;
            state.status = "not_closed".into();
        }
        other => match other.parse::<Status>() {
            Ok(status) => {
                filter.status = StatusFilter::Is(status);
                state.status = status.as_str().into();
            }
            Err(_) => filter.status = StatusFilter::Any,
        },
    }
    let code = params.org.unwrap_or_default().trim().to_uppercase();
    if let Some(org) = orgs.iter().find(|o| o.code == code) {
        filter.org = Some(org.id);
        state.org = org.code.clone();
    }
    if let Some(Ok(priority)) = params.priority.as_deref().map(str::parse::<Priority>) {
        filter.priority = Some(priority);
        state.priority = priority.as_str().into();
    }
    filter.overdue = params.overdue.is_some_and(|v| !v.is_empty());
    state.overdue = filter.overdue;
    if let Some(Ok(date)) = params.due_by.as_deref().map(|d| parse_date(d, "a date")) {
        filter.due_by = Some(date);
        state.due_by = date.to_string();
    }
    let text: String = params
        .q
        .unwrap_or_default()
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    if !text.is_empty() {
        filter.text = Some(text.clone());
        state.q = text;
    }
    (filter.sort, state.sort) = match params.sort.as_deref() {
        Some("priority") => (Sort::Priority, "priority".into()),
        Some("newest") => (Sort::Newest, "newest".into()),
        _ => (Sort::Due, "due".into()),
    };
    let page = page_number(params.page.as_deref());
    (filter, state, page)
}

#[derive(Template)]
#[template(path = "action_items/index.html")]
pub struct ActionItemsIndex {
    pub ctx: PageContext,
    pub items: Vec<ItemCard>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub state: ListState,
    pub orgs: Vec<OrgRef>,
    pub today: NaiveDate,
    pub statuses: [Status; 5],
    pub priorities: [Priority; 4],
}

pub async fn index(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let orgs = model::assignable_orgs(&mut conn).await?;
    let no_query = req.query_string().is_empty();
    let (filter, list_state, page) =
        parse_list(&current.user, params.into_inner(), no_query, &orgs);
    let today = current.user.today();
    let scope = authz::action_item_scope(&current.user);
    let (items, total) = model::list(&mut conn, scope, &filter, today, page).await?;
    render(&ActionItemsIndex {
        ctx: PageContext::new(&current, Section::ActionItems),
        pages: page_count(total, model::PAGE_SIZE),
        items,
        total,
        page,
        state: list_state,
        orgs,
        today,
        statuses: Status::ALL,
        priorities: Priority::ALL,
    })
}

/// A spreadsheet cell that starts like a formula is prefixed, so opening the export in a
/// spreadsheet never runs what someone typed into a title.
fn csv_cell(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

pub async fn export_csv(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let orgs = model::assignable_orgs(&mut conn).await?;
    let no_query = req.query_string().is_empty();
    let (filter, _, _) = parse_list(&current.user, params.into_inner(), no_query, &orgs);
    let today = current.user.today();
    let scope = authz::action_item_scope(&current.user);
    let items = model::list_all(&mut conn, scope, &filter, today).await?;
    drop(conn);

    let mut writer = csv::Writer::from_writer(Vec::with_capacity(128 * (items.len() + 1)));
    let write = |writer: &mut csv::Writer<Vec<u8>>, record: &[&str]| {
        writer
            .write_record(record)
            .map_err(|e| AppError::Unexpected(e.into()))
    };
    write(
        &mut writer,
        &[
            "reference",
            "title",
            "status",
            "priority",
            "due_date",
            "overdue",
            "assignees",
            "person",
            "visibility",
            "created_at",
            "updated_at",
        ],
    )?;
    for card in &items {
        let item = &card.item;
        write(
            &mut writer,
            &[
                &item.reference().to_string(),
                &csv_cell(&item.title),
                item.status().as_str(),
                item.priority().as_str(),
                &item.due_date.to_string(),
                if item.is_overdue(&today) { "yes" } else { "no" },
                &card.assignee_codes(),
                &csv_cell(card.person.as_deref().unwrap_or("")),
                item.visibility().as_str(),
                &item.created_at.to_rfc3339(),
                &item.updated_at.to_rfc3339(),
            ],
        )?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| AppError::Unexpected(anyhow::anyhow!("finishing the CSV: {e}")))?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"action-items-{today}.csv\""),
        ))
        .body(body))
}

/// The item form's fields as typed, shown back on a 422 or 409.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct ItemValues {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub assignees: Vec<String>,
    #[serde(default)]
    pub assignee_user_id: String,
    #[serde(default)]
    pub due_date: String,
    #[serde(default)]
    pub priority: String,
    #[serde(default)]
    pub visibility: String,
    #[serde(default)]
    pub version: String,
}

impl ItemValues {
    fn of(card: &ItemCard) -> ItemValues {
        let item = &card.item;
        ItemValues {
            title: item.title.clone(),
            description: item.description.clone(),
            assignees: card.assignees.iter().map(|o| o.code.clone()).collect(),
            assignee_user_id: item
                .assignee_user_id
                .map(|id| id.to_string())
                .unwrap_or_default(),
            due_date: item.due_date.to_string(),
            priority: item.priority.clone(),
            visibility: item.visibility.clone(),
            version: item.version.to_string(),
        }
    }

    pub fn assigns(&self, code: &str) -> bool {
        self.assignees.iter().any(|c| c.eq_ignore_ascii_case(code))
    }
}

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
                model::assignable_orgs(conn).await?,
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
            priorities: Priority::ALL,
            visibilities: Visibility::ALL,
            today: user.today(),
        })
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

/// Who owes the item when the user may not choose: the organisations it has, or for a new
/// item the user's own.
fn fixed_assignees(user: &SessionUser, editing: Option<&ItemCard>) -> Vec<OrgRef> {
    match editing {
        Some(card) => card.assignees.clone(),
        None => vec![OrgRef::own(user)],
    }
}

/// Parses the form against the database: the organisations must exist and be active, the
/// person must belong to one of them, and a new due date may not lie in the past.
async fn parse_fields(
    conn: &mut AsyncPgConnection,
    user: &SessionUser,
    values: &ItemValues,
    editing: Option<&ItemCard>,
) -> Result<ItemFields, AppError> {
    let mut errors = FieldErrors::default();
    let title = errors.check("title", non_blank(&values.title, 200, "a title"));
    let description = errors.check("description", long_text(&values.description, 20_000));
    let due_date = errors.check("due_date", parse_date(&values.due_date, "a due date"));
    if let Some(due) = due_date {
        let unchanged = editing.is_some_and(|card| card.item.due_date == due);
        if due < user.today() && !unchanged {
            errors.add("due_date", "Choose a due date from today onwards.");
        }
    }
    let priority = errors.check("priority", values.priority.parse::<Priority>());
    let visibility = errors.check("visibility", values.visibility.parse::<Visibility>());

    let assignees = if authz::can_assign_any_organisation(user) {
        let mut codes: Vec<String> = values
            .assignees
            .iter()
            .map(|c| c.trim().to_uppercase())
            .filter(|c| !c.is_empty())
            .collect();
        codes.sort();
        codes.dedup();
        let mut found = model::orgs_by_codes(conn, &codes).await?;
        // An organisation deactivated since it was assigned stays, if the editor keeps it.
        for org in editing.map(|card| card.assignees.as_slice()).unwrap_or(&[]) {
            if codes.contains(&org.code) && !found.contains(org) {
                found.push(org.clone());
            }
        }
        found.sort_by(|a, b| a.code.cmp(&b.code));
        let unknown: Vec<&str> = codes
            .iter()
            .filter(|c| !found.iter().any(|o| &o.code == *c))
            .map(String::as_str)
            .collect();
        if codes.is_empty() {
            errors.add("assignees", "Choose at least one organisation.");
        } else if !unknown.is_empty() {
            errors.add(
                "assignees",
                format!(
                    "{} cannot be given work: choose active embassies or police units from the list.",
                    unknown.join(", ")
                ),
            );
        }
        found
    } else {
        fixed_assignees(user, editing)
    };

    let mut person = None;
    let chosen = Uuid::parse_str(values.assignee_user_id.trim()).ok();
    if !values.assignee_user_id.trim().is_empty() {
        // The person already named may stay even when the editor could not name them now (a
        // coordinator chose someone of another organisation, or the account was deactivated).
        let unchanged =
            chosen.is_some() && editing.is_some_and(|c| c.item.assignee_user_id == chosen);
        let found = match chosen {
            Some(id) => model::find_person(conn, id, !unchanged).await?,
            None => None,
        };
        let allowed = found.filter(|p| {
            assignees.iter().any(|o| o.id == p.org_id)
                && authz::can_name_on_action_item(user, p.org_id, unchanged)
        });
        match allowed {
            Some(p) => person = Some(p),
            None => errors.add(
                "assignee_user_id",
                "Choose a person from one of the assigned organisations, or nobody.",
            ),
        }
    }

    match (title, description, due_date, priority, visibility) {
        (Some(title), Some(description), Some(due_date), Some(priority), Some(visibility))
            if errors.is_empty() =>
        {
            Ok(ItemFields {
                title,
                description,
                assignees,
                person,
                due_date,
                priority,
                visibility,
            })
        }
        _ => Err(AppError::Invalid(errors)),
    }
}

pub async fn new_form(
    state: web::Data<AppState>,
    RequireItemCreator(current): RequireItemCreator,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let values = ItemValues {
        priority: Priority::Normal.as_str().into(),
        visibility: Visibility::Shared.as_str().into(),
        ..ItemValues::default()
    };
    render(&ItemForm::load(&mut conn, &current, values, None).await?)
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireItemCreator(current): RequireItemCreator,
    HtmlForm(values): HtmlForm<ItemValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let fields = match parse_fields(&mut conn, &current.user, &values, None).await {
        Ok(fields) => fields,
        Err(AppError::Invalid(errors)) => {
            let mut page = ItemForm::load(&mut conn, &current, values, None).await?;
            page.errors = errors;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
        Err(error) => return Err(error),
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let id = db::transaction(&state.pool, move |conn| {
        async move {
            let (id, number) = model::insert(conn, &fields, author.user.id).await?;
            let reference = crate::domain::action_item::ItemReference(number);
            author
                .record(
                    conn,
                    Action::ActionItemCreated,
                    "action_item",
                    id,
                    fields.creation_summary(reference),
                )
                .await?;
            author
                .flash(conn, format!("Action item {reference} created."))
                .await?;
            Ok(id)
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/action-items/{id}")))
}

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
}

impl ItemShow {
    async fn load(
        conn: &mut AsyncPgConnection,
        current: &CurrentUser,
        card: ItemCard,
    ) -> Result<ItemShow, AppError> {
        let user = &current.user;
        let entries = model::timeline(conn, card.item.id).await?;
        let facts = card.facts();
        let from = card.item.status();
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
                    let body = if e.kind == "edit" {
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
            card,
        })
    }
}

/// The item if the user may read it; 404 otherwise, so its existence is not revealed.
async fn visible(
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

pub async fn edit_form(
    state: web::Data<AppState>,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id).await?;
    let facts = card.facts();
    if !authz::can_edit_action_item(&current.user, &facts) {
        return Err(AppError::Forbidden);
    }
    let values = ItemValues::of(&card);
    render(&ItemForm::load(&mut conn, &current, values, Some(card)).await?)
}

/// The changes between the stored item and the saved fields, for the audit log and the
/// timeline ("due date 2026-12-01 → 2026-12-05; priority normal → urgent").
fn describe_changes(before: &ItemCard, after: &ItemFields) -> String {
    let item = &before.item;
    let mut changes = Vec::new();
    if item.title != after.title {
        changes.push(format!("title {:?} → {:?}", item.title, after.title));
    }
    if item.description != after.description {
        changes.push("description changed".to_owned());
    }
    let (old, new) = (codes(&before.assignees), codes(&after.assignees));
    if old != new {
        changes.push(format!("assignees {old} → {new}"));
    }
    let new_person = after.person.as_ref().map(|p| p.name.as_str());
    if item.assignee_user_id != after.person.as_ref().map(|p| p.id) {
        changes.push(format!(
            "person {} → {}",
            before.person.as_deref().unwrap_or("nobody"),
            new_person.unwrap_or("nobody")
        ));
    }
    if item.due_date != after.due_date {
        changes.push(format!("due date {} → {}", item.due_date, after.due_date));
    }
    if item.priority() != after.priority {
        changes.push(format!(
            "priority {} → {}",
            item.priority().as_str(),
            after.priority.as_str()
        ));
    }
    if item.visibility() != after.visibility {
        changes.push(format!(
            "visibility {} → {}",
            item.visibility().as_str(),
            after.visibility.as_str()
        ));
    }
    if changes.is_empty() {
        "saved without changes".to_owned()
    } else {
        changes.join("; ")
    }
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
    let facts = card.facts();
    if !authz::can_edit_action_item(&current.user, &facts) {
        return Err(AppError::Forbidden);
    }
    let fields = match parse_fields(&mut conn, &current.user, &values, Some(&card)).await {
        Ok(fields) => fields,
        Err(AppError::Invalid(errors)) => {
            let mut page = ItemForm::load(&mut conn, &current, values, Some(card)).await?;
            page.errors = errors;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
        Err(error) => return Err(error),
    };
    drop(conn);

    let author = Author::of(&current, &req, &state.config);
    let before = card.clone();
    let version = form_version(&values.version);
    let saved = db::transaction(&state.pool, move |conn| {
        async move {
            if !model::update(conn, before.item.id, version, &fields).await? {
                return Ok(Saved::Stale);
            }
            let reference = before.item.reference();
            let summary = describe_changes(&before, &fields);
            model::add_event(
                conn,
                before.item.id,
                author.user.id,
                EventKind::Edit,
                &summary,
            )
            .await?;
            author
                .record(
                    conn,
                    Action::ActionItemUpdated,
                    "action_item",
                    before.item.id,
                    format!("{reference}: {summary}"),
                )
                .await?;
            author
                .flash(conn, format!("Action item {reference} saved."))
                .await?;
            Ok(Saved::Yes)
        }
        .boxed()
    })
    .await?;

    match saved {
        Saved::Yes => Ok(see_other(&format!("/action-items/{}", card.item.id))),
        Saved::Stale => {
            let mut conn = state.pool.get().await?;
            let stored = visible(&mut conn, &current.user, card.item.id).await?;
            // The form comes back with what was typed, against the current version, so a
            // second submit is a deliberate overwrite.
            values.version = stored.item.version.to_string();
            let mut page =
                ItemForm::load(&mut conn, &current, values, Some(stored.clone())).await?;
            page.conflict = Some(stored);
            render_status(StatusCode::CONFLICT, &page)
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct StatusValues {
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub comment: String,
    #[serde(default)]
    pub version: String,
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
    let from = card.item.status();
    let mut errors = FieldErrors::default();
    let to = errors.check("status", values.status.parse::<Status>());
    let comment = errors.check("status_comment", long_text(&values.comment, 20_000));
    if let Some(to) = to {
        if !from.can_move_to(to) {
            errors.add(
                "status",
                format!(
                    "An item that is {} cannot move to {}.",
                    from.label().to_lowercase(),
                    to.label().to_lowercase()
                ),
            );
        } else if !authz::can_change_action_item_status(&current.user, &facts, from, to) {
            return Err(AppError::Forbidden);
        }
    }
    let stale = form_version(&values.version) != card.item.version;
    let accepted = match (to, comment) {
        (Some(to), Some(comment)) if errors.is_empty() && !stale => Some((to, comment)),
        _ => None,
    };
    let Some((to, comment)) = accepted else {
        return status_form_again(&mut conn, &current, card, values, errors, stale).await;
    };
    drop(conn);

    let author = Author::of(&current, &req, &state.config);
    let item = card.item.clone();
    let saved = db::transaction(&state.pool, move |conn| {
        async move {
            // The submitted version equals item.version (checked above); this guards against
            // a change that landed in between.
            if !model::set_status(conn, item.id, item.version, to).await? {
                return Ok(Saved::Stale);
            }
            let reference = item.reference();
            model::add_event(
                conn,
                item.id,
                author.user.id,
                EventKind::Status { from, to },
                &comment,
            )
            .await?;
            let with_comment = if comment.is_empty() {
                ""
            } else {
                " with a comment"
            };
            author
                .record(
                    conn,
                    Action::ActionItemStatusChanged,
                    "action_item",
                    item.id,
                    format!(
                        "{reference}: status {} → {}{with_comment}",
                        from.as_str(),
                        to.as_str()
                    ),
                )
                .await?;
            author
                .flash(
                    conn,
                    format!("{reference} is now {}.", to.label().to_lowercase()),
                )
                .await?;
            Ok(Saved::Yes)
        }
        .boxed()
    })
    .await?;
    match saved {
        Saved::Yes => Ok(see_other(&format!("/action-items/{}", card.item.id))),
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
            let message = outcome.err().unwrap_or_else(|| "Write a comment.".into());
            page.errors.add("comment", message);
            page.comment = values.comment;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let item = card.item.clone();
    db::transaction(&state.pool, move |conn| {
        async move {
            let reference = item.reference();
            model::add_event(conn, item.id, author.user.id, EventKind::Comment, &comment).await?;
            author
                .record(
                    conn,
                    Action::ActionItemCommented,
                    "action_item",
                    item.id,
                    format!("{reference}: commented"),
                )
                .await?;
            author
                .flash(conn, format!("Comment added to {reference}."))
                .await
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!(
        "/action-items/{}#timeline",
        card.item.id
    )))
}

#[cfg(test)]
mod tests {
    use super::csv_cell;

    #[test]
    fn formulas_do_not_run_in_spreadsheets() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("@SUM"), "'@SUM");
        assert_eq!(csv_cell("Confirm the contact"), "Confirm the contact");
    }
}
