//! The value types of action items: status, priority, visibility, the `AI-0001` reference.

use std::fmt;

use std::str::FromStr;

named_values! {
    /// Where an item stands. Open, in progress and blocked are "not closed": the work is owed.
    #[derive(
        Debug,
        Clone,
        Copy,
        PartialEq,
        Eq,
        Hash,
        diesel::expression::AsExpression,
        diesel::deserialize::FromSqlRow,
    )]
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub enum Status (unknown = "field-status-unknown") {
        Open = ("open", "status-open"),
        InProgress = ("in_progress", "status-in-progress"),
        Blocked = ("blocked", "status-blocked"),
        Done = ("done", "status-done"),
        Cancelled = ("cancelled", "status-cancelled"),
    }
}

impl Status {
    /// The statuses in which the work is still owed (and can be overdue).
    pub const NOT_CLOSED: [Status; 3] = [Status::Open, Status::InProgress, Status::Blocked];

    pub fn is_closed(self) -> bool {
        matches!(self, Status::Done | Status::Cancelled)
    }

    /// The moves the workflow allows, whoever asks: work goes forward or back between the
    /// working states; done work can be reopened; a cancelled item only reopens.
    pub fn can_move_to(self, to: Status) -> bool {
        match (self, to) {
            (from, to) if from == to => false,
            (Status::Cancelled, to) => to == Status::Open,
            (Status::Done, to) => matches!(to, Status::Open | Status::InProgress),
            _ => true,
        }
    }
}

stored_as_text!(Status);
stored_as_text!(Priority);
stored_as_text!(Visibility);
stored_as_text!(EventKind);

named_values! {
    #[derive(
        Debug,
        Clone,
        Copy,
        PartialEq,
        Eq,
        Hash,
        diesel::expression::AsExpression,
        diesel::deserialize::FromSqlRow,
    )]
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub enum Priority (unknown = "field-priority-unknown") {
        Low = ("low", "priority-low"),
        Normal = ("normal", "priority-normal"),
        High = ("high", "priority-high"),
        Urgent = ("urgent", "priority-urgent"),
    }
}

named_values! {
    /// Who reads an item besides coordinators and observers: every participant, or only the
    /// assignee organisations.
    #[derive(
        Debug,
        Clone,
        Copy,
        PartialEq,
        Eq,
        Hash,
        diesel::expression::AsExpression,
        diesel::deserialize::FromSqlRow,
    )]
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub enum Visibility (unknown = "field-visibility-unknown") {
        Shared = ("shared", "visibility-shared"),
        Restricted = ("restricted", "visibility-restricted"),
    }
}

/// What an entry of an item's timeline records.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    diesel::expression::AsExpression,
    diesel::deserialize::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum EventKind {
    Created,
    Status,
    Comment,
    Edit,
}

impl EventKind {
    pub const ALL: [EventKind; 4] = [
        EventKind::Created,
        EventKind::Status,
        EventKind::Comment,
        EventKind::Edit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Created => "created",
            EventKind::Status => "status",
            EventKind::Comment => "comment",
            EventKind::Edit => "edit",
        }
    }
}

impl FromStr for EventKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EventKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("unknown timeline entry {s:?}"))
    }
}

/// The short reference people quote on the phone: `AI-0042`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemReference(pub i32);

impl ItemReference {
    /// Accepts `AI-0042`, `ai-42` or `AI42`, so a search for what someone read out finds it.
    pub fn parse(input: &str) -> Option<ItemReference> {
        let s = input.trim();
        let prefix = s.get(..2)?;
        if !prefix.eq_ignore_ascii_case("AI") {
            return None;
        }
        let digits = s[2..].strip_prefix('-').unwrap_or(&s[2..]);
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        digits
            .parse::<i32>()
            .ok()
            .filter(|n| *n > 0)
            .map(ItemReference)
    }
}

impl fmt::Display for ItemReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AI-{:04}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_moves() {
        use Status::*;
        assert!(Open.can_move_to(InProgress));
        assert!(InProgress.can_move_to(Blocked));
        assert!(Blocked.can_move_to(Done));
        assert!(Blocked.can_move_to(InProgress));
        assert!(Done.can_move_to(Open));
        assert!(!Done.can_move_to(Cancelled));
        assert!(!Done.can_move_to(Blocked));
        assert!(Cancelled.can_move_to(Open));
        assert!(!Cancelled.can_move_to(Done));
        assert!(!Open.can_move_to(Open));
        assert!(Open.can_move_to(Cancelled));
    }

    #[test]
    fn not_closed_lists_exactly_the_open_statuses() {
        let open: Vec<Status> = Status::ALL.into_iter().filter(|s| !s.is_closed()).collect();
        assert_eq!(open, Status::NOT_CLOSED);
    }

    #[test]
    fn values_parse_from_their_form_names() {
        for status in Status::ALL {
            assert_eq!(status.as_str().parse::<Status>(), Ok(status));
        }
        for priority in Priority::ALL {
            assert_eq!(priority.as_str().parse::<Priority>(), Ok(priority));
        }
        for visibility in Visibility::ALL {
            assert_eq!(visibility.as_str().parse::<Visibility>(), Ok(visibility));
        }
        assert!("finished".parse::<Status>().is_err());
        assert!("".parse::<Priority>().is_err());
        assert!("public".parse::<Visibility>().is_err());
    }

    #[test]
    fn references_print_and_parse() {
        assert_eq!(ItemReference(7).to_string(), "AI-0007");
        assert_eq!(ItemReference(12345).to_string(), "AI-12345");
        assert_eq!(ItemReference::parse("AI-0042"), Some(ItemReference(42)));
        assert_eq!(ItemReference::parse(" ai-42 "), Some(ItemReference(42)));
        assert_eq!(ItemReference::parse("AI42"), Some(ItemReference(42)));
        assert_eq!(ItemReference::parse("AI-"), None);
        assert_eq!(ItemReference::parse("AI-0"), None);
        assert_eq!(ItemReference::parse("AIR"), None);
        assert_eq!(ItemReference::parse("42"), None);
        assert_eq!(ItemReference::parse("AI-99999999999"), None);
        assert_eq!(ItemReference::parse("Ä"), None);
    }
}
