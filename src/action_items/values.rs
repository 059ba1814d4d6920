//! The item form's values as typed, the draft they become (a pure conversion, tested here),
//! and the step that checks who they name against the database.

use chrono::NaiveDate;
use diesel_async::AsyncPgConnection;
use serde::Deserialize;
use uuid::Uuid;

use super::model::{self, ItemCard, ItemFields, OrgRef, Person};
use crate::auth::SessionUser;
use crate::authz;
use crate::domain::action_item::{Priority, Visibility};
use crate::domain::{FieldErrors, long_text, non_blank, parse_date};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::web::FormVersion;

/// The item form's fields as typed, shown back on a 422 or 409.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct ItemValues {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub assignees: Vec<String>,
    #[serde(default)]
    pub assignee_user_id: String,
    #[serde(default)]
    pub due_date: String,
    #[serde(default)]
    pub priority: String,
    #[serde(default)]
    pub visibility: String,
    /// The meeting decision a new item carries out (hidden; from the decision's link).
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub version: FormVersion,
}

impl ItemValues {
    pub fn of(card: &ItemCard) -> ItemValues {
        let item = &card.item;
        ItemValues {
            title: item.title.clone(),
            description: item.description.clone(),
            assignees: card.assignees.iter().map(|o| o.code.clone()).collect(),
            assignee_user_id: item
                .assignee_user_id
                .map(|id| id.to_string())
                .unwrap_or_default(),
            due_date: item.due_date.to_string(),
            priority: item.priority.as_str().to_owned(),
            visibility: item.visibility.as_str().to_owned(),
            decision: item.decision_id.map(|d| d.to_string()).unwrap_or_default(),
            version: FormVersion(item.version),
        }
    }

    pub fn assigns(&self, code: &str) -> bool {
        self.assignees.iter().any(|c| c.eq_ignore_ascii_case(code))
    }
}

/// The item's own fields once they read right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemDraft {
    pub title: String,
    pub description: String,
    pub due_date: NaiveDate,
    pub priority: Priority,
    pub visibility: Visibility,
}

impl ItemDraft {
    /// `today` is the user's; a due date in the past is refused unless it is the one already
    /// stored (`stored_due`), so an overdue item can still be edited.
    pub fn parse(
        values: &ItemValues,
        today: NaiveDate,
        stored_due: Option<NaiveDate>,
    ) -> Result<ItemDraft, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = errors.check("title", non_blank(&values.title, 200, "items-title-missing"));
        let description = errors.check("description", long_text(&values.description, 20_000));
        let due_date = errors.check("due_date", parse_date(&values.due_date, "items-due-date-missing"));
        if let Some(due) = due_date
            && due < today
            && stored_due != Some(due)
        {
            errors.add("due_date", Msg::new("items-due-date-past"));
        }
        let priority = errors.check("priority", values.priority.parse::<Priority>());
        let visibility = errors.check("visibility", values.visibility.parse::<Visibility>());
        match (title, description, due_date, priority, visibility) {
            (Some(title), Some(description), Some(due_date), Some(priority), Some(visibility))
                if errors.is_empty() =>
            {
                Ok(ItemDraft {
                    title,
                    description,
                    due_date,
                    priority,
                    visibility,
                })
            }
            _ => Err(errors),
        }
    }
}

/// Who the form says owes the item, read but not yet checked against the database
/// ([`resolve`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// The codes chosen, upper-cased, sorted, without repeats; None when the user may not
    /// choose (a country member's item is owed by their organisation).
    pub codes: Option<Vec<String>>,
    pub person: Option<Uuid>,
}

impl Assignment {
    pub fn parse(values: &ItemValues, chooses_assignees: bool) -> Result<Assignment, FieldErrors> {
        let mut errors = FieldErrors::default();
        let codes = chooses_assignees.then(|| {
            let mut codes: Vec<String> = values
                .assignees
                .iter()
                .map(|c| c.trim().to_uppercase())
                .filter(|c| !c.is_empty())
                .collect();
            codes.sort();
            codes.dedup();
            codes
        });
        if codes.as_ref().is_some_and(Vec::is_empty) {
            errors.add("assignees", Msg::new("items-assignees-missing"));
        }
        let person = match values.assignee_user_id.trim() {
            "" => None,
            id => match Uuid::parse_str(id) {
                Ok(id) => Some(id),
                Err(_) => {
                    errors.add("assignee_user_id", Msg::new("items-person-not-assignable"));
                    None
                }
            },
        };
        if errors.is_empty() {
            Ok(Assignment { codes, person })
        } else {
            Err(errors)
        }
    }
}

/// The assignment checked against the database: the organisations exist, are active and can
/// owe work, and the person belongs to one of them and may be named by this user.
async fn resolve(
    conn: &mut AsyncPgConnection,
    user: &SessionUser,
    assignment: Assignment,
    editing: Option<&ItemCard>,
) -> Result<Result<(Vec<OrgRef>, Option<Person>), FieldErrors>, AppError> {
    let mut errors = FieldErrors::default();
    let assignees = match &assignment.codes {
        Some(codes) => {
            let mut found = model::orgs_by_codes(conn, codes).await?;
            // An organisation deactivated since it was assigned stays, if the editor keeps it.
            for org in editing.map(|card| card.assignees.as_slice()).unwrap_or(&[]) {
                if codes.contains(&org.code) && !found.contains(org) {
                    found.push(org.clone());
                }
            }
            found.sort_by(|a, b| a.code.cmp(&b.code));
            let unknown: Vec<&str> = codes
                .iter()
                .filter(|c| !found.iter().any(|o| &o.code == *c))
                .map(String::as_str)
                .collect();
            if !unknown.is_empty() {
                errors.add(
                    "assignees",
                    Msg::new("items-assignees-unknown")
                        .arg("codes", unknown.join(", "))
                        .arg("count", unknown.len()),
                );
            }
            found
        }
        None => fixed_assignees(user, editing),
    };
    let person = match assignment.person {
        None => None,
        Some(id) => {
            // The person already named may stay even when the editor could not name them now
            // (a coordinator chose someone of another organisation, or the account was
            // deactivated).
            let unchanged = editing.is_some_and(|c| c.item.assignee_user_id == Some(id));
            let allowed = model::find_person(conn, id, !unchanged)
                .await?
                .filter(|p| {
                    assignees.iter().any(|o| o.id == p.org_id)
                        && authz::can_name_on_action_item(user, p.org_id, unchanged)
                });
            if allowed.is_none() {
                errors.add("assignee_user_id", Msg::new("items-person-not-assignable"));
            }
            allowed
        }
    };
    Ok(if errors.is_empty() {
        Ok((assignees, person))
    } else {
        Err(errors)
    })
}

/// Who owes the item when the user may not choose: the organisations it has, or for a new
/// item the user's own.
pub(super) fn fixed_assignees(user: &SessionUser, editing: Option<&ItemCard>) -> Vec<OrgRef> {
    match editing {
        Some(card) => card.assignees.clone(),
        None => vec![OrgRef::own(user)],
    }
}

/// Parses the form and checks who it names against the database; every wrong field is named
/// at once.
pub(super) async fn accept(
    conn: &mut AsyncPgConnection,
    user: &SessionUser,
    values: &ItemValues,
    editing: Option<&ItemCard>,
) -> Result<Result<ItemFields, FieldErrors>, AppError> {
    let draft = ItemDraft::parse(values, user.today(), editing.map(|c| c.item.due_date));
    let chooses = authz::can_assign_any_organisation(user);
    let assigned = match Assignment::parse(values, chooses) {
        Ok(assignment) => resolve(conn, user, assignment, editing).await?,
        Err(errors) => Err(errors),
    };
    Ok(match (draft, assigned) {
        (Ok(draft), Ok((assignees, person))) => Ok(ItemFields {
            title: draft.title,
            description: draft.description,
            assignees,
            person,
            due_date: draft.due_date,
            priority: draft.priority,
            visibility: draft.visibility,
            decision: None,
        }),
        (draft, assigned) => {
            let mut errors = draft.err().unwrap_or_default();
            errors.merge(assigned.err().unwrap_or_default());
            Err(errors)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> ItemValues {
        ItemValues {
            title: " Confirm the 24/7 contact ".into(),
            description: "For border referrals.".into(),
            assignees: vec![" tza".into(), "BRA".into(), "bra".into(), "".into()],
            due_date: "2026-12-10".into(),
            priority: "urgent".into(),
            visibility: "restricted".into(),
            ..ItemValues::default()
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
    }

    #[test]
    fn a_draft_reads_the_form() {
        let draft = ItemDraft::parse(&values(), today(), None).unwrap();
        assert_eq!(draft.title, "Confirm the 24/7 contact");
        assert_eq!(draft.priority, Priority::Urgent);
        assert_eq!(draft.visibility, Visibility::Restricted);
    }

    #[test]
    fn an_assignment_normalises_the_codes_and_only_choosers_choose() {
        let chosen = Assignment::parse(&values(), true).unwrap();
        assert_eq!(chosen.codes, Some(vec!["BRA".into(), "TZA".into()]));
        assert_eq!(chosen.person, None);
        // A country member does not choose: what they typed is ignored.
        assert_eq!(Assignment::parse(&values(), false).unwrap().codes, None);
        let nobody = ItemValues::default();
        let errors = Assignment::parse(&nobody, true).unwrap_err();
        assert!(errors.get("assignees").is_some());
        assert!(Assignment::parse(&nobody, false).is_ok());
        let garbled = ItemValues {
            assignee_user_id: "not-a-uuid".into(),
            ..values()
        };
        let errors = Assignment::parse(&garbled, true).unwrap_err();
        assert!(errors.get("assignee_user_id").is_some());
    }

    #[test]
    fn a_past_due_date_is_refused_unless_it_is_the_stored_one() {
        let mut past = values();
        past.due_date = "2026-11-30".into();
        let errors = ItemDraft::parse(&past, today(), None).unwrap_err();
        assert_eq!(errors.get("due_date"), Some(&Msg::new("items-due-date-past")));
        let stored = NaiveDate::from_ymd_opt(2026, 11, 30);
        assert!(ItemDraft::parse(&past, today(), stored).is_ok());
    }

    #[test]
    fn every_wrong_field_is_named() {
        let wrong = ItemValues {
            priority: "whenever".into(),
            ..ItemValues::default()
        };
        let errors = ItemDraft::parse(&wrong, today(), None).unwrap_err();
        for field in ["title", "due_date", "priority", "visibility"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
    }
}
