//! Administration of organisations: the list, the form, the page of one, deactivation.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use futures_util::FutureExt;
use serde::Deserialize;

use crate::audit::{Action, Author, Change};
use crate::auth::CurrentUser;
use crate::authz::{self, RequireAdmin};
use crate::domain::{FieldErrors, OrgKind, TimeZone};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::orgs::model::{self, NewOrganisation, OrgWithCount, Organisation, OrganisationChanges};
use crate::orgs::rules::{self, OrgInput, Taken};
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::users::model::{self as users, UserQuery, UserWithOrg};
use crate::web::{
    FormVersion, HtmlForm, Saved, commit, commit_if_current, render, render_status, see_other,
};

#[derive(Template)]
#[template(path = "admin/orgs/index.html")]
pub struct AdminOrgsIndex {
    pub ctx: PageContext,
    pub orgs: Vec<OrgWithCount>,
}

pub async fn index(
    state: web::Data<AppState>,
    RequireAdmin(current): RequireAdmin,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let orgs = model::list_with_counts(&mut conn, true).await?;
    render(&AdminOrgsIndex {
        ctx: PageContext::new(&current, Section::AdminOrgs),
        orgs,
    })
}

/// The organisation form's fields as typed, shown back on a 422 or 409.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct OrgValues {
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub country_code: String,
    #[serde(default)]
    pub time_zone: String,
    #[serde(default)]
    pub version: FormVersion,
}

impl OrgValues {
    fn of(org: &Organisation) -> OrgValues {
        OrgValues {
            code: org.code.clone(),
            name: org.name.clone(),
            kind: org.kind.as_str().to_owned(),
            country_code: org.country_code.clone().unwrap_or_default(),
            time_zone: org.time_zone.clone(),
            version: FormVersion(org.version),
        }
    }

    fn input(&self) -> OrgInput<'_> {
        OrgInput {
            code: &self.code,
            name: &self.name,
            kind: &self.kind,
            country_code: &self.country_code,
            time_zone: &self.time_zone,
        }
    }
}

#[derive(Template)]
#[template(path = "admin/orgs/form.html")]
pub struct OrgForm {
    pub ctx: PageContext,
    pub values: OrgValues,
    pub errors: FieldErrors,
    /// The organisation being edited; None on the creation form.
    pub editing: Option<Organisation>,
    /// Set when someone else saved first: the values now stored.
    pub conflict: Option<Organisation>,
    pub kinds: [OrgKind; 3],
    pub time_zones: Vec<&'static str>,
}

impl OrgForm {
    fn new(current: &CurrentUser, values: OrgValues, editing: Option<Organisation>) -> OrgForm {
        OrgForm {
            ctx: PageContext::new(current, Section::AdminOrgs),
            values,
            errors: FieldErrors::default(),
            editing,
            conflict: None,
            kinds: OrgKind::ALL,
            time_zones: TimeZone::all_names(),
        }
    }

    /// The form again with what was typed and what was wrong (422).
    fn refused(mut self, errors: FieldErrors) -> Result<HttpResponse, AppError> {
        self.errors = errors;
        render_status(StatusCode::UNPROCESSABLE_ENTITY, &self)
    }
}

pub async fn new_form(RequireAdmin(current): RequireAdmin) -> Result<HttpResponse, AppError> {
    let values = OrgValues {
        time_zone: chrono_tz::Asia::Bangkok.name().to_owned(),
        ..OrgValues::default()
    };
    render(&OrgForm::new(&current, values, None))
}

async fn find(state: &AppState, code: &str) -> Result<Organisation, AppError> {
    let mut conn = state.pool.get().await?;
    model::find_by_code(&mut conn, code)
        .await?
        .ok_or(AppError::NotFound)
}

/// A unique constraint that refused the write: another administrator saved the same code or
/// country between the check and the write.
fn raced(error: AppError, code: &str, country: Option<&str>) -> Result<FieldErrors, AppError> {
    match error {
        AppError::Duplicate(constraint) => match Taken::from_constraint(&constraint, code, country)
        {
            Some(taken) => Ok(Taken::field_errors(&[taken])),
            None => Err(AppError::Duplicate(constraint)),
        },
        other => Err(other),
    }
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    HtmlForm(values): HtmlForm<OrgValues>,
) -> Result<HttpResponse, AppError> {
    let new = match NewOrganisation::parse(values.input()) {
        Ok(new) => new,
        Err(errors) => return OrgForm::new(&current, values, None).refused(errors),
    };
    let mut conn = state.pool.get().await?;
    let taken = rules::taken(&mut conn, Some(&new.code), new.country.as_ref(), None).await?;
    drop(conn);
    if !taken.is_empty() {
        return OrgForm::new(&current, values, None).refused(Taken::field_errors(&taken));
    }
    let code = new.code.to_string();
    let country = new.country.as_ref().map(|c| c.as_str().to_owned());
    let author = Author::of(&current, &req, &state.config);
    let created = commit(&state.pool, author, move |conn, _| {
        async move {
            let change = rules::create(conn, &new).await?;
            Ok(change.flash(Msg::new("admin-orgs-created").arg("org", new.code.to_string())))
        }
        .boxed()
    })
    .await;
    match created {
        Ok(_) => Ok(see_other(&format!("/admin/orgs/{code}"))),
        Err(error) => {
            let errors = raced(error, &code, country.as_deref())?;
            OrgForm::new(&current, values, None).refused(errors)
        }
    }
}

#[derive(Template)]
#[template(path = "admin/orgs/show.html")]
pub struct AdminOrgShow {
    pub ctx: PageContext,
    pub org: Organisation,
    /// The first page of its accounts, deactivated ones included.
    pub members: Vec<UserWithOrg>,
    pub member_total: i64,
    pub can_deactivate: bool,
}

pub async fn show(
    state: web::Data<AppState>,
    RequireAdmin(current): RequireAdmin,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let org = model::find_by_code(&mut conn, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    let query = UserQuery {
        organisation_id: Some(org.id),
        include_inactive: true,
        ..UserQuery::default()
    };
    let (members, member_total) = users::list(&mut conn, &query).await?;
    render(&AdminOrgShow {
        can_deactivate: authz::can_deactivate_organisation(&current.user, org.id),
        ctx: PageContext::new(&current, Section::AdminOrgs),
        org,
        members,
        member_total,
    })
}

pub async fn edit_form(
    state: web::Data<AppState>,
    RequireAdmin(current): RequireAdmin,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let org = find(&state, &code).await?;
    render(&OrgForm::new(&current, OrgValues::of(&org), Some(org)))
}

pub async fn update(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    code: web::Path<String>,
    HtmlForm(mut values): HtmlForm<OrgValues>,
) -> Result<HttpResponse, AppError> {
    let org = find(&state, &code).await?;
    // The code and the kind never change; the form shows them as stored.
    values.code = org.code.clone();
    values.kind = org.kind.as_str().to_owned();
    let changes = match OrganisationChanges::parse(org.kind, values.input()) {
        Ok(changes) => changes,
        Err(errors) => return OrgForm::new(&current, values, Some(org)).refused(errors),
    };
    let mut conn = state.pool.get().await?;
    let taken = rules::taken(&mut conn, None, changes.country.as_ref(), Some(org.id)).await?;
    drop(conn);
    if !taken.is_empty() {
        return OrgForm::new(&current, values, Some(org)).refused(Taken::field_errors(&taken));
    }
    let country = changes.country.as_ref().map(|c| c.as_str().to_owned());
    let author = Author::of(&current, &req, &state.config);
    let before = org.clone();
    let version = values.version.0;
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            Ok(match rules::update(conn, &before, version, &changes).await? {
                Saved::Yes(change) => {
                    Saved::Yes(change.flash(Msg::new("admin-orgs-saved").arg("org", &before.code)))
                }
                Saved::Stale => Saved::Stale,
            })
        }
        .boxed()
    })
    .await;
    match saved {
        Ok(Saved::Yes(())) => Ok(see_other(&format!("/admin/orgs/{}", org.code))),
        Ok(Saved::Stale) => {
            let now = find(&state, &org.code).await?;
            // The form comes back with what was typed, against the current version, so a
            // second submit is a deliberate overwrite.
            values.version = FormVersion(now.version);
            let mut page = OrgForm::new(&current, values, Some(now.clone()));
            page.conflict = Some(now);
            render_status(StatusCode::CONFLICT, &page)
        }
        Err(error) => {
            let errors = raced(error, &org.code, country.as_deref())?;
            OrgForm::new(&current, values, Some(org)).refused(errors)
        }
    }
}

pub async fn deactivate(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    set_active(state, req, current, code.into_inner(), false).await
}

pub async fn activate(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    set_active(state, req, current, code.into_inner(), true).await
}

/// Deactivating an organisation signs all its members out; they cannot sign in until it is
/// activated again.
async fn set_active(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    code: String,
    active: bool,
) -> Result<HttpResponse, AppError> {
    let org = find(&state, &code).await?;
    if !active && !authz::can_deactivate_organisation(&current.user, org.id) {
        return Err(AppError::Forbidden);
    }
    let author = Author::of(&current, &req, &state.config);
    let org_code = org.code.clone();
    commit(&state.pool, author, move |conn, _| {
        async move {
            model::set_active(conn, org.id, active).await?;
            let ended = if active {
                0
            } else {
                crate::auth::session::delete_all_for_org(conn, org.id).await?
            };
            let (action, verb, flash) = if active {
                (
                    Action::OrganisationActivated,
                    "activated",
                    Msg::new("admin-orgs-activated"),
                )
            } else {
                (
                    Action::OrganisationDeactivated,
                    "deactivated",
                    Msg::new("admin-orgs-deactivated"),
                )
            };
            // The summary is the audit log's record, in English like a log line.
            let summary = format!("{verb} {}; {ended} sessions ended", org.code);
            Ok(Change::new(action, "organisation", org.id, summary)
                .flash(flash.arg("org", &org.code)))
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/admin/orgs/{org_code}")))
}
