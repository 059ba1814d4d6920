//! Server-side sessions. The cookie holds a random 256-bit token; the database holds only its
//! SHA-256, so neither a leaked table nor a log line can be replayed as a session.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, NullableExpressionMethods,
    OptionalExtension, QueryDsl, Queryable, Selectable, SelectableHelper,
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use rand::RngCore;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::config::AppConfig;
use crate::domain::OrgKind;
use crate::i18n::{Lang, Msg};
use crate::schema::{
    directory_version, notifications, organisations, second_factors, sessions, users,
};

/// 32 random bytes, URL-safe base64: what the browser holds.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Who is signed in, re-read from the database on every request, so a change of role,
/// organisation or account status applies at once.
#[derive(Debug, Clone)]
pub struct SessionUser {
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub is_admin: bool,
    pub must_change_password: bool,
    pub time_zone: chrono_tz::Tz,
    /// The language chosen on `/account`; `None` follows the browser.
    pub language: Option<Lang>,
    pub org_id: Uuid,
    pub org_code: String,
    pub org_name: String,
    pub org_kind: OrgKind,
    pub country_code: Option<String>,
    /// Has confirmed a second factor.
    pub has_second_factor: bool,
    /// Notifications not yet read, for the navigation (read in the session's statement).
    pub unread_notifications: i64,
}

impl SessionUser {
    /// Today in the user's time zone: what "overdue" and "in the past" are measured against.
    pub fn today(&self) -> chrono::NaiveDate {
        chrono::Utc::now()
            .with_timezone(&self.time_zone)
            .date_naive()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlashKind {
    Success,
    Error,
    Info,
}

impl FlashKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FlashKind::Success => "success",
            FlashKind::Error => "error",
            FlashKind::Info => "info",
        }
    }
}

/// A one-time message shown on the page after a redirect. Kept as its message id and
/// arguments (JSON in the session row), so it is written in the language of the page that
/// shows it.
#[derive(Debug, Clone)]
pub struct Flash {
    pub kind: FlashKind,
    pub message: Msg,
}

impl Flash {
    pub fn success(message: Msg) -> Flash {
        Flash {
            kind: FlashKind::Success,
            message,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Session {
    pub id: Uuid,
    pub csrf_token: String,
    pub user: Option<SessionUser>,
    pub flash: Option<Flash>,
    pub last_seen_at: DateTime<Utc>,
    /// The database's `directory_version` as this request began: what the instance keeps of
    /// the directory (organisations, the on-duty board) is current when it is at least this
    /// new. Read in the session's own statement, so it costs no round trip.
    pub directory_version: i64,
    /// The password was right and the second factor's code is still to come: the session
    /// opens no page but the code's (see [`Session::signed_in`]).
    pub second_factor_pending: bool,
}

impl Session {
    /// Signed in with everything the account needs.
    pub fn signed_in(&self) -> bool {
        self.user.is_some() && !self.second_factor_pending
    }
}

/// How long the code may take after the password: then the password is asked again.
pub const PENDING_SECOND_FACTOR_MINUTES: i64 = 10;

type Row = (
    (Uuid, String, DateTime<Utc>, Option<String>, Option<String>, Option<i64>, bool),
    Option<(Uuid, String, String, bool, bool, String, Option<String>)>,
    Option<(Uuid, String, String, String, Option<String>)>,
    Option<DateTime<Utc>>,
    Option<i64>,
);

/// The live session for a token: not idle too long, not too old, and (when signed in) of an
/// active account in an active organisation.
pub async fn find_active(
    conn: &mut AsyncPgConnection,
    token: &str,
    config: &AppConfig,
) -> diesel::QueryResult<Option<Session>> {
    let now = Utc::now();
    let idle_cutoff = now - config.session_idle;
    let absolute_cutoff = now - config.session_absolute;
    let row: Option<Row> = sessions::table
        .left_join(users::table.on(users::id.nullable().eq(sessions::user_id)))
        .left_join(organisations::table.on(organisations::id.eq(users::organisation_id)))
        .left_join(second_factors::table.on(second_factors::user_id.nullable().eq(sessions::user_id)))
        .filter(sessions::token_hash.eq(token_hash(token)))
        .filter(sessions::last_seen_at.gt(idle_cutoff))
        .filter(sessions::created_at.gt(absolute_cutoff))
        .filter(
            sessions::second_factor_pending
                .eq(false)
                .or(sessions::created_at
                    .gt(now - chrono::Duration::minutes(PENDING_SECOND_FACTOR_MINUTES))),
        )
        .filter(
            sessions::user_id
                .is_null()
                .or(users::active.and(organisations::active)),
        )
        .select((
            (
                sessions::id,
                sessions::csrf_token,
                sessions::last_seen_at,
                sessions::flash_kind,
                sessions::flash_message,
                directory_version::table
                    .select(directory_version::version)
                    .single_value(),
                sessions::second_factor_pending,
            ),
            (
                users::id,
                users::email,
                users::name,
                users::is_admin,
                users::must_change_password,
                users::time_zone,
                users::language,
            )
                .nullable(),
            (
                organisations::id,
                organisations::code,
                organisations::name,
                organisations::kind,
                organisations::country_code,
            )
                .nullable(),
            second_factors::confirmed_at.nullable(),
            notifications::table
                .filter(notifications::user_id.nullable().eq(sessions::user_id))
                .filter(notifications::read_at.is_null())
                .count()
                .single_value(),
        ))
        .first(conn)
        .await
        .optional()?;

    let Some((
        (id, csrf_token, last_seen_at, flash_kind, flash_message, version, pending),
        user,
        org,
        second_factor,
        unread,
    )) = row
    else {
        return Ok(None);
    };
    let user = match (user, org) {
        (
            Some((user_id, email, name, is_admin, must_change, tz, language)),
            Some((org_id, code, org_name, kind, country)),
        ) => Some(SessionUser {
            id: user_id,
            email,
            name,
            is_admin,
            must_change_password: must_change,
            time_zone: crate::domain::TimeZone::from_stored(&tz),
            language: language.and_then(|code| code.parse().ok()),
            org_id,
            org_code: code,
            org_name,
            org_kind: kind.parse().map_err(|_| diesel::result::Error::NotFound)?,
            country_code: country,
            has_second_factor: second_factor.is_some(),
            unread_notifications: unread.unwrap_or(0),
        }),
        _ => None,
    };
    // A flash that does not read as a message (written by an older release) is dropped.
    let flash_message = flash_message.and_then(|json| serde_json::from_str::<Msg>(&json).ok());
    let flash = match (flash_kind.as_deref(), flash_message) {
        (Some(kind), Some(message)) => Some(Flash {
            kind: match kind {
                "success" => FlashKind::Success,
                "error" => FlashKind::Error,
                _ => FlashKind::Info,
            },
            message,
        }),
        _ => None,
    };
    Ok(Some(Session {
        id,
        csrf_token,
        user,
        flash,
        last_seen_at,
        directory_version: version.unwrap_or_default(),
        second_factor_pending: pending,
    }))
}

/// Moves the idle clock (at most once a minute, to spare writes) and drops a flash once read.
pub async fn touch(conn: &mut AsyncPgConnection, session: &Session) -> diesel::QueryResult<()> {
    let stale = Utc::now() - session.last_seen_at > chrono::Duration::seconds(60);
    if session.flash.is_some() {
        diesel::update(sessions::table.find(session.id))
            .set((
                sessions::last_seen_at.eq(Utc::now()),
                sessions::flash_kind.eq(None::<String>),
                sessions::flash_message.eq(None::<String>),
            ))
            .execute(conn)
            .await?;
    } else if stale {
        diesel::update(sessions::table.find(session.id))
            .set(sessions::last_seen_at.eq(Utc::now()))
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// Where a session was opened from, shown to the user on their account page.
pub struct ClientInfo {
    pub ip: String,
    pub user_agent: Option<String>,
    /// The page's language: kept with the account at sign-in, for its emails.
    pub lang: Lang,
}

/// A session just created: the token goes into the cookie and nowhere else.
pub struct NewSession {
    pub id: Uuid,
    pub token: String,
    pub csrf_token: String,
}

/// Creates a signed-in session. (Before signing in there is none: see `auth::csrf`.)
pub async fn create(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    client: &ClientInfo,
) -> diesel::QueryResult<NewSession> {
    insert(conn, user_id, client, false).await
}

/// A session whose password was right, waiting for the second factor's code.
pub async fn create_awaiting_code(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    client: &ClientInfo,
) -> diesel::QueryResult<NewSession> {
    insert(conn, user_id, client, true).await
}

async fn insert(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    client: &ClientInfo,
    second_factor_pending: bool,
) -> diesel::QueryResult<NewSession> {
    // Emails are written in the account's language; one that follows the browser gets the
    // language its browser asked for when it last signed in.
    diesel::update(users::table.find(user_id))
        .set(users::browser_language.eq(client.lang.code()))
        .execute(conn)
        .await?;
    let token = new_token();
    let csrf_token = new_token();
    let id = Uuid::now_v7();
    diesel::insert_into(sessions::table)
        .values((
            sessions::id.eq(id),
            sessions::token_hash.eq(token_hash(&token)),
            sessions::user_id.eq(user_id),
            sessions::csrf_token.eq(&csrf_token),
            sessions::ip.eq(&client.ip),
            sessions::user_agent.eq(client.user_agent.as_deref().map(|ua| truncate(ua, 300))),
            sessions::second_factor_pending.eq(second_factor_pending),
        ))
        .execute(conn)
        .await?;
    Ok(NewSession {
        id,
        token,
        csrf_token,
    })
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

pub async fn set_flash(
    conn: &mut AsyncPgConnection,
    session_id: Uuid,
    flash: Flash,
) -> diesel::QueryResult<()> {
    diesel::update(sessions::table.find(session_id))
        .set((
            sessions::flash_kind.eq(flash.kind.as_str()),
            sessions::flash_message.eq(serde_json::to_string(&flash.message).expect("a message is strings and numbers")),
        ))
        .execute(conn)
        .await
        .map(|_| ())
}

pub async fn delete(conn: &mut AsyncPgConnection, session_id: Uuid) -> diesel::QueryResult<usize> {
    diesel::delete(sessions::table.find(session_id))
        .execute(conn)
        .await
}

/// Ends every session of a user: on password change, reset and deactivation.
pub async fn delete_all_for_user(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
) -> diesel::QueryResult<usize> {
    diesel::delete(sessions::table.filter(sessions::user_id.eq(user_id)))
        .execute(conn)
        .await
}

/// Ends every session of a user but `keep` (the one that set up a second factor).
pub async fn delete_others_for_user(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    keep: Uuid,
) -> diesel::QueryResult<usize> {
    diesel::delete(
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::id.ne(keep)),
    )
    .execute(conn)
    .await
}

/// Ends the sessions of every member of an organisation (on deactivation).
pub async fn delete_all_for_org(
    conn: &mut AsyncPgConnection,
    org_id: Uuid,
) -> diesel::QueryResult<usize> {
    let members = users::table
        .filter(users::organisation_id.eq(org_id))
        .select(users::id.nullable());
    diesel::delete(sessions::table.filter(sessions::user_id.eq_any(members)))
        .execute(conn)
        .await
}

/// One of the user's sessions, as listed on the account page.
#[derive(Queryable, Selectable)]
#[diesel(table_name = sessions, check_for_backend(diesel::pg::Pg))]
pub struct ActiveSession {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

pub async fn list_for_user(
    conn: &mut AsyncPgConnection,
    user_id: Uuid,
    config: &AppConfig,
) -> diesel::QueryResult<Vec<ActiveSession>> {
    let now = Utc::now();
    sessions::table
        .filter(sessions::user_id.eq(user_id))
        .filter(sessions::second_factor_pending.eq(false))
        .filter(sessions::last_seen_at.gt(now - config.session_idle))
        .filter(sessions::created_at.gt(now - config.session_absolute))
        .order(sessions::last_seen_at.desc())
        .limit(100)
        .select(ActiveSession::as_select())
        .load(conn)
        .await
}

/// Removes sessions past either timeout; any instance may run it.
pub async fn purge_expired(
    conn: &mut AsyncPgConnection,
    config: &AppConfig,
) -> diesel::QueryResult<usize> {
    let now = Utc::now();
    diesel::delete(
        sessions::table.filter(
            sessions::last_seen_at
                .le(now - config.session_idle)
                .or(sessions::created_at.le(now - config.session_absolute)),
        ),
    )
    .execute(conn)
    .await
}

/// Whose session this is (None for an unknown session, or one without an account left by an
/// earlier release, which made pre-login sessions).
pub async fn owner(
    conn: &mut AsyncPgConnection,
    session_id: Uuid,
) -> diesel::QueryResult<Option<Uuid>> {
    Ok(sessions::table
        .find(session_id)
        .select(sessions::user_id)
        .first::<Option<Uuid>>(conn)
        .await
        .optional()?
        .flatten())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_carry_256_random_bits() {
        let a = new_token();
        let b = new_token();
        assert_ne!(a, b);
        assert_eq!(URL_SAFE_NO_PAD.decode(&a).unwrap().len(), 32);
        assert_eq!(token_hash(&a).len(), 32);
        assert_ne!(token_hash(&a), a.as_bytes());
    }
}
