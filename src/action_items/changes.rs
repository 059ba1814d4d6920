//! What an edit changed. The summary is written once, in English, into the audit log and the
//! item's timeline ("due date 2026-12-01 → 2026-12-05; priority normal → urgent"); the item's
//! page reads that stored summary back into its changes and shows each in the reader's
//! language. A summary this code did not write (or could not read back) is shown as stored.

use chrono::NaiveDate;

use super::model::{ItemCard, ItemFields, codes};
use crate::domain::action_item::{Priority, Visibility};
use crate::i18n::{self, Lang, Msg};

/// One change of an edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemChange {
    Title { from: String, to: String },
    Description,
    /// The codes of the organisations, as "BRA, TZA".
    Assignees { from: String, to: String },
    /// The person named; None for nobody.
    Person { from: Option<String>, to: Option<String> },
    DueDate { from: NaiveDate, to: NaiveDate },
    Priority { from: Priority, to: Priority },
    Visibility { from: Visibility, to: Visibility },
    /// Saved without changing anything.
    Nothing,
}

const NOBODY: &str = "nobody";
const NOTHING: &str = "saved without changes";
const ARROW: &str = " → ";
const SEPARATOR: &str = "; ";

/// The changes between the stored item and the saved fields, in the order the summary names
/// them.
pub fn describe(before: &ItemCard, after: &ItemFields) -> Vec<ItemChange> {
    let item = &before.item;
    let mut changes = Vec::new();
    if item.title != after.title {
        changes.push(ItemChange::Title {
            from: item.title.clone(),
            to: after.title.clone(),
        });
    }
    if item.description != after.description {
        changes.push(ItemChange::Description);
    }
    let (old, new) = (codes(&before.assignees), codes(&after.assignees));
    if old != new {
        changes.push(ItemChange::Assignees { from: old, to: new });
    }
    if item.assignee_user_id != after.person.as_ref().map(|p| p.id) {
        changes.push(ItemChange::Person {
            from: before.person.clone(),
            to: after.person.as_ref().map(|p| p.name.clone()),
        });
    }
    if item.due_date != after.due_date {
        changes.push(ItemChange::DueDate {
            from: item.due_date,
            to: after.due_date,
        });
    }
    if item.priority != after.priority {
        changes.push(ItemChange::Priority {
            from: item.priority,
            to: after.priority,
        });
    }
    if item.visibility != after.visibility {
        changes.push(ItemChange::Visibility {
            from: item.visibility,
            to: after.visibility,
        });
    }
    if changes.is_empty() {
        changes.push(ItemChange::Nothing);
    }
    changes
}

/// The English summary the audit log and the timeline store.
pub fn summary(changes: &[ItemChange]) -> String {
    changes
        .iter()
        .map(ItemChange::english)
        .collect::<Vec<_>>()
        .join(SEPARATOR)
}

impl ItemChange {
    fn english(&self) -> String {
        match self {
            ItemChange::Title { from, to } => format!("title {from:?}{ARROW}{to:?}"),
            ItemChange::Description => "description changed".to_owned(),
            ItemChange::Assignees { from, to } => format!("assignees {from}{ARROW}{to}"),
            ItemChange::Person { from, to } => format!(
                "person {}{ARROW}{}",
                from.as_deref().unwrap_or(NOBODY),
                to.as_deref().unwrap_or(NOBODY)
            ),
            ItemChange::DueDate { from, to } => format!("due date {from}{ARROW}{to}"),
            ItemChange::Priority { from, to } => {
                format!("priority {}{ARROW}{}", from.as_str(), to.as_str())
            }
            ItemChange::Visibility { from, to } => {
                format!("visibility {}{ARROW}{}", from.as_str(), to.as_str())
            }
            ItemChange::Nothing => NOTHING.to_owned(),
        }
    }

    /// The change as the item's page shows it, in `lang` (dates are written its way).
    pub fn message(&self, lang: Lang) -> Msg {
        match self {
            ItemChange::Title { from, to } => Msg::new("items-change-title")
                .arg("from", from)
                .arg("to", to),
            ItemChange::Description => Msg::new("items-change-description"),
            ItemChange::Assignees { from, to } => Msg::new("items-change-assignees")
                .arg("from", from)
                .arg("to", to),
            ItemChange::Person { from, to } => {
                let person = |name: &Option<String>| match name {
                    Some(name) => i18n::Arg::from(name),
                    None => i18n::Arg::from(Msg::new("items-change-nobody")),
                };
                Msg::new("items-change-person")
                    .arg("from", person(from))
                    .arg("to", person(to))
            }
            ItemChange::DueDate { from, to } => Msg::new("items-change-due-date")
                .arg("from", i18n::dates::date(lang, *from))
                .arg("to", i18n::dates::date(lang, *to)),
            ItemChange::Priority { from, to } => Msg::new("items-change-priority")
                .arg("from", Msg::new(from.message_id()))
                .arg("to", Msg::new(to.message_id())),
            ItemChange::Visibility { from, to } => Msg::new("items-change-visibility")
                .arg("from", Msg::new(from.message_id()))
                .arg("to", Msg::new(to.message_id())),
            ItemChange::Nothing => Msg::new("items-change-nothing"),
        }
    }
}

/// The changes a stored summary names, when it reads as one [`summary`] wrote.
pub fn parse(stored: &str) -> Option<Vec<ItemChange>> {
    if stored == NOTHING {
        return Some(vec![ItemChange::Nothing]);
    }
    let mut changes = Vec::new();
    let mut rest = stored;
    loop {
        let (change, after) = parse_one(rest)?;
        changes.push(change);
        if after.is_empty() {
            return Some(changes);
        }
        rest = after.strip_prefix(SEPARATOR)?;
    }
}

/// One change at the start of `s`, and what follows it.
fn parse_one(s: &str) -> Option<(ItemChange, &str)> {
    if let Some(rest) = s.strip_prefix("title ") {
        let (from, rest) = quoted(rest)?;
        let (to, rest) = quoted(rest.strip_prefix(ARROW)?)?;
        return Some((ItemChange::Title { from, to }, rest));
    }
    if let Some(rest) = s.strip_prefix("description changed") {
        return Some((ItemChange::Description, rest));
    }
    if let Some(rest) = s.strip_prefix("assignees ") {
        let ((from, to), rest) = pair(rest, &[SEPARATOR])?;
        let change = ItemChange::Assignees {
            from: from.to_owned(),
            to: to.to_owned(),
        };
        return Some((change, rest));
    }
    if let Some(rest) = s.strip_prefix("person ") {
        // A name may hold "; ": the person ends where the next change the summary can name
        // begins.
        let ends = ["; due date ", "; priority ", "; visibility "];
        let ((from, to), rest) = pair(rest, &ends)?;
        let person = |name: &str| (name != NOBODY).then(|| name.to_owned());
        let change = ItemChange::Person {
            from: person(from),
            to: person(to),
        };
        return Some((change, rest));
    }
    if let Some(rest) = s.strip_prefix("due date ") {
        let ((from, to), rest) = pair(rest, &[SEPARATOR])?;
        let date = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
        let change = ItemChange::DueDate {
            from: date(from)?,
            to: date(to)?,
        };
        return Some((change, rest));
    }
    if let Some(rest) = s.strip_prefix("priority ") {
        let ((from, to), rest) = pair(rest, &[SEPARATOR])?;
        let change = ItemChange::Priority {
            from: from.parse().ok()?,
            to: to.parse().ok()?,
        };
        return Some((change, rest));
    }
    if let Some(rest) = s.strip_prefix("visibility ") {
        let ((from, to), rest) = pair(rest, &[SEPARATOR])?;
        let change = ItemChange::Visibility {
            from: from.parse().ok()?,
            to: to.parse().ok()?,
        };
        return Some((change, rest));
    }
    None
}

/// "a → b" up to the first of `ends` (or the end), and what follows.
fn pair<'a>(s: &'a str, ends: &[&str]) -> Option<((&'a str, &'a str), &'a str)> {
    let end = ends
        .iter()
        .filter_map(|e| s.find(e))
        .min()
        .unwrap_or(s.len());
    let (value, rest) = s.split_at(end);
    Some((value.split_once(ARROW)?, rest))
}

/// A string as `{:?}` writes it, at the start of `s`: its text, and what follows.
fn quoted(s: &str) -> Option<(String, &str)> {
    let body = s.strip_prefix('"')?;
    let mut chars = body.char_indices();
    let mut text = String::new();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return Some((text, &body[at + 1..])),
            '\\' => match chars.next()?.1 {
                'n' => text.push('\n'),
                'r' => text.push('\r'),
                't' => text.push('\t'),
                '0' => text.push('\0'),
                'u' => {
                    if chars.next()?.1 != '{' {
                        return None;
                    }
                    let mut hex = String::new();
                    loop {
                        match chars.next()?.1 {
                            '}' => break,
                            h => hex.push(h),
                        }
                    }
                    text.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                other => text.push(other),
            },
            c => text.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<ItemChange> {
        vec![
            ItemChange::Title {
                from: "Say \"hi\"; then \\ → go".into(),
                to: "Confirm the 24/7 contact\u{200b}".into(),
            },
            ItemChange::Description,
            ItemChange::Assignees {
                from: "BRA, TZA".into(),
                to: "BRA".into(),
            },
            ItemChange::Person {
                from: None,
                to: Some("Somchai; the consul".into()),
            },
            ItemChange::DueDate {
                from: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
                to: NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
            },
            ItemChange::Priority {
                from: Priority::High,
                to: Priority::Urgent,
            },
            ItemChange::Visibility {
                from: Visibility::Shared,
                to: Visibility::Restricted,
            },
        ]
    }

    #[test]
    fn the_stored_summary_is_english_and_reads_back() {
        let changes = all();
        let stored = summary(&changes);
        assert!(stored.contains("; assignees BRA, TZA → BRA; person nobody → Somchai; the consul"));
        assert!(stored.ends_with("due date 2026-12-01 → 2026-12-05; priority high → urgent; visibility shared → restricted"));
        assert_eq!(parse(&stored), Some(changes));
        for one in all() {
            assert_eq!(parse(&summary(std::slice::from_ref(&one))), Some(vec![one]));
        }
        let nothing = vec![ItemChange::Nothing];
        assert_eq!(summary(&nothing), "saved without changes");
        assert_eq!(parse("saved without changes"), Some(nothing));
    }

    #[test]
    fn a_summary_this_code_did_not_write_is_not_read() {
        assert_eq!(parse("renamed it"), None);
        assert_eq!(parse("title \"unterminated"), None);
        assert_eq!(parse("priority high → someday"), None);
        assert_eq!(parse("due date 2026-12-01 → 2026-12-05; and more"), None);
    }

    #[test]
    fn each_change_reads_in_the_readers_language() {
        let messages: Vec<String> = all()
            .iter()
            .map(|c| c.message(Lang::En).to_string())
            .collect();
        assert_eq!(messages[2], "assignees BRA, TZA → BRA");
        assert_eq!(messages[3], "person nobody → Somchai; the consul");
        assert_eq!(messages[5], "priority High → Urgent");
    }
}
