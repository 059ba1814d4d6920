//! vCard files of one contact and of an organisation's contacts, for a phone's address book.

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use chrono::Utc;
use uuid::Uuid;

use super::contact::visible;
use super::model::{self, ContactCard};
use super::vcard::{VCardContact, vcard_file_name, write_vcard};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::orgs::views::visible_org;
use crate::state::AppState;

/// Appends the card to a vCard file.
fn write_card(out: &mut String, card: &ContactCard) {
    let c = &card.contact;
    let phones: Vec<String> = c.phones().iter().map(|p| p.as_str().to_owned()).collect();
    let messaging: Vec<(&str, &str)> = card
        .handles
        .iter()
        .map(|h| (h.service_label(), h.handle.as_str()))
        .collect();
    let languages: Vec<String> = c.language_codes().iter().map(|l| (*l).to_owned()).collect();
    let note = format!("Availability: {}", card.describe_hours());
    write_vcard(
        out,
        &VCardContact {
            uid: c.id,
            name: &c.name,
            organisation: &card.org.name,
            title: &c.position,
            phones: &phones,
            email: c.email.as_deref(),
            messaging: &messaging,
            languages: &languages,
            time_zone: &c.time_zone,
            note: &note,
            revised: c.verified_at,
        },
    );
}

fn vcard_response(body: String, file_name: &str) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/vcard; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file_name}\""),
        ))
        .body(body)
}

pub async fn vcard(
    state: web::Data<AppState>,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id, Utc::now()).await?;
    let mut body = String::new();
    write_card(&mut body, &card);
    Ok(vcard_response(body, &vcard_file_name(&card.contact.name)))
}

pub async fn org_vcards(
    state: web::Data<AppState>,
    current: CurrentUser,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let org = visible_org(&mut conn, &current.user, &code).await?;
    let cards = model::of_organisation(&mut conn, org.id, Utc::now()).await?;
    let mut body = String::new();
    for card in &cards {
        write_card(&mut body, card);
    }
    let file_name = format!("{}-contacts.vcf", org.code.to_lowercase());
    Ok(vcard_response(body, &file_name))
}
