//! The value types of rescue requests: status and its workflow, urgency, the person's sex, the
//! `RR-2026-0001` reference, and the normal forms of a passport number and a name that the
//! duplicate check hashes.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

named_values! {
    /// Where a request stands. The first six are open: someone still owes the person something.
    /// Closed, unable to locate and withdrawn are ends; an end can only be reopened for review.
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
    pub enum RescueStatus (unknown = "rescue-field-status-unknown") {
        Submitted = ("submitted", "rescue-status-submitted"),
        UnderReview = ("under_review", "rescue-status-under-review"),
        Located = ("located", "rescue-status-located"),
        RescueInProgress = ("rescue_in_progress", "rescue-status-rescue-in-progress"),
        Rescued = ("rescued", "rescue-status-rescued"),
        Repatriated = ("repatriated", "rescue-status-repatriated"),
        Closed = ("closed", "rescue-status-closed"),
        UnableToLocate = ("unable_to_locate", "rescue-status-unable-to-locate"),
        Withdrawn = ("withdrawn", "rescue-status-withdrawn"),
    }
}

/// What a step asks the person taking it to write down, so the timeline says why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Needs {
    Nothing,
    /// Where the person was found: the raid is planned from it.
    Place,
    /// The reason or the outcome: an end (or undoing one) without it leaves the family and the
    /// embassy guessing.
    Reason,
}

/// Who may take a step. The police work the case; only the person's own country may take
/// its request back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mover {
    Coordinators,
    FilingCountry,
    CoordinatorsOrFilingCountry,
}

/// One move the workflow allows, with what it asks for and who may make it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Step {
    pub from: RescueStatus,
    pub to: RescueStatus,
    pub needs: Needs,
    pub by: Mover,
}

impl RescueStatus {
    /// The statuses in which the case is still owed work (a filter for "open requests").
    pub const OPEN: [RescueStatus; 6] = [
        RescueStatus::Submitted,
        RescueStatus::UnderReview,
        RescueStatus::Located,
        RescueStatus::RescueInProgress,
        RescueStatus::Rescued,
        RescueStatus::Repatriated,
    ];

    pub fn is_end(self) -> bool {
        matches!(
            self,
            RescueStatus::Closed | RescueStatus::UnableToLocate | RescueStatus::Withdrawn
        )
    }

    pub fn is_open(self) -> bool {
        !self.is_end()
    }

    /// The whole workflow, whoever asks; `None` is a move it does not allow. The case goes
    /// forward from review to the person's return, with one way back (a raid called off leaves
    /// the person located). The filing country may withdraw until the rescue is done; after
    /// that, withdrawing would erase what happened, so the case is closed instead. An end is
    /// reopened for review, never straight to where it stood, so that someone looks again
    /// before officers move.
    pub fn step(self, to: RescueStatus) -> Option<Step> {
        use RescueStatus::*;
        let allowed = matches!(
            (self, to),
            (Submitted, UnderReview)
                | (UnderReview, Located | UnableToLocate)
                | (Located, RescueInProgress | UnableToLocate)
                | (RescueInProgress, Rescued | Located)
                | (Rescued, Repatriated | Closed)
                | (Repatriated, Closed)
                | (
                    Submitted | UnderReview | Located | RescueInProgress,
                    Withdrawn
                )
                | (Closed | UnableToLocate | Withdrawn, UnderReview)
        );
        if !allowed {
            return None;
        }
        let reopening = self.is_end();
        let needs = match to {
            Located => Needs::Place,
            UnableToLocate | Withdrawn | Closed => Needs::Reason,
            _ if reopening => Needs::Reason,
            _ => Needs::Nothing,
        };
        let by = match (self, to) {
            (_, Withdrawn) => Mover::FilingCountry,
            // The country that withdrew may change its mind; the police may have found the
            // person since.
            (Withdrawn, _) => Mover::CoordinatorsOrFilingCountry,
            _ => Mover::Coordinators,
        };
        Some(Step {
            from: self,
            to,
            needs,
            by,
        })
    }

    /// Every step allowed from here, for the buttons of the request's page: forward first,
    /// then back, then the ends, so the usual next step is the first one.
    pub fn next_steps(self) -> Vec<Step> {
        let mut steps: Vec<Step> = RescueStatus::ALL
            .into_iter()
            .filter_map(|to| self.step(to))
            .collect();
        steps.sort_by_key(|step| {
            let kind = if step.to.is_end() {
                2
            } else if self.is_open() && step.to.position() < self.position() {
                1
            } else {
                0
            };
            (kind, step.to.position())
        });
        steps
    }

    fn position(self) -> usize {
        RescueStatus::ALL
            .iter()
            .position(|s| *s == self)
            .expect("every status is in ALL")
    }
}

stored_as_text!(RescueStatus);
stored_as_text!(Urgency);

named_values! {
    /// How soon the police should act, as the filing country judges it. The list puts life at
    /// risk first (the database ranks it too).
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
    pub enum Urgency (unknown = "rescue-field-urgency-unknown") {
        LifeAtRisk = ("life_at_risk", "rescue-urgency-life-at-risk"),
        Urgent = ("urgent", "rescue-urgency-urgent"),
        Routine = ("routine", "rescue-urgency-routine"),
    }
}

named_values! {
    /// The person's sex as the family reports it, for telling people apart at a raid. It lives in
    /// the sealed person record, never in a clear column, so it is serialised rather than stored.
    /// "Not stated" is a choice, not a missing answer: the family may not say.
    #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Sex (unknown = "rescue-field-sex-unknown") {
        Female = ("female", "rescue-sex-female"),
        Male = ("male", "rescue-sex-male"),
        #[default]
        Unspecified = ("unspecified", "rescue-sex-unspecified"),
    }
}

/// The reference an embassy quotes to the police: `RR-2026-0001`. Numbers count per year, so
/// the year is part of it; a bare number would be ambiguous from January on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RescueReference {
    pub year: i16,
    pub number: i32,
}

impl RescueReference {
    /// Accepts what people type back from a letter or a phone call: any case, a space for a
    /// dash, the number with or without its leading zeros. Anything else is not a reference,
    /// so the search treats it as other text.
    pub fn parse(input: &str) -> Option<RescueReference> {
        let (year, number) = super::parse_yearly_reference("RR", input)?;
        Some(RescueReference { year, number })
    }
}

impl fmt::Display for RescueReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RR-{}-{:04}", self.year, self.number)
    }
}

/// The passport number in the one form the keyed hash is taken of: two embassies (or the same
/// one twice) writing `fa 123-4567` and `FA1234567` must meet in the duplicate check and the
/// exact search, which never see the clear number. Only the separators people add are
/// dropped; anything else foreign is refused rather than guessed at, since a wrong guess would
/// hide a duplicate. An empty field is no passport (families often do not have it).
pub fn normalise_passport(input: &str) -> Result<Option<String>, Msg> {
    let kept: String = input
        .chars()
        .filter(|c| !(c.is_whitespace() || *c == '-' || *c == '.'))
        .collect();
    if kept.is_empty() {
        return Ok(None);
    }
    // Checked before uppercasing: Unicode uppercasing turns some letters into ASCII ones
    // ("ß" into "SS"), which would let a mistyped number through.
    if !kept.chars().all(|c| c.is_ascii_alphanumeric()) || !(5..=20).contains(&kept.len()) {
        return Err(Msg::new("rescue-field-passport-invalid"));
    }
    Ok(Some(kept.to_ascii_uppercase()))
}

/// The name in the form the name-and-birth-date hash is taken of. The same person reaches us
/// spelled by a mother, an embassy clerk and a police officer: case, doubled spaces, commas
/// ("NGUYEN, Van A"), hyphens and the dots of transliterated Chinese names (玛丽·居里) differ
/// between them and must not. Letters are kept as they are, in any script, and never
/// transliterated: Thai has no case and its vowel and tone marks are part of the spelling,
/// and folding "Иванов" into "ivanov" would match people who are not the same. Word order is
/// kept too; matching "family given" against "given family" is left to a person reading the
/// possible duplicates. Unicode's compatibility form (NFKC) comes first: an accent typed as
/// a separate mark, or a full-width letter from a Chinese keyboard, is the same name.
pub fn normalise_name(input: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    let mut out = String::with_capacity(input.len());
    let mut pending_space = false;
    let normal: String = input.nfkc().collect();
    for c in normal.to_lowercase().chars() {
        if is_name_separator(c) {
            pending_space = true;
            continue;
        }
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

/// Whitespace and the punctuation found between the parts of names. The zero-width space
/// counts: Thai text has no spaces between words, and tools that break it insert one.
fn is_name_separator(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || c.is_control()
        || matches!(
            c,
            '\u{200B}' // zero-width space
                | '\u{2060}' // word joiner
                | '\u{FEFF}' // zero-width no-break space
                | '·' // middle dot, in Chinese transliterations
                | '・' // katakana middle dot
                | '‧' // hyphenation point
                | '•'
                | '‐'
                | '‑'
                | '‒'
                | '–'
                | '—'
                | '‘'
                | '’'
                | '‚'
                | '‛'
                | '“'
                | '”'
                | '„'
                | '«'
                | '»'
                | '′'
                | '、'
                | '，'
                | '。'
                | '．'
                | '（'
                | '）'
                | '－'
                | '＇'
                | 'ʼ'
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use RescueStatus::*;

    /// Every allowed move, with what it needs and who makes it.
    const ALLOWED: [(RescueStatus, RescueStatus, Needs, Mover); 17] = [
        (Submitted, UnderReview, Needs::Nothing, Mover::Coordinators),
        (UnderReview, Located, Needs::Place, Mover::Coordinators),
        (
            UnderReview,
            UnableToLocate,
            Needs::Reason,
            Mover::Coordinators,
        ),
        (
            Located,
            RescueInProgress,
            Needs::Nothing,
            Mover::Coordinators,
        ),
        (Located, UnableToLocate, Needs::Reason, Mover::Coordinators),
        (
            RescueInProgress,
            Rescued,
            Needs::Nothing,
            Mover::Coordinators,
        ),
        (RescueInProgress, Located, Needs::Place, Mover::Coordinators),
        (Rescued, Repatriated, Needs::Nothing, Mover::Coordinators),
        (Rescued, Closed, Needs::Reason, Mover::Coordinators),
        (Repatriated, Closed, Needs::Reason, Mover::Coordinators),
        (Submitted, Withdrawn, Needs::Reason, Mover::FilingCountry),
        (UnderReview, Withdrawn, Needs::Reason, Mover::FilingCountry),
        (Located, Withdrawn, Needs::Reason, Mover::FilingCountry),
        (
            RescueInProgress,
            Withdrawn,
            Needs::Reason,
            Mover::FilingCountry,
        ),
        (Closed, UnderReview, Needs::Reason, Mover::Coordinators),
        (
            UnableToLocate,
            UnderReview,
            Needs::Reason,
            Mover::Coordinators,
        ),
        (
            Withdrawn,
            UnderReview,
            Needs::Reason,
            Mover::CoordinatorsOrFilingCountry,
        ),
    ];

    #[test]
    fn names_typed_with_separate_accents_or_full_width_letters_are_the_same() {
        // "Nguyễn" with its accents composed, and with them as separate marks.
        let composed = "Nguy\u{1ec5}n Van A";
        let decomposed = "Nguye\u{0302}\u{0303}n Van A";
        assert_ne!(composed, decomposed);
        assert_eq!(normalise_name(composed), normalise_name(decomposed));
        assert_eq!(normalise_name("ＬＩ Ｗｅｉ"), "li wei");
    }

    #[test]
    fn every_allowed_step_needs_and_mover() {
        for (from, to, needs, by) in ALLOWED {
            assert_eq!(
                from.step(to),
                Some(Step {
                    from,
                    to,
                    needs,
                    by
                }),
                "{from:?} -> {to:?}"
            );
        }
    }

    #[test]
    fn nothing_else_is_allowed() {
        let mut count = 0;
        for from in RescueStatus::ALL {
            for to in RescueStatus::ALL {
                let listed = ALLOWED.iter().any(|(f, t, _, _)| *f == from && *t == to);
                assert_eq!(from.step(to).is_some(), listed, "{from:?} -> {to:?}");
                count += usize::from(listed);
            }
        }
        assert_eq!(count, 17);
    }

    #[test]
    fn refused_steps() {
        for status in RescueStatus::ALL {
            assert_eq!(status.step(status), None, "{status:?} to itself");
        }
        assert_eq!(Submitted.step(Rescued), None);
        assert_eq!(Submitted.step(Located), None);
        assert_eq!(UnderReview.step(RescueInProgress), None);
        assert_eq!(Located.step(Rescued), None);
        assert_eq!(Rescued.step(Withdrawn), None);
        assert_eq!(Repatriated.step(Withdrawn), None);
        assert_eq!(Repatriated.step(Rescued), None);
        assert_eq!(Rescued.step(RescueInProgress), None);
        assert_eq!(Submitted.step(Closed), None);
        for end in [Closed, UnableToLocate, Withdrawn] {
            for to in RescueStatus::ALL {
                assert_eq!(
                    end.step(to).is_some(),
                    to == UnderReview,
                    "{end:?} -> {to:?}"
                );
            }
        }
    }

    #[test]
    fn only_the_filing_country_withdraws() {
        for from in RescueStatus::ALL {
            for to in RescueStatus::ALL {
                if let Some(step) = from.step(to) {
                    assert_eq!(
                        step.by == Mover::FilingCountry,
                        to == Withdrawn,
                        "{from:?} -> {to:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn next_steps_go_forward_first() {
        let targets = |s: RescueStatus| -> Vec<RescueStatus> {
            s.next_steps().into_iter().map(|step| step.to).collect()
        };
        assert_eq!(targets(Submitted), [UnderReview, Withdrawn]);
        assert_eq!(targets(UnderReview), [Located, UnableToLocate, Withdrawn]);
        assert_eq!(
            targets(Located),
            [RescueInProgress, UnableToLocate, Withdrawn]
        );
        assert_eq!(targets(RescueInProgress), [Rescued, Located, Withdrawn]);
        assert_eq!(targets(Rescued), [Repatriated, Closed]);
        assert_eq!(targets(Repatriated), [Closed]);
        for end in [Closed, UnableToLocate, Withdrawn] {
            assert_eq!(targets(end), [UnderReview]);
        }
        for status in RescueStatus::ALL {
            for step in status.next_steps() {
                assert_eq!(step.from, status);
                assert_eq!(status.step(step.to), Some(step));
            }
        }
    }

    #[test]
    fn open_lists_exactly_the_statuses_that_are_not_ends() {
        let open: Vec<RescueStatus> = RescueStatus::ALL
            .into_iter()
            .filter(|s| s.is_open())
            .collect();
        assert_eq!(open, RescueStatus::OPEN);
        assert!(Closed.is_end() && UnableToLocate.is_end() && Withdrawn.is_end());
        assert!(Repatriated.is_open());
    }

    #[test]
    fn values_parse_from_their_form_names() {
        for status in RescueStatus::ALL {
            assert_eq!(status.as_str().parse::<RescueStatus>(), Ok(status));
        }
        for urgency in Urgency::ALL {
            assert_eq!(urgency.as_str().parse::<Urgency>(), Ok(urgency));
        }
        for sex in Sex::ALL {
            assert_eq!(sex.as_str().parse::<Sex>(), Ok(sex));
        }
        assert_eq!(
            "found".parse::<RescueStatus>(),
            Err(Msg::new("rescue-field-status-unknown"))
        );
        assert_eq!(
            "under-review".parse::<RescueStatus>(),
            Err(Msg::new("rescue-field-status-unknown"))
        );
        assert_eq!(
            "".parse::<Urgency>(),
            Err(Msg::new("rescue-field-urgency-unknown"))
        );
        assert_eq!(
            "other".parse::<Sex>(),
            Err(Msg::new("rescue-field-sex-unknown"))
        );
    }

    #[test]
    fn message_ids_follow_the_stored_names() {
        for status in RescueStatus::ALL {
            assert_eq!(
                status.message_id(),
                format!("rescue-status-{}", status.as_str().replace('_', "-"))
            );
        }
        for urgency in Urgency::ALL {
            assert_eq!(
                urgency.message_id(),
                format!("rescue-urgency-{}", urgency.as_str().replace('_', "-"))
            );
        }
        for sex in Sex::ALL {
            assert_eq!(sex.message_id(), format!("rescue-sex-{}", sex.as_str()));
        }
    }

    #[test]
    fn sex_serialises_as_its_form_name() {
        for sex in Sex::ALL {
            let json = serde_json::to_string(&sex).unwrap();
            assert_eq!(json, format!("\"{}\"", sex.as_str()));
            assert_eq!(serde_json::from_str::<Sex>(&json).unwrap(), sex);
        }
        assert!(serde_json::from_str::<Sex>("\"Female\"").is_err());
    }

    #[test]
    fn references_print_and_parse() {
        let first = RescueReference {
            year: 2026,
            number: 1,
        };
        assert_eq!(first.to_string(), "RR-2026-0001");
        assert_eq!(
            RescueReference {
                year: 2026,
                number: 12345
            }
            .to_string(),
            "RR-2026-12345"
        );
        assert_eq!(RescueReference::parse("RR-2026-0001"), Some(first));
        assert_eq!(RescueReference::parse("rr-2026-1"), Some(first));
        assert_eq!(RescueReference::parse("RR 2026 0001"), Some(first));
        assert_eq!(RescueReference::parse("  Rr-2026 0001 "), Some(first));
        assert_eq!(
            RescueReference::parse("RR-2026-00012"),
            Some(RescueReference {
                year: 2026,
                number: 12
            })
        );
        assert_eq!(
            RescueReference::parse("RR-9999-99999999"),
            Some(RescueReference {
                year: 9999,
                number: 99_999_999
            })
        );
        for reference in [
            first,
            RescueReference {
                year: 2031,
                number: 99_999_999,
            },
            RescueReference {
                year: 2027,
                number: 42,
            },
        ] {
            assert_eq!(
                RescueReference::parse(&reference.to_string()),
                Some(reference)
            );
        }
    }

    #[test]
    fn references_refused() {
        for input in [
            "",
            "RR",
            "RR-",
            "RR-2026",
            "RR-2026-",
            "RR-2026-0",
            "RR-2026-0000",
            "RR2026-0001",
            "RR-20260001",
            "RR--2026-0001",
            "RR-2026--0001",
            "RR-26-0001",
            "RR-02026-0001",
            "RR-1999-0001",
            "RR-2026-100000000",
            "RR-2026-99999999999999999999",
            "RR-2026-+1",
            "RR-+026-0001",
            "RR-2026-0001x",
            "RR_2026_0001",
            "AI-0042",
            "2026-0001",
            "ÄR-2026-0001",
            "RRÄ2026-0001",
            "RR-20２6-0001",
        ] {
            assert_eq!(RescueReference::parse(input), None, "{input:?}");
        }
    }

    #[test]
    fn passports_normalise() {
        assert_eq!(normalise_passport(""), Ok(None));
        assert_eq!(normalise_passport("   "), Ok(None));
        assert_eq!(normalise_passport(" - . "), Ok(None));
        assert_eq!(
            normalise_passport("fa 123-4567"),
            Ok(Some("FA1234567".to_owned()))
        );
        assert_eq!(
            normalise_passport("FA1234567"),
            normalise_passport("fa 123-4567")
        );
        assert_eq!(
            normalise_passport(" c.0123.4567 "),
            Ok(Some("C01234567".to_owned()))
        );
        assert_eq!(normalise_passport("12345"), Ok(Some("12345".to_owned())));
        assert_eq!(
            normalise_passport("A1234567890123456789"),
            Ok(Some("A1234567890123456789".to_owned()))
        );
    }

    #[test]
    fn passports_refused() {
        let invalid = Err(Msg::new("rescue-field-passport-invalid"));
        for input in [
            "1234",
            "A-1-2-3",
            "A12345678901234567890",
            "FA123/4567",
            "FA_1234567",
            "FA1234567#",
            "ßA12345",
            "ФА1234567",
            "ＦＡ1234567",
            "ก1234567",
        ] {
            assert_eq!(normalise_passport(input), invalid, "{input:?}");
        }
    }

    #[test]
    fn names_normalise_in_latin_script() {
        assert_eq!(normalise_name("  NGUYEN,  Van   A. "), "nguyen van a");
        assert_eq!(normalise_name("nguyen van a"), "nguyen van a");
        assert_eq!(
            normalise_name("Jean-Pierre  O'Brien"),
            "jean pierre o brien"
        );
        assert_eq!(normalise_name("Jean – Pierre"), "jean pierre");
        assert_eq!(normalise_name("José\tÁlvarez\n"), "josé álvarez");
        assert_eq!(normalise_name("ИВАНОВ Иван"), "иванов иван");
        assert_eq!(normalise_name("...,"), "");
        assert_eq!(normalise_name(""), "");
    }

    #[test]
    fn names_keep_thai_and_chinese_letters() {
        assert_eq!(normalise_name("สมชาย  ใจดี"), "สมชาย ใจดี");
        assert_eq!(normalise_name(" สมชาย\u{200B}ใจดี "), "สมชาย ใจดี");
        assert_eq!(normalise_name("นางสาว สมหญิง, รักไทย"), "นางสาว สมหญิง รักไทย");
        // The marks above and below Thai letters are part of the name.
        assert_ne!(normalise_name("น้ำ"), normalise_name("นำ"));
        assert_eq!(normalise_name("玛丽·居里"), "玛丽 居里");
        assert_eq!(normalise_name("王 小明"), "王 小明");
    }
}
