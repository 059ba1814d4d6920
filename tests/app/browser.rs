//! End-to-end tests in a real browser: headless Chromium driven over WebDriver by
//! ChromeDriver, against a real server. They check what the HTTP tests cannot: that the
//! pages' forms, links and redirects work together when a browser follows them, and that
//! the rendered pages pass an automated accessibility check (axe-core, vendored under
//! tests/vendor/axe-core, in the light and the dark colour scheme) and fit a phone's width.
//!
//! Each test starts its own ChromeDriver on a free port and stops it at the end, also when
//! the test fails. `scripts/test` installs Chromium and ChromeDriver; the environment
//! variables `CHROMEDRIVER` and `CHROMIUM` point the test at other binaries.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

use liaison::i18n::{Lang, text};

use crate::helpers::{PASSWORD, Role, TestApp};

/// How long any single wait for the browser may take before the test fails.
const WAIT: Duration = Duration::from_secs(10);
/// How often a wait checks again.
const POLL: Duration = Duration::from_millis(50);

const INSTALL_HINT: &str = "run scripts/test, which installs Chromium and ChromeDriver \
     (or set CHROMEDRIVER and CHROMIUM to their paths)";

#[tokio::test]
async fn a_member_signs_in_opens_the_directory_and_signs_out() {
    let app = TestApp::spawn().await;
    let (_driver, browser) = start_browser().await;
    let email = Role::Country.email().unwrap();

    // A wrong password: the form comes back with the error and keeps the email address.
    browser
        .goto(&format!("{}/login", app.address))
        .await
        .unwrap();
    submit_sign_in(&browser, email, "not the password").await;
    let error = wait_for(&browser, Locator::Id("login-error")).await;
    let message = error.text().await.unwrap();
    assert!(
        message.contains("The email address or password is not correct"),
        "the sign-in error says why: {message:?}"
    );
    assert_eq!(
        path_of(&browser).await,
        "/login",
        "a failed sign-in stays on the form"
    );
    assert_eq!(
        field_value(&browser, "email").await,
        email,
        "the form keeps the email address"
    );
    assert_eq!(
        field_value(&browser, "password").await,
        "",
        "the form never echoes a password"
    );

    // The right password leads to the dashboard, which greets the member and names the
    // organisation.
    submit_sign_in(&browser, email, PASSWORD).await;
    let heading = wait_for(&browser, Locator::XPath("//h1[contains(., 'Welcome')]")).await;
    let greeting = heading.text().await.unwrap();
    assert!(
        greeting.contains("Bruna Member"),
        "the dashboard greets the member by name: {greeting:?}"
    );
    assert_eq!(path_of(&browser).await, "/");
    let main = main_text(&browser).await;
    assert!(
        main.contains("Embassy of Brazil"),
        "the dashboard names the member's organisation:\n{main}"
    );

    // The navigation leads to the directory of organisations.
    browser
        .find(Locator::LinkText("Organisations"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for(
        &browser,
        Locator::XPath("//h1[contains(., 'Participating organisations')]"),
    )
    .await;
    assert_eq!(path_of(&browser).await, "/orgs");
    let current = browser
        .find(Locator::LinkText("Organisations"))
        .await
        .unwrap();
    assert_eq!(
        current.attr("aria-current").await.unwrap().as_deref(),
        Some("page"),
        "the navigation marks the directory as the current page"
    );
    let mut names = Vec::new();
    for cell in browser
        .find_all(Locator::Css("table tbody tr td:nth-child(2)"))
        .await
        .unwrap()
    {
        names.push(cell.text().await.unwrap());
    }
    for expected in [
        "Embassy of Brazil",
        "United Nations Office on Drugs and Crime",
        "Anti-Trafficking in Persons Centre",
    ] {
        assert!(
            names.iter().any(|name| name == expected),
            "the directory lists {expected:?}: {names:?}"
        );
    }

    // Signing out lands on the sign-in form with a notice.
    sign_out(&browser).await;
    let notice = wait_for(
        &browser,
        Locator::XPath("//p[@role='status'][contains(., 'You have signed out.')]"),
    )
    .await;
    assert_eq!(notice.text().await.unwrap().trim(), "You have signed out.");
    let url = browser.current_url().await.unwrap();
    assert_eq!(
        (url.path(), url.query()),
        ("/login", Some("signed_out=1")),
        "after signing out: {url}"
    );

    // The session is gone: a signed-in page sends the browser back to the sign-in form.
    browser
        .goto(&format!("{}/account", app.address))
        .await
        .unwrap();
    wait_for(
        &browser,
        Locator::XPath("//h1[contains(., 'Sign in to Liaison')]"),
    )
    .await;
    let url = browser.current_url().await.unwrap();
    assert_eq!(
        url.path(),
        "/login",
        "a signed-out browser is sent to sign in: {url}"
    );
    let next = browser
        .find(Locator::Css("input[name='next']"))
        .await
        .unwrap();
    assert_eq!(
        next.prop("value").await.unwrap().as_deref(),
        Some("/account"),
        "signing in again returns to the page asked for"
    );

    browser.close().await.unwrap();
}

#[tokio::test]
async fn a_coordinator_assigns_an_item_and_the_country_marks_it_in_progress() {
    let app = TestApp::spawn().await;
    let (_driver, browser) = start_browser().await;
    let due_date = (chrono::Utc::now() + chrono::Duration::days(5)).date_naive();
    let due = due_date.to_string();

    // The coordinator opens the list from the navigation and creates an item for Brazil.
    sign_in(&browser, &app, Role::Coordinator).await;
    click_link(&browser, "Action items").await;
    wait_for(
        &browser,
        Locator::XPath("//h1[contains(., 'Action items')]"),
    )
    .await;
    click_link(&browser, "New action item").await;
    fill(
        &browser,
        "title",
        "Confirm the 24/7 contact for border referrals",
    )
    .await;
    fill(&browser, "description", "Before **Friday**, please.").await;
    wait_for(
        &browser,
        Locator::Css("input[name='assignees'][value='BRA']"),
    )
    .await
    .click()
    .await
    .unwrap();
    // A date input takes keys in the browser's locale; set its value as the picker would.
    browser
        .execute(
            "document.getElementById('due_date').value = arguments[0];",
            vec![json!(due)],
        )
        .await
        .unwrap();
    wait_for(&browser, Locator::Css("#priority option[value='urgent']"))
        .await
        .click()
        .await
        .unwrap();
    submit_main_form(&browser).await;
    let heading = wait_for(&browser, Locator::XPath("//h1[contains(., 'AI-0001')]")).await;
    assert!(
        heading
            .text()
            .await
            .unwrap()
            .contains("Confirm the 24/7 contact for border referrals")
    );
    let main = main_text(&browser).await;
    assert!(main.contains("Action item AI-0001 created."), "{main}");
    assert!(main.contains("Urgent"), "{main}");
    let shown_due = liaison::i18n::dates::date(liaison::i18n::Lang::En, due_date);
    assert!(main.contains(&shown_due), "{main}");
    sign_out(&browser).await;
    wait_for(&browser, Locator::Id("email")).await;

    // Brazil's member is told: a count in the navigation, the notification, and "Open" goes
    // to the item (and the count goes). It is also on the dashboard.
    sign_in(&browser, &app, Role::Country).await;
    let main = main_text(&browser).await;
    assert!(main.contains("What BRA owes"), "{main}");
    let count = wait_for(&browser, Locator::Css("#nav-unread [aria-hidden]")).await;
    assert_eq!(count.text().await.unwrap(), "1");
    wait_for(&browser, Locator::Id("nav-notifications"))
        .await
        .click()
        .await
        .unwrap();
    wait_for(
        &browser,
        Locator::XPath("//h1[contains(., 'Notifications')]"),
    )
    .await;
    let main = main_text(&browser).await;
    assert!(
        main.contains("AI-0001 was assigned to BRA by CCIB."),
        "{main}"
    );
    wait_for(
        &browser,
        Locator::XPath("//button[normalize-space()='Open']"),
    )
    .await
    .click()
    .await
    .unwrap();
    wait_for(&browser, Locator::XPath("//h1[contains(., 'AI-0001')]")).await;
    assert!(
        browser.find(Locator::Css(".unread-count")).await.is_err(),
        "read once opened"
    );
    assert!(
        browser
            .find(Locator::LinkText("Edit or reassign"))
            .await
            .is_err(),
        "the member did not create the item and cannot edit it"
    );
    wait_for(
        &browser,
        Locator::Css("#status option[value='in_progress']"),
    )
    .await
    .click()
    .await
    .unwrap();
    fill(&browser, "status-comment", "Calling the consul tonight.").await;
    wait_for(
        &browser,
        Locator::XPath("//button[normalize-space()='Change status']"),
    )
    .await
    .click()
    .await
    .unwrap();
    let flash = wait_for(
        &browser,
        Locator::XPath("//p[@role='status'][contains(., 'AI-0001 is now in progress.')]"),
    )
    .await;
    assert!(flash.is_displayed().await.unwrap());
    let timeline = wait_for(&browser, Locator::Css("#timeline")).await;
    let text = timeline.text().await.unwrap();
    assert!(
        text.contains("moved it from Open to In progress")
            && text.contains("Calling the consul tonight."),
        "{text}"
    );
    assert!(
        main_text(&browser)
            .await
            .contains("In progress · Urgent priority")
    );
    browser.close().await.unwrap();
}

#[tokio::test]
async fn a_coordinator_records_a_decision_and_the_assigned_country_sees_its_item() {
    let app = TestApp::spawn().await;
    let (_driver, browser) = start_browser().await;
    let title = "Border coordination with the embassies";
    let decision = "Border officials contact the embassy of travellers to high-risk areas \
                    without a clear itinerary";
    // Two weeks ahead, so the meeting is always upcoming; the form takes local times.
    let day = (chrono::Utc::now() + chrono::Duration::days(14)).date_naive();
    let due = (chrono::Utc::now() + chrono::Duration::days(30))
        .date_naive()
        .to_string();

    // The coordinator plans the meeting from the navigation, with Brazil taking part.
    sign_in(&browser, &app, Role::Coordinator).await;
    click_link(&browser, "Meetings").await;
    wait_for(&browser, Locator::XPath("//h1[contains(., 'Meetings')]")).await;
    click_link(&browser, "New meeting").await;
    wait_for(&browser, Locator::XPath("//h1[contains(., 'New meeting')]")).await;
    fill(&browser, "title", title).await;
    // A datetime-local input takes keys in the browser's locale; set the value as the
    // picker would.
    for (id, time) in [("starts_at", "10:00"), ("ends_at", "12:00")] {
        browser
            .execute(
                "document.getElementById(arguments[0]).value = arguments[1];",
                vec![json!(id), json!(format!("{day}T{time}"))],
            )
            .await
            .unwrap();
    }
    let ccib = wait_for(
        &browser,
        Locator::Css("input[name='participants'][value='CCIB']"),
    )
    .await;
    assert!(
        ccib.is_selected().await.unwrap(),
        "the creator's organisation takes part from the start"
    );
    wait_for(
        &browser,
        Locator::Css("input[name='participants'][value='BRA']"),
    )
    .await
    .click()
    .await
    .unwrap();
    fill(&browser, "agenda_title_1", "Referrals at the border").await;
    wait_for(
        &browser,
        Locator::XPath("//main//button[normalize-space()='Create the meeting']"),
    )
    .await
    .click()
    .await
    .unwrap();
    wait_for(
        &browser,
        Locator::XPath(&format!("//h1[contains(., '{title}')]")),
    )
    .await;
    let meeting = path_of(&browser).await;
    assert!(meeting.starts_with("/meetings/"), "{meeting}");
    let main = main_text(&browser).await;
    assert!(
        main.contains(&format!("Meeting “{title}” created.")),
        "{main}"
    );
    assert!(main.contains("Referrals at the border"), "{main}");
    assert!(main.contains("BRA Embassy of Brazil"), "{main}");

    // In the minutes, the coordinator records the decision.
    click_link(&browser, "Minutes and decisions").await;
    wait_for(
        &browser,
        Locator::XPath(&format!("//h1[contains(., 'Minutes: {title}')]")),
    )
    .await;
    fill(&browser, "decision", decision).await;
    wait_for(
        &browser,
        Locator::XPath("//button[normalize-space()='Record the decision']"),
    )
    .await
    .click()
    .await
    .unwrap();
    wait_for(
        &browser,
        Locator::XPath("//p[@role='status'][contains(., 'Decision 1 recorded.')]"),
    )
    .await;
    let recorded = wait_for(&browser, Locator::Id("decision-1")).await;
    let text = recorded.text().await.unwrap();
    assert!(
        text.contains(decision) && text.contains("No action items yet."),
        "{text}"
    );

    // The decision becomes an action item owed by Brazil, its title taken from the decision.
    click_link(&browser, "Create an action item from this decision").await;
    wait_for(
        &browser,
        Locator::XPath("//h1[contains(., 'New action item')]"),
    )
    .await;
    let main = main_text(&browser).await;
    assert!(
        main.contains(&format!("Decision 1 of “{title}”")),
        "the form names the decision it carries out:\n{main}"
    );
    assert_eq!(
        field_value(&browser, "title").await,
        decision,
        "the item's title is the decision's"
    );
    wait_for(
        &browser,
        Locator::Css("input[name='assignees'][value='BRA']"),
    )
    .await
    .click()
    .await
    .unwrap();
    browser
        .execute(
            "document.getElementById('due_date').value = arguments[0];",
            vec![json!(due)],
        )
        .await
        .unwrap();
    submit_main_form(&browser).await;
    let heading = wait_for(&browser, Locator::XPath("//h1[contains(., 'AI-')]")).await;
    let heading = heading.text().await.unwrap();
    let reference = heading
        .split_whitespace()
        .find(|word| word.starts_with("AI-"))
        .unwrap_or_else(|| panic!("the heading names the item's reference: {heading:?}"))
        .to_owned();
    let item = path_of(&browser).await;
    assert!(item.starts_with("/action-items/"), "{item}");
    let main = main_text(&browser).await;
    assert!(main.contains("Carries out"), "{main}");
    let carries_out = wait_for(
        &browser,
        Locator::XPath("//dt[normalize-space()='Carries out']/following-sibling::dd[1]/a"),
    )
    .await;
    assert_eq!(
        carries_out.attr("href").await.unwrap().as_deref(),
        Some(format!("{meeting}/minutes#decision-1").as_str()),
        "the item links to the decision it carries out"
    );
    assert_eq!(
        carries_out.text().await.unwrap().trim(),
        format!("Decision 1 of “{title}”")
    );

    // Back in the minutes, the decision counts its item.
    carries_out.click().await.unwrap();
    wait_for(
        &browser,
        Locator::XPath(&format!("//h1[contains(., 'Minutes: {title}')]")),
    )
    .await;
    let recorded = wait_for(&browser, Locator::Id("decision-1")).await;
    let text = recorded.text().await.unwrap();
    assert!(text.contains("0 of 1 done"), "{text}");
    assert!(text.contains(&reference) && text.contains("BRA"), "{text}");
    sign_out(&browser).await;
    wait_for(&browser, Locator::Id("email")).await;

    // Brazil's member sees the meeting next on the dashboard, then the decision and the item
    // it owes in the minutes.
    sign_in(&browser, &app, Role::Country).await;
    let next = wait_for(
        &browser,
        Locator::XPath("//main//p[starts-with(normalize-space(), 'Next:')]"),
    )
    .await;
    let line = next.text().await.unwrap();
    assert!(
        line.trim().starts_with(&format!("Next: {title}")),
        "the dashboard names the next meeting: {line:?}"
    );
    click_link(&browser, "Meetings").await;
    wait_for(&browser, Locator::XPath("//h1[contains(., 'Meetings')]")).await;
    assert!(
        browser
            .find(Locator::LinkText("New meeting"))
            .await
            .is_err(),
        "a country's member does not plan meetings"
    );
    click_link(&browser, title).await;
    wait_for(
        &browser,
        Locator::XPath(&format!("//h1[contains(., '{title}')]")),
    )
    .await;
    assert_eq!(path_of(&browser).await, meeting);
    click_link(&browser, "Minutes and decisions").await;
    wait_for(
        &browser,
        Locator::XPath(&format!("//h1[contains(., 'Minutes: {title}')]")),
    )
    .await;
    let recorded = wait_for(&browser, Locator::Id("decision-1")).await;
    let text = recorded.text().await.unwrap();
    assert!(
        text.contains(decision) && text.contains("0 of 1 done"),
        "{text}"
    );
    assert!(
        browser
            .find(Locator::LinkText(
                "Create an action item from this decision"
            ))
            .await
            .is_err(),
        "only coordinators turn decisions into work"
    );
    recorded
        .find(Locator::XPath(&format!(
            ".//a[.//span[normalize-space()='{reference}']]"
        )))
        .await
        .unwrap_or_else(|error| panic!("the decision links its item {reference}: {error}"))
        .click()
        .await
        .unwrap();
    wait_for(
        &browser,
        Locator::XPath(&format!("//h1[contains(., '{reference}')]")),
    )
    .await;
    assert_eq!(path_of(&browser).await, item);
    let main = main_text(&browser).await;
    assert!(main.contains(decision), "{main}");
    assert!(main.contains("Carries out"), "{main}");
    browser.close().await.unwrap();
}

#[tokio::test]
async fn an_embassy_adds_a_contact_and_another_country_finds_it_on_duty() {
    let app = TestApp::spawn().await;
    let (_driver, browser) = start_browser().await;

    // Brazil's member adds the embassy's 24/7 duty phone.
    sign_in(&browser, &app, Role::Country).await;
    click_link(&browser, "Contacts").await;
    wait_for(
        &browser,
        Locator::XPath("//h1[contains(., 'Contact points')]"),
    )
    .await;
    click_link(&browser, "Add a contact").await;
    fill(&browser, "name", "Brazil duty officer").await;
    fill(&browser, "position", "Consular duty").await;
    fill(&browser, "phone-1", "081 234 5678").await;
    fill(&browser, "languages", "pt, en").await;
    wait_for(
        &browser,
        Locator::Css("input[name='availability'][value='always']"),
    )
    .await
    .click()
    .await
    .unwrap();
    submit_main_form(&browser).await;
    wait_for(
        &browser,
        Locator::XPath("//h1[contains(., 'Brazil duty officer')]"),
    )
    .await;
    let main = main_text(&browser).await;
    assert!(main.contains("Brazil duty officer added."), "{main}");
    assert!(main.contains("+66 81 234 5678"), "{main}");
    sign_out(&browser).await;
    wait_for(&browser, Locator::Id("email")).await;

    // Tanzania's member opens "On duty now" and finds whom to call at Brazil's embassy.
    submit_sign_in(&browser, crate::helpers::TZA_EMAIL, PASSWORD).await;
    wait_for(&browser, Locator::XPath("//h1[contains(., 'Welcome')]")).await;
    click_link(&browser, "On duty now").await;
    let card = wait_for(&browser, Locator::Id("org-BRA")).await;
    let text = card.text().await.unwrap();
    assert!(
        text.contains("Brazil duty officer") && text.contains("24/7"),
        "{text}"
    );
    let phone = card
        .find(Locator::Css("a[href='tel:+66812345678']"))
        .await
        .expect("a phone link to call");
    assert_eq!(phone.text().await.unwrap(), "+66 81 234 5678");
    let tanzania = wait_for(&browser, Locator::Id("org-TZA")).await;
    assert!(
        tanzania
            .text()
            .await
            .unwrap()
            .contains("Nobody is reachable now."),
        "Tanzania has no contacts yet, and the page says so"
    );
    browser.close().await.unwrap();
}

#[tokio::test]
async fn every_main_page_passes_an_automated_accessibility_check() {
    let app = TestApp::spawn().await;
    let (_driver, browser) = start_browser().await;
    let mut report = Report::default();

    // Signed out: the sign-in form, then the same form telling of a wrong password.
    browser
        .goto(&format!("{}/login", app.address))
        .await
        .unwrap();
    report.check(&browser, "/login", "Sign in to Liaison").await;
    submit_sign_in(&browser, Role::Country.email().unwrap(), "not the password").await;
    wait_for(&browser, Locator::Id("login-error")).await;
    report
        .check(
            &browser,
            "/login after a wrong password",
            "Sign in to Liaison",
        )
        .await;

    sign_in(&browser, &app, Role::Admin).await;

    // A confirmation: an organisation saved unchanged comes back with a success message
    // (and leaves an entry for the audit log below).
    browser
        .goto(&format!("{}/admin/orgs/BRA/edit", app.address))
        .await
        .unwrap();
    submit_main_form(&browser).await;
    wait_for(&browser, Locator::Css(".flash-success")).await;
    report
        .check(
            &browser,
            "/admin/orgs/BRA after saving",
            "Embassy of Brazil",
        )
        .await;

    let member = app.user_id(Role::Country.email().unwrap()).await;
    let item = create_item_over_http(&app).await;
    let contact = create_contact_over_http(&app).await;
    let referral = create_referral_over_http(&app).await;
    // Only meetings (no action items): the item above stays AI-0001.
    let (bra_meeting, _, approved_meeting, _) = app.seed_meetings().await;
    // A notification for the administrator, one read, and an email that did not go.
    let admin = app.user_id(Role::Admin.email().unwrap()).await;
    app.sql(&format!(
        "INSERT INTO notifications (id, user_id, kind, subject_type, subject_id, message, read_at)
         SELECT gen_random_uuid(), '{admin}', 'item_status', 'action_item', id,
                '{{\"id\":\"notifications-item-status\",\"args\":[[\"reference\",\"AI-0001\"],[\"status\",{{\"id\":\"items-status-word-done\"}}],[\"by\",\"BRA\"]]}}', v.read_at
         FROM action_items, (VALUES (NULL::timestamptz), (now())) AS v (read_at)"
    ))
    .await;
    app.sql(
        "INSERT INTO email_outbox (id, kind, recipient, language, subject, body, state, attempts, next_attempt_at, last_error)
         VALUES (gen_random_uuid(), 'item_status', 'member@bra.test.org', 'en', 'Liaison: AI-0001 is now done (BRA).',
                 'Body', 'failed', 6, NULL, '550 mailbox unavailable')",
    )
    .await;
    let bra_meeting = format!("/meetings/{bra_meeting}");
    let approved_meeting = format!("/meetings/{approved_meeting}");
    let pages = [
        ("/meetings".to_owned(), "Meetings"),
        ("/meetings/new".to_owned(), "New meeting"),
        (bra_meeting.clone(), "Brazil coordination"),
        (format!("{bra_meeting}/edit"), "Edit “Brazil coordination”"),
        (
            format!("{bra_meeting}/attendance"),
            "Attendance: Brazil coordination",
        ),
        (
            format!("{bra_meeting}/minutes"),
            "Minutes: Brazil coordination",
        ),
        (
            format!("{approved_meeting}/minutes"),
            "Minutes: Joint coordination",
        ),
        (
            format!("{approved_meeting}/minutes/print"),
            "Joint coordination",
        ),
        ("/referrals?status=".to_owned(), "Border referrals"),
        ("/referrals/new".to_owned(), "File a referral"),
        (referral.clone(), "BR-"),
        (format!("{referral}/edit"), "Correct BR-"),
        ("/referrals/escalated".to_owned(), "Escalation board"),
        ("/referrals/stats".to_owned(), "Referral figures"),
        ("/admin/referral-policy".to_owned(), "Referral deadlines"),
        ("/contacts".to_owned(), "Contact points"),
        ("/contacts/on-duty".to_owned(), "Who to call now"),
        ("/contacts/new".to_owned(), "Add a contact point"),
        (contact.clone(), "Ana Souza"),
        (format!("{contact}/edit"), "Edit Ana Souza"),
        (
            "/orgs/BRA/duty".to_owned(),
            "Duty rota of Embassy of Brazil",
        ),
        ("/action-items".to_owned(), "Action items"),
        ("/action-items?status=&overdue=1".to_owned(), "Action items"),
        ("/action-items/new".to_owned(), "New action item"),
        (item.clone(), "AI-0001"),
        (format!("{item}/edit"), "Edit AI-0001"),
        ("/".to_owned(), "Welcome, Ada Admin"),
        ("/orgs".to_owned(), "Participating organisations"),
        ("/orgs/BRA".to_owned(), "Embassy of Brazil"),
        ("/account".to_owned(), "Your account"),
        ("/account/password".to_owned(), "Change your password"),
        ("/admin/orgs".to_owned(), "Manage organisations"),
        ("/admin/orgs/new".to_owned(), "Add an organisation"),
        ("/admin/orgs/BRA".to_owned(), "Embassy of Brazil"),
        ("/admin/orgs/BRA/edit".to_owned(), "Edit Embassy of Brazil"),
        ("/admin/users".to_owned(), "Manage accounts"),
        ("/admin/users/new".to_owned(), "Add an account"),
        (format!("/admin/users/{member}"), "Bruna Member"),
        ("/audit".to_owned(), "Audit log"),
        ("/notifications".to_owned(), "Notifications"),
        ("/admin/emails".to_owned(), "Undelivered emails"),
        ("/orgs/NOWHERE".to_owned(), "Page not found"),
    ];
    for (path, heading) in &pages {
        browser
            .goto(&format!("{}{path}", app.address))
            .await
            .unwrap();
        report.check(&browser, path, heading).await;
    }

    // Forms in their error state: submitted empty, they come back with the fields' errors.
    for (path, heading) in [
        ("/contacts/new", "Add a contact point"),
        ("/referrals/new", "File a referral"),
        ("/action-items/new", "New action item"),
        ("/meetings/new", "New meeting"),
        ("/admin/orgs/new", "Add an organisation"),
        ("/admin/users/new", "Add an account"),
    ] {
        browser
            .goto(&format!("{}{path}", app.address))
            .await
            .unwrap();
        submit_main_form(&browser).await;
        wait_for(&browser, Locator::Css(".field-error")).await;
        report
            .check(&browser, &format!("{path} submitted empty"), heading)
            .await;
    }

    // Signed out again: the sign-in form with its notice.
    sign_out(&browser).await;
    wait_for(
        &browser,
        Locator::XPath("//p[@role='status'][contains(., 'You have signed out.')]"),
    )
    .await;
    report
        .check(&browser, "/login after signing out", "Sign in to Liaison")
        .await;

    browser.close().await.unwrap();
    report.finish();
}

/// Thai and Arabic end to end: the sign-in page's switcher, signing in, the member marking an
/// item in progress, the main pages in that language (Arabic right to left) passing axe and
/// fitting a phone.
#[tokio::test]
async fn the_portal_works_in_thai_and_in_arabic() {
    let app = TestApp::spawn().await;
    let (_driver, browser) = start_browser().await;
    let mut report = Report::default();
    let item = create_item_over_http(&app).await;
    let contact = create_contact_over_http(&app).await;
    for lang in [Lang::Th, Lang::Ar] {
        // The switcher is a plain link on the sign-in page, named in its own language.
        browser
            .goto(&format!("{}/login", app.address))
            .await
            .unwrap();
        click_link(&browser, lang.autonym()).await;
        let heading = text(lang, "auth-heading");
        wait_for(
            &browser,
            Locator::XPath(&format!("//h1[contains(., '{heading}')]")),
        )
        .await;
        assert_eq!(
            document_language(&browser).await,
            (lang.code().to_owned(), lang.dir().to_owned())
        );
        report
            .check(&browser, &format!("/login in {lang}"), &heading)
            .await;

        // A wrong password is refused in the language, then the right one signs in.
        fill(&browser, "email", Role::Country.email().unwrap()).await;
        fill(&browser, "password", "not the password").await;
        submit_main_form(&browser).await;
        let error = wait_for(&browser, Locator::Id("login-error")).await;
        assert_eq!(
            error.text().await.unwrap().trim(),
            text(lang, "auth-bad-credentials").trim()
        );
        fill(&browser, "password", PASSWORD).await;
        submit_main_form(&browser).await;
        wait_for(
            &browser,
            Locator::XPath("//h1[contains(., 'Bruna Member')]"),
        )
        .await;
        assert_eq!(path_of(&browser).await, "/");
        assert_eq!(document_language(&browser).await.0, lang.code());
        report
            .check(&browser, &format!("/ in {lang}"), "Bruna Member")
            .await;

        // The member moves the item to "in progress" from its page; the flash and the
        // timeline say so in the language.
        browser
            .goto(&format!("{}{item}", app.address))
            .await
            .unwrap();
        let next = if lang == Lang::Th {
            "in_progress"
        } else {
            "blocked"
        };
        wait_for(
            &browser,
            Locator::Css(&format!("#status option[value='{next}']")),
        )
        .await
        .click()
        .await
        .unwrap();
        wait_for(
            &browser,
            Locator::XPath("//form[contains(@action, '/status')]//button[@type='submit']"),
        )
        .await
        .click()
        .await
        .unwrap();
        let flash = wait_for(&browser, Locator::Css(".flash-success")).await;
        let status_name = text(
            lang,
            if lang == Lang::Th {
                "status-in-progress"
            } else {
                "status-blocked"
            },
        );
        let said = flash.text().await.unwrap();
        assert!(said.contains("AI-0001"), "{said}");
        let timeline = wait_for(&browser, Locator::Css("#timeline")).await;
        let timeline = timeline.text().await.unwrap();
        assert!(timeline.contains(&status_name), "{lang}: {timeline}");
        report
            .check(&browser, &format!("{item} in {lang}"), "AI-0001")
            .await;

        for path in [
            "/contacts".to_owned(),
            "/contacts/on-duty".to_owned(),
            contact.clone(),
            "/action-items".to_owned(),
            "/orgs/BRA".to_owned(),
            "/account".to_owned(),
        ] {
            browser
                .goto(&format!("{}{path}", app.address))
                .await
                .unwrap();
            assert_eq!(document_language(&browser).await.1, lang.dir(), "{path}");
            report
                .check(&browser, &format!("{path} in {lang}"), "")
                .await;
        }
        // A form in its error state.
        browser
            .goto(&format!("{}/contacts/new", app.address))
            .await
            .unwrap();
        submit_main_form(&browser).await;
        wait_for(&browser, Locator::Css(".field-error")).await;
        report
            .check(
                &browser,
                &format!("/contacts/new submitted empty in {lang}"),
                "",
            )
            .await;

        browser
            .find(Locator::XPath("//form[@action='/logout']//button"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        wait_for(&browser, Locator::Id("email")).await;
    }
    browser.close().await.unwrap();
    report.finish();
}

/// `<html lang>` and `dir` of the page the browser shows.
async fn document_language(browser: &Client) -> (String, String) {
    let found = browser
        .execute(
            "return [document.documentElement.lang, document.documentElement.dir];",
            vec![],
        )
        .await
        .unwrap();
    let found: (String, String) = serde_json::from_value(found).unwrap();
    found
}

/// A contact of Brazil with weekly hours, an absence and a shift, made over HTTP: answers its
/// path.
async fn create_contact_over_http(app: &TestApp) -> String {
    let brazil = app.login_as(Role::Country).await;
    let created = brazil
        .post(
            "/contacts",
            &[
                ("name", "Ana Souza"),
                ("position", "Consul"),
                ("phone", "+55 61 3424 9000"),
                ("languages", "pt, en"),
                ("escalation_order", "1"),
                ("time_zone", "America/Sao_Paulo"),
                ("availability", "hours"),
                ("mon_start", "09:00"),
                ("mon_end", "17:00"),
                ("fri_start", "22:00"),
                ("fri_end", "06:00"),
            ],
        )
        .await;
    let contact = created.location().to_owned();
    assert!(contact.starts_with("/contacts/"), "{}", created.body);
    // Dates a year ahead: always in the future.
    let y = chrono::Datelike::year(&chrono::Utc::now()) + 1;
    let absent = brazil
        .post(
            &format!("{contact}/absences"),
            &[
                ("starts_on", &format!("{y}-01-05")),
                ("ends_on", &format!("{y}-01-09")),
            ],
        )
        .await;
    assert_eq!(absent.status.as_u16(), 303, "{}", absent.body);
    let id = contact.trim_start_matches("/contacts/");
    let shift = brazil
        .post(
            "/orgs/BRA/duty",
            &[
                ("contact", id),
                ("starts_at", &format!("{y}-01-10T20:00")),
                ("ends_at", &format!("{y}-01-11T08:00")),
            ],
        )
        .await;
    assert_eq!(shift.status.as_u16(), 303, "{}", shift.body);
    contact
}

/// A referral of a Brazilian traveller, filed by the coordinator with a call logged, over
/// HTTP: answers its path.
async fn create_referral_over_http(app: &TestApp) -> String {
    let coordinator = app.login_as(Role::Coordinator).await;
    let form = coordinator.get("/referrals/new").await;
    let checkpoint = form
        .body
        .split("<option value=\"")
        .filter_map(|rest| rest.split('"').next())
        .find(|value| value.len() == 36)
        .expect("the form offers a checkpoint")
        .to_owned();
    let created = coordinator
        .post(
            "/referrals",
            &[
                ("nationality", "BR"),
                ("full_name", "Rafael Lima"),
                ("passport_number", "FB123456"),
                ("sex", "male"),
                ("checkpoint", &checkpoint),
                ("travel_mode", "air"),
                ("itinerary", "unclear"),
                ("risk", "one_way"),
                ("disposition", "continued"),
            ],
        )
        .await;
    let referral = created.location().to_owned();
    assert!(referral.starts_with("/referrals/"), "{}", created.body);
    let called = coordinator
        .post(
            &format!("{referral}/calls"),
            &[
                ("contact", ""),
                ("channel", "line"),
                ("result", "no_answer"),
            ],
        )
        .await;
    assert_eq!(called.status.as_u16(), 303, "{}", called.body);
    referral
}

/// An item owed by Brazil, overdue, with a comment, made over HTTP: answers its path.
async fn create_item_over_http(app: &TestApp) -> String {
    let coordinator = app.login_as(Role::Coordinator).await;
    let due = (chrono::Utc::now() + chrono::Duration::days(3))
        .date_naive()
        .to_string();
    let created = coordinator
        .post(
            "/action-items",
            &[
                ("title", "Confirm the contact for border referrals"),
                (
                    "description",
                    "A *Markdown* description with a [link](https://example.org).",
                ),
                ("assignees", "BRA"),
                ("assignees", "TZA"),
                ("due_date", &due),
                ("priority", "urgent"),
                ("visibility", "restricted"),
            ],
        )
        .await;
    let item = created.location().to_owned();
    assert!(item.starts_with("/action-items/"), "{}", created.body);
    let commented = coordinator
        .post(
            &format!("{item}/comments"),
            &[("comment", "Called **twice**.")],
        )
        .await;
    assert_eq!(commented.status.as_u16(), 303, "{}", commented.body);
    // Overdue, so the list shows its marking.
    app.sql("UPDATE action_items SET due_date = current_date - 10")
        .await;
    item
}

/// The WCAG success criteria axe is asked to test: WCAG 2.0 and 2.1, levels A and AA.
const WCAG_TAGS: [&str; 4] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/// axe-core, vendored under tests/vendor: it defines `window.axe` in the page.
const AXE: &str = include_str!("../vendor/axe-core/axe.min.js");
/// Runs axe over the whole document, once running transitions have ended, and hands back a
/// summary of each rule that failed or could not decide: at most three of the elements and
/// the first element's explanation.
const RUN_AXE: &str = r#"
const [tags, done] = arguments;
const summarise = (rule) => ({
  id: rule.id,
  impact: rule.impact || "",
  help: rule.help,
  count: rule.nodes.length,
  targets: rule.nodes.slice(0, 3).map((node) => node.target.join(" ")),
  summary: rule.nodes.length ? rule.nodes[0].failureSummary || "" : "",
});
// Pico animates colour changes: wait until a change of colour scheme has played out.
const ending = document
  .getAnimations()
  .filter((animation) => animation.effect.getComputedTiming().endTime !== Infinity);
Promise.all(ending.map((animation) => animation.finished))
  .then(() => axe.run(document, { runOnly: { type: "tag", values: tags } }))
  .then((results) =>
    done({
      rules: results.passes.length + results.violations.length
        + results.incomplete.length + results.inapplicable.length,
      violations: results.violations.map(summarise),
      incomplete: results.incomplete.map(summarise),
    }),
  )
  .catch((error) => done({ error: String(error) }));
"#;
/// How wide the document is against the window, and the elements that stick out past its
/// right edge, except those that scroll inside a `.overflow-auto` wrapper.
const MEASURE_WIDTH: &str = r##"
const width = window.innerWidth;
const page = document.documentElement.scrollWidth;
const wide = [];
if (page > width) {
  for (const element of document.body.querySelectorAll("*")) {
    // Inside a wrapper only what is positioned out of the flow can escape its scrolling.
    const wrapped = element.parentElement && element.parentElement.closest(".overflow-auto");
    const position = getComputedStyle(element).position;
    if (wrapped && position !== "absolute" && position !== "fixed") continue;
    const right = element.getBoundingClientRect().right;
    if (right > width + 0.5) {
      const id = element.id ? "#" + element.id : "";
      const classes = [...element.classList].map((name) => "." + name).join("");
      wide.push(`${element.tagName.toLowerCase()}${id}${classes} (to ${Math.round(right)} px)`);
    }
  }
}
return { width, page, wide: wide.slice(0, 6) };
"##;
/// The browser's window as it starts, for the desktop checks.
const DESKTOP: (u32, u32) = (1280, 900);
/// A phone held upright: no page may need scrolling sideways at this width.
const PHONE: (u32, u32) = (390, 844);

/// Chromium's DevTools command `Emulation.setEmulatedMedia`, sent through ChromeDriver: sets
/// what `prefers-color-scheme` answers in the page, without restarting the browser.
#[derive(Debug)]
struct EmulateColorScheme(&'static str);

impl fantoccini::wd::WebDriverCompatibleCommand for EmulateColorScheme {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        let session = session_id.expect("a browser session is open");
        base_url.join(&format!("session/{session}/goog/cdp/execute"))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (reqwest::Method, Option<String>) {
        let body = json!({
            "cmd": "Emulation.setEmulatedMedia",
            "params": {"features": [{"name": "prefers-color-scheme", "value": self.0}]},
        });
        (reqwest::Method::POST, Some(body.to_string()))
    }
}

#[derive(serde::Deserialize)]
struct AxeOutcome {
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    rules: usize,
    #[serde(default)]
    violations: Vec<AxeRule>,
    #[serde(default)]
    incomplete: Vec<AxeRule>,
}

#[derive(serde::Deserialize)]
struct AxeRule {
    id: String,
    impact: String,
    help: String,
    count: usize,
    targets: Vec<String>,
    summary: String,
}

impl AxeRule {
    fn describe(&self) -> String {
        let mut text = format!(
            "{} ({}): {}; {} element{}: {}",
            self.id,
            self.impact,
            self.help,
            self.count,
            if self.count == 1 { "" } else { "s" },
            self.targets.join(", "),
        );
        if self.count > self.targets.len() {
            text.push_str(", …");
        }
        for line in self.summary.lines().filter(|line| !line.trim().is_empty()) {
            text.push_str("\n      ");
            text.push_str(line.trim());
        }
        text
    }
}

#[derive(serde::Deserialize)]
struct Width {
    width: f64,
    page: f64,
    wide: Vec<String>,
}

/// What the accessibility checks found, page by page.
#[derive(Default)]
struct Report {
    /// The colour scheme the browser emulates: it lasts from page to page.
    scheme: Option<&'static str>,
    pages: usize,
    violations: Vec<String>,
    overflows: Vec<String>,
}

impl Report {
    /// Checks the page the browser shows, after making sure it is the one meant (its `h1`):
    /// axe at desktop width, then the document's width on a phone.
    async fn check(&mut self, browser: &Client, label: &str, heading: &str) {
        let h1 = wait_for(browser, Locator::Css("h1")).await;
        let text = h1.text().await.unwrap();
        let url = browser.current_url().await.unwrap();
        assert!(
            text.contains(heading),
            "{label}: expected a page headed {heading:?}, found {text:?} at {url}"
        );
        self.pages += 1;

        browser.execute(AXE, vec![]).await.unwrap();
        // The pages follow the reader's colour scheme (Pico's light and dark themes): both
        // are checked, starting with the one the page loaded in, which saves waiting for
        // one change of scheme per page.
        let schemes = match self.scheme {
            Some("dark") => ["dark", "light"],
            _ => ["light", "dark"],
        };
        for scheme in schemes {
            if self.scheme != Some(scheme) {
                browser
                    .issue_cmd(EmulateColorScheme(scheme))
                    .await
                    .unwrap_or_else(|error| panic!("{label}: cannot emulate {scheme}: {error}"));
                self.scheme = Some(scheme);
            }
            let outcome = browser
                .execute_async(RUN_AXE, vec![json!(WCAG_TAGS)])
                .await
                .unwrap_or_else(|error| panic!("{label}: axe did not run: {error}"));
            let outcome: AxeOutcome = serde_json::from_value(outcome).unwrap();
            if let Some(error) = outcome.error {
                panic!("{label}: axe failed: {error}");
            }
            assert!(outcome.rules > 0, "{label}: axe ran no rules");
            for rule in &outcome.violations {
                self.violations.push(format!(
                    "{label}, {scheme} ({url})\n    {}",
                    rule.describe()
                ));
            }
            // Rules axe cannot decide alone (a colour over an image, say) need a person to
            // look; they do not fail the test but are shown with --nocapture.
            for rule in &outcome.incomplete {
                eprintln!("{label}, {scheme}: axe needs review: {}", rule.describe());
            }
        }

        browser.set_window_size(PHONE.0, PHONE.1).await.unwrap();
        let width = browser.execute(MEASURE_WIDTH, vec![]).await.unwrap();
        let width: Width = serde_json::from_value(width).unwrap();
        browser.set_window_size(DESKTOP.0, DESKTOP.1).await.unwrap();
        assert!(
            width.width <= f64::from(PHONE.0),
            "{label}: the window did not narrow to {} px: it is {} px wide",
            PHONE.0,
            width.width
        );
        if width.page > width.width {
            self.overflows.push(format!(
                "{label}: the document is {} px wide in a {} px window; sticking out: {}",
                width.page,
                width.width,
                width.wide.join(", ")
            ));
        }
    }

    /// Fails the test with everything found, if anything was.
    fn finish(self) {
        let mut problems = Vec::new();
        if !self.violations.is_empty() {
            problems.push(format!(
                "axe found {} violation{} of WCAG 2.1 A/AA:\n  {}",
                self.violations.len(),
                if self.violations.len() == 1 { "" } else { "s" },
                self.violations.join("\n  ")
            ));
        }
        if !self.overflows.is_empty() {
            problems.push(format!(
                "pages scroll sideways on a {} px wide phone:\n  {}",
                PHONE.0,
                self.overflows.join("\n  ")
            ));
        }
        assert!(
            problems.is_empty(),
            "accessibility problems on the {} pages checked:\n{}",
            self.pages,
            problems.join("\n")
        );
    }
}

/// Follows the link with this text, wherever it is on the page.
async fn click_link(browser: &Client, text: &str) {
    wait_for(browser, Locator::LinkText(text))
        .await
        .click()
        .await
        .unwrap();
}

/// Submits the form in the page's main content with its submit button.
async fn submit_main_form(browser: &Client) {
    wait_for(browser, Locator::Css("main form button[type='submit']"))
        .await
        .click()
        .await
        .unwrap();
}

/// Waits until the element appears: pages load after clicks and redirects at their own pace.
async fn wait_for(browser: &Client, locator: Locator<'_>) -> Element {
    match browser
        .wait()
        .at_most(WAIT)
        .every(POLL)
        .for_element(locator)
        .await
    {
        Ok(element) => element,
        Err(error) => {
            let url = browser
                .current_url()
                .await
                .map(|u| u.to_string())
                .unwrap_or_default();
            let source = browser.source().await.unwrap_or_default();
            panic!("waited {WAIT:?} for {locator:?} on {url}: {error}\n{source}");
        }
    }
}

/// Replaces the content of the input with the given id.
async fn fill(browser: &Client, id: &str, text: &str) {
    let input = wait_for(browser, Locator::Id(id)).await;
    input.clear().await.unwrap();
    input.send_keys(text).await.unwrap();
}

async fn field_value(browser: &Client, id: &str) -> String {
    let input = browser.find(Locator::Id(id)).await.unwrap();
    input.prop("value").await.unwrap().unwrap_or_default()
}

/// Fills in the sign-in form on the current page and submits it.
async fn submit_sign_in(browser: &Client, email: &str, password: &str) {
    fill(browser, "email", email).await;
    fill(browser, "password", password).await;
    wait_for(
        browser,
        Locator::XPath("//form[@action='/login']//button[normalize-space()='Sign in']"),
    )
    .await
    .click()
    .await
    .unwrap();
}

/// Signs in from the sign-in form and waits for the dashboard.
async fn sign_in(browser: &Client, app: &TestApp, role: Role) {
    let email = role.email().expect("an account signs in");
    browser
        .goto(&format!("{}/login", app.address))
        .await
        .unwrap();
    submit_sign_in(browser, email, PASSWORD).await;
    wait_for(browser, Locator::XPath("//h1[contains(., 'Welcome')]")).await;
}

/// The header's sign-out button.
async fn sign_out(browser: &Client) {
    browser
        .find(Locator::XPath(
            "//form[@action='/logout']//button[normalize-space()='Sign out']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

/// A ChromeDriver of the test's own and a fresh headless Chromium driven by it. Keep the
/// driver alive until the end of the test: dropping it shuts the browser down.
async fn start_browser() -> (ChromeDriver, Client) {
    let driver = ChromeDriver::start().await;
    let browser = driver.browser().await;
    (driver, browser)
}

async fn path_of(browser: &Client) -> String {
    browser.current_url().await.unwrap().path().to_owned()
}

async fn main_text(browser: &Client) -> String {
    browser
        .find(Locator::Css("main"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// A ChromeDriver of this test's own. Dropping it shuts it down, and with it the browsers
/// it started, even when the test panics.
struct ChromeDriver {
    child: Child,
    port: u16,
    chromium: PathBuf,
    /// Holds the browser profile and the driver's log; removed at the end.
    dir: PathBuf,
}

impl ChromeDriver {
    async fn start() -> ChromeDriver {
        let chromedriver = binary("ChromeDriver", "CHROMEDRIVER", "/usr/bin/chromedriver");
        let chromium = binary("Chromium", "CHROMIUM", "/usr/bin/chromium");
        let dir =
            std::env::temp_dir().join(format!("liaison-browser-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        let log = std::fs::File::create(dir.join("chromedriver.log")).unwrap();
        let port = free_port();
        let child = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|error| {
                panic!(
                    "cannot start ChromeDriver at {}: {error}; {INSTALL_HINT}",
                    chromedriver.display()
                )
            });
        let mut driver = ChromeDriver {
            child,
            port,
            chromium,
            dir,
        };
        driver.wait_until_ready().await;
        driver
    }

    async fn wait_until_ready(&mut self) {
        let status = format!("http://127.0.0.1:{}/status", self.port);
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(2))
            .build()
            .unwrap();
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(Some(exit)) = self.child.try_wait() {
                panic!("ChromeDriver exited at start ({exit}):\n{}", self.log());
            }
            if let Ok(response) = http.get(&status).send().await
                && let Ok(body) = response.text().await
                && let Ok(body) = serde_json::from_str::<serde_json::Value>(&body)
                && body["value"]["ready"] == json!(true)
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "ChromeDriver did not answer on {status} within {WAIT:?}:\n{}",
                self.log()
            );
            tokio::time::sleep(POLL).await;
        }
    }

    /// A new headless Chromium with a fresh profile.
    async fn browser(&self) -> Client {
        let profile = self.dir.join("profile");
        let options = json!({
            "binary": self.chromium,
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                format!("--user-data-dir={}", profile.display()),
                format!("--window-size={},{}", DESKTOP.0, DESKTOP.1),
            ],
            // No password manager prompts over the sign-in form.
            "prefs": {
                "credentials_enable_service": false,
                "profile.password_manager_enabled": false,
            },
        });
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("browserName".to_owned(), json!("chrome"));
        capabilities.insert("goog:chromeOptions".to_owned(), options);
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .unwrap_or_else(|error| panic!("Chromium did not start: {error}\n{}", self.log()))
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("chromedriver.log")).unwrap_or_default()
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        // Killing ChromeDriver would leave its browsers running; asked to shut down, it
        // closes them first.
        request_shutdown(self.port);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(POLL);
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The binary named by the environment variable, or the default; missing, the test fails.
fn binary(name: &str, variable: &str, default: &str) -> PathBuf {
    let path = std::env::var_os(variable).map_or_else(|| PathBuf::from(default), PathBuf::from);
    assert!(
        Path::new(&path).is_file(),
        "{name} is not installed: {} does not exist. The browser tests need it; {INSTALL_HINT}",
        path.display(),
    );
    path
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// ChromeDriver's own `/shutdown`, sent without async: Drop cannot await.
fn request_shutdown(port: u16) {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
    let request =
        format!("GET /shutdown HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_ok() {
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response);
    }
}

#[tokio::test]
async fn an_embassy_files_a_rescue_request_and_a_coordinator_reviews_it() {
    let app = TestApp::spawn().await;
    let (_driver, browser) = start_browser().await;

    // Brazil's member files a request from the list.
    sign_in(&browser, &app, Role::Country).await;
    click_link(&browser, "Rescue requests").await;
    wait_for(
        &browser,
        Locator::XPath("//h1[contains(., 'Rescue requests')]"),
    )
    .await;
    click_link(&browser, "File a rescue request").await;
    wait_for(
        &browser,
        Locator::XPath("//h1[contains(., 'File a rescue request')]"),
    )
    .await;
    assert!(
        main_text(&browser).await.contains("Nationality: BR"),
        "the embassy files for its own nationals"
    );
    fill(&browser, "full_name", "Ana Clara Souza").await;
    wait_for(&browser, Locator::Css("input[name='sex'][value='female']"))
        .await
        .click()
        .await
        .unwrap();
    fill(&browser, "approximate_age", "27").await;
    fill(&browser, "passport_number", "fa 123-4567").await;
    fill(
        &browser,
        "last_known_location",
        "Building C near the casino",
    )
    .await;
    wait_for(
        &browser,
        Locator::XPath("//select[@id='area']/option[normalize-space()='Poipet']"),
    )
    .await
    .click()
    .await
    .unwrap();
    wait_for(
        &browser,
        Locator::Css("input[name='urgency'][value='life_at_risk']"),
    )
    .await
    .click()
    .await
    .unwrap();
    submit_main_form(&browser).await;
    let flash = wait_for(
        &browser,
        Locator::XPath("//p[@role='status'][starts-with(normalize-space(), 'Rescue request RR-')]"),
    )
    .await;
    let message = flash.text().await.unwrap();
    let reference = message
        .trim()
        .strip_prefix("Rescue request ")
        .and_then(|rest| rest.strip_suffix(" filed."))
        .unwrap_or_else(|| panic!("the confirmation names the reference: {message:?}"))
        .to_owned();
    assert!(
        reference.starts_with("RR-") && reference.ends_with("-0001"),
        "{reference}"
    );
    let main = main_text(&browser).await;
    for shown in [
        "Ana Clara Souza",
        "FA1234567",
        "Building C near the casino",
        "Life at risk",
        "Poipet",
        "Submitted",
    ] {
        assert!(
            main.contains(shown),
            "{shown} on the request's page:\n{main}"
        );
    }
    assert!(
        browser
            .find(Locator::XPath(
                "//button[normalize-space()='Move to Under review']"
            ))
            .await
            .is_err(),
        "the embassy does not take the police's step"
    );
    sign_out(&browser).await;
    wait_for(&browser, Locator::Id("email")).await;

    // The coordinator finds it in the list and takes it into review.
    sign_in(&browser, &app, Role::Coordinator).await;
    click_link(&browser, "Rescue requests").await;
    click_link(&browser, &reference).await;
    wait_for(
        &browser,
        Locator::XPath(&format!("//h1[contains(., '{reference}')]")),
    )
    .await;
    wait_for(
        &browser,
        Locator::XPath("//button[normalize-space()='Move to Under review']"),
    )
    .await
    .click()
    .await
    .unwrap();
    wait_for(
        &browser,
        Locator::XPath(&format!(
            "//p[@role='status'][contains(., '{reference} is now Under review.')]"
        )),
    )
    .await;
    let status = wait_for(&browser, Locator::Css("main hgroup p")).await;
    let line = status.text().await.unwrap();
    assert!(line.starts_with("Under review"), "{line}");
    let timeline = wait_for(&browser, Locator::Css("#timeline")).await;
    let text = timeline.text().await.unwrap();
    assert!(
        text.contains("Chai Coordinator") && text.contains("moved it to Under review"),
        "{text}"
    );
    assert!(
        browser
            .find(Locator::XPath(
                "//button[normalize-space()='Move to Under review']"
            ))
            .await
            .is_err(),
        "the step is taken"
    );
    browser.close().await.unwrap();
}

/// Adds an Immigration Bureau (a coordinator unit) and the Embassy of Laos with a 24/7 duty
/// line and a member each, signing in with the fixtures' password: the border procedure's
/// people.
async fn add_immigration_and_laos(app: &TestApp) {
    app.sql(
        "INSERT INTO organisations (id, code, name, kind, country_code) VALUES
           (gen_random_uuid(), 'IMB', 'Immigration Bureau', 'coordinator', NULL),
           (gen_random_uuid(), 'LAO', 'Embassy of Laos', 'country', 'LA')",
    )
    .await;
    app.sql(
        "INSERT INTO users (id, email, name, organisation_id, password_hash)
         SELECT gen_random_uuid(), v.email, v.name, o.id,
                (SELECT password_hash FROM users WHERE email = 'coordinator@ccib.test.org')
         FROM (VALUES ('officer@imb.test.org', 'Ittipol Officer', 'IMB'),
                      ('member@lao.test.org', 'Khamphet Member', 'LAO')) AS v (email, name, code)
         JOIN organisations o ON o.code = v.code",
    )
    .await;
    app.sql(
        "INSERT INTO contact_points (id, organisation_id, name, phones, always_available)
         SELECT gen_random_uuid(), id, 'Laos consular duty line', '{+85621999888}', true
         FROM organisations WHERE code = 'LAO'",
    )
    .await;
}

async fn sign_in_as(browser: &Client, app: &TestApp, email: &str) {
    browser
        .goto(&format!("{}/login", app.address))
        .await
        .unwrap();
    submit_sign_in(browser, email, PASSWORD).await;
    wait_for(browser, Locator::XPath("//h1[contains(., 'Welcome')]")).await;
}

#[tokio::test]
async fn an_officer_refers_a_lao_national_and_the_embassy_acknowledges() {
    let app = TestApp::spawn().await;
    add_immigration_and_laos(&app).await;
    let (_driver, browser) = start_browser().await;

    // The officer at the Friendship Bridge files the referral.
    sign_in_as(&browser, &app, "officer@imb.test.org").await;
    click_link(&browser, "Border referrals").await;
    click_link(&browser, "File a referral").await;
    wait_for(
        &browser,
        Locator::XPath("//h1[contains(., 'File a referral')]"),
    )
    .await;
    wait_for(
        &browser,
        Locator::XPath("//select[@id='nationality']/option[@value='LA']"),
    )
    .await
    .click()
    .await
    .unwrap();
    fill(&browser, "full_name", "Bounmy Keomany").await;
    fill(&browser, "passport_number", "P 0012345").await;
    wait_for(
        &browser,
        Locator::XPath(
            "//select[@id='checkpoint']/option[normalize-space()='Mae Sot–Myawaddy Friendship Bridge 1']",
        ),
    )
    .await
    .click()
    .await
    .unwrap();
    fill(&browser, "destination", "Myawaddy").await;
    for selector in [
        "input[name='itinerary'][value='none']",
        "input[name='risk'][value='job_offer_online']",
        "input[name='risk'][value='travel_paid_by_other']",
        "input[name='disposition'][value='held']",
    ] {
        wait_for(&browser, Locator::Css(selector))
            .await
            .click()
            .await
            .unwrap();
    }
    submit_main_form(&browser).await;

    // The next page: whom to call at Laos's embassy now, as a tel: link.
    let flash = wait_for(
        &browser,
        Locator::XPath("//p[@role='status'][starts-with(normalize-space(), 'Referral BR-')]"),
    )
    .await;
    let message = flash.text().await.unwrap();
    let reference = message
        .trim()
        .strip_prefix("Referral ")
        .and_then(|rest| rest.split_once(' '))
        .map(|(reference, _)| reference.to_owned())
        .unwrap_or_else(|| panic!("the confirmation names the reference: {message:?}"));
    assert!(reference.ends_with("-0001"), "{reference}");
    let call = wait_for(
        &browser,
        Locator::Css("#call-now ~ article a[href='tel:+85621999888']"),
    )
    .await;
    assert!(
        call.text().await.unwrap().contains("21"),
        "the number is shown"
    );
    let main = main_text(&browser).await;
    for shown in [
        "Laos consular duty line",
        "Bounmy Keomany",
        "P0012345",
        "Awaiting acknowledgement",
        "Held for interview",
    ] {
        assert!(
            main.contains(shown),
            "{shown} on the referral's page:\n{main}"
        );
    }
    // The officer logs the call.
    submit_form_at(&browser, "calls").await;
    wait_for(
        &browser,
        Locator::XPath("//p[@role='status'][contains(., 'Call attempt logged')]"),
    )
    .await;
    sign_out(&browser).await;
    wait_for(&browser, Locator::Id("email")).await;

    // Laos's member finds it first in the inbox and acknowledges it with an estimate.
    sign_in_as(&browser, &app, "member@lao.test.org").await;
    click_link(&browser, "Border referrals").await;
    click_link(&browser, &reference).await;
    wait_for(
        &browser,
        Locator::XPath("//select[@id='estimate']/option[@value='60']"),
    )
    .await
    .click()
    .await
    .unwrap();
    wait_for(
        &browser,
        Locator::XPath("//button[normalize-space()='Acknowledge']"),
    )
    .await
    .click()
    .await
    .unwrap();
    wait_for(
        &browser,
        Locator::XPath(&format!(
            "//p[@role='status'][contains(., 'Referral {reference} acknowledged.')]"
        )),
    )
    .await;
    let main = main_text(&browser).await;
    assert!(
        main.contains("Acknowledged by Khamphet Member"),
        "the acknowledgement names who: {main}"
    );
    assert!(
        main.contains("Expects to have spoken with the traveller by"),
        "{main}"
    );
    assert!(
        browser.find(Locator::Id("call-now")).await.is_err(),
        "the embassy is not shown whom to call at itself"
    );
    browser.close().await.unwrap();
}

/// Submits the form posting to the current page's path plus `/action`.
async fn submit_form_at(browser: &Client, action: &str) {
    let path = path_of(browser).await;
    wait_for(
        browser,
        Locator::Css(&format!(
            "form[action='{path}/{action}'] button[type='submit']"
        )),
    )
    .await
    .click()
    .await
    .unwrap();
}

/// A portal that requires a second factor: the member signs in with the password, is sent to
/// set one up, reads the key from the page into an "app" (the test's TOTP), confirms with its
/// code, keeps the recovery codes, then signs in again with a code. axe checks each new page.
#[tokio::test]
async fn a_member_sets_up_a_second_factor_and_signs_in_with_a_code() {
    use liaison::auth::totp;
    let app = TestApp::spawn_with(crate::helpers::TestSettings {
        mfa_required: liaison::config::MfaPolicy::All,
        ..crate::helpers::TestSettings::default()
    })
    .await;
    let (_driver, browser) = start_browser().await;
    let mut report = Report::default();
    let email = Role::Country.email().unwrap();

    browser
        .goto(&format!("{}/login", app.address))
        .await
        .unwrap();
    submit_sign_in(&browser, email, PASSWORD).await;
    wait_for(
        &browser,
        Locator::XPath("//p[@role='status'][contains(., 'requires a second factor')]"),
    )
    .await;
    assert_eq!(path_of(&browser).await, "/account/mfa");
    report
        .check(&browser, "/account/mfa to set up", "Second factor")
        .await;
    // Any other page sends back here until it is done.
    browser
        .goto(&format!("{}/contacts", app.address))
        .await
        .unwrap();
    wait_for(&browser, Locator::Id("totp-secret")).await;
    assert_eq!(path_of(&browser).await, "/account/mfa");

    let key = wait_for(&browser, Locator::Id("totp-secret"))
        .await
        .text()
        .await
        .unwrap();
    let secret = totp_rs::Secret::try_from_base32(key.replace(' ', ""))
        .expect("the page shows the key in base32")
        .as_bytes()
        .to_vec();
    fill(&browser, "code", "000000").await;
    submit_form_to(&browser, "/account/mfa").await;
    wait_for(&browser, Locator::Id("code-error")).await;
    report
        .check(&browser, "/account/mfa with a wrong code", "Second factor")
        .await;
    fill(&browser, "code", &totp::code_at(&secret, totp::now())).await;
    submit_form_to(&browser, "/account/mfa").await;
    let codes = wait_for(&browser, Locator::Id("recovery-codes"))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(codes.lines().count(), 10, "{codes}");
    report
        .check(
            &browser,
            "/account/mfa with the recovery codes",
            "Second factor",
        )
        .await;
    click_link(&browser, "I have kept my recovery codes").await;
    wait_for(&browser, Locator::XPath("//h1[contains(., 'Welcome')]")).await;
    browser
        .goto(&format!("{}/account/mfa", app.address))
        .await
        .unwrap();
    wait_for(&browser, Locator::Id("mfa-status")).await;
    report
        .check(&browser, "/account/mfa when on", "Second factor")
        .await;

    sign_out(&browser).await;
    wait_for(&browser, Locator::Id("email")).await;
    submit_sign_in(&browser, email, PASSWORD).await;
    wait_for(
        &browser,
        Locator::XPath("//h1[contains(., 'Enter your code')]"),
    )
    .await;
    assert_eq!(path_of(&browser).await, "/login/mfa");
    report
        .check(&browser, "/login/mfa", "Enter your code")
        .await;
    fill(&browser, "code", "111111").await;
    submit_form_to(&browser, "/login/mfa").await;
    wait_for(&browser, Locator::Id("code-error")).await;
    report
        .check(&browser, "/login/mfa after a wrong code", "Enter your code")
        .await;
    // The enrolment spent this step's code: the app shows the next one soon, within the drift.
    fill(&browser, "code", &totp::code_at(&secret, totp::now() + 30)).await;
    submit_form_to(&browser, "/login/mfa").await;
    let heading = wait_for(&browser, Locator::XPath("//h1[contains(., 'Welcome')]")).await;
    assert!(heading.text().await.unwrap().contains("Bruna Member"));

    browser.close().await.unwrap();
    report.finish();
}

/// Submits the form that posts to `action`.
async fn submit_form_to(browser: &Client, action: &str) {
    wait_for(
        browser,
        Locator::Css(&format!("form[action='{action}'] button[type='submit']")),
    )
    .await
    .click()
    .await
    .unwrap();
}
