use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use futures_util::FutureExt;
use secrecy::SecretString;
use serde::Deserialize;
use uuid::Uuid;

use crate::audit::{self, Action, Actor, Event};
use crate::auth::{CurrentUser, client_ip, session, throttle};
use crate::authz::{self, RequireAdmin};
use crate::db::{self, Saved};
use crate::domain::{Email, FieldErrors, NewPassword, OrgKind, PersonName};
use crate::error::AppError;
use crate::orgs::model::{self as orgs, Organisation};
use crate::pages::{ListQuery, PageContext, Section, flash, render, render_status, see_other};
use crate::startup::AppState;
use crate::users::model::{self as users, NewUser, UserChanges, UserQuery, UserWithOrg};

/// Far beyond any real list; keeps the offset arithmetic safe from a hand-typed page number.
const MAX_PAGE: i64 = 100_000;

#[derive(Debug, Default, Deserialize)]
pub struct UserFilters {
    #[serde(default)]
    pub org: String,
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub inactive: Option<String>,
    #[serde(default)]
    pub page: i64,
}

impl UserFilters {
    pub fn query_string(&self, page: i64) -> String {
        ListQuery::new()
            .set("org", &self.org)
            .set("q", &self.q)
            .flag("inactive", self.inactive.is_some())
            .always("page", &page.to_string())
            .finish()
    }
}

#[derive(Template)]
#[template(path = "admin/users/index.html")]
pub struct AdminUsersIndex {
    pub ctx: PageContext,
    pub filters: UserFilters,
    pub orgs: Vec<(String, String)>,
    pub users: Vec<UserWithOrg>,
    pub total: i64,
    pub page: i64,
    pub last_page: i64,
}

pub async fn index(
    state: web::Data<AppState>,
    RequireAdmin(current): RequireAdmin,
    filters: web::Query<UserFilters>,
) -> Result<HttpResponse, AppError> {
    let mut filters = filters.into_inner();
    filters.q = filters.q.trim().to_owned();
    filters.org = filters.org.trim().to_uppercase();
    let mut conn = state.pool.get().await?;
    let org_id = if filters.org.is_empty() {
        None
    } else {
        Some(
            orgs::find_by_code(&mut conn, &filters.org)
                .await?
                .map(|o| o.id)
                .unwrap_or(Uuid::nil()),
        )
    };
    let query = UserQuery {
        organisation_id: org_id,
        text: Some(filters.q.clone()),
        include_inactive: filters.inactive.is_some(),
        page: filters.page.clamp(0, MAX_PAGE),
    };
    let (list, total) = users::list(&mut conn, &query).await?;
    let orgs = orgs::list_codes(&mut conn).await?;
    let last_page = ((total - 1).max(0)) / users::PAGE_SIZE;
    render(&AdminUsersIndex {
        ctx: PageContext::new(&current, Section::AdminUsers),
        page: query.page,
        filters,
        orgs,
        users: list,
        total,
        last_page,
    })
}

/// The account form's fields as typed.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct UserValues {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub org: String,
    #[serde(default)]
    pub is_admin: Option<String>,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub version: i32,
}

impl UserValues {
    fn of(user: &UserWithOrg) -> UserValues {
        UserValues {
            email: user.user.email.clone(),
            name: user.user.name.clone(),
            org: user.org_code.clone(),
            is_admin: user.user.is_admin.then(|| "on".to_owned()),
            password: String::new(),
            version: user.user.version,
        }
    }

    pub fn admin_checked(&self) -> bool {
        self.is_admin.is_some()
    }
}

#[derive(Template)]
#[template(path = "admin/users/form.html")]
pub struct UserForm {
    pub ctx: PageContext,
    pub values: UserValues,
    pub errors: FieldErrors,
    pub orgs: Vec<(String, String)>,
    pub editing: Option<UserWithOrg>,
    pub conflict: Option<UserWithOrg>,
}

async fn user_form(
    state: &AppState,
    current: &CurrentUser,
    values: UserValues,
    errors: FieldErrors,
    editing: Option<UserWithOrg>,
) -> Result<UserForm, AppError> {
    let mut conn = state.pool.get().await?;
    let orgs = orgs::list_codes(&mut conn).await?;
    Ok(UserForm {
        ctx: PageContext::new(current, Section::AdminUsers),
        values,
        errors,
        orgs,
        editing,
        conflict: None,
    })
}

/// The fields common to creating and editing, checked against the database: the organisation
/// exists, administrators belong to a coordinator organisation, the email is free.
async fn parse_account(
    state: &AppState,
    values: &UserValues,
    except: Option<Uuid>,
    errors: &mut FieldErrors,
) -> Result<Option<(Email, PersonName, Organisation)>, AppError> {
    let email = errors.check("email", Email::parse(&values.email));
    let name = errors.check("name", PersonName::parse(&values.name));
    let mut conn = state.pool.get().await?;
    let org = match values.org.trim() {
        "" => {
            errors.add("org", "Choose the person's organisation.");
            None
        }
        code => {
            let org = orgs::find_by_code(&mut conn, code).await?;
            if org.is_none() {
                errors.add("org", "Choose an organisation from the list.");
            }
            org
        }
    };
    if let Some(org) = &org
        && values.admin_checked()
        && org.kind() != OrgKind::Coordinator
    {
        errors.add(
            "is_admin",
            "Only members of a coordinator organisation can be administrators.",
        );
    }
    if let Some(email) = &email
        && users::email_taken(&mut conn, email, except).await?
    {
        errors.add("email", "Another account already uses this email address.");
    }
    Ok(match (email, name, org) {
        (Some(email), Some(name), Some(org)) if errors.is_empty() => Some((email, name, org)),
        _ => None,
    })
}

pub async fn new_form(
    state: web::Data<AppState>,
    RequireAdmin(current): RequireAdmin,
) -> Result<HttpResponse, AppError> {
    render(
        &user_form(
            &state,
            &current,
            UserValues::default(),
            FieldErrors::default(),
            None,
        )
        .await?,
    )
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    form: web::Form<UserValues>,
) -> Result<HttpResponse, AppError> {
    let mut values = form.into_inner();
    let mut errors = FieldErrors::default();
    let account = parse_account(&state, &values, None, &mut errors).await?;
    let password = errors.check(
        "password",
        NewPassword::parse(&values.password, Some(values.email.trim())),
    );
    let (Some((email, name, org)), Some(password)) = (account, password) else {
        values.password.clear();
        let page = user_form(&state, &current, values, errors, None).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let password_hash = state.hasher.hash(password.into_secret()).await?;
    let new = NewUser {
        email,
        name,
        organisation_id: org.id,
        is_admin: values.admin_checked(),
        password_hash,
        must_change_password: true,
    };
    let ip = client_ip(&req, &state.config);
    let admin = current.user.clone();
    let session_id = current.session_id;
    let created = db::transaction(&state.pool, move |conn| {
        async move {
            let id = users::insert(conn, &new).await?;
            let role = if new.is_admin { ", administrator" } else { "" };
            audit::record(
                conn,
                Event {
                    actor: Actor::user(&admin),
                    action: Action::UserCreated,
                    target_type: "user",
                    target_id: id.to_string(),
                    summary: format!("created {} ({}) in {}{role}", new.email, new.name.as_str(), org.code),
                    ip: Some(&ip),
                },
            )
            .await?;
            flash(
                conn,
                session_id,
                format!(
                    "Account {} created. Give them the temporary password by phone or in person; they must change it at first sign-in.",
                    new.email
                ),
            )
            .await?;
            Ok(id)
        }
        .boxed()
    })
    .await;
    match created {
        Ok(id) => Ok(see_other(&format!("/admin/users/{id}"))),
        // Another administrator took the address between the check and the insert.
        Err(AppError::Duplicate(constraint)) if constraint == EMAIL_KEY => {
            values.password.clear();
            let page = user_form(&state, &current, values, email_taken(), None).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(error) => Err(error),
    }
}

const EMAIL_KEY: &str = "users_email_key";

fn email_taken() -> FieldErrors {
    let mut errors = FieldErrors::default();
    errors.add("email", "Another account already uses this email address.");
    errors
}

#[derive(Template)]
#[template(path = "admin/users/show.html")]
pub struct AdminUserShow {
    pub ctx: PageContext,
    pub account: UserWithOrg,
    pub can_deactivate: bool,
    pub can_reset_password: bool,
    pub errors: FieldErrors,
}

async fn load(state: &AppState, id: Uuid) -> Result<UserWithOrg, AppError> {
    let mut conn = state.pool.get().await?;
    users::find_with_org(&mut conn, id)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn show(
    state: web::Data<AppState>,
    RequireAdmin(current): RequireAdmin,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let account = load(&state, *id).await?;
    render(&AdminUserShow {
        can_deactivate: authz::can_deactivate_user(&current.user, account.user.id),
        can_reset_password: authz::can_reset_password(&current.user, account.user.id),
        ctx: PageContext::new(&current, Section::AdminUsers),
        account,
        errors: FieldErrors::default(),
    })
}

pub async fn edit_form(
    state: web::Data<AppState>,
    RequireAdmin(current): RequireAdmin,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let account = load(&state, *id).await?;
    let values = UserValues::of(&account);
    render(
        &user_form(
            &state,
            &current,
            values,
            FieldErrors::default(),
            Some(account),
        )
        .await?,
    )
}

pub async fn update(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    id: web::Path<Uuid>,
    form: web::Form<UserValues>,
) -> Result<HttpResponse, AppError> {
    let before = load(&state, *id).await?;
    let values = form.into_inner();
    let mut errors = FieldErrors::default();
    let account = parse_account(&state, &values, Some(before.user.id), &mut errors).await?;
    if !authz::can_set_admin_flag(&current.user, before.user.id, values.admin_checked()) {
        errors.add(
            "is_admin",
            "You cannot remove your own administrator rights; ask another administrator.",
        );
    }
    let (Some((email, name, org)), true) = (account, errors.is_empty()) else {
        let page = user_form(&state, &current, values, errors, Some(before)).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let changes = UserChanges {
        email,
        name,
        organisation_id: org.id,
        is_admin: values.admin_checked(),
    };
    let ip = client_ip(&req, &state.config);
    let admin = current.user.clone();
    let session_id = current.session_id;
    let version = values.version;
    let target = before.user.clone();
    let before_org = before.org_code.clone();
    let saved = db::transaction(&state.pool, move |conn| {
        async move {
            if !users::update(conn, target.id, version, &changes).await? {
                return Ok(Saved::Stale);
            }
            let mut summary = Vec::new();
            if target.email != changes.email.as_str() {
                summary.push(format!("email {} → {}", target.email, changes.email));
            }
            if target.name != changes.name.as_str() {
                summary.push(format!(
                    "name {:?} → {:?}",
                    target.name,
                    changes.name.as_str()
                ));
            }
            if before_org != org.code {
                summary.push(format!("organisation {before_org} → {}", org.code));
            }
            if target.is_admin != changes.is_admin {
                summary.push(format!(
                    "administrator {} → {}",
                    target.is_admin, changes.is_admin
                ));
            }
            if summary.is_empty() {
                summary.push("saved without changes".to_owned());
            }
            audit::record(
                conn,
                Event {
                    actor: Actor::user(&admin),
                    action: Action::UserUpdated,
                    target_type: "user",
                    target_id: target.id.to_string(),
                    summary: format!("{}: {}", target.email, summary.join("; ")),
                    ip: Some(&ip),
                },
            )
            .await?;
            flash(
                conn,
                session_id,
                format!("Account {} saved.", changes.email),
            )
            .await?;
            Ok(Saved::Yes)
        }
        .boxed()
    })
    .await;
    match saved {
        Err(AppError::Duplicate(constraint)) if constraint == EMAIL_KEY => {
            let page = user_form(&state, &current, values, email_taken(), Some(before)).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(error) => Err(error),
        Ok(Saved::Yes) => Ok(see_other(&format!("/admin/users/{}", before.user.id))),
        Ok(Saved::Stale) => {
            let now = load(&state, before.user.id).await?;
            let mut values = values;
            values.version = now.user.version;
            let mut page = user_form(
                &state,
                &current,
                values,
                FieldErrors::default(),
                Some(load(&state, before.user.id).await?),
            )
            .await?;
            page.conflict = Some(now);
            render_status(StatusCode::CONFLICT, &page)
        }
    }
}

pub async fn deactivate(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    set_active(state, req, current, *id, false).await
}

pub async fn activate(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    set_active(state, req, current, *id, true).await
}

/// Deactivation ends the account's sessions at once; the account keeps its history.
async fn set_active(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: Uuid,
    active: bool,
) -> Result<HttpResponse, AppError> {
    let target = load(&state, id).await?;
    if !active && !authz::can_deactivate_user(&current.user, target.user.id) {
        return Err(AppError::Forbidden);
    }
    let ip = client_ip(&req, &state.config);
    let admin = current.user.clone();
    let session_id = current.session_id;
    let email = target.user.email.clone();
    db::transaction(&state.pool, move |conn| {
        async move {
            users::set_active(conn, id, active).await?;
            let ended = if active {
                0
            } else {
                session::delete_all_for_user(conn, id).await?
            };
            let (action, verb) = if active {
                (Action::UserActivated, "activated")
            } else {
                (Action::UserDeactivated, "deactivated")
            };
            audit::record(
                conn,
                Event {
                    actor: Actor::user(&admin),
                    action,
                    target_type: "user",
                    target_id: id.to_string(),
                    summary: format!("{verb} {email}; {ended} sessions ended"),
                    ip: Some(&ip),
                },
            )
            .await?;
            flash(conn, session_id, format!("Account {email} {verb}.")).await
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/admin/users/{id}")))
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    password: String,
}

/// Sets a temporary password that the person must change at next sign-in, and ends their
/// sessions.
pub async fn reset_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    id: web::Path<Uuid>,
    form: web::Form<ResetForm>,
) -> Result<HttpResponse, AppError> {
    let target = load(&state, *id).await?;
    if !authz::can_reset_password(&current.user, target.user.id) {
        return Err(AppError::Forbidden);
    }
    let password = match NewPassword::parse(&form.password, Some(&target.user.email)) {
        Ok(password) => password,
        Err(message) => {
            let mut errors = FieldErrors::default();
            errors.add("password", message);
            let page = AdminUserShow {
                can_deactivate: authz::can_deactivate_user(&current.user, target.user.id),
                can_reset_password: true,
                ctx: PageContext::new(&current, Section::AdminUsers),
                account: target,
                errors,
            };
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let hash = state
        .hasher
        .hash(SecretString::from(password.expose().to_owned()))
        .await?;
    let ip = client_ip(&req, &state.config);
    let admin = current.user.clone();
    let session_id = current.session_id;
    let id = target.user.id;
    let email = target.user.email.clone();
    db::transaction(&state.pool, move |conn| {
        async move {
            users::set_password(conn, id, &hash, true).await?;
            let ended = session::delete_all_for_user(conn, id).await?;
            // A locked-out person calls for a reset; the new password must work at once.
            throttle::clear_for_account(conn, &email).await?;
            audit::record(
                conn,
                Event {
                    actor: Actor::user(&admin),
                    action: Action::UserPasswordReset,
                    target_type: "user",
                    target_id: id.to_string(),
                    summary: format!("reset the password of {email}; {ended} sessions ended"),
                    ip: Some(&ip),
                },
            )
            .await?;
            flash(
                conn,
                session_id,
                format!(
                    "Temporary password set for {email}; they must change it at their next sign-in."
                ),
            )
            .await
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/admin/users/{id}")))
}
