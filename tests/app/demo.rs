//! The demo as a visitor meets it: after `liaison seed-demo`, the demo users it printed sign in
//! and find the portal at work, at whatever hour the test runs; a second run adds nothing.

use liaison::i18n::{Lang, Msg, text};
use reqwest::StatusCode;

use crate::cli::{DEMO_CODES, demo_logins, liaison};
use crate::helpers::{Client, TestApp};

const POLICE_UNITS: [&str; 6] = ["ATPC", "CIB", "CCIB", "IMB", "FAD", "TCSC"];

/// The demo's login lines, (org, email, password), after a successful `seed-demo`.
struct Logins(Vec<(String, String, String)>);

impl Logins {
    async fn seed(app: &TestApp) -> Logins {
        let run = liaison(app.db_url.expose(), &["seed-demo"], None).await;
        run.assert_success();
        assert!(
            run.stdout.contains("Demo records loaded: "),
            "the first run loads the records: {run:#?}"
        );
        let logins: Vec<_> = demo_logins(&run.stdout)
            .into_iter()
            .map(|(org, email, rest)| {
                let password = rest
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                (org, email, password)
            })
            .collect();
        assert_eq!(logins.len(), DEMO_CODES.len(), "{run:#?}");
        Logins(logins)
    }

    /// A browser signed in as the demo user of `org`.
    async fn sign_in(&self, app: &TestApp, org: &str) -> Client {
        let (_, email, password) = self.0.iter().find(|(o, _, _)| o == org).unwrap();
        let client = app.client();
        let page = client.login(email, password).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{org}: {}", page.body);
        client
    }
}

/// The part of the on-duty page about one organisation.
fn on_duty_entry<'a>(body: &'a str, code: &str) -> &'a str {
    let start = body
        .find(&format!("<article id=\"org-{code}\""))
        .unwrap_or_else(|| panic!("{code} is on the on-duty page:\n{body}"));
    let end = start + body[start..].find("</article>").unwrap();
    &body[start..end]
}

#[tokio::test]
async fn the_police_units_have_someone_on_call_whenever_the_demo_starts() {
    let app = TestApp::spawn().await;
    let logins = Logins::seed(&app).await;
    let client = logins.sign_in(&app, "TZA").await;

    let page = client.get("/contacts/on-duty").await;
    assert_eq!(page.status, StatusCode::OK);
    for code in POLICE_UNITS {
        let entry = on_duty_entry(&page.body, code);
        assert!(
            !entry.contains("Nobody is reachable") && !entry.contains("class=\"nobody\""),
            "{code} answers: {entry}"
        );
        assert!(
            entry.contains("on call until"),
            "{code}'s answer comes from its rota: {entry}"
        );
        // Exactly one of its officers is on the shift running now, and the rota goes on for
        // about a week (the last shift ends at the first handover a week after seeding).
        let running = app
            .count(&format!(
                "SELECT count(*) FROM duty_shifts s JOIN organisations o ON o.id = s.organisation_id \
                 WHERE o.code = '{code}' AND s.starts_at <= now() AND s.ends_at > now()"
            ))
            .await;
        assert_eq!(running, 1, "{code}");
        let ahead = app
            .count(&format!(
                "SELECT count(*) FROM duty_shifts s JOIN organisations o ON o.id = s.organisation_id \
                 WHERE o.code = '{code}' AND s.ends_at >= now() + interval '6 days 12 hours'"
            ))
            .await;
        assert!(ahead >= 1, "{code}: the rota covers the coming days");
    }
    // Every embassy keeps a line answered 24/7; only UNODC, an office, may be closed now.
    for code in DEMO_CODES.iter().filter(|c| !POLICE_UNITS.contains(c)) {
        let entry = on_duty_entry(&page.body, code);
        if *code == "UNODC" {
            assert!(entry.contains("Sarah Lindqvist") || entry.contains("Nobody is reachable"));
            continue;
        }
        assert!(
            !entry.contains("Nobody is reachable") && entry.contains(" · 24/7"),
            "{code} answers around the clock: {entry}"
        );
    }

    // The rota page of a unit lists its shifts in its own time zone.
    let rota = client.get("/orgs/IMB/duty").await;
    assert_eq!(rota.status, StatusCode::OK);
    rota.assert_contains("Pol. Maj. Supachai Rungruang");
    rota.assert_contains("Pol. Capt. Orawan Phetcharat");

    // Home-country desks keep their own clocks, and absences are shown.
    assert_eq!(
        app.count(
            "SELECT count(*) FROM contact_points c JOIN organisations o ON o.id = c.organisation_id \
             WHERE o.code IN ('BRA', 'RUS', 'TZA') AND c.time_zone IN \
             ('America/Sao_Paulo', 'Europe/Moscow', 'Africa/Dar_es_Salaam')"
        )
        .await,
        3
    );
    let directory = client.get("/contacts?org=CCIB").await;
    assert_eq!(directory.status, StatusCode::OK);
    directory.assert_contains("Pol. Col. Prasert Limthong");
    directory.assert_contains("absent today");
}

#[tokio::test]
async fn every_demo_record_has_its_audit_event_and_a_second_run_adds_none() {
    let app = TestApp::spawn().await;
    Logins::seed(&app).await;

    let tables = [
        "contact_points",
        "contact_absences",
        "duty_shifts",
        "action_items",
        "action_item_events",
        "notifications",
        "audit_events",
    ];
    let mut before = Vec::new();
    for table in tables {
        before.push(app.count(&format!("SELECT count(*) FROM {table}")).await);
    }
    assert!(before[0] >= 16, "every organisation has contact points");
    assert!(before[1] >= 2, "some contacts are away");
    assert!(
        before[2] >= 6 * 14,
        "a week of day and night shifts per police unit"
    );
    assert!(before[3] >= 10, "a dozen action items");
    assert!(
        before[4] > before[3],
        "with timelines beyond their creation"
    );
    // One audit event per record, written by the system and saying it is demo data.
    for (action, table) in [
        ("contact.created", "contact_points"),
        ("contact.absence_added", "contact_absences"),
        ("duty.shift_added", "duty_shifts"),
    ] {
        assert_eq!(
            app.count(&format!(
                "SELECT count(*) FROM audit_events WHERE action = '{action}' \
                 AND actor_user_id IS NULL AND summary LIKE 'demo data: %'"
            ))
            .await,
            app.count(&format!("SELECT count(*) FROM {table}")).await,
            "{action}"
        );
    }

    let again = liaison(app.db_url.expose(), &["seed-demo"], None).await;
    again.assert_success();
    assert!(
        again.stdout.contains("their records were kept"),
        "{again:#?}"
    );
    for (table, count) in tables.iter().zip(before) {
        assert_eq!(
            app.count(&format!("SELECT count(*) FROM {table}")).await,
            count,
            "the second run adds nothing to {table}"
        );
    }
}

/// Not closed, and due before today in Bangkok (the demo users' time zone).
const OWED: &str = "i.status IN ('open', 'in_progress', 'blocked')";
const OVERDUE: &str = "i.status IN ('open', 'in_progress', 'blocked') \
                       AND i.due_date < (now() AT TIME ZONE 'Asia/Bangkok')::date";

/// Items owed by `code` matching `condition`.
fn owed_by(code: &str, condition: &str) -> String {
    format!(
        "SELECT count(*) FROM action_items i \
         JOIN action_item_assignees a ON a.action_item_id = i.id \
         JOIN organisations o ON o.id = a.organisation_id \
         WHERE o.code = '{code}' AND {condition}"
    )
}

#[tokio::test]
async fn a_country_demo_user_finds_the_work_its_embassy_owes() {
    let app = TestApp::spawn().await;
    let logins = Logins::seed(&app).await;
    let bra = logins.sign_in(&app, "BRA").await;

    let owed = app.count(&owed_by("BRA", OWED)).await;
    let overdue = app.count(&owed_by("BRA", OVERDUE)).await;
    assert!(owed >= 2 && overdue >= 1, "owed {owed}, overdue {overdue}");
    // The demo's Brazilian account reads the portal in Portuguese.
    let pt = |msg: Msg| msg.text(Lang::PtBr);
    let dashboard = bra.get("/").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    dashboard.assert_contains("<html lang=\"pt-BR\"");
    dashboard.assert_contains(&pt(Msg::new("dashboard-owed-by").arg("org", "BRA")));
    dashboard.assert_contains(&pt(Msg::new("items-workload-open").arg("count", owed)));
    dashboard.assert_contains(&format!(
        "{}</strong>",
        pt(Msg::new("items-workload-overdue").arg("count", overdue))
    ));
    // Among them a restricted item, which only its assignees (and coordinators, observers) see.
    dashboard.assert_contains("Rescue and return of Brazilian nationals");

    // Brazil's full list: the shared items and its own restricted ones, not others'.
    let visible = app
        .count(
            "SELECT count(*) FROM action_items i WHERE i.visibility = 'shared' OR EXISTS \
             (SELECT 1 FROM action_item_assignees a JOIN organisations o ON o.id = a.organisation_id \
              WHERE a.action_item_id = i.id AND o.code = 'BRA')",
        )
        .await;
    let list = bra.get("/action-items?status=").await;
    assert_eq!(list.status, StatusCode::OK);
    list.assert_contains(&format!(
        "<p class=\"muted\">{}",
        pt(Msg::new("items-count").arg("count", visible))
    ));
    assert!(visible < app.count("SELECT count(*) FROM action_items").await);
    assert!(
        !list
            .body
            .contains("Crack down on networks relocating from Kanchanaburi")
    );

    // Its history told it, in the portal (the demo's addresses are made up: no email).
    let kinds = app
        .count(
            "SELECT count(DISTINCT n.kind) FROM notifications n JOIN users u ON u.id = n.user_id \
             WHERE u.email = 'bra@demo.liaison.test'",
        )
        .await;
    assert!(
        kinds >= 4,
        "items, rescue requests, referrals, minutes: {kinds} kinds"
    );
    let told = bra.get("/notifications").await;
    assert_eq!(told.status, StatusCode::OK);
    assert!(told.body.contains("foi atribuído a BRA"), "{}", told.body);
    assert!(
        told.body.contains("unread-count"),
        "counted in the navigation"
    );
    assert_eq!(
        app.count("SELECT count(*) FROM email_outbox WHERE recipient LIKE '%@demo.liaison.test'")
            .await,
        0
    );

    // A timeline with comments and status changes by the demo users.
    let item: uuid::Uuid = {
        use diesel::{QueryDsl, TextExpressionMethods};
        use diesel_async::RunQueryDsl;
        use liaison::schema::action_items;
        let mut conn = app.conn().await;
        action_items::table
            .filter(action_items::title.like("Take down recruitment adverts%"))
            .select(action_items::id)
            .first(&mut conn)
            .await
            .unwrap()
    };
    let page = bra.get(&format!("/action-items/{item}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("CCIB demo user");
    page.assert_contains("TZA demo user");
    page.assert_contains("We collected 14 adverts");
    page.assert_contains(&format!(
        "<strong>{}</strong>",
        text(Lang::PtBr, "status-blocked")
    ));
}

#[tokio::test]
async fn a_coordinator_finds_items_in_every_status_some_overdue() {
    let app = TestApp::spawn().await;
    let logins = Logins::seed(&app).await;
    let cib = logins.sign_in(&app, "CIB").await;

    let total = app.count("SELECT count(*) FROM action_items").await;
    assert!((10..=50).contains(&total), "a dozen items, on one page");
    let list = cib.get("/action-items?status=").await;
    assert_eq!(list.status, StatusCode::OK);
    list.assert_total(total, "item");
    for (status, label) in [
        ("open", "Open"),
        ("in_progress", "In progress"),
        ("blocked", "Blocked"),
        ("done", "Done"),
        ("cancelled", "Cancelled"),
    ] {
        let n = app
            .count(&format!(
                "SELECT count(*) FROM action_items WHERE status = '{status}'"
            ))
            .await;
        assert!(n >= 1, "an item is {status}");
        assert_eq!(
            list.body.matches(&format!("<td>{label}</td>")).count() as i64,
            n,
            "{status} items on the list of any status"
        );
        let only = cib.get(&format!("/action-items?status={status}")).await;
        only.assert_total(n, "item");
    }
    let overdue = app
        .count(&format!(
            "SELECT count(*) FROM action_items i WHERE {OVERDUE}"
        ))
        .await;
    assert!(overdue >= 2, "some items are overdue");
    assert_eq!(
        list.body
            .matches("<strong class=\"overdue-label\">overdue</strong>")
            .count() as i64,
        overdue
    );
    cib.get("/action-items?status=&overdue=1")
        .await
        .assert_total(overdue, "item");
    assert!(
        list.body.contains(">restricted</span>"),
        "restricted items too"
    );
    // Created by the coordinators' demo users, and every change audited as demo data.
    assert_eq!(
        app.count(
            "SELECT count(*) FROM action_items i JOIN users u ON u.id = i.created_by \
             JOIN organisations o ON o.id = u.organisation_id \
             WHERE o.kind = 'coordinator' AND u.email LIKE '%@demo.liaison.test'"
        )
        .await,
        total
    );
    for (action, condition) in [
        ("action_item.created", "kind = 'created'"),
        ("action_item.commented", "kind = 'comment'"),
        ("action_item.status_changed", "kind = 'status'"),
    ] {
        let entries = app
            .count(&format!(
                "SELECT count(*) FROM action_item_events WHERE {condition}"
            ))
            .await;
        assert!(entries >= 1, "{condition}");
        assert_eq!(
            app.count(&format!(
                "SELECT count(*) FROM audit_events WHERE action = '{action}' \
                 AND actor_user_id IS NULL AND summary LIKE 'demo data: %'"
            ))
            .await,
            entries,
            "{action}"
        );
    }
}
