//! The audit log: append-only in the database, filtered and paginated by keyset.

use reqwest::StatusCode;

use crate::helpers::{Role, TestApp};

#[tokio::test]
async fn the_database_refuses_to_change_or_delete_audit_events() {
    let app = TestApp::spawn().await;
    app.login_as(Role::Country).await;
    use diesel_async::RunQueryDsl;
    let mut conn = app.conn().await;
    for statement in [
        "UPDATE audit_events SET summary = 'nothing happened'",
        "DELETE FROM audit_events",
        "TRUNCATE audit_events",
    ] {
        let result = diesel::sql_query(statement).execute(&mut conn).await;
        let error = result.expect_err(statement).to_string();
        assert!(error.contains("append-only"), "{statement}: {error}");
    }
    assert_eq!(app.count("SELECT count(*) FROM audit_events").await, 1);
}

#[tokio::test]
async fn audit_readers_filter_by_actor_organisation_action_and_date() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    app.login_as(Role::Country).await;
    app.client()
        .login("member@bra.test.org", "a wrong password here")
        .await;
    app.sql("INSERT INTO audit_events (occurred_at, action, summary) VALUES ('2026-01-15 12:00+07', 'organisation.created', 'an old event')").await;

    let all = coordinator.get("/audit").await;
    assert_eq!(all.status, StatusCode::OK);
    all.assert_contains("failed sign-in as member@bra.test.org");
    all.assert_contains("an old event");

    let by_actor = coordinator.get("/audit?actor=member%40bra.test.org").await;
    by_actor.assert_contains("signed in");
    assert!(!by_actor.body.contains("coordinator@ccib.test.org"));
    let by_org = coordinator.get("/audit?org=CCIB").await;
    by_org.assert_contains("coordinator@ccib.test.org");
    assert!(!by_org.body.contains("member@bra.test.org</td>"));
    let by_action = coordinator.get("/audit?action=auth.sign_in_failed").await;
    by_action.assert_contains("failed sign-in");
    assert!(!by_action.body.contains("an old event"));
    let by_date = coordinator
        .get("/audit?from=2026-01-15&to=2026-01-15")
        .await;
    by_date.assert_contains("an old event");
    assert!(!by_date.body.contains("failed sign-in"));
    let nobody = coordinator
        .get("/audit?actor=nobody%40nowhere.test.org")
        .await;
    nobody.assert_contains("No entries match these filters.");

    let bad = coordinator
        .get("/audit?from=15%2F01%2F2026&action=made.up")
        .await;
    assert_eq!(bad.status, StatusCode::OK);
    bad.assert_contains("The from date must look like 2026-11-28.");
    bad.assert_contains("Choose an action from the list.");
    let far = coordinator.get("/audit?from=-5000-01-01").await;
    assert_eq!(far.status, StatusCode::OK);
    far.assert_contains("The from date must look like 2026-11-28.");
    // A date input holds only a valid date (HTML's rule; a browser would drop any other), so
    // the unreadable one is emptied and the message above names the problem.
    bad.assert_contains("name=\"from\" value=\"\"");
    assert!(!bad.body.contains("15/01/2026"), "{}", bad.body);
}

#[tokio::test]
async fn the_audit_log_pages_by_keyset_without_gaps_or_repeats() {
    let app = TestApp::spawn().await;
    let admin = app.login_as(Role::Admin).await;
    app.sql(
        "INSERT INTO audit_events (action, summary)
         SELECT 'organisation.updated', 'bulk event ' || n || '.' FROM generate_series(1, 120) AS n",
    )
    .await;
    let mut seen = Vec::new();
    let mut path = "/audit?action=organisation.updated".to_owned();
    let mut pages = 0;
    loop {
        let page = admin.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        pages += 1;
        for n in 1..=120 {
            if page.body.contains(&format!("bulk event {n}.")) {
                seen.push(n);
            }
        }
        let marker = "rel=\"next\"";
        let Some(at) = page.body.find(marker) else {
            break;
        };
        let start = page.body[..at].rfind("href=\"").unwrap() + 6;
        let end = start + page.body[start..].find('"').unwrap();
        // The href as HTML writes it: askama escapes `&` as `&#38;`.
        path = page.body[start..end]
            .replace("&amp;", "&")
            .replace("&#38;", "&");
        assert!(
            path.contains("action=organisation.updated"),
            "filters survive paging: {path}"
        );
    }
    assert_eq!(pages, 3);
    seen.sort_unstable();
    assert_eq!(seen, (1..=120).collect::<Vec<_>>());
    // A position that cannot be read opens on the newest rows, as every list ignores a filter
    // it cannot read.
    let unreadable = admin
        .get("/audit?action=organisation.updated&before=abc")
        .await;
    assert_eq!(unreadable.status, StatusCode::OK);
    unreadable.assert_contains("bulk event 120.");
    assert!(!unreadable.body.contains("bulk event 70."));
}

/// The grants the README gives the application's role when it does not own the schema, read
/// from the README itself so the two cannot drift apart.
fn app_role_grants(role: &str) -> String {
    let readme = include_str!("../../README.md");
    let start = readme
        .find("-- as liaison_owner")
        .expect("the README lists the application role's grants");
    let block = &readme[start..];
    let block = &block[..block.find("```").expect("the grants block ends")];
    block
        .lines()
        .filter(|line| !line.starts_with("--"))
        .collect::<Vec<_>>()
        .join("\n")
        .replace("liaison_app", role)
}

#[tokio::test]
async fn a_role_that_does_not_own_the_audit_table_cannot_undo_it() {
    use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
    let app = TestApp::spawn().await;
    let role = format!(
        "liaison_test_role_{}",
        &uuid::Uuid::new_v4().simple().to_string()[..12]
    );
    app.sql(&format!("CREATE ROLE {role} LOGIN")).await;
    struct DropRole(String, liaison::config::DatabaseUrl);
    impl Drop for DropRole {
        fn drop(&mut self) {
            let role = &self.0;
            crate::helpers::cleanup_sql(
                self.1.clone(),
                vec![
                    format!("DROP OWNED BY {role}"),
                    format!("DROP ROLE IF EXISTS {role}"),
                ],
            );
        }
    }
    let _cleanup = DropRole(role.clone(), app.db_url.clone());
    let grants = app_role_grants(&role);
    assert!(grants.contains("SEQUENCES"), "{grants}");
    for statement in grants.split(';').filter(|s| !s.trim().is_empty()) {
        app.sql(statement).await;
    }

    let mut url: url::Url = app.db_url.expose().parse().unwrap();
    url.set_username(&role).unwrap();
    let mut conn = AsyncPgConnection::establish(url.as_str()).await.unwrap();
    let run = |sql: &'static str| diesel::sql_query(sql);
    assert!(
        run("INSERT INTO audit_events (action, summary) VALUES ('auth.sign_out', 'x')")
            .execute(&mut conn)
            .await
            .is_ok()
    );
    assert!(
        run("UPDATE users SET time_zone = 'UTC'")
            .execute(&mut conn)
            .await
            .is_ok(),
        "the app works"
    );
    // Action items take their number from a sequence.
    let created = run(
        "INSERT INTO action_items (id, title, due_date, created_by) \
         SELECT gen_random_uuid(), 'x', current_date, id FROM users LIMIT 1",
    )
    .execute(&mut conn)
    .await;
    assert!(created.is_ok(), "numbering action items works: {created:?}");
    // Refused for the right reason: not the owner, or not granted; not a typo in the test.
    for (refused, reason) in [
        (
            "ALTER TABLE audit_events DISABLE TRIGGER ALL",
            "must be owner of table audit_events",
        ),
        (
            "DROP TRIGGER audit_events_no_update_or_delete ON audit_events",
            "must be owner of relation audit_events",
        ),
        (
            "DELETE FROM audit_events",
            "permission denied for table audit_events",
        ),
        (
            "TRUNCATE audit_events",
            "permission denied for table audit_events",
        ),
    ] {
        let error = run(refused)
            .execute(&mut conn)
            .await
            .expect_err(refused)
            .to_string();
        assert!(error.contains(reason), "{refused}: {error}");
    }
}

/// `liaison audit verify` on the test's database.
async fn verify(app: &TestApp) -> crate::cli::Run {
    crate::cli::liaison(app.db_url.expose(), &["audit", "verify"], None).await
}

#[tokio::test]
async fn audit_verify_finds_a_changed_a_removed_and_a_cut_off_event() {
    let app = TestApp::spawn().await;
    let admin = app.login_as(Role::Admin).await;
    for zone in ["UTC", "Asia/Bangkok", "Europe/Paris", "UTC"] {
        let saved = admin
            .post("/account/time-zone", &[("time_zone", zone)])
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
    }
    let events = app.count("SELECT count(*) FROM audit_events").await;
    assert!(events >= 5, "{events}");
    let intact = verify(&app).await;
    intact.assert_success();
    assert!(
        intact.stdout.contains(&format!(
            "intact: {events} events, head event {events} with hash "
        )),
        "{intact:#?}"
    );
    let page = admin.get("/audit").await;
    page.assert_contains(&format!(
        "Every event up to event {events} was verified intact"
    ));
    page.assert_contains("Last check of the whole log");

    // A superuser changes an event with the append-only trigger disabled.
    app.sql("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete")
        .await;
    app.sql("UPDATE audit_events SET summary = summary || ' (edited)' WHERE id = 3")
        .await;
    let changed = verify(&app).await;
    assert_eq!(changed.code, Some(1), "{changed:#?}");
    assert!(
        changed
            .stderr
            .contains("event 3 was changed: its content does not match its hash"),
        "{changed:#?}"
    );
    admin
        .get("/audit")
        .await
        .assert_contains("The chain is broken at event 3");

    // Put back, the chain is intact again; then one event is removed.
    app.sql("UPDATE audit_events SET summary = left(summary, length(summary) - 9) WHERE id = 3")
        .await;
    verify(&app).await.assert_success();
    app.sql("DELETE FROM audit_events WHERE id = 4").await;
    let removed = verify(&app).await;
    assert_eq!(removed.code, Some(1), "{removed:#?}");
    assert!(
        removed
            .stderr
            .contains("event 5 does not link to event 3: the events between them were removed"),
        "{removed:#?}"
    );

    // Removing the newest events leaves a chain that links, but ends before the last check.
    let app = TestApp::spawn().await;
    app.login_as(Role::Admin).await;
    verify(&app).await.assert_success();
    app.sql("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete")
        .await;
    app.sql("DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)")
        .await;
    let cut = verify(&app).await;
    assert_eq!(cut.code, Some(1), "{cut:#?}");
    assert!(
        cut.stderr.contains("the newest events were removed"),
        "{cut:#?}"
    );
}

#[tokio::test]
async fn fifty_concurrent_changes_leave_an_intact_chain() {
    let app = TestApp::spawn().await;
    let mut clients = Vec::new();
    for role in [
        Role::Admin,
        Role::Coordinator,
        Role::Country,
        Role::Observer,
    ] {
        let client = app.login_as(role).await;
        let token = client.csrf_token().await;
        clients.push((client, token));
    }
    let before = app.count("SELECT count(*) FROM audit_events").await;
    let zones = [
        "UTC",
        "Asia/Bangkok",
        "Europe/Paris",
        "America/Sao_Paulo",
        "Asia/Tokyo",
    ];
    let changes = (0..50).map(|i| {
        let (client, token) = &clients[i % clients.len()];
        let zone = zones[i % zones.len()];
        async move {
            let fields = [("time_zone", zone), ("csrf_token", token.as_str())];
            client.post_raw("/account/time-zone", &fields).await
        }
    });
    for page in futures_util::future::join_all(changes).await {
        assert_eq!(page.status, StatusCode::SEE_OTHER);
    }
    let after = app.count("SELECT count(*) FROM audit_events").await;
    assert_eq!(after - before, 50);
    // One line: numbered without gaps, each event linking to a different one before it.
    assert_eq!(app.count("SELECT max(id) FROM audit_events").await, after);
    assert_eq!(
        app.count("SELECT count(DISTINCT prev_hash) FROM audit_events")
            .await,
        after
    );
    let run = verify(&app).await;
    run.assert_success();
    assert!(run.stdout.contains(&format!("{after} events")), "{run:#?}");
}
