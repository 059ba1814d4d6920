//! Action items over HTTP: each role, the scope rules, the workflow, stale versions, invalid
//! input, the list's filters and export, and the number of queries a list costs.

use chrono::{Duration, Utc};
use reqwest::StatusCode;

use crate::helpers::{Client, Page, Role, TZA_EMAIL, TestApp};

fn in_days(days: i64) -> String {
    // Bangkok is the fixtures' time zone and at most a day from UTC: two days of margin keep
    // "in the future" and "in the past" true wherever the test runs.
    (Utc::now() + Duration::days(days)).date_naive().to_string()
}

/// The fields of a valid item for `assignees`, overridden by `extra`.
pub(crate) fn item_form<'a>(
    title: &'a str,
    assignees: &[&'a str],
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, String)> {
    let mut form: Vec<(&str, String)> = vec![
        ("title", title.to_owned()),
        ("description", "Confirm the **24/7** contact.".to_owned()),
        ("due_date", in_days(7)),
        ("priority", "high".to_owned()),
        ("visibility", "shared".to_owned()),
    ];
    for code in assignees {
        form.push(("assignees", (*code).to_owned()));
    }
    for (key, value) in extra {
        form.retain(|(k, _)| k != key);
        form.push((key, (*value).to_owned()));
    }
    form
}

/// Creates an item and answers its path (`/action-items/{id}`).
pub(crate) async fn create(client: &Client, form: &[(&str, String)]) -> String {
    let page = client.post_form("/action-items", form).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let location = page.location().to_owned();
    assert!(location.starts_with("/action-items/"), "{location}");
    location
}

async fn version_of(app: &TestApp, path: &str) -> i64 {
    let id = path.trim_start_matches("/action-items/");
    app.count(&format!(
        "SELECT version FROM action_items WHERE id = '{id}'"
    ))
    .await
}

#[tokio::test]
async fn a_coordinator_assigns_work_and_the_country_moves_it() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let tza = app.user_id(TZA_EMAIL).await.to_string();
    let item = create(
        &coordinator,
        &item_form(
            "Confirm the 24/7 contact for border referrals",
            &["TZA"],
            &[("assignee_user_id", &tza)],
        ),
    )
    .await;

    let page = coordinator.get(&item).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("AI-0001");
    page.assert_contains("Action item AI-0001 created.");
    page.assert_contains("Tumaini Member");
    page.assert_contains("<strong>24/7</strong>");
    page.assert_contains("created the item");

    // The member's list opens on their organisation's open items: not a shared item owed by
    // Brazil, nor Tanzania's closed ones.
    create(&coordinator, &item_form("Brazil's own work", &["BRA"], &[])).await;
    let closed = create(
        &coordinator,
        &item_form("Tanzania's finished work", &["TZA"], &[]),
    )
    .await;
    coordinator
        .post(
            &format!("{closed}/status"),
            &[("status", "done"), ("version", "1")],
        )
        .await;
    let member = app.login_email(TZA_EMAIL).await;
    let list = member.get("/action-items").await;
    list.assert_contains("Confirm the 24/7 contact for border referrals");
    list.assert_total(1, "item");
    assert!(!list.body.contains("Brazil&#39;s own work"));
    assert!(!list.body.contains("Tanzania&#39;s finished work"));
    assert!(
        member
            .get("/action-items?status=&org=")
            .await
            .body
            .contains("Brazil&#39;s own work"),
        "the shared item is there once the filters are cleared"
    );
    let dashboard = member.get("/").await;
    dashboard.assert_contains("AI-0001");
    let workspace = coordinator.get("/orgs/TZA").await;
    workspace.assert_contains("AI-0001");

    let version = version_of(&app, &item).await.to_string();
    let moved = member
        .post(
            &format!("{item}/status"),
            &[
                ("status", "in_progress"),
                ("comment", "Calling the consul tonight."),
                ("version", &version),
            ],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    let page = member.get(&item).await;
    page.assert_contains("AI-0001 is now in progress.");
    page.assert_contains("moved it from Open to <strong>In progress</strong>");
    page.assert_contains("Calling the consul tonight.");
    // Machine-readable times are valid HTML: whole seconds in UTC, no fractions (a due date
    // is a date alone).
    let stamps: Vec<&str> = page
        .body
        .split("<time datetime=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    assert!(!stamps.is_empty());
    for stamp in stamps {
        assert!(
            chrono::NaiveDateTime::parse_from_str(stamp, "%Y-%m-%dT%H:%M:%SZ").is_ok()
                || chrono::NaiveDate::parse_from_str(stamp, "%Y-%m-%d").is_ok(),
            "{stamp}"
        );
    }

    let commented = member
        .post(&format!("{item}/comments"), &[("comment", "Reached them.")])
        .await;
    assert_eq!(commented.status, StatusCode::SEE_OTHER);
    member.get(&item).await.assert_contains("Reached them.");

    // Observers read it.
    let observer = app.login_as(Role::Observer).await;
    observer.get(&item).await.assert_contains("Reached them.");

    app.assert_audited(&[
        "action_item.created",
        "action_item.status_changed",
        "action_item.commented",
    ])
    .await;
    let summaries = app.audit_actions().await;
    assert!(
        summaries
            .iter()
            .any(|(a, s)| a == "action_item.status_changed"
                && s == "AI-0001: status open → in_progress with a comment"),
        "{summaries:?}"
    );
}

#[tokio::test]
async fn restricted_items_of_another_country_do_not_exist_for_its_neighbours() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let restricted = create(
        &coordinator,
        &item_form(
            "Secret compound raid at Mae Sot",
            &["TZA"],
            &[("visibility", "restricted")],
        ),
    )
    .await;
    let shared = create(
        &coordinator,
        &item_form("Shared reminder for Tanzania", &["TZA"], &[]),
    )
    .await;
    let version = version_of(&app, &restricted).await.to_string();

    let brazil = app.login_as(Role::Country).await;
    assert_eq!(brazil.get(&restricted).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        brazil.get(&format!("{restricted}/edit")).await.status,
        StatusCode::NOT_FOUND
    );
    for (path, form) in [
        (
            format!("{restricted}/status"),
            vec![("status", "done"), ("version", version.as_str())],
        ),
        (format!("{restricted}/comments"), vec![("comment", "hi")]),
        (format!("{restricted}/edit"), vec![("title", "mine now")]),
    ] {
        assert_eq!(
            brazil.post(&path, &form).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }

    // Not in any list, count, export or workspace Brazil can open.
    for path in [
        "/action-items?status=&org=&q=",
        "/action-items?org=TZA",
        "/action-items?q=Mae+Sot",
        "/action-items?q=AI-0001",
        "/action-items.csv?status=&org=",
        "/orgs/TZA",
        "/",
    ] {
        let page = brazil.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(
            !page.body.contains("Secret compound raid"),
            "{path} leaks the item"
        );
        if !path.contains("AI-0001") {
            assert!(!page.body.contains("AI-0001"), "{path} leaks the reference");
        }
    }
    brazil
        .get("/action-items?status=&org=")
        .await
        .assert_total(1, "item");
    brazil
        .get("/orgs/TZA")
        .await
        .assert_contains("Shared reminder for Tanzania");

    // A shared item of another country is read, not worked on.
    assert_eq!(brazil.get(&shared).await.status, StatusCode::OK);
    let shared_version = version_of(&app, &shared).await.to_string();
    for (path, form) in [
        (
            format!("{shared}/status"),
            vec![("status", "done"), ("version", shared_version.as_str())],
        ),
        (format!("{shared}/comments"), vec![("comment", "hi")]),
    ] {
        brazil.post(&path, &form).await.assert_refused();
    }
    assert_eq!(
        brazil.get(&format!("{shared}/edit")).await.status,
        StatusCode::FORBIDDEN
    );

    // Those it concerns, coordinators and observers see it.
    let tanzania = app.login_email(TZA_EMAIL).await;
    let observer = app.login_as(Role::Observer).await;
    for client in [&tanzania, &observer, &coordinator] {
        client.get(&restricted).await.assert_contains("Mae Sot");
        client
            .get("/action-items.csv?status=&org=")
            .await
            .assert_contains("Secret compound raid at Mae Sot");
    }
    assert_eq!(
        app.count("SELECT count(*) FROM action_items WHERE status <> 'open'")
            .await,
        0
    );
}

#[tokio::test]
async fn observers_read_but_every_post_is_refused() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let item = create(&coordinator, &item_form("Observed item", &["BRA"], &[])).await;
    let observer = app.login_as(Role::Observer).await;
    let before = app.count("SELECT count(*) FROM audit_events").await;

    assert_eq!(observer.get(&item).await.status, StatusCode::OK);
    assert!(
        !observer.get(&item).await.body.contains("Change the status"),
        "no status form for observers"
    );
    assert_eq!(
        observer.get("/action-items/new").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        observer.get(&format!("{item}/edit")).await.status,
        StatusCode::FORBIDDEN
    );
    let form = item_form("Observer's item", &["BRA"], &[("version", "1")]);
    for path in [
        "/action-items".to_owned(),
        format!("{item}/edit"),
        format!("{item}/status"),
        format!("{item}/comments"),
    ] {
        let mut fields = form.clone();
        fields.push(("status", "done".to_owned()));
        fields.push(("comment", "observing".to_owned()));
        let page = observer.post_form(&path, &fields).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{path}");
        page.assert_contains("Not allowed");
    }
    assert_eq!(app.count("SELECT count(*) FROM action_items").await, 1);
    assert_eq!(
        app.count("SELECT count(*) FROM action_item_events").await,
        1
    );
    // Only the observer's sign-in was added to the log.
    assert_eq!(app.count("SELECT count(*) FROM audit_events").await, before);
}

#[tokio::test]
async fn invalid_input_comes_back_with_the_values_and_a_message_beside_each_field() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let brazil_member = app.user_id("member@bra.test.org").await.to_string();

    let yesterday = in_days(-2);
    let page = coordinator
        .post_form(
            "/action-items",
            &item_form(
                "",
                &["TZA", "NOPE"],
                &[
                    ("description", "Kept <b>as typed</b>"),
                    ("due_date", &yesterday),
                    ("priority", "whenever"),
                    ("assignee_user_id", &brazil_member),
                ],
            ),
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "Enter a title.",
        "Choose a due date from today onwards.",
        "NOPE cannot be given work",
        "Choose low, normal, high or urgent.",
        "Choose a person from one of the assigned organisations",
    ] {
        page.assert_contains(message);
    }
    page.assert_contains("Kept &#60;b&#62;as typed&#60;/b&#62;");
    page.assert_contains(&format!("value=\"{yesterday}\""));
    page.assert_contains("value=\"TZA\" checked");

    // No organisation at all, and a date that is not one.
    let page = coordinator
        .post_form(
            "/action-items",
            &item_form("No one owes this", &[], &[("due_date", "next friday")]),
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Choose at least one organisation.");
    page.assert_contains("Enter a date such as 2026-12-31.");
    page.assert_contains("value=\"No one owes this\"");

    // Observers owe no work: their organisation is not among the choices.
    let page = coordinator
        .post_form(
            "/action-items",
            &item_form("For the observers", &["UNODC"], &[]),
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("UNODC cannot be given work");
    assert!(
        !page.body.contains("Olga Observer"),
        "nor are its people among those who can be named"
    );
    page.assert_contains("Tumaini Member");
    assert!(!page.body.contains("value=\"UNODC\""));

    // A comment needs words.
    let item = create(&coordinator, &item_form("Valid", &["BRA"], &[])).await;
    let page = coordinator
        .post(&format!("{item}/comments"), &[("comment", "   ")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Write a comment.");

    // A move the workflow does not allow.
    let done = coordinator
        .post(
            &format!("{item}/status"),
            &[("status", "done"), ("version", "1")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let page = coordinator
        .post(
            &format!("{item}/status"),
            &[("status", "blocked"), ("version", "2"), ("comment", "kept")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("An item that is done cannot move to blocked.");
    page.assert_contains(">kept</textarea>");

    assert_eq!(app.count("SELECT count(*) FROM action_items").await, 1);
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action LIKE 'action_item.%'")
            .await,
        2
    );
}

#[tokio::test]
async fn country_members_create_for_their_own_organisation_only() {
    let app = TestApp::spawn().await;
    let brazil = app.login_as(Role::Country).await;
    let form = brazil.get("/action-items/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        !form.body.contains("name=\"assignees\""),
        "a country member does not choose organisations"
    );

    // An organisation smuggled into the form is ignored: the item is Brazil's.
    let item = create(
        &brazil,
        &item_form(
            "Brief the consul",
            &["TZA"],
            &[("visibility", "restricted")],
        ),
    )
    .await;
    let owners = app
        .count(
            "SELECT count(*) FROM action_item_assignees a JOIN organisations o ON o.id = a.organisation_id \
             WHERE o.code = 'BRA'",
        )
        .await;
    assert_eq!(owners, 1);
    assert_eq!(
        app.count("SELECT count(*) FROM action_item_assignees")
            .await,
        1
    );

    // A person of another country cannot be named.
    let tza = app.user_id(TZA_EMAIL).await.to_string();
    let page = brazil
        .post_form(
            "/action-items",
            &item_form("Name a Tanzanian", &[], &[("assignee_user_id", &tza)]),
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Choose a person from one of the assigned organisations");

    // Editing, the creator cannot hand the item to another organisation or person either,
    // and a refused edit keeps what was typed.
    let page = brazil
        .post_form(
            &format!("{item}/edit"),
            &item_form(
                "Brief the consul and the attaché",
                &["TZA"],
                &[
                    ("assignee_user_id", &tza),
                    ("version", "1"),
                    ("visibility", "restricted"),
                ],
            ),
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Choose a person from one of the assigned organisations");
    page.assert_contains("value=\"Brief the consul and the attaché\"");
    let saved = brazil
        .post_form(
            &format!("{item}/edit"),
            &item_form(
                "Brief the consul and the attaché",
                &["TZA"],
                &[("version", "1"), ("visibility", "restricted")],
            ),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        app.count(
            "SELECT count(*) FROM action_item_assignees a JOIN organisations o ON o.id = a.organisation_id \
             WHERE o.code <> 'BRA'"
        )
        .await,
        0
    );

    // The creator edits and cancels their own item; a Tanzanian never sees it.
    assert_eq!(
        brazil.get(&format!("{item}/edit")).await.status,
        StatusCode::OK
    );
    let cancelled = brazil
        .post(
            &format!("{item}/status"),
            &[("status", "cancelled"), ("version", "2")],
        )
        .await;
    assert_eq!(
        cancelled.status,
        StatusCode::SEE_OTHER,
        "{}",
        cancelled.body
    );
    let tanzania = app.login_email(TZA_EMAIL).await;
    assert_eq!(tanzania.get(&item).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn assignees_who_did_not_create_an_item_cannot_cancel_or_edit_it() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let item = create(
        &coordinator,
        &item_form("Coordinator's item", &["BRA"], &[]),
    )
    .await;
    let brazil = app.login_as(Role::Country).await;

    let page = brazil.get(&item).await;
    assert!(
        !page.body.contains("value=\"cancelled\""),
        "cancelling is not offered"
    );
    brazil
        .post(
            &format!("{item}/status"),
            &[("status", "cancelled"), ("version", "1")],
        )
        .await
        .assert_refused();
    assert_eq!(
        brazil.get(&format!("{item}/edit")).await.status,
        StatusCode::FORBIDDEN
    );
    let edit = brazil
        .post_form(
            &format!("{item}/edit"),
            &item_form("Taken over", &["BRA"], &[("version", "1")]),
        )
        .await;
    edit.assert_refused();

    // The coordinator cancels and reopens it.
    for (status, version) in [("cancelled", "1"), ("open", "2")] {
        let page = coordinator
            .post(
                &format!("{item}/status"),
                &[("status", status), ("version", version)],
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{status}");
    }
    assert_eq!(
        app.count("SELECT count(*) FROM action_items WHERE title = 'Coordinator''s item' AND status = 'open'")
            .await,
        1
    );
}

#[tokio::test]
async fn a_stale_edit_answers_409_with_both_versions() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let item = create(&coordinator, &item_form("Original title", &["BRA"], &[])).await;
    let admin = app.login_as(Role::Admin).await;

    let first = admin
        .post_form(
            &format!("{item}/edit"),
            &item_form(
                "Saved by the administrator",
                &["BRA", "TZA"],
                &[("version", "1"), ("priority", "urgent")],
            ),
        )
        .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);

    let stale = coordinator
        .post_form(
            &format!("{item}/edit"),
            &item_form("Typed by the coordinator", &["BRA"], &[("version", "1")]),
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    stale.assert_contains("Someone else saved this item first");
    stale.assert_contains("Saved by the administrator");
    stale.assert_contains("BRA, TZA");
    stale.assert_contains("value=\"Typed by the coordinator\"");
    stale.assert_contains("name=\"version\" value=\"2\"");
    assert_eq!(
        app.count("SELECT count(*) FROM action_items WHERE title = 'Saved by the administrator'")
            .await,
        1
    );

    // Submitting again against the current version is a deliberate overwrite.
    let again = coordinator
        .post_form(
            &format!("{item}/edit"),
            &item_form("Typed by the coordinator", &["BRA"], &[("version", "2")]),
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    let page = coordinator.get(&item).await;
    page.assert_contains("Typed by the coordinator");
    page.assert_contains("edited it");
    page.assert_contains("assignees BRA, TZA → BRA");
    let summaries = app.audit_actions().await;
    assert!(
        summaries
            .iter()
            .any(|(a, s)| a == "action_item.updated" && s.contains("priority high → urgent")),
        "{summaries:?}"
    );

    // A status change against an old version is a conflict too, and keeps the comment.
    let stale = coordinator
        .post(
            &format!("{item}/status"),
            &[
                ("status", "done"),
                ("version", "1"),
                ("comment", "All sorted"),
            ],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    stale.assert_contains("Someone changed this item first");
    stale.assert_contains(">All sorted</textarea>");
    assert_eq!(
        app.count("SELECT count(*) FROM action_items WHERE status = 'open'")
            .await,
        1
    );
}

#[tokio::test]
async fn descriptions_and_comments_are_sanitised_markdown() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let item = create(
        &coordinator,
        &item_form(
            "<script>alert('title')</script>",
            &["BRA"],
            &[(
                "description",
                "**bold** <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>",
            )],
        ),
    )
    .await;
    coordinator
        .post(
            &format!("{item}/comments"),
            &[(
                "comment",
                "<iframe src=\"https://evil.example\"></iframe>\n\n_fine_",
            )],
        )
        .await;
    let page = coordinator.get(&item).await;
    page.assert_contains("<strong>bold</strong>");
    page.assert_contains("<em>fine</em>");
    page.assert_contains("&#60;script&#62;alert(&#39;title&#39;)&#60;/script&#62;");
    for bad in ["<script>alert", "javascript:", "onerror", "<iframe", "<img"] {
        assert!(!page.body.contains(bad), "{bad} survived");
    }
}

/// Items for the list tests: `n` shared items assigned to Brazil (every third also to
/// Tanzania, every fifth naming the Brazilian member), created straight in SQL.
async fn seed(app: &TestApp, n: i32) {
    app.sql(&format!(
        "INSERT INTO action_items (id, title, description, due_date, priority, visibility, status, created_by, assignee_user_id)
         SELECT gen_random_uuid(), 'Seeded item ' || g, 'Seeded description ' || g,
                current_date + (g % 20) - 5,
                (ARRAY['low', 'normal', 'high', 'urgent'])[1 + g % 4],
                'shared',
                (ARRAY['open', 'in_progress', 'blocked', 'done', 'cancelled'])[1 + g % 5],
                (SELECT id FROM users WHERE email = 'coordinator@ccib.test.org'),
                CASE WHEN g % 5 = 0 THEN (SELECT id FROM users WHERE email = 'member@bra.test.org') END
         FROM generate_series(1, {n}) g"
    ))
    .await;
    app.sql(
        "INSERT INTO action_item_assignees (action_item_id, organisation_id)
         SELECT i.id, o.id FROM action_items i, organisations o
         WHERE o.code = 'BRA' OR (o.code = 'TZA' AND i.number % 3 = 0)
         ON CONFLICT DO NOTHING",
    )
    .await;
}

fn rows_of(page: &Page) -> usize {
    page.body
        .matches("<td class=\"nowrap\"><a href=\"/action-items/")
        .count()
}

#[tokio::test]
async fn the_list_filters_sorts_pages_and_exports_what_the_user_may_see() {
    let app = TestApp::spawn().await;
    seed(&app, 120).await;
    let brazil = app.login_as(Role::Country).await;

    // Default: Brazil's items that are not closed (statuses open, in progress, blocked).
    let default = brazil.get("/action-items").await;
    let owed = app
        .count(
            "SELECT count(*) FROM action_items WHERE status IN ('open', 'in_progress', 'blocked')",
        )
        .await;
    default.assert_total(owed, "item");
    assert_eq!(rows_of(&default), 50, "one page of 50");
    default.assert_contains("Page 1 of 2");
    default.assert_contains("rel=\"next\"");

    let page2 = brazil
        .get("/action-items?status=not_closed&org=BRA&sort=due&page=2")
        .await;
    assert_eq!(rows_of(&page2), (owed - 50) as usize);

    let overdue = app
        .count("SELECT count(*) FROM action_items WHERE status IN ('open', 'in_progress', 'blocked') AND due_date < (now() AT TIME ZONE 'Asia/Bangkok')::date")
        .await;
    let page = brazil
        .get("/action-items?status=not_closed&overdue=1")
        .await;
    page.assert_total(overdue, "item");
    assert_eq!(
        page.body.matches("<tr class=\"overdue\">").count() as i64,
        overdue.min(50)
    );

    let urgent_blocked = app
        .count("SELECT count(*) FROM action_items WHERE priority = 'urgent' AND status = 'blocked'")
        .await;
    brazil
        .get("/action-items?status=blocked&priority=urgent")
        .await
        .assert_total(urgent_blocked, "item");

    let tza = app
        .count("SELECT count(*) FROM action_items WHERE number % 3 = 0")
        .await;
    brazil
        .get("/action-items?status=&org=tza")
        .await
        .assert_total(tza, "item");

    let due_by = in_days(3);
    let by_date = app
        .count(&format!(
            "SELECT count(*) FROM action_items WHERE due_date <= '{due_by}'"
        ))
        .await;
    brazil
        .get(&format!("/action-items?status=&due_by={due_by}"))
        .await
        .assert_total(by_date, "item");

    // Text search: words, the reference people read out, and literal wildcards.
    let page = brazil.get("/action-items?status=&q=Seeded+item+17").await;
    page.assert_total(1, "item");
    page.assert_contains("AI-0017");
    let page = brazil.get("/action-items?status=&q=ai-0042").await;
    page.assert_total(1, "item");
    page.assert_contains("Seeded item 42<");
    brazil
        .get("/action-items?status=&q=description+11")
        .await
        .assert_contains("Seeded item 11<");
    let page = brazil.get("/action-items?status=&q=%25").await;
    page.assert_total(0, "item");
    assert_eq!(rows_of(&page), 0, "% is taken literally");

    // Sorting by priority puts urgent first.
    let page = brazil.get("/action-items?status=&sort=priority").await;
    let first_row = page.body.split("<tbody>").nth(1).unwrap();
    assert!(
        first_row.split("</tr>").next().unwrap().contains("Urgent"),
        "urgent first"
    );

    // Unknown filter values are ignored, not an error.
    let page = brazil
        .get("/action-items?status=whatever&org=NOPE&priority=x&due_by=soon&page=-4&sort=?")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_total(120, "item");

    // The CSV holds the same filtered list, every row, and the filters survive in its link.
    default.assert_contains("/action-items.csv?status=not_closed&#38;org=BRA&#38;sort=due\"");
    let csv = brazil
        .get("/action-items.csv?status=not_closed&org=BRA&sort=due")
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert!(
        csv.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"action-items-")
    );
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(
        lines[0],
        "reference,title,status,priority,due_date,overdue,assignees,person,visibility,created_at,updated_at"
    );
    assert_eq!(lines.len() as i64, owed + 1);
    assert!(lines.iter().any(|l| l.contains("\"BRA, TZA\"")));
    assert!(lines.iter().any(|l| l.contains("Bruna Member")));
}

#[tokio::test]
async fn csv_cells_that_look_like_formulas_are_defused() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    create(
        &coordinator,
        &item_form("=HYPERLINK(\"https://evil.example\")", &["CCIB"], &[]),
    )
    .await;
    let csv = coordinator.get("/action-items.csv").await;
    assert!(
        csv.body
            .contains("\"'=HYPERLINK(\"\"https://evil.example\"\")\""),
        "{}",
        csv.body
    );
}

#[tokio::test]
async fn a_page_costs_the_same_number_of_queries_however_many_items_exist() {
    let app = TestApp::spawn().await;
    // Five items: the fifth names a person, so the people query runs in both rounds.
    seed(&app, 5).await;
    let brazil = app.login_as(Role::Country).await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let paths = [
        "/action-items?status=&org=",
        "/action-items?status=not_closed&org=BRA&q=Seeded&sort=priority",
        "/action-items.csv?status=&org=",
        "/orgs/BRA",
        "/",
    ];
    let mut small = Vec::new();
    for path in paths {
        // Warm up: prepared statements and the session are in place.
        app.queries_for(&brazil, path).await;
        small.push(app.queries_for(&brazil, path).await);
    }
    seed(&app, 300).await;
    for (path, few) in paths.iter().zip(&small) {
        let many = app.queries_for(&brazil, path).await;
        assert_eq!(
            many, *few,
            "{path}: {few} queries with 5 items, {many} with 305"
        );
        assert!(many <= 10, "{path}: {many} queries");
    }
    let show = app.count("SELECT count(*) FROM action_items").await;
    assert_eq!(show, 305);
    // A coordinator's unscoped list costs the same.
    let path = "/action-items?status=&org=";
    app.queries_for(&coordinator, path).await;
    assert_eq!(app.queries_for(&coordinator, path).await, small[0]);
}

#[tokio::test]
async fn every_filter_can_use_an_index() {
    // With sequential scans priced out, the planner shows which filters have an index.
    let app = TestApp::spawn().await;
    seed(&app, 50).await;
    let mut conn = app.conn().await;
    use diesel_async::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Line {
        #[diesel(sql_type = diesel::sql_types::Text, column_name = "QUERY PLAN")]
        line: String,
    }
    diesel::sql_query("SET enable_seqscan = off")
        .execute(&mut conn)
        .await
        .unwrap();
    let org = "(SELECT id FROM organisations WHERE code = 'BRA')";
    let filters: [(String, &[&str]); 7] = [
        (
            format!(
                "EXISTS (SELECT 1 FROM action_item_assignees a WHERE a.action_item_id = action_items.id AND a.organisation_id = {org})"
            ),
            &["action_item_assignees_organisation_idx"],
        ),
        (
            "status = 'blocked'".to_owned(),
            &["action_items_status_due_idx"],
        ),
        (
            "due_date < current_date AND status IN ('open', 'in_progress', 'blocked')".to_owned(),
            &["action_items_status_due_idx"],
        ),
        (
            "due_date <= current_date + 3".to_owned(),
            &["action_items_due_list_idx"],
        ),
        (
            "(title || ' ' || description) ILIKE '%Seeded item 4%'".to_owned(),
            &["action_items_text_idx"],
        ),
        (
            "number = 42".to_owned(),
            &["action_items_number_key", "action_items_newest_list_idx"],
        ),
        (
            "priority = 'urgent'".to_owned(),
            &["action_items_priority_filter_idx"],
        ),
    ];
    for (filter, index) in filters {
        let plan: Vec<Line> =
            diesel::sql_query(format!("EXPLAIN SELECT * FROM action_items WHERE {filter}"))
                .load(&mut conn)
                .await
                .unwrap();
        let plan: String = plan.into_iter().map(|l| l.line + "\n").collect();
        assert!(
            index.iter().any(|index| plan.contains(index)),
            "{filter}: {plan}"
        );
    }
}

#[tokio::test]
async fn dates_follow_the_time_zone_of_whoever_is_looking() {
    // Kiritimati (UTC+14) is always on the same date as Pago Pago (UTC−11) or a later one.
    let app = TestApp::spawn().await;
    app.sql("UPDATE users SET time_zone = 'Pacific/Kiritimati' WHERE email = 'coordinator@ccib.test.org'")
        .await;
    app.sql("UPDATE users SET time_zone = 'Pacific/Pago_Pago' WHERE email = 'admin@atpc.test.org'")
        .await;
    let kiritimati_today = Utc::now()
        .with_timezone(&chrono_tz::Pacific::Kiritimati)
        .date_naive();
    let yesterday_there = (kiritimati_today - Duration::days(1)).to_string();

    // Yesterday in Kiritimati is in the past for its coordinator...
    let coordinator = app.login_as(Role::Coordinator).await;
    let page = coordinator
        .post_form(
            "/action-items",
            &item_form(
                "Due yesterday",
                &["CCIB"],
                &[("due_date", &yesterday_there)],
            ),
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Choose a due date from today onwards.");

    // ...and today or tomorrow in Pago Pago.
    let admin = app.login_as(Role::Admin).await;
    let item = create(
        &admin,
        &item_form(
            "Due yesterday",
            &["CCIB"],
            &[("due_date", &yesterday_there)],
        ),
    )
    .await;
    let pago = admin.get("/action-items?status=&org=CCIB").await;
    assert!(
        !pago.body.contains("class=\"overdue\""),
        "not overdue in Pago Pago"
    );

    // In Kiritimati it is overdue: on the list, the dashboard and the workspace.
    let list = coordinator.get("/action-items").await;
    assert_eq!(list.body.matches("<tr class=\"overdue\">").count(), 1);
    for path in ["/", "/orgs/CCIB"] {
        coordinator
            .get(path)
            .await
            .assert_contains("<strong class=\"overdue-label\">1 overdue</strong>");
    }
    admin
        .get("/orgs/CCIB")
        .await
        .assert_contains("none overdue");
    let csv = coordinator.get("/action-items.csv").await;
    assert!(csv.body.contains(",yes,CCIB,"), "{}", csv.body);

    // The timeline shows when, in the reader's zone.
    coordinator.get(&item).await.assert_contains("+14</time>");
    admin.get(&item).await.assert_contains("GMT-11</time>");
}

#[tokio::test]
async fn long_comments_in_any_script_are_accepted() {
    // Thai takes nine bytes a character once form-encoded: 15,000 characters are about 135 kB.
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let item = create(&coordinator, &item_form("Long comment", &["BRA"], &[])).await;
    let comment = "ก".repeat(15_000);
    let page = coordinator
        .post(&format!("{item}/comments"), &[("comment", &comment)])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let too_long = "ก".repeat(20_001);
    let page = coordinator
        .post(&format!("{item}/comments"), &[("comment", &too_long)])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Use at most 20000 characters.");
}

/// A large list is counted to a cap past the page shown, and says so: "1000+ items", pages
/// that go on, the last of them exact again.
#[tokio::test]
async fn a_large_list_is_counted_to_a_cap_and_says_so() {
    let app = TestApp::spawn().await;
    app.sql(
        "INSERT INTO action_items (id, title, due_date, created_by)
         SELECT gen_random_uuid(), 'Bulk item ' || g, current_date + 7,
                (SELECT id FROM users WHERE email = 'coordinator@ccib.test.org')
         FROM generate_series(1, 1060) g",
    )
    .await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let first = coordinator.get("/action-items?status=&sort=newest").await;
    assert_eq!(first.status, StatusCode::OK);
    first.assert_contains("<p class=\"muted\">1000+ items");
    first.assert_contains("Page 1 of 20+");
    first.assert_contains("page=2");
    // The cap counts from the page shown: page 2 still reaches it, from page 3 on the rest
    // fits under it and the count is exact.
    let second = coordinator
        .get("/action-items?status=&sort=newest&page=2")
        .await;
    second.assert_contains("<p class=\"muted\">1050+ items");
    let third = coordinator
        .get("/action-items?status=&sort=newest&page=3")
        .await;
    third.assert_total(1060, "item");
    third.assert_contains("Page 3 of 22");
    let last = coordinator
        .get("/action-items?status=&sort=newest&page=22")
        .await;
    last.assert_contains("Bulk item 1<");
    assert!(
        !last.body.contains("rel=\"next\""),
        "the last page has no next"
    );
}
