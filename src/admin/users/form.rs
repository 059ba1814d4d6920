//! Creating and editing an account: the form and its handlers, under the account rules of
//! `users::rules`.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use futures_util::FutureExt;
use serde::Deserialize;
use uuid::Uuid;

use super::account::load;
use crate::audit::Author;
use crate::auth::CurrentUser;
use crate::authz::{self, RequireAdmin};
use crate::domain::{FieldErrors, NewPassword};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::orgs::model as orgs;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::users::model::{NewUser, UserChanges, UserWithOrg};
use crate::users::rules::{self, AccountDraft, AccountInput, Refusal};
use crate::web::{
    FormVersion, HtmlForm, Saved, commit, commit_if_current, render, render_status, see_other,
};

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
    pub version: FormVersion,
}

impl UserValues {
    fn of(user: &UserWithOrg) -> UserValues {
        UserValues {
            email: user.user.email.clone(),
            name: user.user.name.clone(),
            org: user.org_code.clone(),
            is_admin: user.user.is_admin.then(|| "on".to_owned()),
            password: String::new(),
            version: FormVersion(user.user.version),
        }
    }

    pub fn admin_checked(&self) -> bool {
        self.is_admin.is_some()
    }

    fn input(&self) -> AccountInput<'_> {
        AccountInput {
            email: &self.email,
            name: &self.name,
            org: &self.org,
            admin: self.admin_checked(),
        }
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

impl UserForm {
    async fn load(
        state: &AppState,
        current: &CurrentUser,
        mut values: UserValues,
        editing: Option<UserWithOrg>,
    ) -> Result<UserForm, AppError> {
        // A password typed into the form is never sent back.
        values.password.clear();
        let mut conn = state.pool.get().await?;
        Ok(UserForm {
            ctx: PageContext::new(current, Section::AdminUsers),
            values,
            errors: FieldErrors::default(),
            orgs: orgs::list_codes(&mut conn).await?,
            editing,
            conflict: None,
        })
    }

    /// The form again with what was typed and what was wrong (422).
    async fn refused(
        state: &AppState,
        current: &CurrentUser,
        values: UserValues,
        editing: Option<UserWithOrg>,
        errors: FieldErrors,
    ) -> Result<HttpResponse, AppError> {
        let mut page = UserForm::load(state, current, values, editing).await?;
        page.errors = errors;
        render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
    }
}

/// The draft and its organisation, or every message for the form. `except` is the account
/// being edited.
async fn accept(
    state: &AppState,
    values: &UserValues,
    except: Option<Uuid>,
) -> Result<Result<(AccountDraft, orgs::Organisation), FieldErrors>, AppError> {
    let draft = match AccountDraft::parse(values.input()) {
        Ok(draft) => draft,
        Err(errors) => return Ok(Err(errors)),
    };
    let mut conn = state.pool.get().await?;
    Ok(match rules::check(&mut conn, &draft, except).await? {
        Ok(org) => Ok((draft, org)),
        Err(refusals) => Err(Refusal::field_errors(&refusals)),
    })
}

/// The message for the address another administrator took between the check and the write.
fn email_raced(error: AppError, email: &crate::domain::Email) -> Result<FieldErrors, AppError> {
    match error {
        AppError::Duplicate(constraint) => match Refusal::from_constraint(&constraint, email) {
            Some(refusal) => Ok(Refusal::field_errors(&[refusal])),
            None => Err(AppError::Duplicate(constraint)),
        },
        other => Err(other),
    }
}

pub async fn new_form(
    state: web::Data<AppState>,
    RequireAdmin(current): RequireAdmin,
) -> Result<HttpResponse, AppError> {
    render(&UserForm::load(&state, &current, UserValues::default(), None).await?)
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    HtmlForm(values): HtmlForm<UserValues>,
) -> Result<HttpResponse, AppError> {
    let password = NewPassword::parse(&values.password, Some(values.email.trim()));
    let (draft, org, password) = match (accept(&state, &values, None).await?, password) {
        (Ok((draft, org)), Ok(password)) => (draft, org, password),
        (accepted, password) => {
            let mut errors = accepted.err().unwrap_or_default();
            if let Err(message) = password {
                errors.add("password", message);
            }
            return UserForm::refused(&state, &current, values, None, errors).await;
        }
    };
    let password_hash = state.hasher.hash(password.into_secret()).await?;
    let new = NewUser {
        email: draft.email,
        name: draft.name,
        organisation_id: org.id,
        is_admin: draft.admin,
        password_hash,
        must_change_password: true,
    };
    let email = new.email.clone();
    let author = Author::of(&current, &req, &state.config);
    let created = commit(&state.pool, author, move |conn, _| {
        async move {
            let change = rules::create(conn, &new, &org.code).await?;
            Ok(change.flash(Msg::new("admin-users-created").arg("email", new.email.to_string())))
        }
        .boxed()
    })
    .await;
    match created {
        Ok(id) => Ok(see_other(&format!("/admin/users/{id}"))),
        Err(error) => {
            let errors = email_raced(error, &email)?;
            UserForm::refused(&state, &current, values, None, errors).await
        }
    }
}

pub async fn edit_form(
    state: web::Data<AppState>,
    RequireAdmin(current): RequireAdmin,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let account = load(&state, *id).await?;
    let values = UserValues::of(&account);
    render(&UserForm::load(&state, &current, values, Some(account)).await?)
}

pub async fn update(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<UserValues>,
) -> Result<HttpResponse, AppError> {
    let before = load(&state, *id).await?;
    let own_rights = authz::can_set_admin_flag(&current.user, before.user.id, values.admin_checked());
    let (draft, org) = match (accept(&state, &values, Some(before.user.id)).await?, own_rights) {
        (Ok(accepted), true) => accepted,
        (accepted, own_rights) => {
            let mut errors = accepted.err().unwrap_or_default();
            if !own_rights {
                errors.add("is_admin", Msg::new("admin-users-own-admin-rights"));
            }
            return UserForm::refused(&state, &current, values, Some(before), errors).await;
        }
    };
    let changes = UserChanges {
        email: draft.email,
        name: draft.name,
        organisation_id: org.id,
        is_admin: draft.admin,
    };
    let email = changes.email.clone();
    let author = Author::of(&current, &req, &state.config);
    let version = values.version.0;
    let target = before.user.clone();
    let before_org = before.org_code.clone();
    let saved = commit_if_current(&state.pool, author, move |conn, _| {
        async move {
            let saved = rules::update(
                conn,
                (&target, &before_org),
                version,
                (&changes, &org.code),
            )
            .await?;
            Ok(match saved {
                Saved::Yes(change) => {
                    Saved::Yes(change.flash(
                        Msg::new("admin-users-saved").arg("email", changes.email.to_string()),
                    ))
                }
                Saved::Stale => Saved::Stale,
            })
        }
        .boxed()
    })
    .await;
    match saved {
        Ok(Saved::Yes(())) => Ok(see_other(&format!("/admin/users/{}", before.user.id))),
        Ok(Saved::Stale) => {
            let now = load(&state, before.user.id).await?;
            // The form comes back with what was typed, against the current version, so a
            // second submit is a deliberate overwrite.
            let mut values = values;
            values.version = FormVersion(now.user.version);
            let mut page = UserForm::load(&state, &current, values, Some(now.clone())).await?;
            page.conflict = Some(now);
            render_status(StatusCode::CONFLICT, &page)
        }
        Err(error) => {
            let errors = email_raced(error, &email)?;
            UserForm::refused(&state, &current, values, Some(before), errors).await
        }
    }
}

