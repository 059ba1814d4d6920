//! The demo's rescue requests: fictional people (every name, number and story here is made up),
//! filed by embassies and coordinators, in different states of the workflow, two of them in one
//! operation and one a possible duplicate of another.

use anyhow::{anyhow, bail};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use diesel::{ExpressionMethods, NullableExpressionMethods, QueryDsl, TextExpressionMethods};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use super::{Records, Roster, audit};
use crate::audit::Action;
use crate::domain::rescue::{RescueStatus, Sex, Urgency};
use crate::notifications::Teller;
use crate::personal::Keyring;
use crate::rescue_requests::model::{self as rescue, NewEntry, Person, RequestFields, Situation};
use crate::rescue_requests::notices;
use crate::schema::rescue_areas;

struct DemoRequest {
    /// The organisation whose demo user files it.
    filer: &'static str,
    nationality: &'static str,
    name: &'static str,
    sex: Sex,
    born: Option<(i32, u32, u32)>,
    age: Option<u8>,
    passport: Option<&'static str>,
    area: &'static str,
    location: &'static str,
    compound: &'static str,
    recruitment: &'static str,
    urgency: Urgency,
    last_contact_days_ago: i64,
    /// The steps coordinators (or the country) took, with the fact each needed.
    steps: &'static [(&'static str, RescueStatus, &'static str)],
    /// Assigned to this Thai unit.
    unit: Option<&'static str>,
    in_operation: bool,
}

const REQUESTS: &[DemoRequest] = &[
    DemoRequest {
        filer: "BRA",
        nationality: "BR",
        name: "Lucas Andrade (fictional)",
        sex: Sex::Male,
        born: Some((1999, 3, 14)),
        age: None,
        passport: Some("FX000001"),
        area: "Myawaddy — KK Park",
        location: "Building 7 of a compound by the Moei river, messages from a borrowed phone",
        compound: "KK Park",
        recruitment: "A job offer for customer service in Bangkok, found on social media",
        urgency: Urgency::LifeAtRisk,
        last_contact_days_ago: 2,
        steps: &[("ATPC", RescueStatus::UnderReview, "")],
        unit: Some("CCIB"),
        in_operation: false,
    },
    DemoRequest {
        filer: "PHL",
        nationality: "PH",
        name: "Maria Santos (fictional)",
        sex: Sex::Female,
        born: None,
        age: Some(27),
        passport: Some("PX000002"),
        area: "Myawaddy — Shwe Kokko",
        location: "Third floor dormitory, near the main gate",
        compound: "",
        recruitment: "Recruited by a friend of a friend for a casino job",
        urgency: Urgency::Urgent,
        last_contact_days_ago: 5,
        steps: &[
            ("ATPC", RescueStatus::UnderReview, ""),
            (
                "ATPC",
                RescueStatus::Located,
                "Shwe Kokko, block C, confirmed by a released worker",
            ),
            ("ATPC", RescueStatus::RescueInProgress, ""),
        ],
        unit: Some("CIB"),
        in_operation: true,
    },
    DemoRequest {
        filer: "IND",
        nationality: "IN",
        name: "Arjun Mehta (fictional)",
        sex: Sex::Male,
        born: Some((1995, 11, 2)),
        age: None,
        passport: None,
        area: "Myawaddy — Shwe Kokko",
        location: "Same compound as other workers from Tamil Nadu",
        compound: "",
        recruitment: "An agency in Chennai promised data-entry work in Thailand",
        urgency: Urgency::Urgent,
        last_contact_days_ago: 9,
        steps: &[
            ("ATPC", RescueStatus::UnderReview, ""),
            ("ATPC", RescueStatus::Located, "Shwe Kokko, block C"),
            ("ATPC", RescueStatus::RescueInProgress, ""),
        ],
        unit: Some("CIB"),
        in_operation: true,
    },
    DemoRequest {
        filer: "TZA",
        nationality: "TZ",
        name: "Neema Mushi (fictional)",
        sex: Sex::Female,
        born: None,
        age: Some(31),
        passport: None,
        area: "Poipet",
        location: "Last seen at a hotel near the border crossing",
        compound: "",
        recruitment: "",
        urgency: Urgency::Routine,
        last_contact_days_ago: 20,
        steps: &[],
        unit: None,
        in_operation: false,
    },
    DemoRequest {
        filer: "RUS",
        nationality: "RU",
        name: "Dmitri Volkov (fictional)",
        sex: Sex::Male,
        born: Some((1990, 6, 30)),
        age: None,
        passport: Some("RX000003"),
        area: "Mae Sot / Tak",
        location: "Handed over at the Friendship Bridge",
        compound: "",
        recruitment: "Offered a marketing job by a contact on a messaging app",
        urgency: Urgency::Urgent,
        last_contact_days_ago: 30,
        steps: &[
            ("ATPC", RescueStatus::UnderReview, ""),
            ("ATPC", RescueStatus::Located, "Mae Sot holding centre"),
            ("ATPC", RescueStatus::RescueInProgress, ""),
            ("ATPC", RescueStatus::Rescued, ""),
            ("ATPC", RescueStatus::Repatriated, ""),
        ],
        unit: Some("IMB"),
        in_operation: false,
    },
    DemoRequest {
        filer: "ATPC",
        nationality: "BR",
        name: "Lucas Andrade (fictional)",
        sex: Sex::Male,
        born: Some((1999, 3, 14)),
        age: None,
        passport: Some("FX000001"),
        area: "Myawaddy — KK Park",
        location: "Reported by a released worker at the Mae Sot shelter",
        compound: "KK Park",
        recruitment: "",
        urgency: Urgency::Urgent,
        last_contact_days_ago: 3,
        steps: &[],
        unit: None,
        in_operation: false,
    },
    DemoRequest {
        filer: "CHN",
        nationality: "CN",
        name: "Wang Lei (fictional)",
        sex: Sex::Male,
        born: None,
        age: Some(24),
        passport: None,
        area: "Golden Triangle SEZ",
        location: "A phone number that stopped answering",
        compound: "",
        recruitment: "A gaming company's job post",
        urgency: Urgency::Routine,
        last_contact_days_ago: 60,
        steps: &[
            ("ATPC", RescueStatus::UnderReview, ""),
            (
                "ATPC",
                RescueStatus::UnableToLocate,
                "No trace after three weeks of enquiries with the SEZ police",
            ),
        ],
        unit: None,
        in_operation: false,
    },
];

pub(super) async fn load(
    conn: &mut AsyncPgConnection,
    roster: &Roster,
    keys: &Keyring,
    now: DateTime<Utc>,
    records: &mut Records,
) -> anyhow::Result<()> {
    let areas: Vec<(uuid::Uuid, String)> = rescue_areas::table
        .select((rescue_areas::id, rescue_areas::name))
        .load(conn)
        .await?;
    let today = now.date_naive();
    let operation = rescue::insert_operation(
        conn,
        "Operation Moei River (demo)",
        "Joint operation with the authorities across the border; planned from Mae Sot.",
        Some(today + Duration::days(3)),
        roster.get("ATPC")?.user,
    )
    .await?;
    audit(
        conn,
        Action::RescueOperationCreated,
        "rescue_operation",
        operation,
        "operation created".into(),
    )
    .await?;
    for demo in REQUESTS {
        let filer = roster.get(demo.filer)?;
        let area_id = areas
            .iter()
            .find(|(_, name)| name == demo.area)
            .map(|(id, _)| *id)
            .ok_or_else(|| {
                anyhow!(
                    "the demo names area {:?}, which is not in the list",
                    demo.area
                )
            })?;
        let fields = RequestFields {
            nationality: demo.nationality.to_owned(),
            urgency: demo.urgency,
            area_id,
            last_contact_on: Some(today - Duration::days(demo.last_contact_days_ago)),
            person: Person {
                full_name: demo.name.to_owned(),
                sex: demo.sex,
                date_of_birth: demo
                    .born
                    .and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
                approximate_age: demo.age,
                passport_number: demo.passport.map(str::to_owned),
                ..Person::default()
            },
            situation: Situation {
                last_known_location: demo.location.to_owned(),
                compound: demo.compound.to_owned(),
                recruitment: demo.recruitment.to_owned(),
                circumstances: String::new(),
            },
        };
        let (id, reference) = rescue::insert(conn, keys, &fields, filer.user, filer.id).await?;
        let said = reference.to_string();
        let teller = Teller::demo(filer.code, filer.user);
        notices::filed(conn, &teller, id, &said, demo.nationality).await?;
        audit(
            conn,
            Action::RescueRequestFiled,
            "rescue_request",
            id,
            format!("{reference}: filed for {}", demo.nationality),
        )
        .await?;
        records.rescue_requests += 1;
        let (mut status, mut version) = (RescueStatus::Submitted, 1);
        if let Some(unit) = demo.unit {
            let unit = roster.get(unit)?;
            if !rescue::assign(conn, id, version, Some(unit.id), None).await? {
                bail!("demo request {reference} changed while loading");
            }
            version += 1;
            rescue::add_event(
                conn,
                keys,
                id,
                roster.get("ATPC")?.user,
                NewEntry::Assigned,
                unit.code,
            )
            .await?;
        }
        for (by, to, fact) in demo.steps {
            let actor = roster.get(by)?;
            if status.step(*to).is_none() {
                bail!("demo request {reference}: {status} cannot move to {to}");
            }
            if !rescue::set_status(conn, id, version, *to).await? {
                bail!("demo request {reference} changed while loading");
            }
            version += 1;
            rescue::add_event(
                conn,
                keys,
                id,
                actor.user,
                NewEntry::Status {
                    from: status,
                    to: *to,
                },
                fact,
            )
            .await?;
            let teller = Teller::demo(actor.code, actor.user);
            notices::moved(conn, &teller, (id, &said), demo.nationality, *to).await?;
            audit(
                conn,
                Action::RescueRequestStatusChanged,
                "rescue_request",
                id,
                format!("{reference}: {} → {}", status.as_str(), to.as_str()),
            )
            .await?;
            status = *to;
        }
        if demo.in_operation {
            rescue::set_operation(conn, id, Some(operation)).await?;
        }
        // The demo's history starts days ago, as the last contact says.
        diesel::update(crate::schema::rescue_requests::table.find(id))
            .set(
                crate::schema::rescue_requests::created_at
                    .eq(now - Duration::days(demo.last_contact_days_ago.min(14))),
            )
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// `count` more fictional requests for the benchmark (`scripts/bench`), spread over the
/// demo's countries, areas and urgencies, each sealed like a real one and with its first
/// timeline entry: what a year of filings looks like to the list and the request page.
pub async fn seed_bench(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    count: usize,
) -> anyhow::Result<()> {
    use crate::schema::{organisations, users};
    use diesel_async::AsyncConnection as _;
    let areas: Vec<uuid::Uuid> = rescue_areas::table
        .select(rescue_areas::id)
        .load(conn)
        .await?;
    let filers: Vec<(uuid::Uuid, uuid::Uuid, String)> = users::table
        .inner_join(organisations::table)
        .filter(organisations::country_code.is_not_null())
        // Only the demo's accounts file them: never in the name of a real embassy.
        .filter(users::email.like("%@demo.liaison.test"))
        .select((
            users::id,
            organisations::id,
            organisations::country_code.assume_not_null(),
        ))
        .load(conn)
        .await?;
    if filers.is_empty() || areas.is_empty() {
        bail!("seed the demo first: the benchmark's requests are filed by the demo's embassies");
    }
    let urgencies = [
        Urgency::Routine,
        Urgency::Urgent,
        Urgency::Urgent,
        Urgency::LifeAtRisk,
    ];
    let mut done = 0;
    while done < count {
        let batch = (count - done).min(1_000);
        conn.transaction::<_, anyhow::Error, _>(async |conn| {
            for n in done..done + batch {
                let (user, org, country) = &filers[n % filers.len()];
                let fields = RequestFields {
                    nationality: country.clone(),
                    urgency: urgencies[n % urgencies.len()],
                    area_id: areas[n % areas.len()],
                    last_contact_on: None,
                    person: Person {
                        full_name: format!("Bench Person {n}"),
                        approximate_age: Some(20 + (n % 30) as u8),
                        passport_number: Some(format!("BX{n:07}")),
                        phones: vec!["+66812345678".into()],
                        ..Person::default()
                    },
                    situation: Situation {
                        last_known_location: format!("Benchmark location {n}"),
                        circumstances: "Benchmark circumstances, a paragraph long, as a family would describe them.".into(),
                        ..Situation::default()
                    },
                };
                rescue::insert(conn, keys, &fields, *user, *org).await?;
            }
            Ok(())
        })
        .await?;
        done += batch;
    }
    Ok(())
}
