//! The demo's action items: the work the meeting agreed on, created by the coordinators' demo
//! users, owed by embassies and police units, in every status, with their timelines.

use anyhow::bail;
use chrono::{DateTime, Duration, Utc};
use diesel_async::AsyncPgConnection;

use super::{Records, Roster, audit};
use crate::action_items::model::{self as items, ItemFields, NewEntry};
use crate::action_items::notices::{self, Scope};
use crate::audit::Action;
use crate::domain::action_item::{ItemReference, Priority, Status, Visibility};
use crate::notifications::Teller;

/// An action item as the demo writes it, organisations by code: each acts through its demo user.
pub(super) struct DemoItem {
    pub title: &'static str,
    /// Markdown.
    pub description: &'static str,
    /// The coordinator organisation that creates it.
    pub creator: &'static str,
    pub assignees: &'static [&'static str],
    /// The assignee organisation whose demo user is named on the item.
    pub person: Option<&'static str>,
    /// The due date, in days from today in Bangkok (negative: in the past).
    pub due_in_days: i64,
    pub priority: Priority,
    pub visibility: Visibility,
    /// What happened to it after it was created, oldest first.
    pub timeline: &'static [Step],
}

pub(super) enum Step {
    /// (who, the comment)
    Comment(&'static str, &'static str),
    /// (who, the new status, a comment or "")
    Status(&'static str, Status, &'static str),
}

/// Due dates count from today in Bangkok, the demo users' time zone.
fn today(now: DateTime<Utc>) -> chrono::NaiveDate {
    now.with_timezone(&chrono_tz::Asia::Bangkok).date_naive()
}

/// Inserts every demo item with its timeline, each creation, comment and status change with
/// its audit event.
pub(super) async fn load(
    conn: &mut AsyncPgConnection,
    roster: &Roster,
    now: DateTime<Utc>,
    records: &mut Records,
    decisions: &[uuid::Uuid],
) -> anyhow::Result<()> {
    for item in super::agenda::ITEMS {
        // The decision of the meeting the item carries out, if the demo meeting made one.
        let decision = super::meetings::DECISIONS
            .iter()
            .position(|(_, titles)| titles.contains(&item.title))
            .and_then(|index| decisions.get(index).copied());
        let creator = roster.get(item.creator)?;
        let wanted: Vec<String> = item.assignees.iter().map(|c| (*c).to_owned()).collect();
        let assignees = items::orgs_by_codes(conn, &wanted).await?;
        if assignees.len() != wanted.len() {
            bail!(
                "Demo action item {:?} is owed by {}, but not all of them can be given work (an inactive organisation or an observer); nothing was loaded.",
                item.title,
                wanted.join(", ")
            );
        }
        let person = match item.person {
            Some(code) => items::find_person(conn, roster.get(code)?.user, true).await?,
            None => None,
        };
        let fields = ItemFields {
            title: item.title.to_owned(),
            description: item.description.to_owned(),
            assignees,
            person,
            due_date: today(now) + Duration::days(item.due_in_days),
            priority: item.priority,
            visibility: item.visibility,
            decision,
        };
        let (id, number) = items::insert(conn, &fields, creator.user).await?;
        let reference = ItemReference(number);
        let said = reference.to_string();
        let scope = Scope::of(fields.visibility, &fields.assignees);
        let person = fields.person.as_ref().map(|p| p.id);
        let teller = Teller::demo(creator.code, creator.user);
        notices::assigned(
            conn,
            &teller,
            id,
            &said,
            &scope,
            &fields.assignees,
            person,
            Some(creator.user),
        )
        .await?;
        audit(
            conn,
            Action::ActionItemCreated,
            "action_item",
            id,
            fields.creation_summary(reference),
        )
        .await?;
        records.action_items += 1;

        let (mut status, mut version) = (Status::Open, 1);
        for step in item.timeline {
            match step {
                Step::Comment(by, comment) => {
                    let actor = roster.get(by)?;
                    items::add_event(conn, id, actor.user, NewEntry::Comment, comment).await?;
                    let teller = Teller::demo(actor.code, actor.user);
                    notices::commented(conn, &teller, (id, &said), &scope).await?;
                    audit(
                        conn,
                        Action::ActionItemCommented,
                        "action_item",
                        id,
                        format!("{reference}: commented as {by}'s demo user"),
                    )
                    .await?;
                    records.comments += 1;
                }
                Step::Status(by, to, comment) => {
                    let actor = roster.get(by)?;
                    if !status.can_move_to(*to) {
                        bail!("demo item {reference}: {status} cannot move to {to}");
                    }
                    if !items::set_status(conn, id, version, *to).await? {
                        bail!("demo item {reference} changed while loading");
                    }
                    version += 1;
                    let kind = NewEntry::Status {
                        from: status,
                        to: *to,
                    };
                    items::add_event(conn, id, actor.user, kind, comment).await?;
                    let teller = Teller::demo(actor.code, actor.user);
                    notices::status_changed(conn, &teller, (id, &said), &scope, *to).await?;
                    let with_comment = if comment.is_empty() {
                        ""
                    } else {
                        " with a comment"
                    };
                    audit(
                        conn,
                        Action::ActionItemStatusChanged,
                        "action_item",
                        id,
                        format!(
                            "{reference}: status {} → {} as {by}'s demo user{with_comment}",
                            status.as_str(),
                            to.as_str()
                        ),
                    )
                    .await?;
                    records.status_changes += 1;
                    status = *to;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::DEMO_ORGS;
    use super::super::agenda::ITEMS;
    use super::*;
    use crate::domain::OrgKind;

    /// The status the item's timeline leaves it in.
    fn final_status(item: &DemoItem) -> Status {
        item.timeline
            .iter()
            .fold(Status::Open, |status, step| match step {
                Step::Status(_, to, _) => *to,
                Step::Comment(..) => status,
            })
    }

    fn kind_of(code: &str) -> OrgKind {
        DEMO_ORGS
            .iter()
            .find(|o| o.0 == code)
            .map(|o| o.2)
            .unwrap_or_else(|| panic!("{code} is a demo organisation"))
    }

    #[test]
    fn a_dozen_items_in_every_status_some_overdue_shared_and_restricted() {
        assert!((10..=14).contains(&ITEMS.len()));
        for status in Status::ALL {
            assert!(
                ITEMS.iter().any(|i| final_status(i) == status),
                "an item ends {status}"
            );
        }
        let overdue = ITEMS
            .iter()
            .filter(|i| i.due_in_days < 0 && !final_status(i).is_closed())
            .count();
        assert!(overdue >= 2, "some items are overdue");
        // Due today could turn overdue while someone looks at the demo.
        assert!(ITEMS.iter().all(|i| i.due_in_days != 0));
        for visibility in Visibility::ALL {
            assert!(ITEMS.iter().any(|i| i.visibility == visibility));
        }
        assert!(ITEMS.iter().any(|i| i.timeline.len() >= 2));
    }

    #[test]
    fn the_workflow_and_the_authorization_rules_allow_every_step() {
        for item in ITEMS {
            assert_eq!(
                kind_of(item.creator),
                OrgKind::Coordinator,
                "{}",
                item.title
            );
            assert!(!item.assignees.is_empty(), "{}", item.title);
            for code in item.assignees {
                assert_ne!(kind_of(code), OrgKind::Observer, "observers owe nothing");
            }
            if let Some(person) = item.person {
                assert!(item.assignees.contains(&person), "{}", item.title);
            }
            assert!(!item.title.trim().is_empty() && item.title.chars().count() <= 200);
            assert!(item.description.chars().count() <= 20_000);
            let mut status = Status::Open;
            for step in item.timeline {
                // Who may comment and move the status: coordinators and the assignees; who may
                // cancel: coordinators and the creator (see authz).
                let (by, to) = match step {
                    Step::Comment(by, text) => {
                        assert!(!text.trim().is_empty());
                        (*by, None)
                    }
                    Step::Status(by, to, _) => (*by, Some(*to)),
                };
                let works_on_it =
                    kind_of(by) == OrgKind::Coordinator || item.assignees.contains(&by);
                assert!(works_on_it, "{by} on {:?}", item.title);
                if let Some(to) = to {
                    assert!(status.can_move_to(to), "{:?}: {status} → {to}", item.title);
                    if to == Status::Cancelled || status == Status::Cancelled {
                        assert_eq!(kind_of(by), OrgKind::Coordinator);
                    }
                    status = to;
                }
            }
        }
    }

    #[test]
    fn every_police_unit_and_every_country_owes_work() {
        for (code, _, kind, _) in DEMO_ORGS {
            let owes = ITEMS.iter().any(|i| i.assignees.contains(&code));
            assert_eq!(owes, kind != OrgKind::Observer, "{code}");
        }
    }
}
