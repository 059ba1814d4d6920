//! What the dashboard and an organisation's page show about it: its members, what it owes and
//! how many of its contact points are stale (and, on the dashboard, the referrals awaiting the
//! reader's desk). The numbers are one statement (each area
//! gives its count as a value: `member_count_of`, `owed_counts`, `count_of`), and the next
//! owed items one more with their details: each statement costs about 0.1 ms of the two cores
//! here, more than the numbers themselves.

use chrono::{DateTime, NaiveDate, Utc};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use uuid::Uuid;

use crate::action_items::model::{self as action_items, Workload};
use crate::authz::{ItemScope, RescueScope};
use crate::referrals::model as referrals;
use crate::contacts::model as contacts;

pub struct OrgSummary {
    pub members: i64,
    /// Referrals awaiting acknowledgement, past their deadline, escalated: for the reader's
    /// own desk (the dashboard), never for another organisation's page.
    /// Each counted to `referrals::model::ATTENTION_CAP`.
    pub referrals: Option<(i32, i32, i32)>,
    /// What it owes; None for organisations that owe nothing (observers).
    pub workload: Option<Workload>,
    /// Its contact points, and how many are stale.
    pub contacts: (i64, i64),
}

/// Members, contact points, stale ones, open items owed, overdue ones, and the referrals'
/// three counts.
type Counts = (
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    i32,
    i32,
    i32,
);

pub async fn load(
    conn: &mut AsyncPgConnection,
    scope: ItemScope,
    org: Uuid,
    owes: bool,
    today: NaiveDate,
    now: DateTime<Utc>,
    referral_scope: Option<&RescueScope>,
) -> diesel::QueryResult<OrgSummary> {
    let (open, overdue) = action_items::owed_counts(scope, org, today);
    let (awaiting, late, escalated) = referrals::attention_counts(referral_scope, now);
    let counts: Counts = diesel::select((
        super::model::member_count_of(org),
        contacts::count_of(org),
        contacts::stale_count_of(org, now),
        open,
        overdue,
        awaiting,
        late,
        escalated,
    ))
    .get_result(conn)
    .await?;
    let (members, listed, stale, open, overdue, awaiting, late, escalated) = counts;
    let workload = match owes {
        true => Some(Workload {
            open: open.unwrap_or_default(),
            overdue: overdue.unwrap_or_default(),
            next: action_items::next_owed(conn, scope, org, today).await?,
        }),
        false => None,
    };
    Ok(OrgSummary {
        members: members.unwrap_or_default(),
        referrals: referral_scope.map(|_| (awaiting, late, escalated)),
        workload,
        contacts: (listed.unwrap_or_default(), stale.unwrap_or_default()),
    })
}
