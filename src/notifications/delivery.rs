//! Sending the outbox, as a job of the scheduler. An email is claimed with
//! `FOR UPDATE SKIP LOCKED` and leased (its next try moved past the time a send may take) in
//! one short transaction, sent with no transaction open, then marked: so each email goes
//! once across instances, and one whose instance died mid-send is tried again when its lease
//! runs out. A failure waits longer each time (`domain::notification::retry_after`); after
//! the last try, or a refusal for good (a 5xx answer), the email is marked failed, audited,
//! shown to administrators on `/admin/emails`, and an escalation's flags its referral on the
//! escalation board (while it stays failed: `failed_escalations`). The job runs on a schedule of
//! its own (`startup`), so a slow SMTP server holds up nothing else.

use chrono::{DateTime, Utc};
use diesel::{
    ExpressionMethods, NullableExpressionMethods, QueryDsl, Queryable, Selectable, SelectableHelper,
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use futures_util::FutureExt;
use uuid::Uuid;

use crate::audit::{self, Action, Actor, Event};
use crate::domain::notification::{Kind, retry_after};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::mail::{Composed, Refused};
use crate::scheduler::{Job, JobContext};
use crate::schema::email_outbox;

/// Emails claimed at a time, and sent together.
const BATCH: i64 = 10;

/// How long a claimed email is held by the instance sending it: well past a batch's longest
/// send (`mail::SEND_TIMEOUT`), its emails sent together.
const LEASE: chrono::Duration = chrono::Duration::minutes(5);

/// How long one wake goes on sending before it leaves the rest to the next.
const WAKE_BUDGET: std::time::Duration = std::time::Duration::from_secs(60);

/// What stays in the outbox of an email that was never sent.
pub const NO_SMTP: &str = "not sent: no SMTP server configured";

pub fn job() -> Job {
    Job {
        name: "email delivery",
        run: |context| run(context).boxed(),
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = email_outbox)]
pub struct Claimed {
    pub id: Uuid,
    pub kind: Kind,
    pub recipient: String,
    pub language: String,
    pub subject: String,
    pub body: String,
    pub referral_id: Option<Uuid>,
    pub attempts: i32,
}

async fn run(context: &JobContext) -> anyhow::Result<usize> {
    let pool = &context.pool;
    let pruned = prune(context).await?;
    let Some(mailer) = context.mailer.clone() else {
        let held = crate::db::transaction(pool, |conn| hold_all(conn).boxed())
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        return Ok(held + pruned);
    };
    // A wake sends what is due for up to a minute; the rest waits for the next wake.
    let started = std::time::Instant::now();
    let mut done = 0;
    loop {
        let claimed = crate::db::transaction(pool, |conn| claim(conn, Utc::now()).boxed())
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let count = claimed.len();
        let outcomes = futures_util::future::join_all(claimed.iter().map(|email| {
            let mail = Composed {
                subject: email.subject.clone(),
                body: email.body.clone(),
            };
            let lang = email.language.parse().unwrap_or(Lang::En);
            let mailer = &mailer;
            async move { mailer.send(&email.recipient, &mail, lang).await }
        }))
        .await;
        for (email, outcome) in claimed.into_iter().zip(outcomes) {
            crate::db::transaction(pool, move |conn| {
                async move { record(conn, &email, outcome, Utc::now()).await }.boxed()
            })
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
            done += 1;
        }
        if count < BATCH as usize || started.elapsed() > WAKE_BUDGET {
            return Ok(done + pruned);
        }
    }
}

/// The due emails of this wake (up to a batch), leased to this instance.
pub async fn claim(
    conn: &mut AsyncPgConnection,
    now: DateTime<Utc>,
) -> Result<Vec<Claimed>, AppError> {
    let ids: Vec<Uuid> = email_outbox::table
        .filter(email_outbox::next_attempt_at.le(now))
        .order(email_outbox::next_attempt_at.asc())
        .limit(BATCH)
        .for_update()
        .skip_locked()
        .select(email_outbox::id)
        .load(conn)
        .await?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(
        diesel::update(email_outbox::table.filter(email_outbox::id.eq_any(ids)))
            .set((
                email_outbox::attempts.eq(email_outbox::attempts + 1),
                email_outbox::next_attempt_at.eq(now + LEASE),
            ))
            .returning(Claimed::as_returning())
            .get_results(conn)
            .await?,
    )
}

/// Marks a claimed email by how its try went.
pub async fn record(
    conn: &mut AsyncPgConnection,
    email: &Claimed,
    outcome: Result<(), Refused>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let mine = email_outbox::table
        .filter(email_outbox::id.eq(email.id))
        .filter(email_outbox::state.eq("pending"))
        .filter(email_outbox::attempts.eq(email.attempts));
    let attempt = email.attempts;
    let (action, summary) = match outcome {
        Ok(()) => {
            let marked = diesel::update(mine)
                .set((
                    email_outbox::state.eq("sent"),
                    email_outbox::sent_at.eq(now),
                    email_outbox::next_attempt_at.eq(None::<DateTime<Utc>>),
                    email_outbox::last_error.eq(None::<String>),
                ))
                .execute(conn)
                .await?;
            if marked == 0 {
                return Ok(());
            }
            (
                Action::EmailSent,
                format!("{} email sent to {} (try {attempt})", email.kind.as_str(), email.recipient),
            )
        }
        Err(refused) => {
            let error: String = refused.reason.chars().take(1000).collect();
            // A refusal for good (a 5xx answer) is not tried again.
            match retry_after(attempt).filter(|_| !refused.permanent) {
                Some(wait) => {
                    diesel::update(mine)
                        .set((
                            email_outbox::next_attempt_at.eq(now + wait),
                            email_outbox::last_error.eq(&error),
                        ))
                        .execute(conn)
                        .await?;
                    tracing::warn!(email = %email.id, attempt, %error, "an email was not accepted; it is tried again later");
                    return Ok(());
                }
                None => {
                    let marked = diesel::update(mine)
                        .set((
                            email_outbox::state.eq("failed"),
                            email_outbox::next_attempt_at.eq(None::<DateTime<Utc>>),
                            email_outbox::last_error.eq(&error),
                        ))
                        .execute(conn)
                        .await?;
                    if marked == 0 {
                        return Ok(());
                    }
                    tracing::warn!(email = %email.id, attempt, %error, "an email failed at its last try");
                    (
                        Action::EmailFailed,
                        format!(
                            "{} email to {} failed after {attempt} tries: {error}",
                            email.kind.as_str(),
                            email.recipient
                        ),
                    )
                }
            }
        }
    };
    audit::record(
        conn,
        Event {
            actor: Actor::SYSTEM,
            action,
            target_type: "email",
            target_id: email.id.to_string(),
            summary,
            ip: None,
        },
    )
    .await?;
    Ok(())
}

/// Without an SMTP server, what is due stays in the outbox, marked as not sent.
async fn hold_all(conn: &mut AsyncPgConnection) -> Result<usize, AppError> {
    Ok(
        diesel::update(email_outbox::table.filter(email_outbox::next_attempt_at.is_not_null()))
            .set((
                email_outbox::state.eq("unsent"),
                email_outbox::next_attempt_at.eq(None::<DateTime<Utc>>),
                email_outbox::last_error.eq(NO_SMTP),
            ))
            .execute(conn)
            .await?,
    )
}

/// Drops what the retention period has passed (`LIAISON_OUTBOX_RETENTION_DAYS`), a bounded
/// number at a time; what was sent stays in the audit log.
async fn prune(context: &JobContext) -> anyhow::Result<usize> {
    let cutoff = Utc::now() - chrono::Duration::days(context.outbox_retention_days);
    let mut conn = context.pool.get().await?;
    let old: Vec<Uuid> = email_outbox::table
        .filter(email_outbox::created_at.lt(cutoff))
        .filter(email_outbox::next_attempt_at.is_null())
        .select(email_outbox::id)
        .limit(5_000)
        .load(&mut conn)
        .await?;
    if old.is_empty() {
        return Ok(0);
    }
    Ok(
        diesel::delete(email_outbox::table.filter(email_outbox::id.eq_any(old)))
            .execute(&mut conn)
            .await?,
    )
}

/// An administrator's retry of a failed (or never sent) email: due again now, with its tries
/// counted afresh. Answers whether there was such an email.
pub async fn retry(conn: &mut AsyncPgConnection, id: Uuid) -> Result<Option<String>, AppError> {
    let recipient: Vec<String> = diesel::update(
        email_outbox::table
            .find(id)
            .filter(email_outbox::state.eq_any(["failed", "unsent"])),
    )
    .set((
        email_outbox::state.eq("pending"),
        email_outbox::attempts.eq(0),
        email_outbox::next_attempt_at.eq(Utc::now()),
    ))
    .returning(email_outbox::recipient)
    .get_results(conn)
    .await?;
    Ok(recipient.into_iter().next())
}

/// An open referral whose escalation email failed after its last try.
#[derive(Debug, Clone)]
pub struct FailedEscalation {
    pub referral: Uuid,
    pub reference: crate::domain::referral::ReferralReference,
    /// The contact point's address it was for.
    pub recipient: String,
}

/// The open referrals whose escalation emails failed (a retry that gets through takes them
/// off), for the escalation board: at most `limit`, newest first.
pub async fn failed_escalations(
    conn: &mut AsyncPgConnection,
    limit: i64,
) -> diesel::QueryResult<Vec<FailedEscalation>> {
    use crate::schema::referrals;
    use diesel::JoinOnDsl;
    let rows: Vec<(Uuid, i16, i32, String)> = email_outbox::table
        .inner_join(referrals::table.on(email_outbox::referral_id.eq(referrals::id.nullable())))
        .filter(email_outbox::state.eq("failed"))
        .filter(referrals::is_open)
        .order(email_outbox::created_at.desc())
        .limit(limit)
        .select((referrals::id, referrals::year, referrals::number, email_outbox::recipient))
        .load(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(referral, year, number, recipient)| FailedEscalation {
            referral,
            reference: crate::domain::referral::ReferralReference { year, number },
            recipient,
        })
        .collect())
}
