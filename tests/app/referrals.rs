//! Border referrals over HTTP: who a referral reaches (its country only; the coordinators'
//! board when no embassy of it is on the portal), whom the officer is told to call, what
//! observers see and may do, the embassy's acknowledgement and outcome against versions, and
//! the scheduler's escalation: a deadline passed while every instance was down, two instances
//! taking each step exactly once, and an acknowledgement that stops it. Then "asks for help"
//! going on to a rescue request linked both ways, the passport's matches in the reader's
//! scope, the administrators' deadlines, the traveller kept out of the lists and the audit
//! log, and the statements a page costs whatever the number of referrals.

use std::time::Duration;

use diesel_async::RunQueryDsl;
use reqwest::StatusCode;
use uuid::Uuid;

use crate::helpers::{Client, Page, Role, TZA_EMAIL, TestApp, TestSettings, text_in as text};

async fn first_checkpoint(app: &TestApp) -> String {
    text(
        app,
        "SELECT id FROM referral_checkpoints WHERE active ORDER BY position, name LIMIT 1",
    )
    .await
}

/// A complete filing for a Brazilian at `checkpoint`, overridden by `extra`.
fn referral_form<'a>(checkpoint: &str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, String)> {
    let mut form: Vec<(&str, String)> = vec![
        ("nationality", "BR".to_owned()),
        ("nationality_other", String::new()),
        ("full_name", "Rafaela Quixaba Teste".to_owned()),
        ("passport_number", "fq 765-4321".to_owned()),
        ("date_of_birth", "1999-08-21".to_owned()),
        ("sex", "female".to_owned()),
        ("phone", "+55 61 98888 7777".to_owned()),
        ("checkpoint", checkpoint.to_owned()),
        ("travel_mode", "land".to_owned()),
        ("purpose", "Zephyrine job offer".to_owned()),
        ("destination", "Quokka casino compound".to_owned()),
        ("itinerary", "none".to_owned()),
        ("risk", "job_offer_online".to_owned()),
        ("risk", "one_way".to_owned()),
        ("disposition", "held".to_owned()),
    ];
    for (key, value) in extra {
        form.retain(|(k, _)| k != key);
        form.push((key, (*value).to_owned()));
    }
    form
}

/// Files a referral as `client` and answers its id, read from the 303 to its page.
async fn file(client: &Client, form: &[(&str, String)]) -> Uuid {
    let page = client.post_form("/referrals", form).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let location = page.location().to_owned();
    location
        .strip_prefix("/referrals/")
        .and_then(|id| id.parse::<Uuid>().ok())
        .unwrap_or_else(|| panic!("filing answered 303 to {location:?}"))
}

/// The part of the page from `from` to the next `to`.
fn section<'a>(page: &'a Page, from: &str, to: &str) -> &'a str {
    let start = page
        .body
        .find(from)
        .unwrap_or_else(|| panic!("{from:?} in the page:\n{}", page.body));
    let rest = &page.body[start..];
    &rest[..rest.find(to).unwrap_or(rest.len())]
}

fn link_to(id: Uuid) -> String {
    format!("href=\"/referrals/{id}\"")
}

/// A deadline that passed while every instance was down: filed three hours ago under its
/// 30-minute deadline, so both the flag (at 30 minutes) and the board (at 60) are due.
async fn make_overdue(app: &TestApp, which: &str) {
    app.sql(&format!(
        "UPDATE referrals SET created_at = now() - interval '3 hours',
                ack_due_at = now() - interval '150 minutes',
                next_step_at = now() - interval '150 minutes'
         WHERE {which}"
    ))
    .await;
}

async fn events(app: &TestApp, id: Uuid, kind: &str) -> i64 {
    app.count(&format!(
        "SELECT count(*) FROM referral_events WHERE referral_id = '{id}' AND kind = '{kind}'"
    ))
    .await
}

async fn audited(app: &TestApp, id: Uuid, action: &str) -> i64 {
    app.count(&format!(
        "SELECT count(*) FROM audit_events WHERE target_id = '{id}' AND action = '{action}'"
    ))
    .await
}

async fn column(app: &TestApp, id: Uuid, column: &str) -> String {
    text(
        app,
        &format!("SELECT {column} FROM referrals WHERE id = '{id}'"),
    )
    .await
}

fn fast_scheduler() -> TestSettings {
    TestSettings {
        scheduler_every: Duration::from_millis(200),
        ..TestSettings::default()
    }
}

/// The reference people quote (`BR-2026-0001`), read from the row.
async fn reference_of(app: &TestApp, id: Uuid) -> String {
    text(
        app,
        &format!(
            "SELECT 'BR-' || year || '-' || lpad(number::text, 4, '0') FROM referrals WHERE id = '{id}'"
        ),
    )
    .await
}

/// A rescue request's reference (`RR-2026-0001`).
async fn rescue_reference_of(app: &TestApp, id: Uuid) -> String {
    text(
        app,
        &format!(
            "SELECT 'RR-' || year || '-' || lpad(number::text, 4, '0') FROM rescue_requests WHERE id = '{id}'"
        ),
    )
    .await
}

/// A complete rescue request for the Brazilian of [`referral_form`], in the first active
/// area, overridden by `extra` (`referral` to open it from a referral).
async fn rescue_form<'a>(app: &TestApp, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, String)> {
    let area = text(
        app,
        "SELECT id FROM rescue_areas WHERE active AND NOT is_other ORDER BY position, name LIMIT 1",
    )
    .await;
    let mut form: Vec<(&str, String)> = vec![
        ("nationality", "BR".to_owned()),
        ("full_name", "Rafaela Quixaba Teste".to_owned()),
        ("sex", "female".to_owned()),
        ("date_of_birth", "1999-08-21".to_owned()),
        ("approximate_age", String::new()),
        ("passport_number", "FQ7654321".to_owned()),
        (
            "last_known_location",
            "A compound past the border".to_owned(),
        ),
        ("area", area),
        ("urgency", "urgent".to_owned()),
    ];
    for (key, value) in extra {
        form.retain(|(k, _)| k != key);
        form.push((key, (*value).to_owned()));
    }
    form
}

/// Files a rescue request as `client` and answers its id, read from the 303 to its page.
async fn file_rescue_request(client: &Client, form: &[(&str, String)]) -> Uuid {
    let page = client.post_form("/rescue-requests", form).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let location = page.location().to_owned();
    location
        .strip_prefix("/rescue-requests/")
        .and_then(|id| id.parse::<Uuid>().ok())
        .unwrap_or_else(|| panic!("filing answered 303 to {location:?}"))
}

/// The deadlines in force: "held,continued,version".
async fn policy(app: &TestApp) -> String {
    text(
        app,
        "SELECT ack_minutes_held || ',' || ack_minutes_continued || ',' || version FROM referral_policy",
    )
    .await
}

/// Every audit event's action and summary, oldest first.
async fn audit_summaries(app: &TestApp) -> Vec<(String, String)> {
    #[derive(diesel::QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        action: String,
        #[diesel(sql_type = diesel::sql_types::Text)]
        summary: String,
    }
    let mut conn = app.conn().await;
    let rows: Vec<Row> = diesel::sql_query("SELECT action, summary FROM audit_events ORDER BY id")
        .load(&mut conn)
        .await
        .unwrap();
    rows.into_iter().map(|r| (r.action, r.summary)).collect()
}

#[tokio::test]
async fn a_referral_reaches_its_country_only_and_one_without_an_embassy_reaches_the_board() {
    let app = TestApp::spawn().await;
    let checkpoint = first_checkpoint(&app).await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let id = file(&coordinator, &referral_form(&checkpoint, &[])).await;
    assert_eq!(column(&app, id, "nationality").await, "BR");
    assert_eq!(column(&app, id, "status").await, "awaiting");
    // Held at the checkpoint: the policy's 30 minutes, kept with the referral.
    assert_eq!(column(&app, id, "ack_minutes").await, "30");
    assert_eq!(
        column(&app, id, "filed_by_org_id").await,
        text(&app, "SELECT id FROM organisations WHERE code = 'CCIB'").await
    );
    assert_eq!(events(&app, id, "filed").await, 1);
    assert_eq!(audited(&app, id, "referral.filed").await, 1);

    // Brazil's member finds it in the open inbox and opens it.
    let brazil = app.login_as(Role::Country).await;
    let inbox = brazil.get("/referrals?status=open").await;
    assert_eq!(inbox.status, StatusCode::OK);
    inbox.assert_contains(&link_to(id));
    let page = brazil.get(&format!("/referrals/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Rafaela Quixaba Teste");
    // The view of the traveller's data is audited.
    assert_eq!(audited(&app, id, "referral.viewed").await, 1);

    // Tanzania's member never learns of it.
    let tanzania = app.login_email(TZA_EMAIL).await;
    let page = tanzania.get(&format!("/referrals/{id}")).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(!page.body.contains("Rafaela Quixaba Teste"));
    for path in ["/referrals?status=open", "/referrals", "/referrals?status="] {
        let list = tanzania.get(path).await;
        assert_eq!(list.status, StatusCode::OK, "{path}");
        assert!(!list.body.contains(&id.to_string()), "{path} names it");
        assert!(!list.body.contains("Rafaela"), "{path} names the traveller");
    }

    // A nationality without an embassy on the portal: the coordinators' to handle.
    let vietnamese = file(
        &coordinator,
        &referral_form(
            &checkpoint,
            &[
                ("nationality", "other"),
                ("nationality_other", "vn"),
                ("full_name", "Nguyen Thi Testa"),
                ("passport_number", "C1234567"),
            ],
        ),
    )
    .await;
    assert_eq!(column(&app, vietnamese, "nationality").await, "VN");
    let board = coordinator.get("/referrals/escalated").await;
    assert_eq!(board.status, StatusCode::OK);
    let no_embassy = section(&board, "id=\"board-no-embassy\"", "</section>");
    assert!(
        no_embassy.contains(&link_to(vietnamese)),
        "the Vietnamese referral is not under 'no embassy':\n{no_embassy}"
    );
    // Brazil has an embassy, and its referral is not late: it is nowhere on the board.
    assert!(!board.body.contains(&link_to(id)), "{}", board.body);
    // Neither Brazil's member nor Tanzania's sees the Vietnamese referral.
    for client in [&brazil, &tanzania] {
        let page = client.get(&format!("/referrals/{vietnamese}")).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn the_referral_page_tells_the_officer_whom_to_call_at_the_embassy() {
    let app = TestApp::spawn().await;
    app.sql(
        "INSERT INTO contact_points (id, organisation_id, name, phones, always_available)
         SELECT gen_random_uuid(), id, 'Brasilia Border Desk', '{+6621234567}', true
         FROM organisations WHERE code = 'BRA'",
    )
    .await;
    let checkpoint = first_checkpoint(&app).await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let id = file(&coordinator, &referral_form(&checkpoint, &[])).await;
    let page = coordinator.get(&format!("/referrals/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let call_now = section(&page, "id=\"call-now\"", "</section>");
    assert!(call_now.contains("tel:+6621234567"), "{call_now}");
    assert!(call_now.contains("Brasilia Border Desk"), "{call_now}");
}

#[tokio::test]
async fn observers_read_a_referral_without_the_traveller_and_change_nothing() {
    let app = TestApp::spawn().await;
    let checkpoint = first_checkpoint(&app).await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let id = file(&coordinator, &referral_form(&checkpoint, &[])).await;
    let observer = app.login_as(Role::Observer).await;
    let distinctive = [
        "Rafaela",
        "Quixaba",
        "FQ7654321",
        "5561988887777",
        "Zephyrine",
        "Quokka",
    ];
    for path in [
        format!("/referrals/{id}"),
        "/referrals".to_owned(),
        "/referrals?status=".to_owned(),
        "/referrals/escalated".to_owned(),
        "/referrals/stats".to_owned(),
    ] {
        let page = observer.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        for word in distinctive {
            assert!(
                !page.body.contains(word),
                "{path} shows {word:?} to the observer"
            );
        }
    }
    // Every step is refused, and none is written.
    let observer_id = app.user_id("observer@unodc.test.org").await;
    for (path, form) in [
        ("acknowledge", vec![("estimate", "60"), ("version", "1")]),
        (
            "outcome",
            vec![("outcome", "turned_back"), ("version", "1")],
        ),
        (
            "calls",
            vec![
                ("contact", ""),
                ("channel", "phone"),
                ("result", "answered"),
                ("note", ""),
            ],
        ),
        (
            "close",
            vec![("reason", "Handled by phone"), ("version", "1")],
        ),
    ] {
        let page = observer
            .post(&format!("/referrals/{id}/{path}"), &form)
            .await;
        page.assert_refused();
    }
    assert_eq!(column(&app, id, "version").await, "1");
    assert_eq!(column(&app, id, "status").await, "awaiting");
    assert_eq!(column(&app, id, "acknowledged_at").await, "");
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM referral_events WHERE referral_id = '{id}'"
        ))
        .await,
        1,
        "only the filing is on the timeline"
    );
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM audit_events WHERE actor_user_id = '{observer_id}' \
             AND action LIKE 'referral%'"
        ))
        .await,
        0
    );
}

#[tokio::test]
async fn the_embassy_acknowledges_then_records_the_outcome_against_versions() {
    let app = TestApp::spawn().await;
    let id = app
        .file_referral("BR", "Bruno Test Viajante", Some("FB300003"))
        .await;
    let brazil = app.login_as(Role::Country).await;
    let member = app.user_id("member@bra.test.org").await;

    let page = brazil
        .post(
            &format!("/referrals/{id}/acknowledge"),
            &[("estimate", "60"), ("version", "1")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.location(), format!("/referrals/{id}"));
    assert_eq!(column(&app, id, "status").await, "acknowledged");
    assert_eq!(
        column(&app, id, "acknowledged_by").await,
        member.to_string()
    );
    assert_eq!(column(&app, id, "version").await, "2");
    // The estimate is an hour from now, and the scheduler next looks then.
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM referrals WHERE id = '{id}' \
             AND estimate_at BETWEEN now() + interval '58 minutes' AND now() + interval '61 minutes' \
             AND next_step_at = estimate_at"
        ))
        .await,
        1
    );
    assert_eq!(events(&app, id, "acknowledged").await, 1);
    assert_eq!(audited(&app, id, "referral.acknowledged").await, 1);

    // A second acknowledgement on the old version: the referral changed meanwhile.
    let page = brazil
        .post(
            &format!("/referrals/{id}/acknowledge"),
            &[("estimate", "30"), ("version", "1")],
        )
        .await;
    assert_eq!(page.status, StatusCode::CONFLICT, "{}", page.body);
    // And an outcome on the old version.
    let page = brazil
        .post(
            &format!("/referrals/{id}/outcome"),
            &[("outcome", "turned_back"), ("version", "1")],
        )
        .await;
    assert_eq!(page.status, StatusCode::CONFLICT, "{}", page.body);
    assert_eq!(column(&app, id, "version").await, "2");
    assert_eq!(column(&app, id, "status").await, "acknowledged");
    assert_eq!(events(&app, id, "acknowledged").await, 1);
    assert_eq!(events(&app, id, "outcome").await, 0);

    let page = brazil
        .post(
            &format!("/referrals/{id}/outcome"),
            &[("outcome", "turned_back"), ("version", "2")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.location(), format!("/referrals/{id}"));
    assert_eq!(column(&app, id, "status").await, "closed");
    assert_eq!(column(&app, id, "outcome").await, "turned_back");
    assert_eq!(column(&app, id, "next_step_at").await, "");
    assert_ne!(column(&app, id, "closed_at").await, "");
    assert_eq!(events(&app, id, "outcome").await, 1);
    assert_eq!(audited(&app, id, "referral.outcome_recorded").await, 1);
}

#[tokio::test]
async fn a_deadline_passed_while_every_instance_was_down_is_taken_once_at_the_next_start() {
    let app = TestApp::spawn().await;
    let id = app
        .file_referral("BR", "Bruno Test Viajante", Some("FB300003"))
        .await;
    make_overdue(&app, &format!("id = '{id}'")).await;
    // The next instance to start takes what fell due at once.
    let other = Client::new(&app.another_instance_with(fast_scheduler()));
    app.wait_for_count(
        &format!(
            "SELECT count(*) FROM referrals WHERE id = '{id}' AND escalation_step = 2 \
             AND (SELECT count(*) FROM referral_events e WHERE e.referral_id = '{id}' AND e.kind = 'flagged') = 1 \
             AND (SELECT count(*) FROM referral_events e WHERE e.referral_id = '{id}' AND e.kind = 'escalated') = 1"
        ),
        1,
        10,
    )
    .await;
    // Several more wakes: nothing is taken twice.
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(events(&app, id, "flagged").await, 1);
    assert_eq!(events(&app, id, "escalated").await, 1);
    assert_eq!(column(&app, id, "escalation_step").await, "2");
    assert_eq!(column(&app, id, "next_step_at").await, "");
    assert_eq!(column(&app, id, "status").await, "awaiting");
    // In order, and nobody's: the scheduler's steps.
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM referral_events f JOIN referral_events e \
               ON e.referral_id = f.referral_id AND e.kind = 'escalated' \
             WHERE f.referral_id = '{id}' AND f.kind = 'flagged' AND f.id < e.id \
               AND f.actor_user_id IS NULL AND e.actor_user_id IS NULL"
        ))
        .await,
        1
    );
    assert_eq!(audited(&app, id, "referral.flagged").await, 1);
    assert_eq!(audited(&app, id, "referral.escalated").await, 1);
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM audit_events WHERE target_id = '{id}' \
             AND action IN ('referral.flagged', 'referral.escalated') AND actor_user_id IS NOT NULL"
        ))
        .await,
        0
    );

    // On the coordinators' board, as escalated, on either instance.
    let coordinator = app.login_as(Role::Coordinator).await;
    let board = coordinator.get("/referrals/escalated").await;
    assert_eq!(board.status, StatusCode::OK);
    let escalated = section(&board, "id=\"board-escalated\"", "</section>");
    assert!(escalated.contains(&link_to(id)), "{escalated}");
    let login = other
        .login("coordinator@ccib.test.org", crate::helpers::PASSWORD)
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    let board = other.get("/referrals/escalated").await;
    assert_eq!(board.status, StatusCode::OK);
    let escalated = section(&board, "id=\"board-escalated\"", "</section>");
    assert!(escalated.contains(&link_to(id)), "{escalated}");
}

#[tokio::test]
async fn two_instances_take_each_step_exactly_once() {
    const N: i64 = 40;
    let app = TestApp::spawn_with(fast_scheduler()).await;
    let other = Client::new(&app.another_instance_with(fast_scheduler()));
    assert_eq!(other.get("/healthz").await.status, StatusCode::OK);
    for n in 0..N {
        app.file_referral("BR", &format!("Traveller {n}"), None)
            .await;
    }
    make_overdue(&app, "true").await;
    app.wait_for_count(
        "SELECT count(*) FROM referrals WHERE next_step_at <= now() OR escalation_step <> 2",
        0,
        10,
    )
    .await;
    // Let any second taking land before counting.
    tokio::time::sleep(Duration::from_secs(1)).await;
    for kind in ["flagged", "escalated"] {
        let once = app
            .count(&format!(
                "SELECT count(*) FROM (SELECT referral_id FROM referral_events WHERE kind = '{kind}' \
                 GROUP BY referral_id HAVING count(*) = 1) AS x"
            ))
            .await;
        let rows = app
            .count(&format!(
                "SELECT count(*) FROM referral_events WHERE kind = '{kind}'"
            ))
            .await;
        assert_eq!(
            (once, rows),
            (N, N),
            "{kind}: referrals with it once, and its rows"
        );
    }
    for action in ["referral.flagged", "referral.escalated"] {
        let (rows, referrals) = (
            app.count(&format!(
                "SELECT count(*) FROM audit_events WHERE action = '{action}'"
            ))
            .await,
            app.count(&format!(
                "SELECT count(DISTINCT target_id) FROM audit_events WHERE action = '{action}'"
            ))
            .await,
        );
        assert_eq!((rows, referrals), (N, N), "{action}");
    }
    assert_eq!(
        app.count("SELECT count(*) FROM referral_events WHERE kind = 'estimate_passed'")
            .await,
        0
    );
}

#[tokio::test]
async fn an_acknowledgement_before_the_deadline_stops_the_escalation() {
    let app = TestApp::spawn().await;
    let acknowledged = app.file_referral("BR", "Bruno Test Viajante", None).await;
    // The same, and the scheduler made to look at it anyway.
    let claimed = app.file_referral("BR", "Beatriz Test Viajante", None).await;
    // Not acknowledged: proves the scheduler ran.
    let control = app.file_referral("BR", "Caio Test Viajante", None).await;
    let brazil = app.login_as(Role::Country).await;
    for id in [acknowledged, claimed] {
        let page = brazil
            .post(
                &format!("/referrals/{id}/acknowledge"),
                &[("estimate", "60"), ("version", "1")],
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    }
    // Its deadline now long past; the scheduler's next look stays the estimate, an hour away.
    app.sql(&format!(
        "UPDATE referrals SET created_at = now() - interval '3 hours',
                ack_due_at = now() - interval '150 minutes'
         WHERE id IN ('{acknowledged}', '{claimed}')"
    ))
    .await;
    app.sql(&format!(
        "UPDATE referrals SET next_step_at = now() - interval '1 minute' WHERE id = '{claimed}'"
    ))
    .await;
    make_overdue(&app, &format!("id = '{control}'")).await;
    let _other = app.another_instance_with(fast_scheduler());
    app.wait_for_count(
        &format!("SELECT count(*) FROM referrals WHERE id = '{control}' AND escalation_step = 2"),
        1,
        10,
    )
    .await;
    // The claimed one was looked at, and put back to its estimate.
    app.wait_for_count(
        &format!(
            "SELECT count(*) FROM referrals WHERE id = '{claimed}' AND next_step_at = estimate_at"
        ),
        1,
        10,
    )
    .await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    for id in [acknowledged, claimed] {
        for kind in ["flagged", "escalated", "estimate_passed"] {
            assert_eq!(
                events(&app, id, kind).await,
                0,
                "{kind} on an acknowledged referral"
            );
        }
        assert_eq!(column(&app, id, "escalation_step").await, "0");
        assert_eq!(column(&app, id, "status").await, "acknowledged");
        assert_eq!(
            app.count(&format!(
                "SELECT count(*) FROM referrals WHERE id = '{id}' AND next_step_at = estimate_at \
                 AND next_step_at > now()"
            ))
            .await,
            1
        );
        assert_eq!(
            app.count(&format!(
                "SELECT count(*) FROM audit_events WHERE target_id = '{id}' \
                 AND action IN ('referral.flagged', 'referral.escalated', 'referral.estimate_passed')"
            ))
            .await,
            0
        );
    }
    let coordinator = app.login_as(Role::Coordinator).await;
    let board = coordinator.get("/referrals/escalated").await;
    assert_eq!(board.status, StatusCode::OK);
    let escalated = section(&board, "id=\"board-escalated\"", "</section>");
    assert!(escalated.contains(&link_to(control)), "{escalated}");
    assert!(!board.body.contains(&link_to(acknowledged)));
    assert!(!board.body.contains(&link_to(claimed)));
}

#[tokio::test]
async fn a_refused_filing_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let unknown = Uuid::now_v7().to_string();
    for checkpoint in ["bogus", unknown.as_str()] {
        let form = referral_form(checkpoint, &[("full_name", "Leocádia Typed Kept")]);
        let page = coordinator.post_form("/referrals", &form).await;
        assert_eq!(
            page.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{checkpoint}"
        );
        page.assert_contains("Leocádia Typed Kept");
        page.assert_contains("Quokka casino compound");
    }
    assert_eq!(app.count("SELECT count(*) FROM referrals").await, 0);
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'referral.filed'")
            .await,
        0
    );
}

#[tokio::test]
async fn a_page_costs_the_same_statements_with_2_or_60_referrals() {
    let app = TestApp::spawn().await;
    let (bra, tza) = app.seed_referrals().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let brazil = app.login_as(Role::Country).await;
    // Brazil's acknowledged after a call (the names of people are looked up), Tanzania's on
    // the coordinators' board, so every part of every page has something to show.
    let called = coordinator
        .post(
            &format!("/referrals/{bra}/calls"),
            &[
                ("contact", ""),
                ("channel", "phone"),
                ("result", "no_answer"),
                ("note", ""),
            ],
        )
        .await;
    assert_eq!(called.status, StatusCode::SEE_OTHER, "{}", called.body);
    let acknowledged = brazil
        .post(
            &format!("/referrals/{bra}/acknowledge"),
            &[("estimate", "60"), ("version", "1")],
        )
        .await;
    assert_eq!(
        acknowledged.status,
        StatusCode::SEE_OTHER,
        "{}",
        acknowledged.body
    );
    app.sql(&format!(
        "UPDATE referrals SET escalation_step = 2 WHERE id = '{tza}'"
    ))
    .await;

    let referral = format!("/referrals/{bra}");
    let paths = [
        "/referrals?status=",
        "/referrals?status=open",
        referral.as_str(),
        "/referrals/escalated",
        "/referrals/stats",
    ];
    let clients = [("coordinator", &coordinator), ("Brazil", &brazil)];
    let counted = |who: &str, path: &str| who == "coordinator" || path != "/referrals/escalated";
    let mut few = Vec::new();
    for (who, client) in clients {
        for path in paths.iter().filter(|p| counted(who, p)) {
            // Warm: prepared statements and the session are in place.
            app.queries_for(client, path).await;
            few.push(app.queries_for(client, path).await);
        }
    }
    brazil.get("/referrals/escalated").await.assert_refused();

    // 58 more, half of them Brazilians, some with the same passport as the first (its
    // matches), the Tanzanians all on the board, and some closed, so the list's first page
    // still reaches the acknowledged one (awaiting come first).
    for n in 0..58 {
        let nationality = if n % 2 == 0 { "BR" } else { "TZ" };
        let passport = if n % 10 == 0 {
            "FB300003".to_owned()
        } else {
            format!("FS{n:06}")
        };
        let id = app
            .file_referral(
                nationality,
                &format!("Seeded Traveller {n}"),
                Some(&passport),
            )
            .await;
        if n % 4 == 0 {
            app.sql(&format!(
                "UPDATE referrals SET status = 'closed', outcome = 'turned_back', \
                 closed_at = now(), next_step_at = NULL, \
                 sort_key = -extract(epoch FROM now())::bigint WHERE id = '{id}'"
            ))
            .await;
        }
    }
    app.sql("UPDATE referrals SET escalation_step = 2 WHERE nationality = 'TZ'")
        .await;
    assert_eq!(app.count("SELECT count(*) FROM referrals").await, 60);
    let list = coordinator.get("/referrals?status=").await;
    list.assert_contains("60 referrals");
    list.assert_contains("Page 1 of 2");

    let mut few = few.into_iter();
    for (who, client) in clients {
        for path in paths.iter().filter(|p| counted(who, p)) {
            let small = few.next().unwrap();
            let many = app.queries_for(client, path).await;
            assert_eq!(
                many, small,
                "{who} {path}: {small} statements with 2 referrals, {many} with 60"
            );
            assert!(many <= 20, "{who} {path}: {many} statements");
        }
    }
    brazil.get("/referrals/escalated").await.assert_refused();
}

#[tokio::test]
async fn asks_for_help_goes_on_to_a_rescue_request_filled_from_the_referral_and_linked_to_it() {
    let app = TestApp::spawn().await;
    let checkpoint = first_checkpoint(&app).await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let id = file(&coordinator, &referral_form(&checkpoint, &[])).await;
    let brazil = app.login_as(Role::Country).await;
    let page = brazil
        .post(
            &format!("/referrals/{id}/acknowledge"),
            &[("estimate", "60"), ("version", "1")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let page = brazil
        .post(
            &format!("/referrals/{id}/outcome"),
            &[("outcome", "asks_for_help"), ("version", "2")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let form_path = format!("/rescue-requests/new?referral={id}");
    assert_eq!(page.location(), form_path);
    assert_eq!(column(&app, id, "status").await, "closed");
    assert_eq!(column(&app, id, "outcome").await, "asks_for_help");

    // The form, filled from the referral, carries it.
    let form = brazil.get(&form_path).await;
    assert_eq!(form.status, StatusCode::OK);
    form.assert_contains("value=\"Rafaela Quixaba Teste\"");
    form.assert_contains("value=\"FQ7654321\"");
    form.assert_contains(&format!(
        "<input type=\"hidden\" name=\"referral\" value=\"{id}\">"
    ));

    let referral = id.to_string();
    let request = file_rescue_request(
        &brazil,
        &rescue_form(&app, &[("referral", referral.as_str())]).await,
    )
    .await;
    assert_eq!(
        column(&app, id, "rescue_request_id").await,
        request.to_string()
    );
    assert_eq!(events(&app, id, "rescue_request").await, 1);
    let page = brazil.get(&format!("/referrals/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&format!("href=\"/rescue-requests/{request}\""));
    let timeline = section(&page, "id=\"timeline\"", "</section>");
    let said = format!(
        "opened rescue request {}",
        rescue_reference_of(&app, request).await
    );
    assert!(timeline.contains(&said), "{said:?} not in:\n{timeline}");

    // Linked once: the form no longer carries the referral.
    let form = brazil.get(&form_path).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(!form.body.contains("name=\"referral\""), "{}", form.body);
}

#[tokio::test]
async fn the_passport_matches_other_referrals_and_open_rescue_requests_in_the_readers_scope() {
    let app = TestApp::spawn().await;
    let checkpoint = first_checkpoint(&app).await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let first = file(&coordinator, &referral_form(&checkpoint, &[])).await;
    // The same passport, written otherwise.
    let second = file(
        &coordinator,
        &referral_form(&checkpoint, &[("passport_number", "FQ7654321")]),
    )
    .await;
    let brazil = app.login_as(Role::Country).await;
    let page = brazil.get(&format!("/referrals/{second}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let matches = section(&page, "id=\"matches\"", "</section>");
    assert!(matches.contains("Referred before on"), "{matches}");
    assert!(matches.contains(&link_to(first)), "{matches}");
    assert!(!matches.contains("Matches rescue request"), "{matches}");

    // An open rescue request of a Brazilian with that passport.
    let request = file_rescue_request(
        &brazil,
        &rescue_form(&app, &[("passport_number", "fq 765 4321")]).await,
    )
    .await;
    let said = format!(
        "Matches rescue request {}",
        rescue_reference_of(&app, request).await
    );
    for client in [&brazil, &coordinator] {
        let page = client.get(&format!("/referrals/{second}")).await;
        assert_eq!(page.status, StatusCode::OK);
        let matches = section(&page, "id=\"matches\"", "</section>");
        assert!(matches.contains(&said), "{said:?} not in:\n{matches}");
        assert!(
            matches.contains(&format!("href=\"/rescue-requests/{request}\"")),
            "{matches}"
        );
        assert!(matches.contains(&link_to(first)), "{matches}");
    }

    // Tanzania's member learns of none of them.
    let tanzania = app.login_email(TZA_EMAIL).await;
    for path in [
        format!("/referrals/{first}"),
        format!("/referrals/{second}"),
        format!("/rescue-requests/{request}"),
    ] {
        let page = tanzania.get(&path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!page.body.contains("Referred before"), "{path}");
    }

    // The observer reads the referral without its traveller, so without its matches.
    let observer = app.login_as(Role::Observer).await;
    let page = observer.get(&format!("/referrals/{second}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("id=\"matches\""), "{}", page.body);
    assert!(!page.body.contains("Referred before"), "{}", page.body);
    assert!(
        !page.body.contains("Matches rescue request"),
        "{}",
        page.body
    );
    assert!(!page.body.contains(&link_to(first)), "{}", page.body);
}

#[tokio::test]
async fn administrators_set_the_deadlines_new_referrals_are_filed_under() {
    let app = TestApp::spawn().await;
    let checkpoint = first_checkpoint(&app).await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let before = file(&coordinator, &referral_form(&checkpoint, &[])).await;
    let admin = app.login_as(Role::Admin).await;
    let page = admin.get("/admin/referral-policy").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(policy(&app).await, "30,240,1");

    let saved = admin
        .post(
            "/admin/referral-policy",
            &[
                ("ack_minutes_held", "45"),
                ("ack_minutes_continued", "300"),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.location(), "/admin/referral-policy");
    assert_eq!(policy(&app).await, "45,300,2");

    // A referral filed now is under the new deadline; the one filed before keeps its own.
    let after = file(&coordinator, &referral_form(&checkpoint, &[])).await;
    assert_eq!(column(&app, after, "ack_minutes").await, "45");
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM referrals WHERE id = '{after}' \
             AND ack_due_at = created_at + interval '45 minutes'"
        ))
        .await,
        1
    );
    assert_eq!(column(&app, before, "ack_minutes").await, "30");
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM referrals WHERE id = '{before}' \
             AND ack_due_at = created_at + interval '30 minutes'"
        ))
        .await,
        1
    );

    // A save on the old version: someone changed the deadlines meanwhile.
    let stale = admin
        .post(
            "/admin/referral-policy",
            &[
                ("ack_minutes_held", "60"),
                ("ack_minutes_continued", "600"),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.body);
    stale.assert_contains("Someone else changed the deadlines first");
    assert_eq!(policy(&app).await, "45,300,2");

    // Out of bounds: refused, with what was typed kept.
    let bad = admin
        .post(
            "/admin/referral-policy",
            &[
                ("ack_minutes_held", "2"),
                ("ack_minutes_continued", "300"),
                ("version", "2"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
    let held = section(&bad, "id=\"ack_minutes_held\"", ">");
    assert!(held.contains("value=\"2\""), "{held}");
    bad.assert_contains("Enter a whole number of minutes from 5 to 1440.");
    assert_eq!(policy(&app).await, "45,300,2");

    assert_eq!(
        app.count(
            "SELECT count(*) FROM audit_events WHERE action = 'referral_policy.changed' \
             AND summary = 'acknowledgement deadlines: held 30 → 45 minutes, continued 240 → 300 minutes'"
        )
        .await,
        1
    );
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'referral_policy.changed'")
            .await,
        1
    );
}

#[tokio::test]
async fn the_traveller_stays_out_of_the_lists_and_the_audit_log() {
    let app = TestApp::spawn().await;
    let checkpoint = first_checkpoint(&app).await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let brazil = app.login_as(Role::Country).await;
    let id = file(&coordinator, &referral_form(&checkpoint, &[])).await;

    // The inbox names the referral, never the traveller.
    let reference = reference_of(&app, id).await;
    for (who, client) in [("coordinator", &coordinator), ("Brazil", &brazil)] {
        let inbox = client.get("/referrals?status=").await;
        assert_eq!(inbox.status, StatusCode::OK, "{who}");
        inbox.assert_contains(&reference);
        inbox.assert_contains(&link_to(id));
        for word in ["Rafaela", "Quixaba", "FQ7654321"] {
            assert!(!inbox.body.contains(word), "{who}'s inbox shows {word:?}");
        }
    }

    // Every step on it: views, a correction, a call, the acknowledgement, the outcome and the
    // rescue request it goes on to.
    for client in [&coordinator, &brazil] {
        let page = client.get(&format!("/referrals/{id}")).await;
        assert_eq!(page.status, StatusCode::OK);
    }
    let edit = coordinator.get(&format!("/referrals/{id}/edit")).await;
    assert_eq!(edit.status, StatusCode::OK);
    let corrected = coordinator
        .post_form(
            &format!("/referrals/{id}/edit"),
            &referral_form(
                &checkpoint,
                &[
                    ("full_name", "Rafaela Quixaba Testa"),
                    ("destination", "Quokka casino tower"),
                    ("version", "1"),
                ],
            ),
        )
        .await;
    assert_eq!(
        corrected.status,
        StatusCode::SEE_OTHER,
        "{}",
        corrected.body
    );
    let called = coordinator
        .post(
            &format!("/referrals/{id}/calls"),
            &[
                ("contact", ""),
                ("channel", "phone"),
                ("result", "answered"),
                ("note", "Spoke about Rafaela Quixaba, passport FQ7654321"),
            ],
        )
        .await;
    assert_eq!(called.status, StatusCode::SEE_OTHER, "{}", called.body);
    let version = column(&app, id, "version").await;
    let page = brazil
        .post(
            &format!("/referrals/{id}/acknowledge"),
            &[("estimate", "60"), ("version", &version)],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let version = column(&app, id, "version").await;
    let page = brazil
        .post(
            &format!("/referrals/{id}/outcome"),
            &[("outcome", "asks_for_help"), ("version", &version)],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let referral = id.to_string();
    file_rescue_request(
        &brazil,
        &rescue_form(&app, &[("referral", referral.as_str())]).await,
    )
    .await;

    // One closed by the coordinators, for a reason that names the traveller.
    let closed = file(
        &coordinator,
        &referral_form(
            &checkpoint,
            &[
                ("full_name", "Quintiliano Test Viajante"),
                ("passport_number", "qx 111-2222"),
            ],
        ),
    )
    .await;
    let page = coordinator
        .post(
            &format!("/referrals/{closed}/close"),
            &[("reason", "Quintiliano went home"), ("version", "1")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);

    // And one the scheduler flags and escalates.
    let late = app
        .file_referral("BR", "Zoraide Test Atrasada", Some("ZA9990001"))
        .await;
    make_overdue(&app, &format!("id = '{late}'")).await;
    let _other = app.another_instance_with(fast_scheduler());
    app.wait_for_count(
        &format!("SELECT count(*) FROM referrals WHERE id = '{late}' AND escalation_step = 2"),
        1,
        10,
    )
    .await;

    let summaries = audit_summaries(&app).await;
    for action in [
        "referral.filed",
        "referral.viewed",
        "referral.updated",
        "referral.call_logged",
        "referral.acknowledged",
        "referral.outcome_recorded",
        "referral.closed",
        "referral.flagged",
        "referral.escalated",
        "rescue_request.filed",
    ] {
        assert!(
            summaries.iter().any(|(a, _)| a == action),
            "no {action} in the audit log: {summaries:?}"
        );
    }
    let secrets = [
        "rafaela",
        "quixaba",
        "fq7654321",
        "fq 765-4321",
        "765-4321",
        "5561988887777",
        "quintiliano",
        "qx1112222",
        "111-2222",
        "zoraide",
        "atrasada",
        "za9990001",
    ];
    for (action, summary) in summaries
        .iter()
        .filter(|(a, _)| a.starts_with("referral") || a.starts_with("rescue_request"))
    {
        let lower = summary.to_lowercase();
        for secret in secrets {
            assert!(
                !lower.contains(secret),
                "{action}'s summary {summary:?} names {secret:?}"
            );
        }
    }
}

#[tokio::test]
async fn the_dashboard_counts_the_desks_referrals_in_its_scope_only() {
    let app = TestApp::spawn().await;
    let brazil = app.login_as(Role::Country).await;
    let tanzania = app.login_email(TZA_EMAIL).await;
    let quiet = tanzania.get("/").await;
    quiet.assert_contains("No border referral is awaiting acknowledgement.");

    let first = app.file_referral("BR", "Dash One", None).await;
    app.file_referral("BR", "Dash Two", None).await;
    make_overdue(&app, &format!("id = '{first}'")).await;
    let page = brazil.get("/").await;
    page.assert_contains("2 referrals await acknowledgement");
    page.assert_contains("one past its deadline");
    // Tanzania's desk is told nothing of Brazil's nationals.
    let page = tanzania.get("/").await;
    page.assert_contains("No border referral is awaiting acknowledgement.");

    // Past the cap, the count says "more than": the dashboard costs no more on a bad night.
    app.sql(&format!(
        "INSERT INTO referrals (id, year, number, nationality, checkpoint_id, travel_mode, itinerary,
                                disposition, sort_key, ack_minutes, ack_due_at, key_id, traveller,
                                filed_by_org_id, created_by)
         SELECT gen_random_uuid(), 2000, n, 'BR', checkpoint_id, travel_mode, itinerary, disposition,
                sort_key, ack_minutes, ack_due_at, key_id, traveller, filed_by_org_id, created_by
         FROM referrals, generate_series(1, {}) AS n WHERE id = '{first}'",
        liaison::referrals::model::ATTENTION_CAP
    ))
    .await;
    let page = brazil.get("/").await;
    page.assert_contains(&format!(
        "More than {} referrals await acknowledgement",
        liaison::referrals::model::ATTENTION_CAP - 1
    ));
    page.assert_contains(&format!(
        "more than {} past their deadline",
        liaison::referrals::model::ATTENTION_CAP - 1
    ));
}
