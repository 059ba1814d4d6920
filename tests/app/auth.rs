//! Signing in and out, sessions, CSRF, throttling, headers.

use reqwest::StatusCode;

use crate::helpers::{Client, PASSWORD, Role, TZA_EMAIL, TestApp, TestSettings};

const BRA: &str = "member@bra.test.org";

#[tokio::test]
async fn signing_in_makes_the_first_session_and_the_form_token_stops_working() {
    let app = TestApp::spawn().await;
    let client = app.client();
    let form = client.get("/login").await;
    assert_eq!(form.status, StatusCode::OK);
    // Before signing in there is no session: a cookie the form's token is tied to.
    assert!(client.session_cookie().is_none());
    let cookie = form
        .headers
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("liaison_prelogin="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert_eq!(app.count("SELECT count(*) FROM sessions").await, 0);
    let pre_login_token = client.csrf_token().await;

    let response = client.login(BRA, PASSWORD).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), "/");
    let cookie = response
        .headers
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "plain-http local use has no Secure cookie: {cookie}"
    );
    let signed_in = client.session_cookie().unwrap();

    let home = client.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    home.assert_contains("Bruna Member");
    assert_eq!(app.count("SELECT count(*) FROM sessions").await, 1);

    // Signed in, the session's own token is the one that counts: the sign-in form's no longer.
    let post = client
        .post_raw(
            "/account/time-zone",
            &[("time_zone", "UTC"), ("csrf_token", &pre_login_token)],
        )
        .await;
    assert_eq!(post.status, StatusCode::FORBIDDEN);
    // Nor does it work without the cookie it belongs to.
    let stale = Client::new(&app.address);
    let replayed = stale
        .post_raw(
            "/login",
            &[
                ("email", BRA),
                ("password", PASSWORD),
                ("csrf_token", pre_login_token.as_str()),
            ],
        )
        .await;
    assert_eq!(replayed.status, StatusCode::FORBIDDEN);

    // Only the SHA-256 of the token is stored.
    let hashed = app
        .count(&format!("SELECT count(*) FROM sessions WHERE token_hash = sha256(convert_to('{signed_in}', 'UTF8'))"))
        .await;
    assert_eq!(hashed, 1);
    assert_eq!(
        app.count("SELECT count(*) FROM sessions WHERE user_id IS NOT NULL")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'auth.sign_in'")
            .await,
        1
    );
}

#[tokio::test]
async fn a_next_path_is_followed_but_never_off_site() {
    let app = TestApp::spawn().await;
    let client = app.client();
    let sent = client.get("/admin/users?org=BRA").await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(sent.location(), "/login?next=%2Fadmin%2Fusers%3Forg%3DBRA");

    let response = client
        .post(
            "/login",
            &[
                ("email", "admin@atpc.test.org"),
                ("password", PASSWORD),
                ("next", "/admin/users?org=BRA"),
            ],
        )
        .await;
    assert_eq!(response.location(), "/admin/users?org=BRA");

    for evil in [
        "//evil.example/x",
        "/\t/evil.example",
        "/\\evil.example",
        "https://evil.example/",
        "/\n",
    ] {
        let other = app.client();
        let response = other
            .post(
                "/login",
                &[("email", BRA), ("password", PASSWORD), ("next", evil)],
            )
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{evil:?}");
        assert_eq!(response.location(), "/", "{evil:?}");
        // Signed in, the sign-in page sends the visitor on: never off site either.
        let again = other
            .get(&format!("/login?next={}", url_encode(evil)))
            .await;
        if evil.chars().any(char::is_control) {
            // A control character in a query string is refused before anything reads it.
            assert_eq!(again.status, StatusCode::BAD_REQUEST, "{evil:?}");
        } else {
            assert_eq!(again.location(), "/", "{evil:?}");
        }
    }
}

#[tokio::test]
async fn wrong_password_and_unknown_account_look_the_same() {
    let app = TestApp::spawn().await;
    let client = app.client();
    let wrong = client.login(BRA, "not the right password").await;
    let unknown = client
        .login("nobody@nowhere.test.org", "not the right password")
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    let message = "The email address or password is not correct.";
    wrong.assert_contains(message);
    unknown.assert_contains(message);
    // The typed email comes back; the password never does.
    wrong.assert_contains("value=\"member@bra.test.org\"");
    assert!(!wrong.body.contains("not the right password"));
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'auth.sign_in_failed'")
            .await,
        2
    );
    // What was typed as an unknown email is not kept (it is sometimes a password).
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE summary LIKE '%nobody@nowhere%'")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT count(*) FROM sessions WHERE user_id IS NOT NULL")
            .await,
        0
    );

    let empty = client.login("", "").await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn repeated_failures_lock_the_account_even_for_the_right_password() {
    let app = TestApp::spawn_with(TestSettings {
        login_max_failures: 3,
        ..TestSettings::default()
    })
    .await;
    let client = app.client();
    for _ in 0..3 {
        assert_eq!(
            client.login(BRA, "wrong password again").await.status,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            client
                .login("ghost@nowhere.test.org", "wrong password again")
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
    }
    let locked = client.login(BRA, PASSWORD).await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    locked.assert_contains("Too many failed sign-in attempts");
    // An account that does not exist gets the very same answer.
    let ghost = client.login("ghost@nowhere.test.org", PASSWORD).await;
    assert_eq!(ghost.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        strip_csrf(&ghost.body).replace("ghost@nowhere.test.org", "X"),
        strip_csrf(&locked.body).replace(BRA, "X")
    );
    // Other accounts are not affected.
    assert_eq!(
        app.client().login(TZA_EMAIL, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );

    // The throttle lives in the database: once the window has passed, the right password works.
    app.sql("UPDATE login_failures SET attempted_at = now() - interval '16 minutes'")
        .await;
    assert_eq!(
        client.login(BRA, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn repeated_failures_from_one_address_are_refused() {
    let app = TestApp::spawn_with(TestSettings {
        login_max_failures_per_ip: 4,
        ..TestSettings::default()
    })
    .await;
    let client = app.client();
    for n in 0..4 {
        let email = format!("guess{n}@nowhere.test.org");
        assert_eq!(
            client.login(&email, "wrong password again").await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        client.login(BRA, PASSWORD).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

fn url_encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

fn strip_csrf(html: &str) -> String {
    match crate::helpers::extract_csrf(html) {
        Some(token) => html.replace(&token, ""),
        None => html.to_owned(),
    }
}

#[tokio::test]
async fn posts_without_a_valid_csrf_token_are_refused_and_change_nothing() {
    let app = TestApp::spawn().await;
    let client = app.login_as(Role::Country).await;
    let token = client.csrf_token().await;

    let missing = client
        .post_raw("/account/time-zone", &[("time_zone", "UTC")])
        .await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    missing.assert_contains("The form has expired");
    let wrong = client
        .post_raw(
            "/account/time-zone",
            &[("time_zone", "UTC"), ("csrf_token", "forged")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    let logout = client.post_raw("/logout", &[]).await;
    assert_eq!(logout.status, StatusCode::FORBIDDEN);
    assert_eq!(
        client.get("/").await.status,
        StatusCode::OK,
        "still signed in"
    );

    // A valid token from another site's page is refused by the Origin check.
    let cross_site = client
        .http
        .post(client.url("/account/time-zone"))
        .header("origin", "https://evil.example")
        .form(&[("time_zone", "UTC"), ("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
    let same_site = client
        .http
        .post(client.url("/account/time-zone"))
        .header("origin", app.address.as_str())
        .form(&[("time_zone", "UTC"), ("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(same_site.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT count(*) FROM users WHERE time_zone = 'UTC'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'account.time_zone_changed'")
            .await,
        1
    );

    // Signing in needs the form's token too.
    let bare = Client::new(&app.address);
    let refused = bare
        .post_raw("/login", &[("email", BRA), ("password", PASSWORD)])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn extra_form_fields_cannot_raise_privileges() {
    let app = TestApp::spawn().await;
    let client = app.client();
    let response = client
        .post(
            "/login",
            &[
                ("email", BRA),
                ("password", PASSWORD),
                ("role", "admin"),
                ("org", "ATPC"),
                ("is_admin", "on"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(
        client.get("/admin/users").await.status,
        StatusCode::FORBIDDEN
    );
    let home = client.get("/").await;
    home.assert_contains("Country member");
}

#[tokio::test]
async fn sessions_end_after_the_idle_and_the_absolute_timeout() {
    let app = TestApp::spawn().await;
    let idle = app.login_as(Role::Country).await;
    let old = app.login_as(Role::Observer).await;
    assert_eq!(idle.get("/").await.status, StatusCode::OK);

    app.sql("UPDATE sessions SET last_seen_at = now() - interval '31 minutes' FROM users WHERE users.id = sessions.user_id AND users.email = 'member@bra.test.org'").await;
    app.sql("UPDATE sessions SET created_at = now() - interval '12 hours 1 minute' FROM users WHERE users.id = sessions.user_id AND users.email = 'observer@unodc.test.org'").await;

    let expired = idle.get("/").await;
    assert_eq!(expired.status, StatusCode::SEE_OTHER);
    assert_eq!(expired.location(), "/login");
    assert_eq!(old.get("/account").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn activity_keeps_a_session_alive() {
    let app = TestApp::spawn().await;
    let client = app.login_as(Role::Country).await;
    app.sql("UPDATE sessions SET last_seen_at = now() - interval '29 minutes'")
        .await;
    assert_eq!(client.get("/").await.status, StatusCode::OK);
    // The request moved the idle clock.
    assert_eq!(
        app.count("SELECT count(*) FROM sessions WHERE last_seen_at > now() - interval '1 minute'")
            .await,
        1
    );
}

#[tokio::test]
async fn signing_out_ends_the_session_and_clears_the_browser() {
    let app = TestApp::spawn().await;
    let client = app.login_as(Role::Country).await;
    let cookie = client.session_cookie().unwrap();
    let response = client.post("/logout", &[]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), "/login?signed_out=1");
    assert_eq!(
        response.headers.get("clear-site-data").unwrap(),
        "\"cache\", \"cookies\", \"storage\""
    );
    assert_eq!(
        app.count("SELECT count(*) FROM sessions WHERE user_id IS NOT NULL")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'auth.sign_out'")
            .await,
        1
    );

    let replay = Client::new(&app.address);
    let old = replay
        .http
        .get(replay.url("/"))
        .header("cookie", format!("liaison_session={cookie}"))
        .send()
        .await
        .unwrap();
    assert_eq!(old.status(), StatusCode::SEE_OTHER);
    client
        .get("/login?signed_out=1")
        .await
        .assert_contains("You have signed out.");
}

#[tokio::test]
async fn a_deactivated_user_is_signed_out_and_cannot_sign_in() {
    let app = TestApp::spawn().await;
    let member = app.login_as(Role::Country).await;
    let admin = app.login_as(Role::Admin).await;
    let id = app.user_id(BRA).await;
    assert_eq!(
        admin
            .post(&format!("/admin/users/{id}/deactivate"), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );

    assert_eq!(member.get("/").await.status, StatusCode::SEE_OTHER);
    let again = app.client().login(BRA, PASSWORD).await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
    again.assert_contains("The email address or password is not correct.");
}

#[tokio::test]
async fn roles_are_read_from_the_database_on_every_request() {
    let app = TestApp::spawn().await;
    let coordinator = app.login_as(Role::Coordinator).await;
    assert_eq!(
        coordinator.get("/admin/users").await.status,
        StatusCode::FORBIDDEN
    );
    app.sql("UPDATE users SET is_admin = true WHERE email = 'coordinator@ccib.test.org'")
        .await;
    assert_eq!(coordinator.get("/admin/users").await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_database_refuses_administrators_outside_coordinator_organisations() {
    let app = TestApp::spawn().await;
    let mut conn = app.conn().await;
    use diesel_async::RunQueryDsl;
    let result = diesel::sql_query(
        "UPDATE users SET is_admin = true WHERE email = 'observer@unodc.test.org'",
    )
    .execute(&mut conn)
    .await;
    assert!(
        result.is_err(),
        "an observer with write rights must not be storable"
    );
}

#[tokio::test]
async fn pages_carry_the_security_headers() {
    let app = TestApp::spawn().await;
    let client = app.login_as(Role::Country).await;
    for path in ["/login", "/"] {
        let page = if path == "/login" {
            app.client().get(path).await
        } else {
            client.get(path).await
        };
        let header = |name: &str| {
            page.headers
                .get(name)
                .map(|v| v.to_str().unwrap().to_owned())
                .unwrap_or_default()
        };
        let csp = header("content-security-policy");
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{csp}"
        );
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(header("x-content-type-options"), "nosniff");
        assert_eq!(header("referrer-policy"), "same-origin");
        assert_eq!(header("cross-origin-resource-policy"), "same-origin");
        let permissions = header("permissions-policy");
        for feature in [
            "camera=()",
            "microphone=()",
            "geolocation=()",
            "payment=()",
            "usb=()",
        ] {
            assert!(permissions.contains(feature), "{feature} in {permissions}");
        }
        assert_eq!(header("cache-control"), "no-store");
        assert!(
            header("strict-transport-security").is_empty(),
            "no HSTS over plain http"
        );
        assert_eq!(
            header("x-request-id").len(),
            36,
            "each answer names its request id"
        );
        assert!(!page.body.contains("<script"), "no script at all");
        assert!(!page.body.contains("style=\""), "no inline style");
    }
    let icon = client.get("/favicon.ico").await;
    assert_eq!(icon.status, StatusCode::OK);
    assert_eq!(icon.headers["content-type"], "image/x-icon");
    let css = client.get("/static/liaison.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(
        css.headers
            .get("cache-control")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert_eq!(
        client.get("/static/nothing.css").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn over_https_the_cookie_is_secure_and_host_prefixed() {
    let app = TestApp::spawn_with(TestSettings {
        public_url: Some("https://liaison.example.org".to_owned()),
        ..TestSettings::default()
    })
    .await;
    let page = app.client().get("/login").await;
    let cookie = page.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(cookie.starts_with("__Host-liaison_prelogin="), "{cookie}");
    assert!(
        cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(!cookie.contains("Domain"), "{cookie}");
    // The session cookie made at sign-in too (sent by hand: the test speaks plain http, so its
    // cookie jar keeps Secure cookies to itself).
    let pre_login = cookie.split(';').next().unwrap().to_owned();
    let token = crate::helpers::extract_csrf(&page.body).unwrap();
    let signed_in = app
        .client()
        .http
        .post(format!("{}/login", app.address))
        .header("cookie", pre_login)
        .form(&[
            ("email", BRA),
            ("password", PASSWORD),
            ("csrf_token", token.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    let cookie = signed_in
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(cookie.starts_with("__Host-liaison_session="), "{cookie}");
    assert!(
        cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(!cookie.contains("Domain"), "{cookie}");
    let hsts = page
        .headers
        .get("strict-transport-security")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(hsts.contains("max-age="));
}

#[tokio::test]
async fn error_pages_use_the_layout() {
    let app = TestApp::spawn().await;
    let client = app.login_as(Role::Observer).await;
    let missing = client.get("/no/such/page").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    missing.assert_contains("Page not found");
    missing.assert_contains("Olga Observer");
    let forbidden = client.get("/admin/orgs").await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    forbidden.assert_contains("Not allowed");
    forbidden.assert_contains("Skip to main content");
    let bad_id = client.get("/admin/users/not-a-uuid").await;
    assert_eq!(
        bad_id.status,
        StatusCode::FORBIDDEN,
        "admin pages refuse before looking at ids"
    );
    let anonymous = app.client().get("/no/such/page").await;
    assert_eq!(anonymous.status, StatusCode::NOT_FOUND);
    anonymous.assert_contains("Page not found");

    let admin = app.login_as(Role::Admin).await;
    let malformed_id = admin.get("/admin/users/not-a-uuid").await;
    assert_eq!(malformed_id.status, StatusCode::NOT_FOUND);
    malformed_id.assert_contains("Page not found");
    malformed_id.assert_contains("Ada Admin");
    let wrong_method = admin.get("/logout").await;
    assert_eq!(wrong_method.status, StatusCode::METHOD_NOT_ALLOWED);
    wrong_method.assert_contains("Not available this way");
}

#[tokio::test]
async fn two_instances_on_one_database_behave_as_one() {
    let app = TestApp::spawn_with(TestSettings {
        login_max_failures: 2,
        ..TestSettings::default()
    })
    .await;
    let other = app.another_instance();
    let client = app.login_as(Role::Country).await;
    let cookie = client.session_cookie().unwrap();

    // The session made on the first instance works on the second.
    let on_other = Client::new(&other);
    let page = on_other
        .http
        .get(on_other.url("/"))
        .header("cookie", format!("liaison_session={cookie}"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("Bruna Member"));

    // Failed sign-ins counted on one instance lock the account on the other.
    let first = app.client();
    assert_eq!(
        first
            .login(TZA_EMAIL, "wrong password number one")
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    let second = Client::new(&other);
    assert_eq!(
        second
            .login(TZA_EMAIL, "wrong password number two")
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        first.login(TZA_EMAIL, PASSWORD).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );

    // Signing out on the second ends the session on the first.
    let token = {
        let form = on_other
            .http
            .get(on_other.url("/account"))
            .header("cookie", format!("liaison_session={cookie}"))
            .send()
            .await
            .unwrap();
        crate::helpers::extract_csrf(&form.text().await.unwrap()).unwrap()
    };
    let out = on_other
        .http
        .post(on_other.url("/logout"))
        .header("cookie", format!("liaison_session={cookie}"))
        .form(&[("csrf_token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert_eq!(client.get("/").await.status, StatusCode::SEE_OTHER);
}

/// Only failures count: a police unit's staff signing in behind one address at the start of a
/// shift, more of them at once than the per-address limit, all get in; so do many correct
/// sign-ins of one account at once (browser tabs, a shared duty account).
#[tokio::test]
async fn correct_sign_ins_at_the_same_moment_are_not_refused() {
    let app = TestApp::spawn_with(TestSettings {
        login_max_failures: 3,
        login_max_failures_per_ip: 20,
        ..TestSettings::default()
    })
    .await;
    app.sql(&format!(
        "INSERT INTO users (id, email, name, organisation_id, password_hash)
         SELECT gen_random_uuid(), 'staff' || n || '@bra.test.org', 'Staff ' || n,
                organisation_id, password_hash
         FROM users, generate_series(1, 25) AS n WHERE email = '{BRA}'"
    ))
    .await;
    let clients: Vec<Client> = (0..25).map(|_| app.client()).collect();
    for client in &clients {
        client.get("/login").await;
    }
    let staff: Vec<String> = (1..=25).map(|n| format!("staff{n}@bra.test.org")).collect();
    let attempts = clients
        .iter()
        .zip(&staff)
        .map(|(client, email)| client.login(email, PASSWORD));
    let pages = futures_util::future::join_all(attempts).await;
    for page in &pages {
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    }

    let tabs: Vec<Client> = (0..10).map(|_| app.client()).collect();
    for client in &tabs {
        client.get("/login").await;
    }
    let pages = futures_util::future::join_all(tabs.iter().map(|c| c.login(BRA, PASSWORD))).await;
    for page in &pages {
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    }
    assert_eq!(
        app.count("SELECT count(*) FROM login_failures").await,
        0,
        "nothing failed, so nothing counts"
    );
}

#[tokio::test]
async fn parallel_guesses_cannot_outrun_the_throttle() {
    let app = TestApp::spawn_with(TestSettings {
        login_max_failures: 3,
        ..TestSettings::default()
    })
    .await;
    let clients: Vec<Client> = (0..12).map(|_| app.client()).collect();
    for client in &clients {
        client.get("/login").await;
    }
    let attempts = clients
        .iter()
        .map(|client| client.login(BRA, "a parallel wrong guess"));
    let pages = futures_util::future::join_all(attempts).await;
    let verified = pages
        .iter()
        .filter(|p| p.status == StatusCode::UNAUTHORIZED)
        .count();
    let refused = pages
        .iter()
        .filter(|p| p.status == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!(verified, 3, "only as many guesses as the limit are checked");
    assert_eq!(refused, 9);
}

#[tokio::test]
async fn signing_out_of_an_expired_session_goes_to_the_sign_in_page() {
    let app = TestApp::spawn().await;
    let client = app.login_as(Role::Country).await;
    let token = client.csrf_token().await;
    app.sql("UPDATE sessions SET last_seen_at = now() - interval '31 minutes'")
        .await;
    let out = client
        .post_raw("/logout", &[("csrf_token", token.as_str())])
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(out.location(), "/login?signed_out=1");
}
