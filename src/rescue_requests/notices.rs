//! Whom a rescue request's changes are told to: the members of the embassies of the person's
//! country, when it is filed and when it moves. Notices carry the reference and the status,
//! never the person.

use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use crate::domain::notification::Kind;
use crate::domain::rescue::RescueStatus;
use crate::i18n::Msg;
use crate::notifications::model::notify_country;
use crate::notifications::{Notice, Subject, Teller};

pub async fn filed(
    conn: &mut AsyncPgConnection,
    teller: &Teller,
    id: Uuid,
    reference: &str,
    nationality: &str,
) -> diesel::QueryResult<()> {
    let message = Msg::new("notifications-rescue-filed")
        .arg("reference", reference)
        .arg("by", teller.by.as_str());
    let notice = Notice {
        kind: Kind::RescueFiled,
        subject: Subject::RescueRequest(id),
        message,
    };
    notify_country(conn, teller, &notice, nationality).await
}

pub async fn moved(
    conn: &mut AsyncPgConnection,
    teller: &Teller,
    (id, reference): (Uuid, &str),
    nationality: &str,
    to: RescueStatus,
) -> diesel::QueryResult<()> {
    let message = Msg::new("notifications-rescue-moved")
        .arg("reference", reference)
        .arg("status", Msg::new(to.message_id()))
        .arg("by", teller.by.as_str());
    let notice = Notice {
        kind: Kind::RescueMoved,
        subject: Subject::RescueRequest(id),
        message,
    };
    notify_country(conn, teller, &notice, nationality).await
}
