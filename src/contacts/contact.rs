//! One contact point: its page, "still correct", removal and absences.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{DateTime, Utc};
use diesel_async::AsyncPgConnection;
use futures_util::FutureExt;
use serde::Deserialize;
use uuid::Uuid;

use super::availability::{Absence, local_time};
use super::model::{self, ContactCard};
use crate::audit::{Action, Author, Change};
use crate::auth::{CurrentUser, SessionUser};
use crate::authz;
use crate::domain::{FieldErrors, parse_date};
use crate::error::AppError;
use crate::i18n::{Msg, dates};
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{HtmlForm, commit, render, render_status, see_other};

/// The contact, if its organisation is active (administrators also see the others').
pub(super) async fn visible(
    conn: &mut AsyncPgConnection,
    user: &SessionUser,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<ContactCard, AppError> {
    let card = model::find(conn, id, now)
        .await?
        .ok_or(AppError::NotFound)?;
    if authz::can_view_organisation(user, card.org.active) {
        Ok(card)
    } else {
        Err(AppError::NotFound)
    }
}

/// The contact, when the user may change it: 404 when not visible, 403 when not theirs.
pub(super) async fn manageable(
    conn: &mut AsyncPgConnection,
    user: &SessionUser,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<ContactCard, AppError> {
    let card = visible(conn, user, id, now).await?;
    if authz::can_manage_contacts(user, card.org.id, card.org.active) {
        Ok(card)
    } else {
        Err(AppError::Forbidden)
    }
}

#[derive(Debug, Default, Clone, Deserialize)]
pub struct AbsenceValues {
    #[serde(default)]
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: String,
}

#[derive(Template)]
#[template(path = "contacts/show.html")]
pub struct ContactShow {
    pub ctx: PageContext,
    pub card: ContactCard,
    pub now: DateTime<Utc>,
    pub local_time: String,
    pub can_manage: bool,
    pub absence: AbsenceValues,
    pub errors: FieldErrors,
}

impl ContactShow {
    fn new(current: &CurrentUser, card: ContactCard, now: DateTime<Utc>) -> ContactShow {
        ContactShow {
            ctx: PageContext::new(current, Section::Contacts),
            local_time: local_time(current.lang, now, card.contact.tz()),
            can_manage: authz::can_manage_contacts(&current.user, card.org.id, card.org.active),
            card,
            now,
            absence: AbsenceValues::default(),
            errors: FieldErrors::default(),
        }
    }
}

pub async fn show(
    state: web::Data<AppState>,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let now = Utc::now();
    let card = visible(&mut conn, &current.user, *id, now).await?;
    render(&ContactShow::new(&current, card, now))
}

pub async fn verify(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = manageable(&mut conn, &current.user, *id, Utc::now()).await?;
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let verifier = current.user.id;
    let contact_id = card.contact.id;
    let name = card.contact.name.clone();
    commit(&state.pool, author, move |conn, _| {
        async move {
            model::verify(conn, contact_id, verifier).await?;
            Ok(Change::new(
                Action::ContactVerified,
                "contact_point",
                contact_id,
                format!("confirmed {name:?} as still correct"),
            )
            .flash(Msg::new("contacts-verified").arg("name", name)))
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/contacts/{contact_id}")))
}

#[derive(Debug, Default, Deserialize)]
pub struct DeleteValues {
    #[serde(default)]
    pub confirm: String,
}

pub async fn delete(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(form): HtmlForm<DeleteValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let now = Utc::now();
    let card = manageable(&mut conn, &current.user, *id, now).await?;
    if form.confirm != "yes" {
        let mut page = ContactShow::new(&current, card, now);
        page.errors
            .add("confirm", Msg::new("contacts-delete-unconfirmed"));
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let contact_id = card.contact.id;
    let name = card.contact.name.clone();
    let org = card.org.code.clone();
    commit(&state.pool, author, move |conn, _| {
        async move {
            model::delete(conn, contact_id).await?;
            Ok(Change::new(
                Action::ContactDeleted,
                "contact_point",
                contact_id,
                format!("removed {name:?} of {org}"),
            )
            .flash(Msg::new("contacts-deleted").arg("name", name)))
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/contacts?org={}", card.org.code)))
}

pub async fn add_absence(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<AbsenceValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let now = Utc::now();
    let card = manageable(&mut conn, &current.user, *id, now).await?;
    let mut errors = FieldErrors::default();
    let from = errors.check(
        "starts_on",
        parse_date(&values.starts_on, "contacts-absence-start-missing"),
    );
    let to = errors.check(
        "ends_on",
        parse_date(&values.ends_on, "contacts-absence-end-missing"),
    );
    let absence = match (from, to) {
        (Some(from), Some(to)) => errors.check("ends_on", Absence::new(from, to)),
        _ => None,
    };
    let today_there = now.with_timezone(&card.contact.tz()).date_naive();
    if absence.is_some_and(|a| a.to < today_there) {
        errors.add("ends_on", Msg::new("contacts-absence-over"));
    }
    let Some(absence) = absence.filter(|_| errors.is_empty()) else {
        let mut page = ContactShow::new(&current, card, now);
        page.errors = errors;
        page.absence = values;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let contact_id = card.contact.id;
    let name = card.contact.name.clone();
    let added = Msg::new("contacts-absence-added")
        .arg("name", &name)
        .arg("from", dates::date(current.lang, absence.from))
        .arg("to", dates::date(current.lang, absence.to));
    commit(&state.pool, author, move |conn, _| {
        async move {
            model::add_absence(conn, contact_id, &absence).await?;
            Ok(Change::new(
                Action::ContactAbsenceAdded,
                "contact_point",
                contact_id,
                format!("{name:?} absent {} to {}", absence.from, absence.to),
            )
            .flash(added))
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/contacts/{contact_id}")))
}

pub async fn remove_absence(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, AppError> {
    let (id, absence_id) = path.into_inner();
    let mut conn = state.pool.get().await?;
    let card = manageable(&mut conn, &current.user, id, Utc::now()).await?;
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let name = card.contact.name.clone();
    commit(&state.pool, author, move |conn, _| {
        async move {
            let removed = model::delete_absence(conn, id, absence_id)
                .await?
                .ok_or(AppError::NotFound)?;
            Ok(Change::new(
                Action::ContactAbsenceRemoved,
                "contact_point",
                id,
                format!(
                        "{name:?} no longer absent {} to {}",
                        removed.starts_on, removed.ends_on
                    ),
            )
            .flash(Msg::new("contacts-absence-removed").arg("name", name)))
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/contacts/{id}")))
}

