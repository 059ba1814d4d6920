//! The test harness: each test gets its own database, cloned from a migrated template that
//! holds the fixture organisations and accounts, and its own server on a free port. Tests
//! speak HTTP to it with a cookie jar, like a browser.

use std::net::TcpListener;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use diesel::ExpressionMethods;
use diesel::QueryDsl;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use liaison::auth::password::hash_now;
use liaison::config::{AppConfig, DatabaseUrl, MfaPolicy};
use liaison::db::{self, QueryCounter};
use liaison::schema::{organisations, users};
use liaison::startup::{Application, ServerSetup};
use reqwest::StatusCode;
use reqwest::cookie::Jar;
use reqwest::header::HeaderMap;
use secrecy::SecretString;
use tokio::sync::OnceCell;
use uuid::Uuid;

pub const PASSWORD: &str = "correct horse battery staple";

/// The roles of the authorization matrix, each a fixture account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Anonymous,
    Admin,
    Coordinator,
    /// A member of the Embassy of Brazil.
    Country,
    Observer,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Anonymous,
        Role::Admin,
        Role::Coordinator,
        Role::Country,
        Role::Observer,
    ];

    pub fn email(self) -> Option<&'static str> {
        match self {
            Role::Anonymous => None,
            Role::Admin => Some("admin@atpc.test.org"),
            Role::Coordinator => Some("coordinator@ccib.test.org"),
            Role::Country => Some("member@bra.test.org"),
            Role::Observer => Some("observer@unodc.test.org"),
        }
    }
}

/// A second country member, for "other country" cases and as a target for admin actions.
pub const TZA_EMAIL: &str = "member@tza.test.org";

/// (code, name, kind, country)
const FIXTURE_ORGS: [(&str, &str, &str, Option<&str>); 5] = [
    (
        "ATPC",
        "Anti-Trafficking in Persons Centre",
        "coordinator",
        None,
    ),
    (
        "CCIB",
        "Cyber Crime Investigation Bureau",
        "coordinator",
        None,
    ),
    ("BRA", "Embassy of Brazil", "country", Some("BR")),
    ("TZA", "Embassy of Tanzania", "country", Some("TZ")),
    (
        "UNODC",
        "United Nations Office on Drugs and Crime",
        "observer",
        None,
    ),
];

/// (email, name, org, admin)
const FIXTURE_USERS: [(&str, &str, &str, bool); 5] = [
    ("admin@atpc.test.org", "Ada Admin", "ATPC", true),
    (
        "coordinator@ccib.test.org",
        "Chai Coordinator",
        "CCIB",
        false,
    ),
    ("member@bra.test.org", "Bruna Member", "BRA", false),
    ("member@tza.test.org", "Tumaini Member", "TZA", false),
    ("observer@unodc.test.org", "Olga Observer", "UNODC", false),
];

/// The PostgreSQL server tests use: DATABASE_URL's server, or the local default.
pub fn server_url() -> DatabaseUrl {
    let url = std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| liaison::config::DEFAULT_DATABASE_URL.to_owned());
    url.parse()
        .expect("DATABASE_URL is a postgres URL with a database name")
}

fn init_logging() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        if let Ok(filter) = std::env::var("TEST_LOG") {
            liaison::telemetry::init(liaison::config::LogFormat::Text, &filter);
        }
    });
}

/// The name of the template database: derived from the migrations and fixtures, so a change
/// to either makes a new one and a crashed run cannot leave a half-built one in use (it is
/// built under another name and renamed when complete).
async fn template_database() -> &'static str {
    static TEMPLATE: OnceCell<String> = OnceCell::const_new();
    TEMPLATE
        .get_or_init(|| async {
            use sha2::{Digest, Sha256};
            let mut hasher = Sha256::new();
            for entry in walk("migrations") {
                hasher.update(entry.as_bytes());
                hasher.update(std::fs::read(&entry).unwrap());
            }
            hasher.update(format!("{FIXTURE_ORGS:?}{FIXTURE_USERS:?}{PASSWORD}").as_bytes());
            let digest: String = hasher
                .finalize()
                .iter()
                .take(6)
                .map(|b| format!("{b:02x}"))
                .collect();
            let name = format!("liaison_test_tpl_{digest}");
            let server = server_url();
            let mut admin = AsyncPgConnection::establish(server.with_database("postgres").expose())
                .await
                .expect("PostgreSQL answers (scripts/test starts it)");
            // Serialise template creation across test processes.
            diesel::sql_query("SELECT pg_advisory_lock(4242)")
                .execute(&mut admin)
                .await
                .unwrap();
            if !database_exists(&mut admin, &name).await {
                drop_stale_test_databases(&mut admin).await;
                let building = format!("{name}_building");
                diesel::sql_query(format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)"))
                    .execute(&mut admin)
                    .await
                    .unwrap();
                diesel::sql_query(format!("CREATE DATABASE {building}"))
                    .execute(&mut admin)
                    .await
                    .unwrap();
                let url = server.with_database(&building);
                db::run_migrations(&url).await.expect("migrations apply");
                insert_fixtures(&url).await;
                diesel::sql_query(format!("ALTER DATABASE {building} RENAME TO {name}"))
                    .execute(&mut admin)
                    .await
                    .unwrap();
            }
            diesel::sql_query("SELECT pg_advisory_unlock(4242)")
                .execute(&mut admin)
                .await
                .unwrap();
            name
        })
        .await
}

fn walk(dir: &str) -> Vec<String> {
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(dir)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                files.push(path.to_string_lossy().into_owned());
            }
        }
    }
    files.sort();
    files
}

async fn database_exists(conn: &mut AsyncPgConnection, name: &str) -> bool {
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let count: Count =
        diesel::sql_query("SELECT count(*) AS n FROM pg_database WHERE datname = $1")
            .bind::<diesel::sql_types::Text, _>(name)
            .get_result(conn)
            .await
            .unwrap();
    count.n > 0
}

/// Test databases left by runs that crashed more than an hour ago (their names carry the
/// creation time); templates of older migrations too.
async fn drop_stale_test_databases(conn: &mut AsyncPgConnection) {
    #[derive(diesel::QueryableByName)]
    struct Name {
        #[diesel(sql_type = diesel::sql_types::Text)]
        datname: String,
    }
    let names: Vec<Name> =
        diesel::sql_query("SELECT datname FROM pg_database WHERE datname LIKE 'liaison_test_%'")
            .load(conn)
            .await
            .unwrap();
    let now = chrono::Utc::now().timestamp();
    for Name { datname } in names {
        let stale = match datname
            .strip_prefix("liaison_test_db_")
            .and_then(|rest| rest.split('_').next())
        {
            Some(stamp) => stamp.parse::<i64>().is_ok_and(|t| now - t > 3600),
            None => datname.starts_with("liaison_test_tpl_"),
        };
        if stale {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {datname} WITH (FORCE)"))
                .execute(conn)
                .await;
        }
    }
}

async fn insert_fixtures(url: &DatabaseUrl) {
    let mut conn = AsyncPgConnection::establish(url.expose()).await.unwrap();
    let hash = tokio::task::spawn_blocking(|| hash_now(&SecretString::from(PASSWORD)))
        .await
        .unwrap()
        .unwrap();
    for (code, name, kind, country) in FIXTURE_ORGS {
        diesel::insert_into(organisations::table)
            .values((
                organisations::id.eq(Uuid::now_v7()),
                organisations::code.eq(code),
                organisations::name.eq(name),
                organisations::kind.eq(kind),
                organisations::country_code.eq(country),
            ))
            .execute(&mut conn)
            .await
            .unwrap();
    }
    for (email, name, org, admin) in FIXTURE_USERS {
        let org_id: Uuid = organisations::table
            .filter(organisations::code.eq(org))
            .select(organisations::id)
            .first(&mut conn)
            .await
            .unwrap();
        diesel::insert_into(users::table)
            .values((
                users::id.eq(Uuid::now_v7()),
                users::email.eq(email),
                users::name.eq(name),
                users::organisation_id.eq(org_id),
                users::is_admin.eq(admin),
                users::password_hash.eq(&hash),
            ))
            .execute(&mut conn)
            .await
            .unwrap();
    }
}

/// Settings a test may change before its server starts.
pub struct TestSettings {
    pub public_url: Option<String>,
    pub login_max_failures: u32,
    pub login_max_failures_per_ip: u32,
    /// Point the server at a database that does not answer.
    pub unreachable_database: bool,
    /// How often its scheduler wakes (it also runs once at start).
    pub scheduler_every: Duration,
    /// Who must sign in with a second factor; most tests sign in with a password only.
    pub mfa_required: MfaPolicy,
    /// As `serve --demo` without `LIAISON_MFA_REQUIRED`: the sign-in page says so.
    pub mfa_off_for_demo: bool,
    /// `LIAISON_SMTP_URL`: none keeps every email in the outbox.
    pub smtp_url: Option<String>,
}

impl Default for TestSettings {
    fn default() -> Self {
        TestSettings {
            public_url: None,
            login_max_failures: 5,
            login_max_failures_per_ip: 50,
            unreachable_database: false,
            scheduler_every: Duration::from_secs(3600),
            mfa_required: MfaPolicy::None,
            mfa_off_for_demo: false,
            smtp_url: None,
        }
    }
}

pub struct TestApp {
    pub address: String,
    pub db_name: String,
    pub db_url: DatabaseUrl,
    /// Statements this server's request workers have sent to PostgreSQL.
    pub queries: QueryCounter,
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        TestApp::spawn_with(TestSettings::default()).await
    }

    pub async fn spawn_with(settings: TestSettings) -> TestApp {
        init_logging();
        let template = template_database().await;
        let server = server_url();
        let db_name = format!(
            "liaison_test_db_{}_{}",
            chrono::Utc::now().timestamp(),
            Uuid::new_v4().simple().to_string().get(..12).unwrap()
        );
        let mut admin = AsyncPgConnection::establish(server.with_database("postgres").expose())
            .await
            .unwrap();
        // Cloning needs the template to have no other connections; retry briefly if one is
        // still closing.
        let mut attempts = 0;
        loop {
            match diesel::sql_query(format!("CREATE DATABASE {db_name} TEMPLATE {template}"))
                .execute(&mut admin)
                .await
            {
                Ok(_) => break,
                Err(error) if attempts < 50 => {
                    attempts += 1;
                    let _ = error;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(error) => panic!("cloning the template failed: {error}"),
            }
        }
        let db_url = server.with_database(&db_name);
        let pool_url: DatabaseUrl = if settings.unreachable_database {
            "postgres://postgres@127.0.0.1:1/nowhere".parse().unwrap()
        } else {
            db_url.clone()
        };
        let (address, queries) = start_server(&pool_url, &settings);
        TestApp {
            address,
            db_name,
            db_url,
            queries,
        }
    }

    /// A second server on the same database, as behind a load balancer.
    pub fn another_instance(&self) -> String {
        self.another_instance_with(TestSettings::default())
    }

    /// Another server on the same database, started with `settings` (its own scheduler's
    /// interval, say): its scheduler's first wake is at once.
    pub fn another_instance_with(&self, settings: TestSettings) -> String {
        start_server(&self.db_url, &settings).0
    }

    /// A browser with an empty cookie jar.
    pub fn client(&self) -> Client {
        Client::new(&self.address)
    }

    /// A browser signed in as `role` (anonymous: holding a pre-login session).
    pub async fn login_as(&self, role: Role) -> Client {
        let client = self.client();
        match role.email() {
            Some(email) => {
                let response = client.login(email, PASSWORD).await;
                assert_eq!(
                    response.status,
                    StatusCode::SEE_OTHER,
                    "{role:?} signs in: {}",
                    response.body
                );
            }
            None => {
                client.get("/login").await;
            }
        }
        client
    }

    /// A browser signed in with one of the fixture accounts by email (Tanzania's member, say).
    pub async fn login_email(&self, email: &str) -> Client {
        let client = self.client();
        let response = client.login(email, PASSWORD).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{email} signs in");
        client
    }

    /// The statements this server sends to PostgreSQL for one GET of `path` (200 expected).
    pub async fn queries_for(&self, client: &Client, path: &str) -> u64 {
        let before = self.queries.get();
        let page = client.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        self.queries.get() - before
    }

    pub async fn conn(&self) -> AsyncPgConnection {
        AsyncPgConnection::establish(self.db_url.expose())
            .await
            .unwrap()
    }

    pub async fn user_id(&self, email: &str) -> Uuid {
        let mut conn = self.conn().await;
        users::table
            .filter(users::email.eq(email))
            .select(users::id)
            .first(&mut conn)
            .await
            .unwrap()
    }

    /// Runs SQL directly, to set up states that would take long to reach through the UI.
    pub async fn sql(&self, statement: &str) {
        let mut conn = self.conn().await;
        diesel::sql_query(statement)
            .execute(&mut conn)
            .await
            .unwrap();
    }

    pub async fn count(&self, query: &str) -> i64 {
        count_in(&self.db_url, query).await
    }

    /// Waits (up to `seconds`) until `query` counts `expected`, as the scheduler gets there;
    /// panics with what it counts last.
    pub async fn wait_for_count(&self, query: &str, expected: i64, seconds: u64) {
        let deadline = std::time::Instant::now() + Duration::from_secs(seconds);
        loop {
            let n = self.count(query).await;
            if n == expected {
                return;
            }
            if std::time::Instant::now() > deadline {
                panic!("after {seconds} s, {query} counts {n}, not {expected}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Records every area's pages act on, made by the coordinator: action items shared and
    /// owed by Brazil (the matrix's country member), restricted to Tanzania, and shared but
    /// owed by Tanzania; a contact point each for Brazil and Tanzania, and a shift on
    /// Tanzania's rota.
    pub async fn seed_records(&self) -> Records {
        let [shared_bra, restricted_tza, shared_tza] = [(); 3].map(|_| Uuid::now_v7());
        self.sql(&format!(
            "INSERT INTO action_items (id, title, due_date, visibility, created_by)
             SELECT id::uuid, title, current_date + 7, visibility,
                    (SELECT id FROM users WHERE email = 'coordinator@ccib.test.org')
             FROM (VALUES ('{shared_bra}', 'Shared, Brazil', 'shared'),
                          ('{restricted_tza}', 'Restricted, Tanzania', 'restricted'),
                          ('{shared_tza}', 'Shared, Tanzania', 'shared')) AS v (id, title, visibility)"
        ))
        .await;
        self.sql(&format!(
            "INSERT INTO action_item_assignees (action_item_id, organisation_id)
             SELECT i.id, o.id FROM action_items i JOIN organisations o
               ON o.code = CASE WHEN i.id = '{shared_bra}' THEN 'BRA' ELSE 'TZA' END"
        ))
        .await;
        let [bra_contact, tza_contact, tza_shift] = [(); 3].map(|_| Uuid::now_v7());
        self.sql(&format!(
            "INSERT INTO contact_points (id, organisation_id, name, phones, always_available)
             SELECT id::uuid, (SELECT id FROM organisations WHERE code = v.code), v.name, '{{+6621234567}}', true
             FROM (VALUES ('{bra_contact}', 'BRA', 'Brazil duty desk'),
                          ('{tza_contact}', 'TZA', 'Tanzania duty desk')) AS v (id, code, name)"
        ))
        .await;
        self.sql(&format!(
            "INSERT INTO duty_shifts (id, organisation_id, contact_id, starts_at, ends_at, created_by)
             SELECT '{tza_shift}', organisation_id, id, now(), now() + interval '8 hours',
                    (SELECT id FROM users WHERE email = 'coordinator@ccib.test.org')
             FROM contact_points WHERE id = '{tza_contact}'"
        ))
        .await;
        // Every account is told of Brazil's shared item and follows it, and one email failed:
        // the notification forms, unfollowing and the administrators' retry show on pages.
        self.sql(&format!(
            "INSERT INTO notifications (id, user_id, kind, subject_type, subject_id, message)
             SELECT gen_random_uuid(), id, 'item_assigned', 'action_item', '{shared_bra}',
                    '{{\"id\":\"notifications-item-assigned\",\"args\":[[\"reference\",\"AI-0001\"],[\"org\",\"BRA\"],[\"by\",\"CCIB\"]]}}'
             FROM users"
        ))
        .await;
        self.sql(&format!(
            "INSERT INTO action_item_followers (action_item_id, user_id) SELECT '{shared_bra}', id FROM users"
        ))
        .await;
        self.sql(
            "INSERT INTO email_outbox (id, kind, recipient, language, subject, body, state, attempts, next_attempt_at, last_error)
             VALUES (gen_random_uuid(), 'item_assigned', 'member@bra.test.org', 'en', 'Liaison: AI-0001', 'Body',
                     'failed', 6, NULL, '421 try again later')",
        )
        .await;
        let (bra_request, tza_request, operation) = self.seed_rescue_requests().await;
        let (bra_referral, tza_referral) = self.seed_referrals().await;
        let (bra_meeting, tza_meeting, approved_meeting, _) = self.seed_meetings().await;
        Records {
            shared_bra,
            restricted_tza,
            shared_tza,
            bra_contact,
            tza_contact,
            tza_shift,
            bra_request,
            tza_request,
            operation,
            bra_referral,
            tza_referral,
            bra_meeting,
            tza_meeting,
            approved_meeting,
        }
    }

    /// Three meetings of the coordinator of CCIB, next week: Brazil's (draft minutes, one
    /// decision), Tanzania's (circulated minutes) and one of both (approved minutes with a
    /// decision). Answers their ids and the decision of Brazil's.
    pub async fn seed_meetings(&self) -> (Uuid, Uuid, Uuid, Uuid) {
        let [bra, tza, both, bra_decision, both_decision] = [(); 5].map(|_| Uuid::now_v7());
        self.sql(&format!(
            "INSERT INTO meetings (id, title, starts_at, ends_at, time_zone, place, created_by, minutes)
             SELECT v.id::uuid, v.title, now() + interval '7 days', now() + interval '7 days 2 hours',
                    'Asia/Bangkok', 'Royal Thai Police headquarters',
                    (SELECT id FROM users WHERE email = 'coordinator@ccib.test.org'), v.minutes
             FROM (VALUES ('{bra}', 'Brazil coordination', 'Draft text'),
                          ('{tza}', 'Tanzania coordination', 'Circulated text'),
                          ('{both}', 'Joint coordination', 'Approved text')) AS v (id, title, minutes)"
        ))
        .await;
        self.sql(&format!(
            "INSERT INTO meeting_participants (meeting_id, organisation_id)
             SELECT m.id, o.id FROM meetings m JOIN organisations o
               ON (m.id = '{bra}' AND o.code IN ('CCIB', 'BRA'))
               OR (m.id = '{tza}' AND o.code IN ('CCIB', 'TZA'))
               OR (m.id = '{both}' AND o.code IN ('CCIB', 'BRA', 'TZA'))"
        ))
        .await;
        self.sql(&format!(
            "INSERT INTO decisions (id, meeting_id, number, body, created_by)
             SELECT v.id::uuid, v.meeting::uuid, 1, v.body,
                    (SELECT id FROM users WHERE email = 'coordinator@ccib.test.org')
             FROM (VALUES ('{bra_decision}', '{bra}', 'Brazil names a 24/7 contact'),
                          ('{both_decision}', '{both}', 'Both brief their consulates')) AS v (id, meeting, body)"
        ))
        .await;
        self.sql(&format!(
            "UPDATE meetings SET minutes_state = 'circulated' WHERE id = '{tza}'"
        ))
        .await;
        self.sql(&format!(
            "UPDATE meetings SET minutes_state = 'approved', approved_at = now(),
                    approved_by = created_by WHERE id = '{both}'"
        ))
        .await;
        (bra, tza, both, bra_decision)
    }

    /// A border referral for a Brazilian traveller and one for a Tanzanian, filed by the
    /// coordinator of CCIB at the first checkpoint and sealed under the test key.
    pub async fn seed_referrals(&self) -> (Uuid, Uuid) {
        let bra = self
            .file_referral("BR", "Bruno Test Viajante", Some("FB300003"))
            .await;
        let tza = self
            .file_referral("TZ", "Neema Test Msafiri", Some("TB400004"))
            .await;
        (bra, tza)
    }

    /// Files one referral as the coordinator of CCIB (at the first checkpoint, held, under a
    /// 30-minute deadline), straight through the model; answers its id.
    pub async fn file_referral(
        &self,
        nationality: &str,
        full_name: &str,
        passport: Option<&str>,
    ) -> Uuid {
        use liaison::domain::referral::{Disposition, Itinerary, Risk, TravelMode};
        use liaison::referrals::model::{self as referral, ReferralFields, Traveller};
        let keys = test_keys();
        let mut conn = self.conn().await;
        let coordinator = self.user_id("coordinator@ccib.test.org").await;
        let ccib: Uuid = organisations::table
            .filter(organisations::code.eq("CCIB"))
            .select(organisations::id)
            .first(&mut conn)
            .await
            .unwrap();
        let checkpoint = referral::checkpoints(&mut conn).await.unwrap()[0].id;
        let fields = ReferralFields {
            nationality: nationality.into(),
            checkpoint_id: checkpoint,
            travel_mode: TravelMode::Land,
            itinerary: Itinerary::Unclear,
            risks: vec![Risk::JobOfferOnline],
            disposition: Disposition::Held,
            traveller: Traveller {
                full_name: full_name.into(),
                passport_number: passport.map(str::to_owned),
                purpose: "A job offer".into(),
                destination: "Myawaddy".into(),
                ..Traveller::default()
            },
        };
        let (id, _) = referral::insert(&mut conn, &keys, &fields, 30, coordinator, ccib)
            .await
            .unwrap();
        id
    }

    /// A rescue request for a Brazilian and one for a Tanzanian, filed by the coordinator and
    /// sealed under the test key, both in one operation.
    pub async fn seed_rescue_requests(&self) -> (Uuid, Uuid, Uuid) {
        use liaison::rescue_requests::model::{self as rescue, Person, RequestFields, Situation};
        let keys = test_keys();
        let mut conn = self.conn().await;
        let coordinator = self.user_id("coordinator@ccib.test.org").await;
        let ccib: Uuid = liaison::schema::organisations::table
            .filter(liaison::schema::organisations::code.eq("CCIB"))
            .select(liaison::schema::organisations::id)
            .first(&mut conn)
            .await
            .unwrap();
        let area = rescue::areas(&mut conn, true).await.unwrap()[0].id;
        let mut ids = Vec::new();
        for (nationality, name, passport) in [
            ("BR", "Ana Test Lima", "FT100001"),
            ("TZ", "Juma Test Said", "TT200002"),
        ] {
            let fields = RequestFields {
                nationality: nationality.into(),
                urgency: liaison::domain::rescue::Urgency::Urgent,
                area_id: area,
                last_contact_on: None,
                person: Person {
                    full_name: name.into(),
                    approximate_age: Some(30),
                    passport_number: Some(passport.into()),
                    ..Person::default()
                },
                situation: Situation {
                    last_known_location: "A compound by the river".into(),
                    ..Situation::default()
                },
            };
            let (id, _) = rescue::insert(&mut conn, &keys, &fields, coordinator, ccib)
                .await
                .unwrap();
            ids.push(id);
        }
        let operation =
            rescue::insert_operation(&mut conn, "Test operation", "", None, coordinator)
                .await
                .unwrap();
        for id in &ids {
            rescue::set_operation(&mut conn, *id, Some(operation))
                .await
                .unwrap();
        }
        (ids[0], ids[1], operation)
    }

    /// What a database going away does (a restart, a failover): no new connections, and
    /// every open one cut. Other tests' databases on the same server are left alone.
    pub async fn refuse_connections(&self) {
        let db = &self.db_name;
        self.on_server(&format!("ALTER DATABASE \"{db}\" ALLOW_CONNECTIONS false"))
            .await;
        self.on_server(&format!(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{db}'"
        ))
        .await;
    }

    /// The database back after [`TestApp::refuse_connections`].
    pub async fn accept_connections(&self) {
        let db = &self.db_name;
        self.on_server(&format!("ALTER DATABASE \"{db}\" ALLOW_CONNECTIONS true"))
            .await;
    }

    /// Runs a statement on the server's maintenance database, outside this test's own.
    async fn on_server(&self, statement: &str) {
        let mut conn =
            AsyncPgConnection::establish(server_url().with_database("postgres").expose())
                .await
                .unwrap();
        diesel::sql_query(statement)
            .execute(&mut conn)
            .await
            .unwrap();
    }

    /// The newest audit events, action and summary, newest first.
    pub async fn audit_actions(&self) -> Vec<(String, String)> {
        use liaison::schema::audit_events;
        let mut conn = self.conn().await;
        audit_events::table
            .order(audit_events::id.desc())
            .select((audit_events::action, audit_events::summary))
            .limit(50)
            .load(&mut conn)
            .await
            .unwrap()
    }

    /// Asserts that each of `expected` is among the actions of the newest 50 audit events.
    pub async fn assert_audited(&self, expected: &[&str]) {
        let actions: Vec<String> = self
            .audit_actions()
            .await
            .into_iter()
            .map(|(action, _)| action)
            .collect();
        for action in expected {
            assert!(
                actions.iter().any(|a| a == action),
                "{action} in {actions:?}"
            );
        }
    }
}

/// What [`TestApp::seed_records`] made.
pub struct Records {
    pub shared_bra: Uuid,
    pub restricted_tza: Uuid,
    pub shared_tza: Uuid,
    pub bra_contact: Uuid,
    pub tza_contact: Uuid,
    pub tza_shift: Uuid,
    pub bra_request: Uuid,
    pub tza_request: Uuid,
    pub operation: Uuid,
    /// A border referral for a Brazilian traveller, and one for a Tanzanian.
    pub bra_referral: Uuid,
    pub tza_referral: Uuid,
    /// Meetings: Brazil's (CCIB and BRA, draft minutes with one decision), Tanzania's (CCIB
    /// and TZA, circulated), and one of both (approved, with a decision).
    pub bra_meeting: Uuid,
    pub tza_meeting: Uuid,
    pub approved_meeting: Uuid,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        cleanup_sql(
            server_url().with_database("postgres"),
            vec![format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.db_name
            )],
        );
    }
}

/// Runs statements on a fresh connection from synchronous code (a `Drop`), on a small runtime
/// of its own. Failures are ignored: cleaning up must never panic over a test's own failure.
pub fn cleanup_sql(url: DatabaseUrl, statements: Vec<String>) {
    let _ = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            if let Ok(mut conn) = AsyncPgConnection::establish(url.expose()).await {
                for statement in statements {
                    let _ = diesel::sql_query(statement).execute(&mut conn).await;
                }
            }
        });
    })
    .join();
}

fn start_server(database: &DatabaseUrl, settings: &TestSettings) -> (String, QueryCounter) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let address = format!("http://127.0.0.1:{port}");
    let public_url = settings
        .public_url
        .clone()
        .unwrap_or_else(|| address.clone());
    let config = AppConfig {
        public_url: public_url.parse().unwrap(),
        origin_from_host: false,
        session_idle: Duration::from_secs(30 * 60),
        session_absolute: Duration::from_secs(12 * 3600),
        login_max_failures: settings.login_max_failures,
        login_max_failures_per_ip: settings.login_max_failures_per_ip,
        login_lockout: Duration::from_secs(15 * 60),
        trust_forwarded_for: false,
        mfa_required: settings.mfa_required,
        mfa_off_for_demo: settings.mfa_off_for_demo,
    };
    let setup = ServerSetup {
        database_url: database.clone(),
        pool_size: 4,
        db_timeout: Duration::from_secs(2),
        config,
        workers: 1,
        query_counter: QueryCounter::default(),
        keys: test_keys(),
        scheduler_every: settings.scheduler_every,
        secret_key: None,
        mailer: settings.smtp_url.as_ref().map(|url| {
            Arc::new(
                liaison::mail::Mailer::new(
                    &SecretString::from(url.clone()),
                    "Liaison <liaison@test.org>",
                )
                .expect("a valid SMTP URL"),
            )
        }),
        outbox_retention_days: 30,
    };
    let queries = setup.query_counter.clone();
    let app = Application::build(listener, setup).unwrap();
    tokio::spawn(app.run_until_stopped());
    (address, queries)
}

/// The text a query answers in the test's database, cast to text ("" for NULL).
pub async fn text_in(app: &TestApp, query: &str) -> String {
    #[derive(diesel::QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        t: String,
    }
    let mut conn = app.conn().await;
    let row: Row = diesel::sql_query(format!("SELECT coalesce(({query})::text, '') AS t"))
        .get_result(&mut conn)
        .await
        .unwrap_or_else(|e| panic!("{query}: {e}"));
    row.t
}

/// The number a `SELECT count(*) …` (or any integer query) answers in the given database.
pub async fn count_in(url: &DatabaseUrl, query: &str) -> i64 {
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let mut conn = AsyncPgConnection::establish(url.expose()).await.unwrap();
    let row: Count = diesel::sql_query(format!("SELECT ({query})::bigint AS n"))
        .get_result(&mut conn)
        .await
        .unwrap();
    row.n
}

/// An HTTP client with its own cookie jar that does not follow redirects, so tests see
/// every 303.
pub struct Client {
    pub http: reqwest::Client,
    pub base: String,
    pub jar: Arc<Jar>,
}

pub struct Page {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Page {
    pub fn location(&self) -> &str {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// Asserts the list says it holds exactly `n` of `noun` ("3 items", "1 item"), not a
    /// number that merely ends in the same digits.
    pub fn assert_total(&self, n: i64, noun: &str) {
        let text = format!(
            "<p class=\"muted\">{n} {noun}{}",
            if n == 1 { "" } else { "s" }
        );
        let at = self
            .body
            .find(&text)
            .unwrap_or_else(|| panic!("expected {text:?} in the page:\n{}", self.body));
        let next = self.body[at + text.len()..].chars().next();
        assert!(
            !next.is_some_and(char::is_alphanumeric),
            "expected exactly {n} {noun}"
        );
    }

    /// Asserts a refusal by the authorization rules: 403 with the "Not allowed" page, not a
    /// 403 from a missing CSRF token.
    pub fn assert_refused(&self) {
        assert_eq!(self.status, StatusCode::FORBIDDEN, "{}", self.body);
        self.assert_contains("Not allowed");
    }

    pub fn assert_contains(&self, text: &str) {
        assert!(
            self.body.contains(text),
            "expected {text:?} in the page ({}):\n{}",
            self.status,
            self.body
        );
    }
}

impl Client {
    pub fn new(base: &str) -> Client {
        Client::speaking(base, None)
    }

    /// A browser that asks for `language` in `Accept-Language` (none: sends no header).
    pub fn speaking(base: &str, language: Option<&str>) -> Client {
        let jar = Arc::new(Jar::default());
        let mut headers = HeaderMap::new();
        if let Some(language) = language {
            headers.insert(
                reqwest::header::ACCEPT_LANGUAGE,
                language.parse().expect("a header value"),
            );
        }
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap();
        Client {
            http,
            base: base.to_owned(),
            jar,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> Page {
        let response = self.http.get(self.url(path)).send().await.unwrap();
        into_page(response).await
    }

    /// A GET carrying a session cookie of the caller's choosing (one the database must look
    /// up), whatever the jar holds.
    pub async fn with_session_cookie(&self, path: &str, token: &str) -> Page {
        let response = self
            .http
            .get(self.url(path))
            .header("cookie", format!("liaison_session={token}"))
            .send()
            .await
            .unwrap();
        into_page(response).await
    }

    /// Posts the fields as a form, with the session's CSRF token added.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.csrf_token().await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf_token", &token));
        self.post_raw(path, &all).await
    }

    /// Posts a form built as owned values (with the CSRF token added).
    pub async fn post_form(&self, path: &str, form: &[(&str, String)]) -> Page {
        let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.post(path, &fields).await
    }

    /// Posts exactly the given fields (no CSRF token added).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let response = self
            .http
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .unwrap();
        into_page(response).await
    }

    /// The CSRF token of this client's session, read from a form like a browser would.
    pub async fn csrf_token(&self) -> String {
        // The sign-in form, else a page every signed-in account may open (before enrolling a
        // second factor the portal requires, only its setup).
        for path in ["/login", "/account/password", "/account/mfa"] {
            let page = self.get(path).await;
            if page.status == StatusCode::OK {
                return extract_csrf(&page.body).unwrap_or_default();
            }
        }
        String::new()
    }

    pub async fn login(&self, email: &str, password: &str) -> Page {
        self.post("/login", &[("email", email), ("password", password)])
            .await
    }

    /// The value of the session cookie this client holds.
    pub fn session_cookie(&self) -> Option<String> {
        use reqwest::cookie::CookieStore;
        let url = self.base.parse().unwrap();
        let header = self.jar.cookies(&url)?;
        header
            .to_str()
            .ok()?
            .split("; ")
            .find_map(|c| c.strip_prefix("liaison_session=").map(str::to_owned))
    }
}

pub fn extract_csrf(html: &str) -> Option<String> {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html.find(marker)? + marker.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_owned())
}

pub async fn into_page(response: reqwest::Response) -> Page {
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.text().await.unwrap_or_default();
    Page {
        status,
        headers,
        body,
    }
}

/// Whether `path` (its query ignored) is one the route `pattern` answers: `{name}` stands for
/// one non-empty segment, or the non-empty part of one (`{id}.vcf`).
pub fn path_matches(pattern: &str, path: &str) -> bool {
    let path = path.split('?').next().unwrap_or(path);
    let (patterns, parts): (Vec<&str>, Vec<&str>) =
        (pattern.split('/').collect(), path.split('/').collect());
    patterns.len() == parts.len()
        && patterns.iter().zip(&parts).all(|(p, s)| match p.find('{') {
            None => p == s,
            Some(open) => {
                let close = p.find('}').unwrap_or(p.len() - 1);
                let (prefix, suffix) = (&p[..open], &p[close + 1..]);
                s.len() > prefix.len() + suffix.len()
                    && s.starts_with(prefix)
                    && s.ends_with(suffix)
            }
        })
}

/// The data key of every test server and command of this run: two instances (and a command
/// run against their database) must open each other's sealed values.
pub static TEST_DATA_KEY: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(liaison::personal::Keyring::generate_key);

pub fn test_keys() -> std::sync::Arc<liaison::personal::Keyring> {
    std::sync::Arc::new(liaison::personal::Keyring::parse([TEST_DATA_KEY.as_str()]).unwrap())
}
