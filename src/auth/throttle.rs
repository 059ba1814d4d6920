//! Login throttling, stored in PostgreSQL so that every instance sees the same count. Keyed by
//! the typed email whether or not such an account exists, so a refusal reveals nothing.

use chrono::Utc;
use diesel::dsl::count_star;
use diesel::{ExpressionMethods, QueryDsl};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use crate::config::AppConfig;
use crate::schema::login_failures;

pub async fn is_locked(
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

pub async fn record_failure(
    conn: &mut AsyncPgConnection,
    email: &str,
    ip: &str,
) -> diesel::QueryResult<()> {
    diesel::insert_into(login_failures::table)
        .values((login_failures::email.eq(email), login_failures::ip.eq(ip)))
        .execute(conn)
        .await
        .map(|_| ())
}

/// A successful sign-in clears the account's count (not the address's).
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
