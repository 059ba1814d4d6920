//! The demo's border referrals: fictional travellers (every name and number here is made up)
//! stopped at the checkpoints, in every state. Some are filed hours ago and never
//! acknowledged: the scheduler of the first instance to start flags and escalates them, as it
//! would after a night with nobody answering.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use diesel::{ExpressionMethods, QueryDsl};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use super::{Records, Roster, audit};
use crate::audit::Action;
use crate::domain::referral::{Disposition, Itinerary, Outcome, Risk, TravelMode};
use crate::domain::rescue::Sex;
use crate::notifications::Teller;
use crate::personal::Keyring;
use crate::referrals::model::{self as referrals, NewEntry, ReferralFields, Traveller};
use crate::referrals::notices;
use crate::schema::{referral_checkpoints, referrals as table};

/// What happened to a demo referral after it was filed.
enum Then {
    /// Filed minutes ago, the deadline still ahead.
    Waiting,
    /// Filed long ago and never acknowledged: escalated by the scheduler at start.
    Unanswered,
    Acknowledged,
    Closed(Outcome),
}

struct DemoReferral {
    nationality: &'static str,
    name: &'static str,
    sex: Sex,
    passport: Option<&'static str>,
    checkpoint: &'static str,
    mode: TravelMode,
    itinerary: Itinerary,
    risks: &'static [Risk],
    disposition: Disposition,
    purpose: &'static str,
    destination: &'static str,
    minutes_ago: i64,
    then: Then,
}

const REFERRALS: &[DemoReferral] = &[
    DemoReferral {
        nationality: "LA",
        name: "Souksavanh Phommachanh (fictional)",
        sex: Sex::Female,
        passport: Some("PX000101"),
        checkpoint: "Mae Sot–Myawaddy Friendship Bridge 1",
        mode: TravelMode::Land,
        itinerary: Itinerary::NoItinerary,
        risks: &[
            Risk::JobOfferOnline,
            Risk::TravelPaidByOther,
            Risk::HighRiskDestination,
        ],
        disposition: Disposition::Held,
        purpose: "Says a friend found her a job in a casino",
        destination: "Myawaddy",
        minutes_ago: 8,
        then: Then::Waiting,
    },
    DemoReferral {
        nationality: "IN",
        name: "Arjun Mehta (fictional)",
        sex: Sex::Male,
        passport: Some("ZX000102"),
        checkpoint: "Mae Sot airport",
        mode: TravelMode::Air,
        itinerary: Itinerary::Unclear,
        risks: &[
            Risk::OneWay,
            Risk::NoAccommodation,
            Risk::InconsistentAnswers,
        ],
        disposition: Disposition::Continued,
        purpose: "Data-entry job offered on a messaging app",
        destination: "Mae Sot, then 'across the river'",
        minutes_ago: 600,
        then: Then::Unanswered,
    },
    DemoReferral {
        nationality: "PH",
        name: "Maria Santos (fictional)",
        sex: Sex::Female,
        passport: Some("PQ000103"),
        checkpoint: "Suvarnabhumi airport",
        mode: TravelMode::Air,
        itinerary: Itinerary::Unclear,
        risks: &[Risk::WithHandler, Risk::DocumentsHeld],
        disposition: Disposition::Held,
        purpose: "Tourism, but a man holds her passport",
        destination: "Tak province",
        minutes_ago: 25,
        then: Then::Acknowledged,
    },
    DemoReferral {
        nationality: "BR",
        name: "Gabriel Souza (fictional)",
        sex: Sex::Male,
        passport: Some("FX000104"),
        checkpoint: "Mae Sot–Myawaddy Friendship Bridge 2",
        mode: TravelMode::Land,
        itinerary: Itinerary::NoItinerary,
        risks: &[Risk::JobOfferOnline, Risk::OneWay],
        disposition: Disposition::Held,
        purpose: "Customer-service job found on social media",
        destination: "Myawaddy",
        minutes_ago: 2 * 24 * 60,
        then: Then::Closed(Outcome::TurnedBack),
    },
    DemoReferral {
        nationality: "RU",
        name: "Dmitri Volkov (fictional)",
        sex: Sex::Male,
        passport: None,
        checkpoint: "Phu Nam Ron / Kanchanaburi",
        mode: TravelMode::Land,
        itinerary: Itinerary::Clear,
        risks: &[Risk::HighRiskDestination],
        disposition: Disposition::Continued,
        purpose: "Visiting Dawei port for business",
        destination: "Dawei",
        minutes_ago: 5 * 24 * 60,
        then: Then::Closed(Outcome::ContinuesWithAdvice),
    },
    DemoReferral {
        nationality: "VN",
        name: "Nguyen Van An (fictional)",
        sex: Sex::Male,
        passport: Some("CX000106"),
        checkpoint: "Three Pagodas Pass / Sangkhla Buri",
        mode: TravelMode::Land,
        itinerary: Itinerary::NoItinerary,
        risks: &[Risk::WithHandler, Risk::TravelPaidByOther],
        disposition: Disposition::Held,
        purpose: "Recruited for 'online marketing'",
        destination: "Payathonzu",
        minutes_ago: 40,
        then: Then::Waiting,
    },
];

/// The embassy member who answers a demo referral: its country's demo organisation.
fn embassy_of(nationality: &str) -> Option<&'static str> {
    Some(match nationality {
        "LA" => "LAO",
        "IN" => "IND",
        "PH" => "PHL",
        "BR" => "BRA",
        "RU" => "RUS",
        _ => return None,
    })
}

pub(super) async fn load(
    conn: &mut AsyncPgConnection,
    roster: &Roster,
    keys: &Keyring,
    now: DateTime<Utc>,
    records: &mut Records,
) -> anyhow::Result<()> {
    let imb = roster.get("IMB")?;
    let checkpoints: Vec<(uuid::Uuid, String)> = referral_checkpoints::table
        .select((referral_checkpoints::id, referral_checkpoints::name))
        .load(conn)
        .await?;
    let policy = referrals::policy(conn).await?;
    for demo in REFERRALS {
        let checkpoint = checkpoints
            .iter()
            .find(|(_, name)| name == demo.checkpoint)
            .map(|(id, _)| *id)
            .ok_or_else(|| anyhow::anyhow!("no checkpoint {}", demo.checkpoint))?;
        let fields = ReferralFields {
            nationality: demo.nationality.into(),
            checkpoint_id: checkpoint,
            travel_mode: demo.mode,
            itinerary: demo.itinerary,
            risks: demo.risks.to_vec(),
            disposition: demo.disposition,
            traveller: Traveller {
                full_name: demo.name.into(),
                passport_number: demo.passport.map(str::to_owned),
                date_of_birth: NaiveDate::from_ymd_opt(1998, 6, 1),
                sex: demo.sex,
                phone: None,
                purpose: demo.purpose.into(),
                destination: demo.destination.into(),
            },
        };
        let minutes = policy.minutes_for(demo.disposition);
        let (id, reference) =
            referrals::insert(conn, keys, &fields, minutes, imb.user, imb.id).await?;
        let teller = Teller::demo(imb.code, imb.user);
        notices::filed(conn, &teller, id, &reference.to_string(), demo.nationality).await?;
        // Filed back then: its deadline (and the scheduler's next look) move with it.
        let filed = now - Duration::minutes(demo.minutes_ago);
        let due = filed + Duration::minutes(i64::from(minutes));
        diesel::update(table::table.find(id))
            .set((
                table::created_at.eq(filed),
                table::updated_at.eq(filed),
                table::ack_due_at.eq(due),
                table::next_step_at.eq(due),
                table::sort_key.eq(due.timestamp()),
            ))
            .execute(conn)
            .await?;
        audit(
            conn,
            Action::ReferralFiled,
            "referral",
            id,
            format!("{reference}: filed for {}", demo.nationality),
        )
        .await?;
        let answered = matches!(demo.then, Then::Acknowledged | Then::Closed(_));
        if let (true, Some(code)) = (answered, embassy_of(demo.nationality)) {
            let embassy = roster.get(code)?;
            let row = table::table
                .find(id)
                .select(<referrals::ReferralRow as diesel::SelectableHelper<
                    diesel::pg::Pg,
                >>::as_select())
                .first::<referrals::ReferralRow>(conn)
                .await?;
            let estimate = now + Duration::minutes(45);
            referrals::acknowledge(conn, &row, embassy.user, estimate).await?;
            notices::acknowledged(conn, &Teller::demo(embassy.code, embassy.user), &row).await?;
            referrals::add_event(
                conn,
                keys,
                id,
                Some(embassy.user),
                NewEntry::Acknowledged,
                "",
            )
            .await?;
            if let Then::Closed(outcome) = demo.then {
                let row = table::table
                    .find(id)
                    .select(<referrals::ReferralRow as diesel::SelectableHelper<
                        diesel::pg::Pg,
                    >>::as_select())
                    .first::<referrals::ReferralRow>(conn)
                    .await?;
                referrals::close(conn, &row, Some(outcome)).await?;
                referrals::add_event(
                    conn,
                    keys,
                    id,
                    Some(embassy.user),
                    NewEntry::Outcome(outcome),
                    "",
                )
                .await?;
            }
        }
        records.referrals += 1;
    }
    Ok(())
}

/// Benchmark data (`seed-bench --referrals N`): fictional travellers referred by the demo's
/// Immigration Bureau, sealed like real ones; `scripts/bench` then spreads their dates and
/// answers over two years.
pub async fn seed_bench(
    conn: &mut AsyncPgConnection,
    keys: &Keyring,
    count: usize,
) -> anyhow::Result<()> {
    use crate::schema::{organisations, users};
    use diesel_async::AsyncConnection as _;
    let filer: Option<(uuid::Uuid, uuid::Uuid)> = users::table
        .inner_join(organisations::table)
        .filter(organisations::code.eq("IMB"))
        .filter(users::email.eq("imb@demo.liaison.test"))
        .select((users::id, organisations::id))
        .first(conn)
        .await
        .ok();
    let Some((user, org)) = filer else {
        anyhow::bail!(
            "seed the demo first: the benchmark's referrals are filed by its Immigration Bureau"
        );
    };
    let checkpoints: Vec<uuid::Uuid> = referral_checkpoints::table
        .select(referral_checkpoints::id)
        .load(conn)
        .await?;
    // The demo's embassies, and one nationality with none on the portal.
    const NATIONALITIES: [&str; 10] = ["LA", "MM", "IN", "PH", "BR", "CN", "RU", "TZ", "MA", "VN"];
    let mut done = 0;
    while done < count {
        let batch = (count - done).min(1_000);
        conn.transaction::<_, anyhow::Error, _>(async |conn| {
            for n in done..done + batch {
                let fields = ReferralFields {
                    nationality: NATIONALITIES[n % NATIONALITIES.len()].into(),
                    checkpoint_id: checkpoints[n % checkpoints.len()],
                    travel_mode: if n % 4 == 0 {
                        TravelMode::Air
                    } else {
                        TravelMode::Land
                    },
                    itinerary: Itinerary::ALL[n % 3],
                    risks: vec![Risk::ALL[n % 8], Risk::ALL[(n / 8) % 8]],
                    disposition: Disposition::ALL[n % 2],
                    traveller: Traveller {
                        full_name: format!("Bench Traveller {n}"),
                        passport_number: Some(format!("TX{n:07}")),
                        sex: Sex::ALL[n % 3],
                        purpose: "Benchmark purpose".into(),
                        destination: "Benchmark destination".into(),
                        ..Traveller::default()
                    },
                };
                let minutes = if n % 2 == 0 { 30 } else { 240 };
                referrals::insert(conn, keys, &fields, minutes, user, org).await?;
            }
            Ok(())
        })
        .await?;
        done += batch;
    }
    Ok(())
}
