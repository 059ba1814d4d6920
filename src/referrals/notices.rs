//! Whom a referral's steps are told to: the traveller's country's members when it is filed and
//! at each escalation step (and, by email, the on-duty contact points escalated to); the
//! filing unit when it reaches the escalation board; the officer who filed it when the
//! embassy acknowledges. Notices carry the reference only, never the traveller.

use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use super::model::ReferralRow;
use crate::authz::Readable;
use crate::contacts::model::ContactPoint;
use crate::domain::notification::Kind;
use crate::domain::referral::DueStep;
use crate::i18n::{Lang, Msg};
use crate::notifications::email::{Footer, compose};
use crate::notifications::model::{NewEmail, notify_country, queue};
use crate::notifications::{Audience, Notice, Subject, Teller, notify};

pub async fn filed(
    conn: &mut AsyncPgConnection,
    teller: &Teller,
    id: Uuid,
    reference: &str,
    nationality: &str,
) -> diesel::QueryResult<()> {
    let message = Msg::new("notifications-referral-filed")
        .arg("reference", reference)
        .arg("by", teller.by.as_str());
    let notice = Notice {
        kind: Kind::ReferralFiled,
        subject: Subject::Referral(id),
        message,
    };
    notify_country(conn, teller, &notice, nationality).await
}

/// The embassy acknowledged: the officer who filed it is told.
pub async fn acknowledged(
    conn: &mut AsyncPgConnection,
    teller: &Teller,
    row: &ReferralRow,
) -> diesel::QueryResult<()> {
    let notice = Notice {
        kind: Kind::ReferralAcknowledged,
        subject: Subject::Referral(row.id),
        message: Msg::new("notifications-referral-acknowledged")
            .arg("reference", row.reference().to_string())
            .arg("by", teller.by.as_str()),
    };
    let readable = Readable::National {
        nationality: &row.nationality,
    };
    notify(conn, teller, &notice, Audience::People(&[row.created_by]), readable)
        .await
        .map(|_| ())
}

/// An escalation step was taken: the embassy's members are told (by email too, whatever
/// their preferences), and so are the contact points it went to; at the escalation board,
/// the filing unit's members too.
pub async fn escalated(
    conn: &mut AsyncPgConnection,
    teller: &Teller,
    row: &ReferralRow,
    step: DueStep,
    embassies: &[Uuid],
    contacts: &[(ContactPoint, String)],
) -> diesel::QueryResult<()> {
    let reference = row.reference().to_string();
    let id = match step {
        DueStep::FlagAgain => "notifications-referral-flagged",
        DueStep::Escalate => "notifications-referral-escalated",
        DueStep::EstimatePassed => "notifications-referral-estimate-passed",
    };
    let notice = Notice {
        kind: Kind::ReferralEscalated,
        subject: Subject::Referral(row.id),
        message: Msg::new(id).arg("reference", reference.as_str()),
    };
    let readable = Readable::National {
        nationality: &row.nationality,
    };
    notify(conn, teller, &notice, Audience::Members(embassies), readable).await?;
    if step == DueStep::Escalate {
        let filers = [row.filed_by_org_id];
        notify(conn, teller, &notice, Audience::Members(&filers), readable).await?;
    }
    let Some(links) = &teller.links else {
        return Ok(());
    };
    let link = links.to(&notice.subject.path());
    let emails = contacts
        .iter()
        .filter_map(|(contact, org)| {
            let to = contact.email.clone()?;
            let spoken: Vec<&str> = contact.languages.iter().flatten().map(String::as_str).collect();
            let lang = Lang::negotiate(&spoken.join(","));
            let footer = Footer::DutyRota { org: org.clone() };
            Some(NewEmail {
                notification: None,
                kind: Kind::ReferralEscalated,
                to,
                lang,
                mail: compose(lang, &notice.message, &link, &[], footer),
                referral: Some(row.id),
            })
        })
        .collect();
    queue(conn, emails).await
}
