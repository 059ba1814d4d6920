//! The demo: the organisations of the meeting at Royal Thai Police headquarters and one demo
//! user each, loaded by `liaison seed-demo` and `liaison serve --demo`.

use anyhow::{anyhow, bail};
use diesel_async::{AsyncConnection, AsyncPgConnection};
use secrecy::SecretString;

use crate::cli::{create_org, create_user, hash_off_thread};
use crate::domain::{CountryCode, Email, OrgCode, OrgKind, PersonName};
use crate::orgs::model::{self as orgs, NewOrganisation};
use crate::users::model::{self as users, NewUser};

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

/// Creates the demo organisations and one user each, skipping any that exist. Passwords are
/// random and printed once.
pub async fn seed(conn: &mut AsyncPgConnection) -> anyhow::Result<Vec<DemoLogin>> {
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
    conn.transaction::<_, anyhow::Error, _>(async |conn| seed_in(conn).await)
        .await
}

async fn seed_in(conn: &mut AsyncPgConnection) -> anyhow::Result<Vec<DemoLogin>> {
    let mut logins = Vec::new();
    for (code, name, kind, country) in DEMO_ORGS {
        let org_id = match orgs::find_by_code(conn, code).await? {
            Some(org) => org.id,
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
                create_org(conn, &new).await?
            }
        };
        let email = Email::parse(&format!("{}@demo.liaison.test", code.to_lowercase()))
            .map_err(|m| anyhow!(m))?;
        let admin = code == "ATPC";
        if users::email_taken(conn, &email, None).await? {
            logins.push(DemoLogin {
                org: code.to_owned(),
                email: email.to_string(),
                password: None,
                admin,
            });
            continue;
        }
        let password = demo_password();
        let hash = hash_off_thread(SecretString::from(password.clone())).await?;
        let person = PersonName::parse(&format!("{code} demo user")).map_err(|m| anyhow!(m))?;
        create_user(
            conn,
            NewUser {
                email: email.clone(),
                name: person,
                organisation_id: org_id,
                is_admin: admin,
                password_hash: hash,
                must_change_password: false,
            },
            code,
        )
        .await?;
        logins.push(DemoLogin {
            org: code.to_owned(),
            email: email.to_string(),
            password: Some(password),
            admin,
        });
    }
    Ok(logins)
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
