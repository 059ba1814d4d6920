//! Keys over time: a server refuses to start when a sealed row names a key it does not hold,
//! and `liaison rotate-data-key` re-seals every row under the current key.

use diesel::QueryableByName;
use diesel::sql_query;
use diesel::sql_types::{Array, Text};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use futures_util::future::BoxFuture;

use super::keys::Keyring;

/// A table holding sealed values, and how to re-seal a batch of its rows that are not under
/// the current key. Each area with personal data gives one per table.
pub struct SealedTable {
    pub table: &'static str,
    /// Re-seals up to `batch` rows in one transaction; answers how many it did (0: done).
    pub reseal: for<'a> fn(
        &'a mut AsyncPgConnection,
        &'a Keyring,
        i64,
    ) -> BoxFuture<'a, anyhow::Result<usize>>,
}

/// Every table with personal data.
pub fn tables() -> Vec<SealedTable> {
    crate::rescue_requests::model::sealed::tables()
}

#[derive(QueryableByName)]
struct KeyIdRow {
    #[diesel(sql_type = Text)]
    key_id: String,
}

/// Refuses a keyring that cannot open everything stored: starting anyway would show pages
/// that fail one by one, and a rotation would leave data nobody can read.
pub async fn check_keys(conn: &mut AsyncPgConnection, keyring: &Keyring) -> anyhow::Result<()> {
    for table in tables() {
        // `key_id` is indexed in every sealed table; this reads one row at most.
        let unknown: Vec<KeyIdRow> = sql_query(format!(
            "SELECT key_id FROM {} WHERE NOT (key_id = ANY($1)) LIMIT 1",
            table.table
        ))
        .bind::<Array<Text>, _>(keyring.held_ids())
        .get_results::<KeyIdRow>(conn)
        .await?;
        if let Some(row) = unknown.into_iter().next() {
            anyhow::bail!(
                "{} holds personal data sealed under data key {}, which this server does not \
                 hold (it holds {}). Set LIAISON_DATA_KEY (or LIAISON_DATA_KEY_FILE) to the key \
                 the data was written with; while rotating, list both, the new key first.",
                table.table,
                row.key_id,
                keyring.held_ids().join(", ")
            );
        }
    }
    Ok(())
}

/// Re-seals every sealed row under the current key, `batch` rows per transaction. Stopped and
/// started again, it carries on where it was: a row already under the current key is never
/// touched twice. Answers how many rows it re-sealed per table.
pub async fn rotate(
    conn: &mut AsyncPgConnection,
    keyring: &Keyring,
    batch: i64,
) -> anyhow::Result<Vec<(&'static str, usize)>> {
    check_keys(conn, keyring).await?;
    let mut done = Vec::new();
    for table in tables() {
        let mut count = 0;
        loop {
            let resealed = (table.reseal)(conn, keyring, batch).await?;
            if resealed == 0 {
                break;
            }
            count += resealed;
            tracing::info!(
                table = table.table,
                resealed = count,
                "re-sealing personal data"
            );
        }
        done.push((table.table, count));
    }
    Ok(done)
}
