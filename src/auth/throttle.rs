//! Login throttling, stored in PostgreSQL so that every instance sees the same count. Keyed by
//! the typed email whether or not such an account exists, so a refusal reveals nothing.

use chrono::Utc;
use diesel::dsl::count_star;
use diesel::sql_types::{Integer, Text};
use diesel::{ExpressionMethods, QueryDsl};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use futures_util::FutureExt;

use crate::config::AppConfig;
use crate::db::{self, Pool};
use crate::error::AppError;
use crate::schema::login_failures;

/// Counts this attempt *before* the password is checked, so that parallel guesses cannot all
/// pass the check first. Returns the attempt's id, or None (recording nothing) when the
/// account or the address is locked. The attempt stays counted as a failure unless
/// [`forget`] or [`clear_for_account`] removes it after a correct password. Runs in a
/// transaction of its own (its advisory locks last until it ends).
pub async fn begin_attempt(
    pool: &Pool,
    email: &str,
    ip: &str,
    config: &AppConfig,
) -> Result<Option<i64>, AppError> {
    let (email, ip, config) = (email.to_owned(), ip.to_owned(), config.clone());
    db::transaction(pool, move |conn| {
        async move { Ok(count_attempt(conn, &email, &ip, &config).await?) }.boxed()
    })
    .await
}

async fn count_attempt(
    conn: &mut AsyncPgConnection,
    email: &str,
    ip: &str,
    config: &AppConfig,
) -> diesel::QueryResult<Option<i64>> {
    // Attempts for one email, then for one address, take their turn; always in this order,
    // so two attempts never wait on each other.
    for (namespace, key) in [(1, email), (2, ip)] {
        diesel::sql_query("SELECT pg_advisory_xact_lock($1, hashtext($2))")
            .bind::<Integer, _>(namespace)
            .bind::<Text, _>(key)
            .execute(conn)
            .await?;
    }
    if is_locked(conn, email, ip, config).await? {
        return Ok(None);
    }
    diesel::insert_into(login_failures::table)
        .values((login_failures::email.eq(email), login_failures::ip.eq(ip)))
        .returning(login_failures::id)
        .get_result(conn)
        .await
        .map(Some)
}

async fn is_locked(
    conn: &mut AsyncPgConnection,
    email: &str,
    ip: &str,
    config: &AppConfig,
) -> diesel::QueryResult<bool> {
    let since = Utc::now() - config.login_lockout;
    let recent = login_failures::table.filter(login_failures::attempted_at.gt(since));
    let by_account: i64 = recent
        .filter(login_failures::email.eq(email))
        .select(count_star())
        .get_result(conn)
        .await?;
    if by_account >= i64::from(config.login_max_failures) {
        return Ok(true);
    }
    let by_address: i64 = recent
        .filter(login_failures::ip.eq(ip))
        .select(count_star())
        .get_result(conn)
        .await?;
    Ok(by_address >= i64::from(config.login_max_failures_per_ip))
}

/// The attempt turned out right: it no longer counts.
pub async fn forget(conn: &mut AsyncPgConnection, attempt: i64) -> diesel::QueryResult<()> {
    diesel::delete(login_failures::table.find(attempt))
        .execute(conn)
        .await
        .map(|_| ())
}

/// A successful sign-in or a password reset clears the account's count (not the address's).
pub async fn clear_for_account(
    conn: &mut AsyncPgConnection,
    email: &str,
) -> diesel::QueryResult<()> {
    diesel::delete(login_failures::table.filter(login_failures::email.eq(email)))
        .execute(conn)
        .await
        .map(|_| ())
}

/// Forgets failures older than the window; any instance may run it.
pub async fn purge_old(
    conn: &mut AsyncPgConnection,
    config: &AppConfig,
) -> diesel::QueryResult<usize> {
    let before = Utc::now() - config.login_lockout;
    diesel::delete(login_failures::table.filter(login_failures::attempted_at.le(before)))
        .execute(conn)
        .await
}
