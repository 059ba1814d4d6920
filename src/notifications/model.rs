//! Notifications as rows: who is told of a change (the people it concerns, less those who may
//! not see the record, less the one who made it), written with their emails in the change's
//! own transaction; and the reader's list, count and preferences.

use chrono::{DateTime, Utc};
use diesel::{BoolExpressionMethods, ExpressionMethods, JoinOnDsl, QueryDsl, Queryable};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use super::email::{self, Footer};
use super::{Links, Subject};
use crate::authz::{self, Readable, Reader};
use crate::domain::OrgKind;
use crate::domain::notification::Kind;
use crate::i18n::{Lang, Msg};
use crate::schema::{
    action_item_followers, email_outbox, notification_email_off, notifications, organisations,
    users,
};

/// What to tell: its kind, the record, and what happened (references and codes only: the
/// message is stored and emailed, so it never holds a victim's or a traveller's data).
#[derive(Debug, Clone)]
pub struct Notice {
    pub kind: Kind,
    pub subject: Subject,
    pub message: Msg,
}

impl Notice {
    /// The referral an escalation is of: its emails' failure flags it on the board.
    fn escalated_referral(&self) -> Option<Uuid> {
        match (self.kind, self.subject) {
            (Kind::ReferralEscalated, Subject::Referral(id)) => Some(id),
            _ => None,
        }
    }
}

/// Whom a change concerns, before the record's scope and the author are taken out.
#[derive(Debug, Clone, Copy)]
pub enum Audience<'a> {
    /// The active members of these organisations.
    Members(&'a [Uuid]),
    /// The members of the embassies of this country.
    Nationals(&'a str),
    People(&'a [Uuid]),
    /// Those who follow this action item.
    Followers(Uuid),
}

/// An account that may be told, as read for a notice.
#[derive(Debug, Clone, Queryable)]
pub struct Recipient {
    pub user_id: Uuid,
    pub email: String,
    pub language: Option<String>,
    pub browser_language: Option<String>,
    pub org_id: Uuid,
    pub org_kind: OrgKind,
    pub country: Option<String>,
    pub time_zone: String,
    /// Wants this kind in the portal only.
    pub email_off: bool,
}

impl Recipient {
    /// The account's chosen language; when it follows the browser, what its browser asked
    /// for at its last sign-in; English for an account never signed in.
    pub fn lang(&self) -> Lang {
        [&self.language, &self.browser_language]
            .into_iter()
            .flatten()
            .find_map(|code| code.parse().ok())
            .unwrap_or(Lang::En)
    }

    fn reader(&self) -> Reader {
        Reader {
            org_id: self.org_id,
            org_kind: self.org_kind,
            country: self.country.clone(),
        }
    }
}

/// The accounts of `audience` (active, in an active organisation), each with whether it
/// keeps `kind` out of its email.
pub async fn recipients(
    conn: &mut AsyncPgConnection,
    audience: Audience<'_>,
    kind: Kind,
) -> diesel::QueryResult<Vec<Recipient>> {
    let off = diesel::dsl::exists(
        notification_email_off::table
            .filter(notification_email_off::user_id.eq(users::id))
            .filter(notification_email_off::kind.eq(kind.as_str())),
    );
    let query = users::table
        .inner_join(organisations::table.on(organisations::id.eq(users::organisation_id)))
        .filter(users::active.and(organisations::active))
        .select((
            users::id,
            users::email,
            users::language,
            users::browser_language,
            organisations::id,
            organisations::kind,
            organisations::country_code,
            users::time_zone,
            off,
        ))
        .into_boxed();
    let query = match audience {
        Audience::Members(orgs) => query.filter(users::organisation_id.eq_any(orgs.to_vec())),
        Audience::Nationals(country) => query
            .filter(organisations::kind.eq(OrgKind::Country.as_str()))
            .filter(organisations::country_code.eq(country.to_owned())),
        Audience::People(people) => query.filter(users::id.eq_any(people.to_vec())),
        Audience::Followers(item) => query.filter(
            users::id.eq_any(
                action_item_followers::table
                    .filter(action_item_followers::action_item_id.eq(item))
                    .select(action_item_followers::user_id),
            ),
        ),
    };
    query.load(conn).await
}

/// Who tells, and where the links point: built once per change, moved into its transaction.
#[derive(Debug, Clone)]
pub struct Teller {
    /// Where the emails' links point; none: told in the portal only (the demo's history,
    /// whose accounts' addresses are made up).
    pub links: Option<Links>,
    /// The code of the organisation making the change, as notices name it.
    pub by: String,
    /// Not told of their own change: its author (and whoever a notice leaves out).
    pub except: Vec<Uuid>,
}

impl Teller {
    pub fn of(current: &crate::auth::CurrentUser, config: &crate::config::AppConfig) -> Teller {
        Teller {
            links: Some(Links::of(config)),
            by: current.user.org_code.clone(),
            except: vec![current.user.id],
        }
    }

    /// The scheduler: nobody is left out.
    pub fn system(links: Links) -> Teller {
        Teller {
            links: Some(links),
            by: String::new(),
            except: Vec::new(),
        }
    }

    /// The demo's history, as if `user` of `org` had made each change: in the portal only.
    pub fn demo(org: &str, user: Uuid) -> Teller {
        Teller {
            links: None,
            by: org.to_owned(),
            except: vec![user],
        }
    }

    /// Leaves `people` out too (those told in a notice of their own).
    pub fn except(&self, people: impl IntoIterator<Item = Uuid>) -> Teller {
        let mut teller = self.clone();
        teller.except.extend(people);
        teller
    }
}

/// Tells `audience` of `notice`, in the portal and (unless they turned it off) by email:
/// everyone but those the teller leaves out, and nobody who may not read the record. Three
/// statements, whatever the number of people. Answers how many were told.
pub async fn notify(
    conn: &mut AsyncPgConnection,
    teller: &Teller,
    notice: &Notice,
    audience: Audience<'_>,
    readable: Readable<'_>,
) -> diesel::QueryResult<usize> {
    let people: Vec<Recipient> = recipients(conn, audience, notice.kind)
        .await?
        .into_iter()
        .filter(|r| {
            !teller.except.contains(&r.user_id) && authz::may_be_told_of(&r.reader(), readable)
        })
        .collect();
    tell(conn, teller.links.as_ref(), notice, &people, &[]).await?;
    Ok(people.len())
}

/// Tells the embassies of `nationality` of a national's record (a rescue request, a border
/// referral), which only they and the coordinators may open.
pub async fn notify_country(
    conn: &mut AsyncPgConnection,
    teller: &Teller,
    notice: &Notice,
    nationality: &str,
) -> diesel::QueryResult<()> {
    let readable = Readable::National { nationality };
    notify(conn, teller, notice, Audience::Nationals(nationality), readable)
        .await
        .map(|_| ())
}

/// Writes one notification per recipient and (with `links`) the emails of those who want
/// them; `lines` are more of the email's text (a digest's items), already in the recipient's
/// language when there is a single recipient.
pub async fn tell(
    conn: &mut AsyncPgConnection,
    links: Option<&Links>,
    notice: &Notice,
    people: &[Recipient],
    lines: &[String],
) -> diesel::QueryResult<()> {
    if people.is_empty() {
        return Ok(());
    }
    let message = serde_json::to_string(&notice.message).expect("a message serialises");
    let (subject_type, subject_id) = notice.subject.stored();
    let mut rows = Vec::with_capacity(people.len());
    let mut emails = Vec::new();
    for person in people {
        let id = Uuid::now_v7();
        rows.push((
            notifications::id.eq(id),
            notifications::user_id.eq(person.user_id),
            notifications::kind.eq(notice.kind.as_str()),
            notifications::subject_type.eq(subject_type),
            notifications::subject_id.eq(subject_id),
            notifications::message.eq(message.clone()),
        ));
        let Some(links) = links else { continue };
        if person.email_off && notice.kind.email_can_be_turned_off() {
            continue;
        }
        let lang = person.lang();
        let mail = email::compose(lang, &notice.message, &links.to(&notice.subject.path()), lines, Footer::Account {
            settings: links.to("/account#notifications"),
        });
        emails.push(NewEmail {
            notification: Some(id),
            kind: notice.kind,
            to: person.email.clone(),
            lang,
            mail,
            referral: notice.escalated_referral(),
        });
    }
    diesel::insert_into(notifications::table)
        .values(rows)
        .execute(conn)
        .await?;
    queue(conn, emails).await
}

/// An email for the outbox.
pub struct NewEmail {
    pub notification: Option<Uuid>,
    pub kind: Kind,
    pub to: String,
    pub lang: Lang,
    pub mail: email::Composed,
    /// An escalation's email, whose failure flags its referral.
    pub referral: Option<Uuid>,
}

/// Puts emails in the outbox, for the scheduler to send.
pub async fn queue(conn: &mut AsyncPgConnection, emails: Vec<NewEmail>) -> diesel::QueryResult<()> {
    if emails.is_empty() {
        return Ok(());
    }
    let rows: Vec<_> = emails
        .into_iter()
        .map(|e| {
            (
                email_outbox::id.eq(Uuid::now_v7()),
                email_outbox::notification_id.eq(e.notification),
                email_outbox::kind.eq(e.kind.as_str()),
                email_outbox::recipient.eq(e.to),
                email_outbox::language.eq(e.lang.code()),
                email_outbox::subject.eq(e.mail.subject),
                email_outbox::body.eq(e.mail.body),
                email_outbox::referral_id.eq(e.referral),
            )
        })
        .collect();
    diesel::insert_into(email_outbox::table)
        .values(rows)
        .execute(conn)
        .await
        .map(|_| ())
}

/// One line of the reader's list.
#[derive(Debug, Clone, Queryable)]
pub struct Notification {
    pub id: Uuid,
    pub kind: Kind,
    pub subject_type: String,
    pub subject_id: Option<Uuid>,
    pub message: String,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

impl Notification {
    /// What happened, as it was stored; a message this release cannot read says so.
    pub fn message(&self) -> Msg {
        serde_json::from_str(&self.message).unwrap_or_else(|_| Msg::new("notifications-unreadable"))
    }

    pub fn subject(&self) -> Subject {
        Subject::from_stored(&self.subject_type, self.subject_id)
    }
}

/// A page of the reader's notifications, newest first, and whether an older page follows.
pub async fn page(
    conn: &mut AsyncPgConnection,
    user: Uuid,
    offset: i64,
    size: i64,
) -> diesel::QueryResult<(Vec<Notification>, bool)> {
    let mut rows: Vec<Notification> = notifications::table
        .filter(notifications::user_id.eq(user))
        .order((notifications::created_at.desc(), notifications::id.desc()))
        .offset(offset)
        .limit(size + 1)
        .select((
            notifications::id,
            notifications::kind,
            notifications::subject_type,
            notifications::subject_id,
            notifications::message,
            notifications::created_at,
            notifications::read_at,
        ))
        .load(conn)
        .await?;
    let more = rows.len() as i64 > size;
    rows.truncate(size as usize);
    Ok((rows, more))
}

/// Marks the reader's notification read; answers the record it is about, or `None` when the
/// reader has no such notification.
pub async fn mark_read(
    conn: &mut AsyncPgConnection,
    user: Uuid,
    id: Uuid,
) -> diesel::QueryResult<Option<(Subject, bool)>> {
    let found: Option<(String, Option<Uuid>, Option<DateTime<Utc>>)> = notifications::table
        .filter(notifications::id.eq(id))
        .filter(notifications::user_id.eq(user))
        .select((
            notifications::subject_type,
            notifications::subject_id,
            notifications::read_at,
        ))
        .first(conn)
        .await
        .map(Some)
        .or_else(not_found_is_none)?;
    let Some((subject_type, subject_id, read_at)) = found else {
        return Ok(None);
    };
    if read_at.is_none() {
        diesel::update(notifications::table.find(id))
            .set(notifications::read_at.eq(Utc::now()))
            .execute(conn)
            .await?;
    }
    Ok(Some((
        Subject::from_stored(&subject_type, subject_id),
        read_at.is_none(),
    )))
}

/// Marks every unread notification of the reader read; answers how many.
pub async fn mark_all_read(conn: &mut AsyncPgConnection, user: Uuid) -> diesel::QueryResult<usize> {
    diesel::update(
        notifications::table
            .filter(notifications::user_id.eq(user))
            .filter(notifications::read_at.is_null()),
    )
    .set(notifications::read_at.eq(Utc::now()))
    .execute(conn)
    .await
}

fn not_found_is_none<T>(error: diesel::result::Error) -> diesel::QueryResult<Option<T>> {
    match error {
        diesel::result::Error::NotFound => Ok(None),
        other => Err(other),
    }
}

/// The kinds the account keeps out of its email.
pub async fn email_off(conn: &mut AsyncPgConnection, user: Uuid) -> diesel::QueryResult<Vec<Kind>> {
    notification_email_off::table
        .filter(notification_email_off::user_id.eq(user))
        .select(notification_email_off::kind)
        .load::<Kind>(conn)
        .await
}

/// Replaces the account's preferences: `off` are the kinds to keep out of its email
/// (escalations are never among them).
pub async fn set_email_off(
    conn: &mut AsyncPgConnection,
    user: Uuid,
    off: &[Kind],
) -> diesel::QueryResult<()> {
    diesel::delete(notification_email_off::table.filter(notification_email_off::user_id.eq(user)))
        .execute(conn)
        .await?;
    let rows: Vec<_> = off
        .iter()
        .filter(|k| k.email_can_be_turned_off())
        .map(|k| {
            (
                notification_email_off::user_id.eq(user),
                notification_email_off::kind.eq(k.as_str()),
            )
        })
        .collect();
    if !rows.is_empty() {
        diesel::insert_into(notification_email_off::table)
            .values(rows)
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// Whether the account follows the item.
pub async fn is_following(
    conn: &mut AsyncPgConnection,
    item: Uuid,
    user: Uuid,
) -> diesel::QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        action_item_followers::table
            .filter(action_item_followers::action_item_id.eq(item))
            .filter(action_item_followers::user_id.eq(user)),
    ))
    .get_result(conn)
    .await
}

/// `people` follow the item (again, harmlessly, if they already do).
pub async fn follow(
    conn: &mut AsyncPgConnection,
    item: Uuid,
    people: &[Uuid],
) -> diesel::QueryResult<()> {
    let rows: Vec<_> = people
        .iter()
        .map(|&p| {
            (
                action_item_followers::action_item_id.eq(item),
                action_item_followers::user_id.eq(p),
            )
        })
        .collect();
    diesel::insert_into(action_item_followers::table)
        .values(rows)
        .on_conflict_do_nothing()
        .execute(conn)
        .await
        .map(|_| ())
}

/// The active members of `orgs` follow the item: an organisation it is assigned to.
pub async fn follow_as_members(
    conn: &mut AsyncPgConnection,
    item: Uuid,
    orgs: &[Uuid],
) -> diesel::QueryResult<()> {
    let members: Vec<Uuid> = users::table
        .filter(users::organisation_id.eq_any(orgs.to_vec()))
        .filter(users::active)
        .select(users::id)
        .load(conn)
        .await?;
    if members.is_empty() {
        return Ok(());
    }
    follow(conn, item, &members).await
}

pub async fn unfollow(conn: &mut AsyncPgConnection, item: Uuid, user: Uuid) -> diesel::QueryResult<usize> {
    diesel::delete(
        action_item_followers::table
            .filter(action_item_followers::action_item_id.eq(item))
            .filter(action_item_followers::user_id.eq(user)),
    )
    .execute(conn)
    .await
}
