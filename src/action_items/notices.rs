//! Whom an action item's changes are told to: the organisations it is newly assigned to and
//! the person newly named (who then follow it), and its followers of a status or a comment.
//! Creators, named people and the members of assigned organisations follow automatically.

use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use super::model::OrgRef;
use crate::authz::Readable;
use crate::domain::action_item::{Status, Visibility};
use crate::domain::notification::Kind;
use crate::i18n::Msg;
use crate::notifications::model::{follow, follow_as_members};
use crate::notifications::{Audience, Notice, Subject, Teller, notify};

/// What the scope of the item depends on, as it stands after the change.
pub struct Scope {
    pub restricted: bool,
    pub assignees: Vec<Uuid>,
}

impl Scope {
    pub fn of(visibility: Visibility, assignees: &[OrgRef]) -> Scope {
        Scope {
            restricted: visibility == Visibility::Restricted,
            assignees: assignees.iter().map(|o| o.id).collect(),
        }
    }

    fn readable(&self) -> Readable<'_> {
        Readable::ActionItem {
            restricted: self.restricted,
            assignees: &self.assignees,
        }
    }
}

/// The item was given to `new_orgs` and to `new_person` (on creation, or by an edit): they
/// follow it from now on, and are told. `creator` follows an item it has just made.
#[allow(clippy::too_many_arguments)]
pub async fn assigned(
    conn: &mut AsyncPgConnection,
    teller: &Teller,
    id: Uuid,
    reference: &str,
    scope: &Scope,
    new_orgs: &[OrgRef],
    new_person: Option<Uuid>,
    creator: Option<Uuid>,
) -> diesel::QueryResult<()> {
    let org_ids: Vec<Uuid> = new_orgs.iter().map(|o| o.id).collect();
    follow_as_members(conn, id, &org_ids).await?;
    let people: Vec<Uuid> = creator.into_iter().chain(new_person).collect();
    if !people.is_empty() {
        follow(conn, id, &people).await?;
    }
    if let Some(person) = new_person {
        let notice = Notice {
            kind: Kind::ItemAssigned,
            subject: Subject::ActionItem(id),
            message: Msg::new("notifications-item-assigned-to-you")
                .arg("reference", reference)
                .arg("by", teller.by.as_str()),
        };
        notify(conn, teller, &notice, Audience::People(&[person]), scope.readable()).await?;
    }
    if !new_orgs.is_empty() {
        let codes: Vec<&str> = new_orgs.iter().map(|o| o.code.as_str()).collect();
        let notice = Notice {
            kind: Kind::ItemAssigned,
            subject: Subject::ActionItem(id),
            message: Msg::new("notifications-item-assigned")
                .arg("reference", reference)
                .arg("org", codes.join(", "))
                .arg("by", teller.by.as_str()),
        };
        let teller = teller.except(new_person);
        notify(conn, &teller, &notice, Audience::Members(&org_ids), scope.readable()).await?;
    }
    Ok(())
}

/// The item moved to `to`: its followers are told.
pub async fn status_changed(
    conn: &mut AsyncPgConnection,
    teller: &Teller,
    (id, reference): (Uuid, &str),
    scope: &Scope,
    to: Status,
) -> diesel::QueryResult<()> {
    let notice = Notice {
        kind: Kind::ItemStatus,
        subject: Subject::ActionItem(id),
        message: Msg::new("notifications-item-status")
            .arg("reference", reference)
            .arg("status", Msg::new(super::item::message_id_in_sentence(to)))
            .arg("by", teller.by.as_str()),
    };
    notify(conn, teller, &notice, Audience::Followers(id), scope.readable())
        .await
        .map(|_| ())
}

/// Someone commented: its followers are told (not what was said: they open it).
pub async fn commented(
    conn: &mut AsyncPgConnection,
    teller: &Teller,
    (id, reference): (Uuid, &str),
    scope: &Scope,
) -> diesel::QueryResult<()> {
    let notice = Notice {
        kind: Kind::ItemComment,
        subject: Subject::ActionItem(id),
        message: Msg::new("notifications-item-comment")
            .arg("reference", reference)
            .arg("by", teller.by.as_str()),
    };
    notify(conn, teller, &notice, Audience::Followers(id), scope.readable())
        .await
        .map(|_| ())
}
