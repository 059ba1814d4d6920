//! The value types of meetings: where minutes stand, whether an organisation came, when a
//! meeting is (typed in its own zone), and how far the work a decision became has got.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone as _, Utc};

use crate::domain::action_item::Status;

use crate::i18n::Msg;

text_enum! {
    /// Minutes are drafted by the coordinators, circulated to the participants for comment,
    /// then approved, after which they are locked (corrections are addenda).
    MinutesState (unknown = "meetings-minutes-state-unknown") {
        Draft = ("draft", "meetings-minutes-state-draft"),
        Circulated = ("circulated", "meetings-minutes-state-circulated"),
        Approved = ("approved", "meetings-minutes-state-approved"),
    }
}

impl MinutesState {
    /// Text and decisions can still change.
    pub fn is_open(self) -> bool {
        self != MinutesState::Approved
    }
}

text_enum! {
    /// Whether a participating organisation came.
    Attendance (unknown = "meetings-attendance-unknown") {
        Unrecorded = ("unrecorded", "meetings-attendance-unrecorded"),
        Present = ("present", "meetings-attendance-present"),
        Absent = ("absent", "meetings-attendance-absent"),
        Excused = ("excused", "meetings-attendance-excused"),
    }
}

/// A time as a `datetime-local` input sends it (`2026-12-15T10:00`), in `zone`. A time the
/// zone skips (a daylight-saving gap) is refused; one it has twice is the earlier.
pub fn local_time(
    input: &str,
    zone: chrono_tz::Tz,
    missing: &'static str,
) -> Result<DateTime<Utc>, Msg> {
    let value = input.trim();
    if value.is_empty() {
        return Err(Msg::new(missing));
    }
    let naive = NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%S"))
        .ok()
        .filter(|t| (2000..=2100).contains(&chrono::Datelike::year(t)))
        .ok_or_else(|| Msg::new("meetings-time-format"))?;
    zone.from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| Msg::new("meetings-time-skipped"))
}

/// `at` in `zone` as a `datetime-local` input shows it.
pub fn local_input(at: DateTime<Utc>, zone: chrono_tz::Tz) -> String {
    at.with_timezone(&zone).format("%Y-%m-%dT%H:%M").to_string()
}

/// How far a decision's action items have got, in the viewer's scope: "3 of 5 done, 1
/// overdue". Cancelled items count in neither.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub total: i64,
    pub done: i64,
    pub overdue: i64,
}

impl Progress {
    /// The progress of items given as (status, due date), as of `today` in the reader's zone.
    pub fn of(items: impl IntoIterator<Item = (Status, NaiveDate)>, today: NaiveDate) -> Progress {
        let mut progress = Progress::default();
        for (status, due) in items {
            if status == Status::Cancelled {
                continue;
            }
            progress.total += 1;
            if status == Status::Done {
                progress.done += 1;
            } else if due < today {
                progress.overdue += 1;
            }
        }
        progress
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_is_read_in_the_meetings_zone() {
        const MISSING: &str = "meetings-starts-missing";
        let bangkok = local_time("2026-12-15T10:00", chrono_tz::Asia::Bangkok, MISSING).unwrap();
        assert_eq!(bangkok.to_rfc3339(), "2026-12-15T03:00:00+00:00");
        assert_eq!(
            local_input(bangkok, chrono_tz::America::Sao_Paulo),
            "2026-12-15T00:00"
        );
        assert_eq!(
            local_time(" ", chrono_tz::UTC, MISSING).unwrap_err(),
            Msg::new(MISSING)
        );
        assert_eq!(
            local_time("15/12/2026 10:00", chrono_tz::UTC, MISSING).unwrap_err(),
            Msg::new("meetings-time-format")
        );
        // 02:30 does not happen in Paris on 29 March 2026.
        assert_eq!(
            local_time("2026-03-29T02:30", chrono_tz::Europe::Paris, MISSING).unwrap_err(),
            Msg::new("meetings-time-skipped")
        );
    }

    #[test]
    fn minutes_lock_once_approved() {
        assert!(MinutesState::Draft.is_open());
        assert!(MinutesState::Circulated.is_open());
        assert!(!MinutesState::Approved.is_open());
        assert_eq!(
            "approved".parse::<MinutesState>(),
            Ok(MinutesState::Approved)
        );
        assert!("locked".parse::<MinutesState>().is_err());
    }

    #[test]
    fn progress_counts_what_is_done_and_late_but_not_what_was_cancelled() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 8).unwrap();
        let past = today - chrono::Duration::days(1);
        let progress = Progress::of(
            [
                (Status::Done, past),
                (Status::Open, past),
                (Status::Blocked, today),
                (Status::Cancelled, past),
                (Status::InProgress, today + chrono::Duration::days(3)),
            ],
            today,
        );
        assert_eq!(
            progress,
            Progress {
                total: 4,
                done: 1,
                overdue: 1
            }
        );
        assert!(Progress::of([], today).is_empty());
    }
}
