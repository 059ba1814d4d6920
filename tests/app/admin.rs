//! Administration of organisations and accounts.

use reqwest::StatusCode;

use crate::helpers::{Client, PASSWORD, Role, TZA_EMAIL, TestApp};

/// A form's fields, as posted.
type Fields<'a> = &'a [(&'a str, &'a str)];

#[tokio::test]
async fn an_admin_adds_an_organisation_that_everyone_then_sees() {
    let app = TestApp::spawn().await;
    let admin = app.login_as(Role::Admin).await;
    let created = admin
        .post(
            "/admin/orgs",
            &[
                ("code", "phl"),
                ("name", "Embassy of the Philippines"),
                ("kind", "country"),
                ("country_code", "ph"),
                ("time_zone", "Asia/Manila"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    assert_eq!(created.location(), "/admin/orgs/PHL");
    let show = admin.get("/admin/orgs/PHL").await;
    show.assert_contains("Organisation PHL created.");
    show.assert_contains("country PH");
    show.assert_contains("Asia/Manila");

    // A time zone that does not exist is refused beside its field.
    let refused = admin
        .post(
            "/admin/orgs/PHL/edit",
            &[
                ("name", "Embassy of the Philippines"),
                ("country_code", "PH"),
                ("time_zone", "Asia/Atlantis"),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains("Choose a time zone from the list");

    let member = app.login_as(Role::Country).await;
    member
        .get("/orgs")
        .await
        .assert_contains("Embassy of the Philippines");
    let workspace = member.get("/orgs/PHL").await;
    assert_eq!(workspace.status, StatusCode::OK);
    workspace.assert_contains("Active members");
    let audit = app.audit_actions().await;
    let (_, summary) = audit
        .iter()
        .find(|(action, _)| action == "organisation.created")
        .expect("audited");
    assert!(
        summary.contains("PHL") && summary.contains("Embassy of the Philippines"),
        "{summary}"
    );
}

#[tokio::test]
async fn invalid_organisations_come_back_with_messages_and_the_typed_values() {
    let app = TestApp::spawn().await;
    let admin = app.login_as(Role::Admin).await;
    let cases: [(Fields, &str, &str); 5] = [
        (
            &[
                ("code", "B"),
                ("name", "Embassy of Brazil 2"),
                ("kind", "country"),
                ("country_code", "BR"),
            ],
            "code",
            "Use 2 to 16 letters",
        ),
        (
            &[
                ("code", "BRA"),
                ("name", "Another Brazil"),
                ("kind", "country"),
                ("country_code", "XB"),
            ],
            "code",
            "already has this code",
        ),
        (
            &[
                ("code", "BRA2"),
                ("name", "Another Brazil"),
                ("kind", "country"),
                ("country_code", "BR"),
            ],
            "country_code",
            "already stands for this country",
        ),
        (
            &[
                ("code", "KHM"),
                ("name", "Embassy of Cambodia"),
                ("kind", "country"),
                ("country_code", ""),
            ],
            "country_code",
            "two-letter ISO country code",
        ),
        (
            &[
                ("code", "IOM"),
                ("name", "International Organization for Migration"),
                ("kind", "observer"),
                ("country_code", "CH"),
            ],
            "country_code",
            "Only country organisations have a country",
        ),
    ];
    for (form, field, message) in cases {
        let mut fields = form.to_vec();
        fields.push(("time_zone", "Asia/Bangkok"));
        let page = admin.post("/admin/orgs", &fields).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        page.assert_contains(message);
        page.assert_contains(&format!("id=\"{field}-error\""));
        // What was typed is kept.
        page.assert_contains(&format!("value=\"{}\"", form[1].1));
    }
    let missing_kind = admin
        .post("/admin/orgs", &[("code", "IOM"), ("name", "IOM")])
        .await;
    assert_eq!(missing_kind.status, StatusCode::UNPROCESSABLE_ENTITY);
    missing_kind.assert_contains("Choose coordinator, country or observer.");
    assert_eq!(app.count("SELECT count(*) FROM organisations").await, 5);
}

#[tokio::test]
async fn a_stale_organisation_edit_answers_409_with_both_versions() {
    let app = TestApp::spawn().await;
    let first = app.login_as(Role::Admin).await;
    let second = app.login_as(Role::Admin).await;
    let form = first.get("/admin/orgs/TZA/edit").await;
    form.assert_contains("name=\"version\" value=\"1\"");

    let saved = second
        .post(
            "/admin/orgs/TZA/edit",
            &[
                ("name", "Embassy of the United Republic of Tanzania"),
                ("country_code", "TZ"),
                ("time_zone", "Asia/Bangkok"),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);

    let stale = first
        .post(
            "/admin/orgs/TZA/edit",
            &[
                ("name", "Tanzania Embassy Bangkok"),
                ("country_code", "TZ"),
                ("time_zone", "Asia/Bangkok"),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    stale.assert_contains("Someone else saved this organisation first");
    stale.assert_contains("Embassy of the United Republic of Tanzania");
    stale.assert_contains("value=\"Tanzania Embassy Bangkok\"");
    stale.assert_contains("name=\"version\" value=\"2\"");
    assert_eq!(
        app.count("SELECT count(*) FROM organisations WHERE name = 'Tanzania Embassy Bangkok'")
            .await,
        0
    );

    // Submitting again is a deliberate overwrite.
    let again = first
        .post(
            "/admin/orgs/TZA/edit",
            &[
                ("name", "Tanzania Embassy Bangkok"),
                ("country_code", "TZ"),
                ("time_zone", "Asia/Bangkok"),
                ("version", "2"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'organisation.updated'")
            .await,
        2
    );
}

#[tokio::test]
async fn deactivating_an_organisation_locks_its_members_out() {
    let app = TestApp::spawn().await;
    let admin = app.login_as(Role::Admin).await;
    let member = app.login_as(Role::Country).await;
    assert_eq!(
        admin.post("/admin/orgs/BRA/deactivate", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(member.get("/").await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.client()
            .login("member@bra.test.org", PASSWORD)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    // Hidden from the directory, 404 for others, still visible to administrators.
    let observer = app.login_as(Role::Observer).await;
    assert!(
        !observer
            .get("/orgs")
            .await
            .body
            .contains("Embassy of Brazil")
    );
    assert_eq!(
        observer.get("/orgs/BRA").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(admin.get("/orgs/BRA").await.status, StatusCode::OK);

    assert_eq!(
        admin.post("/admin/orgs/BRA/activate", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.client()
            .login("member@bra.test.org", PASSWORD)
            .await
            .status,
        StatusCode::SEE_OTHER
    );

    // Nobody deactivates their own organisation.
    admin
        .post("/admin/orgs/ATPC/deactivate", &[])
        .await
        .assert_refused();
    assert_eq!(
        admin.post("/admin/orgs/NOPE/deactivate", &[]).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_admin_creates_an_account_that_must_change_its_password() {
    let app = TestApp::spawn().await;
    let admin = app.login_as(Role::Admin).await;
    let created = admin
        .post(
            "/admin/users",
            &[
                ("name", "Rafael Souza"),
                ("email", "Rafael.Souza@Itamaraty.test.org"),
                ("org", "BRA"),
                ("password", "first day at the embassy"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let location = created.location().to_owned();
    assert!(location.starts_with("/admin/users/"), "{location}");
    let show = admin.get(&location).await;
    show.assert_contains("rafael.souza@itamaraty.test.org");
    show.assert_contains("must be changed at next sign-in");
    admin
        .get("/admin/users?org=BRA")
        .await
        .assert_contains("Rafael Souza");

    let rafael = app.client();
    assert_eq!(
        rafael
            .login(
                "rafael.souza@itamaraty.test.org",
                "first day at the embassy"
            )
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(rafael.get("/").await.location(), "/account/password");
    let (_, summary) = app
        .audit_actions()
        .await
        .into_iter()
        .find(|(a, _)| a == "user.created")
        .expect("audited");
    assert!(
        summary.contains("rafael.souza@itamaraty.test.org") && summary.contains("BRA"),
        "{summary}"
    );
    assert!(
        !summary.contains("first day"),
        "no password in the audit log"
    );
}

#[tokio::test]
async fn invalid_accounts_come_back_with_messages() {
    let app = TestApp::spawn().await;
    let admin = app.login_as(Role::Admin).await;
    let cases: [(Fields, &str); 6] = [
        (
            &[
                ("name", "A"),
                ("email", "not-an-email"),
                ("org", "BRA"),
                ("password", "long enough password"),
            ],
            "Enter an email address like",
        ),
        (
            &[
                ("name", ""),
                ("email", "x@bra.test.org"),
                ("org", "BRA"),
                ("password", "long enough password"),
            ],
            "Enter a name.",
        ),
        (
            &[
                ("name", "X"),
                ("email", "x@bra.test.org"),
                ("org", "ZZZ"),
                ("password", "long enough password"),
            ],
            "Choose an organisation from the list.",
        ),
        (
            &[
                ("name", "X"),
                ("email", "x@bra.test.org"),
                ("org", "BRA"),
                ("password", "short"),
            ],
            "Use at least 12 characters",
        ),
        (
            &[
                ("name", "X"),
                ("email", TZA_EMAIL),
                ("org", "TZA"),
                ("password", "long enough password"),
            ],
            "Another account already uses this email address.",
        ),
        (
            &[
                ("name", "X"),
                ("email", "x@bra.test.org"),
                ("org", "BRA"),
                ("is_admin", "on"),
                ("password", "long enough password"),
            ],
            "Only members of a coordinator organisation can be administrators.",
        ),
    ];
    for (form, message) in cases {
        let page = admin.post("/admin/users", form).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        page.assert_contains(message);
        assert!(
            !page.body.contains("long enough password"),
            "passwords are not echoed back"
        );
    }
    assert_eq!(app.count("SELECT count(*) FROM users").await, 5);
}

#[tokio::test]
async fn a_stale_account_edit_answers_409() {
    let app = TestApp::spawn().await;
    let first = app.login_as(Role::Admin).await;
    let second = app.login_as(Role::Admin).await;
    let tza = app.user_id(TZA_EMAIL).await;
    let path = format!("/admin/users/{tza}/edit");
    let form = [
        ("name", "Tumaini M."),
        ("email", TZA_EMAIL),
        ("org", "TZA"),
        ("version", "1"),
    ];
    assert_eq!(
        second.post(&path, &form).await.status,
        StatusCode::SEE_OTHER
    );
    let stale = first
        .post(
            &path,
            &[
                ("name", "Tumaini Mwangi"),
                ("email", TZA_EMAIL),
                ("org", "TZA"),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    stale.assert_contains("Someone else saved this account first");
    stale.assert_contains("Tumaini M.");
    stale.assert_contains("value=\"Tumaini Mwangi\"");
}

/// A version that is not a number (a tampered or truncated form) is out of date: the admin
/// forms answer with the conflict page, as every other form does, and change nothing.
#[tokio::test]
async fn a_garbled_version_on_an_admin_edit_answers_409() {
    let app = TestApp::spawn().await;
    let admin = app.login_as(Role::Admin).await;
    let tza = app.user_id(TZA_EMAIL).await;
    for version in ["abc", "", "1.5", "99999999999"] {
        let page = admin
            .post(
                &format!("/admin/users/{tza}/edit"),
                &[
                    ("name", "Tumaini Garbled"),
                    ("email", TZA_EMAIL),
                    ("org", "TZA"),
                    ("version", version),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::CONFLICT, "version {version:?}");
        page.assert_contains("Someone else saved this account first");
        page.assert_contains("value=\"Tumaini Garbled\"");
        let page = admin
            .post(
                "/admin/orgs/TZA/edit",
                &[
                    ("name", "Embassy, garbled"),
                    ("country_code", "TZ"),
                    ("time_zone", "Asia/Bangkok"),
                    ("version", version),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::CONFLICT, "version {version:?}");
        page.assert_contains("Someone else saved this organisation first");
    }
    assert_eq!(
        app.count("SELECT count(*) FROM users WHERE name = 'Tumaini Garbled'")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT count(*) FROM organisations WHERE name LIKE '%garbled%'")
            .await,
        0
    );
}

#[tokio::test]
async fn admins_cannot_lock_themselves_out() {
    let app = TestApp::spawn().await;
    let admin = app.login_as(Role::Admin).await;
    let me = app.user_id("admin@atpc.test.org").await;
    admin
        .post(&format!("/admin/users/{me}/deactivate"), &[])
        .await
        .assert_refused();
    let demote = admin
        .post(
            &format!("/admin/users/{me}/edit"),
            &[
                ("name", "Ada Admin"),
                ("email", "admin@atpc.test.org"),
                ("org", "ATPC"),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(demote.status, StatusCode::UNPROCESSABLE_ENTITY);
    demote.assert_contains("You cannot remove your own administrator rights");
    assert_eq!(admin.get("/admin/users").await.status, StatusCode::OK);
    // Their own password is changed on the account page, where the current one is asked.
    let own_reset = admin
        .post(
            &format!("/admin/users/{me}/password"),
            &[("password", "a password set without asking")],
        )
        .await;
    own_reset.assert_refused();
    admin
        .get(&format!("/admin/users/{me}"))
        .await
        .assert_contains(
            "<a href=\"/account/password\">To change your own password, use your account page.</a>",
        );
}

#[tokio::test]
async fn a_password_reset_ends_the_sessions_of_the_account() {
    let app = TestApp::spawn().await;
    let admin = app.login_as(Role::Admin).await;
    let tza_session = app.client();
    assert_eq!(
        tza_session.login(TZA_EMAIL, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let tza = app.user_id(TZA_EMAIL).await;
    let weak = admin
        .post(
            &format!("/admin/users/{tza}/password"),
            &[("password", "short")],
        )
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(tza_session.get("/").await.status, StatusCode::OK);
    let reset = admin
        .post(
            &format!("/admin/users/{tza}/password"),
            &[("password", "a new temporary one")],
        )
        .await;
    assert_eq!(reset.status, StatusCode::SEE_OTHER);
    assert_eq!(tza_session.get("/").await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'user.password_reset'")
            .await,
        1
    );
    let unknown = uuid::Uuid::now_v7();
    assert_eq!(
        admin.get(&format!("/admin/users/{unknown}")).await.status,
        StatusCode::NOT_FOUND
    );

    // A locked-out person gets in with the reset password at once.
    let locked = app.client();
    for _ in 0..5 {
        locked.login(TZA_EMAIL, "guessing wrongly again").await;
    }
    assert_eq!(
        locked.login(TZA_EMAIL, "a new temporary one").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    let reset = admin
        .post(
            &format!("/admin/users/{tza}/password"),
            &[("password", "another temporary one")],
        )
        .await;
    assert_eq!(reset.status, StatusCode::SEE_OTHER);
    assert_eq!(
        locked
            .login(TZA_EMAIL, "another temporary one")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn the_account_list_filters_and_pages() {
    let app = TestApp::spawn().await;
    let admin = app.login_as(Role::Admin).await;
    let bra_only = admin.get("/admin/users?org=BRA").await;
    bra_only.assert_contains("Bruna Member");
    assert!(!bra_only.body.contains("Tumaini Member"));
    let search = admin.get("/admin/users?q=olga").await;
    search.assert_contains("Olga Observer");
    assert!(!search.body.contains("Bruna Member"));
    app.sql(
        "INSERT INTO users (id, email, name, organisation_id, password_hash)
         SELECT gen_random_uuid(), 'bulk' || n || '@bra.test.org', 'Bulk ' || n, id, 'x'
         FROM organisations, generate_series(1, 60) AS n WHERE code = 'BRA'",
    )
    .await;
    let first = admin.get("/admin/users").await;
    first.assert_contains("Page 1 of 2");
    assert_eq!(
        first.body.matches("<tr>").count(),
        1 + 50,
        "header row and one page of accounts"
    );
    // The organisation's page lists one page of its accounts and links to the rest.
    let bra = admin.get("/admin/orgs/BRA").await;
    bra.assert_contains("Showing 50 of 61 accounts.");
    bra.assert_contains("href=\"/admin/users?org=BRA&amp;inactive=1\"");
    let small = admin.get("/admin/orgs/TZA").await;
    small.assert_contains("Tumaini Member");
    assert!(!small.body.contains("Showing"));
    let far = admin.get("/admin/users?page=9223372036854775807").await;
    assert_eq!(far.status, StatusCode::OK);
    // Pages count from 1, as in every list.
    admin
        .get("/admin/users?page=1")
        .await
        .assert_contains("Page 1 of 2");
    let second = admin.get("/admin/users?page=2").await;
    second.assert_contains("Page 2 of 2");
    assert_eq!(second.body.matches("<tr>").count(), 1 + 15);
}

#[tokio::test]
async fn a_code_or_email_taken_at_the_same_moment_answers_422() {
    let app = TestApp::spawn().await;
    let admin = app.login_as(Role::Admin).await;
    // Another administrator's save lands between our check and our insert: a trigger inserts
    // the same code or email just before ours.
    app.sql(
        "CREATE FUNCTION race() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
           IF pg_trigger_depth() = 1 THEN
             IF TG_TABLE_NAME = 'users' THEN
               INSERT INTO users (id, email, name, organisation_id, password_hash)
               VALUES (gen_random_uuid(), NEW.email, 'Someone else', NEW.organisation_id, 'x');
             ELSE
               INSERT INTO organisations (id, code, name, kind)
               VALUES (gen_random_uuid(), NEW.code, 'Someone else', 'observer');
             END IF;
           END IF;
           RETURN NEW;
         END $$",
    )
    .await;
    app.sql("CREATE TRIGGER race BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION race()")
        .await;
    app.sql(
        "CREATE TRIGGER race BEFORE INSERT ON organisations FOR EACH ROW EXECUTE FUNCTION race()",
    )
    .await;

    let user = admin
        .post(
            "/admin/users",
            &[
                ("name", "Nadia"),
                ("email", "nadia@bra.test.org"),
                ("org", "BRA"),
                ("password", "a long enough password"),
            ],
        )
        .await;
    assert_eq!(user.status, StatusCode::UNPROCESSABLE_ENTITY);
    user.assert_contains("Another account already uses this email address.");
    user.assert_contains("value=\"nadia@bra.test.org\"");

    let org = admin
        .post(
            "/admin/orgs",
            &[
                ("code", "IOM"),
                ("name", "International Organization for Migration"),
                ("kind", "observer"),
                ("time_zone", "Europe/Vienna"),
            ],
        )
        .await;
    assert_eq!(org.status, StatusCode::UNPROCESSABLE_ENTITY);
    org.assert_contains("Another organisation already has this code.");

    // Both transactions rolled back whole: nothing was created, nothing audited.
    assert_eq!(app.count("SELECT count(*) FROM users").await, 5);
    assert_eq!(app.count("SELECT count(*) FROM organisations").await, 5);
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action IN ('user.created', 'organisation.created')").await,
        0
    );
}

/// Each instance keeps the list of active organisations (for filters and forms) until one
/// changes: a rename and a deactivation through one instance show in another instance's lists
/// on their next request.
#[tokio::test]
async fn organisation_lists_follow_changes_made_on_another_instance() {
    let app = TestApp::spawn().await;
    let admin = app.login_as(Role::Admin).await;
    let other = Client::new(&app.another_instance());
    let email = Role::Coordinator.email().unwrap();
    let signed_in = other.login(email, PASSWORD).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    let option = |name: &str| format!("TZA · {name}</option>");
    for path in ["/action-items", "/contacts"] {
        other
            .get(path)
            .await
            .assert_contains(&option("Embassy of Tanzania"));
    }

    let renamed = admin
        .post(
            "/admin/orgs/TZA/edit",
            &[
                ("name", "Embassy of the United Republic of Tanzania"),
                ("country_code", "TZ"),
                ("time_zone", "Africa/Dar_es_Salaam"),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.body);
    for path in ["/action-items", "/contacts"] {
        let page = other.get(path).await;
        page.assert_contains(&option("Embassy of the United Republic of Tanzania"));
        assert!(
            !page.body.contains(&option("Embassy of Tanzania")),
            "{path}"
        );
    }

    let gone = admin.post("/admin/orgs/TZA/deactivate", &[]).await;
    assert_eq!(gone.status, StatusCode::SEE_OTHER, "{}", gone.body);
    for path in ["/action-items", "/contacts"] {
        let page = other.get(path).await;
        assert!(!page.body.contains("TZA · "), "{path}: {}", page.body);
    }
}
