//! The demo's contact points: who each organisation answers with, when, in which languages,
//! a few absences, and the police units' duty rota from the current shift on, so "who to call
//! now" has an answer at whatever hour the demo is started.

use anyhow::{Context, anyhow};
use chrono::{DateTime, Duration, NaiveTime, TimeZone as _, Utc, Weekday};
use chrono_tz::Tz;
use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use super::{Records, Roster, audit};
use crate::audit::Action;
use crate::contacts::availability::{Absence, Shift, WeeklyWindow, format_local_time};
use crate::contacts::model::{self as contacts, ContactFields, Handle};
use crate::domain::Phone;

/// A contact point as the demo writes it: phones as people type them, hours as "08:30".
pub(super) struct DemoContact {
    pub org: &'static str,
    pub name: &'static str,
    pub position: &'static str,
    pub phones: &'static [&'static str],
    pub email: Option<&'static str>,
    /// (service, handle), the service as stored (`line`, `whatsapp`, `signal`, `telegram`).
    pub handles: &'static [(&'static str, &'static str)],
    /// ISO 639-1 codes.
    pub languages: &'static [&'static str],
    /// 1 = call first.
    pub order: i32,
    /// The zone its hours and absences are written in.
    pub zone: Tz,
    pub hours: Hours,
    /// Takes turns on its organisation's duty rota.
    pub on_rota: bool,
    /// Absent from this many days after today (in its zone) to that many, both included.
    pub absent: Option<(i64, i64)>,
}

/// The fields most entries share; each entry names its own hours.
pub(super) const BANGKOK: DemoContact = DemoContact {
    org: "",
    name: "",
    position: "",
    phones: &[],
    email: None,
    handles: &[],
    languages: &["th", "en"],
    order: 1,
    zone: chrono_tz::Asia::Bangkok,
    hours: Hours::Always,
    on_rota: false,
    absent: None,
};

pub(super) enum Hours {
    /// A line answered 24/7.
    Always,
    /// Monday to Friday, from and to local time ("08:30", "16:30").
    Weekdays(&'static str, &'static str),
}

const WEEKDAYS: [Weekday; 5] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
];

impl DemoContact {
    /// The fields as the contact form would have parsed them.
    pub(super) fn fields(&self) -> anyhow::Result<ContactFields> {
        let phones = self
            .phones
            .iter()
            .map(|p| Phone::parse(p).map_err(|m| anyhow!("{}: phone {p}: {m}", self.name)))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let (always_available, hours) = match self.hours {
            Hours::Always => (true, Vec::new()),
            Hours::Weekdays(from, to) => {
                let (from, to) = (time(from)?, time(to)?);
                let windows = WEEKDAYS
                    .into_iter()
                    .map(|day| WeeklyWindow::new(day, from, to).map_err(|m| anyhow!(m)))
                    .collect::<anyhow::Result<Vec<_>>>()?;
                (false, windows)
            }
        };
        Ok(ContactFields {
            name: self.name.to_owned(),
            position: self.position.to_owned(),
            phones,
            email: self.email.map(str::to_owned),
            handles: self
                .handles
                .iter()
                .map(|(service, handle)| Handle {
                    service: (*service).to_owned(),
                    handle: (*handle).to_owned(),
                })
                .collect(),
            languages: self.languages.iter().map(|l| (*l).to_owned()).collect(),
            escalation_order: self.order,
            time_zone: self.zone,
            always_available,
            hours,
        })
    }

    /// Its absence, on dates counted from today in its own zone.
    pub(super) fn absence(&self, now: DateTime<Utc>) -> anyhow::Result<Option<Absence>> {
        let Some((from, to)) = self.absent else {
            return Ok(None);
        };
        let today = now.with_timezone(&self.zone).date_naive();
        Absence::new(today + Duration::days(from), today + Duration::days(to))
            .map(Some)
            .map_err(|m| anyhow!("{}: {m}", self.name))
    }
}

fn time(hh_mm: &str) -> anyhow::Result<NaiveTime> {
    NaiveTime::parse_from_str(hh_mm, "%H:%M").with_context(|| format!("demo hours {hh_mm:?}"))
}

/// Every demo contact point, police units first.
pub(super) fn all() -> impl Iterator<Item = &'static DemoContact> {
    super::police::CONTACTS
        .iter()
        .chain(super::embassies::CONTACTS.iter())
}

/// Handovers at 08:00 and 20:00 local time: day and night shifts of twelve hours.
const HANDOVER_HOURS: [u32; 2] = [8, 20];
/// How far ahead of the running shift the rota is drawn up.
const ROTA_DAYS: i64 = 7;

/// The shifts from the one running at `now` until `ROTA_DAYS` later, the officers taking turns
/// in the order given. Handovers are local times, so a rota abroad keeps its wall clock.
pub(super) fn rota(now: DateTime<Utc>, zone: Tz, officers: &[Uuid]) -> anyhow::Result<Vec<Shift>> {
    if officers.is_empty() {
        return Ok(Vec::new());
    }
    let today = now.with_timezone(&zone).date_naive();
    // Every handover from yesterday until after the rota's end, in order.
    let handovers: Vec<DateTime<Utc>> = (-1..=ROTA_DAYS + 1)
        .flat_map(|day| {
            HANDOVER_HOURS.map(|hour| (today + Duration::days(day)).and_hms_opt(hour, 0, 0))
        })
        .map(|local| {
            local
                .and_then(|local| zone.from_local_datetime(&local).earliest())
                .map(|at| at.with_timezone(&Utc))
                .ok_or_else(|| anyhow!("no handover time in {zone} around {today}"))
        })
        .collect::<anyhow::Result<_>>()?;
    let first = handovers
        .iter()
        .rposition(|at| *at <= now)
        .ok_or_else(|| anyhow!("no handover before now"))?;
    let until = now + Duration::days(ROTA_DAYS);
    handovers[first..]
        .windows(2)
        .take_while(|pair| pair[0] < until)
        .zip(officers.iter().cycle())
        .map(|(pair, officer)| Shift::new(*officer, pair[0], pair[1]).map_err(|m| anyhow!(m)))
        .collect()
}

/// Inserts every demo contact point with its absence, then the police units' rota, each with
/// its audit event.
pub(super) async fn load(
    conn: &mut AsyncPgConnection,
    roster: &Roster,
    now: DateTime<Utc>,
    records: &mut Records,
) -> anyhow::Result<()> {
    // (organisation code, its officers on the rota in turn order)
    let mut rotas: Vec<(&str, Vec<(Uuid, &str)>)> = Vec::new();
    for contact in all() {
        let org = roster.get(contact.org)?;
        let fields = contact.fields()?;
        let id = contacts::insert(conn, org.id, &fields, org.user).await?;
        audit(
            conn,
            Action::ContactCreated,
            "contact_point",
            id,
            format!(
                "added {:?} ({}) to {}'s contact points",
                contact.name, contact.position, org.code
            ),
        )
        .await?;
        records.contacts += 1;
        if let Some(absence) = contact.absence(now)? {
            contacts::add_absence(conn, id, &absence).await?;
            audit(
                conn,
                Action::ContactAbsenceAdded,
                "contact_point",
                id,
                format!(
                    "{:?} absent {} to {}",
                    contact.name, absence.from, absence.to
                ),
            )
            .await?;
            records.absences += 1;
        }
        if contact.on_rota {
            match rotas.iter_mut().find(|(code, _)| *code == contact.org) {
                Some((_, officers)) => officers.push((id, contact.name)),
                None => rotas.push((contact.org, vec![(id, contact.name)])),
            }
        }
    }
    for (code, officers) in rotas {
        let org = roster.get(code)?;
        let ids: Vec<Uuid> = officers.iter().map(|(id, _)| *id).collect();
        for shift in rota(now, org.tz, &ids)? {
            let id = contacts::add_shift(conn, org.id, &shift, org.user).await?;
            let name = officers
                .iter()
                .find(|(id, _)| *id == shift.contact_id)
                .map_or("", |(_, name)| name);
            audit(
                conn,
                Action::DutyShiftAdded,
                "duty_shift",
                id,
                format!(
                    "{}: {name:?} on call {} to {}",
                    org.code,
                    format_local_time(shift.starts_at, org.tz),
                    format_local_time(shift.ends_at, org.tz)
                ),
            )
            .await?;
            records.shifts += 1;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Email;
    use crate::domain::languages::name_of;

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    #[test]
    fn every_entry_is_what_the_contact_form_accepts() {
        let now = utc(2026, 12, 1, 5, 0);
        for contact in all() {
            let fields = contact.fields().unwrap();
            assert!(
                !fields.phones.is_empty(),
                "{}: a number to call",
                contact.name
            );
            assert!(fields.phones.len() <= 5, "{}", contact.name);
            for (typed, phone) in contact.phones.iter().zip(&fields.phones) {
                let digits: String = typed.chars().filter(|c| c.is_ascii_digit()).collect();
                assert_eq!(
                    phone.as_str(),
                    format!("+{digits}"),
                    "{}: {typed} is written in international form",
                    contact.name
                );
            }
            if let Some(email) = contact.email {
                assert_eq!(Email::parse(email).unwrap().as_str(), email);
                let domain = email.rsplit('@').next().unwrap();
                assert!(
                    domain.ends_with(".test") || domain.ends_with(".example"),
                    "{email}: only reserved domains"
                );
            }
            for (service, handle) in contact.handles {
                assert!(
                    contacts::SERVICES.iter().any(|(key, _)| key == service),
                    "{}: {service}",
                    contact.name
                );
                assert!(!handle.trim().is_empty() && handle.len() <= 100);
            }
            assert!(!contact.languages.is_empty());
            for language in contact.languages {
                assert!(name_of(language).is_some(), "{}: {language}", contact.name);
            }
            assert!((1..=99).contains(&contact.order));
            assert!(contact.name.len() <= 200 && contact.position.len() <= 200);
            // An absence never lies in the past, or the directory would hide it.
            if let Some(absence) = contact.absence(now).unwrap() {
                assert!(absence.to >= now.with_timezone(&contact.zone).date_naive());
            }
        }
    }

    #[test]
    fn every_organisation_has_entries_and_the_police_units_a_rota() {
        for (code, _, kind, _) in super::super::DEMO_ORGS {
            let entries: Vec<_> = all().filter(|c| c.org == code).collect();
            assert!(!entries.is_empty(), "{code} has contact points");
            let officers = entries.iter().filter(|c| c.on_rota).count();
            if kind == crate::domain::OrgKind::Coordinator {
                assert!(officers >= 2, "{code}: officers take turns");
                // Nobody on the rota is away: the rota would have a hole.
                assert!(entries.iter().all(|c| !(c.on_rota && c.absent.is_some())));
            } else {
                assert_eq!(officers, 0, "{code}: only police units keep a rota");
            }
        }
        assert!(all().all(|c| super::super::DEMO_ORGS.iter().any(|o| o.0 == c.org)));
        assert!(all().filter(|c| c.absent.is_some()).count() >= 2);
        assert!(all().any(|c| c.zone != chrono_tz::Asia::Bangkok));
    }

    #[test]
    fn the_rota_starts_with_the_running_shift_and_hands_over_without_gaps() {
        let officers = [Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3)];
        // 03:10 in Bangkok: the night shift began at 20:00 the day before.
        let now = utc(2026, 12, 1, 20, 10);
        let shifts = rota(now, chrono_tz::Asia::Bangkok, &officers).unwrap();
        assert_eq!(shifts[0].starts_at, utc(2026, 12, 1, 13, 0));
        assert_eq!(shifts[0].ends_at, utc(2026, 12, 2, 1, 0));
        assert!(shifts[0].is_active(now));
        for pair in shifts.windows(2) {
            assert_eq!(pair[0].ends_at, pair[1].starts_at, "no gap, no overlap");
            assert_ne!(pair[0].contact_id, pair[1].contact_id, "turns change");
        }
        assert_eq!(shifts[3].contact_id, officers[0], "the officers take turns");
        let last = shifts.last().unwrap();
        assert!(last.ends_at >= now + Duration::days(ROTA_DAYS));
        assert!(last.starts_at < now + Duration::days(ROTA_DAYS));
        // The running shift and the fourteen that start in the next seven days.
        assert_eq!(shifts.len(), 15);

        // On a handover the new shift is the running one.
        let handover = utc(2026, 12, 2, 1, 0);
        let shifts = rota(handover, chrono_tz::Asia::Bangkok, &officers).unwrap();
        assert_eq!(shifts[0].starts_at, handover);
        assert!(rota(now, chrono_tz::Asia::Bangkok, &[]).unwrap().is_empty());
    }

    #[test]
    fn a_rota_abroad_keeps_its_wall_clock_across_daylight_saving() {
        let officer = [Uuid::from_u128(1)];
        // London leaves summer time on Sunday 25 October 2026.
        let now = utc(2026, 10, 23, 12, 0);
        let shifts = rota(now, chrono_tz::Europe::London, &officer).unwrap();
        for shift in &shifts {
            let local = shift.starts_at.with_timezone(&chrono_tz::Europe::London);
            assert!(HANDOVER_HOURS.contains(&chrono::Timelike::hour(&local)));
        }
        assert!(
            shifts
                .iter()
                .any(|s| s.ends_at - s.starts_at == Duration::hours(13))
        );
    }
}
