use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::dsl::count_star;
use diesel::{
    ExpressionMethods, OptionalExtension, QueryDsl, Queryable, Selectable, SelectableHelper,
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::domain::{CountryCode, OrgCode, OrgKind, TimeZone};
use crate::schema::{organisations, users};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organisations, check_for_backend(diesel::pg::Pg))]
pub struct Organisation {
    pub id: Uuid,
    pub code: String,
    pub name: String,
    pub kind: OrgKind,
    pub country_code: Option<String>,
    pub active: bool,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub time_zone: String,
}

impl Organisation {
    pub fn tz(&self) -> chrono_tz::Tz {
        TimeZone::from_stored(&self.time_zone)
    }

}

/// An organisation with how many active accounts it has.
pub struct OrgWithCount {
    pub org: Organisation,
    pub members: i64,
}

#[derive(Debug)]
pub struct NewOrganisation {
    pub code: OrgCode,
    pub name: String,
    pub kind: OrgKind,
    pub country: Option<CountryCode>,
    pub time_zone: TimeZone,
}

#[derive(Debug)]
pub struct OrganisationChanges {
    pub name: String,
    pub country: Option<CountryCode>,
    pub time_zone: TimeZone,
}

pub async fn find_by_code(
    conn: &mut AsyncPgConnection,
    code: &str,
) -> diesel::QueryResult<Option<Organisation>> {
    organisations::table
        .filter(organisations::code.eq(code.to_uppercase()))
        .select(Organisation::as_select())
        .first(conn)
        .await
        .optional()
}

/// Active organisations, by kind then code: the on-duty page and the contact forms.
pub async fn list_active(conn: &mut AsyncPgConnection) -> diesel::QueryResult<Vec<Organisation>> {
    organisations::table
        .filter(organisations::active)
        .order((organisations::kind.asc(), organisations::code.asc()))
        .select(Organisation::as_select())
        .load(conn)
        .await
}

/// (code, name) of every organisation, for filter and form selects.
pub async fn list_codes(
    conn: &mut AsyncPgConnection,
) -> diesel::QueryResult<Vec<(String, String)>> {
    organisations::table
        .order(organisations::code.asc())
        .select((organisations::code, organisations::name))
        .load(conn)
        .await
}

/// Organisations with their active member counts: two queries whatever the number of rows.
/// `active` is a plain condition, not `= $1`, so prepared statements keep using the partial
/// index `users_active_organisation_idx`.
pub async fn list_with_counts(
    conn: &mut AsyncPgConnection,
    include_inactive: bool,
) -> diesel::QueryResult<Vec<OrgWithCount>> {
    let mut query = organisations::table
        .select(Organisation::as_select())
        .order((organisations::kind.asc(), organisations::name.asc()))
        .into_boxed();
    if !include_inactive {
        query = query.filter(organisations::active);
    }
    let orgs: Vec<Organisation> = query.load(conn).await?;
    let counts: HashMap<Uuid, i64> = users::table
        .filter(users::active)
        .group_by(users::organisation_id)
        .select((users::organisation_id, count_star()))
        .load::<(Uuid, i64)>(conn)
        .await?
        .into_iter()
        .collect();
    Ok(orgs
        .into_iter()
        .map(|org| {
            let members = counts.get(&org.id).copied().unwrap_or(0);
            OrgWithCount { org, members }
        })
        .collect())
}

/// How many active members `org` has, as a value inside another statement.
pub fn member_count_of(
    org: Uuid,
) -> diesel::dsl::SingleValue<users::BoxedQuery<'static, diesel::pg::Pg, diesel::sql_types::BigInt>> {
    users::table
        .into_boxed()
        .filter(users::organisation_id.eq(org))
        .filter(users::active)
        .select(count_star())
        .single_value()
}

pub async fn insert(
    conn: &mut AsyncPgConnection,
    new: &NewOrganisation,
) -> diesel::QueryResult<Uuid> {
    let id = Uuid::now_v7();
    diesel::insert_into(organisations::table)
        .values((
            organisations::id.eq(id),
            organisations::code.eq(new.code.as_str()),
            organisations::name.eq(&new.name),
            organisations::kind.eq(new.kind),
            organisations::country_code.eq(new.country.as_ref().map(CountryCode::as_str)),
            organisations::time_zone.eq(new.time_zone.name()),
        ))
        .execute(conn)
        .await?;
    Ok(id)
}

/// Applies the changes when `version` is still current; false means someone else saved first.
pub async fn update(
    conn: &mut AsyncPgConnection,
    id: Uuid,
    version: i32,
    changes: &OrganisationChanges,
) -> diesel::QueryResult<bool> {
    let updated = diesel::update(
        organisations::table
            .filter(organisations::id.eq(id))
            .filter(organisations::version.eq(version)),
    )
    .set((
        organisations::name.eq(&changes.name),
        organisations::country_code.eq(changes.country.as_ref().map(CountryCode::as_str)),
        organisations::time_zone.eq(changes.time_zone.name()),
        organisations::version.eq(organisations::version + 1),
        organisations::updated_at.eq(Utc::now()),
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
    diesel::update(organisations::table.find(id))
        .set((
            organisations::active.eq(active),
            organisations::version.eq(organisations::version + 1),
            organisations::updated_at.eq(Utc::now()),
        ))
        .execute(conn)
        .await
        .map(|_| ())
}

/// True when the code or the country is already taken (a friendlier message than the
/// database's unique violation, which still guards against races).
pub async fn code_taken(conn: &mut AsyncPgConnection, code: &str) -> diesel::QueryResult<bool> {
    Ok(find_by_code(conn, code).await?.is_some())
}

pub async fn country_taken(
    conn: &mut AsyncPgConnection,
    country: &str,
    except: Option<Uuid>,
) -> diesel::QueryResult<bool> {
    let mut query = organisations::table
        .filter(organisations::country_code.eq(country))
        .select(organisations::id)
        .into_boxed();
    if let Some(except) = except {
        query = query.filter(organisations::id.ne(except));
    }
    Ok(query.first::<Uuid>(conn).await.optional()?.is_some())
}
