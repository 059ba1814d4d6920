//! Rescue operations: one raid, many nationalities. Coordinators create them and put requests
//! in; each country sees an operation with only its own nationals in it (and not at all when it
//! has none there); observers see every operation without names.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDate;
use futures_util::FutureExt;
use serde::Deserialize;
use uuid::Uuid;

use super::model::{self, Operation, RequestCard};
use crate::audit::{Action, Author, Change};
use crate::auth::CurrentUser;
use crate::authz::{self, RequireRescueCoordinator, RescueScope};
use crate::domain::{FieldErrors, long_text, non_blank, optional_line};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::pages::{PageContext, Section};
use crate::state::AppState;
use crate::web::{HtmlForm, commit, render, render_status, see_other};

#[derive(Template)]
#[template(path = "rescue_requests/operations.html")]
pub struct OperationsIndex {
    pub ctx: PageContext,
    /// Each operation with how many of its requests the reader may see.
    pub operations: Vec<(Operation, i64)>,
    pub can_create: bool,
}

pub async fn index(
    state: web::Data<AppState>,
    current: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::rescue_scope(&current.user);
    let counts = model::operation_counts(&mut conn, &scope).await?;
    let operations = model::operations(&mut conn)
        .await?
        .into_iter()
        .map(|op| {
            let n = counts.get(&op.id).copied().unwrap_or(0);
            (op, n)
        })
        // A country learns of an operation only through its own nationals in it.
        .filter(|(_, n)| *n > 0 || !matches!(scope, RescueScope::Nationality(_)))
        .collect();
    render(&OperationsIndex {
        ctx: PageContext::new(&current, Section::RescueRequests),
        operations,
        can_create: authz::can_coordinate_rescues(&current.user),
    })
}

#[derive(Template)]
#[template(path = "rescue_requests/operation.html")]
pub struct OperationShow {
    pub ctx: PageContext,
    pub operation: Operation,
    pub requests: Vec<RequestCard>,
    pub personal: bool,
}

pub async fn show(
    state: web::Data<AppState>,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let scope = authz::rescue_scope(&current.user);
    let operation = model::operation(&mut conn, *id).await?.ok_or(AppError::NotFound)?;
    let requests = model::operation_requests(&mut conn, &state.keys, &scope, operation.id).await?;
    if requests.is_empty() && matches!(scope, RescueScope::Nationality(_)) {
        return Err(AppError::NotFound);
    }
    render(&OperationShow {
        ctx: PageContext::new(&current, Section::RescueRequests),
        operation,
        requests,
        personal: scope.sees_personal_data(),
    })
}

#[derive(Debug, Default, Clone, Deserialize)]
pub struct OperationValues {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub planned_on: String,
    #[serde(default)]
    pub notes: String,
}

#[derive(Template)]
#[template(path = "rescue_requests/operation_form.html")]
pub struct OperationForm {
    pub ctx: PageContext,
    pub values: OperationValues,
    pub errors: FieldErrors,
}

pub async fn new_form(
    RequireRescueCoordinator(current): RequireRescueCoordinator,
) -> Result<HttpResponse, AppError> {
    render(&OperationForm {
        ctx: PageContext::new(&current, Section::RescueRequests),
        values: OperationValues::default(),
        errors: FieldErrors::default(),
    })
}

fn parse(values: &OperationValues) -> Result<(String, Option<NaiveDate>, String), FieldErrors> {
    let mut errors = FieldErrors::default();
    let name = errors.check("name", non_blank(&values.name, 200, "rescue-operation-name-missing"));
    let planned = errors.check(
        "planned_on",
        optional_line(&values.planned_on, 10).and_then(|d| {
            if d.is_empty() {
                Ok(None)
            } else {
                crate::domain::parse_date(&d, "field-date-format").map(Some)
            }
        }),
    );
    let notes = errors.check("notes", long_text(&values.notes, 5_000));
    match (name, planned, notes) {
        (Some(name), Some(planned), Some(notes)) if errors.is_empty() => Ok((name, planned, notes)),
        _ => Err(errors),
    }
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireRescueCoordinator(current): RequireRescueCoordinator,
    HtmlForm(values): HtmlForm<OperationValues>,
) -> Result<HttpResponse, AppError> {
    let (name, planned_on, notes) = match parse(&values) {
        Ok(parsed) => parsed,
        Err(errors) => {
            return render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &OperationForm {
                    ctx: PageContext::new(&current, Section::RescueRequests),
                    values,
                    errors,
                },
            );
        }
    };
    let author = Author::of(&current, &req, &state.config);
    let creator = current.user.id;
    let id = commit(&state.pool, author, move |conn, _| {
        async move {
            let id = model::insert_operation(conn, &name, &notes, planned_on, creator).await?;
            Ok(
                Change::new(
                    Action::RescueOperationCreated,
                    "rescue_operation",
                    id,
                    format!("operation {name:?} created"),
                )
                .flash(Msg::new("rescue-operation-created").arg("name", name))
                .returning(id),
            )
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/rescue-operations/{id}")))
}
