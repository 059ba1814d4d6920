//! The CSV export of the list, with the same filters and scope as the page.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use super::list::{ListParams, parse_list};
use super::model;
use crate::auth::CurrentUser;
use crate::authz;
use crate::error::AppError;
use crate::state::AppState;

/// A spreadsheet cell that starts like a formula is prefixed, so opening the export in a
/// spreadsheet never runs what someone typed into a title.
pub fn csv_cell(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

pub async fn export_csv(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    params: web::Query<ListParams>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let orgs = model::assignable_orgs(
        &state
            .orgs
            .active(&mut conn, current.directory_version)
            .await?,
    );
    let no_query = req.query_string().is_empty();
    let (filter, _, _) = parse_list(&current.user, params.into_inner(), no_query, &orgs);
    let today = current.user.today();
    let scope = authz::action_item_scope(&current.user);
    let items = model::list_all(&mut conn, scope, &filter, today).await?;
    drop(conn);

    let mut writer = csv::Writer::from_writer(Vec::with_capacity(128 * (items.len() + 1)));
    let write = |writer: &mut csv::Writer<Vec<u8>>, record: &[&str]| {
        writer
            .write_record(record)
            .map_err(|e| AppError::Unexpected(e.into()))
    };
    write(
        &mut writer,
        &[
            "reference",
            "title",
            "status",
            "priority",
            "due_date",
            "overdue",
            "assignees",
            "person",
            "visibility",
            "created_at",
            "updated_at",
        ],
    )?;
    for card in &items {
        let item = &card.item;
        write(
            &mut writer,
            &[
                &item.reference().to_string(),
                &csv_cell(&item.title),
                item.status.as_str(),
                item.priority.as_str(),
                &item.due_date.to_string(),
                if item.is_overdue(&today) { "yes" } else { "no" },
                &card.assignee_codes(),
                &csv_cell(card.person.as_deref().unwrap_or("")),
                item.visibility.as_str(),
                &item.created_at.to_rfc3339(),
                &item.updated_at.to_rfc3339(),
            ],
        )?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| AppError::Unexpected(anyhow::anyhow!("finishing the CSV: {e}")))?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"action-items-{today}.csv\""),
        ))
        .body(body))
}

#[cfg(test)]
mod tests {
    use super::csv_cell;

    #[test]
    fn formulas_do_not_run_in_spreadsheets() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("@SUM"), "'@SUM");
        assert_eq!(csv_cell("Confirm the contact"), "Confirm the contact");
    }
}
