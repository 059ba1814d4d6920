//! The list of areas people are taken to, kept by administrators (`/admin/rescue-areas`). An
//! area is never deleted: requests name it; a retired one is no longer offered when filing.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use futures_util::FutureExt;
use serde::Deserialize;
use uuid::Uuid;

use super::model::{self, Area};
use crate::audit::{Action, Author, Change};
use crate::authz::RequireAdmin;
use crate::domain::{FieldErrors, non_blank};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{HtmlForm, commit, render_status, see_other};

#[derive(Template)]
#[template(path = "rescue_requests/areas.html")]
pub struct AreasPage {
    pub ctx: PageContext,
    pub areas: Vec<Area>,
    pub name: String,
    pub errors: FieldErrors,
}

async fn page(
    state: &AppState,
    current: &crate::auth::CurrentUser,
    name: String,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render_status(
        status,
        &AreasPage {
            ctx: PageContext::new(current, Section::AdminRescueAreas),
            areas: model::areas(&mut conn, false).await?,
            name,
            errors,
        },
    )
}

pub async fn index(
    state: web::Data<AppState>,
    RequireAdmin(current): RequireAdmin,
) -> Result<HttpResponse, AppError> {
    page(&state, &current, String::new(), FieldErrors::default()).await
}

#[derive(Debug, Default, Deserialize)]
pub struct AreaValues {
    #[serde(default)]
    pub name: String,
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    HtmlForm(values): HtmlForm<AreaValues>,
) -> Result<HttpResponse, AppError> {
    let name = match non_blank(&values.name, 100, "rescue-area-name-missing") {
        Ok(name) => name,
        Err(message) => {
            let mut errors = FieldErrors::default();
            errors.add("name", message);
            return page(&state, &current, values.name, errors).await;
        }
    };
    let mut conn = state.pool.get().await?;
    let taken = model::areas(&mut conn, false)
        .await?
        .iter()
        .any(|a| a.name.eq_ignore_ascii_case(&name));
    drop(conn);
    if taken {
        let mut errors = FieldErrors::default();
        errors.add("name", Msg::new("rescue-area-name-taken"));
        return page(&state, &current, values.name, errors).await;
    }
    let author = Author::of(&current, &req, &state.config);
    commit(&state.pool, author, move |conn, _| {
        async move {
            let id = model::insert_area(conn, &name).await?;
            Ok(Change::new(
                Action::RescueAreaCreated,
                "rescue_area",
                id,
                format!("area {name:?} added"),
            )
            .flash(Msg::new("rescue-area-added").arg("name", name)))
        }
        .boxed()
    })
    .await?;
    Ok(see_other("/admin/rescue-areas"))
}

#[derive(Debug, Default, Deserialize)]
pub struct ActiveValues {
    #[serde(default)]
    pub active: String,
}

/// Offers an area when filing again, or no longer.
pub async fn set_active(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireAdmin(current): RequireAdmin,
    id: web::Path<Uuid>,
    HtmlForm(values): HtmlForm<ActiveValues>,
) -> Result<HttpResponse, AppError> {
    let active = match values.active.as_str() {
        "true" => true,
        "false" => false,
        _ => return Err(AppError::BadRequest("active must be true or false")),
    };
    let id = *id;
    let author = Author::of(&current, &req, &state.config);
    commit(&state.pool, author, move |conn, _| {
        async move {
            if !model::set_area_active(conn, id, active).await? {
                return Err(AppError::NotFound);
            }
            let said = if active { "offered again" } else { "retired" };
            Ok(Change::new(
                Action::RescueAreaChanged,
                "rescue_area",
                id,
                format!("area {said}"),
            )
            .flash(Msg::new(if active { "rescue-area-offered" } else { "rescue-area-retired" })))
        }
        .boxed()
    })
    .await?;
    Ok(see_other("/admin/rescue-areas"))
}
