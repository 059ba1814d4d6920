//! The audit log as a hash chain: each event holds the SHA-256 of the event before it and of
//! its own content, computed by a trigger in the inserting transaction (the migration
//! `second_factor_and_audit_chain` says how writers are kept in one line). Changing an event,
//! removing one, or removing the newest ones shows: the first as a hash that no longer matches
//! the content, the second as a link that no longer matches the event before, the third
//! against the point a check reached before. An insider who rewrites the whole chain from some
//! point is caught against the head hash written to the log each day, kept outside the database.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::{ExpressionMethods, OptionalExtension, QueryDsl, Queryable, Selectable, SelectableHelper};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use futures_util::FutureExt;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::schema::{audit_chain_state, audit_events};

/// What the first event links to.
pub const GENESIS: [u8; 32] = [0; 32];

/// Events read per statement while walking.
pub const BATCH: i64 = 5_000;

/// At most this many new events are checked per scheduler wake; the rest at the next.
const PER_WAKE: u64 = 50_000;

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = audit_events, check_for_backend(diesel::pg::Pg))]
pub struct ChainedEvent {
    pub id: i64,
    pub occurred_at: DateTime<Utc>,
    pub actor_user_id: Option<Uuid>,
    pub actor_organisation_id: Option<Uuid>,
    pub action: String,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub summary: String,
    pub ip: Option<String>,
    pub prev_hash: Vec<u8>,
    pub hash: Vec<u8>,
}

/// The bytes an event's hash covers, after the previous hash: exactly what the database's
/// `audit_event_content` builds.
pub fn content(e: &ChainedEvent) -> Vec<u8> {
    fn field(out: &mut String, value: Option<&str>) {
        match value {
            Some(v) => {
                out.push_str(&v.len().to_string());
                out.push(':');
                out.push_str(v);
            }
            None => out.push('-'),
        }
        out.push('\n');
    }
    let mut out = String::from("liaison-audit-1\n");
    field(&mut out, Some(&e.id.to_string()));
    field(&mut out, Some(&e.occurred_at.timestamp_micros().to_string()));
    field(&mut out, e.actor_user_id.map(|u| u.to_string()).as_deref());
    field(&mut out, e.actor_organisation_id.map(|u| u.to_string()).as_deref());
    field(&mut out, Some(&e.action));
    field(&mut out, e.target_type.as_deref());
    field(&mut out, e.target_id.as_deref());
    field(&mut out, Some(&e.summary));
    field(&mut out, e.ip.as_deref());
    out.into_bytes()
}

pub fn hash_of(prev_hash: &[u8], e: &ChainedEvent) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(prev_hash);
    hasher.update(content(e));
    hasher.finalize().into()
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Where a walk found the chain broken. Shown on `/audit` and by `liaison audit verify`, in
/// English (an operator's message, like the log).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    pub event: i64,
    pub reason: String,
}

/// How far a walk got with an intact chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reached {
    pub through: i64,
    pub hash: Vec<u8>,
    pub events: u64,
}

/// Checks the events after `from` (an event id and its hash, or 0 and [`GENESIS`]) in order,
/// at most `limit` of them.
pub async fn walk(
    conn: &mut AsyncPgConnection,
    from: (i64, Vec<u8>),
    limit: Option<u64>,
) -> diesel::QueryResult<Result<Reached, Broken>> {
    let (mut through, mut hash) = from;
    let mut events = 0u64;
    loop {
        let take = match limit {
            Some(limit) if limit <= events => break,
            Some(limit) => BATCH.min((limit - events) as i64),
            None => BATCH,
        };
        let batch: Vec<ChainedEvent> = audit_events::table
            .filter(audit_events::id.gt(through))
            .order(audit_events::id)
            .limit(take)
            .select(ChainedEvent::as_select())
            .load(conn)
            .await?;
        let read = batch.len() as i64;
        for event in batch {
            if hash_of(&event.prev_hash, &event)[..] != event.hash[..] {
                return Ok(Err(Broken {
                    event: event.id,
                    reason: format!("event {} was changed: its content does not match its hash", event.id),
                }));
            }
            if event.prev_hash != hash {
                let reason = if through > 0 && event.id != through + 1 {
                    format!(
                        "event {} does not link to event {through}: the events between them were removed",
                        event.id
                    )
                } else {
                    format!(
                        "event {} does not link to the event before it ({through}): that event was changed or removed",
                        event.id
                    )
                };
                return Ok(Err(Broken { event: event.id, reason }));
            }
            through = event.id;
            hash = event.hash;
            events += 1;
        }
        if read < take {
            break;
        }
    }
    Ok(Ok(Reached {
        through,
        hash,
        events,
    }))
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_chain_state, check_for_backend(diesel::pg::Pg))]
pub struct ChainState {
    pub verified_through: i64,
    pub verified_hash: Vec<u8>,
    pub verified_at: Option<DateTime<Utc>>,
    pub full_check_at: Option<DateTime<Utc>>,
    pub broken_at_event: Option<i64>,
    pub broken_reason: Option<String>,
    pub broken_found_at: Option<DateTime<Utc>>,
    pub head_logged_on: Option<NaiveDate>,
}

pub async fn state(conn: &mut AsyncPgConnection) -> diesel::QueryResult<ChainState> {
    audit_chain_state::table
        .select(ChainState::as_select())
        .first(conn)
        .await
}

/// The newest event: the chain's head.
pub async fn head(conn: &mut AsyncPgConnection) -> diesel::QueryResult<Option<(i64, Vec<u8>)>> {
    audit_events::table
        .order(audit_events::id.desc())
        .select((audit_events::id, audit_events::hash))
        .first(conn)
        .await
        .optional()
}

/// A whole walk from the first event, as `liaison audit verify` runs it. Besides each link it
/// checks the point an earlier check reached: a log that now ends before it, or holds another
/// event there, lost its newest events or was rewritten.
pub async fn verify_all(conn: &mut AsyncPgConnection) -> diesel::QueryResult<Result<Reached, Broken>> {
    let before = state(conn).await?;
    let outcome = match walk(conn, (0, GENESIS.to_vec()), None).await? {
        Ok(reached) => against_checkpoint(conn, &before, reached).await?,
        Err(broken) => Err(broken),
    };
    let now = Utc::now();
    match &outcome {
        Ok(reached) => {
            diesel::update(audit_chain_state::table)
                .set((
                    audit_chain_state::verified_through.eq(reached.through),
                    audit_chain_state::verified_hash.eq(&reached.hash),
                    audit_chain_state::verified_at.eq(now),
                    audit_chain_state::full_check_at.eq(now),
                    audit_chain_state::broken_at_event.eq(None::<i64>),
                    audit_chain_state::broken_reason.eq(None::<String>),
                    audit_chain_state::broken_found_at.eq(None::<DateTime<Utc>>),
                ))
                .execute(conn)
                .await?;
        }
        Err(broken) => record_break(conn, broken, true).await?,
    }
    Ok(outcome)
}

/// The walk reached the end of the log: it must have passed the point checked before, and
/// found there the hash seen then.
async fn against_checkpoint(
    conn: &mut AsyncPgConnection,
    before: &ChainState,
    reached: Reached,
) -> diesel::QueryResult<Result<Reached, Broken>> {
    let checkpoint = before.verified_through;
    if checkpoint == 0 {
        return Ok(Ok(reached));
    }
    if reached.through < checkpoint {
        return Ok(Err(Broken {
            event: checkpoint,
            reason: format!(
                "the log ends at event {}, but event {checkpoint} was verified before: the newest events were removed",
                reached.through
            ),
        }));
    }
    let stored: Option<Vec<u8>> = audit_events::table
        .find(checkpoint)
        .select(audit_events::hash)
        .first(conn)
        .await
        .optional()?;
    if stored.as_deref() != Some(&before.verified_hash[..]) {
        return Ok(Err(Broken {
            event: checkpoint,
            reason: format!(
                "event {checkpoint} is not the event verified before: the chain was rewritten from there"
            ),
        }));
    }
    Ok(Ok(reached))
}

async fn record_break(
    conn: &mut AsyncPgConnection,
    broken: &Broken,
    full: bool,
) -> diesel::QueryResult<()> {
    tracing::error!(event = broken.event, reason = %broken.reason, "the audit chain is broken");
    let now = Utc::now();
    let update = diesel::update(audit_chain_state::table).set((
        audit_chain_state::broken_at_event.eq(broken.event),
        audit_chain_state::broken_reason.eq(&broken.reason),
        audit_chain_state::broken_found_at.eq(now),
    ));
    update.execute(conn).await?;
    if full {
        diesel::update(audit_chain_state::table)
            .set(audit_chain_state::full_check_at.eq(now))
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// The scheduler's job: checks the events written since the last check, and once a day writes
/// the head to the log. One instance at a time holds the state row; the others skip it.
pub fn job() -> crate::scheduler::Job {
    crate::scheduler::Job {
        name: "audit chain",
        run: |context| {
            crate::db::transaction(&context.pool, |conn| {
                async move { Ok(check_new_events(conn, Utc::now().date_naive()).await?) }.boxed()
            })
            .map(|done| done.map_err(|e| anyhow::anyhow!("{e}")))
            .boxed()
        },
    }
}

async fn check_new_events(conn: &mut AsyncPgConnection, today: NaiveDate) -> diesel::QueryResult<usize> {
    let Some(state) = audit_chain_state::table
        .select(ChainState::as_select())
        .for_update()
        .skip_locked()
        .first(conn)
        .await
        .optional()?
    else {
        return Ok(0);
    };
    let mut steps = 0;
    if state.broken_at_event.is_none() {
        let from = (state.verified_through, state.verified_hash.clone());
        match walk(conn, from, Some(PER_WAKE)).await? {
            Ok(reached) if reached.events > 0 => {
                diesel::update(audit_chain_state::table)
                    .set((
                        audit_chain_state::verified_through.eq(reached.through),
                        audit_chain_state::verified_hash.eq(&reached.hash),
                        audit_chain_state::verified_at.eq(Utc::now()),
                    ))
                    .execute(conn)
                    .await?;
                steps += 1;
            }
            Ok(_) => {
                if state.verified_at.is_none() {
                    diesel::update(audit_chain_state::table)
                        .set(audit_chain_state::verified_at.eq(Utc::now()))
                        .execute(conn)
                        .await?;
                }
            }
            Err(broken) => {
                record_break(conn, &broken, false).await?;
                steps += 1;
            }
        }
    }
    if state.head_logged_on != Some(today) {
        // An empty log has the first event's link as its head: event 0.
        let (id, hash) = head(conn).await?.unwrap_or((0, GENESIS.to_vec()));
        tracing::info!(event = id, hash = %hex(&hash), "audit chain head (keep it outside the database)");
        diesel::update(audit_chain_state::table)
            .set(audit_chain_state::head_logged_on.eq(today))
            .execute(conn)
            .await?;
        steps += 1;
    }
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> ChainedEvent {
        ChainedEvent {
            id: 7,
            occurred_at: DateTime::from_timestamp_micros(1_765_000_000_123_456).unwrap(),
            actor_user_id: None,
            actor_organisation_id: Some(Uuid::nil()),
            action: "auth.sign_in".to_owned(),
            target_type: Some("user".to_owned()),
            target_id: Some(String::new()),
            summary: "signed in · ลงชื่อเข้า".to_owned(),
            ip: None,
            prev_hash: GENESIS.to_vec(),
            hash: Vec::new(),
        }
    }

    #[test]
    fn content_names_each_field_by_its_length_in_bytes() {
        let text = String::from_utf8(content(&event())).unwrap();
        assert_eq!(
            text,
            "liaison-audit-1\n1:7\n16:1765000000123456\n-\n36:00000000-0000-0000-0000-000000000000\n\
             12:auth.sign_in\n4:user\n0:\n43:signed in · ลงชื่อเข้า\n-\n"
        );
    }

    #[test]
    fn an_empty_field_and_a_missing_one_hash_differently() {
        let empty = event();
        let mut missing = event();
        missing.target_id = None;
        assert_ne!(hash_of(&GENESIS, &empty), hash_of(&GENESIS, &missing));
        // A field cannot borrow text from its neighbour: the lengths fix the boundaries.
        let mut a = event();
        a.target_type = Some("user\n0:".to_owned());
        a.target_id = None;
        assert_ne!(content(&a), content(&empty));
    }
}
