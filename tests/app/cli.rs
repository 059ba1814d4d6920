//! The `liaison` binary run as an operator would: each test runs the real executable against
//! its own database and checks the exit code, what it printed and what it left in the
//! database, unhappy paths included.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use liaison::config::DatabaseUrl;
use reqwest::StatusCode;
use uuid::Uuid;

use crate::helpers::{TestApp, cleanup_sql, count_in, server_url};

/// No command of these tests should take longer; a hung one fails instead of blocking the run.
const TIMEOUT: Duration = Duration::from_secs(60);

/// A password that meets the policy and is on no common list.
const GOOD_PASSWORD: &str = "violet tractor pebble harbour";

/// What one run of the binary did.
#[derive(Debug)]
pub(crate) struct Run {
    /// None when the process was ended by a signal.
    pub(crate) code: Option<i32>,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Run {
    #[track_caller]
    pub(crate) fn assert_success(&self) {
        assert_eq!(self.code, Some(0), "expected success: {self:#?}");
    }

    /// Refused by the program itself (not by the argument parser): exit code 1, nothing on
    /// stdout, and `needles` on stderr.
    #[track_caller]
    fn assert_refused(&self, needles: &[&str]) {
        assert_eq!(self.code, Some(1), "expected a refusal: {self:#?}");
        assert!(
            self.stdout.is_empty(),
            "a refusal prints nothing on stdout: {self:#?}"
        );
        for needle in needles {
            assert!(
                self.stderr.contains(needle),
                "expected {needle:?} on stderr: {self:#?}"
            );
        }
    }

    /// An error of the argument parser: exit code 2, nothing on stdout, a pointer to `--help`
    /// and `needles` on stderr. (Clap adds a `Usage:` line for missing or unknown arguments,
    /// not for invalid values; callers check it where it belongs.)
    #[track_caller]
    fn assert_usage_error(&self, needles: &[&str]) {
        assert_eq!(self.code, Some(2), "expected a usage error: {self:#?}");
        assert!(
            self.stdout.is_empty(),
            "usage errors go to stderr: {self:#?}"
        );
        assert!(
            self.stderr.contains("try '--help'"),
            "expected a pointer to --help: {self:#?}"
        );
        for needle in needles {
            assert!(
                self.stderr.contains(needle),
                "expected {needle:?} on stderr: {self:#?}"
            );
        }
    }
}

/// Runs `liaison ARGS` with DATABASE_URL set to `database_url` and `stdin` (if any) piped to
/// it, killing it after `timeout`.
async fn liaison_with_timeout(
    database_url: &str,
    args: &[&str],
    stdin: Option<&str>,
    timeout: Duration,
) -> Run {
    let key = Some(crate::helpers::TEST_DATA_KEY.as_str());
    liaison_keyed(database_url, args, stdin, timeout, key).await
}

/// [`liaison`] with `data_key` as LIAISON_DATA_KEY (None: no key at all).
async fn liaison_keyed(
    database_url: &str,
    args: &[&str],
    stdin: Option<&str>,
    timeout: Duration,
    data_key: Option<&str>,
) -> Run {
    let database_url = database_url.to_owned();
    let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    let stdin = stdin.map(str::to_owned);
    let data_key = data_key.map(str::to_owned);
    tokio::task::spawn_blocking(move || {
        run_blocking(&database_url, &args, stdin, timeout, data_key)
    })
    .await
    .expect("the runner thread does not panic")
}

pub(crate) async fn liaison(database_url: &str, args: &[&str], stdin: Option<&str>) -> Run {
    liaison_with_timeout(database_url, args, stdin, TIMEOUT).await
}

fn run_blocking(
    database_url: &str,
    args: &[String],
    stdin: Option<String>,
    timeout: Duration,
    data_key: Option<String>,
) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_liaison"));
    command
        .env_remove("LIAISON_DATA_KEY")
        .env_remove("LIAISON_DATA_KEY_FILE");
    if let Some(key) = data_key {
        command.env("LIAISON_DATA_KEY", key);
    }
    let mut child = command
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("LIAISON_LOG", "warn")
        .env("LIAISON_LOG_FORMAT", "text")
        // Should `serve` ever get past the database, it must not collide with anything.
        .env("LIAISON_BIND", "127.0.0.1:0")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the liaison binary starts");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().unwrap();
        // The program may exit before reading (for example on a usage error): ignore EPIPE.
        let _ = pipe.write_all(input.as_bytes());
        // Dropping the pipe closes it, so the program sees the end of its input.
    }
    // Drain both pipes in threads so a chatty child can never block on a full pipe.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let stdout = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let stderr = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let deadline = Instant::now() + timeout;
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for liaison") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "liaison {args:?} did not finish within {timeout:?}; stderr so far:\n{}",
                stderr.join().unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code(),
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

/// A database name no test has used, in the pattern the harness's stale-database cleanup
/// recognises (`liaison_test_db_<unix time>_<random>`), that is dropped when this goes out of
/// scope, even when the test fails.
struct ScratchDatabase {
    name: String,
    url: DatabaseUrl,
}

impl ScratchDatabase {
    fn new() -> ScratchDatabase {
        let name = format!(
            "liaison_test_db_{}_{}",
            chrono::Utc::now().timestamp(),
            &Uuid::new_v4().simple().to_string()[..12]
        );
        let url = server_url().with_database(&name);
        ScratchDatabase { name, url }
    }

    async fn exists(&self) -> bool {
        let maintenance = server_url().with_database("postgres");
        let query = format!(
            "SELECT count(*) FROM pg_database WHERE datname = '{}'",
            self.name
        );
        count_in(&maintenance, &query).await > 0
    }
}

impl Drop for ScratchDatabase {
    fn drop(&mut self) {
        cleanup_sql(
            server_url().with_database("postgres"),
            vec![format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            )],
        );
    }
}

// ---------------------------------------------------------------------------------------
// migrate

#[tokio::test]
async fn migrate_creates_a_missing_database_and_is_idempotent() {
    let scratch = ScratchDatabase::new();
    assert!(!scratch.exists().await, "the name is new");
    let migrations = migration_count();
    assert!(migrations > 0);

    let first = liaison(scratch.url.expose(), &["migrate"], None).await;
    first.assert_success();
    assert!(scratch.exists().await, "migrate created the database");
    assert!(
        first.stdout.contains(&scratch.name) && first.stdout.contains("is up to date"),
        "{first:#?}"
    );
    assert!(
        first
            .stdout
            .contains(&format!("({migrations} migrations applied now)")),
        "{first:#?}"
    );
    let tables = count_in(
        &scratch.url,
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename IN \
         ('organisations', 'users', 'sessions', 'audit_events', 'login_failures')",
    )
    .await;
    assert_eq!(tables, 5, "the application's tables exist");
    assert_eq!(
        count_in(
            &scratch.url,
            "SELECT count(*) FROM __diesel_schema_migrations"
        )
        .await,
        migrations
    );
    assert_eq!(
        count_in(&scratch.url, "SELECT count(*) FROM organisations").await,
        0,
        "migrate loads no data"
    );

    let second = liaison(scratch.url.expose(), &["migrate"], None).await;
    second.assert_success();
    assert!(
        second.stdout.contains("(0 migrations applied now)"),
        "{second:#?}"
    );
    assert_eq!(
        count_in(
            &scratch.url,
            "SELECT count(*) FROM __diesel_schema_migrations"
        )
        .await,
        migrations
    );

    let name = scratch.name.clone();
    drop(scratch);
    let maintenance = server_url().with_database("postgres");
    let left = count_in(
        &maintenance,
        &format!("SELECT count(*) FROM pg_database WHERE datname = '{name}'"),
    )
    .await;
    assert_eq!(left, 0, "the scratch database was dropped");
}

#[tokio::test]
async fn instances_starting_together_migrate_once() {
    let scratch = ScratchDatabase::new();
    let url = scratch.url.expose().to_owned();
    let runs =
        futures_util::future::join_all((0..3).map(|_| liaison(&url, &["migrate"], None))).await;
    for run in &runs {
        run.assert_success();
    }
    let applied: usize = runs
        .iter()
        .filter(|run| !run.stdout.contains("(0 migrations applied now)"))
        .count();
    assert_eq!(
        applied, 1,
        "one run migrates, the others find nothing to do: {runs:#?}"
    );
    assert_eq!(
        count_in(
            &scratch.url,
            "SELECT count(*) FROM __diesel_schema_migrations"
        )
        .await,
        migration_count()
    );
}

/// How many migrations the repository holds.
fn migration_count() -> i64 {
    std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_dir())
        .count() as i64
}

// ---------------------------------------------------------------------------------------
// org add

#[tokio::test]
async fn org_add_creates_an_organisation_with_an_audit_event() {
    let app = TestApp::spawn().await;
    let url = app.db_url.expose();
    let before = app.count("SELECT count(*) FROM organisations").await;

    // Lower case input is normalised: code and country are stored in upper case.
    let run = liaison(
        url,
        &[
            "org",
            "add",
            "--code",
            "khm",
            "--name",
            "Embassy of Cambodia",
            "--kind",
            "country",
            "--country",
            "kh",
        ],
        None,
    )
    .await;
    run.assert_success();
    assert!(
        run.stdout.contains("KHM") && run.stdout.contains("Embassy of Cambodia"),
        "{run:#?}"
    );
    assert_eq!(
        app.count(
            "SELECT count(*) FROM organisations WHERE code = 'KHM' AND name = 'Embassy of Cambodia' \
             AND kind = 'country' AND country_code = 'KH' AND active"
        )
        .await,
        1
    );
    assert_eq!(
        app.count(
            "SELECT count(*) FROM audit_events WHERE action = 'organisation.created' \
             AND actor_user_id IS NULL AND target_type = 'organisation' \
             AND target_id = (SELECT id::text FROM organisations WHERE code = 'KHM')"
        )
        .await,
        1,
        "the creation is in the audit log"
    );

    let run = liaison(
        url,
        &[
            "org",
            "add",
            "--code",
            "IOM",
            "--name",
            "International Organization for Migration",
            "--kind",
            "observer",
            "--time-zone",
            "Europe/Vienna",
        ],
        None,
    )
    .await;
    run.assert_success();
    assert!(run.stdout.contains("IOM"), "{run:#?}");
    assert_eq!(
        app.count(
            "SELECT count(*) FROM organisations WHERE code = 'IOM' AND kind = 'observer' \
             AND country_code IS NULL AND time_zone = 'Europe/Vienna'"
        )
        .await,
        1
    );
    assert_eq!(
        app.count("SELECT count(*) FROM organisations").await,
        before + 2
    );
}

#[tokio::test]
async fn org_add_refuses_duplicates_and_inconsistent_countries() {
    let app = TestApp::spawn().await;
    let url = app.db_url.expose();
    let before = app.count("SELECT count(*) FROM organisations").await;
    let audit_before = app.count("SELECT count(*) FROM audit_events").await;

    // (arguments after `org add`, what the refusal must mention)
    let cases: [(&[&str], &[&str]); 6] = [
        // A time zone that does not exist.
        (
            &[
                "--code",
                "KHM",
                "--name",
                "Embassy of Cambodia",
                "--kind",
                "country",
                "--country",
                "KH",
                "--time-zone",
                "Asia/Angkor",
            ],
            &["--time-zone", "Choose a time zone"],
        ),
        // A code that exists (the fixture BRA), given in lower case.
        (
            &[
                "--code",
                "bra",
                "--name",
                "Brazilian Federal Police",
                "--kind",
                "coordinator",
            ],
            &["BRA", "already exists"],
        ),
        // A country that another organisation already stands for.
        (
            &[
                "--code",
                "BRAZIL",
                "--name",
                "Another Brazil",
                "--kind",
                "country",
                "--country",
                "BR",
            ],
            &["already stands for country BR"],
        ),
        // A country organisation needs a country...
        (
            &[
                "--code",
                "KHM",
                "--name",
                "Embassy of Cambodia",
                "--kind",
                "country",
            ],
            &["--country", "country code"],
        ),
        // ... and only a country organisation has one.
        (
            &[
                "--code",
                "IOM",
                "--name",
                "International Organization for Migration",
                "--kind",
                "observer",
                "--country",
                "BR",
            ],
            &["--country", "Only country organisations have a country"],
        ),
        // A malformed code is refused with the rule.
        (
            &[
                "--code",
                "1BR",
                "--name",
                "Bad code",
                "--kind",
                "coordinator",
            ],
            &["--code", "starting with a letter"],
        ),
    ];
    for (arguments, mentions) in cases {
        let args: Vec<&str> = ["org", "add"].iter().chain(arguments).copied().collect();
        liaison(url, &args, None).await.assert_refused(mentions);
    }
    assert_eq!(
        app.count("SELECT count(*) FROM organisations WHERE code = 'BRA'")
            .await,
        1,
        "no second BRA"
    );

    // A kind outside the list is the argument parser's business: exit code 2.
    let run = liaison(
        url,
        &[
            "org", "add", "--code", "ROOT", "--name", "Root", "--kind", "admin",
        ],
        None,
    )
    .await;
    run.assert_usage_error(&["'admin'", "--kind", "coordinator", "country", "observer"]);

    assert_eq!(
        app.count("SELECT count(*) FROM organisations").await,
        before,
        "no refused command created an organisation"
    );
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events").await,
        audit_before,
        "nor an audit event"
    );
}

// ---------------------------------------------------------------------------------------
// user add

fn user_add<'a>(email: &'a str, org: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "user",
        "add",
        "--email",
        email,
        "--name",
        "Nadia Newcomer",
        "--org",
        org,
    ];
    args.extend_from_slice(extra);
    args
}

/// A refused `user add`: email, org, flags, standard input, what the message must mention.
type Refusal<'a> = (&'a str, &'a str, &'a [&'a str], &'a str, &'a [&'a str]);

#[tokio::test]
async fn user_add_refuses_bad_input_without_creating_anything() {
    let app = TestApp::spawn().await;
    let url = app.db_url.expose();
    let email = "nadia@bra.example.org";
    let users_before = app.count("SELECT count(*) FROM users").await;
    let audit_before = app.count("SELECT count(*) FROM audit_events").await;

    let cases: [Refusal; 10] = [
        // Passwords are never arguments: without --password-stdin the command says how.
        (email, "BRA", &[], GOOD_PASSWORD, &["--password-stdin"]),
        (
            email,
            "BRA",
            &["--password-stdin"],
            "short pass\n",
            &["at least 12 characters"],
        ),
        (
            email,
            "BRA",
            &["--password-stdin"],
            "passwordpassword\n",
            &["commonly used"],
        ),
        (
            email,
            "BRA",
            &["--password-stdin"],
            "my address is nadia@bra.example.org\n",
            &["email address"],
        ),
        // Nothing on standard input at all.
        (email, "BRA", &["--password-stdin"], "", &["No password"]),
        (
            "not-an-address",
            "BRA",
            &["--password-stdin"],
            GOOD_PASSWORD,
            &["--email"],
        ),
        // Only members of coordinator organisations may be administrators.
        (
            email,
            "BRA",
            &["--admin", "--password-stdin"],
            GOOD_PASSWORD,
            &["--admin", "coordinator", "BRA"],
        ),
        (
            email,
            "UNODC",
            &["--admin", "--password-stdin"],
            GOOD_PASSWORD,
            &["--admin", "UNODC"],
        ),
        (
            email,
            "xyz",
            &["--password-stdin"],
            GOOD_PASSWORD,
            &["--org", "XYZ", "org add"],
        ),
        // An address that a fixture account has, in another case.
        (
            "Member@BRA.test.org",
            "BRA",
            &["--password-stdin"],
            GOOD_PASSWORD,
            &["member@bra.test.org", "already exists"],
        ),
    ];
    for (address, org, flags, stdin, mentions) in cases {
        let run = liaison(url, &user_add(address, org, flags), Some(stdin)).await;
        run.assert_refused(mentions);
    }

    assert_eq!(
        app.count("SELECT count(*) FROM users").await,
        users_before,
        "no refused command created an account"
    );
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events").await,
        audit_before
    );
}

#[tokio::test]
async fn user_add_creates_an_account_that_can_sign_in() {
    let app = TestApp::spawn().await;
    let url = app.db_url.expose();
    let email = "nadia@bra.example.org";

    // The org code in lower case is accepted; the password line ends with CRLF, as when
    // piped from a Windows file.
    let run = liaison(
        url,
        &user_add("Nadia@BRA.example.org", "bra", &["--password-stdin"]),
        Some(&format!("{GOOD_PASSWORD}\r\n")),
    )
    .await;
    run.assert_success();
    assert!(
        run.stdout.contains(email) && run.stdout.contains("BRA"),
        "{run:#?}"
    );
    assert!(
        !run.stdout.contains("administrator"),
        "not an administrator: {run:#?}"
    );
    assert!(
        !run.stdout.contains(GOOD_PASSWORD) && !run.stderr.contains(GOOD_PASSWORD),
        "the password is never echoed: {run:#?}"
    );
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM users WHERE email = '{email}' AND name = 'Nadia Newcomer' \
             AND NOT is_admin AND NOT must_change_password AND active \
             AND organisation_id = (SELECT id FROM organisations WHERE code = 'BRA')"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM users WHERE email = '{email}' AND password_hash LIKE '$argon2id$%'"
        ))
        .await,
        1,
        "the password is stored as an Argon2id hash"
    );
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM audit_events WHERE action = 'user.created' \
             AND target_id = (SELECT id::text FROM users WHERE email = '{email}')"
        ))
        .await,
        1
    );

    // The stored hash is right: the account signs in over HTTP with that password, and not
    // with another.
    let wrong = app.client().login(email, "violet tractor pebble").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED, "{}", wrong.body);
    let page = app.client().login(email, GOOD_PASSWORD).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);

    // The same address again is refused, and the first account is untouched.
    let run = liaison(
        url,
        &user_add(email, "TZA", &["--password-stdin"]),
        Some("another fine long password"),
    )
    .await;
    run.assert_refused(&[email, "already exists"]);
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM users WHERE email = '{email}'"
        ))
        .await,
        1
    );
    let page = app.client().login(email, GOOD_PASSWORD).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);

    // An administrator in a coordinator organisation.
    let run = liaison(
        url,
        &user_add(
            "chief@ccib.example.org",
            "CCIB",
            &["--admin", "--password-stdin"],
        ),
        Some(GOOD_PASSWORD),
    )
    .await;
    run.assert_success();
    assert!(
        run.stdout
            .contains("administrator account chief@ccib.example.org"),
        "{run:#?}"
    );
    assert_eq!(
        app.count("SELECT count(*) FROM users WHERE email = 'chief@ccib.example.org' AND is_admin")
            .await,
        1
    );
}

// ---------------------------------------------------------------------------------------
// seed-demo

pub(crate) const DEMO_CODES: [&str; 16] = [
    "ATPC", "CIB", "CCIB", "IMB", "FAD", "TCSC", "BRA", "TZA", "RUS", "PHL", "MMR", "LAO", "IND",
    "MAR", "CHN", "UNODC",
];

/// The login lines of `seed-demo`'s output: (org, email, rest of the line).
pub(crate) fn demo_logins(stdout: &str) -> Vec<(String, String, String)> {
    stdout
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let org = words.next()?;
            let email = words.next()?;
            email.ends_with("@demo.liaison.test").then(|| {
                (
                    org.to_owned(),
                    email.to_owned(),
                    words.collect::<Vec<_>>().join(" "),
                )
            })
        })
        .collect()
}

fn is_demo_password(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 4
        && groups.iter().all(|g| {
            g.len() == 4
                && g.chars()
                    .all(|c| "abcdefghjkmnpqrstuvwxyz23456789".contains(c))
        })
}

#[tokio::test]
async fn seed_demo_loads_the_meeting_once_and_prints_working_logins() {
    let app = TestApp::spawn().await;
    let url = app.db_url.expose();
    let fixture_orgs = app.count("SELECT count(*) FROM organisations").await;
    let fixture_users = app.count("SELECT count(*) FROM users").await;
    assert_eq!(fixture_orgs, 5);
    let fixture_codes = ["ATPC", "CCIB", "BRA", "TZA", "UNODC"];

    let run = liaison(url, &["seed-demo"], None).await;
    run.assert_success();
    assert!(run.stdout.contains("Demo logins"), "{run:#?}");
    let logins = demo_logins(&run.stdout);
    let codes: Vec<&str> = logins.iter().map(|(org, _, _)| org.as_str()).collect();
    assert_eq!(
        codes, DEMO_CODES,
        "one login per demo organisation: {run:#?}"
    );
    for (org, email, rest) in &logins {
        assert_eq!(*email, format!("{}@demo.liaison.test", org.to_lowercase()));
        let password = rest.split_whitespace().next().unwrap_or_default();
        assert!(
            is_demo_password(password),
            "{org}: a fresh random password, not {rest:?}"
        );
        assert_eq!(
            rest.contains("[administrator]"),
            org == "ATPC",
            "{org}: only ATPC's demo user is an administrator"
        );
    }
    let passwords: std::collections::HashSet<&str> =
        logins.iter().map(|(_, _, rest)| rest.as_str()).collect();
    assert_eq!(passwords.len(), 16, "every password differs");

    // The fixture organisations were reused, the others added.
    let new_orgs = (DEMO_CODES.len() - fixture_codes.len()) as i64;
    assert_eq!(
        app.count("SELECT count(*) FROM organisations").await,
        fixture_orgs + new_orgs
    );
    assert_eq!(
        app.count("SELECT count(DISTINCT code) FROM organisations")
            .await,
        fixture_orgs + new_orgs
    );
    for code in DEMO_CODES {
        assert_eq!(
            app.count(&format!(
                "SELECT count(*) FROM organisations WHERE code = '{code}'"
            ))
            .await,
            1,
            "{code} exists once"
        );
    }
    assert_eq!(
        app.count("SELECT count(*) FROM organisations WHERE code = 'BRA' AND name = 'Embassy of Brazil' AND country_code = 'BR'")
            .await,
        1,
        "the fixture BRA is kept as it was"
    );
    assert_eq!(
        app.count(
            "SELECT count(*) FROM organisations WHERE code = 'PHL' AND kind = 'country' AND country_code = 'PH'"
        )
        .await,
        1
    );
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'organisation.created'")
            .await,
        new_orgs
    );
    assert_eq!(
        app.count("SELECT count(*) FROM users").await,
        fixture_users + 16
    );
    assert_eq!(
        app.count(
            "SELECT count(*) FROM users u JOIN organisations o ON o.id = u.organisation_id \
             WHERE u.email = 'bra@demo.liaison.test' AND o.code = 'BRA' \
             AND NOT u.is_admin AND NOT u.must_change_password"
        )
        .await,
        1,
        "BRA's demo user joined the existing BRA"
    );
    assert_eq!(
        app.count("SELECT count(*) FROM users WHERE email = 'atpc@demo.liaison.test' AND is_admin")
            .await,
        1
    );

    // A printed password signs in.
    let (_, bra_email, bra_rest) = logins.iter().find(|(org, _, _)| org == "BRA").unwrap();
    let bra_password = bra_rest.split_whitespace().next().unwrap();
    let page = app.client().login(bra_email, bra_password).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);

    // Again: nothing new, and existing accounts keep their passwords.
    let again = liaison(url, &["seed-demo"], None).await;
    again.assert_success();
    let logins = demo_logins(&again.stdout);
    assert_eq!(logins.len(), 16, "{again:#?}");
    for (org, _, rest) in &logins {
        assert!(
            rest.starts_with("(existing account, password unchanged)"),
            "{org}: {again:#?}"
        );
    }
    assert!(
        !again.stdout.contains(bra_password),
        "passwords are shown once"
    );
    assert_eq!(
        app.count("SELECT count(*) FROM organisations").await,
        fixture_orgs + new_orgs
    );
    assert_eq!(
        app.count("SELECT count(*) FROM users").await,
        fixture_users + 16
    );
    let page = app.client().login(bra_email, bra_password).await;
    assert_eq!(
        page.status,
        StatusCode::SEE_OTHER,
        "the password still works: {}",
        page.body
    );
}

/// When a demo organisation cannot be created (here: another organisation already stands for
/// Brazil under another code), seed-demo may skip it or refuse, but it must never leave demo
/// accounts behind whose passwords it did not print: nobody could ever sign in with them, and a
/// second run would only say "password unchanged".
#[tokio::test]
async fn seed_demo_never_creates_accounts_it_does_not_print() {
    let app = TestApp::spawn().await;
    app.sql("UPDATE organisations SET code = 'BRAZIL' WHERE code = 'BRA'")
        .await;

    let run = liaison(app.db_url.expose(), &["seed-demo"], None).await;
    let printed = demo_logins(&run.stdout)
        .into_iter()
        .filter(|(_, _, rest)| is_demo_password(rest.split_whitespace().next().unwrap_or("")))
        .count() as i64;
    let created = app
        .count("SELECT count(*) FROM users WHERE email LIKE '%@demo.liaison.test'")
        .await;
    assert_eq!(
        created, printed,
        "every demo account created has its password printed: {run:#?}"
    );
    match run.code {
        // Skipping is fine, if every account it did create was printed (above).
        Some(0) => {}
        Some(1) => assert!(
            run.stderr
                .contains("would stand for country BR, but another organisation already does"),
            "a refusal names the conflict: {run:#?}"
        ),
        other => panic!("seed-demo ended with {other:?}: {run:#?}"),
    }
}

// ---------------------------------------------------------------------------------------
// the server's log

/// The server as an operator runs it, logging JSON. A signed-out visitor sent to the sign-in
/// page, or a page that does not exist, is an ordinary answer, logged at INFO with its status,
/// never at ERROR (which pages an operator). When the database refuses connections, the
/// answer is 503 with `Retry-After`, and its log line names the cause.
#[tokio::test]
async fn the_log_tells_ordinary_answers_from_failures_and_names_the_cause() {
    let app = TestApp::spawn().await;
    // The test's own server (in-process) logs today's audit chain head at its first wake:
    // once it has, the day is marked undone again, for the instance started below.
    let started = Instant::now();
    while app
        .count("SELECT count(*) FROM audit_chain_state WHERE head_logged_on IS NULL")
        .await
        > 0
    {
        assert!(
            started.elapsed() < TIMEOUT,
            "the test server's scheduler did not wake"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    app.sql("UPDATE audit_chain_state SET head_logged_on = NULL")
        .await;
    let head = app
        .count("SELECT coalesce(max(id), 0) FROM audit_events")
        .await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .env("DATABASE_URL", app.db_url.expose())
        .env("LIAISON_LOG", "info")
        .env("LIAISON_LOG_FORMAT", "json")
        .env("LIAISON_DB_TIMEOUT_SECS", "1")
        .env("LIAISON_DATA_KEY", crate::helpers::TEST_DATA_KEY.as_str())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the liaison binary starts");
    let mut stderr = child.stderr.take().unwrap();
    let log = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + TIMEOUT;
    loop {
        let up = reqwest::get(format!("{base}/healthz")).await;
        if up.is_ok_and(|r| r.status() == StatusCode::OK) {
            break;
        }
        assert!(Instant::now() < deadline, "the server did not start");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The scheduler's first wake is at start: wait for it to have logged the head.
    while app
        .count("SELECT count(*) FROM audit_chain_state WHERE head_logged_on IS NULL")
        .await
        > 0
    {
        assert!(Instant::now() < deadline, "the scheduler did not wake");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let client = crate::helpers::Client::new(&base);
    let signed_out = client.get("/").await;
    let missing = client.get("/no-such-page").await;

    app.refuse_connections().await;
    let away = crate::helpers::Client::new(&base)
        .with_session_cookie("/login", "a-stale-session")
        .await;
    app.accept_connections().await;
    let _ = child.kill();
    let _ = child.wait();
    let log = log.join().unwrap();

    assert_eq!(signed_out.status, StatusCode::SEE_OTHER);
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(
        away.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        away.body
    );
    assert_eq!(away.headers["retry-after"], "5");
    away.assert_contains("Temporarily unavailable");
    let lines: Vec<serde_json::Value> = log
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect();
    let with_status = |status: u64| -> Vec<&serde_json::Value> {
        lines
            .iter()
            .filter(|l| l["status"].as_u64() == Some(status))
            .collect()
    };
    for status in [303, 404] {
        let found = with_status(status);
        assert!(!found.is_empty(), "a line for {status}:\n{log}");
        assert!(found.iter().all(|l| l["level"] == "INFO"), "{found:?}");
    }
    let failed = with_status(503);
    assert_eq!(failed.len(), 1, "{log}");
    let cause = failed[0]["error"].as_str().unwrap_or_default();
    assert!(
        cause.starts_with("database unavailable: ") && cause.len() > "database unavailable: ".len(),
        "the cause is named: {cause:?}"
    );
    assert_eq!(
        lines.iter().filter(|l| l["level"] == "ERROR").count(),
        1,
        "only the failure is an error:\n{log}"
    );
    // Once a day, the audit chain's head, for operators to keep outside the database.
    let heads: Vec<_> = lines
        .iter()
        .filter(|l| {
            l["message"]
                .as_str()
                .is_some_and(|m| m.starts_with("audit chain head"))
        })
        .collect();
    assert_eq!(heads.len(), 1, "{log}");
    assert_eq!(heads[0]["level"], "INFO");
    assert!(
        heads[0]["event"].as_i64().is_some_and(|e| e >= head),
        "{:?}",
        heads[0]
    );
    let hash = heads[0]["hash"].as_str().unwrap_or_default();
    assert!(
        hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
        "{hash}"
    );
}

// ---------------------------------------------------------------------------------------
// an unreachable database

#[tokio::test]
async fn serve_with_an_unreachable_database_fails_fast_with_advice() {
    // A password in the URL must not be printed.
    let url = "postgres://postgres:s3cret-pw@127.0.0.1:1/liaison";
    let started = Instant::now();
    let run = liaison_with_timeout(url, &["serve"], None, Duration::from_secs(20)).await;
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "gave up in {:?}",
        started.elapsed()
    );
    run.assert_refused(&[
        "could not reach PostgreSQL at postgres://postgres:***@127.0.0.1:1/liaison",
        "Set DATABASE_URL",
    ]);
    assert_eq!(
        run.stderr.matches("could not reach PostgreSQL").count(),
        1,
        "one message, not a cascade: {run:#?}"
    );
    assert!(
        !run.stderr.contains("s3cret-pw"),
        "the password is redacted: {run:#?}"
    );
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("backtrace"),
        "{run:#?}"
    );
}

#[tokio::test]
async fn other_commands_with_an_unreachable_database_give_the_same_advice() {
    let url = "postgres://postgres@127.0.0.1:1/liaison";
    for args in [
        vec!["migrate"],
        vec![
            "org",
            "add",
            "--code",
            "KHM",
            "--name",
            "Embassy of Cambodia",
            "--kind",
            "country",
            "--country",
            "KH",
        ],
        vec!["seed-demo"],
    ] {
        let run = liaison_with_timeout(url, &args, None, Duration::from_secs(20)).await;
        run.assert_refused(&["could not reach PostgreSQL", "DATABASE_URL"]);
    }
    let run = liaison_with_timeout(
        url,
        &user_add("nadia@bra.example.org", "BRA", &["--password-stdin"]),
        Some(GOOD_PASSWORD),
        Duration::from_secs(20),
    )
    .await;
    run.assert_refused(&["could not reach PostgreSQL", "DATABASE_URL"]);
}

/// PostgreSQL says `role "x" does not exist` for an unknown user: that is not a missing
/// database, and the message must name the database the operator configured, not the
/// maintenance database `postgres`.
#[tokio::test]
async fn a_missing_role_is_not_mistaken_for_a_missing_database() {
    let scratch = ScratchDatabase::new();
    let role = format!("no_such_role_{}", &Uuid::new_v4().simple().to_string()[..8]);
    let mut url = url::Url::parse(scratch.url.expose()).unwrap();
    url.set_username(&role).unwrap();
    let url = url.to_string();

    let run = liaison_with_timeout(&url, &["migrate"], None, Duration::from_secs(20)).await;
    run.assert_refused(&[
        &format!("could not reach PostgreSQL at {url} "),
        &format!("role \"{role}\" does not exist"),
        "DATABASE_URL",
    ]);
    assert!(
        !run.stderr.contains("/postgres "),
        "the message names the configured database: {run:#?}"
    );
    assert!(!scratch.exists().await, "nothing was created");
}

// ---------------------------------------------------------------------------------------
// bad arguments

#[tokio::test]
async fn bad_arguments_are_usage_errors() {
    // The database is never touched: a nowhere URL proves it.
    let url = "postgres://postgres@127.0.0.1:1/liaison";

    let run = liaison(url, &["frobnicate"], None).await;
    run.assert_usage_error(&["unrecognized subcommand 'frobnicate'", "Usage: liaison"]);

    let run = liaison(
        url,
        &["org", "add", "--name", "Nameless", "--kind", "observer"],
        None,
    )
    .await;
    run.assert_usage_error(&["--code <CODE>", "Usage: liaison org add"]);

    let run = liaison(url, &["user", "add", "--email", "a@b.example.org"], None).await;
    run.assert_usage_error(&["--name <NAME>", "--org <ORG>", "Usage: liaison user add"]);

    let run = liaison("not a url", &["migrate"], None).await;
    run.assert_usage_error(&["DATABASE_URL", "not a URL"]);

    let run = liaison(url, &["--help"], None).await;
    run.assert_success();
    // Each command on a line of its own in the list of commands.
    for command in ["serve", "migrate", "org", "user", "seed-demo"] {
        assert!(
            run.stdout
                .lines()
                .any(|line| line.trim_start().starts_with(&format!("{command} "))),
            "{command} in --help: {run:#?}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// the data key

/// Without a data key the server does not start (outside the demo), and says what to set.
#[tokio::test]
async fn serve_without_a_data_key_refuses_with_advice() {
    let app = TestApp::spawn().await;
    let run = liaison_keyed(
        app.db_url.expose(),
        &["serve"],
        None,
        Duration::from_secs(20),
        None,
    )
    .await;
    run.assert_refused(&["LIAISON_DATA_KEY", "openssl rand -base64 32"]);
}

/// Data sealed under a key the server does not hold stops it at start, naming the key id;
/// `rotate-data-key` with the new key first and the old one after re-seals everything, after
/// which the old key is no longer needed, and the pages still read the data.
#[tokio::test]
async fn a_missing_key_stops_the_server_and_a_rotation_moves_every_row_to_the_new_key() {
    let app = TestApp::spawn().await;
    let (bra, _, _) = app.seed_rescue_requests().await;
    // A referral too, with a sealed call note on its timeline.
    let referral = app
        .file_referral("BR", "Rafa Test Rotated", Some("FR200002"))
        .await;
    {
        let keys = crate::helpers::test_keys();
        let mut conn = app.conn().await;
        let coordinator = app.user_id("coordinator@ccib.test.org").await;
        let call = liaison::referrals::model::NewEntry::Call {
            channel: liaison::domain::referral::Channel::Phone,
            result: liaison::domain::referral::CallResult::NoAnswer,
            contact: "",
        };
        liaison::referrals::model::add_event(
            &mut conn,
            &keys,
            referral,
            Some(coordinator),
            call,
            "Rang the consul's mobile",
        )
        .await
        .unwrap();
    }
    let old = crate::helpers::TEST_DATA_KEY.as_str();
    let new = liaison::personal::Keyring::generate_key();
    let old_id = liaison::personal::Keyring::parse([old])
        .unwrap()
        .current_id()
        .hex();
    let new_id = liaison::personal::Keyring::parse([new.as_str()])
        .unwrap()
        .current_id()
        .hex();
    let url = app.db_url.expose();

    let refused = liaison_keyed(url, &["serve"], None, Duration::from_secs(20), Some(&new)).await;
    refused.assert_refused(&["rescue_requests", &old_id, "LIAISON_DATA_KEY"]);

    let both = format!("{new},{old}");
    let rotated = liaison_keyed(
        url,
        &["rotate-data-key", "--batch", "1"],
        None,
        TIMEOUT,
        Some(&both),
    )
    .await;
    rotated.assert_success();
    assert!(
        rotated.stdout.contains("rescue_requests: 2 rows"),
        "{rotated:#?}"
    );
    assert!(rotated.stdout.contains(&new_id), "{rotated:#?}");
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM rescue_requests WHERE key_id <> '{new_id}'"
        ))
        .await,
        0
    );
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM rescue_request_events WHERE key_id <> '{new_id}'"
        ))
        .await,
        0
    );
    assert!(rotated.stdout.contains("referrals: 1 rows"), "{rotated:#?}");
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM referrals WHERE key_id <> '{new_id}'"
        ))
        .await
            + app
                .count(&format!(
                    "SELECT count(*) FROM referral_events WHERE key_id <> '{new_id}'"
                ))
                .await,
        0
    );
    // Run again, it has nothing left to do.
    let again = liaison_keyed(url, &["rotate-data-key"], None, TIMEOUT, Some(&both)).await;
    again.assert_success();
    assert!(
        again.stdout.contains("rescue_requests: 0 rows"),
        "{again:#?}"
    );

    // The new key alone opens everything: the passport search (a blind index recomputed by
    // the rotation) and the page.
    let keys = std::sync::Arc::new(liaison::personal::Keyring::parse([new.as_str()]).unwrap());
    let mut conn = app.conn().await;
    let card = liaison::rescue_requests::model::find(
        &mut conn,
        &keys,
        &liaison::authz::RescueScope::All,
        bra,
    )
    .await
    .unwrap()
    .expect("the request is still there");
    assert_eq!(card.personal.unwrap().person.full_name, "Ana Test Lima");
    let referral = liaison::referrals::model::find(
        &mut conn,
        &keys,
        &liaison::authz::RescueScope::All,
        &[],
        referral,
    )
    .await
    .unwrap()
    .expect("the referral is still there");
    assert_eq!(referral.traveller.unwrap().full_name, "Rafa Test Rotated");
    let timeline = liaison::referrals::model::timeline(
        &mut conn,
        &keys,
        &liaison::authz::RescueScope::All,
        referral.row.id,
    )
    .await
    .unwrap();
    assert!(
        timeline
            .iter()
            .any(|e| e.body.as_deref() == Some("Rang the consul's mobile")),
        "the call note opens under the new key"
    );
    let passport = keys.blind_index(liaison::rescue_requests::model::PASSPORT_INDEX, "FT100001");
    let found = app
        .count(&format!(
            "SELECT count(*) FROM rescue_requests WHERE passport_index = '\\x{}'::bytea",
            passport
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        ))
        .await;
    assert_eq!(found, 1);
}
