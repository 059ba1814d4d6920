//! The coordinators' CSV of the filtered list: the flow of cases without anyone's personal
//! data (no name, passport, phone, place or story), whoever exports.


use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::FutureExt;

use super::list::{ListParams, parse_list};
use super::model;
use crate::action_items::export::csv_cell;
use crate::audit::{Action, Author, Change};
use crate::authz::{self, RequireRescueCoordinator};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::commit;

pub async fn export_csv(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireRescueCoordinator(current): RequireRescueCoordinator,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let areas = model::areas(&mut conn, false).await?;
    let no_query = req.query_string().is_empty();
    let (filter, _, _) = parse_list(params.into_inner(), no_query, &areas);
    let scope = authz::rescue_scope(&current.user);
    let requests = model::list_all(&mut conn, &state.keys, &scope, &filter).await?;
    drop(conn);
    let count = requests.len();
    // The audit event names what was exported (references are no personal data), up to a
    // length a log line can carry.
    const NAMED: usize = 200;
    let mut named: Vec<String> = requests
        .iter()
        .take(NAMED)
        .map(|card| card.row.reference().to_string())
        .collect();
    if count > NAMED {
        named.push(format!("and {} more", count - NAMED));
    }
    let named = named.join(", ");
    // Every export is audited, like a view.
    let author = Author::of(&current, &req, &state.config);
    commit(&state.pool, author, move |_, _| {
        async move {
            Ok(Change::new(
                Action::RescueRequestsExported,
                "rescue_request",
                "",
                format!("exported {count} rescue requests as CSV: {named}"),
            ))
        }
        .boxed()
    })
    .await?;

    let mut writer = csv::Writer::from_writer(Vec::with_capacity(96 * (count + 1)));
    let write = |writer: &mut csv::Writer<Vec<u8>>, record: &[&str]| {
        writer
            .write_record(record)
            .map_err(|e| AppError::Unexpected(e.into()))
    };
    write(
        &mut writer,
        &[
            "reference",
            "nationality",
            "status",
            "urgency",
            "area",
            "last_contact_on",
            "assigned_unit",
            "operation",
            "filed_at",
            "updated_at",
        ],
    )?;
    for card in &requests {
        let row = &card.row;
        write(
            &mut writer,
            &[
                &row.reference().to_string(),
                &row.nationality,
                row.status.as_str(),
                row.urgency.as_str(),
                &csv_cell(&card.area),
                &row.last_contact_on.map(|d| d.to_string()).unwrap_or_default(),
                card.assigned_org.as_ref().map_or("", |o| o.code.as_str()),
                &csv_cell(card.operation.as_deref().unwrap_or("")),
                &row.created_at.to_rfc3339(),
                &row.updated_at.to_rfc3339(),
            ],
        )?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| AppError::Unexpected(anyhow::anyhow!("finishing the CSV: {e}")))?;
    let today = current.user.today();
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"rescue-requests-{today}.csv\""),
        ))
        .body(body))
}
