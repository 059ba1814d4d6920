//! "Who do I call now?" for the 24/7 contact directory.
//!
//! Everything here is pure: the caller passes `now`. That keeps the rules
//! testable at fixed instants, and lets a page answer "who would I call at
//! 03:00 on Sunday?" with the same code that answers "who do I call now?".
//!
//! Two kinds of time meet here, on purpose:
//! - weekly hours and absences are wall-clock times in the *contact's* time
//!   zone, because that is the clock the contact agreed to (09:00–17:00 in
//!   London stays 09:00–17:00 across daylight saving);
//! - shifts are instants in UTC, because a handover happens at one moment for
//!   everybody, wherever the caller sits.

use std::cmp::{Ordering, Reverse};

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use uuid::Uuid;

use crate::i18n::{Lang, Msg, dates};

/// When a contact can be reached, before absences are taken into account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Availability {
    /// A line that is always staffed (duty desk, switchboard): preferred over
    /// office hours because nobody has to guess whether it is answered.
    Always,
    /// Office-style hours in the contact's own time zone.
    Weekly(Vec<WeeklyWindow>),
}

/// Local hours on one weekday. A window whose end is not after its start
/// runs past midnight into the following day, so night desks such as
/// "Tue 22:00–06:00" are one window rather than two that must stay in step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeeklyWindow {
    pub weekday: Weekday,
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl WeeklyWindow {
    /// Refuses `end == start`: it could mean "no time at all" or "the whole
    /// day", and guessing would silently make someone reachable or not.
    /// Round-the-clock lines use [`Availability::Always`] instead.
    pub fn new(weekday: Weekday, start: NaiveTime, end: NaiveTime) -> Result<Self, Msg> {
        if start == end {
            return Err(Msg::new("contacts-hours-end-equals-start"));
        }
        Ok(Self {
            weekday,
            start,
            end,
        })
    }

    /// Worth naming because display and matching both depend on it.
    pub fn crosses_midnight(&self) -> bool {
        self.end < self.start
    }

    /// Takes the local weekday and time, not an instant, so that the caller
    /// converts to the contact's zone exactly once. A window built with
    /// `start == end` (bypassing [`WeeklyWindow::new`]) matches nothing,
    /// which fails safe towards "try someone else".
    fn contains(&self, weekday: Weekday, time: NaiveTime) -> bool {
        if self.start < self.end {
            weekday == self.weekday && self.start <= time && time < self.end
        } else if self.crosses_midnight() {
            (weekday == self.weekday && self.start <= time)
                || (weekday == self.weekday.succ() && time < self.end)
        } else {
            false
        }
    }
}

/// Days off, as people write them: whole local dates, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Absence {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Absence {
    /// A reversed range would cover no day at all, which is almost certainly
    /// a typing mistake that would leave the contact wrongly reachable.
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Self, Msg> {
        if to < from {
            return Err(Msg::new("contacts-absence-reversed"));
        }
        Ok(Self { from, to })
    }

    pub fn covers(&self, local_date: NaiveDate) -> bool {
        self.from <= local_date && local_date <= self.to
    }
}

/// The part of a contact that matters for reachability; the directory's
/// phone numbers and addresses live elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactTimes {
    pub id: Uuid,
    pub name: String,
    /// 1 = call first.
    pub escalation_order: i32,
    pub time_zone: Tz,
    pub availability: Availability,
    pub absences: Vec<Absence>,
}

/// An on-call period; start inclusive, end exclusive, so that back-to-back
/// shifts hand over at one instant with no gap and no double cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shift {
    pub contact_id: Uuid,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

impl Shift {
    /// An empty or reversed shift would never be active, so it is refused
    /// rather than stored as a silent gap in the rota.
    pub fn new(
        contact_id: Uuid,
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
    ) -> Result<Self, Msg> {
        if ends_at <= starts_at {
            return Err(Msg::new("contacts-shift-reversed"));
        }
        Ok(Self {
            contact_id,
            starts_at,
            ends_at,
        })
    }

    pub fn is_active(&self, now: DateTime<Utc>) -> bool {
        self.starts_at <= now && now < self.ends_at
    }
}

/// The answer to "who do I call now?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OnDuty {
    /// `shift_ends_at` is the end of the chosen shift. The answer can change
    /// sooner (a higher-priority shift starts, an absence begins at local
    /// midnight), so show it as "on call until", not as a guarantee.
    OnShift {
        contact: Uuid,
        shift_ends_at: DateTime<Utc>,
    },
    /// Every reachable round-the-clock line, first to call first, so the
    /// caller has a fallback if the first one is busy.
    AroundTheClock(Vec<Uuid>),
    /// Nobody is on call or 24/7; this is the first contact whose office
    /// hours cover now.
    FirstAvailable(Uuid),
    Nobody,
}

/// One ordering for every list, so two people looking at the directory never
/// see a different "first" contact: escalation order, then name, then id.
fn call_order(contact: &ContactTimes) -> (i32, &str, Uuid) {
    (contact.escalation_order, contact.name.as_str(), contact.id)
}

/// Absences are read on the contact's local date: a day off in Bangkok
/// starts at midnight in Bangkok, whatever the date is in UTC.
pub fn is_absent(contact: &ContactTimes, now: DateTime<Utc>) -> bool {
    let today = now.with_timezone(&contact.time_zone).date_naive();
    contact.absences.iter().any(|absence| absence.covers(today))
}

/// Availability ignoring shifts: shifts belong to the organisation's rota,
/// not to the contact, and are weighed in [`who_to_call`].
pub fn is_available(contact: &ContactTimes, now: DateTime<Utc>) -> bool {
    if is_absent(contact, now) {
        return false;
    }
    match &contact.availability {
        Availability::Always => true,
        Availability::Weekly(windows) => {
            let local = now.with_timezone(&contact.time_zone);
            let (weekday, time) = (local.weekday(), local.time());
            windows.iter().any(|w| w.contains(weekday, time))
        }
    }
}

/// Someone on call was chosen for the job, so a shift beats a 24/7 line;
/// a staffed 24/7 line beats office hours because it is sure to be answered.
/// An absent contact never counts, not even on shift: a rota can be stale,
/// an absence is the contact's own word. Shifts for contacts missing from
/// `contacts` are ignored, since they cannot be ranked or called.
pub fn who_to_call(contacts: &[ContactTimes], shifts: &[Shift], now: DateTime<Utc>) -> OnDuty {
    let on_shift = shifts
        .iter()
        .filter(|shift| shift.is_active(now))
        .filter_map(|shift| {
            let contact = contacts.iter().find(|c| c.id == shift.contact_id)?;
            (!is_absent(contact, now)).then_some((contact, shift))
        })
        // Among one contact's overlapping shifts, report the one lasting
        // longest: the answer stays true until then.
        .min_by(|(a, a_shift), (b, b_shift)| {
            compare_call_order(a, b).then(Reverse(a_shift.ends_at).cmp(&Reverse(b_shift.ends_at)))
        });
    if let Some((contact, shift)) = on_shift {
        return OnDuty::OnShift {
            contact: contact.id,
            shift_ends_at: shift.ends_at,
        };
    }

    let mut ranked: Vec<&ContactTimes> = contacts.iter().collect();
    ranked.sort_by(|a, b| compare_call_order(a, b));

    let around_the_clock: Vec<Uuid> = ranked
        .iter()
        .filter(|c| c.availability == Availability::Always && !is_absent(c, now))
        .map(|c| c.id)
        .collect();
    if !around_the_clock.is_empty() {
        return OnDuty::AroundTheClock(around_the_clock);
    }

    ranked
        .iter()
        .find(|c| is_available(c, now))
        .map_or(OnDuty::Nobody, |c| OnDuty::FirstAvailable(c.id))
}

fn compare_call_order(a: &ContactTimes, b: &ContactTimes) -> Ordering {
    call_order(a).cmp(&call_order(b))
}

/// For the directory card: "24/7" or the weekly hours, in the reader's language.
pub fn describe_availability(lang: Lang, availability: &Availability) -> String {
    match availability {
        Availability::Always => Msg::new("contacts-hours-always").text(lang),
        Availability::Weekly(windows) => describe_weekly_hours(lang, windows),
    }
}

/// Sorted Monday first, whatever order they were entered in, so a reader scans the week
/// once; consecutive days with the same hours are one range, so office hours read as
/// "Mon–Fri 09:00–17:00" rather than five entries. Example (English):
/// "Mon–Fri 09:00–17:00, Sat 22:00–06:00 (next day)". The audit log asks for English.
pub fn describe_weekly_hours(lang: Lang, windows: &[WeeklyWindow]) -> String {
    if windows.is_empty() {
        return Msg::new("contacts-hours-none").text(lang);
    }
    let mut sorted = windows.to_vec();
    sorted.sort_by_key(|w| (w.weekday.num_days_from_monday(), w.start, w.end));
    // Runs of windows on consecutive days with the same times: (first day, last day, window).
    let mut runs: Vec<(Weekday, Weekday, WeeklyWindow)> = Vec::new();
    for w in sorted {
        match runs.last_mut() {
            Some((_, last, run))
                if run.start == w.start
                    && run.end == w.end
                    && last.succ() == w.weekday
                    && w.weekday != Weekday::Mon =>
            {
                *last = w.weekday;
            }
            _ => runs.push((w.weekday, w.weekday, w)),
        }
    }
    runs.iter()
        .map(|(first, last, w)| {
            let days = if first == last {
                day_short(*first)
            } else {
                Msg::new("contacts-hours-day-range")
                    .arg("first", day_short(*first))
                    .arg("last", day_short(*last))
            };
            let window = if w.crosses_midnight() {
                Msg::new("contacts-hours-window-overnight")
            } else {
                Msg::new("contacts-hours-window")
            };
            window
                .arg("days", days)
                .arg("start", dates::time(lang, w.start))
                .arg("end", dates::time(lang, w.end))
                .text(lang)
        })
        .collect::<Vec<_>>()
        .join(Msg::new("contacts-list-separator").text(lang).as_str())
}

/// A weekday as the hours table of the form names it ("Monday").
pub fn day_name(day: Weekday) -> Msg {
    match day {
        Weekday::Mon => Msg::new("contacts-day-mon"),
        Weekday::Tue => Msg::new("contacts-day-tue"),
        Weekday::Wed => Msg::new("contacts-day-wed"),
        Weekday::Thu => Msg::new("contacts-day-thu"),
        Weekday::Fri => Msg::new("contacts-day-fri"),
        Weekday::Sat => Msg::new("contacts-day-sat"),
        Weekday::Sun => Msg::new("contacts-day-sun"),
    }
}

/// A weekday as a description of hours names it ("Mon").
fn day_short(day: Weekday) -> Msg {
    match day {
        Weekday::Mon => Msg::new("contacts-day-short-mon"),
        Weekday::Tue => Msg::new("contacts-day-short-tue"),
        Weekday::Wed => Msg::new("contacts-day-short-wed"),
        Weekday::Thu => Msg::new("contacts-day-short-thu"),
        Weekday::Fri => Msg::new("contacts-day-short-fri"),
        Weekday::Sat => Msg::new("contacts-day-short-sat"),
        Weekday::Sun => Msg::new("contacts-day-short-sun"),
    }
}

/// The caller's question is usually "is it the middle of the night there?",
/// so show the weekday, the offset at that instant (it changes with daylight
/// saving) and the zone's name, in the reader's language, e.g.
/// "Sat, 28 Nov, 23:15 GMT+7 (Asia/Bangkok)".
pub fn local_time(lang: Lang, instant: DateTime<Utc>, zone: Tz) -> String {
    let local = instant.with_timezone(&zone);
    Msg::new("contacts-local-time")
        .arg("time", dates::weekday_time(lang, &local))
        .arg("zone", zone.name())
        .text(lang)
}

/// The same in English for the audit log, whose summaries stay English like the logs, e.g.
/// "Sat 28 Nov, 23:15 (Asia/Bangkok, UTC+07:00)".
pub fn format_local_time(instant: DateTime<Utc>, zone: Tz) -> String {
    let local = instant.with_timezone(&zone);
    format!(
        "{} ({}, UTC{})",
        local.format("%a %-d %b, %H:%M"),
        zone.name(),
        local.format("%:z")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use chrono_tz::{America, Asia, Europe};

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn window(weekday: Weekday, start: NaiveTime, end: NaiveTime) -> WeeklyWindow {
        WeeklyWindow::new(weekday, start, end).unwrap()
    }

    fn contact(
        n: u128,
        name: &str,
        order: i32,
        zone: Tz,
        availability: Availability,
    ) -> ContactTimes {
        ContactTimes {
            id: Uuid::from_u128(n),
            name: name.to_string(),
            escalation_order: order,
            time_zone: zone,
            availability,
            absences: Vec::new(),
        }
    }

    fn weekly(windows: &[WeeklyWindow]) -> Availability {
        Availability::Weekly(windows.to_vec())
    }

    fn shift(n: u128, starts_at: DateTime<Utc>, ends_at: DateTime<Utc>) -> Shift {
        Shift::new(Uuid::from_u128(n), starts_at, ends_at).unwrap()
    }

    fn nine_to_five_every_day() -> Availability {
        let days = [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
        ];
        Availability::Weekly(
            days.iter()
                .map(|&d| window(d, time(9, 0), time(17, 0)))
                .collect(),
        )
    }

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    #[test]
    fn shift_beats_a_24_7_contact() {
        let contacts = [
            contact(1, "Duty desk", 1, Europe::Paris, Availability::Always),
            contact(2, "Consul", 5, Europe::Paris, nine_to_five_every_day()),
        ];
        // Saturday 03:00 Paris: the consul is outside office hours, yet on call.
        let shifts = [shift(2, utc(2026, 11, 27, 18, 0), utc(2026, 11, 28, 6, 0))];
        assert_eq!(
            who_to_call(&contacts, &shifts, utc(2026, 11, 28, 2, 0)),
            OnDuty::OnShift {
                contact: id(2),
                shift_ends_at: utc(2026, 11, 28, 6, 0)
            }
        );
    }

    #[test]
    fn shift_crossing_local_midnight_is_inclusive_at_start_exclusive_at_end() {
        let contacts = [
            contact(1, "Duty desk", 1, Asia::Bangkok, Availability::Always),
            contact(2, "Attaché", 2, Asia::Bangkok, nine_to_five_every_day()),
        ];
        // 22:00 Fri to 06:00 Sat, Bangkok time.
        let night = [shift(2, utc(2026, 11, 27, 15, 0), utc(2026, 11, 27, 23, 0))];
        let on_shift = OnDuty::OnShift {
            contact: id(2),
            shift_ends_at: utc(2026, 11, 27, 23, 0),
        };
        assert_eq!(
            who_to_call(&contacts, &night, utc(2026, 11, 27, 15, 0)),
            on_shift
        );
        // 01:00 Saturday local: after local midnight, still the same shift.
        assert_eq!(
            who_to_call(&contacts, &night, utc(2026, 11, 27, 18, 0)),
            on_shift
        );
        assert_eq!(
            who_to_call(&contacts, &night, utc(2026, 11, 27, 22, 59)),
            on_shift
        );
        assert_eq!(
            who_to_call(&contacts, &night, utc(2026, 11, 27, 23, 0)),
            OnDuty::AroundTheClock(vec![id(1)])
        );
        assert_eq!(
            who_to_call(&contacts, &night, utc(2026, 11, 27, 14, 59)),
            OnDuty::AroundTheClock(vec![id(1)])
        );
    }

    #[test]
    fn overlapping_shifts_pick_lowest_escalation_order() {
        let contacts = [
            contact(1, "Ana", 3, Europe::Paris, Availability::Always),
            contact(2, "Zed", 1, Europe::Paris, nine_to_five_every_day()),
            contact(3, "Bea", 2, Europe::Paris, nine_to_five_every_day()),
        ];
        let shifts = [
            shift(1, utc(2026, 3, 1, 0, 0), utc(2026, 3, 8, 0, 0)),
            shift(2, utc(2026, 3, 2, 20, 0), utc(2026, 3, 3, 8, 0)),
            shift(3, utc(2026, 3, 2, 0, 0), utc(2026, 3, 4, 0, 0)),
        ];
        assert_eq!(
            who_to_call(&contacts, &shifts, utc(2026, 3, 2, 22, 0)),
            OnDuty::OnShift {
                contact: id(2),
                shift_ends_at: utc(2026, 3, 3, 8, 0)
            }
        );
        // Once Zed's shift ends, Bea (order 2) takes over from Ana (order 3).
        assert_eq!(
            who_to_call(&contacts, &shifts, utc(2026, 3, 3, 8, 0)),
            OnDuty::OnShift {
                contact: id(3),
                shift_ends_at: utc(2026, 3, 4, 0, 0)
            }
        );
    }

    #[test]
    fn overlapping_shifts_of_one_contact_report_the_later_end() {
        let contacts = [contact(1, "Ana", 1, Europe::Paris, Availability::Always)];
        let shifts = [
            shift(1, utc(2026, 3, 2, 0, 0), utc(2026, 3, 2, 12, 0)),
            shift(1, utc(2026, 3, 2, 6, 0), utc(2026, 3, 2, 18, 0)),
        ];
        assert_eq!(
            who_to_call(&contacts, &shifts, utc(2026, 3, 2, 8, 0)),
            OnDuty::OnShift {
                contact: id(1),
                shift_ends_at: utc(2026, 3, 2, 18, 0)
            }
        );
    }

    #[test]
    fn absent_contact_on_shift_is_skipped() {
        let mut first = contact(1, "Ana", 1, Asia::Bangkok, nine_to_five_every_day());
        // Absent on Saturday 28 Nov in Bangkok, which starts at 17:00 UTC on the 27th.
        first.absences = vec![Absence::new(date(2026, 11, 28), date(2026, 11, 28)).unwrap()];
        let second = contact(2, "Bea", 2, Asia::Bangkok, nine_to_five_every_day());
        let desk = contact(3, "Desk", 3, Asia::Bangkok, Availability::Always);
        let now = utc(2026, 11, 27, 18, 0);
        let night = utc(2026, 11, 27, 12, 0);
        let morning = utc(2026, 11, 28, 1, 0);

        let both_on_shift = [shift(1, night, morning), shift(2, night, morning)];
        let contacts = [first.clone(), second, desk.clone()];
        assert_eq!(
            who_to_call(&contacts, &both_on_shift, now),
            OnDuty::OnShift {
                contact: id(2),
                shift_ends_at: morning
            }
        );

        let only_absent_on_shift = [shift(1, night, morning)];
        assert_eq!(
            who_to_call(&[first.clone(), desk], &only_absent_on_shift, now),
            OnDuty::AroundTheClock(vec![id(3)])
        );
        // An hour earlier it is still Friday in Bangkok: the shift counts.
        assert_eq!(
            who_to_call(&[first], &only_absent_on_shift, utc(2026, 11, 27, 16, 59)),
            OnDuty::OnShift {
                contact: id(1),
                shift_ends_at: morning
            }
        );
    }

    #[test]
    fn absent_24_7_contact_falls_back_to_weekly_hours_then_nobody() {
        let mut desk = contact(1, "Desk", 1, Europe::Paris, Availability::Always);
        desk.absences = vec![Absence::new(date(2026, 8, 1), date(2026, 8, 31)).unwrap()];
        let consul = contact(2, "Consul", 2, Europe::Paris, nine_to_five_every_day());
        let contacts = [desk, consul];

        // 12:00 Paris (CEST): consul in office hours.
        assert_eq!(
            who_to_call(&contacts, &[], utc(2026, 8, 10, 10, 0)),
            OnDuty::FirstAvailable(id(2))
        );
        // 20:00 Paris: nobody.
        assert_eq!(
            who_to_call(&contacts, &[], utc(2026, 8, 10, 18, 0)),
            OnDuty::Nobody
        );
        // In September the desk is back and is preferred to office hours.
        assert_eq!(
            who_to_call(&contacts, &[], utc(2026, 9, 1, 10, 0)),
            OnDuty::AroundTheClock(vec![id(1)])
        );
    }

    #[test]
    fn all_available_24_7_contacts_are_listed_in_escalation_order() {
        let mut absent = contact(4, "Absent", 0, Europe::Paris, Availability::Always);
        absent.absences = vec![Absence::new(date(2026, 1, 1), date(2026, 12, 31)).unwrap()];
        let contacts = [
            contact(1, "Night desk", 2, Europe::Paris, Availability::Always),
            contact(2, "Office", 0, Europe::Paris, nine_to_five_every_day()),
            contact(3, "Switchboard", 1, Europe::Paris, Availability::Always),
            absent,
        ];
        assert_eq!(
            who_to_call(&contacts, &[], utc(2026, 5, 5, 10, 0)),
            OnDuty::AroundTheClock(vec![id(3), id(1)])
        );
    }

    #[test]
    fn weekly_window_crossing_midnight() {
        let c = contact(
            1,
            "Night",
            1,
            chrono_tz::UTC,
            weekly(&[window(Weekday::Tue, time(22, 0), time(6, 0))]),
        );
        // 2026-03-03 is a Tuesday.
        assert!(!is_available(&c, utc(2026, 3, 3, 21, 59)));
        assert!(is_available(&c, utc(2026, 3, 3, 22, 0)));
        assert!(is_available(&c, utc(2026, 3, 3, 23, 30)));
        assert!(is_available(&c, utc(2026, 3, 4, 5, 59)));
        assert!(!is_available(&c, utc(2026, 3, 4, 6, 0)));
        // Tuesday's early hours belong to Monday night, which has no window.
        assert!(!is_available(&c, utc(2026, 3, 3, 5, 59)));
        // Wednesday evening is not Tuesday evening.
        assert!(!is_available(&c, utc(2026, 3, 4, 23, 30)));
    }

    #[test]
    fn sunday_window_crosses_into_monday() {
        let c = contact(
            1,
            "Night",
            1,
            chrono_tz::UTC,
            weekly(&[window(Weekday::Sun, time(22, 0), time(6, 0))]),
        );
        // 2026-03-08 is a Sunday.
        assert!(is_available(&c, utc(2026, 3, 8, 23, 30)));
        assert!(is_available(&c, utc(2026, 3, 9, 5, 59)));
        assert!(!is_available(&c, utc(2026, 3, 9, 6, 0)));
        assert!(!is_available(&c, utc(2026, 3, 8, 5, 59)));
        assert!(!is_available(&c, utc(2026, 3, 9, 23, 30)));
    }

    #[test]
    fn window_ending_at_midnight_runs_to_the_end_of_its_day() {
        let c = contact(
            1,
            "Late",
            1,
            chrono_tz::UTC,
            weekly(&[window(Weekday::Mon, time(18, 0), time(0, 0))]),
        );
        assert!(is_available(&c, utc(2026, 3, 2, 23, 59)));
        assert!(!is_available(&c, utc(2026, 3, 3, 0, 0)));
    }

    #[test]
    fn london_hours_are_wall_clock_in_winter_and_summer() {
        let c = contact(1, "London", 1, Europe::London, nine_to_five_every_day());
        // January, GMT: 08:30 UTC is 08:30 local, before opening.
        assert!(!is_available(&c, utc(2026, 1, 15, 8, 30)));
        assert!(is_available(&c, utc(2026, 1, 15, 16, 30)));
        // July, BST: 08:30 UTC is 09:30 local, open; 16:30 UTC is 17:30, closed.
        assert!(is_available(&c, utc(2026, 7, 16, 8, 30)));
        assert!(!is_available(&c, utc(2026, 7, 16, 16, 30)));
    }

    #[test]
    fn spring_forward_day_uses_the_new_offset_and_skips_the_lost_hour() {
        // 2026-03-29 (Sunday): London clocks jump from 01:00 GMT to 02:00 BST.
        let c = contact(1, "London", 1, Europe::London, nine_to_five_every_day());
        assert!(!is_available(&c, utc(2026, 3, 29, 7, 59)));
        assert!(is_available(&c, utc(2026, 3, 29, 8, 0)));
        assert!(!is_available(&c, utc(2026, 3, 29, 16, 0)));
        // The day before, still GMT.
        assert!(is_available(&c, utc(2026, 3, 28, 16, 30)));

        let lost_hour = contact(
            2,
            "Lost",
            1,
            Europe::London,
            weekly(&[window(Weekday::Sun, time(1, 0), time(2, 0))]),
        );
        let night = utc(2026, 3, 29, 0, 0);
        assert!((0..180).all(|m| !is_available(&lost_hour, night + chrono::Duration::minutes(m))));
        // A week later the same window is an ordinary hour (BST).
        assert!(is_available(&lost_hour, utc(2026, 4, 5, 0, 30)));
    }

    #[test]
    fn fall_back_day_matches_the_repeated_hour_twice() {
        // 2026-10-25 (Sunday): London clocks go back from 02:00 BST to 01:00 GMT.
        let c = contact(
            1,
            "London",
            1,
            Europe::London,
            weekly(&[window(Weekday::Sun, time(1, 0), time(1, 30))]),
        );
        assert!(is_available(&c, utc(2026, 10, 25, 0, 15))); // 01:15 BST
        assert!(!is_available(&c, utc(2026, 10, 25, 0, 45))); // 01:45 BST
        assert!(is_available(&c, utc(2026, 10, 25, 1, 15))); // 01:15 GMT
        assert!(!is_available(&c, utc(2026, 10, 25, 1, 30))); // 01:30 GMT
    }

    #[test]
    fn absence_is_inclusive_at_both_ends_in_the_contacts_zone_east_of_utc() {
        let mut c = contact(1, "Bangkok", 1, Asia::Bangkok, Availability::Always);
        c.absences = vec![Absence::new(date(2026, 11, 20), date(2026, 11, 28)).unwrap()];
        // 23:59 local on the last day; the UTC date is the same.
        assert!(is_absent(&c, utc(2026, 11, 28, 16, 59)));
        // 00:00 local on the 29th, although UTC still says the 28th.
        assert!(!is_absent(&c, utc(2026, 11, 28, 17, 0)));
        // 00:00 local on the first day, although UTC still says the 19th.
        assert!(is_absent(&c, utc(2026, 11, 19, 17, 0)));
        assert!(!is_absent(&c, utc(2026, 11, 19, 16, 59)));
        assert!(!is_available(&c, utc(2026, 11, 19, 17, 0)));
        assert!(is_available(&c, utc(2026, 11, 28, 17, 0)));
    }

    #[test]
    fn absence_is_inclusive_at_both_ends_in_the_contacts_zone_west_of_utc() {
        let mut c = contact(1, "New York", 1, America::New_York, Availability::Always);
        c.absences = vec![Absence::new(date(2026, 11, 28), date(2026, 11, 28)).unwrap()];
        // 23:59 EST on the 28th is already the 29th in UTC.
        assert!(is_absent(&c, utc(2026, 11, 29, 4, 59)));
        assert!(!is_absent(&c, utc(2026, 11, 29, 5, 0)));
        // 00:00 EST on the 28th is 05:00 UTC.
        assert!(!is_absent(&c, utc(2026, 11, 28, 4, 59)));
        assert!(is_absent(&c, utc(2026, 11, 28, 5, 0)));
    }

    #[test]
    fn escalation_ties_are_broken_by_name_then_id() {
        let contacts = [
            contact(1, "Bravo", 1, Europe::Paris, Availability::Always),
            contact(9, "Alpha", 1, Europe::Paris, Availability::Always),
            contact(3, "Alpha", 1, Europe::Paris, Availability::Always),
            contact(5, "Zulu", 0, Europe::Paris, Availability::Always),
            contact(2, "Aaron", 2, Europe::Paris, Availability::Always),
        ];
        let now = utc(2026, 5, 5, 10, 0);
        assert_eq!(
            who_to_call(&contacts, &[], now),
            OnDuty::AroundTheClock(vec![id(5), id(3), id(9), id(1), id(2)])
        );

        let weekly_tie = [
            contact(7, "Bravo", 1, Europe::Paris, nine_to_five_every_day()),
            contact(8, "Alpha", 1, Europe::Paris, nine_to_five_every_day()),
        ];
        assert_eq!(
            who_to_call(&weekly_tie, &[], now),
            OnDuty::FirstAvailable(id(8))
        );

        let day = (utc(2026, 5, 5, 0, 0), utc(2026, 5, 6, 0, 0));
        let shift_tie = [shift(7, day.0, day.1), shift(8, day.0, day.1)];
        assert_eq!(
            who_to_call(&weekly_tie, &shift_tie, now),
            OnDuty::OnShift {
                contact: id(8),
                shift_ends_at: day.1
            }
        );
    }

    #[test]
    fn first_available_follows_escalation_order_not_list_order() {
        let contacts = [
            contact(1, "Late", 2, Europe::Paris, nine_to_five_every_day()),
            contact(
                2,
                "Early",
                1,
                Europe::Paris,
                weekly(&[window(Weekday::Tue, time(8, 0), time(11, 0))]),
            ),
        ];
        // Tuesday 2026-05-05 in Paris (CEST): both open at 10:59, only
        // "Late" at 11:00 because a window's end is exclusive.
        assert_eq!(
            who_to_call(&contacts, &[], utc(2026, 5, 5, 8, 59)),
            OnDuty::FirstAvailable(id(2))
        );
        assert_eq!(
            who_to_call(&contacts, &[], utc(2026, 5, 5, 9, 0)),
            OnDuty::FirstAvailable(id(1))
        );
    }

    #[test]
    fn empty_lists_mean_nobody() {
        let now = utc(2026, 5, 5, 10, 0);
        assert_eq!(who_to_call(&[], &[], now), OnDuty::Nobody);
        // A shift for a contact that is not in the list cannot be called.
        let orphan = [shift(42, utc(2026, 5, 5, 0, 0), utc(2026, 5, 6, 0, 0))];
        assert_eq!(who_to_call(&[], &orphan, now), OnDuty::Nobody);
        let no_hours = [contact(1, "Nobody home", 1, Europe::Paris, weekly(&[]))];
        assert_eq!(who_to_call(&no_hours, &[], now), OnDuty::Nobody);
    }

    #[test]
    fn constructors_refuse_impossible_values_with_a_readable_message() {
        let same = WeeklyWindow::new(Weekday::Mon, time(9, 0), time(9, 0));
        assert!(
            same.unwrap_err()
                .to_string()
                .contains("The end must differ from the start.")
        );
        assert!(WeeklyWindow::new(Weekday::Mon, time(22, 0), time(6, 0)).is_ok());

        assert_eq!(
            Absence::new(date(2026, 5, 2), date(2026, 5, 1)).map_err(|e| e.to_string()),
            Err("The end of an absence cannot come before its start.".to_string())
        );
        assert!(Absence::new(date(2026, 5, 1), date(2026, 5, 1)).is_ok());

        let t = utc(2026, 5, 1, 12, 0);
        assert_eq!(
            Shift::new(id(1), t, t).map_err(|e| e.to_string()),
            Err("A shift must end after it starts.".to_string())
        );
    }

    #[test]
    fn weekly_hours_are_described_monday_first() {
        let windows = [
            window(Weekday::Tue, time(22, 0), time(6, 0)),
            window(Weekday::Mon, time(9, 0), time(17, 0)),
        ];
        assert_eq!(
            describe_weekly_hours(Lang::En, &windows),
            "Mon 09:00–17:00, Tue 22:00–06:00 (next day)"
        );
        assert_eq!(describe_weekly_hours(Lang::En, &[]), "No hours set");
        let office: Vec<WeeklyWindow> = [
            Weekday::Fri,
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
        ]
        .into_iter()
        .map(|d| window(d, time(9, 0), time(17, 0)))
        .chain([
            window(Weekday::Sat, time(10, 0), time(12, 0)),
            window(Weekday::Sun, time(10, 0), time(12, 0)),
        ])
        .collect();
        assert_eq!(
            describe_weekly_hours(Lang::En, &office),
            "Mon–Fri 09:00–17:00, Sat–Sun 10:00–12:00"
        );
        // A gap in the week breaks the range.
        assert_eq!(
            describe_weekly_hours(Lang::En, &[office[1], office[3]]),
            "Mon 09:00–17:00, Wed 09:00–17:00"
        );
        assert_eq!(describe_availability(Lang::En, &Availability::Always), "24/7");
        assert_eq!(
            describe_availability(Lang::En, &weekly(&windows[..1])),
            "Tue 22:00–06:00 (next day)"
        );
    }

    #[test]
    fn hours_are_described_in_the_readers_language() {
        let windows = [window(Weekday::Mon, time(9, 0), time(17, 0))];
        let thai = describe_weekly_hours(Lang::Th, &windows);
        assert!(!thai.contains("Mon") && thai.contains("17"), "{thai}");
    }

    #[test]
    fn local_time_is_written_the_readers_way_with_the_zone() {
        let english = local_time(Lang::En, utc(2026, 11, 28, 16, 15), Asia::Bangkok);
        assert!(english.starts_with("Sat"), "{english}");
        assert!(english.contains("23:15"), "{english}");
        assert!(english.ends_with("(Asia/Bangkok)"), "{english}");
        let thai = local_time(Lang::Th, utc(2026, 11, 28, 16, 15), Asia::Bangkok);
        assert!(thai.contains("Asia/Bangkok") && !thai.starts_with("Sat"), "{thai}");
    }

    #[test]
    fn local_time_shows_weekday_zone_and_current_offset() {
        assert_eq!(
            format_local_time(utc(2026, 11, 28, 16, 15), Asia::Bangkok),
            "Sat 28 Nov, 23:15 (Asia/Bangkok, UTC+07:00)"
        );
        assert_eq!(
            format_local_time(utc(2026, 7, 4, 8, 5), Europe::London),
            "Sat 4 Jul, 09:05 (Europe/London, UTC+01:00)"
        );
        assert_eq!(
            format_local_time(utc(2026, 1, 4, 3, 0), America::New_York),
            "Sat 3 Jan, 22:00 (America/New_York, UTC-05:00)"
        );
    }
}
