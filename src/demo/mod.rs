//! The demo: the organisations of the meeting at Royal Thai Police headquarters, one demo user
//! each, and records that show the portal at work: contact points with a duty rota that covers
//! the hour the demo is started, and action items in every status with their timelines. Loaded
//! by `liaison seed-demo` and `liaison serve --demo`.
//!
//! The records are loaded only in the run that creates demo organisations, so running it
//! again duplicates nothing; everything is one transaction.

mod action_items;
mod agenda;
mod contacts;
mod embassies;
mod meetings;
mod police;
mod referrals;
mod rescue_requests;

pub use referrals::seed_bench as seed_bench_referrals;
pub use rescue_requests::seed_bench;

use anyhow::{anyhow, bail};
use chrono::Utc;
use chrono_tz::Tz;
use diesel_async::{AsyncConnection, AsyncPgConnection};
use secrecy::SecretString;
use uuid::Uuid;

use crate::audit::{Action, Author, Change};
use crate::auth::password::hash_now;
use crate::domain::{CountryCode, Email, OrgCode, OrgKind, PersonName};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::orgs::model::{self as orgs, NewOrganisation};
use crate::orgs::rules as org_rules;
use crate::personal::Keyring;
use crate::users::model::{self as users, NewUser};
use crate::users::rules as user_rules;

/// The organisations of the meeting at Royal Thai Police headquarters.
const DEMO_ORGS: [(&str, &str, OrgKind, Option<&str>); 16] = [
    (
        "ATPC",
        "Anti-Trafficking in Persons Centre",
        OrgKind::Coordinator,
        None,
    ),
    (
        "CIB",
        "Central Investigation Bureau",
        OrgKind::Coordinator,
        None,
    ),
    (
        "CCIB",
        "Cyber Crime Investigation Bureau",
        OrgKind::Coordinator,
        None,
    ),
    ("IMB", "Immigration Bureau", OrgKind::Coordinator, None),
    (
        "FAD",
        "Foreign Affairs Division",
        OrgKind::Coordinator,
        None,
    ),
    (
        "TCSC",
        "Technology Crime Prevention and Suppression Centre",
        OrgKind::Coordinator,
        None,
    ),
    ("BRA", "Embassy of Brazil", OrgKind::Country, Some("BR")),
    (
        "TZA",
        "Embassy of the United Republic of Tanzania",
        OrgKind::Country,
        Some("TZ"),
    ),
    (
        "RUS",
        "Embassy of the Russian Federation",
        OrgKind::Country,
        Some("RU"),
    ),
    (
        "PHL",
        "Embassy of the Philippines",
        OrgKind::Country,
        Some("PH"),
    ),
    ("MMR", "Embassy of Myanmar", OrgKind::Country, Some("MM")),
    (
        "LAO",
        "Embassy of the Lao People's Democratic Republic",
        OrgKind::Country,
        Some("LA"),
    ),
    ("IND", "Embassy of India", OrgKind::Country, Some("IN")),
    ("MAR", "Embassy of Morocco", OrgKind::Country, Some("MA")),
    (
        "CHN",
        "Embassy of the People's Republic of China",
        OrgKind::Country,
        Some("CN"),
    ),
    (
        "UNODC",
        "United Nations Office on Drugs and Crime",
        OrgKind::Observer,
        None,
    ),
];

pub struct DemoLogin {
    pub org: String,
    pub email: String,
    pub password: Option<String>,
    pub admin: bool,
}

/// What a run of [`seed`] did.
pub struct Seeded {
    /// One per demo organisation; a password only for an account created now.
    pub logins: Vec<DemoLogin>,
    /// The records loaded; None when every demo organisation existed already, so the records
    /// they have were kept and nothing was added.
    pub records: Option<Records>,
}

/// How many demo records were loaded, of each kind.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Records {
    pub contacts: usize,
    pub absences: usize,
    pub shifts: usize,
    pub action_items: usize,
    pub comments: usize,
    pub status_changes: usize,
    pub rescue_requests: usize,
    pub referrals: usize,
    pub meetings: usize,
    pub decisions: usize,
}

/// A demo organisation as the records refer to it: its demo user is who the records say
/// entered them.
struct DemoOrg {
    code: &'static str,
    id: Uuid,
    user: Uuid,
    tz: Tz,
}

/// The demo organisations, by code.
struct Roster(Vec<DemoOrg>);

impl Roster {
    fn get(&self, code: &str) -> anyhow::Result<&DemoOrg> {
        self.0
            .iter()
            .find(|org| org.code == code)
            .ok_or_else(|| anyhow!("the demo records name {code}, which is no demo organisation"))
    }
}

/// The audit event of a demo record: the command line's doing, one per record.
async fn audit(
    conn: &mut AsyncPgConnection,
    action: Action,
    target_type: &'static str,
    target_id: impl ToString,
    summary: String,
) -> Result<(), AppError> {
    let change = Change::new(
        action,
        target_type,
        target_id,
        format!("demo data: {summary}"),
    );
    Author::command_line().apply(conn, change).await
}

/// Records a change the organisation or account rules describe, as demo data.
async fn as_demo<T>(conn: &mut AsyncPgConnection, mut change: Change<T>) -> Result<T, AppError> {
    change.summary = format!("demo data: {}", change.summary);
    Author::command_line().apply(conn, change).await
}

/// Creates the demo organisations and one user each, skipping any that exist, and, when this
/// run created any organisation, the demo records. Passwords are random and printed once.
pub async fn seed(conn: &mut AsyncPgConnection, keys: &Keyring) -> anyhow::Result<Seeded> {
    // Check before creating anything: an account whose password is never printed is lost.
    for (code, _, _, country) in DEMO_ORGS {
        if let Some(country) = country
            && orgs::find_by_code(conn, code).await?.is_none()
            && orgs::country_taken(conn, country, None).await?
        {
            bail!(
                "Demo organisation {code} would stand for country {country}, but another organisation already does; nothing was loaded."
            );
        }
    }
    // All or nothing, for the same reason.
    conn.transaction::<_, anyhow::Error, _>(async |conn| seed_in(conn, keys).await)
        .await
}

/// The language a demo account reads the portal in, so the demo shows several: the
/// Immigration Bureau's checkpoint desk in Thai, the embassies in their own languages. The
/// others follow the browser.
fn demo_language(code: &str) -> Option<Lang> {
    match code {
        "IMB" => Some(Lang::Th),
        "BRA" => Some(Lang::PtBr),
        "RUS" => Some(Lang::Ru),
        "MAR" => Some(Lang::Ar),
        "CHN" => Some(Lang::ZhHans),
        _ => None,
    }
}

async fn seed_in(conn: &mut AsyncPgConnection, keys: &Keyring) -> anyhow::Result<Seeded> {
    let mut logins = Vec::new();
    let mut roster = Roster(Vec::new());
    let mut created_orgs = 0;
    for (code, name, kind, country) in DEMO_ORGS {
        let (org_id, tz) = match orgs::find_by_code(conn, code).await? {
            Some(org) => (org.id, org.tz()),
            None => {
                let new = NewOrganisation {
                    code: OrgCode::parse(code).map_err(|m| anyhow!(m))?,
                    name: name.to_owned(),
                    kind,
                    country: country
                        .map(CountryCode::parse)
                        .transpose()
                        .map_err(|m| anyhow!(m))?,
                    time_zone: crate::domain::TimeZone(chrono_tz::Asia::Bangkok),
                };
                created_orgs += 1;
                {
                    let change = org_rules::create(conn, &new).await?;
                    (as_demo(conn, change).await?, new.time_zone.0)
                }
            }
        };
        let email = Email::parse(&format!("{}@demo.liaison.test", code.to_lowercase()))
            .map_err(|m| anyhow!(m))?;
        let admin = code == "ATPC";
        // An existing account keeps its password; a new one gets a password printed once.
        let (user, password) = match users::find_id_by_email(conn, email.as_str()).await? {
            Some(user) => (user, None),
            None => {
                let password = demo_password();
                let secret = SecretString::from(password.clone());
                let hash = tokio::task::spawn_blocking(move || hash_now(&secret)).await??;
                let person =
                    PersonName::parse(&format!("{code} demo user")).map_err(|m| anyhow!(m))?;
                let new = NewUser {
                    email: email.clone(),
                    name: person,
                    organisation_id: org_id,
                    is_admin: admin,
                    password_hash: hash,
                    must_change_password: false,
                };
                let user = {
                    let change = user_rules::create(conn, &new, code).await?;
                    as_demo(conn, change).await?
                };
                if let Some(lang) = demo_language(code) {
                    users::set_language(conn, user, Some(lang.code())).await?;
                }
                (user, Some(password))
            }
        };
        logins.push(DemoLogin {
            org: code.to_owned(),
            email: email.to_string(),
            password,
            admin,
        });
        roster.0.push(DemoOrg {
            code,
            id: org_id,
            user,
            tz,
        });
    }
    if created_orgs == 0 {
        return Ok(Seeded {
            logins,
            records: None,
        });
    }
    let mut records = Records::default();
    let now = Utc::now();
    contacts::load(conn, &roster, now, &mut records).await?;
    let decisions = meetings::load(conn, &roster, now, &mut records).await?;
    action_items::load(conn, &roster, now, &mut records, &decisions).await?;
    rescue_requests::load(conn, &roster, keys, now, &mut records).await?;
    referrals::load(conn, &roster, keys, now, &mut records).await?;
    Ok(Seeded {
        logins,
        records: Some(records),
    })
}

/// Four groups of four letters and digits without look-alikes: easy to type from a screen.
fn demo_password() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    (0..4)
        .map(|_| {
            (0..4)
                .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("-")
}
