//! The second factor: enrolment, sign-in with a code or a recovery code, reuse refused, wrong
//! codes throttled, an administrator's reset, each `LIAISON_MFA_REQUIRED` value; and the
//! sign-in page's stateless CSRF token.

use liaison::auth::totp;
use liaison::config::MfaPolicy;
use reqwest::StatusCode;

use crate::helpers::{Client, PASSWORD, Role, TestApp, TestSettings};

const BRA: &str = "member@bra.test.org";

fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("{start:?} in the page:\n{html}"))
        + start.len();
    let to = html[from..].find(end).unwrap() + from;
    &html[from..to]
}

/// The secret as the page shows it for typing, decoded.
fn secret_of(html: &str) -> Vec<u8> {
    let grouped = between(
        html,
        "<code id=\"totp-secret\" class=\"secret\">",
        "</code>",
    );
    totp_rs::Secret::try_from_base32(grouped.replace(' ', ""))
        .expect("the page shows base32")
        .as_bytes()
        .to_vec()
}

fn codes_of(html: &str) -> Vec<String> {
    between(html, "<ol id=\"recovery-codes\">", "</ol>")
        .split("<code>")
        .skip(1)
        .map(|c| c.split("</code>").next().unwrap().to_owned())
        .collect()
}

/// Enrols the client's account as a person would: reads the secret, types the app's code.
/// Answers the secret and the recovery codes shown once.
pub async fn enrol(client: &Client) -> (Vec<u8>, Vec<String>) {
    let page = client.get("/account/mfa").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<svg "), "a QR code drawn in the page");
    let secret = secret_of(&page.body);
    let code = totp::code_at(&secret, totp::now());
    let done = client.post("/account/mfa", &[("code", &code)]).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    let codes = codes_of(&done.body);
    assert_eq!(codes.len(), 10);
    (secret, codes)
}

/// A code of the next step: the one the enrolment used is spent, the next is within the
/// step of drift allowed.
fn next_code(secret: &[u8]) -> String {
    totp::code_at(secret, totp::now() + 30)
}

#[tokio::test]
async fn a_code_signs_in_once_and_a_recovery_code_once() {
    let app = TestApp::spawn().await;
    let client = app.login_email(BRA).await;
    let elsewhere = app.login_email(BRA).await;
    let (secret, codes) = enrol(&client).await;
    // Enrolling ends the sessions opened with the password alone; not this one.
    assert_eq!(elsewhere.get("/").await.status, StatusCode::SEE_OTHER);
    assert_eq!(client.get("/").await.status, StatusCode::OK);
    let stored: i64 = app
        .count(
            "SELECT count(*) FROM second_factors WHERE confirmed_at IS NOT NULL AND key_id <> ''",
        )
        .await;
    assert_eq!(stored, 1);
    // The secret is sealed, not stored as the app's key.
    let plain = app
        .count(&format!(
            "SELECT count(*) FROM second_factors WHERE position('\\x{}'::bytea IN secret) > 0",
            secret
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        ))
        .await;
    assert_eq!(plain, 0);
    let account = client.get("/account/mfa").await;
    account.assert_contains("10 of 10 recovery codes are unused");
    assert!(
        !account.body.contains("totp-secret"),
        "the secret is not shown again"
    );

    // The password alone opens nothing now.
    let fresh = app.client();
    let step_one = fresh.login(BRA, PASSWORD).await;
    assert_eq!(step_one.status, StatusCode::SEE_OTHER);
    assert_eq!(step_one.location(), "/login/mfa");
    let pending_cookie = fresh.session_cookie().unwrap();
    for path in ["/", "/account", "/rescue-requests", "/account/mfa"] {
        let page = fresh.get(path).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(page.location(), "/login/mfa", "{path}");
    }
    let form = fresh.get("/login/mfa").await;
    assert_eq!(form.status, StatusCode::OK);
    form.assert_contains("autocomplete=\"one-time-code\"");
    assert!(
        !form.body.contains("Bruna Member"),
        "nobody is shown signed in yet"
    );

    let wrong = fresh.post("/login/mfa", &[("code", "000000")]).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    wrong.assert_contains("not correct");
    let empty = fresh.post("/login/mfa", &[("code", " ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);

    let code = next_code(&secret);
    let signed_in = fresh.post("/login/mfa", &[("code", &code)]).await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_in.body
    );
    assert_eq!(signed_in.location(), "/");
    assert_ne!(
        fresh.session_cookie().unwrap(),
        pending_cookie,
        "a new session token"
    );
    fresh.get("/").await.assert_contains("Bruna Member");

    // The same code again is refused, even with the right password before it.
    let again = app.client();
    assert_eq!(again.login(BRA, PASSWORD).await.location(), "/login/mfa");
    let reused = again.post("/login/mfa", &[("code", &code)]).await;
    assert_eq!(reused.status, StatusCode::UNAUTHORIZED);

    // A recovery code, typed in capitals with spaces, works once.
    let typed = codes[3].to_uppercase().replace('-', " ");
    let recovered = again.post("/login/mfa", &[("code", &typed)]).await;
    assert_eq!(
        recovered.status,
        StatusCode::SEE_OTHER,
        "{}",
        recovered.body
    );
    again
        .get("/")
        .await
        .assert_contains("9 unused codes are left");
    let once_more = app.client();
    once_more.login(BRA, PASSWORD).await;
    let spent = once_more.post("/login/mfa", &[("code", &codes[3])]).await;
    assert_eq!(spent.status, StatusCode::UNAUTHORIZED);

    // New recovery codes need a code from the app, and replace the old ones.
    let refused = again
        .post("/account/mfa/recovery-codes", &[("code", "123456")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Time passes (as if two steps had gone by, without waiting for them).
    app.sql("UPDATE second_factors SET last_step = last_step - 2")
        .await;
    let renewed = again
        .post(
            "/account/mfa/recovery-codes",
            &[("code", &totp::code_at(&secret, totp::now()))],
        )
        .await;
    assert_eq!(renewed.status, StatusCode::OK, "{}", renewed.body);
    let new_codes = codes_of(&renewed.body);
    assert_eq!(new_codes.len(), 10);
    let old = once_more.post("/login/mfa", &[("code", &codes[0])]).await;
    assert_eq!(
        old.status,
        StatusCode::UNAUTHORIZED,
        "old codes no longer work"
    );
    let new = once_more
        .post("/login/mfa", &[("code", &new_codes[0])])
        .await;
    assert_eq!(new.status, StatusCode::SEE_OTHER);

    app.assert_audited(&[
        "account.second_factor_enrolled",
        "auth.second_factor_failed",
        "auth.recovery_code_used",
    ])
    .await;
    let summaries = app.audit_actions().await;
    assert!(
        summaries
            .iter()
            .any(|(a, s)| a == "auth.recovery_code_used" && s.contains("9 left")),
        "{summaries:?}"
    );
}

#[tokio::test]
async fn wrong_codes_are_throttled_like_wrong_passwords() {
    let app = TestApp::spawn_with(TestSettings {
        login_max_failures: 3,
        ..TestSettings::default()
    })
    .await;
    let client = app.login_email(BRA).await;
    let (secret, _) = enrol(&client).await;
    let attacker = app.client();
    assert_eq!(attacker.login(BRA, PASSWORD).await.location(), "/login/mfa");
    for _ in 0..3 {
        let wrong = attacker.post("/login/mfa", &[("code", "111111")]).await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    }
    // Locked out: the right code is refused too, and a right password does not reset the count.
    let locked = attacker
        .post("/login/mfa", &[("code", &next_code(&secret))])
        .await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    let password = app.client().login(BRA, PASSWORD).await;
    assert_eq!(password.status, StatusCode::TOO_MANY_REQUESTS);
    let failures = app
        .count("SELECT count(*) FROM audit_events WHERE action = 'auth.second_factor_failed'")
        .await;
    assert_eq!(failures, 4, "three wrong codes and the refusal");
}

#[tokio::test]
async fn a_sign_in_waiting_for_its_code_expires() {
    // A pending sign-in expires: the code's page then sends back to the password.
    let app = TestApp::spawn().await;
    let client = app.login_email(BRA).await;
    let (secret, _) = enrol(&client).await;
    let late = app.client();
    late.login(BRA, PASSWORD).await;
    app.sql("UPDATE sessions SET created_at = now() - interval '11 minutes' WHERE second_factor_pending")
        .await;
    let expired = late
        .post("/login/mfa", &[("code", &next_code(&secret))])
        .await;
    assert_eq!(
        expired.status,
        StatusCode::SEE_OTHER,
        "the pending session is gone"
    );
    assert_eq!(expired.location(), "/login");
    assert_eq!(late.get("/login/mfa").await.location(), "/login");
    assert_eq!(late.get("/").await.location(), "/login");
}

#[tokio::test]
async fn an_administrator_resets_a_lost_second_factor() {
    let app = TestApp::spawn_with(TestSettings {
        mfa_required: MfaPolicy::All,
        ..TestSettings::default()
    })
    .await;
    let admin = app.login_as(Role::Admin).await;
    enrol(&admin).await;
    let bruna = app.login_email(BRA).await;
    let (secret, _) = enrol(&bruna).await;
    let bra = app.user_id(BRA).await;

    let own = app.user_id("admin@atpc.test.org").await;
    admin
        .post(&format!("/admin/users/{own}/second-factor/reset"), &[])
        .await
        .assert_refused();
    let page = admin.get(&format!("/admin/users/{bra}")).await;
    page.assert_contains("Reset the second factor");
    let reset = admin
        .post(&format!("/admin/users/{bra}/second-factor/reset"), &[])
        .await;
    assert_eq!(reset.status, StatusCode::SEE_OTHER);
    admin
        .get(&format!("/admin/users/{bra}"))
        .await
        .assert_contains("was reset");
    // Bruna's sessions ended; her old app's codes open nothing; she enrols again.
    assert_eq!(bruna.get("/").await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) FROM recovery_codes WHERE user_id = (SELECT id FROM users WHERE email = 'member@bra.test.org')").await, 0);
    let back = app.client();
    let signed_in = back.login(BRA, PASSWORD).await;
    assert_eq!(signed_in.location(), "/", "no code asked: there is none");
    let forced = back.get("/").await;
    assert_eq!(forced.location(), "/account/mfa");
    let setup = back.get("/account/mfa").await;
    assert_ne!(secret_of(&setup.body), secret, "a new secret");
    let summaries = app.audit_actions().await;
    assert!(
        summaries
            .iter()
            .any(|(a, s)| a == "user.second_factor_reset"
                && s.contains("reset the second factor of member@bra.test.org")),
        "{summaries:?}"
    );
}

#[tokio::test]
async fn the_policy_decides_who_must_enrol() {
    // all: everyone, before any other page; signing out still works.
    let app = TestApp::spawn_with(TestSettings {
        mfa_required: MfaPolicy::All,
        ..TestSettings::default()
    })
    .await;
    for role in [
        Role::Admin,
        Role::Coordinator,
        Role::Country,
        Role::Observer,
    ] {
        let client = app.login_as(role).await;
        for path in ["/", "/account", "/contacts", "/account/password"] {
            let page = client.get(path).await;
            assert_eq!(page.location(), "/account/mfa", "{role:?} {path}");
        }
        let setup = client.get("/account/mfa").await;
        setup.assert_contains("requires a second factor");
        assert_eq!(
            client.post("/logout", &[]).await.status,
            StatusCode::SEE_OTHER
        );
    }
    let client = app.login_as(Role::Country).await;
    enrol(&client).await;
    assert_eq!(client.get("/contacts").await.status, StatusCode::OK);

    // coordinators: coordinators and administrators must, the others may.
    let app = TestApp::spawn_with(TestSettings {
        mfa_required: MfaPolicy::Coordinators,
        ..TestSettings::default()
    })
    .await;
    for (role, forced) in [
        (Role::Admin, true),
        (Role::Coordinator, true),
        (Role::Country, false),
        (Role::Observer, false),
    ] {
        let client = app.login_as(role).await;
        let home = client.get("/").await;
        if forced {
            assert_eq!(home.location(), "/account/mfa", "{role:?}");
        } else {
            assert_eq!(home.status, StatusCode::OK, "{role:?}");
            let optional = client.get("/account/mfa").await;
            assert!(
                !optional.body.contains("requires a second factor"),
                "{role:?}"
            );
        }
    }

    // none: nobody is sent to enrol; whoever enrolled still gives a code.
    let app = TestApp::spawn().await;
    for role in [
        Role::Admin,
        Role::Coordinator,
        Role::Country,
        Role::Observer,
    ] {
        let client = app.login_as(role).await;
        assert_eq!(client.get("/").await.status, StatusCode::OK, "{role:?}");
    }
    let client = app.login_as(Role::Observer).await;
    enrol(&client).await;
    let again = app.client();
    assert_eq!(
        again
            .login("observer@unodc.test.org", PASSWORD)
            .await
            .location(),
        "/login/mfa"
    );
}

#[tokio::test]
async fn visits_to_the_sign_in_page_write_nothing() {
    let app = TestApp::spawn().await;
    // Each table's number of rows, named, in one statement: a row added to one table and
    // removed from another would show too.
    let text = async |query: &str| -> String {
        use diesel::QueryableByName;
        use diesel_async::RunQueryDsl;
        #[derive(QueryableByName)]
        struct Text {
            #[diesel(sql_type = diesel::sql_types::Text)]
            text: String,
        }
        let mut conn = app.conn().await;
        let row: Text = diesel::sql_query(query)
            .get_result(&mut conn)
            .await
            .unwrap();
        row.text
    };
    let every_table = text(
        "SELECT 'SELECT concat_ws('','', ' \
           || string_agg(format('%L || (SELECT count(*) FROM %I)', tablename || '=', tablename), ', ' ORDER BY tablename) \
           || ') AS text' AS text \
         FROM pg_tables WHERE schemaname = 'public'",
    )
    .await;
    let before = text(&every_table).await;
    assert!(
        before.matches('=').count() > 30 && before.contains(",sessions=0,"),
        "{before}"
    );
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let url = format!("{}/login", app.address);
    for chunk in 0..50 {
        let requests = (0..20).map(|_| http.get(&url).send());
        for response in futures_util::future::join_all(requests).await {
            let response = response.unwrap();
            assert_eq!(response.status(), StatusCode::OK, "chunk {chunk}");
            let cookies: Vec<String> = response
                .headers()
                .get_all("set-cookie")
                .iter()
                .map(|v| v.to_str().unwrap().to_owned())
                .collect();
            assert!(
                cookies.iter().all(|c| !c.starts_with("liaison_session=")),
                "{cookies:?}"
            );
            assert!(cookies.iter().any(|c| c.starts_with("liaison_prelogin=")));
        }
    }
    assert_eq!(
        text(&every_table).await,
        before,
        "1,000 visits changed no table"
    );

    // The token belongs to its cookie: without it, or with another browser's, it is refused.
    let sign_in = async |client: &Client, token: &str| {
        let fields = [
            ("email", BRA),
            ("password", PASSWORD),
            ("csrf_token", token),
        ];
        client.post_raw("/login", &fields).await.status
    };
    let browser = app.client();
    let token = browser.csrf_token().await;
    let other = app.client();
    other.get("/login").await;
    for client in [&app.client(), &other] {
        assert_eq!(sign_in(client, &token).await, StatusCode::FORBIDDEN);
    }
    assert_eq!(sign_in(&browser, &token).await, StatusCode::SEE_OTHER);
    // A wrong password shows the form again with a token that still works.
    let retry = app.client();
    let failed = retry.login(BRA, "not the password").await;
    assert_eq!(failed.status, StatusCode::UNAUTHORIZED);
    let token = crate::helpers::extract_csrf(&failed.body).unwrap();
    assert_eq!(sign_in(&retry, &token).await, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_command_line_resets_a_second_factor_when_no_administrator_can() {
    let app = TestApp::spawn().await;
    let client = app.login_email(BRA).await;
    enrol(&client).await;
    let url = app.db_url.expose();
    let args = [
        "user",
        "reset-second-factor",
        "--email",
        "Member@BRA.test.org",
    ];
    let run = crate::cli::liaison(url, &args, None).await;
    run.assert_success();
    assert!(run.stdout.contains("was removed"), "{run:#?}");
    assert_eq!(
        client.get("/").await.status,
        StatusCode::SEE_OTHER,
        "sessions ended"
    );
    assert_eq!(app.client().login(BRA, PASSWORD).await.location(), "/");
    let summaries = app.audit_actions().await;
    assert!(
        summaries
            .iter()
            .any(|(a, s)| a == "user.second_factor_reset" && s.contains("from the command line")),
        "{summaries:?}"
    );
    let unknown = crate::cli::liaison(
        url,
        &["user", "reset-second-factor", "--email", "nobody@x.org"],
        None,
    )
    .await;
    assert_eq!(unknown.code, Some(1));
    assert!(unknown.stderr.contains("no account"), "{unknown:#?}");
}

#[tokio::test]
async fn the_sign_in_page_says_when_the_demo_turned_the_second_factor_off() {
    let notice = "a second factor is optional here";
    let demo = TestApp::spawn_with(TestSettings {
        mfa_off_for_demo: true,
        ..TestSettings::default()
    })
    .await;
    demo.client().get("/login").await.assert_contains(notice);
    let portal = TestApp::spawn().await;
    let page = portal.client().get("/login").await;
    assert!(!page.body.contains(notice), "only the demo says so");
}
