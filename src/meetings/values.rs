//! The meeting forms' values as typed, the drafts they become (pure conversions, tested here),
//! and the step that checks the organisations they name against the active ones.

use serde::Deserialize;
use uuid::Uuid;

use super::model::{AgendaEntry, AgendaFields, Attendee, MeetingCard, MeetingFields, OrgAttendance};
use crate::action_items::model::{OrgRef, Person};
use crate::domain::meeting::{Attendance, local_input, local_time};
use crate::domain::{FieldErrors, TimeZone, long_text, non_blank, optional_line};
use crate::i18n::Msg;
use crate::orgs::model::Organisation;
use crate::web::FormVersion;

/// Blank agenda rows the form offers after the last one.
pub const BLANK_AGENDA_ROWS: usize = 3;

/// The meeting form's fields as typed, shown back on a 422 or 409. The agenda is rows of
/// parallel lists (every row sends each of its fields, blank or not).
#[derive(Debug, Default, Clone, Deserialize)]
pub struct MeetingValues {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub starts_at: String,
    #[serde(default)]
    pub ends_at: String,
    #[serde(default)]
    pub time_zone: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub video_url: String,
    #[serde(default)]
    pub chair: String,
    #[serde(default)]
    pub participants: Vec<String>,
    #[serde(default)]
    pub agenda_title: Vec<String>,
    #[serde(default)]
    pub agenda_presenter: Vec<String>,
    #[serde(default)]
    pub agenda_minutes: Vec<String>,
    #[serde(default)]
    pub agenda_notes: Vec<String>,
    #[serde(default)]
    pub version: FormVersion,
}

/// One agenda row of the form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgendaRow {
    pub title: String,
    pub presenter: String,
    pub minutes: String,
    pub notes: String,
}

impl AgendaRow {
    fn is_blank(&self) -> bool {
        [&self.title, &self.presenter, &self.minutes, &self.notes]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

impl MeetingValues {
    pub fn of(card: &MeetingCard, agenda: &[AgendaEntry]) -> MeetingValues {
        let m = &card.meeting;
        let zone = m.zone();
        let mut values = MeetingValues {
            title: m.title.clone(),
            starts_at: local_input(m.starts_at, zone),
            ends_at: local_input(m.ends_at, zone),
            time_zone: m.time_zone.clone(),
            place: m.place.clone(),
            video_url: m.video_url.clone(),
            chair: m.chair.clone(),
            participants: card.participants.iter().map(|p| p.org.code.clone()).collect(),
            version: FormVersion(m.version),
            ..MeetingValues::default()
        };
        for entry in agenda {
            values.agenda_title.push(entry.title.clone());
            values
                .agenda_presenter
                .push(entry.presenter.as_ref().map(|o| o.code.clone()).unwrap_or_default());
            values
                .agenda_minutes
                .push(entry.planned_minutes.map(|n| n.to_string()).unwrap_or_default());
            values.agenda_notes.push(entry.notes.clone());
        }
        values
    }

    /// The agenda rows as typed, in order.
    pub fn rows(&self) -> Vec<AgendaRow> {
        let count = [
            self.agenda_title.len(),
            self.agenda_presenter.len(),
            self.agenda_minutes.len(),
            self.agenda_notes.len(),
        ]
        .into_iter()
        .max()
        .unwrap_or(0);
        let at = |list: &[String], i: usize| list.get(i).cloned().unwrap_or_default();
        (0..count)
            .map(|i| AgendaRow {
                title: at(&self.agenda_title, i),
                presenter: at(&self.agenda_presenter, i),
                minutes: at(&self.agenda_minutes, i),
                notes: at(&self.agenda_notes, i),
            })
            .collect()
    }

    /// The rows the form shows: what was typed (blank rows dropped), then a few blank ones.
    pub fn rows_with_blanks(&self) -> Vec<AgendaRow> {
        let mut rows: Vec<AgendaRow> = self.rows().into_iter().filter(|r| !r.is_blank()).collect();
        rows.extend(std::iter::repeat_n(AgendaRow::default(), BLANK_AGENDA_ROWS));
        rows
    }

    pub fn takes_part(&self, code: &str) -> bool {
        self.participants.iter().any(|c| c.eq_ignore_ascii_case(code))
    }
}

/// An agenda line once it reads right; the presenter still a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaDraft {
    pub title: String,
    pub presenter: Option<String>,
    pub planned_minutes: Option<i32>,
    pub notes: String,
}

/// The meeting's own fields once they read right; the organisations still codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingDraft {
    pub title: String,
    pub starts_at: chrono::DateTime<chrono::Utc>,
    pub ends_at: chrono::DateTime<chrono::Utc>,
    pub time_zone: chrono_tz::Tz,
    pub place: String,
    pub video_url: String,
    pub chair: String,
    /// Upper-cased, sorted, without repeats.
    pub participants: Vec<String>,
    pub agenda: Vec<AgendaDraft>,
}

/// A video link: empty, or an http(s) URL with a host.
fn video_url(input: &str) -> Result<String, Msg> {
    let value = input.trim();
    if value.is_empty() {
        return Ok(String::new());
    }
    match url::Url::parse(value) {
        Ok(url)
            if matches!(url.scheme(), "https" | "http")
                && url.host_str().is_some()
                && value.len() <= 500 =>
        {
            Ok(value.to_owned())
        }
        _ => Err(Msg::new("meetings-video-url-invalid")),
    }
}

fn agenda_row(row: &AgendaRow, number: usize) -> Result<AgendaDraft, Msg> {
    let title = non_blank(&row.title, 200, "meetings-agenda-title-missing")
        .map_err(|m| Msg::new("meetings-agenda-row-wrong").arg("row", number).arg("problem", m))?;
    let planned_minutes = match row.minutes.trim() {
        "" => None,
        text => Some(
            text.parse::<i32>()
                .ok()
                .filter(|n| (1..=600).contains(n))
                .ok_or_else(|| {
                    Msg::new("meetings-agenda-row-wrong")
                        .arg("row", number)
                        .arg("problem", Msg::new("meetings-agenda-minutes-invalid"))
                })?,
        ),
    };
    let notes = long_text(&row.notes, 2_000)
        .map_err(|m| Msg::new("meetings-agenda-row-wrong").arg("row", number).arg("problem", m))?;
    let presenter = Some(row.presenter.trim().to_uppercase()).filter(|c| !c.is_empty());
    Ok(AgendaDraft {
        title,
        presenter,
        planned_minutes,
        notes,
    })
}

impl MeetingDraft {
    pub fn parse(values: &MeetingValues) -> Result<MeetingDraft, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = errors.check("title", non_blank(&values.title, 200, "meetings-title-missing"));
        let time_zone = errors.check("time_zone", TimeZone::parse(&values.time_zone)).map(|z| z.0);
        let zone = time_zone.unwrap_or(chrono_tz::UTC);
        let starts_at = errors.check(
            "starts_at",
            local_time(&values.starts_at, zone, "meetings-starts-missing"),
        );
        let ends_at = errors.check(
            "ends_at",
            local_time(&values.ends_at, zone, "meetings-ends-missing"),
        );
        if let (Some(starts), Some(ends)) = (starts_at, ends_at) {
            if ends <= starts {
                errors.add("ends_at", Msg::new("meetings-ends-before-start"));
            } else if ends - starts > chrono::Duration::days(7) {
                errors.add("ends_at", Msg::new("meetings-too-long"));
            }
        }
        let place = errors.check("place", optional_line(&values.place, 200));
        let video_url = errors.check("video_url", video_url(&values.video_url));
        let chair = errors.check("chair", optional_line(&values.chair, 200));
        let mut participants: Vec<String> = values
            .participants
            .iter()
            .map(|c| c.trim().to_uppercase())
            .filter(|c| !c.is_empty())
            .collect();
        participants.sort();
        participants.dedup();
        if participants.is_empty() {
            errors.add("participants", Msg::new("meetings-participants-missing"));
        }
        let mut agenda = Vec::new();
        for (index, row) in values.rows().iter().enumerate() {
            if row.is_blank() {
                continue;
            }
            match agenda_row(row, index + 1) {
                Ok(line) => agenda.push(line),
                Err(message) => errors.add("agenda", message),
            }
        }
        if agenda.len() > 50 {
            errors.add("agenda", Msg::new("meetings-agenda-too-long").arg("max", 50));
        }
        match (title, time_zone, starts_at, ends_at, place, video_url, chair) {
            (
                Some(title),
                Some(time_zone),
                Some(starts_at),
                Some(ends_at),
                Some(place),
                Some(video_url),
                Some(chair),
            ) if errors.is_empty() => Ok(MeetingDraft {
                title,
                starts_at,
                ends_at,
                time_zone,
                place,
                video_url,
                chair,
                participants,
                agenda,
            }),
            _ => Err(errors),
        }
    }
}

/// The organisations named by `codes`, found among the active ones (`active`) or, for those a
/// meeting already had (`kept`), among those; the codes found nowhere are named in the errors.
fn find_participants(codes: &[String], active: &[Organisation], kept: &[OrgRef]) -> (Vec<OrgRef>, FieldErrors) {
    let mut errors = FieldErrors::default();
    let find = |code: &str| -> Option<OrgRef> {
        active
            .iter()
            .find(|o| o.code == code)
            .map(|o| OrgRef {
                id: o.id,
                code: o.code.clone(),
                name: o.name.clone(),
            })
            .or_else(|| kept.iter().find(|o| o.code == code).cloned())
    };
    let mut participants = Vec::new();
    let mut unknown = Vec::new();
    for code in codes {
        match find(code) {
            Some(org) => participants.push(org),
            None => unknown.push(code.as_str()),
        }
    }
    if !unknown.is_empty() {
        errors.add(
            "participants",
            Msg::new("meetings-participants-unknown")
                .arg("codes", unknown.join(", "))
                .arg("count", unknown.len()),
        );
    }
    (participants, errors)
}

/// Parses the form and finds its organisations; every wrong field is named at once.
pub fn accept(
    values: &MeetingValues,
    active: &[Organisation],
    kept: &[OrgRef],
) -> Result<MeetingFields, FieldErrors> {
    match MeetingDraft::parse(values) {
        Ok(draft) => resolve(draft, active, kept),
        Err(mut errors) => {
            let codes: Vec<String> = values.participants.iter().map(|c| c.trim().to_uppercase()).filter(|c| !c.is_empty()).collect();
            errors.merge(find_participants(&codes, active, kept).1);
            Err(errors)
        }
    }
}

/// The draft with its organisations found (see [`find_participants`]); a presenter must take
/// part.
pub fn resolve(
    draft: MeetingDraft,
    active: &[Organisation],
    kept: &[OrgRef],
) -> Result<MeetingFields, FieldErrors> {
    let (participants, mut errors) = find_participants(&draft.participants, active, kept);
    let mut agenda = Vec::new();
    for (index, line) in draft.agenda.into_iter().enumerate() {
        let presenter = match &line.presenter {
            None => None,
            Some(code) => match participants.iter().find(|o| &o.code == code) {
                Some(org) => Some(org.clone()),
                None => {
                    errors.add(
                        "agenda",
                        Msg::new("meetings-agenda-row-wrong").arg("row", index + 1).arg(
                            "problem",
                            Msg::new("meetings-agenda-presenter-not-participant").arg("code", code.clone()),
                        ),
                    );
                    None
                }
            },
        };
        agenda.push(AgendaFields {
            title: line.title,
            presenter,
            planned_minutes: line.planned_minutes,
            notes: line.notes,
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(MeetingFields {
        title: draft.title,
        starts_at: draft.starts_at,
        ends_at: draft.ends_at,
        time_zone: draft.time_zone,
        place: draft.place,
        video_url: draft.video_url,
        chair: draft.chair,
        participants,
        agenda,
    })
}

/// The attendance form as typed: one row per participating organisation (its code, whether it
/// came, the people typed one per line as "Name, position"), and the accounts ticked.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct AttendanceValues {
    #[serde(default)]
    pub org: Vec<String>,
    #[serde(default)]
    pub attendance: Vec<String>,
    #[serde(default)]
    pub people: Vec<String>,
    #[serde(default)]
    pub account: Vec<String>,
    #[serde(default)]
    pub version: FormVersion,
}

impl AttendanceValues {
    /// The form as recorded now.
    pub fn of(card: &MeetingCard, attendees: &[Attendee]) -> AttendanceValues {
        let mut values = AttendanceValues {
            version: FormVersion(card.meeting.version),
            ..AttendanceValues::default()
        };
        for p in &card.participants {
            values.org.push(p.org.code.clone());
            values.attendance.push(p.attendance.as_str().to_owned());
            let typed: Vec<String> = attendees
                .iter()
                .filter(|a| a.organisation_id == p.org.id && a.user_id.is_none())
                .map(|a| {
                    if a.position.is_empty() {
                        a.name.clone()
                    } else {
                        format!("{}, {}", a.name, a.position)
                    }
                })
                .collect();
            values.people.push(typed.join("\n"));
        }
        values.account = attendees
            .iter()
            .filter_map(|a| a.user_id.map(|u| u.to_string()))
            .collect();
        values
    }

    /// What was typed for the organisation `code`: (attendance, people).
    pub fn row(&self, code: &str) -> (String, String) {
        match self.org.iter().position(|c| c == code) {
            Some(i) => (
                self.attendance.get(i).cloned().unwrap_or_default(),
                self.people.get(i).cloned().unwrap_or_default(),
            ),
            None => (Attendance::Unrecorded.as_str().to_owned(), String::new()),
        }
    }

    pub fn ticks(&self, account: &Uuid) -> bool {
        let id = account.to_string();
        self.account.iter().any(|a| a.trim() == id)
    }
}

/// "Name, position" as typed on one line: the first comma (Latin, Arabic or Chinese) divides.
fn person_line(line: &str) -> Result<(String, String), Msg> {
    let split = line
        .char_indices()
        .find(|(_, c)| matches!(c, ',' | '،' | '，' | '、'))
        .map(|(i, c)| (&line[..i], &line[i + c.len_utf8()..]));
    let (name, position) = split.unwrap_or((line, ""));
    let name = non_blank(name, 200, "meetings-attendee-name-missing")?;
    let position = optional_line(position, 200)?;
    Ok((name, position))
}

/// The attendance checked against the meeting's participants and the accounts the form
/// offered (`accounts`): every organisation's row, and the wrong ones named at once.
pub fn parse_attendance(
    values: &AttendanceValues,
    card: &MeetingCard,
    accounts: &[Person],
) -> Result<Vec<OrgAttendance>, FieldErrors> {
    let mut errors = FieldErrors::default();
    let mut rows = Vec::new();
    for participant in &card.participants {
        let code = &participant.org.code;
        let (attendance, people) = values.row(code);
        let mut attendance = match attendance.parse::<Attendance>() {
            Ok(a) => a,
            Err(message) => {
                errors.add("attendance", message);
                Attendance::Unrecorded
            }
        };
        let mut listed: Vec<(String, String, Option<Uuid>)> = accounts
            .iter()
            .filter(|a| a.org_id == participant.org.id && values.ticks(&a.id))
            .map(|a| (a.name.clone(), String::new(), Some(a.id)))
            .collect();
        for line in people.lines().map(str::trim).filter(|l| !l.is_empty()) {
            match person_line(line) {
                Ok((name, position)) => listed.push((name, position, None)),
                Err(problem) => errors.add(
                    "attendance",
                    Msg::new("meetings-attendee-wrong")
                        .arg("org", code.clone())
                        .arg("problem", problem),
                ),
            }
        }
        if listed.len() > 100 {
            errors.add(
                "attendance",
                Msg::new("meetings-attendees-too-many").arg("org", code.clone()).arg("max", 100),
            );
        }
        if !listed.is_empty() {
            match attendance {
                Attendance::Unrecorded => attendance = Attendance::Present,
                Attendance::Present => {}
                Attendance::Absent | Attendance::Excused => errors.add(
                    "attendance",
                    Msg::new("meetings-attendance-absent-with-people").arg("org", code.clone()),
                ),
            }
        }
        rows.push(OrgAttendance {
            organisation_id: participant.org.id,
            attendance,
            people: listed,
        });
    }
    // A ticked account of no participant (a form from before a participant was removed, or a
    // forged one) is refused rather than dropped.
    let offered: Vec<String> = accounts.iter().map(|a| a.id.to_string()).collect();
    if values
        .account
        .iter()
        .any(|a| !a.trim().is_empty() && !offered.iter().any(|o| o == a.trim()))
    {
        errors.add("attendance", Msg::new("meetings-attendee-account-unknown"));
    }
    if errors.is_empty() { Ok(rows) } else { Err(errors) }
}

/// A decision, a comment or an addendum: Markdown of 1 to `max` characters.
pub fn required_text(input: &str, max: usize, missing: &'static str) -> Result<String, Msg> {
    let text = long_text(input, max)?;
    if text.is_empty() {
        Err(Msg::new(missing))
    } else {
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::OrgKind;

    fn values() -> MeetingValues {
        MeetingValues {
            title: " Coordination meeting ".into(),
            starts_at: "2026-12-15T10:00".into(),
            ends_at: "2026-12-15T12:30".into(),
            time_zone: "Asia/Bangkok".into(),
            place: "Royal Thai Police headquarters".into(),
            video_url: "https://video.example.org/room".into(),
            chair: "Pol. Lt. Gen. Chair".into(),
            participants: vec!["bra".into(), " TZA".into(), "BRA".into(), "".into()],
            agenda_title: vec!["Opening".into(), "".into(), "Border referrals".into()],
            agenda_presenter: vec!["".into(), "".into(), "tza".into()],
            agenda_minutes: vec!["10".into(), "".into(), "".into()],
            agenda_notes: vec!["".into(), "".into(), "The procedure".into()],
            ..MeetingValues::default()
        }
    }

    fn org(code: &str) -> Organisation {
        Organisation {
            id: Uuid::now_v7(),
            code: code.into(),
            name: format!("Org {code}"),
            kind: OrgKind::Country,
            country_code: None,
            active: true,
            version: 1,
            created_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
            time_zone: "Asia/Bangkok".into(),
        }
    }

    #[test]
    fn a_draft_reads_the_form_in_the_meetings_zone() {
        let draft = MeetingDraft::parse(&values()).unwrap();
        assert_eq!(draft.title, "Coordination meeting");
        assert_eq!(draft.starts_at.to_rfc3339(), "2026-12-15T03:00:00+00:00");
        assert_eq!(draft.participants, vec!["BRA".to_owned(), "TZA".to_owned()]);
        assert_eq!(draft.agenda.len(), 2, "the blank row is dropped");
        assert_eq!(draft.agenda[0].planned_minutes, Some(10));
        assert_eq!(draft.agenda[1].presenter.as_deref(), Some("TZA"));
    }

    #[test]
    fn every_wrong_field_is_named() {
        let wrong = MeetingValues {
            ends_at: "2026-12-15T09:00".into(),
            video_url: "javascript:alert(1)".into(),
            participants: vec![],
            agenda_title: vec!["".into()],
            agenda_notes: vec!["notes without a title".into()],
            ..values()
        };
        let errors = MeetingDraft::parse(&wrong).unwrap_err();
        for field in ["ends_at", "video_url", "participants", "agenda"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
        let errors = MeetingDraft::parse(&MeetingValues::default()).unwrap_err();
        for field in ["title", "time_zone", "starts_at", "ends_at", "participants"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
    }

    #[test]
    fn organisations_are_found_and_a_presenter_must_take_part() {
        let active = [org("BRA"), org("TZA"), org("RUS")];
        let fields = resolve(MeetingDraft::parse(&values()).unwrap(), &active, &[]).unwrap();
        assert_eq!(fields.participants.len(), 2);
        assert_eq!(fields.agenda[1].presenter.as_ref().unwrap().code, "TZA");
        let mut draft = MeetingDraft::parse(&values()).unwrap();
        draft.agenda[1].presenter = Some("RUS".into());
        draft.participants.push("XXX".into());
        let errors = resolve(draft, &active, &[]).unwrap_err();
        assert!(errors.get("participants").is_some());
        assert!(errors.get("agenda").is_some());
    }

    #[test]
    fn a_person_line_divides_at_the_first_comma_of_any_script() {
        assert_eq!(
            person_line("Ana Lima, Consul").unwrap(),
            ("Ana Lima".into(), "Consul".into())
        );
        assert_eq!(person_line("李明，参赞").unwrap(), ("李明".into(), "参赞".into()));
        assert_eq!(person_line("Somchai").unwrap(), ("Somchai".into(), "".into()));
        assert!(person_line(", Consul").is_err());
    }
}
