//! The morning digest, as a job of the scheduler: at 08:00 in each account's time zone, one
//! notification (and email) listing its organisation's open items that are overdue or due
//! within two days; none when there are none. Each account's next digest is a
//! `users.next_digest_at`, claimed with `FOR UPDATE SKIP LOCKED` and moved to the next
//! morning in the same transaction, so a digest is written once across instances, and one
//! that fell due while no instance ran is written at the next start (once, not once a day).

use chrono::{DateTime, Utc};
use diesel::{BoolExpressionMethods, ExpressionMethods, PgSortExpressionMethods, QueryDsl};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use futures_util::FutureExt;
use uuid::Uuid;

use super::model::{self, Audience, Notice};
use super::{Links, Subject};
use crate::domain::TimeZone;
use crate::domain::notification::{Kind, next_digest_at};
use crate::error::AppError;
use crate::i18n::{self, Msg};
use crate::scheduler::{Job, JobContext, in_batches};
use crate::schema::{organisations, users};

const BATCH: usize = 50;

/// Items a digest lists; the rest are counted.
const LISTED: i64 = 25;

/// "Due within two days": today and the next two days, in the account's zone.
const DAYS_AHEAD: u64 = 2;

pub fn job() -> Job {
    Job {
        name: "morning digest",
        run: |context| run(context).boxed(),
    }
}

async fn run(context: &JobContext) -> anyhow::Result<usize> {
    in_batches(&context.pool, BATCH, || {
        let links = Links::new(context.public_url.clone());
        Box::new(move |conn| {
            async move { take_batch(conn, &links, Utc::now(), BATCH as i64).await }.boxed()
        })
    })
    .await
}

/// Sets the next digest of accounts that have none yet (new, or their zone changed), and
/// writes the digests that are due. Answers how many accounts it took.
pub async fn take_batch(
    conn: &mut AsyncPgConnection,
    links: &Links,
    now: DateTime<Utc>,
    size: i64,
) -> Result<usize, AppError> {
    let due: Vec<(Uuid, String, Option<DateTime<Utc>>, Uuid)> = users::table
        .filter(
            users::next_digest_at
                .le(now)
                .or(users::next_digest_at.is_null()),
        )
        .filter(users::active)
        .order(users::next_digest_at.asc().nulls_first())
        .limit(size)
        .for_update()
        .skip_locked()
        .select((
            users::id,
            users::time_zone,
            users::next_digest_at,
            users::organisation_id,
        ))
        .load(conn)
        .await?;
    let orgs: Vec<Uuid> = due.iter().map(|d| d.3).collect();
    let codes: std::collections::HashMap<Uuid, String> = organisations::table
        .filter(organisations::id.eq_any(orgs))
        .select((organisations::id, organisations::code))
        .load::<(Uuid, String)>(conn)
        .await?
        .into_iter()
        .collect();
    for (user, zone, next, org) in &due {
        let zone = TimeZone::from_stored(zone);
        if let (Some(_), Some(code)) = (next, codes.get(org)) {
            write_digest(conn, links, *user, zone, *org, code, now).await?;
        }
        diesel::update(users::table.find(user))
            .set(users::next_digest_at.eq(next_digest_at(zone, now)))
            .execute(conn)
            .await?;
    }
    Ok(due.len())
}

async fn write_digest(
    conn: &mut AsyncPgConnection,
    links: &Links,
    user: Uuid,
    zone: chrono_tz::Tz,
    org: Uuid,
    code: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let today = now.with_timezone(&zone).date_naive();
    let horizon = today + chrono::Days::new(DAYS_AHEAD);
    let (items, total, overdue) =
        crate::action_items::model::due_by(conn, org, horizon, today, LISTED).await?;
    if total == 0 {
        return Ok(());
    }
    let Some(person) = model::recipients(conn, Audience::People(&[user]), Kind::Digest)
        .await?
        .into_iter()
        .next()
    else {
        return Ok(());
    };
    let soon = total - overdue;
    let lang = person.lang();
    let mut lines: Vec<String> = items
        .iter()
        .map(|(number, due, status)| {
            let id = if *due < today {
                "notifications-digest-line-overdue"
            } else {
                "notifications-digest-line-due"
            };
            Msg::new(id)
                .arg(
                    "reference",
                    crate::domain::action_item::ItemReference(*number).to_string(),
                )
                .arg("date", i18n::dates::date(lang, *due))
                .arg("status", Msg::new(status.message_id()))
                .text(lang)
        })
        .collect();
    let more = total - items.len() as i64;
    if more > 0 {
        lines.push(
            Msg::new("notifications-digest-more")
                .arg("count", more)
                .text(lang),
        );
    }
    let notice = Notice {
        kind: Kind::Digest,
        subject: Subject::Digest,
        message: Msg::new("notifications-digest")
            .arg("org", code)
            .arg("overdue", overdue)
            .arg("soon", soon),
    };
    model::tell(conn, Some(links), &notice, &[person], &lines).await?;
    Ok(())
}
