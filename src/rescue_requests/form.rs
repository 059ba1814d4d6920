//! Filing a request and editing its details: the form page and its handlers.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use diesel_async::AsyncPgConnection;
use futures_util::FutureExt;
use uuid::Uuid;

use super::item::{audit_view, visible};
use super::model::{self, Area, NewEntry, OrgRef, RequestCard, RequestFields};
use super::values::RequestValues;
use crate::notifications::Teller;
use crate::audit::{Action, Author, Change};
use crate::auth::CurrentUser;
use crate::authz::{self, RequireRescueFiler};
use crate::domain::FieldErrors;
use crate::domain::rescue::{Sex, Urgency};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{FormVersion, HtmlForm, Saved, commit, commit_if_current, render, render_status, see_other};

#[derive(Template)]
#[template(path = "rescue_requests/form.html")]
pub struct RequestForm {
    pub ctx: PageContext,
    pub values: RequestValues,
    pub errors: FieldErrors,
    /// The request being edited; None on the filing form.
    pub editing: Option<RequestCard>,
    /// Someone else saved first: the request as stored now.
    pub conflict: Option<RequestCard>,
    /// The countries the user may file for; one for a country's members.
    pub countries: Vec<(String, OrgRef)>,
    pub areas: Vec<Area>,
    pub sexes: [Sex; 3],
    pub urgencies: [Urgency; 3],
}

impl RequestForm {
    async fn load(
        conn: &mut AsyncPgConnection,
        current: &CurrentUser,
        values: RequestValues,
        editing: Option<RequestCard>,
    ) -> Result<RequestForm, AppError> {
        let user = &current.user;
        let countries = model::countries(conn)
            .await?
            .into_iter()
            .filter(|(code, _)| authz::can_file_rescue_request_for(user, code))
            .collect();
        // A retired area stays on the form of a request that names it.
        let areas = model::areas(conn, false)
            .await?
            .into_iter()
            .filter(|a| a.active || editing.as_ref().is_some_and(|e| e.row.area_id == a.id))
            .collect();
        Ok(RequestForm {
            ctx: PageContext::new(current, Section::RescueRequests),
            values,
            errors: FieldErrors::default(),
            editing,
            conflict: None,
            countries,
            areas,
            sexes: Sex::ALL,
            urgencies: Urgency::ALL,
        })
    }

    async fn refused(
        conn: &mut AsyncPgConnection,
        current: &CurrentUser,
        values: RequestValues,
        editing: Option<RequestCard>,
        errors: FieldErrors,
    ) -> Result<HttpResponse, AppError> {
        let mut page = RequestForm::load(conn, current, values, editing).await?;
        page.errors = errors;
        render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
    }

    /// The form's choices as ids, which the parsing accepts.
    fn area_ids(&self) -> Vec<Uuid> {
        self.areas.iter().map(|a| a.id).collect()
    }
}

/// Reads the form against what this user may choose: the nationality must be one they may
/// file for (their own, for a country's members), the area one the form offers.
async fn accept(
    conn: &mut AsyncPgConnection,
    current: &CurrentUser,
    values: &RequestValues,
    editing: Option<&RequestCard>,
) -> Result<Result<RequestFields, FieldErrors>, AppError> {
    let form = RequestForm::load(conn, current, RequestValues::default(), editing.cloned()).await?;
    let mut values = values.clone();
    match editing {
        // The nationality decides who sees the request: it is not edited.
        Some(card) => values.nationality = card.row.nationality.clone(),
        None if form.countries.len() == 1 => values.nationality = form.countries[0].0.clone(),
        None => {}
    }
    let parsed = values.parse(current.user.today(), &form.area_ids());
    Ok(match parsed {
        Ok(fields) if !form.countries.iter().any(|(code, _)| *code == fields.nationality) => {
            let mut errors = FieldErrors::default();
            errors.add("nationality", Msg::new("rescue-field-nationality-unknown"));
            Err(errors)
        }
        other => other,
    })
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct NewParams {
    /// Open the request from this border referral, filled from it.
    pub referral: Option<Uuid>,
}

pub async fn new_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireRescueFiler(current): RequireRescueFiler,
    params: web::Query<NewParams>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let mut values = RequestValues {
        urgency: Urgency::Urgent.as_str().into(),
        nationality: current.user.country_code.clone().unwrap_or_default(),
        ..RequestValues::default()
    };
    if let Some(id) = params.referral {
        let card = crate::referrals::item::visible(&mut conn, &state, &current, &authz::referral_scope(&current.user), id).await?;
        if card.row.rescue_request_id.is_none() {
            crate::referrals::item::audit_view(&mut conn, &req, &state, &current, &card, "opened to file a rescue request").await?;
        }
        if let Some(traveller) = card.traveller.filter(|_| card.row.rescue_request_id.is_none()) {
            values.nationality = card.row.nationality.clone();
            values.full_name = traveller.full_name;
            values.sex = traveller.sex.as_str().into();
            values.date_of_birth = traveller.date_of_birth.map(|d| d.to_string()).unwrap_or_default();
            values.passport_number = traveller.passport_number.unwrap_or_default();
            values.phones = traveller.phone.unwrap_or_default();
            values.last_known_location = card.checkpoint.clone();
            values.circumstances = [traveller.purpose, traveller.destination]
                .into_iter()
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join("\n");
            values.referral = id.to_string();
        }
    }
    render(&RequestForm::load(&mut conn, &current, values, None).await?)
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireRescueFiler(current): RequireRescueFiler,
    HtmlForm(values): HtmlForm<RequestValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let fields = match accept(&mut conn, &current, &values, None).await? {
        Ok(fields) => fields,
        Err(errors) => return RequestForm::refused(&mut conn, &current, values, None, errors).await,
    };
    // Opened from a border referral the user may read that has no request yet: linked both ways.
    let referral = match values.referral.trim().parse::<Uuid>() {
        Ok(id) => {
            let scope = authz::referral_scope(&current.user);
            // Not the user's to see (404): no link, the request is filed on its own.
            match crate::referrals::item::visible(&mut conn, &state, &current, &scope, id).await {
                Ok(card) => Some(card.row.id),
                Err(AppError::NotFound) => None,
                Err(other) => return Err(other),
            }
        }
        Err(_) => None,
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let teller = Teller::of(&current, &state.config);
    let keys = Arc::clone(&state.keys);
    let (filer, filer_org) = (current.user.id, current.user.org_id);
    let id = commit(&state.pool, author, move |conn, _| {
        async move {
            let (id, reference) = model::insert(conn, &keys, &fields, filer, filer_org).await?;
            super::notices::filed(conn, &teller, id, &reference.to_string(), &fields.nationality)
                .await?;
            if let Some(referral) = referral
                && crate::referrals::model::link_rescue_request(conn, referral, &fields.nationality, id)
                    .await?
            {
                let said = reference.to_string();
                let entry = crate::referrals::model::NewEntry::RescueRequest(&said);
                crate::referrals::model::add_event(conn, &keys, referral, Some(filer), entry, "").await?;
            }
            // The summary names what a reader of the audit log may know, never the person.
            let summary = format!(
                "{reference}: filed for {} ({}, {})",
                fields.nationality,
                fields.urgency.as_str(),
                if fields.person.passport_number.is_some() { "with a passport number" } else { "no passport number" }
            );
            Ok(
                Change::new(Action::RescueRequestFiled, "rescue_request", id, summary)
                    .flash(Msg::new("rescue-filed").arg("reference", reference.to_string()))
                    .returning(id),
            )
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/rescue-requests/{id}")))
}

pub async fn edit_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::rescue_scope(&current.user);
    let card = visible(&mut conn, &state.keys, &scope, *id).await?;
    if !authz::can_update_rescue_request(&current.user, &card.row.nationality) {
        return Err(AppError::Forbidden);
    }
    audit_view(&mut conn, &req, &state, &current, &card, "opened for editing").await?;
    let values = RequestValues::of(&card);
    render(&RequestForm::load(&mut conn, &current, values, Some(card)).await?)
}

/// The fields an edit changed, by their form names: the audit log and the timeline say what
/// changed, never to what.
fn changed_fields(before: &RequestCard, after: &RequestFields) -> Vec<&'static str> {
    let mut changed = Vec::new();
    let row = &before.row;
    if row.urgency != after.urgency {
        changed.push("urgency");
    }
    if row.area_id != after.area_id {
        changed.push("area");
    }
    if row.last_contact_on != after.last_contact_on {
        changed.push("last_contact_on");
    }
    if let Some(personal) = &before.personal {
        let (p, q) = (&personal.person, &after.person);
        let person_fields: [(&'static str, bool); 9] = [
            ("full_name", p.full_name != q.full_name),
            ("other_names", p.other_names != q.other_names),
            ("sex", p.sex != q.sex),
            ("date_of_birth", p.date_of_birth != q.date_of_birth),
            ("approximate_age", p.approximate_age != q.approximate_age),
            ("passport_number", p.passport_number != q.passport_number),
            ("phones", p.phones != q.phones),
            ("handles", p.handles != q.handles),
            ("family_contact", p.family_contact != q.family_contact),
        ];
        let (s, t) = (&personal.situation, &after.situation);
        let situation_fields: [(&'static str, bool); 4] = [
            ("last_known_location", s.last_known_location != t.last_known_location),
            ("compound", s.compound != t.compound),
            ("recruitment", s.recruitment != t.recruitment),
            ("circumstances", s.circumstances != t.circumstances),
        ];
        changed.extend(
            person_fields
                .into_iter()
                .chain(situation_fields)
                .filter(|(_, differs)| *differs)
                .map(|(name, _)| name),
        );
    }
    changed
}

pub async fn update(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(mut values): HtmlForm<RequestValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::rescue_scope(&current.user);
    let card = visible(&mut conn, &state.keys, &scope, *id).await?;
    if !authz::can_update_rescue_request(&current.user, &card.row.nationality) {
        return Err(AppError::Forbidden);
    }
    let fields = match accept(&mut conn, &current, &values, Some(&card)).await? {
        Ok(fields) => fields,
        Err(errors) => {
            return RequestForm::refused(&mut conn, &current, values, Some(card), errors).await;
        }
    };
    drop(conn);
    // Saving the same details again writes nothing (no version, no timeline entry).
    if changed_fields(&card, &fields).is_empty() && values.version.0 == card.row.version {
        return Ok(see_other(&format!("/rescue-requests/{}", card.row.id)));
    }
    let author = Author::of(&current, &req, &state.config);
    let keys = Arc::clone(&state.keys);
    let editor = current.user.id;
    let before = card.clone();
    let version = values.version.0;
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            if !model::update(conn, &keys, before.row.id, version, &fields).await? {
                return Ok(Saved::Stale);
            }
            let reference = before.row.reference();
            let changed = changed_fields(&before, &fields);
            // The timeline keeps the names of the fields (shown as their labels in the reader's
            // language); the audit log says the same in words.
            model::add_event(conn, &keys, before.row.id, editor, NewEntry::Edit, &changed.join(","))
                .await?;
            let said = if changed.is_empty() {
                "nothing changed".to_owned()
            } else {
                format!("changed {}", changed.join(", "))
            };
            Ok(Saved::Yes(
                Change::new(
                    Action::RescueRequestUpdated,
                    "rescue_request",
                    before.row.id,
                    format!("{reference}: {said}"),
                )
                .flash(Msg::new("rescue-saved").arg("reference", reference.to_string())),
            ))
        }
        .boxed()
    })
    .await?;
    match saved {
        Saved::Yes(()) => Ok(see_other(&format!("/rescue-requests/{}", card.row.id))),
        Saved::Stale => {
            let mut conn = state.pool.get().await?;
            let stored = visible(&mut conn, &state.keys, &scope, card.row.id).await?;
            values.version = FormVersion(stored.row.version);
            let mut page = RequestForm::load(&mut conn, &current, values, Some(stored.clone())).await?;
            page.conflict = Some(stored);
            render_status(StatusCode::CONFLICT, &page)
        }
    }
}
