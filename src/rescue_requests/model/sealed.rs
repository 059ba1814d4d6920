//! What the sealed columns of rescue requests are bound to, and their re-sealing under a new
//! key (`liaison rotate-data-key`).

use diesel::{ExpressionMethods, QueryDsl};
use diesel_async::{AsyncConnection as _, AsyncPgConnection, RunQueryDsl};
use futures_util::FutureExt as _;
use uuid::Uuid;

use super::{Person, Personal, Situation, current_indexes};
use crate::personal::{Keyring, OpenError, SealedTable};
use crate::schema::{rescue_request_events, rescue_requests};

/// A sealed value opens only in its own record and field: copying a person's data onto
/// another request, or the situation into the person column, makes both unreadable.
pub fn person_context(id: Uuid) -> String {
    format!("rescue_requests.person:{id}")
}

pub fn situation_context(id: Uuid) -> String {
    format!("rescue_requests.situation:{id}")
}

/// Timeline texts are bound to their request, not to the entry (its id is only known after the
/// insert): moving a text between two entries of one request would go unnoticed.
pub fn event_context(request: Uuid) -> String {
    format!("rescue_request_events.body:{request}")
}

pub fn open_personal(
    keys: &Keyring,
    id: Uuid,
    person: &[u8],
    situation: &[u8],
) -> Result<Personal, OpenError> {
    Ok(Personal {
        person: keys.open_json::<Person>(&person_context(id), person)?,
        situation: keys.open_json::<Situation>(&situation_context(id), situation)?,
    })
}

pub fn seal_person(keys: &Keyring, id: Uuid, person: &Person) -> Vec<u8> {
    keys.seal_json(&person_context(id), person)
}

pub fn seal_situation(keys: &Keyring, id: Uuid, situation: &Situation) -> Vec<u8> {
    keys.seal_json(&situation_context(id), situation)
}

pub fn tables() -> Vec<SealedTable> {
    vec![
        SealedTable {
            table: "rescue_requests",
            reseal: |conn, keys, batch| reseal_requests(conn, keys, batch).boxed(),
        },
        SealedTable {
            table: "rescue_request_events",
            reseal: |conn, keys, batch| reseal_events(conn, keys, batch).boxed(),
        },
    ]
}

/// Re-seals a batch of requests not under the current key, with their blind indexes (which
/// the key also changes). Rows being edited are skipped and taken by a later batch.
async fn reseal_requests(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    batch: i64,
) -> anyhow::Result<usize> {
    let current = keys.current_id().hex();
    let older = keys.older_ids();
    conn.transaction::<usize, anyhow::Error, _>(async |conn| {
        {
            // By the older keys' ids, through the `key_id` index: only rows still to do.
            let rows: Vec<(Uuid, Vec<u8>, Vec<u8>)> = rescue_requests::table
                .filter(rescue_requests::key_id.eq_any(&older))
                .select((rescue_requests::id, rescue_requests::person, rescue_requests::situation))
                .limit(batch)
                .for_update()
                .skip_locked()
                .load(conn)
                .await?;
            for (id, person, situation) in &rows {
                let opened = open_personal(keys, *id, person, situation)
                    .map_err(|e| anyhow::anyhow!("rescue request {id} does not open: {e}"))?;
                let (passport_index, name_dob_index) = current_indexes(&opened.person, keys);
                diesel::update(rescue_requests::table.find(id))
                    .set((
                        rescue_requests::person.eq(seal_person(keys, *id, &opened.person)),
                        rescue_requests::situation.eq(seal_situation(keys, *id, &opened.situation)),
                        rescue_requests::passport_index.eq(passport_index),
                        rescue_requests::name_dob_index.eq(name_dob_index),
                        rescue_requests::key_id.eq(&current),
                    ))
                    .execute(conn)
                    .await?;
            }
            Ok(rows.len())
        }
    })
    .await
}

async fn reseal_events(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    batch: i64,
) -> anyhow::Result<usize> {
    let current = keys.current_id().hex();
    let older = keys.older_ids();
    conn.transaction::<usize, anyhow::Error, _>(async |conn| {
        {
            let rows: Vec<(i64, Uuid, Vec<u8>)> = rescue_request_events::table
                .filter(rescue_request_events::key_id.eq_any(&older))
                .select((
                    rescue_request_events::id,
                    rescue_request_events::request_id,
                    rescue_request_events::body,
                ))
                .limit(batch)
                .for_update()
                .skip_locked()
                .load(conn)
                .await?;
            for (id, request, body) in &rows {
                let context = event_context(*request);
                let text = keys.open(&context, body).map_err(|e| {
                    anyhow::anyhow!("timeline entry {id} of rescue request {request} does not open: {e}")
                })?;
                diesel::update(rescue_request_events::table.find(id))
                    .set((
                        rescue_request_events::body.eq(keys.seal(&context, &text)),
                        rescue_request_events::key_id.eq(&current),
                    ))
                    .execute(conn)
                    .await?;
            }
            Ok(rows.len())
        }
    })
    .await
}
