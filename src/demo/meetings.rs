//! The demo's meetings: the coordination meeting at Royal Thai Police headquarters with the
//! embassies and UNODC, three weeks ago (agenda, attendance, approved minutes, its decisions,
//! which the demo's action items carry out), and the follow-up meeting next week, whose page
//! lists what is still open.

use anyhow::bail;
use chrono::{DateTime, Duration, NaiveTime, TimeZone as _, Utc};
use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use super::{Records, Roster, audit};
use crate::action_items::model::OrgRef;
use crate::audit::Action;
use crate::domain::meeting::{Attendance, MinutesState};
use crate::meetings::model::{
    self as meetings, AgendaFields, MeetingFields, OrgAttendance, RemarkKind,
};
use crate::meetings::notices;
use crate::notifications::Teller;

const PARTICIPANTS: &[&str] = &[
    "ATPC", "CIB", "CCIB", "IMB", "FAD", "TCSC", "BRA", "TZA", "RUS", "PHL", "MMR", "LAO", "IND",
    "MAR", "CHN", "UNODC",
];

/// The decisions of the meeting, in order, and the demo action items (by title) each became.
pub(super) const DECISIONS: &[(&str, &[&str])] = &[
    (
        "**Consensus:** crack down on call-centre scam operations and on the networks that \
relocate them across the border.",
        &[
            "Crack down on networks relocating from Kanchanaburi",
            "Freeze payment accounts used by a compound's call centre",
            "Take down recruitment adverts targeting Tanzanian job-seekers",
            "Publish a joint warning about fake job offers in Thailand",
        ],
    ),
    (
        "Border officials contact the embassy of travellers heading for high-risk areas such as \
Mae Sot without a clear itinerary.",
        &[
            "Brief checkpoint officers on calling embassies about travellers to Mae Sot",
            "Brief the Embassy of India on screening at the Mae Sot checkpoint",
        ],
    ),
    (
        "Each embassy names a contact point that answers around the clock for border referrals \
and rescues.",
        &[
            "Confirm a 24/7 contact point for border referrals",
            "Nominate a Russian-speaking liaison officer for the joint operations room",
        ],
    ),
    (
        "Nationals rescued from compounds are screened as possible victims, given travel \
documents and returned without overstay penalties.",
        &[
            "Rescue and return of Brazilian nationals held in a compound across from Mae Sot",
            "Emergency travel documents for Filipino nationals awaiting repatriation",
            "Waive overstay fines for rescued Moroccan nationals",
            "Translate the victim screening checklist into Lao and Burmese",
        ],
    ),
];

const MINUTES: &str = "The Deputy Commissioner-General opened the meeting and thanked the \
ambassadors and representatives of the embassies and UNODC for attending at short notice.

## Situation

- CCIB reported that call-centre compounds across from **Mae Sot** and near the Three Pagodas \
Pass now recruit through online job offers in at least twelve languages.
- The Immigration Bureau described travellers stopped at the Friendship Bridge with one-way \
tickets and no accommodation, several of them escorted by an agent.
- Embassies described nationals who contacted their families from inside compounds; some had \
their passports taken on arrival.

## Discussion

The embassies asked for a single point of contact at the police for rescue requests, and \
for a call from the border whenever one of their nationals heads for a high-risk area \
without a clear itinerary. UNODC offered its victim screening checklist and training for \
checkpoint officers.

## Agreed

The meeting agreed the decisions below, to be followed up in the portal, and to meet again \
to review their progress.";

fn at(days: i64, hour: u32, minute: u32, now: DateTime<Utc>) -> DateTime<Utc> {
    let bangkok = chrono_tz::Asia::Bangkok;
    let day = now.with_timezone(&bangkok).date_naive() + Duration::days(days);
    let time = NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default();
    bangkok
        .from_local_datetime(&day.and_time(time))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(now)
}

fn agenda(lines: &[(&str, Option<&str>, i32)], orgs: &[OrgRef]) -> Vec<AgendaFields> {
    lines
        .iter()
        .map(|(title, presenter, minutes)| AgendaFields {
            title: (*title).to_owned(),
            presenter: presenter.and_then(|code| orgs.iter().find(|o| o.code == code).cloned()),
            planned_minutes: Some(*minutes),
            notes: String::new(),
        })
        .collect()
}

/// Loads the two meetings; answers the decisions' ids by number (1-based order).
pub(super) async fn load(
    conn: &mut AsyncPgConnection,
    roster: &Roster,
    now: DateTime<Utc>,
    records: &mut Records,
) -> anyhow::Result<Vec<Uuid>> {
    let codes: Vec<String> = PARTICIPANTS.iter().map(|c| (*c).to_owned()).collect();
    let orgs: Vec<OrgRef> = crate::action_items::model::orgs_by_codes(conn, &codes)
        .await?
        .into_iter()
        .chain(
            roster
                .0
                .iter()
                .filter(|o| o.code == "UNODC")
                .map(|o| OrgRef {
                    id: o.id,
                    code: o.code.to_owned(),
                    name: "United Nations Office on Drugs and Crime".to_owned(),
                }),
        )
        .collect();
    let chair = roster.get("ATPC")?.user;

    let meeting = MeetingFields {
        title: "Coordination meeting on call-centre scam compounds and trafficking".into(),
        starts_at: at(-21, 9, 30, now),
        ends_at: at(-21, 12, 30, now),
        time_zone: chrono_tz::Asia::Bangkok,
        place: "Royal Thai Police headquarters, Bangkok".into(),
        video_url: String::new(),
        chair: "Deputy Commissioner-General, Royal Thai Police".into(),
        participants: orgs.clone(),
        agenda: agenda(
            &[
                ("Opening and the situation at the border", Some("ATPC"), 15),
                (
                    "Call-centre compounds: what the investigations show",
                    Some("CCIB"),
                    30,
                ),
                (
                    "Travellers stopped at checkpoints on the way to Mae Sot",
                    Some("IMB"),
                    30,
                ),
                (
                    "Rescue requests and the return of nationals",
                    Some("BRA"),
                    40,
                ),
                (
                    "Victim screening and training for checkpoint officers",
                    Some("UNODC"),
                    25,
                ),
                ("24/7 contact points and the next meeting", Some("FAD"), 20),
            ],
            &orgs,
        ),
    };
    let id = meetings::insert(conn, &meeting, chair).await?;
    audit(
        conn,
        Action::MeetingCreated,
        "meeting",
        id,
        format!("created {}", meeting.summary()),
    )
    .await?;
    let org_ids: Vec<Uuid> = orgs.iter().map(|o| o.id).collect();
    let accounts = meetings::accounts_of(conn, &org_ids).await?;
    let attendance: Vec<OrgAttendance> = orgs
        .iter()
        .map(|org| {
            let mut people: Vec<(String, String, Option<Uuid>)> = accounts
                .iter()
                .filter(|a| a.org_id == org.id)
                .map(|a| (a.name.clone(), String::new(), Some(a.id)))
                .collect();
            if org.code == "BRA" || org.code == "TZA" || org.code == "PHL" {
                people.push(("H.E. the Ambassador".into(), "Head of mission".into(), None));
            }
            OrgAttendance {
                organisation_id: org.id,
                attendance: if org.code == "MAR" {
                    Attendance::Excused
                } else {
                    Attendance::Present
                },
                people: if org.code == "MAR" {
                    Vec::new()
                } else {
                    people
                },
            }
        })
        .collect();
    if !meetings::set_attendance(conn, id, 1, &attendance).await? {
        bail!("the demo meeting changed while its attendance was recorded");
    }
    audit(
        conn,
        Action::MeetingAttendanceRecorded,
        "meeting",
        id,
        "attendance recorded".into(),
    )
    .await?;
    if !meetings::save_minutes(conn, id, 1, MINUTES).await? {
        bail!("the demo meeting's minutes changed while they were written");
    }
    let mut decisions = Vec::new();
    for (body, _) in DECISIONS {
        if let Some((decision, number)) = meetings::add_decision(conn, id, body, chair).await? {
            audit(
                conn,
                Action::DecisionRecorded,
                "meeting",
                id,
                format!("recorded decision {number}"),
            )
            .await?;
            decisions.push(decision);
            records.decisions += 1;
        }
    }
    let step = (MinutesState::Draft, MinutesState::Circulated);
    if !meetings::move_minutes(conn, id, 2, step.0, step.1, chair).await? {
        bail!("the demo meeting's minutes could not be circulated");
    }
    meetings::add_remark(
        conn,
        id,
        RemarkKind::Comment,
        roster.get("BRA")?.user,
        "Please add that our consular duty phone takes referrals in Portuguese and English.",
    )
    .await?;
    audit(
        conn,
        Action::MinutesCommented,
        "meeting",
        id,
        "commented as BRA's demo user".into(),
    )
    .await?;
    let step = (MinutesState::Circulated, MinutesState::Approved);
    if !meetings::move_minutes(conn, id, 3, step.0, step.1, chair).await? {
        bail!("the demo meeting's minutes could not be approved");
    }
    let participants: Vec<Uuid> = meeting.participants.iter().map(|o| o.id).collect();
    let teller = Teller::demo("ATPC", chair);
    notices::minutes_moved(conn, &teller, id, &meeting.title, &participants, step.1).await?;
    audit(
        conn,
        Action::MinutesApproved,
        "meeting",
        id,
        "minutes approved".into(),
    )
    .await?;
    records.meetings += 1;

    let follow_up = MeetingFields {
        title: "Follow-up coordination meeting: progress on the decisions".into(),
        starts_at: at(7, 14, 0, now),
        ends_at: at(7, 16, 0, now),
        time_zone: chrono_tz::Asia::Bangkok,
        place: "Royal Thai Police headquarters, Bangkok, and online".into(),
        video_url: "https://meet.example.org/liaison-follow-up".into(),
        chair: "Deputy Commissioner-General, Royal Thai Police".into(),
        participants: orgs.clone(),
        agenda: agenda(
            &[
                (
                    "Open action items carried over from the last meeting",
                    Some("ATPC"),
                    45,
                ),
                ("Border referrals since the last meeting", Some("IMB"), 30),
                ("Rescues under way", Some("CIB"), 30),
            ],
            &orgs,
        ),
    };
    let next = meetings::insert(conn, &follow_up, chair).await?;
    audit(
        conn,
        Action::MeetingCreated,
        "meeting",
        next,
        format!("created {}", follow_up.summary()),
    )
    .await?;
    records.meetings += 1;
    Ok(decisions)
}
