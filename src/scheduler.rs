//! Timed work kept in PostgreSQL: every instance wakes every `LIAISON_SCHEDULER_SECS` and runs
//! each job. A job claims what is due with `FOR UPDATE SKIP LOCKED` and changes it in the same
//! transaction, so each step is taken once across all instances (another instance skips the
//! rows being worked, and finds them no longer due once that transaction commits), and what
//! fell due while every instance was down is taken at the next start (the first wake is
//! immediate).
//!
//! A new kind of timed work adds a `next_…_at` column with a partial index to its table, a
//! function that claims a batch of due rows and takes their steps, and its [`Job`] to the list
//! `startup` hands to [`spawn`].

use std::sync::Arc;
use std::time::Duration;

use futures_util::future::BoxFuture;

use crate::db::Pool;
use crate::personal::Keyring;

/// What a job may use: its own connections, the data keys, and what email needs.
#[derive(Clone)]
pub struct JobContext {
    pub pool: Pool,
    pub keys: Arc<Keyring>,
    /// The portal's address, for the links emails carry.
    pub public_url: url::Url,
    /// The SMTP server; without one, emails stay in the outbox, marked as not sent.
    pub mailer: Option<Arc<crate::mail::Mailer>>,
    /// Days an email stays in the outbox once sent or failed.
    pub outbox_retention_days: i64,
}

pub struct Job {
    pub name: &'static str,
    /// Takes what is due now; answers how many steps it took.
    pub run: for<'a> fn(&'a JobContext) -> BoxFuture<'a, anyhow::Result<usize>>,
}

/// Runs every job, in order, now and then every `every`, on this instance, until the runtime
/// stops. A failing job (the database away) is logged and tried again at the next wake.
pub fn spawn(context: JobContext, every: Duration, jobs: Vec<Job>) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(every);
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            interval.tick().await;
            run_once(&context, &jobs).await;
        }
    });
}

async fn run_once(context: &JobContext, jobs: &[Job]) {
    for job in jobs {
        match (job.run)(context).await {
            Ok(0) => {}
            Ok(steps) => tracing::info!(job = job.name, steps, "scheduled steps taken"),
            Err(error) => tracing::warn!(job = job.name, %error, "a scheduled job failed"),
        }
    }
}

/// Runs `batch` in its own transaction until it takes fewer than `size` rows: the shape of a
/// job that claims `size` due rows at a time.
pub async fn in_batches(
    pool: &Pool,
    size: usize,
    batch: impl Fn() -> crate::db::TransactionFn<usize>,
) -> anyhow::Result<usize> {
    let mut total = 0;
    loop {
        let taken = crate::db::transaction(pool, batch())
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        total += taken;
        if taken < size {
            return Ok(total);
        }
    }
}
