//! Notifications over HTTP, with a real SMTP server (tests/support/smtp_sink.py): who is told
//! of what in the portal and by email (in their language, with a working link and no personal
//! data), followers, the scope rules (nobody hears of a record they may not open),
//! preferences (escalations always by email), delivery exactly once from two instances,
//! retries after the server was down, an unreachable server that never holds up a page, the
//! morning digest at 08:00 in Bangkok and in Brasília, pruning, the administrators' page of
//! undelivered emails, and the navigation's count costing no statement.

use std::time::Duration;

use reqwest::StatusCode;
use uuid::Uuid;

use crate::helpers::{Client, Role, TZA_EMAIL, TestApp, TestSettings, text_in};
use crate::smtp::{Received, SmtpSink};

const BRUNA: &str = "member@bra.test.org";
const CHAI: &str = "coordinator@ccib.test.org";
const OLGA: &str = "observer@unodc.test.org";

fn mailing(sink: &SmtpSink) -> TestSettings {
    TestSettings {
        scheduler_every: Duration::from_millis(200),
        smtp_url: Some(sink.url()),
        ..TestSettings::default()
    }
}

fn in_days(days: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::days(days))
        .date_naive()
        .to_string()
}

/// Creates an action item as `client` (the action items' valid form, due in a week) and
/// answers its id.
async fn create_item(
    client: &Client,
    title: &str,
    assignees: &[&str],
    extra: &[(&str, &str)],
) -> Uuid {
    let path = crate::action_items::create(
        client,
        &crate::action_items::item_form(title, assignees, extra),
    )
    .await;
    path.trim_start_matches("/action-items/").parse().unwrap()
}

async fn told(app: &TestApp, email: &str, kind: &str) -> i64 {
    app.count(&format!(
        "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id
         WHERE u.email = '{email}' AND n.kind = '{kind}'"
    ))
    .await
}

async fn emails_to(app: &TestApp, address: &str) -> i64 {
    app.count(&format!(
        "SELECT count(*) FROM email_outbox WHERE recipient = '{address}'"
    ))
    .await
}

fn to<'a>(received: &'a [Received], address: &str) -> Vec<&'a Received> {
    received
        .iter()
        .filter(|m| m.envelope_to.iter().any(|t| t == address))
        .collect()
}

#[tokio::test]
async fn an_item_assigned_to_an_embassy_is_told_in_the_portal_and_by_email_in_its_language() {
    let sink = SmtpSink::start();
    let app = TestApp::spawn_with(mailing(&sink)).await;
    app.sql(&format!(
        "UPDATE users SET language = 'pt-BR' WHERE email = '{BRUNA}'"
    ))
    .await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let brazil = app.login_as(Role::Country).await;
    let before = brazil.get("/").await;
    assert!(
        !before.body.contains("unread-count"),
        "no count without notifications"
    );

    let item = create_item(&coordinator, "Call Maria Quixaba's family", &["BRA"], &[]).await;
    let reference = format!(
        "AI-{:04}",
        app.count(&format!(
            "SELECT number FROM action_items WHERE id = '{item}'"
        ))
        .await
    );

    // In the portal: a count in the navigation on every page, the list, newest first.
    let page = brazil.get("/contacts").await;
    assert!(
        page.body.contains(
            "<span aria-hidden=\"true\">1</span><span class=\"visually-hidden\">uma não lida</span>"
        ),
        "{}",
        page.body
    );
    let list = brazil.get("/notifications").await;
    assert_eq!(list.status, StatusCode::OK);
    list.assert_contains(&format!("{reference} foi atribuído a BRA por CCIB."));
    // The author is not told of their own change.
    assert_eq!(told(&app, CHAI, "item_assigned").await, 0);

    // By email: to the account's address, in Portuguese, with a link that opens the item.
    let received = sink.wait_for(1).await;
    let mail = to(&received, BRUNA);
    assert_eq!(mail.len(), 1, "{received:#?}");
    let mail = mail[0];
    assert_eq!(mail.to, BRUNA);
    assert_eq!(mail.from, "Liaison <liaison@test.org>");
    assert_eq!(mail.language, "pt-BR");
    assert!(mail.subject.starts_with("Liaison: "), "{}", mail.subject);
    assert!(mail.subject.contains(&reference), "{}", mail.subject);
    assert!(mail.subject.contains("atribuído"), "{}", mail.subject);
    let link = format!("{}/action-items/{item}", app.address);
    assert!(mail.body.contains(&format!("\n{link}\n")), "{}", mail.body);
    assert!(
        !mail.body.contains("Quixaba"),
        "the title stays out of the email: {}",
        mail.body
    );
    assert!(
        mail.body.contains("/account#notifications"),
        "{}",
        mail.body
    );
    let opened = brazil.http.get(&link).send().await.unwrap();
    assert_eq!(opened.status(), StatusCode::OK);
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'email.sent'")
            .await,
        1
    );

    // Opening it marks it read, audited; the count goes.
    let id = app
        .count(&format!(
            "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = '{BRUNA}'"
        ))
        .await;
    assert_eq!(id, 1);
    let notification: Uuid = text_in(
        &app,
        &format!("SELECT n.id::text FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = '{BRUNA}'"),
    )
    .await
    .parse()
    .unwrap();
    // Someone else's notification is not there for them (404), and changes nothing.
    let tanzania = app.login_email(TZA_EMAIL).await;
    let token = tanzania.csrf_token().await;
    let refused = tanzania
        .post(
            &format!("/notifications/{notification}/open"),
            &[("csrf_token", &token)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    let token = brazil.csrf_token().await;
    let open = brazil
        .post(
            &format!("/notifications/{notification}/open"),
            &[("csrf_token", &token)],
        )
        .await;
    assert_eq!(open.status, StatusCode::SEE_OTHER);
    assert_eq!(open.location(), format!("/action-items/{item}"));
    assert_eq!(
        app.count("SELECT count(*) FROM notifications WHERE read_at IS NOT NULL")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'notification.read'")
            .await,
        1
    );
    let after = brazil.get("/").await;
    assert!(!after.body.contains("unread-count"));
}

#[tokio::test]
async fn an_account_that_follows_its_browser_is_emailed_in_the_language_it_last_signed_in_with() {
    let app = TestApp::spawn().await;
    let tanzania = Client::speaking(&app.address, Some("fr-FR,fr;q=0.9,en;q=0.5"));
    let signed_in = tanzania.login(TZA_EMAIL, crate::helpers::PASSWORD).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    let coordinator = app.login_as(Role::Coordinator).await;
    create_item(&coordinator, "For Tanzania", &["TZA"], &[]).await;
    let mail = text_in(
        &app,
        &format!(
            "SELECT language || '|' || subject FROM email_outbox WHERE recipient = '{TZA_EMAIL}'"
        ),
    )
    .await;
    assert!(
        mail.starts_with("fr|Liaison") && mail.contains("a été attribué à TZA"),
        "{mail}"
    );
    // A language chosen on the account wins over the browser's.
    app.sql(&format!(
        "UPDATE users SET language = 'th' WHERE email = '{TZA_EMAIL}'"
    ))
    .await;
    create_item(&coordinator, "For Tanzania again", &["TZA"], &[]).await;
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM email_outbox WHERE recipient = '{TZA_EMAIL}' AND language = 'th'"
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn followers_hear_of_comments_and_status_and_may_stop() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let brazil = app.login_as(Role::Country).await;
    let observer = app.login_as(Role::Observer).await;
    let item = create_item(&coordinator, "Confirm the duty desk", &["BRA"], &[]).await;
    let path = format!("/action-items/{item}");

    // The creator and the assigned organisation's members follow; the observer chooses to.
    assert!(
        observer
            .get(&path)
            .await
            .body
            .contains(&format!("action=\"{path}/follow\""))
    );
    let token = observer.csrf_token().await;
    let followed = observer
        .post(&format!("{path}/follow"), &[("csrf_token", &token)])
        .await;
    assert_eq!(followed.status, StatusCode::SEE_OTHER);
    assert!(
        observer
            .get(&path)
            .await
            .body
            .contains(&format!("action=\"{path}/unfollow\""))
    );

    let token = brazil.csrf_token().await;
    let comment = brazil
        .post(
            &format!("{path}/comments"),
            &[("csrf_token", &token), ("comment", "Done by phone")],
        )
        .await;
    assert_eq!(comment.status, StatusCode::SEE_OTHER);
    assert_eq!(told(&app, CHAI, "item_comment").await, 1);
    assert_eq!(told(&app, OLGA, "item_comment").await, 1);
    assert_eq!(
        told(&app, BRUNA, "item_comment").await,
        0,
        "not of one's own comment"
    );
    let list = observer.get("/notifications").await;
    list.assert_contains("BRA commented on AI-");
    assert!(
        !list.body.contains("Done by phone"),
        "what was said stays on the item"
    );

    let token = observer.csrf_token().await;
    observer
        .post(&format!("{path}/unfollow"), &[("csrf_token", &token)])
        .await;
    let version = app
        .count(&format!(
            "SELECT version FROM action_items WHERE id = '{item}'"
        ))
        .await;
    let token = brazil.csrf_token().await;
    let moved = brazil
        .post(
            &format!("{path}/status"),
            &[
                ("csrf_token", &token),
                ("status", "in_progress"),
                ("comment", ""),
                ("version", &version.to_string()),
            ],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    assert_eq!(told(&app, CHAI, "item_status").await, 1);
    assert_eq!(told(&app, OLGA, "item_status").await, 0, "unfollowed");
    coordinator
        .get("/notifications")
        .await
        .assert_contains("is now in progress (BRA).");
    app.assert_audited(&["action_item.followed", "action_item.unfollowed"])
        .await;
}

#[tokio::test]
async fn nobody_is_told_of_a_record_they_may_not_see() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let tanzania = app.login_email(TZA_EMAIL).await;
    let brazil = app.login_as(Role::Country).await;

    // Another country's restricted item: Brazil cannot follow it (404) and, should it have
    // followed it while it was shared, hears nothing of it once restricted.
    let item = create_item(
        &coordinator,
        "Tanzanian case",
        &["TZA"],
        &[("visibility", "restricted")],
    )
    .await;
    let token = brazil.csrf_token().await;
    let refused = brazil
        .post(
            &format!("/action-items/{item}/follow"),
            &[("csrf_token", &token)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    let bruna = app.user_id(BRUNA).await;
    app.sql(&format!(
        "INSERT INTO action_item_followers (action_item_id, user_id) VALUES ('{item}', '{bruna}')"
    ))
    .await;
    let token = tanzania.csrf_token().await;
    tanzania
        .post(
            &format!("/action-items/{item}/comments"),
            &[("csrf_token", &token), ("comment", "Found him")],
        )
        .await;
    assert_eq!(told(&app, CHAI, "item_comment").await, 1);
    assert_eq!(told(&app, BRUNA, "item_comment").await, 0);

    // A rescue request and a referral for a Tanzanian reach Tanzania, never Brazil.
    let checkpoint = text_in(
        &app,
        "SELECT id::text FROM referral_checkpoints ORDER BY position LIMIT 1",
    )
    .await;
    let form: Vec<(&str, String)> = vec![
        ("nationality", "TZ".to_owned()),
        ("nationality_other", String::new()),
        ("full_name", "Neema Quagga".to_owned()),
        ("passport_number", String::new()),
        ("date_of_birth", String::new()),
        ("sex", "female".to_owned()),
        ("phone", String::new()),
        ("checkpoint", checkpoint),
        ("travel_mode", "land".to_owned()),
        ("purpose", "A job offer".to_owned()),
        ("destination", "Myawaddy".to_owned()),
        ("itinerary", "none".to_owned()),
        ("risk", "job_offer_online".to_owned()),
        ("disposition", "held".to_owned()),
    ];
    let filed = coordinator.post_form("/referrals", &form).await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    assert_eq!(told(&app, TZA_EMAIL, "referral_filed").await, 1);
    assert_eq!(told(&app, BRUNA, "referral_filed").await, 0);
    let mail: String = text_in(
        &app,
        &format!("SELECT body FROM email_outbox WHERE recipient = '{TZA_EMAIL}' AND kind = 'referral_filed'"),
    )
    .await;
    assert!(
        !mail.contains("Neema") && !mail.contains("Quagga"),
        "{mail}"
    );
    assert!(mail.contains("BR-"), "the reference: {mail}");

    let area = text_in(
        &app,
        "SELECT id::text FROM rescue_areas ORDER BY position LIMIT 1",
    )
    .await;
    let rescue: Vec<(&str, String)> = vec![
        ("nationality", "TZ".to_owned()),
        ("full_name", "Baraka Zebu".to_owned()),
        ("sex", "male".to_owned()),
        ("approximate_age", "30".to_owned()),
        ("area", area),
        ("last_known_location", "Near the river".to_owned()),
        ("last_contact_on", in_days(-3)),
        ("circumstances", "Held in a compound".to_owned()),
        ("urgency", "urgent".to_owned()),
    ];
    let filed = coordinator.post_form("/rescue-requests", &rescue).await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    assert_eq!(told(&app, TZA_EMAIL, "rescue_filed").await, 1);
    assert_eq!(told(&app, BRUNA, "rescue_filed").await, 0);
    let everything = app
        .count("SELECT count(*) FROM email_outbox WHERE body LIKE '%Baraka%' OR subject LIKE '%Zebu%' OR body LIKE '%Neema%'")
        .await;
    assert_eq!(everything, 0, "no person's name in any email");
    let stored = app
        .count("SELECT count(*) FROM notifications WHERE message LIKE '%Baraka%' OR message LIKE '%Neema%'")
        .await;
    assert_eq!(stored, 0, "nor in a notification");
}

#[tokio::test]
async fn preferences_keep_kinds_out_of_email_but_never_escalations() {
    let app = TestApp::spawn_with(TestSettings {
        scheduler_every: Duration::from_millis(200),
        ..TestSettings::default()
    })
    .await;
    let brazil = app.login_as(Role::Country).await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let account = brazil.get("/account").await;
    account.assert_contains("id=\"notifications\"");
    assert!(
        account.body.contains("value=\"item_assigned\" checked"),
        "by email unless turned off"
    );

    // Everything unticked: the portal only (and escalations, which cannot be turned off).
    let token = brazil.csrf_token().await;
    let saved = brazil
        .post(
            "/account/notifications",
            &[("csrf_token", &token), ("email", "digest")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(saved.location(), "/account#notifications");
    let bruna = app.user_id(BRUNA).await;
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM notification_email_off WHERE user_id = '{bruna}'"
        ))
        .await,
        9
    );
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM notification_email_off WHERE user_id = '{bruna}' AND kind = 'referral_escalated'"
        ))
        .await,
        0
    );
    let account = brazil.get("/account").await;
    assert!(!account.body.contains("value=\"item_assigned\" checked"));
    assert!(account.body.contains("value=\"digest\" checked"));

    create_item(&coordinator, "Portal only", &["BRA"], &[]).await;
    assert_eq!(told(&app, BRUNA, "item_assigned").await, 1);
    assert_eq!(emails_to(&app, BRUNA).await, 0);

    // An escalation comes by email all the same, and to the on-duty contact point too.
    app.sql(
        "INSERT INTO contact_points (id, organisation_id, name, phones, email, languages, always_available)
         SELECT gen_random_uuid(), id, 'Brazil duty desk', '{+6621234567}', 'duty@bra.test.org', '{pt}', true
         FROM organisations WHERE code = 'BRA'",
    )
    .await;
    let referral = app.file_referral("BR", "Rafaela Quixaba", None).await;
    app.sql(&format!(
        "UPDATE referrals SET created_at = now() - interval '40 minutes',
                ack_due_at = now() - interval '10 minutes', next_step_at = now() - interval '10 minutes'
         WHERE id = '{referral}'"
    ))
    .await;
    app.wait_for_count(
        &format!("SELECT count(*) FROM notifications WHERE kind = 'referral_escalated' AND subject_id = '{referral}'"),
        1,
        20,
    )
    .await;
    assert_eq!(told(&app, BRUNA, "referral_escalated").await, 1);
    assert_eq!(emails_to(&app, BRUNA).await, 1);
    let duty = text_in(
        &app,
        &format!("SELECT language || '|' || subject || '|' || body FROM email_outbox WHERE recipient = 'duty@bra.test.org' AND referral_id = '{referral}'"),
    )
    .await;
    assert!(duty.starts_with("pt-BR|Liaison: "), "{duty}");
    assert!(duty.contains("BRA"), "says why it came: {duty}");
    assert!(!duty.contains("Quixaba"), "{duty}");
}

#[tokio::test]
async fn two_instances_deliver_each_email_exactly_once() {
    let sink = SmtpSink::start();
    let app = TestApp::spawn_with(mailing(&sink)).await;
    app.another_instance_with(mailing(&sink));
    app.another_instance_with(mailing(&sink));
    app.sql(
        "INSERT INTO email_outbox (id, kind, recipient, language, subject, body)
         SELECT gen_random_uuid(), 'item_status', 'member@bra.test.org', 'en', 'Liaison: number ' || n, 'Body ' || n
         FROM generate_series(1, 60) AS n",
    )
    .await;
    sink.wait_for(60).await;
    app.wait_for_count(
        "SELECT count(*) FROM email_outbox WHERE state = 'sent'",
        60,
        30,
    )
    .await;
    // Time for a duplicate to show, had any instance sent one twice.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let received = sink.received();
    assert_eq!(received.len(), 60);
    let mut subjects: Vec<&str> = received.iter().map(|m| m.subject.as_str()).collect();
    subjects.sort_unstable();
    subjects.dedup();
    assert_eq!(subjects.len(), 60, "each once");
    assert_eq!(
        app.count("SELECT count(*) FROM email_outbox WHERE attempts <> 1")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'email.sent'")
            .await,
        60
    );
}

#[tokio::test]
async fn an_email_is_tried_again_once_the_smtp_server_is_back_and_a_last_failure_is_shown() {
    let mut sink = SmtpSink::start();
    sink.stop();
    let app = TestApp::spawn_with(mailing(&sink)).await;
    let referral = app.file_referral("BR", "Rafaela Quixaba", None).await;
    app.sql(&format!(
        "INSERT INTO email_outbox (id, kind, recipient, language, subject, body, referral_id)
         VALUES (gen_random_uuid(), 'referral_escalated', 'duty@bra.test.org', 'en', 'Liaison: escalated', 'Call now', '{referral}')"
    ))
    .await;
    // The server is down: the try fails, and the next waits a minute.
    app.wait_for_count(
        "SELECT count(*) FROM email_outbox WHERE attempts = 1 AND state = 'pending' AND last_error IS NOT NULL
           AND next_attempt_at BETWEEN now() + interval '50 seconds' AND now() + interval '61 seconds'",
        1,
        20,
    )
    .await;
    // It comes back, and the minute passes.
    sink.resume();
    app.sql("UPDATE email_outbox SET next_attempt_at = now()")
        .await;
    let received = sink.wait_for(1).await;
    assert_eq!(received[0].envelope_to, ["duty@bra.test.org"]);
    app.wait_for_count(
        "SELECT count(*) FROM email_outbox WHERE state = 'sent' AND attempts = 2",
        1,
        10,
    )
    .await;

    // A last try that fails marks the email failed, audited, on the administrators' page and
    // the escalation board.
    sink.stop();
    app.sql(
        "UPDATE email_outbox SET state = 'pending', sent_at = NULL, attempts = 5, next_attempt_at = now()",
    )
    .await;
    app.wait_for_count(
        "SELECT count(*) FROM email_outbox WHERE state = 'failed' AND attempts = 6",
        1,
        20,
    )
    .await;
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'email.failed'")
            .await,
        1
    );
    let coordinator = app.login_as(Role::Coordinator).await;
    let board = coordinator.get("/referrals/escalated").await;
    board.assert_contains("Escalation emails that could not be delivered");
    board.assert_contains(&format!("href=\"/referrals/{referral}\""));
    board.assert_contains("duty@bra.test.org");
    let admin = app.login_as(Role::Admin).await;
    let page = admin.get("/admin/emails").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("duty@bra.test.org");
    page.assert_contains("Failed after 6 tries");
    let id = text_in(&app, "SELECT id::text FROM email_outbox").await;
    assert_eq!(
        coordinator.get("/admin/emails").await.status,
        StatusCode::FORBIDDEN
    );

    // Retried by an administrator once the server is back: sent, and off the board.
    sink.resume();
    let token = admin.csrf_token().await;
    let retried = admin
        .post(
            &format!("/admin/emails/{id}/retry"),
            &[("csrf_token", &token)],
        )
        .await;
    assert_eq!(retried.status, StatusCode::SEE_OTHER);
    sink.wait_for(2).await;
    app.wait_for_count(
        "SELECT count(*) FROM email_outbox WHERE state = 'sent' AND attempts = 1",
        1,
        10,
    )
    .await;
    let board = coordinator.get("/referrals/escalated").await;
    assert!(
        !board
            .body
            .contains("Escalation emails that could not be delivered")
    );
    let again = admin
        .post(
            &format!("/admin/emails/{id}/retry"),
            &[("csrf_token", &token)],
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::NOT_FOUND,
        "a sent email is not retried"
    );
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'email.retried'")
            .await,
        1
    );
}

#[tokio::test]
async fn a_mailbox_refused_for_good_is_not_tried_again() {
    let sink = SmtpSink::start();
    let app = TestApp::spawn_with(mailing(&sink)).await;
    app.sql(
        "INSERT INTO email_outbox (id, kind, recipient, language, subject, body)
         VALUES (gen_random_uuid(), 'item_status', 'nobody@test.org', 'en', 'Liaison: refused', 'Body'),
                (gen_random_uuid(), 'item_status', 'member@bra.test.org', 'en', 'Liaison: accepted', 'Body')",
    )
    .await;
    app.wait_for_count(
        "SELECT count(*) FROM email_outbox WHERE recipient = 'nobody@test.org' AND state = 'failed'
           AND attempts = 1 AND last_error LIKE '%550%'",
        1,
        20,
    )
    .await;
    let received = sink.wait_for(1).await;
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].subject, "Liaison: accepted");
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'email.failed'")
            .await,
        1
    );
}

/// Accepts connections and never answers: an SMTP server that hangs.
async fn silent_server() -> (u16, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let task = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    (port, task)
}

#[tokio::test]
async fn an_smtp_server_that_hangs_never_holds_up_the_change_that_notifies() {
    let (port, _server) = silent_server().await;
    let app = TestApp::spawn_with(TestSettings {
        scheduler_every: Duration::from_millis(200),
        smtp_url: Some(format!("smtp://127.0.0.1:{port}")),
        ..TestSettings::default()
    })
    .await;
    let coordinator = app.login_as(Role::Coordinator).await;
    create_item(&coordinator, "First", &["BRA"], &[]).await;
    // The scheduler is now stuck in a send that will not answer for twenty seconds.
    app.wait_for_count(
        "SELECT count(*) FROM email_outbox WHERE attempts = 1 AND state = 'pending'",
        1,
        10,
    )
    .await;
    // Changes that notify still answer: far within the time a send to this server takes.
    for n in 0..5 {
        let created = tokio::time::timeout(
            Duration::from_secs(10),
            create_item(&coordinator, &format!("Item {n}"), &["BRA", "TZA"], &[]),
        )
        .await;
        assert!(created.is_ok(), "a change waited on the SMTP server");
    }
    assert_eq!(told(&app, BRUNA, "item_assigned").await, 6);
    // Nor does it hold up the escalation of a referral that falls due meanwhile.
    let referral = app.file_referral("BR", "Rafaela Quixaba", None).await;
    app.sql(&format!(
        "UPDATE referrals SET created_at = now() - interval '31 minutes',
                ack_due_at = now() - interval '1 minute', next_step_at = now() - interval '1 minute'
         WHERE id = '{referral}'"
    ))
    .await;
    app.wait_for_count(
        &format!("SELECT count(*) FROM referrals WHERE id = '{referral}' AND escalation_step = 1"),
        1,
        5,
    )
    .await;
    assert_eq!(
        app.count("SELECT count(*) FROM email_outbox WHERE state = 'sent'")
            .await,
        0
    );
}

#[tokio::test]
async fn without_an_smtp_server_emails_stay_in_the_outbox_marked_not_sent() {
    let app = TestApp::spawn_with(TestSettings {
        scheduler_every: Duration::from_millis(200),
        ..TestSettings::default()
    })
    .await;
    let coordinator = app.login_as(Role::Coordinator).await;
    create_item(&coordinator, "Without mail", &["BRA"], &[]).await;
    app.wait_for_count(
        "SELECT count(*) FROM email_outbox WHERE state = 'unsent'
           AND last_error = 'not sent: no SMTP server configured' AND next_attempt_at IS NULL",
        1,
        10,
    )
    .await;
    let admin = app.login_as(Role::Admin).await;
    admin
        .get("/admin/emails")
        .await
        .assert_contains("Not sent: no SMTP server is configured.");
    // The portal works as before: Brazil is told in the portal.
    assert_eq!(told(&app, BRUNA, "item_assigned").await, 1);
}

#[tokio::test]
async fn the_outbox_is_pruned_after_its_retention_but_keeps_what_is_still_to_go() {
    // With a server to send to, so that the email still to go stays due (without one it is
    // marked unsent, and then pruned like the rest).
    let sink = SmtpSink::start();
    let app = TestApp::spawn_with(mailing(&sink)).await;
    app.sql(
        "INSERT INTO email_outbox (id, kind, recipient, language, subject, body, state, next_attempt_at, sent_at, created_at)
         VALUES (gen_random_uuid(), 'digest', 'old@test.org', 'en', 'S', 'B', 'sent', NULL, now() - interval '40 days', now() - interval '40 days'),
                (gen_random_uuid(), 'digest', 'recent@test.org', 'en', 'S', 'B', 'sent', NULL, now() - interval '10 days', now() - interval '10 days'),
                (gen_random_uuid(), 'digest', 'waiting@test.org', 'en', 'S', 'B', 'pending', now() + interval '1 hour', NULL, now() - interval '40 days')",
    )
    .await;
    app.wait_for_count(
        "SELECT count(*) FROM email_outbox WHERE recipient = 'old@test.org'",
        0,
        10,
    )
    .await;
    assert_eq!(emails_to(&app, "recent@test.org").await, 1);
    assert_eq!(emails_to(&app, "waiting@test.org").await, 1);
}

/// The time of day (UTC) of an account's next digest, and whether it is within a day.
async fn next_digest(app: &TestApp, email: &str) -> String {
    text_in(
        app,
        &format!(
            "SELECT to_char(next_digest_at AT TIME ZONE 'UTC', 'HH24:MI') || ' ' ||
                    (next_digest_at > now() AND next_digest_at <= now() + interval '1 day')
             FROM users WHERE email = '{email}'"
        ),
    )
    .await
}

#[tokio::test]
async fn the_morning_digest_comes_at_eight_in_bangkok_and_in_brasilia() {
    let sink = SmtpSink::start();
    let app = TestApp::spawn().await;
    app.sql(&format!(
        "UPDATE users SET time_zone = 'America/Sao_Paulo', language = 'pt-BR', next_digest_at = NULL
         WHERE email = '{BRUNA}'"
    ))
    .await;
    app.sql(&format!(
        "UPDATE users SET time_zone = 'Asia/Bangkok', next_digest_at = NULL WHERE email = '{TZA_EMAIL}'"
    ))
    .await;
    let coordinator = app.user_id(CHAI).await;
    // Brazil owes one overdue item, one due tomorrow and one in ten days; Tanzania one due
    // tomorrow; a closed one is not listed.
    app.sql(&format!(
        "INSERT INTO action_items (id, title, due_date, status, created_by)
         VALUES ('0190f000-0000-7000-8000-000000000001', 'Late, Brazil', current_date - 3, 'open', '{coordinator}'),
                ('0190f000-0000-7000-8000-000000000002', 'Soon, Brazil', current_date + 1, 'in_progress', '{coordinator}'),
                ('0190f000-0000-7000-8000-000000000003', 'Later, Brazil', current_date + 10, 'open', '{coordinator}'),
                ('0190f000-0000-7000-8000-000000000004', 'Soon, Tanzania', current_date + 1, 'open', '{coordinator}'),
                ('0190f000-0000-7000-8000-000000000005', 'Done, Brazil', current_date, 'done', '{coordinator}')"
    ))
    .await;
    app.sql(
        "INSERT INTO action_item_assignees (action_item_id, organisation_id)
         SELECT i.id, o.id FROM action_items i JOIN organisations o
           ON o.code = CASE WHEN i.title LIKE '%Tanzania' THEN 'TZA' ELSE 'BRA' END",
    )
    .await;
    let numbers: Vec<i64> = {
        let mut n = Vec::new();
        for i in 1..=5 {
            n.push(
                app.count(&format!(
                    "SELECT number FROM action_items WHERE id = '0190f000-0000-7000-8000-00000000000{i}'"
                ))
                .await,
            );
        }
        n
    };
    // (The first server's only wake may have set the old zones' mornings: set afresh above.)
    // A server whose scheduler wakes: each account's next digest is its next 08:00.
    app.another_instance_with(mailing(&sink));
    app.wait_for_count(
        "SELECT count(*) FROM users WHERE next_digest_at IS NULL",
        0,
        10,
    )
    .await;
    assert_eq!(
        next_digest(&app, BRUNA).await,
        "11:00 true",
        "08:00 in Brasília (UTC−3)"
    );
    assert_eq!(
        next_digest(&app, TZA_EMAIL).await,
        "01:00 true",
        "08:00 in Bangkok (UTC+7)"
    );

    // 08:00 comes for both (and for nobody else).
    app.sql(&format!(
        "UPDATE users SET next_digest_at = now() - interval '1 second' WHERE email IN ('{BRUNA}', '{TZA_EMAIL}', '{OLGA}')"
    ))
    .await;
    let received = sink.wait_for(2).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let received = if sink.received().len() > received.len() {
        sink.received()
    } else {
        received
    };
    assert_eq!(
        received.len(),
        2,
        "UNODC owes nothing, so gets no digest: {received:#?}"
    );
    let bruna = to(&received, BRUNA);
    let bruna = bruna[0];
    assert_eq!(bruna.language, "pt-BR");
    assert!(bruna.subject.contains("BRA"), "{}", bruna.subject);
    let reference = |i: usize| format!("AI-{:04}", numbers[i]);
    assert!(
        bruna.body.contains(&format!("{}: em atraso", reference(0))),
        "{}",
        bruna.body
    );
    assert!(bruna.body.contains(&reference(1)), "{}", bruna.body);
    assert!(
        !bruna.body.contains(&reference(2)),
        "ten days away: {}",
        bruna.body
    );
    assert!(!bruna.body.contains(&reference(4)), "done: {}", bruna.body);
    assert!(
        !bruna.body.contains("Late, Brazil"),
        "no titles: {}",
        bruna.body
    );
    // The link of the instance that wrote it (its public URL), to the organisation's items.
    assert!(
        bruna.body.contains("\nhttp://127.0.0.1:") && bruna.body.contains("/action-items\n"),
        "{}",
        bruna.body
    );
    let tumaini = to(&received, TZA_EMAIL)[0];
    assert_eq!(tumaini.language, "en");
    assert!(
        tumaini.body.contains(&format!("{}: due", reference(3))),
        "{}",
        tumaini.body
    );
    assert!(!tumaini.body.contains(&reference(0)));
    assert_eq!(told(&app, BRUNA, "digest").await, 1);
    assert_eq!(told(&app, OLGA, "digest").await, 0);

    // The next ones are tomorrow's mornings.
    app.wait_for_count(
        "SELECT count(*) FROM users WHERE next_digest_at <= now()",
        0,
        10,
    )
    .await;
    assert_eq!(next_digest(&app, BRUNA).await, "11:00 true");
    assert_eq!(next_digest(&app, TZA_EMAIL).await, "01:00 true");
    // A changed time zone moves the next morning.
    let brazil = app.login_as(Role::Country).await;
    let token = brazil.csrf_token().await;
    brazil
        .post(
            "/account/time-zone",
            &[("csrf_token", &token), ("time_zone", "Asia/Bangkok")],
        )
        .await;
    app.wait_for_count(
        "SELECT count(*) FROM users WHERE next_digest_at IS NULL",
        0,
        10,
    )
    .await;
    assert_eq!(next_digest(&app, BRUNA).await, "01:00 true");
}

#[tokio::test]
async fn the_unread_count_costs_no_statement() {
    let app = TestApp::spawn().await;
    let brazil = app.login_as(Role::Country).await;
    app.queries_for(&brazil, "/").await;
    let none = app.queries_for(&brazil, "/").await;
    let bruna = app.user_id(BRUNA).await;
    app.sql(&format!(
        "INSERT INTO notifications (id, user_id, kind, subject_type, message)
         SELECT gen_random_uuid(), '{bruna}', 'digest', 'digest', '{{\"id\":\"notifications-unreadable\"}}'
         FROM generate_series(1, 150)"
    ))
    .await;
    let page = brazil.get("/").await;
    assert!(
        page.body.contains(
            "<span aria-hidden=\"true\">99+</span><span class=\"visually-hidden\">150 unread</span>"
        ),
        "{}",
        page.body
    );
    assert_eq!(app.queries_for(&brazil, "/").await, none);
    // A page that reads nothing but the session shows the count and sends one statement: the
    // count is part of the session's; the list sends one more, its page of rows.
    let password = brazil.get("/account/password").await;
    assert!(
        password.body.contains("id=\"nav-unread\""),
        "{}",
        password.body
    );
    assert_eq!(app.queries_for(&brazil, "/account/password").await, 1);
    assert_eq!(app.queries_for(&brazil, "/notifications").await, 2);

    let token = brazil.csrf_token().await;
    let all = brazil
        .post("/notifications/read", &[("csrf_token", &token)])
        .await;
    assert_eq!(all.status, StatusCode::SEE_OTHER);
    brazil
        .get("/notifications")
        .await
        .assert_contains("150 notifications marked as read.");
    assert!(!brazil.get("/").await.body.contains("unread-count"));
}
