use chrono::{DateTime, Utc};
use diesel::{
    BoolExpressionMethods, ExpressionMethods, OptionalExtension, PgTextExpressionMethods, QueryDsl,
    Queryable, Selectable, SelectableHelper,
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::web::{PAGE_SIZE, Pagination};

use crate::domain::{Email, PersonName};
use crate::schema::{organisations, users};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users, check_for_backend(diesel::pg::Pg))]
pub struct User {
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub organisation_id: Uuid,
    pub is_admin: bool,
    pub must_change_password: bool,
    pub active: bool,
    pub time_zone: String,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub password_changed_at: DateTime<Utc>,
}

/// A user with the code and name of their organisation, for lists and detail pages.
#[derive(Debug, Clone)]
pub struct UserWithOrg {
    pub user: User,
    pub org_code: String,
    pub org_name: String,
}

/// What sign-in needs of an account that may sign in (active, in an active organisation).
pub struct LoginAccount {
    pub id: Uuid,
    pub organisation_id: Uuid,
    pub password_hash: String,
    /// Has confirmed a second factor: a right password leads to the code's page.
    pub has_second_factor: bool,
}

pub async fn find_for_login(
    conn: &mut AsyncPgConnection,
    email: &str,
) -> diesel::QueryResult<Option<LoginAccount>> {
    use crate::schema::second_factors;
    let row: Option<(Uuid, Uuid, String, bool)> = users::table
        .inner_join(organisations::table)
        .filter(users::email.eq(email))
        .filter(users::active)
        .filter(organisations::active)
        .select((
            users::id,
            users::organisation_id,
            users::password_hash,
            diesel::dsl::exists(
                second_factors::table
                    .filter(second_factors::user_id.eq(users::id))
                    .filter(second_factors::confirmed_at.is_not_null()),
            ),
        ))
        .first(conn)
        .await
        .optional()?;
    Ok(row.map(
        |(id, organisation_id, password_hash, has_second_factor)| LoginAccount {
            id,
            organisation_id,
            password_hash,
            has_second_factor,
        },
    ))
}

pub async fn find_id_by_email(
    conn: &mut AsyncPgConnection,
    email: &str,
) -> diesel::QueryResult<Option<Uuid>> {
    users::table
        .filter(users::email.eq(email))
        .select(users::id)
        .first(conn)
        .await
        .optional()
}

pub async fn email_taken(
    conn: &mut AsyncPgConnection,
    email: &Email,
    except: Option<Uuid>,
) -> diesel::QueryResult<bool> {
    let mut query = users::table
        .filter(users::email.eq(email.as_str()))
        .select(users::id)
        .into_boxed();
    if let Some(except) = except {
        query = query.filter(users::id.ne(except));
    }
    Ok(query.first::<Uuid>(conn).await.optional()?.is_some())
}

pub async fn find_with_org(
    conn: &mut AsyncPgConnection,
    id: Uuid,
) -> diesel::QueryResult<Option<UserWithOrg>> {
    let row: Option<(User, String, String)> = users::table
        .inner_join(organisations::table)
        .filter(users::id.eq(id))
        .select((User::as_select(), organisations::code, organisations::name))
        .first(conn)
        .await
        .optional()?;
    Ok(row.map(|(user, org_code, org_name)| UserWithOrg {
        user,
        org_code,
        org_name,
    }))
}

pub async fn password_hash(conn: &mut AsyncPgConnection, id: Uuid) -> diesel::QueryResult<String> {
    users::table
        .find(id)
        .select(users::password_hash)
        .first(conn)
        .await
}

/// The admin list's filters; offset pagination is fine for a table of accounts. `page` is
/// 1-based.
#[derive(Debug, Default)]
pub struct UserQuery {
    pub organisation_id: Option<Uuid>,
    pub text: Option<String>,
    pub include_inactive: bool,
    pub page: i64,
}

pub async fn list(
    conn: &mut AsyncPgConnection,
    query: &UserQuery,
) -> diesel::QueryResult<(Vec<UserWithOrg>, i64)> {
    let build = || {
        let mut q = users::table.inner_join(organisations::table).into_boxed();
        if let Some(org) = query.organisation_id {
            q = q.filter(users::organisation_id.eq(org));
        }
        if let Some(text) = query.text.as_deref().filter(|t| !t.is_empty()) {
            let pattern = crate::db::like_pattern(text);
            q = q.filter(
                users::email
                    .ilike(pattern.clone())
                    .or(users::name.ilike(pattern)),
            );
        }
        if !query.include_inactive {
            q = q.filter(users::active);
        }
        q
    };
    // Counted to a cap past the page, as every large list (`Pagination::counted`).
    let total = build()
        .select(users::id)
        .limit(Pagination::count_limit(query.page))
        .load::<Uuid>(conn)
        .await?
        .len() as i64;
    let rows: Vec<(User, String, String)> = build()
        .select((User::as_select(), organisations::code, organisations::name))
        .order((organisations::code.asc(), users::name.asc()))
        .limit(PAGE_SIZE)
        .offset(Pagination::offset(query.page))
        .load(conn)
        .await?;
    Ok((
        rows.into_iter()
            .map(|(user, org_code, org_name)| UserWithOrg {
                user,
                org_code,
                org_name,
            })
            .collect(),
        total,
    ))
}

pub struct NewUser {
    pub email: Email,
    pub name: PersonName,
    pub organisation_id: Uuid,
    pub is_admin: bool,
    pub password_hash: String,
    pub must_change_password: bool,
}

pub async fn insert(conn: &mut AsyncPgConnection, new: &NewUser) -> diesel::QueryResult<Uuid> {
    let id = Uuid::now_v7();
    diesel::insert_into(users::table)
        .values((
            users::id.eq(id),
            users::email.eq(new.email.as_str()),
            users::name.eq(new.name.as_str()),
            users::organisation_id.eq(new.organisation_id),
            users::is_admin.eq(new.is_admin),
            users::password_hash.eq(&new.password_hash),
            users::must_change_password.eq(new.must_change_password),
        ))
        .execute(conn)
        .await?;
    Ok(id)
}

pub struct UserChanges {
    pub email: Email,
    pub name: PersonName,
    pub organisation_id: Uuid,
    pub is_admin: bool,
}

/// Applies the changes when `version` is still current; false means someone else saved first.
pub async fn update(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    version: i32,
    changes: &UserChanges,
) -> diesel::QueryResult<bool> {
    let updated = diesel::update(
        users::table
            .filter(users::id.eq(id))
            .filter(users::version.eq(version)),
    )
    .set((
        users::email.eq(changes.email.as_str()),
        users::name.eq(changes.name.as_str()),
        users::organisation_id.eq(changes.organisation_id),
        users::is_admin.eq(changes.is_admin),
        users::version.eq(users::version + 1),
        users::updated_at.eq(Utc::now()),
    ))
    .execute(conn)
    .await?;
    Ok(updated == 1)
}

pub async fn set_active(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    active: bool,
) -> diesel::QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::active.eq(active),
            users::version.eq(users::version + 1),
            users::updated_at.eq(Utc::now()),
        ))
        .execute(conn)
        .await
        .map(|_| ())
}

pub async fn set_password(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    password_hash: &str,
    must_change: bool,
) -> diesel::QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::password_hash.eq(password_hash),
            users::must_change_password.eq(must_change),
            users::password_changed_at.eq(Utc::now()),
            users::version.eq(users::version + 1),
            users::updated_at.eq(Utc::now()),
        ))
        .execute(conn)
        .await
        .map(|_| ())
}

/// `None` follows the browser's language.
pub async fn set_language(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    language: Option<&str>,
) -> diesel::QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::language.eq(language),
            users::updated_at.eq(Utc::now()),
        ))
        .execute(conn)
        .await
        .map(|_| ())
}

pub async fn set_time_zone(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    time_zone: &str,
) -> diesel::QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::time_zone.eq(time_zone),
            users::updated_at.eq(Utc::now()),
            // The morning digest follows the new zone: the scheduler sets its next time.
            users::next_digest_at.eq(None::<chrono::DateTime<Utc>>),
        ))
        .execute(conn)
        .await
        .map(|_| ())
}
