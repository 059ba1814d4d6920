//! What a notification is of, when an account's morning digest falls due, and how long a
//! failed email waits before its next try: pure, so each rule has its unit test.

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};

text_enum! {
    /// What a notification tells of. Each kind is a line of the preferences on `/account`.
    Kind (unknown = "notifications-kind-unknown") {
        ItemAssigned = ("item_assigned", "notifications-kind-item-assigned"),
        ItemStatus = ("item_status", "notifications-kind-item-status"),
        ItemComment = ("item_comment", "notifications-kind-item-comment"),
        ReferralFiled = ("referral_filed", "notifications-kind-referral-filed"),
        ReferralEscalated = ("referral_escalated", "notifications-kind-referral-escalated"),
        ReferralAcknowledged = ("referral_acknowledged", "notifications-kind-referral-acknowledged"),
        RescueFiled = ("rescue_filed", "notifications-kind-rescue-filed"),
        RescueMoved = ("rescue_moved", "notifications-kind-rescue-moved"),
        MinutesCirculated = ("minutes_circulated", "notifications-kind-minutes-circulated"),
        MinutesApproved = ("minutes_approved", "notifications-kind-minutes-approved"),
        Digest = ("digest", "notifications-kind-digest"),
    }
}

impl Kind {
    /// An unacknowledged referral is somebody stopped at a border: its escalations always go
    /// by email too.
    pub fn email_can_be_turned_off(self) -> bool {
        self != Kind::ReferralEscalated
    }
}

/// The digest's hour, in each account's own time zone.
pub const DIGEST_AT: NaiveTime = NaiveTime::from_hms_opt(8, 0, 0).expect("a valid time");

/// The first 08:00 in `zone` after `after`. A zone whose clocks skip 08:00 that day (none
/// does today) gets the first instant after the gap.
pub fn next_digest_at(zone: chrono_tz::Tz, after: DateTime<Utc>) -> DateTime<Utc> {
    let mut day = after.with_timezone(&zone).date_naive();
    loop {
        let local = day.and_time(DIGEST_AT);
        let at = match zone.from_local_datetime(&local) {
            chrono::LocalResult::Single(t) | chrono::LocalResult::Ambiguous(t, _) => {
                t.with_timezone(&Utc)
            }
            chrono::LocalResult::None => zone
                .from_local_datetime(&(local + Duration::hours(1)))
                .earliest()
                .map_or(after + Duration::days(1), |t| t.with_timezone(&Utc)),
        };
        if at > after {
            return at;
        }
        day = day.succ_opt().expect("a date before the end of time");
    }
}

/// How many times an email is tried before it is marked failed.
pub const MAX_ATTEMPTS: i32 = 6;

/// How long to wait after the `attempts`-th failed try: 1, 2, 4, 8 then 16 minutes, so the
/// sixth and last try comes about half an hour after the first. `None`: that was the last.
pub fn retry_after(attempts: i32) -> Option<Duration> {
    (attempts < MAX_ATTEMPTS).then(|| Duration::minutes(1 << (attempts - 1).clamp(0, 10)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn the_digest_falls_at_eight_in_the_morning_of_each_zone() {
        let bangkok = chrono_tz::Asia::Bangkok;
        let brasilia = chrono_tz::America::Sao_Paulo;
        // 00:30 UTC is 07:30 in Bangkok: today's 08:00 is still to come.
        assert_eq!(
            next_digest_at(bangkok, utc("2026-12-08T00:30:00Z")),
            utc("2026-12-08T01:00:00Z")
        );
        // Exactly at 08:00 the next is tomorrow's.
        assert_eq!(
            next_digest_at(bangkok, utc("2026-12-08T01:00:00Z")),
            utc("2026-12-09T01:00:00Z")
        );
        // 10:00 UTC is 07:00 in Brasília (UTC−3).
        assert_eq!(
            next_digest_at(brasilia, utc("2026-12-08T10:00:00Z")),
            utc("2026-12-08T11:00:00Z")
        );
        // 23:00 UTC is already the next day in Bangkok, before its 08:00.
        assert_eq!(
            next_digest_at(bangkok, utc("2026-12-08T23:00:00Z")),
            utc("2026-12-09T01:00:00Z")
        );
        // Across a change of clocks: Paris leaves summer time on 2026-10-25.
        let paris = chrono_tz::Europe::Paris;
        assert_eq!(
            next_digest_at(paris, utc("2026-10-24T07:00:00Z")),
            utc("2026-10-25T07:00:00Z")
        );
    }

    #[test]
    fn failed_emails_wait_longer_each_time_then_stop() {
        let waits: Vec<i64> = (1..MAX_ATTEMPTS)
            .map(|n| retry_after(n).unwrap().num_minutes())
            .collect();
        assert_eq!(waits, [1, 2, 4, 8, 16]);
        assert_eq!(retry_after(MAX_ATTEMPTS), None);
    }

    #[test]
    fn only_escalations_cannot_be_kept_from_email() {
        let fixed: Vec<Kind> = Kind::ALL
            .into_iter()
            .filter(|k| !k.email_can_be_turned_off())
            .collect();
        assert_eq!(fixed, [Kind::ReferralEscalated]);
    }
}
