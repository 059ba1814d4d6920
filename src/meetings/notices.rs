//! Whom a meeting's minutes are told to: the members of the organisations taking part, when
//! the minutes are circulated for comment and when they are approved.

use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use crate::authz::Readable;
use crate::domain::meeting::MinutesState;
use crate::domain::notification::Kind;
use crate::i18n::Msg;
use crate::notifications::{Audience, Notice, Subject, Teller, notify};

pub async fn minutes_moved(
    conn: &mut AsyncPgConnection,
    teller: &Teller,
    id: Uuid,
    title: &str,
    participants: &[Uuid],
    to: MinutesState,
) -> diesel::QueryResult<()> {
    let (kind, message) = match to {
        MinutesState::Approved => (Kind::MinutesApproved, "notifications-minutes-approved"),
        _ => (Kind::MinutesCirculated, "notifications-minutes-circulated"),
    };
    let notice = Notice {
        kind,
        subject: Subject::Meeting(id),
        message: Msg::new(message).arg("meeting", title),
    };
    let readable = Readable::Meeting { participants };
    notify(conn, teller, &notice, Audience::Members(participants), readable)
        .await
        .map(|_| ())
}
