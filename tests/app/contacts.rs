//! Contact points over HTTP: who may add and change them, validation, versions, "still
//! correct", absences, the duty rota, vCard files, and who the on-duty page says to call.

use chrono::{Datelike, Duration, NaiveDate, Utc, Weekday};
use reqwest::StatusCode;

use crate::helpers::{Client, PASSWORD, Role, TZA_EMAIL, TestApp};

/// A valid contact form, overridden by `extra` (a key given with "" is removed).
fn contact_form<'a>(name: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, String)> {
    let mut form: Vec<(&str, String)> = vec![
        ("name", name.to_owned()),
        ("position", "Consul".to_owned()),
        ("phone", "081 234 5678".to_owned()),
        ("phone", "+55 61 3424-9000".to_owned()),
        ("phone", String::new()),
        ("email", "Consul@Embassy.example".to_owned()),
        ("line", "consul.bra".to_owned()),
        ("whatsapp", String::new()),
        ("signal", String::new()),
        ("telegram", "@consulbra".to_owned()),
        ("languages", "pt, en, Thai".to_owned()),
        ("escalation_order", "1".to_owned()),
        ("time_zone", "Asia/Bangkok".to_owned()),
        ("availability", "always".to_owned()),
    ];
    for (key, value) in extra {
        form.retain(|(k, _)| k != key);
        if !value.is_empty() {
            form.push((key, (*value).to_owned()));
        }
    }
    form
}

async fn add(client: &Client, form: &[(&str, String)]) -> String {
    let page = client.post_form("/contacts", form).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let location = page.location().to_owned();
    assert!(location.starts_with("/contacts/"), "{location}");
    location
}

/// The on-duty page's card for one organisation.
async fn on_duty_for(client: &Client, code: &str) -> String {
    let page = client.get("/contacts/on-duty").await;
    assert_eq!(page.status, StatusCode::OK);
    let start = page
        .body
        .find(&format!("id=\"org-{code}\""))
        .unwrap_or_else(|| panic!("{code} on the on-duty page"));
    let rest = &page.body[start..];
    rest[..rest.find("</article>").unwrap()].to_owned()
}

#[tokio::test]
async fn an_embassy_adds_a_contact_that_every_participant_finds() {
    let app = TestApp::spawn().await;
    let brazil = app.login_as(Role::Country).await;
    let contact = add(&brazil, &contact_form("Ana Souza", &[])).await;

    let page = brazil.get(&contact).await;
    page.assert_contains("Ana Souza added.");
    page.assert_contains(
        "<a href=\"tel:+66812345678\" class=\"phone\" dir=\"ltr\">+66 81 234 5678</a>",
    );
    page.assert_contains("tel:+556134249000");
    page.assert_contains("consul@embassy.example");
    page.assert_contains("consul.bra");
    page.assert_contains("English, Portuguese, Thai");
    page.assert_contains("24/7");
    page.assert_contains("by Bruna Member");
    assert_eq!(
        app.count(
            "SELECT count(*) FROM contact_points WHERE phones = '{+66812345678,+556134249000}' \
             AND languages = '{en,pt,th}' AND email = 'consul@embassy.example'"
        )
        .await,
        1
    );
    assert!(
        app.audit_actions()
            .await
            .iter()
            .any(|(a, s)| a == "contact.created" && s.contains("Ana Souza"))
    );

    // Tanzania and the observers find it, read it and cannot change it.
    let verified_before = app
        .count("SELECT extract(epoch FROM verified_at)::bigint FROM contact_points")
        .await;
    let tanzania = app.login_email(TZA_EMAIL).await;
    let observer = app.login_as(Role::Observer).await;
    for client in [&tanzania, &observer] {
        client
            .get("/contacts?org=BRA&language=pt")
            .await
            .assert_contains("Ana Souza");
        assert!(on_duty_for(client, "BRA").await.contains("Ana Souza"));
        let page = client.get(&contact).await;
        assert!(!page.body.contains("Still correct"));
        for path in ["edit", "verify", "delete", "absences"] {
            let refused = client
                .post_form(
                    &format!("{contact}/{path}"),
                    &contact_form("Taken over", &[("version", "1"), ("confirm", "yes")]),
                )
                .await;
            refused.assert_refused();
        }
        assert_eq!(
            client.get(&format!("{contact}/edit")).await.status,
            StatusCode::FORBIDDEN
        );
    }
    // The refused requests changed nothing.
    assert_eq!(
        app.count("SELECT count(*) FROM contact_points WHERE name = 'Ana Souza' AND version = 1")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT count(*) FROM contact_points").await,
        1,
        "nothing added or removed"
    );
    assert_eq!(app.count("SELECT count(*) FROM contact_absences").await, 0);
    assert_eq!(
        app.count("SELECT extract(epoch FROM verified_at)::bigint FROM contact_points")
            .await,
        verified_before
    );
    // An embassy cannot add contacts for another: the organisation field is ignored.
    add(
        &tanzania,
        &contact_form("Tanzania desk", &[("organisation", "BRA")]),
    )
    .await;
    assert_eq!(
        app.count(
            "SELECT count(*) FROM contact_points c JOIN organisations o ON o.id = c.organisation_id \
             WHERE c.name = 'Tanzania desk' AND o.code = 'TZA'"
        )
        .await,
        1
    );
    assert_eq!(
        observer.get("/contacts/new").await.status,
        StatusCode::FORBIDDEN
    );
    observer
        .post_form("/contacts", &contact_form("Observer", &[]))
        .await
        .assert_refused();
    // A language filter that matches nobody.
    brazil
        .get("/contacts?language=sw")
        .await
        .assert_contains("No contact points match");
}

#[tokio::test]
async fn invalid_contacts_come_back_with_the_values_and_a_message_beside_each_field() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let page = coordinator
        .post_form(
            "/contacts",
            &contact_form(
                "",
                &[
                    ("organisation", "NOPE"),
                    ("phone", "+66 12"),
                    ("email", "not an address"),
                    ("languages", "pt, klingon"),
                    ("escalation_order", "0"),
                    ("time_zone", "Mars/Olympus_Mons"),
                    ("availability", "hours"),
                    ("mon_start", "09:00"),
                    ("mon_end", "09:00"),
                    ("tue_start", "09:00"),
                ],
            ),
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "Choose an organisation from the list.",
        "Enter the contact&#39;s name.",
        "Number 1: This is not a valid phone number.",
        "Unknown language: klingon.",
        "Give a number from 1 (call first) to 99.",
        "Choose a time zone from the list",
        "The end must differ from the start.",
        "Give both times for Tuesday",
        "Enter an email address like name@embassy.example.",
    ] {
        page.assert_contains(message);
    }
    page.assert_contains("value=\"+66 12\"");
    page.assert_contains("value=\"not an address\"");
    page.assert_contains("value=\"consul.bra\"");
    page.assert_contains("value=\"@consulbra\"");
    page.assert_contains("value=\"pt, klingon\"");
    page.assert_contains("value=\"09:00\"");

    // Weekly hours with no day at all; no phone at all.
    let page = coordinator
        .post_form(
            "/contacts",
            &contact_form(
                "No hours",
                &[
                    ("organisation", "BRA"),
                    ("availability", "hours"),
                    ("phone", ""),
                ],
            ),
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Give the hours of at least one day, or choose 24/7.");
    page.assert_contains("Give at least one phone number to call.");
    assert_eq!(app.count("SELECT count(*) FROM contact_points").await, 0);
}

#[tokio::test]
async fn a_stale_edit_answers_409_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let brazil = app.login_as(Role::Country).await;
    let contact = add(&brazil, &contact_form("Ana Souza", &[])).await;
    let coordinator = app.login_as(Role::Coordinator).await;
    let first = coordinator
        .post_form(
            &format!("{contact}/edit"),
            &contact_form(
                "Ana Souza",
                &[("position", "Head of chancery"), ("version", "1")],
            ),
        )
        .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);

    let stale = brazil
        .post_form(
            &format!("{contact}/edit"),
            &contact_form(
                "Ana Souza",
                &[("position", "Consul general"), ("version", "1")],
            ),
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    stale.assert_contains("Someone else saved this contact first");
    stale.assert_contains("Head of chancery");
    stale.assert_contains("value=\"Consul general\"");
    stale.assert_contains("name=\"version\" value=\"2\"");
    assert_eq!(
        app.count("SELECT count(*) FROM contact_points WHERE position = 'Head of chancery'")
            .await,
        1
    );
    // The edit form shows the stored details, hours included.
    let hours = brazil
        .post_form(
            &format!("{contact}/edit"),
            &contact_form(
                "Ana Souza",
                &[
                    ("version", "2"),
                    ("availability", "hours"),
                    ("fri_start", "22:00"),
                    ("fri_end", "06:00"),
                ],
            ),
        )
        .await;
    assert_eq!(hours.status, StatusCode::SEE_OTHER, "{}", hours.body);
    brazil
        .get(&contact)
        .await
        .assert_contains("Fri 22:00–06:00 (next day)");
    let form = brazil.get(&format!("{contact}/edit")).await;
    form.assert_contains("name=\"fri_start\" value=\"22:00\"");
    form.assert_contains("value=\"+66 81 234 5678\"");
}

#[tokio::test]
async fn entries_not_confirmed_for_90_days_are_flagged_until_someone_confirms_them() {
    let app = TestApp::spawn().await;
    let brazil = app.login_as(Role::Country).await;
    let contact = add(&brazil, &contact_form("Ana Souza", &[])).await;
    add(&brazil, &contact_form("Fresh desk", &[])).await;
    app.sql("UPDATE contact_points SET verified_at = now() - interval '91 days', verified_by = NULL WHERE name = 'Ana Souza'")
        .await;

    let stale = brazil.get("/contacts?stale=1").await;
    stale.assert_contains("Ana Souza");
    assert!(!stale.body.contains(">Fresh desk</a>"));
    stale.assert_total(1, "contact");
    for path in ["/", "/orgs/BRA"] {
        brazil
            .get(path)
            .await
            .assert_contains("<strong class=\"stale-label\">1 stale (not confirmed for");
    }
    brazil
        .get(&contact)
        .await
        .assert_contains("these details may be out of date");

    let confirmed = brazil.post(&format!("{contact}/verify"), &[]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count(
            "SELECT count(*) FROM contact_points c JOIN users u ON u.id = c.verified_by \
             WHERE c.name = 'Ana Souza' AND u.email = 'member@bra.test.org' \
             AND c.verified_at > now() - interval '1 minute'"
        )
        .await,
        1,
        "the confirmation is stored with who gave it"
    );
    let page = brazil.get(&contact).await;
    page.assert_contains("is confirmed as correct today");
    page.assert_contains("by Bruna Member");
    assert!(!page.body.contains("may be out of date"));
    brazil
        .get("/orgs/BRA")
        .await
        .assert_contains("all confirmed within 90 days");
    assert!(
        app.audit_actions()
            .await
            .iter()
            .any(|(a, _)| a == "contact.verified")
    );
    // Confirming does not change the record's version: an open edit form still saves.
    assert_eq!(
        app.count("SELECT version FROM contact_points WHERE name = 'Ana Souza'")
            .await,
        1
    );
}

#[tokio::test]
async fn absences_and_shifts_decide_who_the_on_duty_page_names() {
    let app = TestApp::spawn().await;
    let brazil = app.login_as(Role::Country).await;
    let tanzania = app.login_email(TZA_EMAIL).await;

    // Nobody yet.
    assert!(
        on_duty_for(&tanzania, "BRA")
            .await
            .contains("This organisation has no contact points yet.")
    );

    // Office hours that cover every minute but one, placed two hours before now (Bangkok
    // time): each day's window runs past midnight to a minute before its start.
    let bangkok = Utc::now().with_timezone(&chrono_tz::Asia::Bangkok);
    let opens = (bangkok - Duration::hours(2)).format("%H:%M").to_string();
    let closes = (bangkok - Duration::hours(2) - Duration::minutes(1))
        .format("%H:%M")
        .to_string();
    let mut all_week: Vec<(&str, &str)> =
        vec![("availability", "hours"), ("escalation_order", "3")];
    for (start, end) in [
        ("mon_start", "mon_end"),
        ("tue_start", "tue_end"),
        ("wed_start", "wed_end"),
        ("thu_start", "thu_end"),
        ("fri_start", "fri_end"),
        ("sat_start", "sat_end"),
        ("sun_start", "sun_end"),
    ] {
        all_week.push((start, &opens));
        all_week.push((end, &closes));
    }
    let office = add(&brazil, &contact_form("Office line", &all_week)).await;
    let card = on_duty_for(&tanzania, "BRA").await;
    assert!(
        card.contains("Office line") && card.contains("within their hours"),
        "{card}"
    );

    // A 24/7 line comes first.
    let desk = add(
        &brazil,
        &contact_form("Duty desk", &[("escalation_order", "2")]),
    )
    .await;
    let card = on_duty_for(&tanzania, "BRA").await;
    assert!(
        card.contains("Duty desk") && card.contains("24/7"),
        "{card}"
    );
    assert!(!card.contains("Office line"), "{card}");

    // An absence covering today sets it aside.
    let today = Utc::now()
        .with_timezone(&chrono_tz::Asia::Bangkok)
        .date_naive();
    let (from, to) = (today.to_string(), (today + Duration::days(2)).to_string());
    let absent = brazil
        .post(
            &format!("{desk}/absences"),
            &[("starts_on", &from), ("ends_on", &to)],
        )
        .await;
    assert_eq!(absent.status, StatusCode::SEE_OTHER, "{}", absent.body);
    let card = on_duty_for(&tanzania, "BRA").await;
    assert!(
        card.contains("Office line") && !card.contains("Duty desk"),
        "{card}"
    );
    brazil.get(&desk).await.assert_contains("absent today");

    // Whoever is on shift comes before everyone.
    let consul = add(
        &brazil,
        &contact_form(
            "Night consul",
            &[
                ("availability", "hours"),
                ("sat_start", "10:00"),
                ("sat_end", "11:00"),
                ("escalation_order", "9"),
            ],
        ),
    )
    .await;
    let consul_id = consul.trim_start_matches("/contacts/").to_owned();
    let bangkok_now = Utc::now().with_timezone(&chrono_tz::Asia::Bangkok);
    let start = (bangkok_now - Duration::hours(1))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let end = (bangkok_now + Duration::hours(7))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let shift = brazil
        .post(
            "/orgs/BRA/duty",
            &[
                ("contact", &consul_id),
                ("starts_at", &start),
                ("ends_at", &end),
            ],
        )
        .await;
    assert_eq!(shift.status, StatusCode::SEE_OTHER, "{}", shift.body);
    let card = on_duty_for(&tanzania, "BRA").await;
    assert!(
        card.contains("Night consul") && card.contains("on call until"),
        "{card}"
    );
    let rota = tanzania.get("/orgs/BRA/duty").await;
    rota.assert_contains("Night consul");
    assert!(
        !rota.body.contains("Schedule a shift"),
        "Tanzania only reads the rota"
    );

    // Removing the shift, and marking the office absent: nobody is reachable.
    let shift_uuid = {
        let body = brazil.get("/orgs/BRA/duty").await.body;
        let marker = "/orgs/BRA/duty/";
        let start = body.find(marker).unwrap() + marker.len();
        body[start..start + 36].to_owned()
    };
    let removed = brazil
        .post(&format!("/orgs/BRA/duty/{shift_uuid}/delete"), &[])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    brazil
        .post(
            &format!("{office}/absences"),
            &[("starts_on", &from), ("ends_on", &from)],
        )
        .await;
    let card = on_duty_for(&tanzania, "BRA").await;
    assert!(card.contains("Nobody is reachable now."), "{card}");
    tanzania
        .get("/contacts/on-duty")
        .await
        .assert_contains("nobody reachable right now");

    app.assert_audited(&[
        "contact.absence_added",
        "duty.shift_added",
        "duty.shift_removed",
    ])
    .await;
}

/// A year that is always ahead, so dates in it are "in the future" whenever the tests run.
fn future_year() -> i32 {
    Utc::now().year() + 2
}

#[tokio::test]
async fn absences_and_shifts_refuse_impossible_times() {
    let app = TestApp::spawn().await;
    app.sql("UPDATE organisations SET time_zone = 'Europe/London' WHERE code = 'BRA'")
        .await;
    let brazil = app.login_as(Role::Country).await;
    let contact = add(&brazil, &contact_form("Ana Souza", &[])).await;
    let id = contact.trim_start_matches("/contacts/").to_owned();
    let tza = add(
        &app.login_email(TZA_EMAIL).await,
        &contact_form("Tanzania desk", &[]),
    )
    .await;
    let tza_id = tza.trim_start_matches("/contacts/").to_owned();
    let y = future_year();

    let page = brazil
        .post(
            &format!("{contact}/absences"),
            &[
                ("starts_on", &format!("{y}-05-10")),
                ("ends_on", &format!("{y}-05-01")),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("The end of an absence cannot come before its start.");
    page.assert_contains(&format!("value=\"{y}-05-10\""));
    let page = brazil
        .post(
            &format!("{contact}/absences"),
            &[("starts_on", "2020-01-01"), ("ends_on", "2020-01-02")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("This absence is already over.");

    // London's clocks go forward at 01:00 on the last Sunday of March.
    let spring = (25..=31)
        .rev()
        .filter_map(|d| NaiveDate::from_ymd_opt(y, 3, d))
        .find(|d| d.weekday() == Weekday::Sun)
        .unwrap();
    let cases = [
        (
            id.clone(),
            format!("{y}-05-10T20:00"),
            format!("{y}-05-10T08:00"),
            "A shift must end after it starts.".to_owned(),
        ),
        (
            id.clone(),
            "2020-05-10T20:00".to_owned(),
            "2020-05-11T08:00".to_owned(),
            "This shift is already over.".to_owned(),
        ),
        (
            id.clone(),
            format!("{spring}T01:30"),
            format!("{spring}T09:00"),
            "01:30 does not exist in Europe/London".to_owned(),
        ),
        (
            tza_id.clone(),
            format!("{y}-05-10T20:00"),
            format!("{y}-05-11T08:00"),
            "Choose who is on call from the list.".to_owned(),
        ),
    ];
    for (contact, starts_at, ends_at, message) in cases {
        let page = brazil
            .post(
                "/orgs/BRA/duty",
                &[
                    ("contact", &contact),
                    ("starts_at", &starts_at),
                    ("ends_at", &ends_at),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        page.assert_contains(&message);
        page.assert_contains(&format!("value=\"{starts_at}\""));
    }
    // In summer, a London shift of 20:00–08:00 local is 19:00–07:00 UTC.
    let page = brazil
        .post(
            "/orgs/BRA/duty",
            &[
                ("contact", &id),
                ("starts_at", &format!("{y}-07-10T20:00")),
                ("ends_at", &format!("{y}-07-11T08:00")),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM duty_shifts WHERE starts_at = '{y}-07-10 19:00Z' \
             AND ends_at = '{y}-07-11 07:00Z'"
        ))
        .await,
        1
    );
    let weekday = NaiveDate::from_ymd_opt(y, 7, 10).unwrap().format("%a");
    brazil
        .get("/orgs/BRA/duty")
        .await
        .assert_contains(&format!("{weekday} 10 Jul, 20:00 GMT+1"));
}

#[tokio::test]
async fn removing_a_contact_needs_confirmation_and_takes_its_shifts() {
    let app = TestApp::spawn().await;
    let brazil = app.login_as(Role::Country).await;
    let contact = add(&brazil, &contact_form("Ana Souza", &[])).await;
    let id = contact.trim_start_matches("/contacts/").to_owned();
    let shift = brazil
        .post(
            "/orgs/BRA/duty",
            &[
                ("contact", &id),
                ("starts_at", "2031-07-10T20:00"),
                ("ends_at", "2031-07-11T08:00"),
            ],
        )
        .await;
    assert_eq!(shift.status, StatusCode::SEE_OTHER);

    let unconfirmed = brazil.post(&format!("{contact}/delete"), &[]).await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    unconfirmed.assert_contains("Tick the box to confirm");
    let removed = brazil
        .post(&format!("{contact}/delete"), &[("confirm", "yes")])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(brazil.get(&contact).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.count("SELECT count(*) FROM duty_shifts").await, 0);
    assert!(
        app.audit_actions()
            .await
            .iter()
            .any(|(a, s)| a == "contact.deleted" && s.contains("Ana Souza"))
    );
}

#[tokio::test]
async fn vcards_carry_the_numbers_for_a_phone() {
    let app = TestApp::spawn().await;
    let brazil = app.login_as(Role::Country).await;
    let contact = add(&brazil, &contact_form("Ana Souza", &[])).await;
    add(
        &brazil,
        &contact_form("Duty desk", &[("escalation_order", "2")]),
    )
    .await;
    let observer = app.login_as(Role::Observer).await;

    let one = observer.get(&format!("{contact}.vcf")).await;
    assert_eq!(one.status, StatusCode::OK);
    assert!(
        one.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/vcard")
    );
    assert!(
        one.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("ana-souza.vcf")
    );
    for line in [
        "BEGIN:VCARD\r\n",
        "VERSION:4.0\r\n",
        "FN:Ana Souza\r\n",
        "ORG:Embassy of Brazil\r\n",
        "TITLE:Consul\r\n",
        "TEL;VALUE=uri;PREF=1;TYPE=voice:tel:+66812345678\r\n",
        "EMAIL:consul@embassy.example\r\n",
        "END:VCARD\r\n",
    ] {
        assert!(one.body.contains(line), "{line:?} in {}", one.body);
    }
    let all = observer.get("/orgs/BRA/contacts.vcf").await;
    assert_eq!(all.body.matches("BEGIN:VCARD").count(), 2);
    assert_eq!(
        observer.get("/orgs/NOPE/contacts.vcf").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_on_duty_page_costs_the_same_queries_for_5_or_200_organisations() {
    let app = TestApp::spawn().await;
    let seed = |from: i32, to: i32| {
        format!(
            "INSERT INTO organisations (id, code, name, kind)
             SELECT gen_random_uuid(), 'X' || g, 'Unit ' || g, 'coordinator' FROM generate_series({from}, {to}) g;
             "
        )
    };
    let contacts = "INSERT INTO contact_points (id, organisation_id, name, phones, always_available)
         SELECT gen_random_uuid(), o.id, 'Desk of ' || o.code, '{+6621234567}', o.code LIKE '%1'
         FROM organisations o WHERE NOT EXISTS (SELECT 1 FROM contact_points c WHERE c.organisation_id = o.id)";
    let hours = "INSERT INTO contact_hours (contact_id, weekday, starts, ends)
         SELECT c.id, d, '08:00', '18:00' FROM contact_points c, generate_series(1, 7) d
         WHERE NOT c.always_available ON CONFLICT DO NOTHING";
    app.sql(&seed(1, 1)).await;
    app.sql(contacts).await;
    app.sql(hours).await;
    let client = app.login_as(Role::Observer).await;
    // Counted warm: prepared statements and the session are in place. The page reads the
    // instance's board, which is computed again when the directory changes (forced here by
    // moving its version) or the minute turns: the least of three calls is the kept board's
    // cost, the first after a change the computing one's.
    let count = |path: &'static str| {
        let (client, app) = (&client, &app);
        async move {
            app.queries_for(client, path).await;
            app.sql("UPDATE directory_version SET version = version + 1")
                .await;
            let computing = app.queries_for(client, path).await;
            let mut kept = u64::MAX;
            for _ in 0..3 {
                kept = kept.min(app.queries_for(client, path).await);
            }
            (computing, kept)
        }
    };
    let few = count("/contacts/on-duty").await;
    let directory_few = count("/contacts?available=1").await;
    app.sql(&seed(2, 195)).await;
    app.sql(contacts).await;
    app.sql(hours).await;
    assert_eq!(app.count("SELECT count(*) FROM organisations").await, 200);
    let many = count("/contacts/on-duty").await;
    assert_eq!(
        few, many,
        "(computing, kept) queries: {few:?} for 6 organisations, {many:?} for 200"
    );
    assert!(many.0 <= 12, "{many:?} queries");
    // A kept board costs nothing past the session's statement, which reads its version.
    assert_eq!(many.1, 1, "{many:?} queries");
    assert_eq!(count("/contacts?available=1").await, directory_few);
}

/// Each instance keeps its computed "who to call now" until the directory changes. A contact
/// added, renamed, marked absent, put on shift and taken off it through one instance shows on
/// another instance's next request, narrowed to one organisation or not, and in the
/// directory's "reachable now".
#[tokio::test]
async fn who_to_call_now_follows_every_change_on_every_instance() {
    let app = TestApp::spawn().await;
    let brazil = app.login_as(Role::Country).await;
    let other = Client::new(&app.another_instance());
    assert_eq!(
        other.login(TZA_EMAIL, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let card = || async {
        let page = other.get("/contacts/on-duty?org=BRA").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            !page.body.contains("id=\"org-TZA\""),
            "narrowed to Brazil: {}",
            page.body
        );
        let reachable = other.get("/contacts?available=1&org=BRA").await.body;
        (page.body, reachable)
    };
    let (board, _) = card().await;
    assert!(board.contains("no contact points yet"), "{board}");

    let desk = add(&brazil, &contact_form("Brasília desk", &[])).await;
    let (board, reachable) = card().await;
    assert!(
        board.contains("Brasília desk") && board.contains("24/7"),
        "{board}"
    );
    assert!(reachable.contains("Brasília desk"), "{reachable}");
    // The directory's other filters apply to the reachable entries as in SQL: the desk speaks
    // Portuguese, not French, and was confirmed just now.
    let reachable_in = |query: &'static str| {
        let other = &other;
        async move {
            let page = other.get(&format!("/contacts?available=1&{query}")).await;
            assert_eq!(page.status, StatusCode::OK);
            page.body.contains("Brasília desk")
        }
    };
    assert!(reachable_in("language=pt").await);
    assert!(!reachable_in("language=fr").await);
    assert!(!reachable_in("stale=1").await);
    assert!(!reachable_in("org=TZA").await);

    let renamed = brazil
        .post_form(
            &format!("{desk}/edit"),
            &contact_form("Brasília duty desk", &[("version", "1")]),
        )
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.body);
    let (board, _) = card().await;
    assert!(board.contains("Brasília duty desk"), "{board}");

    let today = Utc::now()
        .with_timezone(&chrono_tz::Asia::Bangkok)
        .date_naive();
    let absent = brazil
        .post(
            &format!("{desk}/absences"),
            &[
                ("starts_on", &today.to_string()),
                ("ends_on", &today.to_string()),
            ],
        )
        .await;
    assert_eq!(absent.status, StatusCode::SEE_OTHER, "{}", absent.body);
    let (board, reachable) = card().await;
    assert!(board.contains("Nobody is reachable now"), "{board}");
    assert!(!reachable.contains("Brasília duty desk"), "{reachable}");

    // A consul whose only hours are on another day is reachable while on shift.
    let other_day = match (today + Duration::days(3)).weekday() {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    };
    let (start_field, end_field) = (format!("{other_day}_start"), format!("{other_day}_end"));
    let consul = add(
        &brazil,
        &contact_form(
            "Night consul",
            &[
                ("availability", "hours"),
                (&start_field, "10:00"),
                (&end_field, "11:00"),
                ("escalation_order", "2"),
            ],
        ),
    )
    .await;
    let (board, reachable) = card().await;
    assert!(board.contains("Nobody is reachable now"), "{board}");
    assert!(!reachable.contains("Night consul"), "{reachable}");
    let bangkok_now = Utc::now().with_timezone(&chrono_tz::Asia::Bangkok);
    let shift = brazil
        .post(
            "/orgs/BRA/duty",
            &[
                ("contact", consul.trim_start_matches("/contacts/")),
                (
                    "starts_at",
                    &(bangkok_now - Duration::hours(1))
                        .format("%Y-%m-%dT%H:%M")
                        .to_string(),
                ),
                (
                    "ends_at",
                    &(bangkok_now + Duration::hours(7))
                        .format("%Y-%m-%dT%H:%M")
                        .to_string(),
                ),
            ],
        )
        .await;
    assert_eq!(shift.status, StatusCode::SEE_OTHER, "{}", shift.body);
    let (board, reachable) = card().await;
    assert!(
        board.contains("Night consul") && board.contains("on call until"),
        "{board}"
    );
    assert!(reachable.contains("Night consul"), "{reachable}");

    let shift_id = app.count("SELECT count(*) FROM duty_shifts").await;
    assert_eq!(shift_id, 1);
    let body = brazil.get("/orgs/BRA/duty").await.body;
    let marker = "/orgs/BRA/duty/";
    let at = body.find(marker).unwrap() + marker.len();
    let removed = brazil
        .post(
            &format!("/orgs/BRA/duty/{}/delete", &body[at..at + 36]),
            &[],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER, "{}", removed.body);
    let (board, reachable) = card().await;
    assert!(board.contains("Nobody is reachable now"), "{board}");
    assert!(!reachable.contains("Night consul"), "{reachable}");
}

#[tokio::test]
async fn a_deactivated_organisations_entries_are_hidden_and_frozen() {
    let app = TestApp::spawn().await;
    let brazil = app.login_as(Role::Country).await;
    let contact = add(&brazil, &contact_form("Ana Souza", &[])).await;
    let tanzania = app.login_email(TZA_EMAIL).await;
    let tza_contact = add(&tanzania, &contact_form("Tanzania desk", &[])).await;
    let today = Utc::now()
        .with_timezone(&chrono_tz::Asia::Bangkok)
        .date_naive()
        .to_string();
    tanzania
        .post(
            &format!("{tza_contact}/absences"),
            &[("starts_on", &today), ("ends_on", &today)],
        )
        .await;
    let absence = app.count("SELECT count(*) FROM contact_absences").await;
    assert_eq!(absence, 1);
    // Another contact's absence cannot be removed through one's own contact.
    let absence_id = {
        let page = tanzania.get(&tza_contact).await;
        let marker = "/absences/";
        let start = page.body.find(marker).unwrap() + marker.len();
        page.body[start..start + 36].to_owned()
    };
    let crossed = brazil
        .post(&format!("{contact}/absences/{absence_id}/delete"), &[])
        .await;
    assert_eq!(crossed.status, StatusCode::NOT_FOUND);
    assert_eq!(app.count("SELECT count(*) FROM contact_absences").await, 1);

    let admin = app.login_as(Role::Admin).await;
    assert_eq!(
        admin.post("/admin/orgs/BRA/deactivate", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let coordinator = app.login_as(Role::Coordinator).await;
    for path in [
        contact.clone(),
        format!("{contact}.vcf"),
        "/orgs/BRA/duty".to_owned(),
        "/orgs/BRA/contacts.vcf".to_owned(),
    ] {
        assert_eq!(
            coordinator.get(&path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    assert!(
        !coordinator
            .get("/contacts")
            .await
            .body
            .contains("Ana Souza")
    );
    assert!(
        !coordinator
            .get("/contacts/on-duty")
            .await
            .body
            .contains("id=\"org-BRA\"")
    );
    // Administrators still read them, and change nothing until it is active again.
    admin.get(&contact).await.assert_contains("Ana Souza");
    admin
        .post(&format!("{contact}/verify"), &[])
        .await
        .assert_refused();
    assert_eq!(
        admin.get(&format!("{contact}/edit")).await.status,
        StatusCode::FORBIDDEN
    );
}
