//! Health checks and behaviour when the database is away.

use reqwest::StatusCode;

use crate::helpers::{Role, TestApp, TestSettings};

#[tokio::test]
async fn healthz_answers_200_when_the_database_answers() {
    let app = TestApp::spawn().await;
    let page = app.client().get("/healthz").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.body, "ok\n");
}

#[tokio::test]
async fn without_a_database_healthz_and_pages_answer_503_quickly() {
    let app = TestApp::spawn_with(TestSettings {
        unreachable_database: true,
        ..TestSettings::default()
    })
    .await;
    let client = app.client();
    let started = std::time::Instant::now();
    let health = client.get("/healthz").await;
    assert_eq!(health.status, StatusCode::SERVICE_UNAVAILABLE);
    // The sign-in form itself needs no database (its token is signed, not stored); signing
    // in does, and so does any request with a session.
    assert_eq!(client.get("/login").await.status, StatusCode::OK);
    let sign_in = client.login("member@bra.test.org", "whatever it is").await;
    assert_eq!(sign_in.status, StatusCode::SERVICE_UNAVAILABLE);
    let login = client
        .with_session_cookie("/login", "a-stale-session")
        .await;
    assert_eq!(login.status, StatusCode::SERVICE_UNAVAILABLE);
    login.assert_contains("Temporarily unavailable");
    // A failure on our side names the request, as the X-Request-Id header does.
    let id = login
        .headers
        .get("x-request-id")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    login.assert_contains(&format!("Reference: <code>{id}</code>"));
    // Static assets need no database.
    assert_eq!(
        client.get("/static/liaison.css").await.status,
        StatusCode::OK
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "answers do not hang"
    );
}

#[tokio::test]
async fn the_pool_recovers_when_database_connections_are_cut() {
    let app = TestApp::spawn().await;
    let client = app.login_as(crate::helpers::Role::Country).await;
    assert_eq!(client.get("/").await.status, StatusCode::OK);
    // What a PostgreSQL restart or failover does to open connections.
    app.sql(&format!(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{}' AND pid <> pg_backend_pid()",
        app.db_name
    ))
    .await;
    let mut statuses = Vec::new();
    for _ in 0..8 {
        statuses.push(client.get("/").await.status);
    }
    // Each connection the cut left idle in the worker's pool (4, the test server's size: the
    // sign-in alone can leave two) may be met once more: that is the database being away (503,
    // try again), never a failure of ours (500), and it leaves the pool. Then every request
    // gets through.
    let failed = statuses
        .iter()
        .take_while(|s| **s == StatusCode::SERVICE_UNAVAILABLE)
        .count();
    assert!(failed <= 4, "{statuses:?}");
    assert!(
        statuses[failed..].iter().all(|s| *s == StatusCode::OK),
        "{statuses:?}"
    );
    assert_eq!(client.get("/healthz").await.status, StatusCode::OK);
}

/// A database restart under load, as PostgreSQL's clients see one: every open connection cut,
/// new ones refused for a while, then accepted again — twice, while sixteen browsers read pages,
/// comment and create items. Every answer is a page (200), a redirect after a write (303) or
/// "try again shortly" (503); no 500, no hang; and every write that was acknowledged is there.
#[tokio::test]
async fn a_database_restart_under_load_answers_503_and_loses_no_acknowledged_write() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    let app = Arc::new(TestApp::spawn().await);
    let records = app.seed_records().await;
    let running = Arc::new(AtomicBool::new(true));
    let mut browsers = Vec::new();
    for n in 0..16 {
        let role = if n % 2 == 0 {
            Role::Coordinator
        } else {
            Role::Country
        };
        let client = app.login_as(role).await;
        let running = running.clone();
        let item = records.shared_bra;
        browsers.push(tokio::spawn(async move {
            let mut answers: Vec<(String, StatusCode)> = Vec::new();
            let mut acknowledged: Vec<String> = Vec::new();
            let mut round = 0;
            let token = client.csrf_token().await;
            while running.load(Ordering::Relaxed) {
                round += 1;
                let page = client.get("/").await;
                answers.push(("GET /".into(), page.status));
                let page = client.get("/action-items").await;
                answers.push(("GET /action-items".into(), page.status));
                let text = format!("browser {n} round {round}");
                let page = if role == Role::Coordinator {
                    client
                        .post_raw(
                            "/action-items",
                            &[
                                ("title", text.as_str()),
                                ("due_date", "2031-01-31"),
                                ("priority", "normal"),
                                ("visibility", "shared"),
                                ("assignees", "BRA"),
                                ("csrf_token", &token),
                            ],
                        )
                        .await
                } else {
                    client
                        .post_raw(
                            &format!("/action-items/{item}/comments"),
                            &[("comment", text.as_str()), ("csrf_token", &token)],
                        )
                        .await
                };
                answers.push((format!("POST as {role:?}"), page.status));
                if page.status == StatusCode::SEE_OTHER {
                    acknowledged.push(text);
                }
            }
            (role, answers, acknowledged)
        }));
    }

    for _ in 0..2 {
        tokio::time::sleep(Duration::from_millis(800)).await;
        app.refuse_connections().await;
        tokio::time::sleep(Duration::from_millis(1_500)).await;
        app.accept_connections().await;
    }
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    running.store(false, Ordering::Relaxed);

    let mut tally: std::collections::BTreeMap<u16, usize> = Default::default();
    let mut wrong = Vec::new();
    let (mut items, mut comments) = (Vec::new(), Vec::new());
    for browser in browsers {
        let (role, answers, acknowledged) = browser.await.unwrap();
        for (what, status) in answers {
            *tally.entry(status.as_u16()).or_default() += 1;
            let expected = [
                StatusCode::OK,
                StatusCode::SEE_OTHER,
                StatusCode::SERVICE_UNAVAILABLE,
            ];
            if !expected.contains(&status) {
                wrong.push(format!("{what}: {status}"));
            }
        }
        match role {
            Role::Coordinator => items.extend(acknowledged),
            _ => comments.extend(acknowledged),
        }
    }
    eprintln!(
        "database restarts under load: answers {tally:?}, {} items and {} comments acknowledged",
        items.len(),
        comments.len()
    );
    assert!(
        wrong.is_empty(),
        "answers other than 200/303/503: {wrong:?}"
    );
    assert!(
        tally.contains_key(&503),
        "the outage was seen (or the test cut nothing): {tally:?}"
    );
    assert!(
        !items.is_empty() && !comments.is_empty(),
        "writes got through"
    );
    let quoted = |texts: &[String]| {
        texts
            .iter()
            .map(|t| format!("'{t}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let stored_items = app
        .count(&format!(
            "SELECT count(DISTINCT title) FROM action_items WHERE title IN ({})",
            quoted(&items)
        ))
        .await;
    assert_eq!(stored_items, items.len() as i64, "every acknowledged item");
    let stored_comments = app
        .count(&format!(
            "SELECT count(DISTINCT body) FROM action_item_events
             WHERE kind = 'comment' AND body IN ({})",
            quoted(&comments)
        ))
        .await;
    assert_eq!(
        stored_comments,
        comments.len() as i64,
        "every acknowledged comment"
    );
    // And it is over: the next page is served.
    let client = app.login_as(Role::Country).await;
    assert_eq!(client.get("/").await.status, StatusCode::OK);
}
