use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use futures_util::FutureExt;
use serde::Deserialize;

use crate::audit::{self, Action, Actor, Event};
use crate::auth::client_ip;
use crate::authz::{self, RequireAdmin};
use crate::db::{self, Saved};
use crate::domain::{CountryCode, FieldErrors, OrgCode, OrgKind, TimeZone, non_blank};
use crate::error::AppError;
use crate::orgs::model::{self, NewOrganisation, OrgWithCount, Organisation, OrganisationChanges};
use crate::pages::{PageContext, Section, flash, render, render_status, see_other};
use crate::startup::AppState;
use crate::users::model::{self as users, UserQuery, UserWithOrg};

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
    pub version: i32,
}

impl OrgValues {
    fn of(org: &Organisation) -> OrgValues {
        OrgValues {
            code: org.code.clone(),
            name: org.name.clone(),
            kind: org.kind.clone(),
            country_code: org.country_code.clone().unwrap_or_default(),
            time_zone: org.time_zone.clone(),
            version: org.version,
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
    fn new(
        current: &crate::auth::CurrentUser,
        values: OrgValues,
        editing: Option<Organisation>,
    ) -> OrgForm {
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
}

/// The country of an organisation: required for a country, refused for anyone else.
fn parse_country(
    kind: Option<OrgKind>,
    input: &str,
    errors: &mut FieldErrors,
) -> Option<CountryCode> {
    match kind {
        Some(OrgKind::Country) => errors.check("country_code", CountryCode::parse(input)),
        Some(_) if !input.trim().is_empty() => {
            errors.add(
                "country_code",
                "Only country organisations have a country; leave this empty.",
            );
            None
        }
        _ => None,
    }
}

pub(crate) fn parse_new(values: &OrgValues) -> Result<NewOrganisation, FieldErrors> {
    let mut errors = FieldErrors::default();
    let code = errors.check("code", OrgCode::parse(&values.code));
    let name = errors.check(
        "name",
        non_blank(&values.name, 200, "the organisation's name"),
    );
    let kind = errors.check("kind", values.kind.parse::<OrgKind>());
    let country = parse_country(kind, &values.country_code, &mut errors);
    let time_zone = errors.check("time_zone", TimeZone::parse(&values.time_zone));
    match (code, name, kind, time_zone) {
        (Some(code), Some(name), Some(kind), Some(time_zone)) if errors.is_empty() => {
            Ok(NewOrganisation {
                code,
                name,
                kind,
                country,
                time_zone,
            })
        }
        _ => Err(errors),
    }
}

fn parse_changes(values: &OrgValues, kind: OrgKind) -> Result<OrganisationChanges, FieldErrors> {
    let mut errors = FieldErrors::default();
    let name = errors.check(
        "name",
        non_blank(&values.name, 200, "the organisation's name"),
    );
    let country = parse_country(Some(kind), &values.country_code, &mut errors);
    let time_zone = errors.check("time_zone", TimeZone::parse(&values.time_zone));
    match (name, time_zone) {
        (Some(name), Some(time_zone)) if errors.is_empty() => Ok(OrganisationChanges {
            name,
            country,
            time_zone,
        }),
        _ => Err(errors),
    }
}

pub async fn new_form(RequireAdmin(current): RequireAdmin) -> Result<HttpResponse, AppError> {
    let values = OrgValues {
        time_zone: chrono_tz::Asia::Bangkok.name().to_owned(),
        ..OrgValues::default()
    };
    render(&OrgForm::new(&current, values, None))
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    form: web::Form<OrgValues>,
) -> Result<HttpResponse, AppError> {
    let values = form.into_inner();
    let mut parsed = parse_new(&values);
    if let Ok(new) = &parsed {
        let mut conn = state.pool.get().await?;
        let mut errors = FieldErrors::default();
        if model::code_taken(&mut conn, new.code.as_str()).await? {
            errors.add("code", "Another organisation already has this code.");
        }
        if let Some(country) = &new.country
            && model::country_taken(&mut conn, country.as_str(), None).await?
        {
            errors.add(
                "country_code",
                "Another organisation already stands for this country.",
            );
        }
        if !errors.is_empty() {
            parsed = Err(errors);
        }
    }
    let new = match parsed {
        Ok(new) => new,
        Err(errors) => {
            let mut page = OrgForm::new(&current, values, None);
            page.errors = errors;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let ip = client_ip(&req, &state.config);
    let code = new.code.to_string();
    let admin = current.user.clone();
    let session_id = current.session_id;
    let created = db::transaction(&state.pool, move |conn| {
        async move {
            let id = model::insert(conn, &new).await?;
            let country = new
                .country
                .as_ref()
                .map(|c| format!(", country {}", c.as_str()))
                .unwrap_or_default();
            audit::record(
                conn,
                Event {
                    actor: Actor::user(&admin),
                    action: Action::OrganisationCreated,
                    target_type: "organisation",
                    target_id: id.to_string(),
                    summary: format!("created {} {} ({}{country})", new.kind, new.code, new.name),
                    ip: Some(&ip),
                },
            )
            .await?;
            flash(
                conn,
                session_id,
                format!("Organisation {} created.", new.code),
            )
            .await
        }
        .boxed()
    })
    .await;
    match created {
        Ok(()) => Ok(see_other(&format!("/admin/orgs/{code}"))),
        // Another administrator took the code or the country between the check and the insert.
        Err(AppError::Duplicate(constraint)) => {
            let mut page = OrgForm::new(&current, values, None);
            page.errors = taken(&constraint)?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(error) => Err(error),
    }
}

/// The message for a unique constraint that refused a write.
fn taken(constraint: &str) -> Result<FieldErrors, AppError> {
    let mut errors = FieldErrors::default();
    match constraint {
        "organisations_code_key" => {
            errors.add("code", "Another organisation already has this code.")
        }
        "organisations_country_code_key" => errors.add(
            "country_code",
            "Another organisation already stands for this country.",
        ),
        other => return Err(AppError::Duplicate(other.to_owned())),
    }
    Ok(errors)
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
    let mut conn = state.pool.get().await?;
    let org = model::find_by_code(&mut conn, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    render(&OrgForm::new(&current, OrgValues::of(&org), Some(org)))
}

pub async fn update(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    code: web::Path<String>,
    form: web::Form<OrgValues>,
) -> Result<HttpResponse, AppError> {
    let mut values = form.into_inner();
    let mut conn = state.pool.get().await?;
    let org = model::find_by_code(&mut conn, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    values.code = org.code.clone();
    values.kind = org.kind.clone();
    let mut parsed = parse_changes(&values, org.kind());
    if let Ok(changes) = &parsed
        && let Some(country) = &changes.country
        && model::country_taken(&mut conn, country.as_str(), Some(org.id)).await?
    {
        let mut errors = FieldErrors::default();
        errors.add(
            "country_code",
            "Another organisation already stands for this country.",
        );
        parsed = Err(errors);
    }
    drop(conn);
    let changes = match parsed {
        Ok(changes) => changes,
        Err(errors) => {
            let mut page = OrgForm::new(&current, values, Some(org));
            page.errors = errors;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };

    let ip = client_ip(&req, &state.config);
    let admin = current.user.clone();
    let session_id = current.session_id;
    let before = org.clone();
    let version = values.version;
    let saved = db::transaction(&state.pool, move |conn| {
        async move {
            if !model::update(conn, before.id, version, &changes).await? {
                return Ok(Saved::Stale);
            }
            let mut summary = Vec::new();
            if before.name != changes.name {
                summary.push(format!("name {:?} → {:?}", before.name, changes.name));
            }
            let new_country = changes.country.as_ref().map(|c| c.as_str().to_owned());
            if before.country_code != new_country {
                summary.push(format!(
                    "country {} → {}",
                    before.country_code.as_deref().unwrap_or("none"),
                    new_country.as_deref().unwrap_or("none")
                ));
            }
            if before.time_zone != changes.time_zone.name() {
                summary.push(format!(
                    "time zone {} → {}",
                    before.time_zone,
                    changes.time_zone.name()
                ));
            }
            if summary.is_empty() {
                summary.push("saved without changes".to_owned());
            }
            audit::record(
                conn,
                Event {
                    actor: Actor::user(&admin),
                    action: Action::OrganisationUpdated,
                    target_type: "organisation",
                    target_id: before.id.to_string(),
                    summary: format!("{}: {}", before.code, summary.join("; ")),
                    ip: Some(&ip),
                },
            )
            .await?;
            flash(
                conn,
                session_id,
                format!("Organisation {} saved.", before.code),
            )
            .await?;
            Ok(Saved::Yes)
        }
        .boxed()
    })
    .await;

    match saved {
        Err(AppError::Duplicate(constraint)) => {
            let mut page = OrgForm::new(&current, values, Some(org));
            page.errors = taken(&constraint)?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(error) => Err(error),
        Ok(Saved::Yes) => Ok(see_other(&format!("/admin/orgs/{}", org.code))),
        Ok(Saved::Stale) => {
            let mut conn = state.pool.get().await?;
            let now = model::find_by_code(&mut conn, &org.code)
                .await?
                .ok_or(AppError::NotFound)?;
            // The form comes back with what was typed, against the current version, so a
            // second submit is a deliberate overwrite.
            values.version = now.version;
            let mut page = OrgForm::new(&current, values, Some(now.clone()));
            page.conflict = Some(now);
            render_status(StatusCode::CONFLICT, &page)
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
    current: crate::auth::CurrentUser,
    code: String,
    active: bool,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let org = model::find_by_code(&mut conn, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    drop(conn);
    if !active && !authz::can_deactivate_organisation(&current.user, org.id) {
        return Err(AppError::Forbidden);
    }
    let ip = client_ip(&req, &state.config);
    let admin = current.user.clone();
    let session_id = current.session_id;
    let org_code = org.code.clone();
    db::transaction(&state.pool, move |conn| {
        async move {
            model::set_active(conn, org.id, active).await?;
            let ended = if active {
                0
            } else {
                crate::auth::session::delete_all_for_org(conn, org.id).await?
            };
            let (action, verb) = if active {
                (Action::OrganisationActivated, "activated")
            } else {
                (Action::OrganisationDeactivated, "deactivated")
            };
            audit::record(
                conn,
                Event {
                    actor: Actor::user(&admin),
                    action,
                    target_type: "organisation",
                    target_id: org.id.to_string(),
                    summary: format!("{verb} {}; {ended} sessions ended", org.code),
                    ip: Some(&ip),
                },
            )
            .await?;
            flash(
                conn,
                session_id,
                format!("Organisation {} {verb}.", org.code),
            )
            .await
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/admin/orgs/{org_code}")))
}
