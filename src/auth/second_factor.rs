//! What is stored of a second factor: the sealed TOTP secret, the last step accepted, and the
//! hashed recovery codes. Accepting a code and using a recovery code are each one conditional
//! UPDATE, so two requests with the same code cannot both pass.

use chrono::{DateTime, Utc};
use diesel::{BoolExpressionMethods, ExpressionMethods, OptionalExtension, QueryDsl};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use futures_util::FutureExt;
use uuid::Uuid;

use super::totp;
use crate::personal::{Keyring, SealedTable};
use crate::schema::{recovery_codes, second_factors};

fn context(user: Uuid) -> String {
    format!("second_factors.secret:{user}")
}

/// A user's second factor as stored: enrolled once `confirmed_at` is set.
pub struct Stored {
    pub secret: Vec<u8>,
    pub confirmed_at: Option<DateTime<Utc>>,
}

pub async fn find(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    user: Uuid,
) -> anyhow::Result<Option<Stored>> {
    let row: Option<(Vec<u8>, Option<DateTime<Utc>>)> = second_factors::table
        .find(user)
        .select((second_factors::secret, second_factors::confirmed_at))
        .first(conn)
        .await
        .optional()?;
    row.map(|(sealed, confirmed_at)| {
        let secret = keys
            .open(&context(user), &sealed)
            .map_err(|e| anyhow::anyhow!("the second factor of {user} does not open: {e}"))?;
        Ok(Stored {
            secret,
            confirmed_at,
        })
    })
    .transpose()
}

/// The secret of an enrolment in progress, made now when there is none: a page reloaded (or
/// opened on two devices) shows the same secret until it is confirmed.
pub async fn pending_or_new(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    user: Uuid,
) -> anyhow::Result<Stored> {
    let secret = totp::new_secret();
    diesel::insert_into(second_factors::table)
        .values((
            second_factors::user_id.eq(user),
            second_factors::secret.eq(keys.seal(&context(user), &secret)),
            second_factors::key_id.eq(keys.current_id().hex()),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await?;
    find(conn, keys, user)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the second factor of {user} was removed meanwhile"))
}

/// Takes `step` as used, if it is later than the last one accepted; `confirm` also ends an
/// enrolment in progress. False when the step was already used (or the factor is gone).
pub async fn accept_step(
    conn: &mut AsyncPgConnection,
    user: Uuid,
    step: i64,
    confirm: bool,
) -> diesel::QueryResult<bool> {
    let target = second_factors::table
        .filter(second_factors::user_id.eq(user))
        .filter(
            second_factors::last_step
                .is_null()
                .or(second_factors::last_step.lt(step)),
        );
    let updated = if confirm {
        diesel::update(target.filter(second_factors::confirmed_at.is_null()))
            .set((
                second_factors::last_step.eq(step),
                second_factors::confirmed_at.eq(Utc::now()),
            ))
            .execute(conn)
            .await?
    } else {
        diesel::update(target.filter(second_factors::confirmed_at.is_not_null()))
            .set(second_factors::last_step.eq(step))
            .execute(conn)
            .await?
    };
    Ok(updated == 1)
}

/// A fresh set of recovery codes in place of the old ones; answers the codes to show once.
pub async fn replace_recovery_codes(
    conn: &mut AsyncPgConnection,
    user: Uuid,
) -> diesel::QueryResult<Vec<String>> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user)))
        .execute(conn)
        .await?;
    let codes = totp::new_recovery_codes();
    let rows: Vec<_> = codes
        .iter()
        .map(|code| {
            let normalised = totp::normalise_recovery_code(code).expect("a code we made");
            (
                recovery_codes::user_id.eq(user),
                recovery_codes::code_hash.eq(totp::recovery_code_hash(&normalised)),
            )
        })
        .collect();
    diesel::insert_into(recovery_codes::table)
        .values(rows)
        .execute(conn)
        .await?;
    Ok(codes)
}

/// Uses a recovery code, once: true when it was one of the user's unused codes.
pub async fn use_recovery_code(
    conn: &mut AsyncPgConnection,
    user: Uuid,
    typed: &str,
) -> diesel::QueryResult<bool> {
    let Some(normalised) = totp::normalise_recovery_code(typed) else {
        return Ok(false);
    };
    let used = diesel::update(
        recovery_codes::table
            .filter(recovery_codes::user_id.eq(user))
            .filter(recovery_codes::code_hash.eq(totp::recovery_code_hash(&normalised)))
            .filter(recovery_codes::used_at.is_null()),
    )
    .set(recovery_codes::used_at.eq(Utc::now()))
    .execute(conn)
    .await?;
    Ok(used == 1)
}

pub async fn unused_recovery_codes(
    conn: &mut AsyncPgConnection,
    user: Uuid,
) -> diesel::QueryResult<i64> {
    recovery_codes::table
        .filter(recovery_codes::user_id.eq(user))
        .filter(recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)
        .await
}

/// Removes the second factor and its recovery codes (an administrator's reset): the user
/// enrols again. True when there was one.
pub async fn remove(conn: &mut AsyncPgConnection, user: Uuid) -> diesel::QueryResult<bool> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user)))
        .execute(conn)
        .await?;
    let removed = diesel::delete(second_factors::table.find(user))
        .execute(conn)
        .await?;
    Ok(removed == 1)
}

/// When the user enrolled, if they have.
pub async fn enrolled_at(
    conn: &mut AsyncPgConnection,
    user: Uuid,
) -> diesel::QueryResult<Option<DateTime<Utc>>> {
    Ok(second_factors::table
        .find(user)
        .select(second_factors::confirmed_at)
        .first::<Option<DateTime<Utc>>>(conn)
        .await
        .optional()?
        .flatten())
}

/// The secrets are sealed under the data key: `rotate-data-key` re-seals them too.
pub fn sealed_tables() -> Vec<SealedTable> {
    vec![SealedTable {
        table: "second_factors",
        reseal: |conn, keys, batch| reseal(conn, keys, batch).boxed(),
    }]
}

async fn reseal(conn: &mut AsyncPgConnection, keys: &Keyring, batch: i64) -> anyhow::Result<usize> {
    use diesel_async::AsyncConnection as _;
    let current = keys.current_id().hex();
    let older = keys.older_ids();
    conn.transaction::<usize, anyhow::Error, _>(async |conn| {
        let rows: Vec<(Uuid, Vec<u8>)> = second_factors::table
            .filter(second_factors::key_id.eq_any(&older))
            .select((second_factors::user_id, second_factors::secret))
            .limit(batch)
            .for_update()
            .skip_locked()
            .load(conn)
            .await?;
        for (user, sealed) in &rows {
            let secret = keys
                .open(&context(*user), sealed)
                .map_err(|e| anyhow::anyhow!("the second factor of {user} does not open: {e}"))?;
            diesel::update(second_factors::table.find(user))
                .set((
                    second_factors::secret.eq(keys.seal(&context(*user), &secret)),
                    second_factors::key_id.eq(&current),
                ))
                .execute(conn)
                .await?;
        }
        Ok(rows.len())
    })
    .await
}
