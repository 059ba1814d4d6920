//! A user's own account: password change, sessions, time zone, forced password change.

use reqwest::StatusCode;

use crate::helpers::{PASSWORD, Role, TZA_EMAIL, TestApp};

const BRA: &str = "member@bra.test.org";
const NEW_PASSWORD: &str = "mango sticky rice at noon";

#[tokio::test]
async fn the_account_page_shows_who_i_am_and_my_sessions() {
    let app = TestApp::spawn().await;
    let phone = app.login_as(Role::Country).await;
    let laptop = app.login_as(Role::Country).await;
    let page = laptop.get("/account").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Bruna Member");
    page.assert_contains("member@bra.test.org");
    page.assert_contains("Embassy of Brazil");
    page.assert_contains("Sign out (this browser)");
    assert_eq!(
        page.body.matches("/revoke\"").count(),
        2,
        "both sessions are listed"
    );
    page.assert_contains("127.0.0.1");
    assert_eq!(phone.get("/").await.status, StatusCode::OK);
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_a_good_new_one() {
    let app = TestApp::spawn().await;
    let client = app.login_as(Role::Country).await;
    let cases: [(&str, &str, &str, &str); 5] = [
        (
            "wrong current password",
            NEW_PASSWORD,
            NEW_PASSWORD,
            "This is not your current password.",
        ),
        (
            PASSWORD,
            "too short",
            "too short",
            "Use at least 12 characters",
        ),
        (
            PASSWORD,
            "passwordpassword",
            "passwordpassword",
            "commonly used passwords",
        ),
        (
            PASSWORD,
            NEW_PASSWORD,
            "something else entirely",
            "The two new passwords differ",
        ),
        (
            PASSWORD,
            PASSWORD,
            PASSWORD,
            "different from the current one",
        ),
    ];
    for (current, new, confirm, message) in cases {
        let page = client
            .post(
                "/account/password",
                &[
                    ("current_password", current),
                    ("new_password", new),
                    ("confirm_password", confirm),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{message}");
        page.assert_contains(message);
        page.assert_contains("aria-invalid=\"true\"");
    }
    // Nothing changed: the old password still signs in.
    assert_eq!(
        app.client().login(BRA, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn changing_the_password_signs_out_every_other_session() {
    let app = TestApp::spawn().await;
    let other = app.login_as(Role::Country).await;
    let client = app.login_as(Role::Country).await;
    let old_cookie = client.session_cookie().unwrap();
    let page = client
        .post(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", NEW_PASSWORD),
                ("confirm_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), "/account");
    assert_ne!(
        client.session_cookie().unwrap(),
        old_cookie,
        "this browser gets a fresh session"
    );
    let account = client.get("/account").await;
    assert_eq!(account.status, StatusCode::OK);
    account.assert_contains("Your password was changed.");
    assert_eq!(
        other.get("/").await.status,
        StatusCode::SEE_OTHER,
        "the other session ended"
    );
    assert_eq!(
        app.client().login(BRA, PASSWORD).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.client().login(BRA, NEW_PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'account.password_changed'")
            .await,
        1
    );
}

#[tokio::test]
async fn i_can_sign_out_one_of_my_sessions_but_not_someone_elses() {
    let app = TestApp::spawn().await;
    let lost_phone = app.login_as(Role::Country).await;
    let client = app.login_as(Role::Country).await;
    let tza = app.login_as(Role::Admin).await;
    let _ = tza;
    let phone_session: uuid::Uuid = {
        use diesel::{ExpressionMethods, QueryDsl};
        use diesel_async::RunQueryDsl;
        use liaison::schema::sessions;
        let mut conn = app.conn().await;
        let me = app.user_id(BRA).await;
        let ids: Vec<uuid::Uuid> = sessions::table
            .filter(sessions::user_id.eq(me))
            .order(sessions::created_at.asc())
            .select(sessions::id)
            .load(&mut conn)
            .await
            .unwrap();
        ids[0]
    };
    let admin_session: uuid::Uuid = {
        use diesel::{ExpressionMethods, QueryDsl};
        use diesel_async::RunQueryDsl;
        use liaison::schema::sessions;
        let mut conn = app.conn().await;
        let admin = app.user_id("admin@atpc.test.org").await;
        sessions::table
            .filter(sessions::user_id.eq(admin))
            .select(sessions::id)
            .first(&mut conn)
            .await
            .unwrap()
    };

    let not_mine = client
        .post(&format!("/account/sessions/{admin_session}/revoke"), &[])
        .await;
    assert_eq!(not_mine.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.count("SELECT count(*) FROM sessions WHERE user_id IS NOT NULL")
            .await,
        3
    );

    let revoked = client
        .post(&format!("/account/sessions/{phone_session}/revoke"), &[])
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    assert_eq!(lost_phone.get("/").await.status, StatusCode::SEE_OTHER);
    assert_eq!(client.get("/").await.status, StatusCode::OK);
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'account.session_revoked'")
            .await,
        1
    );
}

#[tokio::test]
async fn times_are_shown_in_my_time_zone() {
    let app = TestApp::spawn().await;
    let client = app.login_as(Role::Coordinator).await;
    let bad = client
        .post("/account/time-zone", &[("time_zone", "Mars/Olympus_Mons")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains("Choose a time zone from the list");

    let audit = client.get("/audit").await;
    audit.assert_contains("GMT+7");
    let saved = client
        .post("/account/time-zone", &[("time_zone", "America/Sao_Paulo")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let audit = client.get("/audit").await;
    audit.assert_contains("GMT-3");
    audit.assert_contains("Times are shown in America/Sao_Paulo");
}

#[tokio::test]
async fn a_temporary_password_must_be_changed_before_anything_else() {
    let app = TestApp::spawn().await;
    let admin = app.login_as(Role::Admin).await;
    let tza = app.user_id(TZA_EMAIL).await;
    let temporary = "temporary pass for tanzania";
    let reset = admin
        .post(
            &format!("/admin/users/{tza}/password"),
            &[("password", temporary)],
        )
        .await;
    assert_eq!(reset.status, StatusCode::SEE_OTHER);

    let member = app.client();
    assert_eq!(
        member.login(TZA_EMAIL, PASSWORD).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        member.login(TZA_EMAIL, temporary).await.status,
        StatusCode::SEE_OTHER
    );
    let home = member.get("/").await;
    assert_eq!(home.status, StatusCode::SEE_OTHER);
    assert_eq!(home.location(), "/account/password");
    assert_eq!(member.get("/orgs").await.location(), "/account/password");
    let form = member.get("/account/password").await;
    form.assert_contains("An administrator set a temporary password");

    let changed = member
        .post(
            "/account/password",
            &[
                ("current_password", temporary),
                ("new_password", NEW_PASSWORD),
                ("confirm_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    assert_eq!(member.get("/").await.status, StatusCode::OK);
}
