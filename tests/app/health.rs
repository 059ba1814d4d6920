//! Health checks and behaviour when the database is away.

use reqwest::StatusCode;

use crate::helpers::{TestApp, TestSettings};

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
    let login = client.get("/login").await;
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
    for _ in 0..3 {
        statuses.push(client.get("/").await.status);
    }
    // A request racing the cut may still meet a dead connection: that is the database being
    // away (503, try again), never a failure of ours (500). The ones after it get through.
    assert!(
        matches!(
            statuses[0],
            StatusCode::OK | StatusCode::SERVICE_UNAVAILABLE
        ),
        "{statuses:?}"
    );
    assert!(
        statuses[1..].iter().all(|s| *s == StatusCode::OK),
        "{statuses:?}"
    );
    assert_eq!(client.get("/healthz").await.status, StatusCode::OK);
}
