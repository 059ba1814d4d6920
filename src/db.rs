//! The connection pool, the embedded migrations, database creation and the transaction helper.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use anyhow::{Context, anyhow};
use diesel::connection::{Instrumentation, InstrumentationEvent};
use diesel_async::async_connection_wrapper::AsyncConnectionWrapper;
use diesel_async::pooled_connection::{
    AsyncDieselConnectionManager, ManagerConfig, RecyclingMethod,
};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl, SimpleAsyncConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};
use futures_util::FutureExt;
use futures_util::future::BoxFuture;

use crate::config::DatabaseUrl;
use crate::error::AppError;

pub type Pool = diesel_async::pooled_connection::deadpool::Pool<AsyncPgConnection>;

pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations");

/// A pool that never checks a connection on checkout (measured: far faster than a test query
/// each time) and gives up quickly when the database is away, so pages answer 503 rather than
/// hang. Broken connections are dropped and replaced, so it recovers when PostgreSQL returns.
pub fn build_pool(url: &DatabaseUrl, size: usize, timeout: Duration) -> anyhow::Result<Pool> {
    build_counted_pool(url, size, timeout, None)
}

/// Counts the statements an instance's request workers send to PostgreSQL. Tests read it to
/// show that a page costs the same number of queries however much data there is.
#[derive(Debug, Clone, Default)]
pub struct QueryCounter(Arc<AtomicU64>);

impl QueryCounter {
    pub fn get(&self) -> u64 {
        AtomicU64::load(&self.0, Ordering::Relaxed)
    }
}

impl Instrumentation for QueryCounter {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        if let InstrumentationEvent::StartQuery { .. } = event {
            self.0.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// A pool as [`build_pool`], whose connections report each statement to `counter`.
pub fn build_counted_pool(
    url: &DatabaseUrl,
    size: usize,
    timeout: Duration,
    counter: Option<QueryCounter>,
) -> anyhow::Result<Pool> {
    let mut config = ManagerConfig::default();
    config.recycling_method = RecyclingMethod::Fast;
    config.custom_setup = Box::new(move |url| {
        let counter = counter.clone();
        let url = url.to_owned();
        async move {
            let mut conn = AsyncPgConnection::establish(&url).await?;
            // Statements are prepared once per connection; by default PostgreSQL still plans
            // each execution again for its parameters. Our statements are index lookups whose
            // best plan does not depend on the values, and planning was a fifth of the
            // server's CPU on the benchmark's pages (perf); one generic plan per statement
            // made them 10-50% faster.
            // JIT compiling pays off for queries that run for seconds; ours run for
            // milliseconds, and a generic plan's cost estimate (which cannot know a LIMIT's
            // value) crossed `jit_above_cost` for a list page at SCALE=10: 6 ms of
            // compilation on every request for a 0.7 ms query.
            conn.batch_execute("SET plan_cache_mode = force_generic_plan; SET jit = off")
                .await
                .map_err(|e| diesel::ConnectionError::BadConnection(e.to_string()))?;
            if let Some(counter) = counter {
                conn.set_instrumentation(counter);
            }
            Ok(conn)
        }
        .boxed()
    });
    let manager =
        AsyncDieselConnectionManager::<AsyncPgConnection>::new_with_config(url.expose(), config);
    Pool::builder(manager)
        .max_size(size.max(1))
        .wait_timeout(Some(timeout))
        .create_timeout(Some(timeout))
        .recycle_timeout(Some(timeout))
        .runtime(deadpool::Runtime::Tokio1)
        .build()
        .context("building the database pool")
}

/// What saving against a version came to: saved (with what the change returns), or somebody
/// else saved first (the form comes back as a conflict page).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved<T = ()> {
    Yes(T),
    Stale,
}

/// A transaction's work, boxed: what a caller hands [`transaction`] when it builds the work
/// again and again (a scheduled job's batches).
pub type TransactionFn<T> =
    Box<dyn for<'c> FnOnce(&'c mut AsyncPgConnection) -> BoxFuture<'c, Result<T, AppError>> + Send>;

/// Runs `f` in one transaction on a pooled connection. The work runs in its own task: if the
/// client goes away, the request future is dropped but the transaction still commits or rolls
/// back, so no connection returns to the pool with a transaction open (diesel-async #198).
pub async fn transaction<T, F>(pool: &Pool, f: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: for<'c> FnOnce(&'c mut AsyncPgConnection) -> BoxFuture<'c, Result<T, AppError>>
        + Send
        + 'static,
{
    let pool = pool.clone();
    let task = tokio::spawn(async move {
        let mut pooled = pool.get().await?;
        let conn: &mut AsyncPgConnection = &mut pooled;
        conn.transaction(async move |conn| f(conn).await).await
    });
    task.await
        .map_err(|e| AppError::Unexpected(anyhow!("transaction task failed: {e}")))?
}

/// `%`, `_` and `\` typed in a search mean themselves.
/// The next number of a reference series (`RR`, `BR`) in `year`: the row is locked until the
/// filing commits, so two filings never get the same number and a rolled-back one leaves no
/// gap.
pub async fn next_yearly_number(
    conn: &mut AsyncPgConnection,
    series: &'static str,
    year: i16,
) -> diesel::QueryResult<i32> {
    use crate::schema::yearly_numbers;
    use diesel::ExpressionMethods;
    diesel::insert_into(yearly_numbers::table)
        .values((
            yearly_numbers::series.eq(series),
            yearly_numbers::year.eq(year),
            yearly_numbers::last.eq(1),
        ))
        .on_conflict((yearly_numbers::series, yearly_numbers::year))
        .do_update()
        .set(yearly_numbers::last.eq(yearly_numbers::last + 1))
        .returning(yearly_numbers::last)
        .get_result(conn)
        .await
}

/// The year a reference belongs to is Thailand's: a record filed in Bangkok on 1 January at
/// 02:00 belongs to the new year.
pub fn reference_year(now: chrono::DateTime<chrono::Utc>) -> i16 {
    use chrono::Datelike as _;
    i16::try_from(now.with_timezone(&chrono_tz::Asia::Bangkok).year()).unwrap_or(i16::MAX)
}

pub fn like_pattern(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + 2);
    escaped.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped.push('%');
    escaped
}

/// True when the database answers a trivial query within the pool's timeout.
pub async fn ping(pool: &Pool) -> bool {
    let Ok(mut conn) = pool.get().await else {
        return false;
    };
    let query = diesel::sql_query("SELECT 1").execute(&mut conn);
    matches!(
        tokio::time::timeout(Duration::from_secs(3), query).await,
        Ok(Ok(_))
    )
}

/// The database could not be reached at all: the message tells a person what to set.
#[derive(Debug, thiserror::Error)]
#[error(
    "Liaison could not reach PostgreSQL at {url} ({reason}).\n\
     Set DATABASE_URL to the database Liaison should use, for example\n\
     DATABASE_URL=postgres://liaison:PASSWORD@db.example.org:5432/liaison, and make sure that \
     PostgreSQL is running and accepts connections from this machine for that user. The database \
     itself is created on first start when the user may create databases."
)]
pub struct Unreachable {
    pub url: String,
    pub reason: String,
}

impl Unreachable {
    /// diesel-async reports every failure to connect as "error connecting to server"; a plain
    /// TCP connection tells the operator whether anything listens there at all.
    pub async fn new(url: &DatabaseUrl, error: diesel::ConnectionError) -> Unreachable {
        let mut reason = error.to_string();
        if let Ok(parsed) = url::Url::parse(url.expose())
            && let Some(host) = parsed.host_str()
        {
            let address = format!("{host}:{}", parsed.port().unwrap_or(5432));
            let probe = tokio::time::timeout(
                Duration::from_secs(3),
                tokio::net::TcpStream::connect(&address),
            )
            .await;
            match probe {
                Ok(Err(io)) => reason = format!("{address}: {io}"),
                Err(_) => reason = format!("{address}: no answer within 3 seconds"),
                Ok(Ok(_)) => {}
            }
        }
        Unreachable {
            url: url.redacted(),
            reason,
        }
    }
}

/// Creates the database named in the URL when it does not exist yet.
pub async fn ensure_database(url: &DatabaseUrl) -> anyhow::Result<()> {
    let name = url.database_name().context("the URL names no database")?;
    match AsyncPgConnection::establish(url.expose()).await {
        Ok(_) => return Ok(()),
        // Only this message means the database is missing: PostgreSQL also says `role "x"
        // does not exist`, which must be reported against the configured URL.
        Err(error)
            if error
                .to_string()
                .contains(&format!("database \"{name}\" does not exist")) => {}
        Err(error) => return Err(Unreachable::new(url, error).await.into()),
    }
    let maintenance = url.with_database("postgres");
    let mut conn = match AsyncPgConnection::establish(maintenance.expose()).await {
        Ok(conn) => conn,
        Err(error) => return Err(Unreachable::new(&maintenance, error).await.into()),
    };
    let statement = format!("CREATE DATABASE \"{}\"", name.replace('"', "\"\""));
    match diesel::sql_query(statement).execute(&mut conn).await {
        Ok(_) => {
            tracing::info!(database = %name, "created the database");
            Ok(())
        }
        // Another instance created it at the same moment (PostgreSQL says "already exists",
        // or reports the unique violation in its catalogue when the two overlap exactly).
        Err(error) => match AsyncPgConnection::establish(url.expose()).await {
            Ok(_) => Ok(()),
            Err(_) => Err(anyhow!("could not create database {name}: {error}")),
        },
    }
}

/// Any constant will do: it only has to be the same for every instance.
const MIGRATION_LOCK: i64 = 0x004c_4941_4953_4f4e;

/// Applies pending migrations. Diesel's migration harness is synchronous, so it runs on the
/// blocking pool through the async connection wrapper. An advisory lock lets several
/// instances start at once: one migrates, the others wait and then find nothing to do.
pub async fn run_migrations(url: &DatabaseUrl) -> anyhow::Result<Vec<String>> {
    let url = url.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn =
            <AsyncConnectionWrapper<AsyncPgConnection> as diesel::Connection>::establish(
                url.expose(),
            )
            .map_err(|e| Unreachable {
                url: url.redacted(),
                reason: e.to_string(),
            })?;
        let lock = diesel::sql_query(format!("SELECT pg_advisory_lock({MIGRATION_LOCK})"));
        diesel::RunQueryDsl::execute(lock, &mut conn).context("taking the migration lock")?;
        let applied = conn
            .run_pending_migrations(MIGRATIONS)
            .map_err(|e| anyhow!("migrating the database failed: {e}"))?;
        Ok(applied.into_iter().map(|v| v.to_string()).collect())
    })
    .await
    .context("migration task failed")?
}

#[cfg(test)]
mod tests {
    use super::like_pattern;

    #[test]
    fn search_text_is_literal() {
        assert_eq!(like_pattern("Mae Sot"), "%Mae Sot%");
        assert_eq!(like_pattern("100%_\\"), "%100\\%\\_\\\\%");
    }
}
