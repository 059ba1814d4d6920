//! Filing a referral and correcting its details: the form page and its handlers. Filing
//! answers 303 to the referral's page, which opens on whom to call.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use diesel_async::AsyncPgConnection;
use futures_util::FutureExt;
use uuid::Uuid;

use super::item::{audit_view, visible};
use super::model::{self, Checkpoint, NewEntry, OrgRef, Policy, ReferralCard, ReferralFields};
use super::values::{ReferralValues, changed_fields};
use crate::notifications::Teller;
use crate::audit::{Action, Author, Change};
use crate::auth::CurrentUser;
use crate::authz::{self, RequireReferralFiler};
use crate::domain::FieldErrors;
use crate::domain::referral::{Disposition, Itinerary, Risk, TravelMode};
use crate::domain::rescue::Sex;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{FormVersion, HtmlForm, Saved, commit, commit_if_current, render, render_status, see_other};

#[derive(Template)]
#[template(path = "referrals/form.html")]
pub struct ReferralForm {
    pub ctx: PageContext,
    pub values: ReferralValues,
    pub errors: FieldErrors,
    /// The referral being corrected; None on the filing form.
    pub editing: Option<ReferralCard>,
    /// Someone else saved first: the referral as stored now.
    pub conflict: Option<ReferralCard>,
    /// The nationalities with an embassy on the portal, by code.
    pub countries: Vec<(String, OrgRef)>,
    pub checkpoints: Vec<Checkpoint>,
    pub policy: Policy,
    pub sexes: [Sex; 3],
    pub modes: [TravelMode; 2],
    pub itineraries: [Itinerary; 3],
    pub risks: [Risk; 8],
    pub dispositions: [Disposition; 2],
}

impl ReferralForm {
    async fn load(
        conn: &mut AsyncPgConnection,
        state: &AppState,
        current: &CurrentUser,
        values: ReferralValues,
        editing: Option<ReferralCard>,
    ) -> Result<ReferralForm, AppError> {
        let orgs = state.orgs.active(conn, current.directory_version).await?;
        let mut countries: Vec<(String, OrgRef)> = model::served_nationalities(&orgs)
            .into_iter()
            .filter_map(|code| {
                let embassy = model::embassies_of(&orgs, &code).into_iter().next()?;
                Some((code, embassy))
            })
            .collect();
        countries.sort_by(|a, b| a.1.name.cmp(&b.1.name));
        // A retired checkpoint stays on the form of a referral that names it.
        let checkpoints = model::checkpoints(conn)
            .await?
            .into_iter()
            .filter(|c| c.active || editing.as_ref().is_some_and(|e| e.row.checkpoint_id == c.id))
            .collect();
        Ok(ReferralForm {
            ctx: PageContext::new(current, Section::Referrals),
            values,
            errors: FieldErrors::default(),
            editing,
            conflict: None,
            countries,
            checkpoints,
            policy: model::policy(conn).await?,
            sexes: Sex::ALL,
            modes: TravelMode::ALL,
            itineraries: Itinerary::ALL,
            risks: Risk::ALL,
            dispositions: Disposition::ALL,
        })
    }

    /// The typed nationality is one of the portal's: the select shows it chosen.
    pub fn chose_other(&self) -> bool {
        self.values.nationality == "other"
            || (!self.values.nationality.is_empty()
                && !self.countries.iter().any(|(code, _)| *code == self.values.nationality))
    }

    fn checkpoint_ids(&self) -> Vec<Uuid> {
        self.checkpoints.iter().map(|c| c.id).collect()
    }
}

async fn refused(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    current: &CurrentUser,
    values: ReferralValues,
    editing: Option<ReferralCard>,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let mut page = ReferralForm::load(conn, state, current, values, editing).await?;
    page.errors = errors;
    render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// Reads the form against what it offers: a checkpoint of the list; on an edit, the
/// nationality stays the referral's.
async fn accept(
    conn: &mut AsyncPgConnection,
    state: &AppState,
    current: &CurrentUser,
    values: &ReferralValues,
    editing: Option<&ReferralCard>,
) -> Result<Result<ReferralFields, FieldErrors>, AppError> {
    let form =
        ReferralForm::load(conn, state, current, ReferralValues::default(), editing.cloned()).await?;
    let mut values = values.clone();
    if let Some(card) = editing {
        values.nationality = card.row.nationality.clone();
    }
    Ok(values.parse(current.user.today(), &form.checkpoint_ids()))
}

pub async fn new_form(
    state: web::Data<AppState>,
    RequireReferralFiler(current): RequireReferralFiler,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let values = ReferralValues {
        sex: Sex::Unspecified.as_str().into(),
        travel_mode: TravelMode::Land.as_str().into(),
        itinerary: Itinerary::Unclear.as_str().into(),
        disposition: Disposition::Held.as_str().into(),
        ..ReferralValues::default()
    };
    render(&ReferralForm::load(&mut conn, &state, &current, values, None).await?)
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireReferralFiler(current): RequireReferralFiler,
    HtmlForm(values): HtmlForm<ReferralValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let fields = match accept(&mut conn, &state, &current, &values, None).await? {
        Ok(fields) => fields,
        Err(errors) => return refused(&mut conn, &state, &current, values, None, errors).await,
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let teller = Teller::of(&current, &state.config);
    let keys = Arc::clone(&state.keys);
    let (filer, filer_org) = (current.user.id, current.user.org_id);
    let id = commit(&state.pool, author, move |conn, _| {
        async move {
            // The deadline is the policy's at this moment, kept with the referral.
            let policy = model::policy(conn).await?;
            let minutes = policy.minutes_for(fields.disposition);
            let (id, reference) = model::insert(conn, &keys, &fields, minutes, filer, filer_org).await?;
            super::notices::filed(conn, &teller, id, &reference.to_string(), &fields.nationality)
                .await?;
            // The summary names what a reader of the audit log may know, never the traveller.
            let summary = format!(
                "{reference}: filed for {} ({}, {}, acknowledgement within {minutes} minutes)",
                fields.nationality,
                fields.disposition.as_str(),
                fields.itinerary.as_str(),
            );
            Ok(Change::new(Action::ReferralFiled, "referral", id, summary)
                .flash(Msg::new("referral-filed").arg("reference", reference.to_string()))
                .returning(id))
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/referrals/{id}")))
}

pub async fn edit_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::referral_scope(&current.user);
    let card = visible(&mut conn, &state, &current, &scope, *id).await?;
    if !authz::can_file_referrals(&current.user) {
        return Err(AppError::Forbidden);
    }
    audit_view(&mut conn, &req, &state, &current, &card, "opened for correcting").await?;
    let values = ReferralValues::of(&card);
    render(&ReferralForm::load(&mut conn, &state, &current, values, Some(card)).await?)
}

pub async fn update(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(mut values): HtmlForm<ReferralValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::referral_scope(&current.user);
    let card = visible(&mut conn, &state, &current, &scope, *id).await?;
    if !authz::can_file_referrals(&current.user) {
        return Err(AppError::Forbidden);
    }
    let fields = match accept(&mut conn, &state, &current, &values, Some(&card)).await? {
        Ok(fields) => fields,
        Err(errors) => return refused(&mut conn, &state, &current, values, Some(card), errors).await,
    };
    drop(conn);
    let changed = changed_fields(&card, &fields);
    // Saving the same details again writes nothing.
    if changed.is_empty() && values.version.0 == card.row.version {
        return Ok(see_other(&format!("/referrals/{}", card.row.id)));
    }
    let author = Author::of(&current, &req, &state.config);
    let keys = Arc::clone(&state.keys);
    let editor = current.user.id;
    let row = card.row.clone();
    let version = values.version.0;
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            if !model::update(conn, &keys, row.id, version, &fields).await? {
                return Ok(Saved::Stale);
            }
            let names = changed.join(",");
            model::add_event(conn, &keys, row.id, Some(editor), NewEntry::Edited(&names), "").await?;
            let reference = row.reference();
            let said = if changed.is_empty() {
                "nothing changed".to_owned()
            } else {
                format!("corrected {}", changed.join(", "))
            };
            Ok(Saved::Yes(
                Change::new(Action::ReferralUpdated, "referral", row.id, format!("{reference}: {said}"))
                    .flash(Msg::new("referral-saved").arg("reference", reference.to_string())),
            ))
        }
        .boxed()
    })
    .await?;
    match saved {
        Saved::Yes(()) => Ok(see_other(&format!("/referrals/{}", card.row.id))),
        Saved::Stale => {
            let mut conn = state.pool.get().await?;
            let stored = visible(&mut conn, &state, &current, &scope, card.row.id).await?;
            values.version = FormVersion(stored.row.version);
            let mut page =
                ReferralForm::load(&mut conn, &state, &current, values, Some(stored.clone())).await?;
            page.conflict = Some(stored);
            render_status(StatusCode::CONFLICT, &page)
        }
    }
}
