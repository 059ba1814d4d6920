//! Login throttling, stored in PostgreSQL so that every instance sees the same count. Keyed by
//! the typed email whether or not such an account exists, so a refusal reveals nothing.

use std::time::Duration;

use chrono::Utc;
use diesel::dsl::{count_star, sql};
use diesel::sql_types::{BigInt, Integer, Text, Timestamptz};
use diesel::{ExpressionMethods, QueryDsl};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use futures_util::FutureExt;

use crate::config::AppConfig;
use crate::db::{self, Pool};
use crate::error::AppError;
use crate::schema::login_failures;

/// How an attempt to check a password was received.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// Recorded as in flight (the row's id): check the password, then [`forget`] it or mark
    /// it [`failed`].
    Counted(i64),
    /// The account or the address has failed too often within the window.
    LockedOut,
    /// So many attempts for the account or the address are being checked at this moment that
    /// waiting for them took too long.
    Busy,
}

/// An attempt in flight for longer than this was abandoned (its request went away while the
/// password was checked) and counts as a failure: dropping the connection is no way around
/// the limit.
const ABANDONED_AFTER_SECS: i64 = 30;

/// How long an attempt waits for the attempts in flight ahead of it.
const WAIT_FOR_TURN: Duration = Duration::from_secs(10);

/// Records this attempt *before* the password is checked, so that parallel guesses cannot all
/// pass the check first. Only failures lock out; when the failures so far plus the attempts in
/// flight reach a limit, the attempt waits for those in flight to be decided, then looks
/// again: correct passwords at the same moment all get in, and of parallel wrong guesses no
/// more than the limit are checked.
pub async fn begin_attempt(
    pool: &Pool,
    email: &str,
    ip: &str,
    config: &AppConfig,
) -> Result<Attempt, AppError> {
    let deadline = tokio::time::Instant::now() + WAIT_FOR_TURN;
    loop {
        let (email, ip, cfg) = (email.to_owned(), ip.to_owned(), config.clone());
        let turn = db::transaction(pool, move |conn| {
            async move { Ok(take_turn(conn, &email, &ip, &cfg).await?) }.boxed()
        })
        .await?;
        match turn {
            Turn::Decided(attempt) => return Ok(attempt),
            Turn::Wait if tokio::time::Instant::now() >= deadline => return Ok(Attempt::Busy),
            Turn::Wait => tokio::time::sleep(Duration::from_millis(10)).await,
        }
    }
}

enum Turn {
    Decided(Attempt),
    Wait,
}

async fn take_turn(
    conn: &mut AsyncPgConnection,
    email: &str,
    ip: &str,
    config: &AppConfig,
) -> diesel::QueryResult<Turn> {
    // Attempts for one email, then for one address, take their turn; always in this order,
    // so two attempts never wait on each other.
    for (namespace, key) in [(1, email), (2, ip)] {
        diesel::sql_query("SELECT pg_advisory_xact_lock($1, hashtext($2))")
            .bind::<Integer, _>(namespace)
            .bind::<Text, _>(key)
            .execute(conn)
            .await?;
    }
    let limits = [
        (Key::Email(email), i64::from(config.login_max_failures)),
        (Key::Ip(ip), i64::from(config.login_max_failures_per_ip)),
    ];
    let mut wait = false;
    for (key, limit) in limits {
        let (failed, in_flight) = counts(conn, key, config).await?;
        if failed >= limit {
            return Ok(Turn::Decided(Attempt::LockedOut));
        }
        wait |= failed + in_flight >= limit;
    }
    if wait {
        return Ok(Turn::Wait);
    }
    diesel::insert_into(login_failures::table)
        .values((
            login_failures::email.eq(email),
            login_failures::ip.eq(ip),
            login_failures::pending.eq(true),
        ))
        .returning(login_failures::id)
        .get_result(conn)
        .await
        .map(|id| Turn::Decided(Attempt::Counted(id)))
}

#[derive(Clone, Copy)]
enum Key<'a> {
    Email(&'a str),
    Ip(&'a str),
}

/// The failures within the window, and the attempts in flight, for one email or address.
async fn counts(
    conn: &mut AsyncPgConnection,
    key: Key<'_>,
    config: &AppConfig,
) -> diesel::QueryResult<(i64, i64)> {
    let now = Utc::now();
    let mut recent = login_failures::table
        .filter(login_failures::attempted_at.gt(now - config.login_lockout))
        .into_boxed();
    recent = match key {
        Key::Email(email) => recent.filter(login_failures::email.eq(email.to_owned())),
        Key::Ip(ip) => recent.filter(login_failures::ip.eq(ip.to_owned())),
    };
    let abandoned = now - chrono::Duration::seconds(ABANDONED_AFTER_SECS);
    let (total, in_flight): (i64, i64) = recent
        .select((
            count_star(),
            sql::<BigInt>("count(*) FILTER (WHERE pending AND attempted_at > ")
                .bind::<Timestamptz, _>(abandoned)
                .sql(")"),
        ))
        .get_result(conn)
        .await?;
    Ok((total - in_flight, in_flight))
}

/// The password was wrong: the attempt now counts as a failure.
pub async fn failed(conn: &mut AsyncPgConnection, attempt: i64) -> diesel::QueryResult<()> {
    diesel::update(login_failures::table.find(attempt))
        .set(login_failures::pending.eq(false))
        .execute(conn)
        .await
        .map(|_| ())
}

/// The attempt turned out right: it no longer counts.
pub async fn forget(conn: &mut AsyncPgConnection, attempt: i64) -> diesel::QueryResult<()> {
    diesel::delete(login_failures::table.find(attempt))
        .execute(conn)
        .await
        .map(|_| ())
}

/// A successful sign-in or a password reset clears the account's failures (not the
/// address's). Attempts still in flight are left to be decided: a wrong guess made alongside
/// a correct sign-in still counts.
pub async fn clear_for_account(
    conn: &mut AsyncPgConnection,
    email: &str,
) -> diesel::QueryResult<()> {
    diesel::delete(
        login_failures::table
            .filter(login_failures::email.eq(email))
            .filter(login_failures::pending.eq(false)),
    )
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
