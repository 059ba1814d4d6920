//! The value types of border referrals: how the traveller travels and was assessed, where
//! the referral stands, what a call attempt and an outcome were, the `BR-2026-0001` reference,
//! and the escalation schedule as a pure function of the referral's times.

use std::fmt;

use chrono::{DateTime, Duration, Utc};

text_enum! {
    /// How the traveller reached the checkpoint.
    TravelMode (unknown = "referral-field-mode-unknown") {
        Land = ("land", "referral-mode-land"),
        Air = ("air", "referral-mode-air"),
    }
}

text_enum! {
    /// The itinerary as the officer assessed it: the meeting's procedure is for travellers
    /// without a clear one.
    Itinerary (unknown = "referral-field-itinerary-unknown") {
        Clear = ("clear", "referral-itinerary-clear"),
        Unclear = ("unclear", "referral-itinerary-unclear"),
        NoItinerary = ("none", "referral-itinerary-none"),
    }
}

text_enum! {
    /// The signs of a scam-compound recruitment the officer saw.
    Risk (unknown = "referral-field-risk-unknown") {
        JobOfferOnline = ("job_offer_online", "referral-risk-job-offer-online"),
        TravelPaidByOther = ("travel_paid_by_other", "referral-risk-travel-paid-by-other"),
        OneWay = ("one_way", "referral-risk-one-way"),
        NoAccommodation = ("no_accommodation", "referral-risk-no-accommodation"),
        WithHandler = ("with_handler", "referral-risk-with-handler"),
        DocumentsHeld = ("documents_held", "referral-risk-documents-held"),
        HighRiskDestination = ("high_risk_destination", "referral-risk-high-risk-destination"),
        InconsistentAnswers = ("inconsistent_answers", "referral-risk-inconsistent-answers"),
    }
}

text_enum! {
    /// Whether the traveller waits at the checkpoint or has gone on: it sets the deadline.
    Disposition (unknown = "referral-field-disposition-unknown") {
        Held = ("held", "referral-disposition-held"),
        Continued = ("continued", "referral-disposition-continued"),
    }
}

text_enum! {
    /// Where a referral stands: the embassy owes an acknowledgement, then an outcome.
    ReferralStatus (unknown = "referral-field-status-unknown") {
        Awaiting = ("awaiting", "referral-status-awaiting"),
        Acknowledged = ("acknowledged", "referral-status-acknowledged"),
        Closed = ("closed", "referral-status-closed"),
    }
}

text_enum! {
    /// What the embassy learnt from the traveller, or that it could not reach them.
    Outcome (unknown = "referral-field-outcome-unknown") {
        ContinuesWithAdvice = ("continues_with_advice", "referral-outcome-continues-with-advice"),
        TurnedBack = ("turned_back", "referral-outcome-turned-back"),
        AsksForHelp = ("asks_for_help", "referral-outcome-asks-for-help"),
        Unreachable = ("unreachable", "referral-outcome-unreachable"),
    }
}

text_enum! {
    /// How the officer tried to reach the embassy.
    Channel (unknown = "referral-field-channel-unknown") {
        Phone = ("phone", "referral-channel-phone"),
        Line = ("line", "referral-channel-line"),
        WhatsApp = ("whatsapp", "referral-channel-whatsapp"),
    }
}

text_enum! {
    /// What a call attempt gave.
    CallResult (unknown = "referral-field-call-result-unknown") {
        Answered = ("answered", "referral-call-answered"),
        NoAnswer = ("no_answer", "referral-call-no-answer"),
        WrongNumber = ("wrong_number", "referral-call-wrong-number"),
        MessageLeft = ("message_left", "referral-call-message-left"),
    }
}

text_enum! {
    /// What an entry of a referral's timeline records. The scheduler's steps (flagged,
    /// escalated, estimate passed) have no person behind them.
    TimelineKind (unknown = "referral-field-status-unknown") {
        Filed = ("filed", "referral-timeline-filed"),
        Call = ("call", "referral-timeline-call"),
        Acknowledged = ("acknowledged", "referral-timeline-acknowledged"),
        Outcome = ("outcome", "referral-timeline-outcome"),
        Flagged = ("flagged", "referral-timeline-flagged"),
        Escalated = ("escalated", "referral-timeline-escalated"),
        EstimatePassed = ("estimate_passed", "referral-timeline-estimate-passed"),
        Closed = ("closed", "referral-timeline-closed"),
        Edited = ("edited", "referral-timeline-edited"),
        RescueRequest = ("rescue_request", "referral-timeline-rescue-request"),
    }
}

impl ReferralStatus {
    /// The inbox's rank of the status, as the generated column `list_rank` stores it: a list of
    /// one status reads its own range of the list index.
    pub fn list_rank(self) -> i16 {
        match self {
            ReferralStatus::Awaiting => 1,
            ReferralStatus::Acknowledged => 2,
            ReferralStatus::Closed => 3,
        }
    }
}

/// The reference an officer and an embassy quote to each other: `BR-2026-0001`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReferralReference {
    pub year: i16,
    pub number: i32,
}

impl ReferralReference {
    pub fn parse(input: &str) -> Option<ReferralReference> {
        let (year, number) = super::parse_yearly_reference("BR", input)?;
        Some(ReferralReference { year, number })
    }
}

impl fmt::Display for ReferralReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BR-{}-{:04}", self.year, self.number)
    }
}

/// A step the scheduler takes on a referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueStep {
    /// Step 1, at the deadline: the embassy's contacts and members are flagged again.
    FlagAgain,
    /// Step 2, at twice the deadline: the coordinators' escalation board.
    Escalate,
    /// The embassy's estimate passed without an outcome: flagged again, once.
    EstimatePassed,
}

/// What the escalation schedule is decided from: the times of one referral and the steps it
/// has had. Instants are UTC, and deadlines are durations added to them, so a change of
/// daylight saving time anywhere moves no deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    pub filed_at: DateTime<Utc>,
    /// The acknowledgement deadline of the policy it was filed under.
    pub ack_minutes: i32,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub estimate_at: Option<DateTime<Utc>>,
    pub closed: bool,
    /// 0, 1 or 2: the escalation steps already taken.
    pub step_taken: i16,
    pub estimate_flagged: bool,
}

impl Timing {
    pub fn deadline(&self) -> DateTime<Utc> {
        self.filed_at + Duration::minutes(i64::from(self.ack_minutes))
    }

    pub fn board_at(&self) -> DateTime<Utc> {
        self.filed_at + Duration::minutes(2 * i64::from(self.ack_minutes))
    }

    /// The step due at `now`, if one is. Acknowledging or closing stops the escalation; steps
    /// come in order, so after a long downtime the first is due first, then the next.
    pub fn due(&self, now: DateTime<Utc>) -> Option<DueStep> {
        if self.closed {
            return None;
        }
        if self.acknowledged_at.is_some() {
            let passed = self.estimate_at.is_some_and(|at| at <= now);
            return (passed && !self.estimate_flagged).then_some(DueStep::EstimatePassed);
        }
        match self.step_taken {
            0 if now >= self.deadline() => Some(DueStep::FlagAgain),
            1 if now >= self.board_at() => Some(DueStep::Escalate),
            _ => None,
        }
    }

    /// The schedule after `step` was taken.
    pub fn after(mut self, step: DueStep) -> Timing {
        match step {
            DueStep::FlagAgain => self.step_taken = 1,
            DueStep::Escalate => self.step_taken = 2,
            DueStep::EstimatePassed => self.estimate_flagged = true,
        }
        self
    }

    /// When a step may next fall due: the scheduler looks again then, and not before.
    pub fn next_at(&self) -> Option<DateTime<Utc>> {
        if self.closed {
            return None;
        }
        if self.acknowledged_at.is_some() {
            return self.estimate_at.filter(|_| !self.estimate_flagged);
        }
        match self.step_taken {
            0 => Some(self.deadline()),
            1 => Some(self.board_at()),
            _ => None,
        }
    }

    /// Every step due at `now`, in order, as the scheduler takes them.
    pub fn due_steps(self, now: DateTime<Utc>) -> (Vec<DueStep>, Timing) {
        let mut timing = self;
        let mut steps = Vec::new();
        while let Some(step) = timing.due(now) {
            steps.push(step);
            timing = timing.after(step);
        }
        (steps, timing)
    }
}

/// The instant as the inbox orders it within a status: deadlines and estimates soonest first,
/// closed referrals newest first.
pub fn sort_key(status: ReferralStatus, at: DateTime<Utc>) -> i64 {
    match status {
        ReferralStatus::Awaiting | ReferralStatus::Acknowledged => at.timestamp(),
        ReferralStatus::Closed => -at.timestamp(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn at(d: u32, h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, d, h, m, 0).unwrap()
    }

    fn filed(at: DateTime<Utc>, minutes: i32) -> Timing {
        Timing {
            filed_at: at,
            ack_minutes: minutes,
            acknowledged_at: None,
            estimate_at: None,
            closed: false,
            step_taken: 0,
            estimate_flagged: false,
        }
    }

    #[test]
    fn nothing_is_due_before_the_deadline_and_step_one_is_due_at_it() {
        let t = filed(at(10, 3, 0), 30);
        assert_eq!(t.due(at(10, 3, 29)), None);
        assert_eq!(t.next_at(), Some(at(10, 3, 30)));
        assert_eq!(t.due(at(10, 3, 30)), Some(DueStep::FlagAgain));
        let t = t.after(DueStep::FlagAgain);
        assert_eq!(t.due(at(10, 3, 59)), None);
        assert_eq!(t.next_at(), Some(at(10, 4, 0)));
        assert_eq!(t.due(at(10, 4, 0)), Some(DueStep::Escalate));
        let t = t.after(DueStep::Escalate);
        assert_eq!(t.due(at(11, 4, 0)), None);
        assert_eq!(t.next_at(), None);
    }

    #[test]
    fn a_deadline_passed_during_downtime_takes_each_step_once_in_order() {
        let t = filed(at(10, 3, 0), 30);
        let (steps, after) = t.due_steps(at(10, 9, 0));
        assert_eq!(steps, [DueStep::FlagAgain, DueStep::Escalate]);
        assert_eq!(after.next_at(), None);
        // Taken again later, nothing more happens.
        assert!(after.due_steps(at(12, 0, 0)).0.is_empty());
        // Down only past the first deadline: only the first step.
        let (steps, after) = t.due_steps(at(10, 3, 45));
        assert_eq!(steps, [DueStep::FlagAgain]);
        assert_eq!(after.next_at(), Some(at(10, 4, 0)));
    }

    #[test]
    fn acknowledging_stops_the_escalation_and_the_estimate_is_flagged_once() {
        let mut t = filed(at(10, 3, 0), 30).after(DueStep::FlagAgain);
        t.acknowledged_at = Some(at(10, 3, 40));
        t.estimate_at = Some(at(10, 5, 0));
        assert_eq!(t.due(at(10, 4, 30)), None, "no step 2 once acknowledged");
        assert_eq!(t.next_at(), Some(at(10, 5, 0)));
        let (steps, after) = t.due_steps(at(10, 8, 0));
        assert_eq!(steps, [DueStep::EstimatePassed]);
        assert_eq!(after.next_at(), None);
        assert!(after.due_steps(at(11, 8, 0)).0.is_empty());
    }

    #[test]
    fn a_closed_referral_has_nothing_due() {
        let mut t = filed(at(10, 3, 0), 30);
        t.closed = true;
        assert_eq!(t.due(at(20, 0, 0)), None);
        assert_eq!(t.next_at(), None);
    }

    #[test]
    fn deadlines_are_utc_durations_across_a_change_of_daylight_saving_time() {
        // Europe moved its clocks on 29 March 2026 at 01:00 UTC; a four-hour deadline from
        // 23:30 UTC the day before is 03:30 UTC, whatever the local clocks did.
        let t = filed(Utc.with_ymd_and_hms(2026, 3, 28, 23, 30, 0).unwrap(), 240);
        assert_eq!(t.deadline(), at(29, 3, 30));
        assert_eq!(t.board_at(), at(29, 7, 30));
        // Over a month boundary and a leap day: minutes are minutes.
        let t = filed(Utc.with_ymd_and_hms(2028, 2, 28, 22, 0, 0).unwrap(), 240);
        assert_eq!(
            t.board_at(),
            Utc.with_ymd_and_hms(2028, 2, 29, 6, 0, 0).unwrap()
        );
    }

    #[test]
    fn references_print_and_parse() {
        let r = ReferralReference {
            year: 2026,
            number: 1,
        };
        assert_eq!(r.to_string(), "BR-2026-0001");
        assert_eq!(ReferralReference::parse("br 2026 1"), Some(r));
        assert_eq!(ReferralReference::parse("RR-2026-0001"), None);
        assert_eq!(ReferralReference::parse("BR-26-1"), None);
    }

    #[test]
    fn the_inbox_sorts_open_by_time_and_closed_newest_first() {
        let (a, b) = (at(10, 3, 0), at(10, 4, 0));
        assert!(sort_key(ReferralStatus::Awaiting, a) < sort_key(ReferralStatus::Awaiting, b));
        assert!(sort_key(ReferralStatus::Closed, b) < sort_key(ReferralStatus::Closed, a));
    }
}
