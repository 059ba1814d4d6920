//! Adding and editing a contact point: the form page and its handlers (the values and their
//! parsing are in `values`).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Utc;
use diesel_async::AsyncPgConnection;
use futures_util::FutureExt;
use uuid::Uuid;

use super::contact::{manageable, visible};
use super::directory::DirectoryParams;
use super::model::{self, ContactCard, ContactFields, SERVICES};
use super::values::ContactValues;
use crate::audit::{Action, Author, Change};
use crate::auth::{CurrentUser, SessionUser};
use crate::authz::{self, RequireContactAuthor};
use crate::domain::{FieldErrors, Phone, TimeZone};
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::orgs::model::{self as orgs, Organisation};
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{
    FormVersion, HtmlForm, Saved, commit, commit_if_current, render, render_status, see_other,
};

#[derive(Template)]
#[template(path = "contacts/form.html")]
pub struct ContactForm {
    pub ctx: PageContext,
    pub values: ContactValues,
    pub errors: FieldErrors,
    pub editing: Option<ContactCard>,
    pub conflict: Option<ContactCard>,
    /// Organisations the user may choose; empty when the organisation is fixed.
    pub orgs: Vec<Organisation>,
    /// The organisation when the user cannot choose.
    pub fixed_org: Option<String>,
    pub time_zones: Vec<&'static str>,
    pub services: [(&'static str, &'static str); 4],
}

impl ContactForm {
    async fn load(
        conn: &mut AsyncPgConnection,
        current: &CurrentUser,
        values: ContactValues,
        editing: Option<ContactCard>,
    ) -> Result<ContactForm, AppError> {
        let user = &current.user;
        let (orgs, fixed_org) = match &editing {
            Some(card) => (
                Vec::new(),
                Some(format!("{} · {}", card.org.code, card.org.name)),
            ),
            None if authz::can_manage_any_organisations_contacts(user) => {
                (orgs::list_active(conn).await?, None)
            }
            None => (
                Vec::new(),
                Some(format!("{} · {}", user.org_code, user.org_name)),
            ),
        };
        Ok(ContactForm {
            ctx: PageContext::new(current, Section::Contacts),
            values,
            errors: FieldErrors::default(),
            editing,
            conflict: None,
            orgs,
            fixed_org,
            time_zones: TimeZone::all_names(),
            services: SERVICES,
        })
    }

    /// The form again with what was typed and what was wrong (422).
    async fn refused(
        conn: &mut AsyncPgConnection,
        current: &CurrentUser,
        values: ContactValues,
        editing: Option<ContactCard>,
        errors: FieldErrors,
    ) -> Result<HttpResponse, AppError> {
        let mut page = ContactForm::load(conn, current, values, editing).await?;
        page.errors = errors;
        render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
    }
}

pub async fn new_form(
    state: web::Data<AppState>,
    RequireContactAuthor(current): RequireContactAuthor,
    params: web::Query<DirectoryParams>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let values = ContactValues {
        organisation: params.org.clone().unwrap_or_default().to_uppercase(),
        escalation_order: "1".into(),
        time_zone: chrono_tz::Asia::Bangkok.name().into(),
        availability: "hours".into(),
        ..ContactValues::default()
    };
    render(&ContactForm::load(&mut conn, &current, values, None).await?)
}

/// A one-line description of a contact's reachable details, for the audit log (in English,
/// like every summary there). Numbers are not personal data of victims: they are the
/// organisations' official contact points.
fn summary(fields: &ContactFields) -> String {
    let phones: Vec<&str> = fields.phones.iter().map(Phone::as_str).collect();
    format!(
        "{:?} ({}), order {}, {}, phones {}",
        fields.name,
        if fields.position.is_empty() {
            "no position"
        } else {
            &fields.position
        },
        fields.escalation_order,
        if fields.always_available {
            "24/7".to_owned()
        } else {
            super::availability::describe_weekly_hours(Lang::En, &fields.hours)
        },
        phones.join(" ")
    )
}

/// The organisation a new contact joins: the user's own, or for coordinators the one chosen
/// (active ones only). None, with a message, when the choice is not one.
async fn organisation(
    conn: &mut AsyncPgConnection,
    user: &SessionUser,
    values: &ContactValues,
) -> Result<(Option<Uuid>, FieldErrors), AppError> {
    let mut errors = FieldErrors::default();
    if !authz::can_manage_any_organisations_contacts(user) {
        return Ok((Some(user.org_id), errors));
    }
    match orgs::find_by_code(conn, values.organisation.trim()).await? {
        Some(org) if org.active => Ok((Some(org.id), errors)),
        _ => {
            errors.add("organisation", Msg::new("contacts-organisation-unknown"));
            Ok((None, errors))
        }
    }
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireContactAuthor(current): RequireContactAuthor,
    HtmlForm(values): HtmlForm<ContactValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let (org, mut errors) = organisation(&mut conn, &current.user, &values).await?;
    let (org, fields) = match (org, values.parse()) {
        (Some(org), Ok(fields)) => (org, fields),
        (_, parsed) => {
            errors.merge(parsed.err().unwrap_or_default());
            return ContactForm::refused(&mut conn, &current, values, None, errors).await;
        }
    };
    // Only active organisations are offered.
    if !authz::can_manage_contacts(&current.user, org, true) {
        return Err(AppError::Forbidden);
    }
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let creator = current.user.id;
    let id = commit(&state.pool, author, move |conn, _| {
        async move {
            let id = model::insert(conn, org, &fields, creator).await?;
            let summary = format!("added {}", summary(&fields));
            Ok(Change::new(Action::ContactCreated, "contact_point", id, summary)
                .flash(Msg::new("contacts-added").arg("name", &fields.name))
                .returning(id))
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/contacts/{id}")))
}

pub async fn edit_form(
    state: web::Data<AppState>,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = manageable(&mut conn, &current.user, *id, Utc::now()).await?;
    let values = ContactValues::of(&card);
    render(&ContactForm::load(&mut conn, &current, values, Some(card)).await?)
}

/// An edit never moves a contact to another organisation.
pub async fn update(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(mut values): HtmlForm<ContactValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = manageable(&mut conn, &current.user, *id, Utc::now()).await?;
    let fields = match values.parse() {
        Ok(fields) => fields,
        Err(errors) => {
            return ContactForm::refused(&mut conn, &current, values, Some(card), errors).await;
        }
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let editor = current.user.id;
    let contact_id = card.contact.id;
    let version = values.version.0;
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            if !model::update(conn, contact_id, version, &fields, editor).await? {
                return Ok(Saved::Stale);
            }
            let summary = format!("saved {}", summary(&fields));
            Ok(Saved::Yes(
                Change::new(Action::ContactUpdated, "contact_point", contact_id, summary)
                    .flash(Msg::new("contacts-saved").arg("name", &fields.name)),
            ))
        }
        .boxed()
    })
    .await?;
    if saved == Saved::Yes(()) {
        return Ok(see_other(&format!("/contacts/{contact_id}")));
    }
    let mut conn = state.pool.get().await?;
    let stored = visible(&mut conn, &current.user, contact_id, Utc::now()).await?;
    // The form comes back with what was typed, against the current version, so a second
    // submit is a deliberate overwrite.
    values.version = FormVersion(stored.contact.version);
    let mut page = ContactForm::load(&mut conn, &current, values, Some(stored.clone())).await?;
    page.conflict = Some(stored);
    render_status(StatusCode::CONFLICT, &page)
}
