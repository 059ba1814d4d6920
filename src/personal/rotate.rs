//! Keys over time: a server refuses to start when a sealed row names a key it does not hold,
//! and `liaison rotate-data-key` re-seals every row under the current key.

use diesel::QueryableByName;
use diesel::sql_query;
use diesel::sql_types::Text;
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
    let mut tables = crate::rescue_requests::model::sealed::tables();
    tables.extend(crate::referrals::model::sealed::tables());
    tables.extend(crate::auth::second_factor::sealed_tables());
    tables
}

#[derive(QueryableByName)]
struct KeyIdRow {
    #[diesel(sql_type = diesel::sql_types::Nullable<Text>)]
    key_id: Option<String>,
}

/// The key ids a sealed table holds, read by walking its `key_id` index from one distinct value
/// to the next (a handful of lookups, whatever the number of rows).
async fn key_ids_in(conn: &mut AsyncPgConnection, table: &str) -> diesel::QueryResult<Vec<String>> {
    let rows: Vec<KeyIdRow> = sql_query(format!(
        "WITH RECURSIVE k (key_id) AS ( \
           SELECT min(key_id) FROM {table} \
           UNION ALL \
           SELECT (SELECT min(t.key_id) FROM {table} t WHERE t.key_id > k.key_id) \
           FROM k WHERE k.key_id IS NOT NULL) \
         SELECT key_id FROM k WHERE key_id IS NOT NULL"
    ))
    .get_results(conn)
    .await?;
    Ok(rows.into_iter().filter_map(|r| r.key_id).collect())
}

/// Refuses a keyring that cannot open everything stored: starting anyway would show pages
/// that fail one by one, and a rotation would leave data nobody can read.
pub async fn check_keys(conn: &mut AsyncPgConnection, keyring: &Keyring) -> anyhow::Result<()> {
    let held = keyring.held_ids();
    for table in tables() {
        if let Some(unknown) = key_ids_in(conn, table.table)
            .await?
            .into_iter()
            .find(|id| !held.contains(id))
        {
            anyhow::bail!(
                "{} holds personal data sealed under data key {}, which this server does not \
                 hold (it holds {}). Set LIAISON_DATA_KEY (or LIAISON_DATA_KEY_FILE) to the key \
                 the data was written with; while rotating, list both, the new key first.",
                table.table,
                unknown,
                held.join(", ")
            );
        }
    }
    Ok(())
}

/// Re-seals every sealed row under the current key, `batch` rows per transaction. Stopped and
/// started again, it carries on where it was: a row already under the current key is never
/// touched twice. Rows being edited meanwhile are skipped by a batch and taken by a later
/// one; it answers only when no row is left under an older key, with how many rows it
/// re-sealed per table.
pub async fn rotate(
    conn: &mut AsyncPgConnection,
    keyring: &Keyring,
    batch: i64,
) -> anyhow::Result<Vec<(&'static str, usize)>> {
    check_keys(conn, keyring).await?;
    let current = keyring.current_id().hex();
    let mut done = Vec::new();
    for table in tables() {
        let mut count = 0;
        loop {
            let resealed = (table.reseal)(conn, keyring, batch).await?;
            count += resealed;
            if resealed > 0 {
                tracing::info!(
                    table = table.table,
                    resealed = count,
                    "re-sealing personal data"
                );
                continue;
            }
            // Nothing free to take: done, unless rows locked by an edit are still under an
            // older key; wait for them rather than report a rotation that is not finished.
            if key_ids_in(conn, table.table)
                .await?
                .iter()
                .all(|id| *id == current)
            {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        done.push((table.table, count));
    }
    Ok(done)
}
