//! Writes of contact points: entries with their handles and hours, confirmation, absences and
//! duty shifts.


use chrono::{DateTime, Utc};
use diesel::{
    ExpressionMethods, OptionalExtension, QueryDsl,
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;


use super::*;
use crate::contacts::availability::{Absence, Shift};
use crate::domain::Phone;
use crate::schema::{
    contact_absences, contact_handles, contact_hours, contact_points, duty_shifts,
};

/// Inserts the contact with its handles and hours, verified now by its author.
pub async fn insert(
    conn: &mut AsyncPgConnection,
    organisation: Uuid,
    fields: &ContactFields,
    author: Uuid,
) -> diesel::QueryResult<Uuid> {
    let id = Uuid::now_v7();
    diesel::insert_into(contact_points::table)
        .values((
            contact_points::id.eq(id),
            contact_points::organisation_id.eq(organisation),
            contact_points::name.eq(&fields.name),
            contact_points::position.eq(&fields.position),
            contact_points::phones.eq(phone_column(&fields.phones)),
            contact_points::email.eq(&fields.email),
            contact_points::languages.eq(language_column(&fields.languages)),
            contact_points::escalation_order.eq(fields.escalation_order),
            contact_points::time_zone.eq(fields.time_zone.name()),
            contact_points::always_available.eq(fields.always_available),
            contact_points::verified_by.eq(author),
        ))
        .execute(conn)
        .await?;
    replace_details(conn, id, fields).await?;
    Ok(id)
}

fn phone_column(phones: &[Phone]) -> Vec<Option<String>> {
    phones.iter().map(|p| Some(p.as_str().to_owned())).collect()
}

fn language_column(languages: &[String]) -> Vec<Option<String>> {
    languages.iter().cloned().map(Some).collect()
}

async fn replace_details(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    fields: &ContactFields,
) -> diesel::QueryResult<()> {
    diesel::delete(contact_handles::table.filter(contact_handles::contact_id.eq(id)))
        .execute(conn)
        .await?;
    diesel::delete(contact_hours::table.filter(contact_hours::contact_id.eq(id)))
        .execute(conn)
        .await?;
    let handles: Vec<_> = fields
        .handles
        .iter()
        .map(|h| {
            (
                contact_handles::contact_id.eq(id),
                contact_handles::service.eq(&h.service),
                contact_handles::handle.eq(&h.handle),
            )
        })
        .collect();
    diesel::insert_into(contact_handles::table)
        .values(handles)
        .execute(conn)
        .await?;
    let hours: Vec<_> = fields
        .hours
        .iter()
        .map(|w| {
            (
                contact_hours::contact_id.eq(id),
                contact_hours::weekday.eq(w.weekday.number_from_monday() as i16),
                contact_hours::starts.eq(w.start),
                contact_hours::ends.eq(w.end),
            )
        })
        .collect();
    diesel::insert_into(contact_hours::table)
        .values(hours)
        .execute(conn)
        .await?;
    Ok(())
}

/// Saves the fields when `version` is still current (false: someone else saved first).
/// Saving is also confirming the entry, so it counts as verified now.
pub async fn update(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    version: i32,
    fields: &ContactFields,
    editor: Uuid,
) -> diesel::QueryResult<bool> {
    let now = Utc::now();
    let updated = diesel::update(
        contact_points::table
            .filter(contact_points::id.eq(id))
            .filter(contact_points::version.eq(version)),
    )
    .set((
        contact_points::name.eq(&fields.name),
        contact_points::position.eq(&fields.position),
        contact_points::phones.eq(phone_column(&fields.phones)),
        contact_points::email.eq(&fields.email),
        contact_points::languages.eq(language_column(&fields.languages)),
        contact_points::escalation_order.eq(fields.escalation_order),
        contact_points::time_zone.eq(fields.time_zone.name()),
        contact_points::always_available.eq(fields.always_available),
        contact_points::verified_at.eq(now),
        contact_points::verified_by.eq(editor),
        contact_points::version.eq(contact_points::version + 1),
        contact_points::updated_at.eq(now),
    ))
    .execute(conn)
    .await?;
    if updated == 1 {
        replace_details(conn, id, fields).await?;
    }
    Ok(updated == 1)
}

/// "Still correct": confirms the entry without changing it.
pub async fn verify(conn: &mut AsyncPgConnection, id: Uuid, by: Uuid) -> diesel::QueryResult<()> {
    diesel::update(contact_points::table.find(id))
        .set((
            contact_points::verified_at.eq(Utc::now()),
            contact_points::verified_by.eq(by),
        ))
        .execute(conn)
        .await
        .map(|_| ())
}

/// Removes the contact; its hours, handles, absences and shifts go with it.
pub async fn delete(conn: &mut AsyncPgConnection, id: Uuid) -> diesel::QueryResult<()> {
    diesel::delete(contact_points::table.find(id))
        .execute(conn)
        .await
        .map(|_| ())
}

pub async fn add_absence(
    conn: &mut AsyncPgConnection,
    contact: Uuid,
    absence: &Absence,
) -> diesel::QueryResult<Uuid> {
    let id = Uuid::now_v7();
    diesel::insert_into(contact_absences::table)
        .values((
            contact_absences::id.eq(id),
            contact_absences::contact_id.eq(contact),
            contact_absences::starts_on.eq(absence.from),
            contact_absences::ends_on.eq(absence.to),
        ))
        .execute(conn)
        .await?;
    Ok(id)
}

/// Removes the absence of this contact; None when it has none such.
pub async fn delete_absence(
    conn: &mut AsyncPgConnection,
    contact: Uuid,
    absence: Uuid,
) -> diesel::QueryResult<Option<AbsenceRow>> {
    diesel::delete(
        contact_absences::table
            .filter(contact_absences::id.eq(absence))
            .filter(contact_absences::contact_id.eq(contact)),
    )
    .returning((
        contact_absences::id,
        contact_absences::starts_on,
        contact_absences::ends_on,
    ))
    .get_result(conn)
    .await
    .optional()
}

pub async fn add_shift(
    conn: &mut AsyncPgConnection,
    org: Uuid,
    shift: &Shift,
    author: Uuid,
) -> diesel::QueryResult<Uuid> {
    let id = Uuid::now_v7();
    diesel::insert_into(duty_shifts::table)
        .values((
            duty_shifts::id.eq(id),
            duty_shifts::organisation_id.eq(org),
            duty_shifts::contact_id.eq(shift.contact_id),
            duty_shifts::starts_at.eq(shift.starts_at),
            duty_shifts::ends_at.eq(shift.ends_at),
            duty_shifts::created_by.eq(author),
        ))
        .execute(conn)
        .await?;
    Ok(id)
}

/// Removes the organisation's shift; None when it has none such.
pub async fn delete_shift(
    conn: &mut AsyncPgConnection,
    org: Uuid,
    shift: Uuid,
) -> diesel::QueryResult<Option<(String, DateTime<Utc>, DateTime<Utc>)>> {
    let deleted: Option<(Uuid, DateTime<Utc>, DateTime<Utc>)> = diesel::delete(
        duty_shifts::table
            .filter(duty_shifts::id.eq(shift))
            .filter(duty_shifts::organisation_id.eq(org)),
    )
    .returning((
        duty_shifts::contact_id,
        duty_shifts::starts_at,
        duty_shifts::ends_at,
    ))
    .get_result(conn)
    .await
    .optional()?;
    let Some((contact, starts_at, ends_at)) = deleted else {
        return Ok(None);
    };
    let name: String = contact_points::table
        .find(contact)
        .select(contact_points::name)
        .first(conn)
        .await?;
    Ok(Some((name, starts_at, ends_at)))
}

