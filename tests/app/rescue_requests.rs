//! Rescue requests over HTTP: filing and the audit of every view, the scope rules (another
//! country never learns of a request; observers follow the flow without anyone's personal
//! data), the workflow and who takes each step, edits and stale versions, possible
//! duplicates, the personal data at rest (tables, a dump, the audit log), the number of
//! statements a page costs, operations and the areas.

use chrono::{Duration, Utc};
use diesel_async::RunQueryDsl;
use reqwest::StatusCode;
use uuid::Uuid;

use crate::helpers::{Client, Page, Role, TZA_EMAIL, TestApp, test_keys, text_in as text};

fn days_ago(days: i64) -> String {
    (Utc::now() - Duration::days(days)).date_naive().to_string()
}

async fn area_id(app: &TestApp, name: &str) -> String {
    text(
        app,
        &format!("SELECT id FROM rescue_areas WHERE name = '{name}'"),
    )
    .await
}

/// A complete request for a Brazilian, overridden by `extra` (a key given with "" is sent
/// empty; use `without` to leave a field out).
fn request_form<'a>(area: &str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, String)> {
    let mut form: Vec<(&str, String)> = vec![
        ("full_name", "Ana Clara Souza".to_owned()),
        ("other_names", "Clarinha".to_owned()),
        ("sex", "female".to_owned()),
        ("date_of_birth", "2001-04-12".to_owned()),
        ("approximate_age", String::new()),
        ("passport_number", "fa 123-4567".to_owned()),
        ("phones", "+55 61 99999 1234".to_owned()),
        ("handles", "WhatsApp Ana Clara".to_owned()),
        ("family_contact", "Mother Rita Souza".to_owned()),
        (
            "last_known_location",
            "Building C near the casino".to_owned(),
        ),
        ("area", area.to_owned()),
        ("compound", "Lotus tower compound".to_owned()),
        ("last_contact_on", days_ago(10)),
        ("recruitment", "A fake job offer on social media".to_owned()),
        ("circumstances", "Held since March and beaten".to_owned()),
        ("urgency", "life_at_risk".to_owned()),
    ];
    for (key, value) in extra {
        form.retain(|(k, _)| k != key);
        form.push((key, (*value).to_owned()));
    }
    form
}

/// Files a request and answers its id.
async fn file(client: &Client, form: &[(&str, String)]) -> String {
    let page = client.post_form("/rescue-requests", form).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let location = page.location().to_owned();
    let id = location
        .strip_prefix("/rescue-requests/")
        .unwrap_or_else(|| panic!("{location}"));
    id.parse::<Uuid>().unwrap().to_string()
}

async fn version_of(app: &TestApp, id: &str) -> String {
    app.count(&format!(
        "SELECT version FROM rescue_requests WHERE id = '{id}'"
    ))
    .await
    .to_string()
}

async fn status_of(app: &TestApp, id: &str) -> String {
    text(
        app,
        &format!("SELECT status FROM rescue_requests WHERE id = '{id}'"),
    )
    .await
}

/// The reference people quote (`RR-2026-0001`), read from the row.
async fn reference_of(app: &TestApp, id: &str) -> String {
    text(
        app,
        &format!(
            "SELECT 'RR-' || year || '-' || lpad(number::text, 4, '0') FROM rescue_requests WHERE id = '{id}'"
        ),
    )
    .await
}

/// Takes a workflow step as `client`.
async fn step(client: &Client, id: &str, status: &str, reason: &str, version: &str) -> Page {
    client
        .post(
            &format!("/rescue-requests/{id}/status"),
            &[("status", status), ("reason", reason), ("version", version)],
        )
        .await
}

/// The part of the page between `from` and the next `to`.
fn section<'a>(page: &'a Page, from: &str, to: &str) -> &'a str {
    let start = page
        .body
        .find(from)
        .unwrap_or_else(|| panic!("{from:?} in the page:\n{}", page.body));
    let rest = &page.body[start..];
    &rest[..rest.find(to).unwrap_or(rest.len())]
}

fn timeline(page: &Page) -> &str {
    section(page, "id=\"timeline\"", "</section>")
}

/// The ids the "Possible duplicate of" notice links to.
fn duplicates_of(page: &Page) -> Vec<String> {
    let Some(start) = page.body.find("Possible duplicate of") else {
        return Vec::new();
    };
    let rest = &page.body[start..];
    rest[..rest.find("</p>").unwrap()]
        .split("href=\"/rescue-requests/")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].to_owned())
        .collect()
}

fn assert_absent(page: &Page, texts: &[&str], what: &str) {
    for text in texts {
        assert!(
            !page.body.contains(text),
            "{what} must not show {text:?}:\n{}",
            page.body
        );
    }
}

/// Rows of requests, events, operations, areas and audit events: what a refused POST must
/// leave as it was.
async fn written(app: &TestApp) -> [i64; 6] {
    [
        app.count("SELECT count(*) FROM rescue_requests").await,
        app.count("SELECT count(*) FROM rescue_request_events")
            .await,
        app.count("SELECT count(*) FROM rescue_operations").await,
        app.count("SELECT count(*) FROM rescue_areas").await,
        app.count("SELECT count(*) FROM audit_events").await,
        app.count("SELECT coalesce(sum(version), 0) FROM rescue_requests")
            .await,
    ]
}

#[tokio::test]
async fn an_embassy_files_a_request_and_a_coordinator_takes_it_into_review() {
    let app = TestApp::spawn().await;
    let brazil = app.login_as(Role::Country).await;
    let area = area_id(&app, "Poipet").await;

    // The filing form offers no choice of nationality to a country's member.
    let form = brazil.get("/rescue-requests/new").await;
    assert_eq!(form.status, StatusCode::OK);
    form.assert_contains("Nationality: <strong>BR</strong>");
    assert!(!form.body.contains("name=\"nationality\""));

    // The nationality is Brazil's whatever the form says.
    let id = file(&brazil, &request_form(&area, &[("nationality", "TZ")])).await;
    assert_eq!(
        text(
            &app,
            &format!("SELECT nationality FROM rescue_requests WHERE id = '{id}'")
        )
        .await,
        "BR"
    );
    let year = app
        .count(&format!(
            "SELECT year FROM rescue_requests WHERE id = '{id}'"
        ))
        .await;
    assert!((Utc::now().format("%Y").to_string().parse::<i64>().unwrap() - year).abs() <= 1);
    let reference = format!("RR-{year}-0001");
    assert_eq!(reference_of(&app, &id).await, reference);
    let viewed = format!(
        "SELECT count(*) FROM audit_events WHERE action = 'rescue_request.viewed' AND target_id = '{id}'"
    );
    assert_eq!(app.count(&viewed).await, 0, "filing is not a view");

    let page = brazil.get(&format!("/rescue-requests/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&format!("Rescue request {reference} filed."));
    page.assert_contains(&format!(
        "<span class=\"badge\">{reference}</span> Ana Clara Souza"
    ));
    page.assert_contains("<code>FA1234567</code>");
    page.assert_contains("href=\"tel:+5561999991234\"");
    page.assert_contains("Building C near the casino");
    page.assert_contains("Lotus tower compound");
    page.assert_contains("Submitted");
    page.assert_contains("Life at risk");
    page.assert_contains("Poipet");
    page.assert_contains("filed the request");

    // The log says what happened to which reference, and never who the person is.
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM audit_events WHERE action = 'rescue_request.filed' \
             AND target_id = '{id}' \
             AND summary = '{reference}: filed for BR (life_at_risk, with a passport number)'"
        ))
        .await,
        1
    );
    assert_eq!(app.count(&viewed).await, 1, "the view is audited");
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM audit_events WHERE action = 'rescue_request.viewed' \
             AND target_id = '{id}' AND summary LIKE '{reference}%'"
        ))
        .await,
        1
    );
    for secret in [
        "Ana Clara",
        "Souza",
        "FA1234567",
        "123-4567",
        "99999",
        "casino",
    ] {
        assert_eq!(
            app.count(&format!(
                "SELECT count(*) FROM audit_events WHERE summary ILIKE '%{secret}%'"
            ))
            .await,
            0,
            "{secret} in the audit log"
        );
    }

    // A coordinator takes it into review.
    let coordinator = app.login_as(Role::Coordinator).await;
    let page = coordinator.get(&format!("/rescue-requests/{id}")).await;
    page.assert_contains("Move to Under review");
    page.assert_contains("Ana Clara Souza");
    let moved = step(&coordinator, &id, "under_review", "", "1").await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    assert_eq!(moved.location(), format!("/rescue-requests/{id}"));
    assert_eq!(status_of(&app, &id).await, "under_review");
    let page = coordinator.get(&format!("/rescue-requests/{id}")).await;
    page.assert_contains(&format!("{reference} is now Under review."));
    let timeline = timeline(&page);
    assert!(
        timeline.contains("Chai Coordinator")
            && timeline.contains("moved it to <strong>Under review</strong>"),
        "{timeline}"
    );
    assert!(timeline.contains("Bruna Member"), "{timeline}");
    // Who has seen it: the embassy's member and the coordinator.
    let viewings = section(&page, "Who has seen this case", "</section>");
    assert!(
        viewings.contains("Bruna Member") && viewings.contains("Chai Coordinator"),
        "{viewings}"
    );
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM audit_events WHERE action = 'rescue_request.status_changed' \
             AND summary = '{reference}: submitted → under_review'"
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn another_country_never_learns_of_a_brazilian_request() {
    let app = TestApp::spawn().await;
    let area = area_id(&app, "Poipet").await;
    let brazil = app.login_as(Role::Country).await;
    let tanzania = app.login_email(TZA_EMAIL).await;
    let bra = file(&brazil, &request_form(&area, &[])).await;
    let tza = file(
        &tanzania,
        &request_form(
            &area,
            &[
                ("full_name", "Juma Baraka Said"),
                ("passport_number", "TZ7654321"),
                ("phones", "+255 754 123 456"),
                ("last_known_location", "Dormitory by the river"),
            ],
        ),
    )
    .await;
    assert_eq!(
        text(
            &app,
            &format!("SELECT nationality FROM rescue_requests WHERE id = '{tza}'")
        )
        .await,
        "TZ"
    );
    let bra_ref = reference_of(&app, &bra).await;
    let tza_ref = reference_of(&app, &tza).await;
    let before = written(&app).await;

    // The page, its edit page and every POST on it: not found, and nothing written.
    for path in [
        format!("/rescue-requests/{bra}"),
        format!("/rescue-requests/{bra}/edit"),
    ] {
        let page = tanzania.get(&path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert_absent(&page, &["Ana Clara", "FA1234567", &bra_ref], &path);
    }
    let ccib = text(&app, "SELECT id FROM organisations WHERE code = 'CCIB'").await;
    let operation = text(&app, "gen_random_uuid()").await;
    let posts: Vec<(String, Vec<(&str, String)>)> = vec![
        (
            format!("/rescue-requests/{bra}/edit"),
            request_form(&area, &[("version", "1")]),
        ),
        (
            format!("/rescue-requests/{bra}/status"),
            vec![
                ("status", "withdrawn".into()),
                ("reason", "ours".into()),
                ("version", "1".into()),
            ],
        ),
        (
            format!("/rescue-requests/{bra}/notes"),
            vec![("note", "Seen by Tanzania".into())],
        ),
        (
            format!("/rescue-requests/{bra}/assignment"),
            vec![("unit", ccib.clone()), ("version", "1".into())],
        ),
        (
            format!("/rescue-requests/{bra}/operation"),
            vec![("operation", operation.clone())],
        ),
    ];
    for (path, form) in &posts {
        let page = tanzania.post_form(path, form).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}: {}", page.body);
        assert_absent(&page, &["Ana Clara", "FA1234567", &bra_ref], path);
    }
    assert_eq!(written(&app).await, before, "nothing written");

    // Not in its list, nor its counts.
    let list = tanzania.get("/rescue-requests").await;
    assert_eq!(list.status, StatusCode::OK);
    list.assert_contains(&tza_ref);
    list.assert_contains("Juma Baraka Said");
    list.assert_contains("1 request");
    assert_absent(
        &list,
        &[&format!(">{bra_ref}<"), "Ana Clara", &bra],
        "Tanzania's list",
    );
    let counts = section(&list, "class=\"status-counts\"", "</nav>");
    assert!(counts.contains("Submitted <strong>1</strong>"), "{counts}");
    let list = tanzania
        .get("/rescue-requests?status=&urgency=life_at_risk")
        .await;
    list.assert_contains("1 request");
    assert!(
        !list
            .body
            .contains(&format!("href=\"/rescue-requests/{bra}\""))
    );
    // The coordinator counts both.
    let all = app
        .login_as(Role::Coordinator)
        .await
        .get("/rescue-requests")
        .await;
    all.assert_contains("2 requests");
    assert!(
        section(&all, "class=\"status-counts\"", "</nav>").contains("Submitted <strong>2</strong>")
    );

    // Searching by its reference finds nothing (Brazil's own member finds it).
    let search = format!("/rescue-requests?q={bra_ref}");
    let page = tanzania.get(&search).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("No rescue requests match these filters.");
    page.assert_contains("0 requests");
    assert!(
        !page
            .body
            .contains(&format!("href=\"/rescue-requests/{bra}\""))
    );
    assert!(!page.body.contains("Ana Clara"));
    // The counts leave the search out, and count Tanzania's own only.
    let counts = section(&page, "class=\"status-counts\"", "</nav>");
    assert!(counts.contains("Submitted <strong>1</strong>"), "{counts}");
    let page = brazil.get(&search).await;
    page.assert_contains(&format!("href=\"/rescue-requests/{bra}\""));
    page.assert_contains("1 request");

    // Nor does its passport number.
    let page = tanzania
        .post(
            "/rescue-requests/search",
            &[("passport_number", "FA1234567")],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Requests with this passport number, in every status.");
    page.assert_contains("No rescue requests match these filters.");
    assert!(
        !page
            .body
            .contains(&format!("href=\"/rescue-requests/{bra}\""))
    );
    let page = brazil
        .post(
            "/rescue-requests/search",
            &[("passport_number", "fa1234567")],
        )
        .await;
    page.assert_contains(&format!("href=\"/rescue-requests/{bra}\""));
    let page = tanzania
        .post(
            "/rescue-requests/search",
            &[("passport_number", "TZ 765 4321")],
        )
        .await;
    page.assert_contains(&format!("href=\"/rescue-requests/{tza}\""));
    assert!(
        !page
            .body
            .contains(&format!("href=\"/rescue-requests/{bra}\""))
    );

    // The CSV is the coordinators', and carries no personal data.
    tanzania.get("/rescue-requests.csv").await.assert_refused();
    brazil.get("/rescue-requests.csv").await.assert_refused();
    app.login_as(Role::Observer)
        .await
        .get("/rescue-requests.csv")
        .await
        .assert_refused();
    let coordinator = app.login_as(Role::Coordinator).await;
    let csv = coordinator.get("/rescue-requests.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(
        lines[0],
        "reference,nationality,status,urgency,area,last_contact_on,assigned_unit,operation,filed_at,updated_at"
    );
    assert_eq!(lines.len(), 3, "{}", csv.body);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("{bra_ref},BR,submitted,life_at_risk,Poipet,"))),
        "{}",
        csv.body
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("{tza_ref},TZ,")))
    );
    for secret in [
        "Ana Clara",
        "Souza",
        "FA1234567",
        "5561999991234",
        "+55 61",
        "casino",
        "Building C",
        "Lotus tower",
        "Juma",
        "TZ7654321",
        "Dormitory",
        "fake job",
    ] {
        assert!(
            !csv.body.contains(secret),
            "{secret} in the CSV:\n{}",
            csv.body
        );
    }
    // The export is audited: how many, and which references (never who).
    let exports: Vec<String> = app
        .audit_actions()
        .await
        .into_iter()
        .filter(|(a, _)| a == "rescue_request.exported")
        .map(|(_, s)| s)
        .collect();
    assert_eq!(exports.len(), 1, "{exports:?}");
    assert!(
        exports[0].starts_with("exported 2 rescue requests as CSV")
            && !exports[0].contains("Ana")
            && !exports[0].contains("Juma")
            && !exports[0].contains("FA1234567"),
        "{exports:?}"
    );
}

#[tokio::test]
async fn observers_follow_the_flow_without_anyones_personal_data_and_change_nothing() {
    let app = TestApp::spawn().await;
    let area = area_id(&app, "Poipet").await;
    let brazil = app.login_as(Role::Country).await;
    let id = file(&brazil, &request_form(&area, &[])).await;
    let coordinator = app.login_as(Role::Coordinator).await;
    assert_eq!(
        step(&coordinator, &id, "under_review", "", "1")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        step(
            &coordinator,
            &id,
            "located",
            "Warehouse 7 behind the market",
            "2"
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    let noted = coordinator
        .post(
            &format!("/rescue-requests/{id}/notes"),
            &[("note", "Her cousin Pedro Souza called")],
        )
        .await;
    assert_eq!(noted.status, StatusCode::SEE_OTHER);
    let reference = reference_of(&app, &id).await;
    let secrets = [
        "Ana Clara",
        "Souza",
        "Clarinha",
        "FA1234567",
        "fa 123-4567",
        "+55 61 99999",
        "5561999991234",
        "Building C",
        "casino",
        "Lotus tower",
        "Warehouse 7",
        "Pedro",
        "fake job",
        "Held since",
        "Rita",
        "WhatsApp",
    ];

    let observer = app.login_as(Role::Observer).await;
    let list = observer.get("/rescue-requests").await;
    assert_eq!(list.status, StatusCode::OK);
    list.assert_contains(&reference);
    list.assert_contains("Located");
    list.assert_contains("Poipet");
    list.assert_contains("<td>BR</td>");
    assert!(!list.body.contains("Find by passport number"));
    assert_absent(&list, &secrets, "the observer's list");

    let page = observer.get(&format!("/rescue-requests/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&reference);
    page.assert_contains("Located");
    page.assert_contains("Poipet");
    page.assert_contains("Personal details are not shown to observers.");
    page.assert_contains("moved it to <strong>Located</strong>");
    assert_absent(&page, &secrets, "the observer's page");
    assert_absent(
        &page,
        &[
            "Move to",
            &format!("/rescue-requests/{id}/edit"),
            "Add a note",
            "Who has seen this case",
        ],
        "the observer's page",
    );
    assert_eq!(
        app.count(
            "SELECT count(*) FROM audit_events a JOIN users u ON u.id = a.actor_user_id \
             WHERE u.email = 'observer@unodc.test.org' AND a.action = 'rescue_request.viewed'"
        )
        .await,
        0,
        "an observer saw no personal data"
    );
    assert_eq!(
        observer
            .get(&format!("/rescue-requests/{id}/edit"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    observer.get("/rescue-requests/new").await.assert_refused();
    let operations = observer.get("/rescue-operations").await;
    assert_eq!(operations.status, StatusCode::OK);

    let op = coordinator
        .post("/rescue-operations", &[("name", "Dawn raid")])
        .await;
    assert_eq!(op.status, StatusCode::SEE_OTHER);
    let operation = op
        .location()
        .trim_start_matches("/rescue-operations/")
        .to_owned();

    // Their passport search is no search: nothing is found, nothing is written.
    let before = written(&app).await;
    let found = observer
        .post(
            "/rescue-requests/search",
            &[("passport_number", "FA1234567")],
        )
        .await;
    assert_eq!(found.status, StatusCode::OK);
    assert!(
        !found
            .body
            .contains(&format!("href=\"/rescue-requests/{id}\""))
    );
    assert_absent(&found, &secrets, "the observer's search");

    // Every writing POST is refused.
    let version = version_of(&app, &id).await;
    let other = area_id(&app, "Other").await;
    let ccib = text(&app, "SELECT id FROM organisations WHERE code = 'CCIB'").await;
    let poipet = area.clone();
    let posts: Vec<(String, Vec<(&str, String)>)> = vec![
        ("/rescue-requests".to_owned(), request_form(&area, &[])),
        (
            format!("/rescue-requests/{id}/edit"),
            request_form(&area, &[("version", &version)]),
        ),
        (
            format!("/rescue-requests/{id}/status"),
            vec![
                ("status", "rescue_in_progress".into()),
                ("reason", String::new()),
                ("version", version.clone()),
            ],
        ),
        (
            format!("/rescue-requests/{id}/status"),
            vec![
                ("status", "withdrawn".into()),
                ("reason", "observing".into()),
                ("version", version.clone()),
            ],
        ),
        (
            format!("/rescue-requests/{id}/notes"),
            vec![("note", "An observer writes".into())],
        ),
        (
            format!("/rescue-requests/{id}/assignment"),
            vec![("unit", ccib), ("version", version.clone())],
        ),
        (
            format!("/rescue-requests/{id}/operation"),
            vec![("operation", operation)],
        ),
        (
            "/rescue-operations".to_owned(),
            vec![("name", "Observer operation".into())],
        ),
        (
            "/admin/rescue-areas".to_owned(),
            vec![("name", "Observer area".into())],
        ),
        (
            format!("/admin/rescue-areas/{poipet}/active"),
            vec![("active", "false".into())],
        ),
        (
            format!("/admin/rescue-areas/{other}/active"),
            vec![("active", "false".into())],
        ),
    ];
    for (path, form) in &posts {
        let page = observer.post_form(path, form).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{path}: {}", page.body);
        page.assert_contains("Not allowed");
        assert_absent(&page, &secrets, path);
    }
    assert_eq!(written(&app).await, before, "nothing written");
    assert_eq!(status_of(&app, &id).await, "located");
    assert_eq!(
        app.count("SELECT count(*) FROM rescue_areas WHERE active")
            .await,
        8
    );
}

#[tokio::test]
async fn the_workflow_is_taken_by_whom_it_is_for_with_what_it_needs() {
    let app = TestApp::spawn().await;
    let area = area_id(&app, "Poipet").await;
    let brazil = app.login_as(Role::Country).await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let id = file(&brazil, &request_form(&area, &[])).await;
    let path = format!("/rescue-requests/{id}");
    let events = format!("SELECT count(*) FROM rescue_request_events WHERE request_id = '{id}'");

    // The embassy does not take the police's steps, and sees no button for them.
    let page = brazil.get(&path).await;
    assert!(!page.body.contains("Move to Under review"));
    page.assert_contains("Move to Withdrawn");
    step(&brazil, &id, "under_review", "", "1")
        .await
        .assert_refused();
    assert_eq!(status_of(&app, &id).await, "submitted");

    // A move the workflow does not have, whoever asks.
    for client in [&brazil, &coordinator] {
        let page = step(client, &id, "rescued", "", "1").await;
        assert_eq!(
            page.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            page.body
        );
        page.assert_contains("A request that is Submitted cannot move to Rescued.");
    }
    let page = step(&coordinator, &id, "found", "", "1").await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Choose a status from the list.");
    assert_eq!(status_of(&app, &id).await, "submitted");
    assert_eq!(app.count(&events).await, 1, "only the filing");

    assert_eq!(
        step(&coordinator, &id, "under_review", "", "1")
            .await
            .status,
        StatusCode::SEE_OTHER
    );

    // Located needs the place; the refusal keeps the form of that step.
    let page = step(&coordinator, &id, "located", "  ", "2").await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    page.assert_contains("Say where the person was located.");
    page.assert_contains("Where was the person located?");
    assert_eq!(status_of(&app, &id).await, "under_review");
    let located = step(
        &coordinator,
        &id,
        "located",
        "Warehouse 7 behind the market",
        "2",
    )
    .await;
    assert_eq!(located.status, StatusCode::SEE_OTHER, "{}", located.body);
    let page = coordinator.get(&path).await;
    let entries = timeline(&page);
    assert!(
        entries.contains("moved it to <strong>Located</strong>")
            && entries.contains("Warehouse 7 behind the market"),
        "{entries}"
    );
    // The embassy reads the place too.
    brazil
        .get(&path)
        .await
        .assert_contains("Warehouse 7 behind the market");

    // A step decided on an old version is not taken: 409 and the page as it is now.
    let stale = step(&coordinator, &id, "rescue_in_progress", "", "2").await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.body);
    stale.assert_contains("This request changed while you were deciding");
    stale.assert_contains("the request is now Located");
    assert_eq!(status_of(&app, &id).await, "located");
    assert_eq!(version_of(&app, &id).await, "3");

    // Only the embassy withdraws its request, and it says why.
    let page = step(&coordinator, &id, "withdrawn", "The family asked", "3").await;
    page.assert_refused();
    let page = step(&brazil, &id, "withdrawn", "", "3").await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Give the reason: it goes on the timeline.");
    assert_eq!(status_of(&app, &id).await, "located");
    let withdrawn = step(
        &brazil,
        &id,
        "withdrawn",
        "Found safe at home in Recife",
        "3",
    )
    .await;
    assert_eq!(
        withdrawn.status,
        StatusCode::SEE_OTHER,
        "{}",
        withdrawn.body
    );
    assert_eq!(status_of(&app, &id).await, "withdrawn");
    let page = brazil.get(&path).await;
    page.assert_contains("is now Withdrawn.");
    page.assert_contains("Found safe at home in Recife");
    page.assert_contains("Why is the request reopened?");

    // Reopening needs a reason too.
    let page = step(&coordinator, &id, "under_review", "", "4").await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    page.assert_contains("Give the reason: it goes on the timeline.");
    let page = step(&brazil, &id, "under_review", "", "4").await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(status_of(&app, &id).await, "withdrawn");
    let reopened = step(&coordinator, &id, "under_review", "She called again", "4").await;
    assert_eq!(reopened.status, StatusCode::SEE_OTHER, "{}", reopened.body);
    assert_eq!(status_of(&app, &id).await, "under_review");
    coordinator
        .get(&path)
        .await
        .assert_contains("She called again");

    // Filing, review, located, withdrawn, reopened.
    assert_eq!(app.count(&events).await, 5);
    assert_eq!(
        app.count(
            "SELECT count(*) FROM audit_events WHERE action = 'rescue_request.status_changed'"
        )
        .await,
        4
    );
    for place in ["Warehouse", "Recife", "called again"] {
        assert_eq!(
            app.count(&format!(
                "SELECT count(*) FROM audit_events WHERE summary ILIKE '%{place}%'"
            ))
            .await,
            0,
            "{place} in the audit log"
        );
    }
}

#[tokio::test]
async fn edits_keep_what_was_typed_refuse_stale_versions_and_list_the_fields_changed() {
    let app = TestApp::spawn().await;
    let area = area_id(&app, "Poipet").await;
    let other_area = area_id(&app, "Mae Sot / Tak").await;
    let brazil = app.login_as(Role::Country).await;
    let id = file(&brazil, &request_form(&area, &[])).await;
    let edit = format!("/rescue-requests/{id}/edit");
    let reference = reference_of(&app, &id).await;

    let form = brazil.get(&edit).await;
    assert_eq!(form.status, StatusCode::OK);
    form.assert_contains(&format!("Update {reference}"));
    form.assert_contains("value=\"Ana Clara Souza\"");
    form.assert_contains("value=\"FA1234567\"");
    form.assert_contains("name=\"version\" value=\"1\"");
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM audit_events WHERE action = 'rescue_request.viewed' \
             AND summary = '{reference}: opened for editing'"
        ))
        .await,
        1
    );

    // Two wrong fields: 422, a message beside each, every other value as typed.
    let typed = request_form(
        &other_area,
        &[
            ("full_name", ""),
            ("passport_number", "F#1"),
            ("other_names", "Clara S"),
            ("sex", "unspecified"),
            ("date_of_birth", "2002-01-02"),
            ("phones", "+55 61 98888 7777"),
            ("handles", "Telegram clarinha98"),
            ("family_contact", "Aunt Lucia"),
            ("last_known_location", "Moved to block D"),
            ("compound", "Shwe Kokko tower 3"),
            ("last_contact_on", "2025-02-03"),
            ("recruitment", "Through a friend"),
            ("circumstances", "Phone taken away"),
            ("urgency", "routine"),
            ("version", "1"),
        ],
    );
    let page = brazil.post_form(&edit, &typed).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    page.assert_contains("Some fields need attention");
    page.assert_contains("Enter the person&#39;s full name.");
    page.assert_contains("A passport number has 5 to 20 letters and digits.");
    for kept in [
        "value=\"F#1\"",
        "value=\"Clara S\"",
        "value=\"unspecified\" checked",
        "value=\"2002-01-02\"",
        ">+55 61 98888 7777</textarea>",
        ">Telegram clarinha98</textarea>",
        ">Aunt Lucia</textarea>",
        ">Moved to block D</textarea>",
        "value=\"Shwe Kokko tower 3\"",
        "value=\"2025-02-03\"",
        ">Through a friend</textarea>",
        ">Phone taken away</textarea>",
        "value=\"routine\" checked",
        "name=\"version\" value=\"1\"",
    ] {
        page.assert_contains(kept);
    }
    page.assert_contains(&format!("value=\"{other_area}\" selected"));
    assert!(!page.body.contains("value=\"Ana Clara Souza\""));
    assert_eq!(version_of(&app, &id).await, "1");
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM rescue_request_events WHERE request_id = '{id}' AND kind = 'edit'"
        ))
        .await,
        0
    );

    // The same edit with the fields put right is saved.
    let mut fixed = typed.clone();
    fixed.retain(|(k, _)| !matches!(*k, "full_name" | "passport_number"));
    fixed.push(("full_name", "Ana Clara Souza Lima".into()));
    fixed.push(("passport_number", "FB7654321".into()));
    let saved = brazil.post_form(&edit, &fixed).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = brazil.get(&format!("/rescue-requests/{id}")).await;
    page.assert_contains(&format!("{reference} saved."));
    page.assert_contains("Ana Clara Souza Lima");
    page.assert_contains("<code>FB7654321</code>");
    page.assert_contains("Mae Sot / Tak");
    page.assert_contains("Moved to block D");
    let entries = timeline(&page);
    assert!(entries.contains("updated the details:"), "{entries}");
    for label in [
        "Urgency",
        "Area",
        "Last contact",
        "Full name",
        "Other names or aliases",
        "Sex",
        "Date of birth",
        "Passport number",
        "Phone numbers",
        "Messaging handles",
        "Family contact",
        "Last known location",
        "Compound or network",
        "How they were recruited",
        "Circumstances",
    ] {
        assert!(entries.contains(label), "{label} in {entries}");
    }
    // The timeline and the log name the fields, never the values.
    assert!(!entries.contains("FB7654321"), "{entries}");
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM audit_events WHERE action = 'rescue_request.updated' \
             AND summary LIKE '{reference}: changed urgency, area, last_contact_on, full_name, %' \
             AND summary NOT ILIKE '%Lima%' AND summary NOT ILIKE '%FB7654321%'"
        ))
        .await,
        1
    );
    assert_eq!(version_of(&app, &id).await, "2");

    // A change on what was read before: 409, nothing saved, what was typed kept.
    let stale = request_form(
        &area,
        &[("full_name", "Someone Else Entirely"), ("version", "1")],
    );
    let page = brazil.post_form(&edit, &stale).await;
    assert_eq!(page.status, StatusCode::CONFLICT, "{}", page.body);
    page.assert_contains("Someone else saved this request first");
    page.assert_contains("the request is now at version 2");
    page.assert_contains("value=\"Someone Else Entirely\"");
    page.assert_contains("name=\"version\" value=\"2\"");
    assert_eq!(version_of(&app, &id).await, "2");
    assert!(
        !brazil
            .get(&format!("/rescue-requests/{id}"))
            .await
            .body
            .contains("Someone Else Entirely")
    );

    // A coordinator edits too; an edit that changes one field names one.
    let coordinator = app.login_as(Role::Coordinator).await;
    let mut one = fixed.clone();
    one.retain(|(k, _)| !matches!(*k, "compound" | "version"));
    one.push(("compound", "Shwe Kokko tower 4".into()));
    one.push(("version", "2".into()));
    let saved = coordinator.post_form(&edit, &one).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM audit_events WHERE action = 'rescue_request.updated' \
             AND summary = '{reference}: changed compound'"
        ))
        .await,
        1
    );
    let page = coordinator.get(&format!("/rescue-requests/{id}")).await;
    let entries = timeline(&page);
    let last = entries.rsplit("<li>").next().unwrap();
    assert!(
        last.contains("Chai Coordinator") && last.contains("Compound or network"),
        "{last}"
    );
    assert!(!last.contains("Full name"), "{last}");
}

#[tokio::test]
async fn requests_for_the_same_person_are_flagged_as_possible_duplicates() {
    let app = TestApp::spawn().await;
    let area = area_id(&app, "Poipet").await;
    let brazil = app.login_as(Role::Country).await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let tanzania = app.login_email(TZA_EMAIL).await;

    let a = file(&brazil, &request_form(&area, &[])).await;
    // The same passport, written another way, filed by the police under another name.
    let b = file(
        &coordinator,
        &request_form(
            &area,
            &[
                ("nationality", "BR"),
                ("full_name", "Clara Souza"),
                ("date_of_birth", ""),
                ("approximate_age", "27"),
                ("passport_number", "FA1234567"),
            ],
        ),
    )
    .await;
    // The same name spelled otherwise, the same date of birth, no passport.
    let c = file(
        &brazil,
        &request_form(
            &area,
            &[("full_name", "SOUZA, ana  clara"), ("passport_number", "")],
        ),
    )
    .await;
    let c_alt = file(
        &brazil,
        &request_form(
            &area,
            &[("full_name", "ana clara souza"), ("passport_number", "")],
        ),
    )
    .await;
    // Someone else.
    let d = file(
        &brazil,
        &request_form(
            &area,
            &[
                ("full_name", "Beatriz Ramos"),
                ("date_of_birth", "2001-09-30"),
                ("passport_number", "FD9999999"),
            ],
        ),
    )
    .await;

    let dups = |page: Page| {
        let mut ids = duplicates_of(&page);
        ids.sort();
        ids
    };
    let sorted = |mut ids: Vec<String>| {
        ids.sort();
        ids
    };
    let page_of = |id: &str| format!("/rescue-requests/{id}");
    assert_eq!(
        dups(brazil.get(&page_of(&a)).await),
        sorted(vec![b.clone(), c_alt.clone()]),
        "A is flagged against B (passport) and the exact same name and birth date"
    );
    assert_eq!(dups(brazil.get(&page_of(&b)).await), vec![a.clone()]);
    assert_eq!(dups(brazil.get(&page_of(&c_alt)).await), vec![a.clone()]);
    let d_page = brazil.get(&page_of(&d)).await;
    assert!(
        !d_page.body.contains("Possible duplicate of"),
        "{}",
        d_page.body
    );
    // The name written "SOUZA, ana clara" puts the words in another order: not matched.
    assert!(!dups(brazil.get(&page_of(&c)).await).contains(&a));
    let page = coordinator.get(&page_of(&a)).await;
    let notice = section(&page, "Possible duplicate of", "</p>");
    assert!(
        notice.contains(&reference_of(&app, &b).await),
        "the link names the other reference: {notice}"
    );

    // Another country's request with the same passport number: flagged for the police, but
    // the Tanzanian member learns nothing of Brazil's requests.
    let t = file(
        &tanzania,
        &request_form(
            &area,
            &[
                ("full_name", "Juma Baraka Said"),
                ("passport_number", "FA1234567"),
            ],
        ),
    )
    .await;
    let page = tanzania.get(&page_of(&t)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.body.contains("Possible duplicate of"),
        "{}",
        page.body
    );
    assert_eq!(
        dups(coordinator.get(&page_of(&t)).await),
        sorted(vec![a.clone(), b.clone()])
    );
    // Brazil's pages still flag only Brazil's requests.
    assert_eq!(
        dups(brazil.get(&page_of(&a)).await),
        sorted(vec![b.clone(), c_alt.clone()])
    );
    // Observers are not told which requests share a passport.
    let observer = app.login_as(Role::Observer).await;
    assert!(
        !observer
            .get(&page_of(&a))
            .await
            .body
            .contains("Possible duplicate of")
    );
}

/// Bytes as lowercase hex, as `bytea` is written in a dump or cast to text.
fn hex(text: &str) -> String {
    text.bytes().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test]
async fn personal_data_is_sealed_in_the_tables_the_dump_and_the_audit_log() {
    let app = TestApp::spawn().await;
    let area = area_id(&app, "Poipet").await;
    let brazil = app.login_as(Role::Country).await;
    let form = request_form(
        &area,
        &[
            ("full_name", "Zelindra Quixabeira"),
            ("other_names", "Zelixa"),
            ("passport_number", "QX4471902"),
            ("phones", "+55 61 99876 5432"),
            ("handles", "Telegram zelqxb"),
            ("family_contact", "Brother Oxamir Quixabeira"),
            ("last_known_location", "Quarry Road compound Zeta"),
            ("compound", "Vortexa Park"),
            ("recruitment", "Recruited by Yusrafel brokers"),
            ("circumstances", "Ankle injury from Xandrovar guards"),
        ],
    );
    let id = file(&brazil, &form).await;
    let reference = reference_of(&app, &id).await;
    brazil.get(&format!("/rescue-requests/{id}")).await;
    brazil
        .post(
            "/rescue-requests/search",
            &[("passport_number", "QX4471902")],
        )
        .await
        .assert_contains(&format!("href=\"/rescue-requests/{id}\""));
    let coordinator = app.login_as(Role::Coordinator).await;
    assert_eq!(
        step(&coordinator, &id, "under_review", "", "1")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        step(
            &coordinator,
            &id,
            "located",
            "Seen at Quarry Road gate Zeta",
            "2"
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    let noted = coordinator
        .post(
            &format!("/rescue-requests/{id}/notes"),
            &[("note", "Spoke with Zelindra Quixabeira by phone")],
        )
        .await;
    assert_eq!(noted.status, StatusCode::SEE_OTHER);
    let mut edited = form.clone();
    edited.retain(|(k, _)| !matches!(*k, "handles" | "version"));
    edited.push(("handles", "Signal zelqxb2".into()));
    edited.push(("version", "3".into()));
    let saved = brazil
        .post_form(&format!("/rescue-requests/{id}/edit"), &edited)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    // It all opens for those who may read it.
    let page = coordinator.get(&format!("/rescue-requests/{id}")).await;
    for shown in [
        "Zelindra Quixabeira",
        "QX4471902",
        "Quarry Road compound Zeta",
        "Seen at Quarry Road gate Zeta",
        "Spoke with Zelindra",
        "Signal zelqxb2",
        "Xandrovar",
    ] {
        page.assert_contains(shown);
    }

    let secrets = [
        "Zelindra",
        "Quixabeira",
        "Zelixa",
        "QX4471902",
        "4471902",
        "5561998765432",
        "+55 61 99876",
        "zelqxb",
        "Oxamir",
        "Quarry Road",
        "Vortexa",
        "Yusrafel",
        "Xandrovar",
    ];
    for secret in secrets {
        for (table, columns) in [
            ("rescue_requests", vec!["person", "situation"]),
            ("rescue_request_events", vec!["body"]),
        ] {
            assert_eq!(
                app.count(&format!(
                    "SELECT count(*) FROM {table} r WHERE r::text ILIKE '%{secret}%'"
                ))
                .await,
                0,
                "{secret} in {table}"
            );
            // Nor in the sealed bytes themselves, in any case.
            for column in columns {
                assert_eq!(
                    app.count(&format!(
                        "SELECT count(*) FROM {table} \
                         WHERE position(convert_to(lower('{secret}'), 'UTF8') IN {column}) > 0 \
                            OR position(convert_to('{secret}', 'UTF8') IN {column}) > 0"
                    ))
                    .await,
                    0,
                    "{secret} in the bytes of {table}.{column}"
                );
            }
        }
        for table in ["audit_events", "sessions", "rescue_operations"] {
            assert_eq!(
                app.count(&format!(
                    "SELECT count(*) FROM {table} r WHERE r::text ILIKE '%{secret}%'"
                ))
                .await,
                0,
                "{secret} in {table}"
            );
        }
    }
    assert!(
        app.count(&format!(
            "SELECT count(*) FROM audit_events WHERE summary LIKE '{reference}:%'"
        ))
        .await
            >= 5
    );

    // A dump of the whole database holds none of it, clear or as hex.
    let pg_dump = ["/usr/lib/postgresql/15/bin/pg_dump", "pg_dump"]
        .into_iter()
        .find(|p| !p.starts_with('/') || std::path::Path::new(p).exists())
        .unwrap();
    let url = app.db_url.expose().to_owned();
    let output = tokio::task::spawn_blocking(move || {
        std::process::Command::new(pg_dump)
            .args(["--data-only", "--no-owner", &url])
            .output()
            .expect("pg_dump runs")
    })
    .await
    .unwrap();
    assert!(
        output.status.success(),
        "pg_dump: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let dump = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(dump.contains(&reference), "the dump holds the audit log");
    assert!(
        dump.contains("Chai Coordinator"),
        "the dump holds the users"
    );
    let lower = dump.to_lowercase();
    for secret in secrets {
        assert!(
            !lower.contains(&secret.to_lowercase()),
            "{secret} in the dump"
        );
        assert!(!lower.contains(&hex(secret)), "{secret} as hex in the dump");
        assert!(
            !lower.contains(&hex(&secret.to_lowercase())),
            "{secret} as hex in the dump"
        );
    }
}

/// `n` more requests for Brazilians and Tanzanians, routine (so after the seeded urgent ones
/// in the list), each with its own passport, sealed under the test key.
async fn seed_more(app: &TestApp, n: usize) {
    use diesel::{ExpressionMethods, QueryDsl};
    use liaison::rescue_requests::model::{self as rescue, Person, RequestFields, Situation};
    let keys = test_keys();
    let mut conn = app.conn().await;
    let coordinator = app.user_id("coordinator@ccib.test.org").await;
    let ccib: Uuid = liaison::schema::organisations::table
        .filter(liaison::schema::organisations::code.eq("CCIB"))
        .select(liaison::schema::organisations::id)
        .first(&mut conn)
        .await
        .unwrap();
    let areas = rescue::areas(&mut conn, true).await.unwrap();
    for i in 0..n {
        let fields = RequestFields {
            nationality: if i % 2 == 0 { "BR" } else { "TZ" }.into(),
            urgency: liaison::domain::rescue::Urgency::Routine,
            area_id: areas[i % areas.len()].id,
            last_contact_on: None,
            person: Person {
                full_name: format!("Seeded Person {i}"),
                approximate_age: Some(25),
                passport_number: Some(format!("SP{i:07}")),
                ..Person::default()
            },
            situation: Situation {
                last_known_location: format!("Seeded place {i}"),
                ..Situation::default()
            },
        };
        rescue::insert(&mut conn, &keys, &fields, coordinator, ccib)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn a_page_costs_the_same_statements_with_2_or_60_requests() {
    let app = TestApp::spawn().await;
    let (bra, _tza, _operation) = app.seed_rescue_requests().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let brazil = app.login_as(Role::Country).await;
    // Assigned to a unit and an officer, so every name the pages look up is looked up.
    let ccib = text(&app, "SELECT id FROM organisations WHERE code = 'CCIB'").await;
    let officer = app.user_id("coordinator@ccib.test.org").await.to_string();
    let assigned = coordinator
        .post(
            &format!("/rescue-requests/{bra}/assignment"),
            &[("unit", &ccib), ("officer", &officer), ("version", "1")],
        )
        .await;
    assert_eq!(assigned.status, StatusCode::SEE_OTHER, "{}", assigned.body);
    let noted = coordinator
        .post(
            &format!("/rescue-requests/{bra}/notes"),
            &[("note", "First call")],
        )
        .await;
    assert_eq!(noted.status, StatusCode::SEE_OTHER);

    let request = format!("/rescue-requests/{bra}");
    let paths = [
        "/rescue-requests",
        "/rescue-requests?status=&urgency=&area=&country=",
        request.as_str(),
        "/rescue-operations",
    ];
    let clients = [("coordinator", &coordinator), ("Brazil", &brazil)];
    let mut few = Vec::new();
    for (who, client) in clients {
        for path in paths {
            // Warm: prepared statements and the session are in place.
            app.queries_for(client, path).await;
            few.push((who, path, app.queries_for(client, path).await));
        }
    }
    seed_more(&app, 58).await;
    assert_eq!(app.count("SELECT count(*) FROM rescue_requests").await, 60);
    let list = coordinator
        .get("/rescue-requests?status=&urgency=&area=&country=")
        .await;
    list.assert_contains("60 requests");
    list.assert_contains("Page 1 of 2");
    let mut i = 0;
    for (who, client) in clients {
        for path in paths {
            let many = app.queries_for(client, path).await;
            let (_, _, small) = few[i];
            i += 1;
            assert_eq!(
                many, small,
                "{who} {path}: {small} statements with 2 requests, {many} with 60"
            );
            assert!(many <= 20, "{who} {path}: {many} statements");
        }
    }
}

#[tokio::test]
async fn an_operation_shows_each_country_only_its_own_nationals() {
    let app = TestApp::spawn().await;
    let area = area_id(&app, "Poipet").await;
    let brazil = app.login_as(Role::Country).await;
    let tanzania = app.login_email(TZA_EMAIL).await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let bra = file(&brazil, &request_form(&area, &[])).await;
    let tza_form = request_form(
        &area,
        &[
            ("full_name", "Juma Baraka Said"),
            ("passport_number", "TZ7654321"),
        ],
    );
    let tza = file(&tanzania, &tza_form).await;
    let tza2 = file(
        &tanzania,
        &request_form(
            &area,
            &[
                ("full_name", "Neema Joseph"),
                ("passport_number", "TZ1112223"),
            ],
        ),
    )
    .await;
    let (bra_ref, tza_ref, tza2_ref) = (
        reference_of(&app, &bra).await,
        reference_of(&app, &tza).await,
        reference_of(&app, &tza2).await,
    );

    // Only coordinators make operations.
    brazil
        .post("/rescue-operations", &[("name", "Brazil's own")])
        .await
        .assert_refused();
    assert_eq!(
        brazil.get("/rescue-operations/new").await.status,
        StatusCode::FORBIDDEN
    );
    let page = coordinator
        .post("/rescue-operations", &[("name", " ")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Give the operation a name.");
    let created = coordinator
        .post(
            "/rescue-operations",
            &[
                ("name", "Operation Dawn"),
                ("planned_on", "2027-01-15"),
                ("notes", "Two buildings on the east side"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let dawn = created
        .location()
        .strip_prefix("/rescue-operations/")
        .unwrap()
        .to_owned();
    coordinator
        .get(&format!("/rescue-operations/{dawn}"))
        .await
        .assert_contains("Operation Operation Dawn created.");
    let created = coordinator
        .post("/rescue-operations", &[("name", "Operation Dusk")])
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let dusk = created
        .location()
        .strip_prefix("/rescue-operations/")
        .unwrap()
        .to_owned();

    // Brazil's and Tanzania's requests in Dawn, another Tanzanian in Dusk.
    for (id, op) in [(&bra, &dawn), (&tza, &dawn), (&tza2, &dusk)] {
        let put = coordinator
            .post(
                &format!("/rescue-requests/{id}/operation"),
                &[("operation", op)],
            )
            .await;
        assert_eq!(put.status, StatusCode::SEE_OTHER, "{}", put.body);
    }
    let page = coordinator
        .post(
            &format!("/rescue-requests/{bra}/operation"),
            &[("operation", &Uuid::now_v7().to_string())],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Choose an operation from the list.");
    brazil
        .post(
            &format!("/rescue-requests/{bra}/operation"),
            &[("operation", &dusk)],
        )
        .await
        .assert_refused();
    assert_eq!(
        text(
            &app,
            &format!("SELECT operation_id FROM rescue_requests WHERE id = '{bra}'")
        )
        .await,
        dawn
    );

    // Brazil sees Dawn with its own national only, and not Dusk at all.
    let page = brazil.get(&format!("/rescue-operations/{dawn}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Operation Dawn");
    page.assert_contains(&bra_ref);
    page.assert_contains("Ana Clara Souza");
    assert_absent(
        &page,
        &[&tza_ref, "Juma", &tza, &tza2_ref, "Neema"],
        "Brazil's view of the operation",
    );
    let page = brazil.get(&format!("/rescue-operations/{dusk}")).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(!page.body.contains("Operation Dusk"));
    let index = brazil.get("/rescue-operations").await;
    index.assert_contains("Operation Dawn");
    index.assert_contains("1 request");
    assert!(!index.body.contains("Operation Dusk"), "{}", index.body);
    let page = brazil.get(&format!("/rescue-requests/{bra}")).await;
    page.assert_contains(&format!(
        "href=\"/rescue-operations/{dawn}\">Operation Dawn</a>"
    ));

    // Tanzania sees its own in each.
    let page = tanzania.get(&format!("/rescue-operations/{dawn}")).await;
    page.assert_contains(&tza_ref);
    assert_absent(&page, &[&bra_ref, "Ana Clara"], "Tanzania's view");
    tanzania
        .get(&format!("/rescue-operations/{dusk}"))
        .await
        .assert_contains(&tza2_ref);

    // The police see everything; observers every reference, no name.
    let page = coordinator.get(&format!("/rescue-operations/{dawn}")).await;
    for text in [&bra_ref, &tza_ref, "Ana Clara Souza", "Juma Baraka Said"] {
        page.assert_contains(text);
    }
    let observer = app.login_as(Role::Observer).await;
    let page = observer.get(&format!("/rescue-operations/{dawn}")).await;
    page.assert_contains(&bra_ref);
    page.assert_contains(&tza_ref);
    assert_absent(&page, &["Ana Clara", "Juma"], "the observer's view");
    let index = observer.get("/rescue-operations").await;
    index.assert_contains("Operation Dawn");
    index.assert_contains("Operation Dusk");
}

#[tokio::test]
async fn administrators_add_and_retire_areas() {
    let app = TestApp::spawn().await;
    let admin = app.login_as(Role::Admin).await;
    let brazil = app.login_as(Role::Country).await;
    let coordinator = app.login_as(Role::Coordinator).await;

    coordinator
        .post("/admin/rescue-areas", &[("name", "Coordinators' area")])
        .await
        .assert_refused();
    let page = admin.post("/admin/rescue-areas", &[("name", "  ")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Enter the area&#39;s name.");
    let page = admin
        .post("/admin/rescue-areas", &[("name", "poipet")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("This area is already in the list.");
    page.assert_contains("value=\"poipet\"");

    let added = admin
        .post("/admin/rescue-areas", &[("name", "Mekong river camps")])
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    assert_eq!(added.location(), "/admin/rescue-areas");
    let page = admin.get("/admin/rescue-areas").await;
    page.assert_contains("Area Mekong river camps added.");
    page.assert_contains("Mekong river camps");
    let mekong = area_id(&app, "Mekong river camps").await;
    // Before "Other", which stays last.
    let form = brazil.get("/rescue-requests/new").await;
    let offered = form
        .body
        .find(&format!("value=\"{mekong}\""))
        .expect("offered");
    let other = area_id(&app, "Other").await;
    assert!(offered < form.body.find(&format!("value=\"{other}\"")).unwrap());

    // A request names it; then it is retired.
    let filed = file(&brazil, &request_form(&mekong, &[])).await;
    let retired = admin
        .post(
            &format!("/admin/rescue-areas/{mekong}/active"),
            &[("active", "false")],
        )
        .await;
    assert_eq!(retired.status, StatusCode::SEE_OTHER, "{}", retired.body);
    admin
        .get("/admin/rescue-areas")
        .await
        .assert_contains("The area is retired.");
    let form = brazil.get("/rescue-requests/new").await;
    assert!(
        !form.body.contains(&format!("value=\"{mekong}\"")),
        "a retired area is no longer offered"
    );
    assert!(!form.body.contains("Mekong river camps"));
    form.assert_contains("Poipet");
    let page = brazil
        .post_form("/rescue-requests", &request_form(&mekong, &[]))
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Choose an area from the list.");
    assert_eq!(app.count("SELECT count(*) FROM rescue_requests").await, 1);
    // The request that names it keeps it, on its page and its edit form.
    brazil
        .get(&format!("/rescue-requests/{filed}"))
        .await
        .assert_contains("Mekong river camps");
    brazil
        .get(&format!("/rescue-requests/{filed}/edit"))
        .await
        .assert_contains(&format!("value=\"{mekong}\" selected"));

    // "Other" cannot be retired; a bad value is refused; an area comes back.
    let page = admin
        .post(
            &format!("/admin/rescue-areas/{other}/active"),
            &[("active", "false")],
        )
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    let page = admin
        .post(
            &format!("/admin/rescue-areas/{mekong}/active"),
            &[("active", "maybe")],
        )
        .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    coordinator
        .post(
            &format!("/admin/rescue-areas/{mekong}/active"),
            &[("active", "true")],
        )
        .await
        .assert_refused();
    assert!(
        !brazil
            .get("/rescue-requests/new")
            .await
            .body
            .contains("Mekong river camps")
    );
    let offered = admin
        .post(
            &format!("/admin/rescue-areas/{mekong}/active"),
            &[("active", "true")],
        )
        .await;
    assert_eq!(offered.status, StatusCode::SEE_OTHER);
    brazil
        .get("/rescue-requests/new")
        .await
        .assert_contains(&format!("value=\"{mekong}\""));
    brazil
        .get("/rescue-requests/new")
        .await
        .assert_contains(&format!("value=\"{other}\""));
    let actions: Vec<String> = app
        .audit_actions()
        .await
        .into_iter()
        .filter(|(a, _)| a.starts_with("rescue_area."))
        .map(|(_, s)| s)
        .collect();
    assert_eq!(
        actions,
        [
            "area offered again",
            "area retired",
            "area \"Mekong river camps\" added"
        ]
    );
}

#[tokio::test]
async fn a_date_of_birth_before_2000_is_accepted() {
    // Most people held in the compounds were born before 2000: their date of birth is what
    // tells two people of the same name apart.
    let app = TestApp::spawn().await;
    let area = area_id(&app, "Poipet").await;
    let brazil = app.login_as(Role::Country).await;
    let page = brazil
        .post_form(
            "/rescue-requests",
            &request_form(&area, &[("date_of_birth", "1988-07-21")]),
        )
        .await;
    assert_eq!(
        page.status,
        StatusCode::SEE_OTHER,
        "a person born in 1988 can be filed for: {}",
        section(&page, "id=\"date_of_birth\"", "</div>")
    );
    let id = page.location().trim_start_matches("/rescue-requests/");
    brazil
        .get(&format!("/rescue-requests/{id}"))
        .await
        .assert_contains("datetime=\"1988-07-21\"");
}

/// A request in an operation older than the ones the form offers still shows it chosen, so
/// saving the form does not take the request out of it.
#[tokio::test]
async fn a_request_in_an_old_operation_keeps_it_on_its_form() {
    let app = TestApp::spawn().await;
    let (bra, _, operation) = app.seed_rescue_requests().await;
    // Two hundred newer operations push the request's own out of the newest ones.
    app.sql(
        "INSERT INTO rescue_operations (id, name, created_by, created_at)
         SELECT gen_random_uuid(), 'Newer operation ' || n, created_by, now() + n * interval '1 second'
         FROM rescue_operations, generate_series(1, 200) n",
    )
    .await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let page = coordinator.get(&format!("/rescue-requests/{bra}")).await;
    page.assert_contains(&format!(
        "<option value=\"{operation}\" selected>Test operation</option>"
    ));
}

/// Assigning and then clearing the assignment: the timeline names the unit, then says "Not
/// assigned" in the reader's language (no English word stored in its place).
#[tokio::test]
async fn clearing_an_assignment_reads_in_the_readers_language() {
    let app = TestApp::spawn().await;
    let (bra, _, _) = app.seed_rescue_requests().await;
    let ccib = {
        use diesel::{ExpressionMethods, QueryDsl};
        use diesel_async::RunQueryDsl;
        use liaison::schema::organisations;
        let mut conn = app.conn().await;
        organisations::table
            .filter(organisations::code.eq("CCIB"))
            .select(organisations::id)
            .first::<uuid::Uuid>(&mut conn)
            .await
            .unwrap()
    };
    let coordinator = app.login_as(Role::Coordinator).await;
    let path = format!("/rescue-requests/{bra}/assignment");
    let ccib = ccib.to_string();
    let assigned = coordinator
        .post(
            &path,
            &[("unit", ccib.as_str()), ("officer", ""), ("version", "1")],
        )
        .await;
    assert_eq!(assigned.status, StatusCode::SEE_OTHER, "{}", assigned.body);
    let cleared = coordinator
        .post(&path, &[("unit", ""), ("officer", ""), ("version", "2")])
        .await;
    assert_eq!(cleared.status, StatusCode::SEE_OTHER, "{}", cleared.body);
    let page = coordinator.get(&format!("/rescue-requests/{bra}")).await;
    let timeline = &page.body[page.body.find("id=\"timeline\"").unwrap()..];
    assert!(
        timeline.contains("<pre class=\"stored-text\">CCIB</pre>"),
        "{timeline}"
    );
    assert!(
        timeline.contains("<p class=\"muted\">Not assigned</p>"),
        "{timeline}"
    );
    assert!(!timeline.contains("nobody"), "{timeline}");
}
