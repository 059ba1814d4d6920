//! Meetings over HTTP: a coordinator's meeting seen by its participants and nobody else (404,
//! also in the list and the calendar feed), observers reading without changing, bad input kept
//! (422) and stale edits refused (409); attendance; minutes from draft to circulated (the
//! participants comment) to approved and locked, in the handlers and in the database, with a
//! dated, signed addendum after; what the minutes render of typed script; a decision turned into
//! an action item and its progress; the open items carried over to the next meeting; the .ics
//! file and the personal feed with its revocable token; and the statements the pages cost.

use diesel_async::RunQueryDsl;
use reqwest::StatusCode;
use uuid::Uuid;

use crate::helpers::{Client, Page, Role, TZA_EMAIL, TestApp};

/// The id at the end of a 303's location (`/meetings/{id}` and the like).
fn created_id(page: &Page) -> Uuid {
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let path = page.location().split('#').next().unwrap_or_default();
    path.rsplit('/')
        .find_map(|part| Uuid::parse_str(part).ok())
        .unwrap_or_else(|| panic!("no id in {path}"))
}

fn meeting_form(title: &str, participants: &[&str]) -> Vec<(&'static str, String)> {
    let mut form = vec![
        ("title", title.to_owned()),
        ("starts_at", "2027-01-20T10:00".to_owned()),
        ("ends_at", "2027-01-20T12:30".to_owned()),
        ("time_zone", "Asia/Bangkok".to_owned()),
        ("place", "Royal Thai Police headquarters".to_owned()),
        ("video_url", "".to_owned()),
        ("chair", "Pol. Lt. Gen. Test Chair".to_owned()),
    ];
    for code in participants {
        form.push(("participants", (*code).to_owned()));
    }
    let presenter = participants.first().copied().unwrap_or_default();
    for (title, presenter, minutes) in [
        ("Opening", "", "10"),
        ("Border referrals", presenter, "30"),
        ("", "", ""),
    ] {
        form.push(("agenda_title", title.to_owned()));
        form.push(("agenda_presenter", presenter.to_owned()));
        form.push(("agenda_minutes", minutes.to_owned()));
        form.push(("agenda_notes", String::new()));
    }
    form
}

async fn create_meeting(client: &Client, title: &str, participants: &[&str]) -> Uuid {
    let page = client
        .post_form("/meetings", &meeting_form(title, participants))
        .await;
    created_id(&page)
}

/// The path of the feed URL the account page shows once, after it was made.
pub fn feed_path(page: &Page) -> String {
    page.body
        .split("id=\"feed-url\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|url| url.split_once("/calendar/"))
        .map(|(_, rest)| format!("/calendar/{rest}"))
        .unwrap_or_else(|| panic!("no feed URL on the page:\n{}", page.body))
}

async fn version_of(app: &TestApp, column: &str, meeting: Uuid) -> String {
    app.count(&format!(
        "SELECT {column}::bigint FROM meetings WHERE id = '{meeting}'"
    ))
    .await
    .to_string()
}

#[tokio::test]
async fn participants_see_a_meeting_and_other_countries_do_not() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let id = create_meeting(&coordinator, "Brazil and the police", &["BRA", "CCIB"]).await;

    let page = coordinator.get(&format!("/meetings/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    for shown in [
        "Brazil and the police",
        "Royal Thai Police headquarters",
        "Pol. Lt. Gen. Test Chair",
        "Opening",
        "presented by BRA",
        "30 minutes",
        "<a href=\"/orgs/BRA\">BRA</a> Embassy of Brazil",
    ] {
        page.assert_contains(shown);
    }
    // Entered at 10:00 in Bangkok: the coordinator (in Bangkok) reads 10:00 GMT+7.
    page.assert_contains("20 Jan 2027, 10:00");

    let brazil = app.login_as(Role::Country).await;
    assert_eq!(
        brazil.get(&format!("/meetings/{id}")).await.status,
        StatusCode::OK
    );
    brazil
        .get("/meetings")
        .await
        .assert_contains("Brazil and the police");
    // Brazil reads, but does not run the meeting.
    brazil
        .get(&format!("/meetings/{id}/edit"))
        .await
        .assert_refused();

    let tanzania = app.login_email(TZA_EMAIL).await;
    for path in [
        format!("/meetings/{id}"),
        format!("/meetings/{id}/minutes"),
        format!("/meetings/{id}.ics"),
    ] {
        assert_eq!(
            tanzania.get(&path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let list = tanzania.get("/meetings").await;
    assert!(
        !list.body.contains("Brazil and the police"),
        "{}",
        list.body
    );
    let comment = tanzania
        .post(
            &format!("/meetings/{id}/minutes/comments"),
            &[("comment", "Hello")],
        )
        .await;
    assert_eq!(comment.status, StatusCode::NOT_FOUND);

    let observer = app.login_as(Role::Observer).await;
    observer
        .get(&format!("/meetings/{id}"))
        .await
        .assert_contains("Brazil and the police");
    observer
        .post_form(
            &format!("/meetings/{id}/edit"),
            &meeting_form("Changed", &["BRA"]),
        )
        .await
        .assert_refused();
    observer
        .post(
            &format!("/meetings/{id}/decisions"),
            &[("decision", "Observers decide")],
        )
        .await
        .assert_refused();
    assert_eq!(app.count("SELECT count(*) FROM decisions").await, 0);

    // Every change is audited, with who made it.
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM audit_events WHERE action = 'meeting.created' \
             AND target_id = '{id}' AND actor_user_id IS NOT NULL"
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn wrong_input_comes_back_with_what_was_typed_and_a_stale_edit_is_refused() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let mut form = meeting_form("Kept title", &["BRA", "XYZ"]);
    form.retain(|(name, _)| !matches!(*name, "ends_at" | "video_url"));
    form.push(("ends_at", "2027-01-20T09:00".to_owned()));
    form.push(("video_url", "javascript:alert(1)".to_owned()));
    let page = coordinator.post_form("/meetings", &form).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    for kept in [
        "value=\"Kept title\"",
        "value=\"2027-01-20T10:00\"",
        "Border referrals",
    ] {
        page.assert_contains(kept);
    }
    for message in [
        "The meeting must end after it starts.",
        "There is no active organisation XYZ.",
        "Enter a web address starting with https://.",
    ] {
        page.assert_contains(message);
    }
    assert_eq!(app.count("SELECT count(*) FROM meetings").await, 0);

    let id = create_meeting(&coordinator, "Versioned", &["BRA", "CCIB"]).await;
    let mut first = meeting_form("First edit", &["BRA", "CCIB"]);
    first.push(("version", "1".to_owned()));
    let saved = coordinator
        .post_form(&format!("/meetings/{id}/edit"), &first)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let mut late = meeting_form("Late edit", &["BRA"]);
    late.push(("version", "1".to_owned()));
    let conflict = coordinator
        .post_form(&format!("/meetings/{id}/edit"), &late)
        .await;
    assert_eq!(conflict.status, StatusCode::CONFLICT);
    conflict.assert_contains("First edit");
    conflict.assert_contains("value=\"Late edit\"");
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM meetings WHERE id = '{id}' AND title = 'First edit'"
        ))
        .await,
        1
    );
    // The saved edit is audited; the stale one is not.
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM audit_events WHERE action = 'meeting.updated' AND target_id = '{id}'"
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn attendance_records_who_came_for_each_organisation() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let id = create_meeting(&coordinator, "Attended", &["BRA", "CCIB", "TZA"]).await;
    let bruna = app.user_id("member@bra.test.org").await.to_string();
    let form = |bra: &str| {
        vec![
            ("org", "BRA".to_owned()),
            ("attendance", bra.to_owned()),
            ("people", "Ana Lima, Consul\nCarlos Souza".to_owned()),
            ("org", "CCIB".to_owned()),
            ("attendance", "unrecorded".to_owned()),
            ("people", String::new()),
            ("org", "TZA".to_owned()),
            ("attendance", "excused".to_owned()),
            ("people", String::new()),
            ("account", bruna.clone()),
            ("version", "1".to_owned()),
        ]
    };
    // Absent, with people named: refused, and what was typed is kept.
    let refused = coordinator
        .post_form(&format!("/meetings/{id}/attendance"), &form("absent"))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains("BRA is marked absent or excused but has people listed.");
    refused.assert_contains("Ana Lima, Consul");

    let saved = coordinator
        .post_form(&format!("/meetings/{id}/attendance"), &form("present"))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = coordinator.get(&format!("/meetings/{id}")).await;
    page.assert_contains("1 of 3 organisations present, 3 people.");
    page.assert_contains("Ana Lima (Consul)");
    page.assert_contains("Bruna Member");
    page.assert_contains("Excused");

    // The form read again shows the ticked account and the typed people.
    let again = coordinator.get(&format!("/meetings/{id}/attendance")).await;
    again.assert_contains(&format!("value=\"{bruna}\" checked"));
    // A second save against the first version is stale.
    let stale = coordinator
        .post_form(&format!("/meetings/{id}/attendance"), &form("present"))
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM meeting_attendees WHERE meeting_id = '{id}'"
        ))
        .await,
        3
    );
    // Recorded once, and audited with its counts.
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM audit_events WHERE action = 'meeting.attendance_recorded' \
             AND target_id = '{id}' AND summary LIKE '%1 of 3 organisations present, 3 people'"
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn minutes_are_circulated_for_comment_then_approved_and_locked() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let brazil = app.login_as(Role::Country).await;
    let id = create_meeting(&coordinator, "Minuted", &["BRA", "CCIB"]).await;
    let minutes = format!("/meetings/{id}/minutes");

    let saved = coordinator
        .post(
            &minutes,
            &[
                ("minutes", "## Agreed\n\n- 24/7 contacts"),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    // A draft takes no comments yet.
    let early = brazil
        .post(&format!("{minutes}/comments"), &[("comment", "Early")])
        .await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    // A stale save keeps what was typed and says why.
    let stale = coordinator
        .post(&minutes, &[("minutes", "An older draft"), ("version", "1")])
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    stale.assert_contains("An older draft");
    stale.assert_contains("Someone else changed the minutes");

    let version = version_of(&app, "minutes_version", id).await;
    let circulated = coordinator
        .post(
            &format!("{minutes}/circulate"),
            &[("version", version.as_str())],
        )
        .await;
    assert_eq!(
        circulated.status,
        StatusCode::SEE_OTHER,
        "{}",
        circulated.body
    );
    let commented = brazil
        .post(
            &format!("{minutes}/comments"),
            &[("comment", "Add our duty phone.")],
        )
        .await;
    assert_eq!(
        commented.status,
        StatusCode::SEE_OTHER,
        "{}",
        commented.body
    );
    let empty = brazil
        .post(&format!("{minutes}/comments"), &[("comment", " ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let observer = app.login_as(Role::Observer).await;
    observer
        .post(&format!("{minutes}/comments"), &[("comment", "Observed")])
        .await
        .assert_refused();
    brazil
        .post(&format!("{minutes}/approve"), &[("version", "3")])
        .await
        .assert_refused();
    // Not printable before approval.
    assert_eq!(
        coordinator.get(&format!("{minutes}/print")).await.status,
        StatusCode::NOT_FOUND
    );

    let decided = coordinator
        .post(
            &format!("/meetings/{id}/decisions"),
            &[("decision", "Each embassy names a 24/7 contact.")],
        )
        .await;
    assert_eq!(decided.status, StatusCode::SEE_OTHER);
    assert!(
        decided.location().ends_with("#decision-1"),
        "{}",
        decided.location()
    );

    // A recorded decision can be reworded while the minutes are open; empty, it is refused.
    let reworded = coordinator
        .post(
            &format!("/meetings/{id}/decisions/1"),
            &[("decision", "Each embassy names a 24/7 contact point.")],
        )
        .await;
    assert_eq!(reworded.status, StatusCode::SEE_OTHER, "{}", reworded.body);
    let empty = coordinator
        .post(&format!("/meetings/{id}/decisions/1"), &[("decision", "")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    empty.assert_contains("Enter the decision.");
    assert_eq!(
        coordinator
            .post(
                &format!("/meetings/{id}/decisions/7"),
                &[("decision", "No such")]
            )
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let version = version_of(&app, "minutes_version", id).await;
    let approved = coordinator
        .post(
            &format!("{minutes}/approve"),
            &[("version", version.as_str())],
        )
        .await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
    let page = coordinator.get(&minutes).await;
    page.assert_contains("Approved by Chai Coordinator");
    page.assert_contains("Add our duty phone.");
    page.assert_contains("Decision 1");
    for gone in [
        "name=\"minutes\"",
        "/minutes/approve\"",
        "/decisions\"",
        "name=\"comment\"",
    ] {
        assert!(!page.body.contains(gone), "{gone} is no longer offered");
    }
    page.assert_contains("/minutes/addenda\"");

    // Locked: an edit, a decision and a comment are refused, and nothing changed.
    let version = version_of(&app, "minutes_version", id).await;
    let edit = coordinator
        .post(
            &minutes,
            &[
                ("minutes", "Rewritten history"),
                ("version", version.as_str()),
            ],
        )
        .await;
    assert_eq!(edit.status, StatusCode::CONFLICT);
    edit.assert_contains("approved and locked");
    let late = coordinator
        .post(
            &format!("/meetings/{id}/decisions"),
            &[("decision", "An afterthought")],
        )
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    let comment = brazil
        .post(&format!("{minutes}/comments"), &[("comment", "Late")])
        .await;
    assert_eq!(comment.status, StatusCode::CONFLICT);
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM meetings WHERE id = '{id}' AND minutes = '## Agreed\n\n- 24/7 contacts'"
        ))
        .await,
        1
    );
    let reword = coordinator
        .post(
            &format!("/meetings/{id}/decisions/1"),
            &[("decision", "Changed later")],
        )
        .await;
    assert_eq!(reword.status, StatusCode::CONFLICT);
    assert_eq!(
        app.count(
            "SELECT count(*) FROM decisions WHERE body = 'Each embassy names a 24/7 contact point.'"
        )
        .await,
        1
    );
    assert_eq!(app.count("SELECT count(*) FROM decisions").await, 1);

    // The database refuses too, whoever asks.
    let mut conn = app.conn().await;
    for statement in [
        format!("UPDATE meetings SET minutes = 'Forged' WHERE id = '{id}'"),
        format!(
            "UPDATE meetings SET minutes_state = 'draft', approved_at = NULL, approved_by = NULL WHERE id = '{id}'"
        ),
        format!("UPDATE decisions SET body = 'Forged' WHERE meeting_id = '{id}'"),
        format!("DELETE FROM decisions WHERE meeting_id = '{id}'"),
    ] {
        let refused = diesel::sql_query(&statement).execute(&mut conn).await;
        assert!(
            refused
                .as_ref()
                .is_err_and(|e| e.to_string().contains("approved minutes are locked")),
            "{statement}: {refused:?}"
        );
    }

    // A correction is a dated, signed addendum, shown with the minutes and on the print.
    let addendum = coordinator
        .post(
            &format!("{minutes}/addenda"),
            &[("addendum", "The contact list is attached.")],
        )
        .await;
    assert_eq!(addendum.status, StatusCode::SEE_OTHER, "{}", addendum.body);
    let print = brazil.get(&format!("{minutes}/print")).await;
    assert_eq!(print.status, StatusCode::OK);
    for shown in [
        "Addendum by Chai Coordinator (CCIB)",
        "The contact list is attached.",
        "Each embassy names a 24/7 contact point.",
        "<h2>Agreed</h2>",
        "Approved by Chai Coordinator",
    ] {
        print.assert_contains(shown);
    }
    let actions = app.audit_actions().await;
    for action in [
        "minutes.saved",
        "minutes.circulated",
        "minutes.commented",
        "decision.recorded",
        "decision.reworded",
        "minutes.approved",
        "minutes.addendum_added",
    ] {
        assert!(
            actions.iter().any(|(a, _)| a == action),
            "{action} in {actions:?}"
        );
    }
}

#[tokio::test]
async fn script_typed_into_minutes_decisions_and_comments_never_runs() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let id = create_meeting(&coordinator, "Sanitised", &["BRA", "CCIB"]).await;
    let payloads = [
        "<script>alert('minutes')</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(2)></svg>",
        "[click](javascript:alert(3))",
        "<a href=\"https://example.org\" onclick=\"alert(4)\">link</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "![tracker](https://tracker.example/pixel.png)",
        "<div style=\"background:url(javascript:alert(5))\">styled</div>",
        "<object data=\"data:text/html,<script>alert(6)</script>\"></object>",
        "<form action=\"https://evil.example\"><button>go</button></form>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(7)>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==\">data</a>",
    ];
    let all = payloads.join("\n\n");
    let minutes = format!("/meetings/{id}/minutes");
    let saved = coordinator
        .post(&minutes, &[("minutes", all.as_str()), ("version", "1")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let decided = coordinator
        .post(
            &format!("/meetings/{id}/decisions"),
            &[("decision", all.as_str())],
        )
        .await;
    assert_eq!(decided.status, StatusCode::SEE_OTHER);
    let circulated = coordinator
        .post(&format!("{minutes}/circulate"), &[("version", "2")])
        .await;
    assert_eq!(circulated.status, StatusCode::SEE_OTHER);
    let brazil = app.login_as(Role::Country).await;
    let commented = brazil
        .post(&format!("{minutes}/comments"), &[("comment", all.as_str())])
        .await;
    assert_eq!(commented.status, StatusCode::SEE_OTHER);

    let page = brazil.get(&minutes).await;
    assert_eq!(page.status, StatusCode::OK);
    // Only what is rendered counts: the editor (coordinators only) shows the text escaped.
    let html = page.body.to_lowercase();
    for bad in [
        "<script>alert",
        "onerror=",
        "onload=",
        "onclick=",
        "javascript:",
        "<iframe",
        "<img",
        "tracker.example",
        "<object",
        "<form action=\"https://evil",
        "style=\"background",
        "href=\"data:",
        "<svg",
    ] {
        assert!(!html.contains(bad), "{bad} reached the page");
    }
    page.assert_contains(">link</a>");
}

#[tokio::test]
async fn a_decision_becomes_action_items_that_show_their_progress() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let id = create_meeting(&coordinator, "Deciding", &["BRA", "CCIB"]).await;
    let decided = coordinator
        .post(
            &format!("/meetings/{id}/decisions"),
            &[(
                "decision",
                "Border officials contact the embassy of travellers to high-risk areas",
            )],
        )
        .await;
    assert_eq!(decided.status, StatusCode::SEE_OTHER);
    let decision: Uuid = {
        #[derive(diesel::QueryableByName)]
        struct Row {
            #[diesel(sql_type = diesel::sql_types::Uuid)]
            id: Uuid,
        }
        let mut conn = app.conn().await;
        let row: Row = diesel::sql_query(format!(
            "SELECT id FROM decisions WHERE meeting_id = '{id}'"
        ))
        .get_result(&mut conn)
        .await
        .unwrap();
        row.id
    };

    // One step from the decision: the form comes filled in from it.
    let form = coordinator
        .get(&format!("/action-items/new?decision={decision}"))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    form.assert_contains(
        "value=\"Border officials contact the embassy of travellers to high-risk areas\"",
    );
    form.assert_contains(&format!("name=\"decision\" value=\"{decision}\""));
    form.assert_contains("Decision 1 of “Deciding”");
    // A country member does not turn decisions into work; an unknown decision is not found.
    let brazil = app.login_as(Role::Country).await;
    brazil
        .get(&format!("/action-items/new?decision={decision}"))
        .await
        .assert_refused();
    assert_eq!(
        coordinator
            .get(&format!("/action-items/new?decision={}", Uuid::now_v7()))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let due = (chrono::Utc::now().date_naive() + chrono::Duration::days(10)).to_string();
    let mut items = Vec::new();
    for title in ["Brief the checkpoints", "Print the leaflet"] {
        let created = coordinator
            .post(
                "/action-items",
                &[
                    ("title", title),
                    ("description", ""),
                    ("assignees", "BRA"),
                    ("due_date", due.as_str()),
                    ("priority", "normal"),
                    ("visibility", "shared"),
                    ("decision", &decision.to_string()),
                ],
            )
            .await;
        items.push(created_id(&created));
    }
    let item = brazil.get(&format!("/action-items/{}", items[0])).await;
    item.assert_contains("Carries out");
    item.assert_contains(&format!("/meetings/{id}/minutes#decision-1"));

    let minutes = coordinator.get(&format!("/meetings/{id}/minutes")).await;
    minutes.assert_contains("0 of 2 done");
    minutes.assert_contains("Brief the checkpoints");
    // One done, one overdue.
    let done = coordinator
        .post(
            &format!("/action-items/{}/status", items[0]),
            &[("status", "done"), ("comment", ""), ("version", "1")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    app.sql(&format!(
        "UPDATE action_items SET due_date = current_date - 3 WHERE id = '{}'",
        items[1]
    ))
    .await;
    let minutes = brazil.get(&format!("/meetings/{id}/minutes")).await;
    minutes.assert_contains("1 of 2 done, 1 overdue");
    // The dashboard names the decision with overdue items.
    let dashboard = brazil.get("/").await;
    dashboard.assert_contains("Decisions with overdue action items");
    dashboard.assert_contains("Decision 1 of “Deciding”");
    dashboard.assert_contains("one overdue");
    // Tanzania sees neither the decision nor, on its dashboard, its overdue item.
    let tanzania = app.login_email(TZA_EMAIL).await;
    let dashboard = tanzania.get("/").await;
    assert!(!dashboard.body.contains("Deciding"), "{}", dashboard.body);
    let foreign = tanzania.get(&format!("/action-items/{}", items[0])).await;
    assert!(
        !foreign.body.contains("Carries out"),
        "the decision of a meeting Tanzania does not see"
    );
}

#[tokio::test]
async fn the_next_meeting_lists_what_is_still_open_from_earlier_decisions() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let earlier = create_meeting(&coordinator, "Earlier", &["BRA", "CCIB", "TZA"]).await;
    app.sql(&format!(
        "UPDATE meetings SET starts_at = now() - interval '30 days', ends_at = now() - interval '30 days' + interval '2 hours' WHERE id = '{earlier}'"
    ))
    .await;
    let decided = coordinator
        .post(
            &format!("/meetings/{earlier}/decisions"),
            &[("decision", "Share the lists")],
        )
        .await;
    assert_eq!(decided.status, StatusCode::SEE_OTHER);
    let due = (chrono::Utc::now().date_naive() + chrono::Duration::days(5)).to_string();
    let decision = app
        .count(&format!(
            "SELECT count(*) FROM decisions WHERE meeting_id = '{earlier}'"
        ))
        .await;
    assert_eq!(decision, 1);
    let make = async |title: &str, owed: &str, visibility: &str| {
        let decision_id = {
            #[derive(diesel::QueryableByName)]
            struct Row {
                #[diesel(sql_type = diesel::sql_types::Uuid)]
                id: Uuid,
            }
            let mut conn = app.conn().await;
            diesel::sql_query(format!(
                "SELECT id FROM decisions WHERE meeting_id = '{earlier}'"
            ))
            .get_result::<Row>(&mut conn)
            .await
            .unwrap()
            .id
        };
        let created = coordinator
            .post(
                "/action-items",
                &[
                    ("title", title),
                    ("assignees", owed),
                    ("due_date", due.as_str()),
                    ("priority", "normal"),
                    ("visibility", visibility),
                    ("decision", &decision_id.to_string()),
                ],
            )
            .await;
        created_id(&created)
    };
    let open = make("Still open for Brazil", "BRA", "shared").await;
    let finished = make("Already finished", "BRA", "shared").await;
    let _restricted = make("Restricted to Tanzania", "TZA", "restricted").await;
    let done = coordinator
        .post(
            &format!("/action-items/{finished}/status"),
            &[("status", "done"), ("comment", ""), ("version", "1")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);

    let next = create_meeting(&coordinator, "Next", &["BRA", "CCIB"]).await;
    let brazil = app.login_as(Role::Country).await;
    let page = brazil.get(&format!("/meetings/{next}")).await;
    page.assert_contains("Still open for Brazil");
    page.assert_contains(&format!("/action-items/{open}"));
    page.assert_contains("Decision 1 of “Earlier”");
    assert!(
        !page.body.contains("Already finished"),
        "a done item is not carried over"
    );
    assert!(
        !page.body.contains("Restricted to Tanzania"),
        "nor one Brazil may not see"
    );
    // The coordinators see the restricted one.
    coordinator
        .get(&format!("/meetings/{next}"))
        .await
        .assert_contains("Restricted to Tanzania");
    // A meeting of other organisations carries nothing over from this one.
    let unrelated = create_meeting(&coordinator, "Unrelated", &["UNODC", "ATPC"]).await;
    let page = coordinator.get(&format!("/meetings/{unrelated}")).await;
    assert!(
        !page.body.contains("Still open for Brazil"),
        "{}",
        page.body
    );
    page.assert_contains("Nothing is carried over");
}

#[tokio::test]
async fn calendars_give_utc_times_and_a_feed_token_that_can_be_revoked() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let ours = create_meeting(&coordinator, "In our calendar", &["BRA", "CCIB"]).await;
    let theirs = create_meeting(&coordinator, "Only Tanzania's", &["TZA", "CCIB"]).await;

    let brazil = app.login_as(Role::Country).await;
    let ics = brazil.get(&format!("/meetings/{ours}.ics")).await;
    assert_eq!(ics.status, StatusCode::OK);
    assert!(
        ics.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    for line in [
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "DTSTART:20270120T030000Z",
        "DTEND:20270120T053000Z",
        "SUMMARY:In our calendar",
        &format!("UID:{ours}@liaison"),
        "X-WR-TIMEZONE:Asia/Bangkok",
        "(Asia/Bangkok)",
    ] {
        assert!(ics.body.contains(line), "{line} in\n{}", ics.body);
    }

    // The feed: made on /account, its URL shown once, only its hash kept.
    let made = brazil.post("/account/calendar-feed", &[]).await;
    assert_eq!(made.status, StatusCode::OK);
    let path = feed_path(&made);
    let token = path
        .trim_start_matches("/calendar/")
        .trim_end_matches(".ics")
        .to_owned();
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM calendar_feeds WHERE token_hash = sha256('{token}'::bytea)"
        ))
        .await,
        1
    );
    assert!(
        !brazil.get("/account").await.body.contains(&token),
        "shown only once"
    );

    let calendar_app = app.client();
    let feed = calendar_app.get(&path).await;
    assert_eq!(feed.status, StatusCode::OK, "{}", feed.body);
    assert!(
        feed.body.contains("SUMMARY:In our calendar"),
        "{}",
        feed.body
    );
    assert!(
        !feed.body.contains("Only Tanzania"),
        "a meeting Brazil does not take part in"
    );
    assert!(!feed.body.contains(&theirs.to_string()));

    // A new URL ends the old one; revoking ends the new one.
    let again = brazil.post("/account/calendar-feed", &[]).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(calendar_app.get(&path).await.status, StatusCode::NOT_FOUND);
    let new_path = feed_path(&again);
    assert_eq!(calendar_app.get(&new_path).await.status, StatusCode::OK);
    let revoked = brazil.post("/account/calendar-feed/revoke", &[]).await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    assert_eq!(
        calendar_app.get(&new_path).await.status,
        StatusCode::NOT_FOUND
    );
    brazil
        .get("/account")
        .await
        .assert_contains("You have no feed address.");
    // A deactivated account's feed stops too.
    let made = brazil.post("/account/calendar-feed", &[]).await;
    let last = feed_path(&made);
    app.sql("UPDATE users SET active = false WHERE email = 'member@bra.test.org'")
        .await;
    assert_eq!(calendar_app.get(&last).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_list_and_a_meeting_cost_the_same_statements_with_few_or_many_records() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let brazil = app.login_as(Role::Country).await;
    let first = create_meeting(&coordinator, "First of many", &["BRA", "CCIB"]).await;
    let paths = [
        "/meetings".to_owned(),
        format!("/meetings/{first}"),
        format!("/meetings/{first}/minutes"),
        "/".to_owned(),
    ];
    // Earlier meetings of Brazil's, each with three decisions and two items per decision: one
    // first, then forty more.
    let earlier = async |from: i32, to: i32| {
        app.sql(&format!(
            "INSERT INTO meetings (id, title, starts_at, ends_at, time_zone, created_by)
             SELECT gen_random_uuid(), 'Earlier ' || n, now() - (n || ' days')::interval,
                    now() - (n || ' days')::interval + interval '1 hour', 'Asia/Bangkok',
                    (SELECT id FROM users WHERE email = 'coordinator@ccib.test.org')
             FROM generate_series({from}, {to}) AS n"
        ))
        .await;
        app.sql(
            "INSERT INTO meeting_participants (meeting_id, organisation_id)
             SELECT m.id, o.id FROM meetings m, organisations o
             WHERE m.title LIKE 'Earlier %' AND o.code IN ('BRA', 'CCIB')
             ON CONFLICT DO NOTHING",
        )
        .await;
        app.sql(&format!(
            "INSERT INTO decisions (id, meeting_id, number, body, created_by)
             SELECT gen_random_uuid(), m.id, d, 'Decision ' || d, m.created_by
             FROM meetings m, generate_series(1, 3) AS d
             WHERE (m.title LIKE 'Earlier %' OR m.id = '{first}')
               AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.meeting_id = m.id)"
        ))
        .await;
        app.sql(
            "INSERT INTO action_items (id, title, due_date, visibility, created_by, decision_id)
             SELECT gen_random_uuid(), 'Item of ' || d.body, current_date - 1, 'shared', d.created_by, d.id
             FROM decisions d, generate_series(1, 2)
             WHERE NOT EXISTS (SELECT 1 FROM action_items i WHERE i.decision_id = d.id)",
        )
        .await;
        app.sql(
            "INSERT INTO action_item_assignees (action_item_id, organisation_id)
             SELECT i.id, (SELECT id FROM organisations WHERE code = 'BRA') FROM action_items i
             ON CONFLICT DO NOTHING",
        )
        .await;
    };
    earlier(1, 1).await;
    let mut few = Vec::new();
    for path in &paths {
        app.queries_for(&brazil, path).await;
        few.push(app.queries_for(&brazil, path).await);
    }
    earlier(2, 41).await;
    for (path, small) in paths.iter().zip(few) {
        let many = app.queries_for(&brazil, path).await;
        assert_eq!(
            small, many,
            "{path}: {small} statements with one meeting, {many} with 41"
        );
        assert!(many <= 16, "{path}: {many} statements");
    }
}
