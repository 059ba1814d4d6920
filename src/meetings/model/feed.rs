//! Personal calendar feeds. The URL carries a random token; only its SHA-256 is stored, so
//! the URL is shown once, when it is made, and a database copy cannot be used to read anyone's
//! calendar.

use chrono::{DateTime, Utc};
use diesel::{ExpressionMethods, JoinOnDsl, OptionalExtension, QueryDsl};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::domain::OrgKind;
use crate::schema::{calendar_feeds, organisations, users};

/// The account a feed belongs to, as much as its calendar needs.
#[derive(Debug, Clone, diesel::Queryable)]
pub struct FeedOwner {
    pub org_id: Uuid,
    pub org_kind: OrgKind,
    pub language: Option<String>,
}

/// Replaces the user's feed token (the old URL stops working).
pub async fn set_feed(
    conn: &mut AsyncPgConnection,
    user: Uuid,
    token_hash: &[u8],
) -> diesel::QueryResult<()> {
    diesel::insert_into(calendar_feeds::table)
        .values((
            calendar_feeds::user_id.eq(user),
            calendar_feeds::token_hash.eq(token_hash),
        ))
        .on_conflict(calendar_feeds::user_id)
        .do_update()
        .set((
            calendar_feeds::token_hash.eq(token_hash),
            calendar_feeds::created_at.eq(Utc::now()),
        ))
        .execute(conn)
        .await
        .map(|_| ())
}

/// Ends the user's feed; false when there was none.
pub async fn revoke_feed(conn: &mut AsyncPgConnection, user: Uuid) -> diesel::QueryResult<bool> {
    diesel::delete(calendar_feeds::table.filter(calendar_feeds::user_id.eq(user)))
        .execute(conn)
        .await
        .map(|n| n == 1)
}

/// When the user's current feed was made; None without one.
pub async fn feed_made_at(
    conn: &mut AsyncPgConnection,
    user: Uuid,
) -> diesel::QueryResult<Option<DateTime<Utc>>> {
    calendar_feeds::table
        .filter(calendar_feeds::user_id.eq(user))
        .select(calendar_feeds::created_at)
        .first(conn)
        .await
        .optional()
}

/// The active account (of an active organisation) whose feed token hashes to `token_hash`.
pub async fn feed_owner(
    conn: &mut AsyncPgConnection,
    token_hash: &[u8],
) -> diesel::QueryResult<Option<FeedOwner>> {
    calendar_feeds::table
        .inner_join(users::table.on(users::id.eq(calendar_feeds::user_id)))
        .inner_join(organisations::table.on(organisations::id.eq(users::organisation_id)))
        .filter(calendar_feeds::token_hash.eq(token_hash))
        .filter(users::active)
        .filter(organisations::active)
        .select((organisations::id, organisations::kind, users::language))
        .first(conn)
        .await
        .optional()
}
