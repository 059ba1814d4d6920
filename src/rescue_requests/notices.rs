//! Whom a rescue request's changes are told to: the members of the embassies of the person's
//! country, when it is filed and when it moves. Notices carry the reference and the status,
//! never the person.

use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use crate::authz::Readable;
use crate::domain::notification::Kind;
use crate::domain::rescue::RescueStatus;
use crate::i18n::Msg;
use crate::notifications::{Audience, Notice, Subject, Teller, notify};

pub async fn filed(
    conn: &mut AsyncPgConnection,
    teller: &Teller,
    id: Uuid,
    reference: &str,
    nationality: &str,
) -> diesel::QueryResult<()> {
    let notice = Notice {
        kind: Kind::RescueFiled,
        subject: Subject::RescueRequest(id),
        message: Msg::new("notifications-rescue-filed")
            .arg("reference", reference)
            .arg("by", teller.by.as_str()),
    };
    let readable = Readable::National { nationality };
    notify(conn, teller, &notice, Audience::Nationals(nationality), readable)
        .await
        .map(|_| ())
}

pub async fn moved(
    conn: &mut AsyncPgConnection,
    teller: &Teller,
    id: Uuid,
    reference: &str,
    nationality: &str,
    to: RescueStatus,
) -> diesel::QueryResult<()> {
    let notice = Notice {
        kind: Kind::RescueMoved,
        subject: Subject::RescueRequest(id),
        message: Msg::new("notifications-rescue-moved")
            .arg("reference", reference)
            .arg("status", Msg::new(to.message_id()))
            .arg("by", teller.by.as_str()),
    };
    let readable = Readable::National { nationality };
    notify(conn, teller, &notice, Audience::Nationals(nationality), readable)
        .await
        .map(|_| ())
}
