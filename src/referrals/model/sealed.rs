//! What the sealed columns of referrals are bound to, and their re-sealing under a new key
//! (`liaison rotate-data-key`).

use diesel::{ExpressionMethods, QueryDsl};
use diesel_async::{AsyncConnection as _, AsyncPgConnection, RunQueryDsl};
use futures_util::FutureExt as _;
use uuid::Uuid;

use super::{Traveller, passport_index};
use crate::personal::{Keyring, OpenError, SealedTable};
use crate::schema::{referral_events, referrals};

/// A sealed traveller opens only on its own referral.
pub fn traveller_context(id: Uuid) -> String {
    format!("referrals.traveller:{id}")
}

/// Call notes are bound to their referral (the entry's id is only known after the insert).
pub fn event_context(referral: Uuid) -> String {
    format!("referral_events.body:{referral}")
}

pub fn open_traveller(keys: &Keyring, id: Uuid, sealed: &[u8]) -> Result<Traveller, OpenError> {
    keys.open_json::<Traveller>(&traveller_context(id), sealed)
}

pub fn seal_traveller(keys: &Keyring, id: Uuid, traveller: &Traveller) -> Vec<u8> {
    keys.seal_json(&traveller_context(id), traveller)
}

pub fn tables() -> Vec<SealedTable> {
    vec![
        SealedTable {
            table: "referrals",
            reseal: |conn, keys, batch| reseal_referrals(conn, keys, batch).boxed(),
        },
        SealedTable {
            table: "referral_events",
            reseal: |conn, keys, batch| reseal_events(conn, keys, batch).boxed(),
        },
    ]
}

/// Re-seals a batch of referrals not under the current key, with the passport's blind index
/// (which the key also changes). Rows being changed are skipped and taken by a later batch.
async fn reseal_referrals(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    batch: i64,
) -> anyhow::Result<usize> {
    let current = keys.current_id().hex();
    let older = keys.older_ids();
    conn.transaction::<usize, anyhow::Error, _>(async |conn| {
        let rows: Vec<(Uuid, Vec<u8>)> = referrals::table
            .filter(referrals::key_id.eq_any(&older))
            .select((referrals::id, referrals::traveller))
            .limit(batch)
            .for_update()
            .skip_locked()
            .load(conn)
            .await?;
        for (id, sealed) in &rows {
            let traveller = open_traveller(keys, *id, sealed)
                .map_err(|e| anyhow::anyhow!("referral {id} does not open: {e}"))?;
            diesel::update(referrals::table.find(id))
                .set((
                    referrals::traveller.eq(seal_traveller(keys, *id, &traveller)),
                    referrals::passport_index.eq(passport_index(&traveller, keys)),
                    referrals::key_id.eq(&current),
                ))
                .execute(conn)
                .await?;
        }
        Ok(rows.len())
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
        let rows: Vec<(i64, Uuid, Option<Vec<u8>>)> = referral_events::table
            .filter(referral_events::key_id.eq_any(&older))
            .select((
                referral_events::id,
                referral_events::referral_id,
                referral_events::body,
            ))
            .limit(batch)
            .for_update()
            .skip_locked()
            .load(conn)
            .await?;
        for (id, referral, body) in &rows {
            let context = event_context(*referral);
            let text = keys
                .open(&context, body.as_deref().unwrap_or_default())
                .map_err(|e| anyhow::anyhow!("timeline entry {id} of referral {referral} does not open: {e}"))?;
            diesel::update(referral_events::table.find(id))
                .set((
                    referral_events::body.eq(keys.seal(&context, &text)),
                    referral_events::key_id.eq(&current),
                ))
                .execute(conn)
                .await?;
        }
        Ok(rows.len())
    })
    .await
}
