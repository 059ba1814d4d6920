//! The interface in every language: each page a role may open reads in each of them, with
//! the right `lang` and `dir`; the choice is kept with the account and audited; signed-out
//! visitors get their browser's language or the switcher's.

use liaison::i18n::{Lang, MISSING_MARK, Msg, text};
use reqwest::StatusCode;

use crate::authz_matrix;
use crate::helpers::{Client, Page, Role, TestApp, into_page};

/// What a page in `lang` must show: its language and direction on `<html>`, and no message
/// that failed (a missing id, an argument the code did not pass).
fn check_language(page: &Page, lang: Lang, what: &str, problems: &mut Vec<String>) {
    let html = format!("<html lang=\"{}\" dir=\"{}\">", lang.code(), lang.dir());
    if !page.body.contains(&html) {
        problems.push(format!("{what} in {lang}: no {html}"));
    }
    if page.body.contains(MISSING_MARK) {
        problems.push(format!("{what} in {lang}: a missing message"));
    }
    if page.body.contains("{$") || page.body.contains("{ $") {
        problems.push(format!("{what} in {lang}: an argument left unfilled"));
    }
}

async fn choose(client: &Client, lang: &str) {
    let saved = client
        .post("/account/language", &[("language", lang)])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
}

async fn get_with_accept_language(client: &Client, path: &str, accept: &str) -> Page {
    let response = client
        .http
        .get(client.url(path))
        .header("accept-language", accept)
        .send()
        .await
        .unwrap();
    into_page(response).await
}

#[tokio::test]
async fn every_page_of_the_matrix_reads_in_every_language() {
    let app = TestApp::spawn().await;
    let rows = authz_matrix::rows(&app).await;
    let mut problems = Vec::new();
    let mut rendered = 0;
    for (index, role) in Role::ALL.iter().enumerate() {
        if *role == Role::Anonymous {
            continue;
        }
        let client = app.login_as(*role).await;
        for lang in Lang::ALL {
            choose(&client, lang.code()).await;
            for row in rows
                .iter()
                .filter(|r| r.method == "GET" && r.expected[index] == 200)
            {
                let page = client.get(&row.path).await;
                let html = page
                    .headers
                    .get("content-type")
                    .is_some_and(|v| v.to_str().unwrap_or("").starts_with("text/html"));
                if page.status != StatusCode::OK {
                    problems.push(format!(
                        "{} as {role:?} in {lang}: {}",
                        row.path, page.status
                    ));
                } else if html {
                    check_language(&page, lang, &row.path, &mut problems);
                    rendered += 1;
                }
            }
        }
    }
    // Signed out: the sign-in page and an error page, by the browser's language.
    let visitor = app.client();
    for lang in Lang::ALL {
        for path in ["/login", "/no-such-page"] {
            let page = get_with_accept_language(&visitor, path, lang.code()).await;
            check_language(&page, lang, path, &mut problems);
        }
    }
    assert!(rendered > 100, "only {rendered} pages rendered");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn a_chosen_language_is_kept_with_the_account_audited_and_shown_everywhere() {
    let app = TestApp::spawn().await;
    let member = app.login_as(Role::Country).await;
    choose(&member, "th").await;

    let dashboard = member.get("/").await;
    dashboard.assert_contains("<html lang=\"th\" dir=\"ltr\">");
    dashboard.assert_contains(&text(Lang::Th, "nav-dashboard"));
    // The confirmation is in the language just chosen.
    let saved = Msg::new("account-language-saved").arg("language", Lang::Th.autonym());
    dashboard.assert_contains(&saved.text(Lang::Th));
    assert_eq!(
        app.count("SELECT count(*) FROM audit_events WHERE action = 'account.language_changed'")
            .await,
        1
    );

    // Another browser of the same account reads Thai too, whatever it asks for.
    let elsewhere = app.login_as(Role::Country).await;
    let page = get_with_accept_language(&elsewhere, "/account", "fr").await;
    page.assert_contains("<html lang=\"th\"");

    // A field error is written in the reader's language.
    let refused = member
        .post(
            "/account/password",
            &[
                ("current_password", ""),
                ("new_password", "x"),
                ("confirm_password", "x"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains(&text(Lang::Th, "account-current-password-missing"));

    // Arabic pages run right to left.
    choose(&member, "ar").await;
    member
        .get("/contacts")
        .await
        .assert_contains("<html lang=\"ar\" dir=\"rtl\">");

    // Back to the browser's language.
    choose(&member, "").await;
    let page = get_with_accept_language(&member, "/", "pt-BR,pt;q=0.9").await;
    page.assert_contains("<html lang=\"pt-BR\"");

    // A code we do not have is refused and changes nothing.
    let unknown = member
        .post("/account/language", &[("language", "xx")])
        .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        app.count("SELECT count(*) FROM users WHERE language IS NOT NULL")
            .await,
        0
    );
    // Signing out clears the browser's cookies; the chosen language goes on to the sign-in page.
    choose(&member, "ar").await;
    let out = member.post("/logout", &[]).await;
    assert_eq!(out.location(), "/login?signed_out=1&lang=ar");
    let page = get_with_accept_language(&member, out.location(), "fr").await;
    page.assert_contains("<html lang=\"ar\" dir=\"rtl\">");
    page.assert_contains(&text(Lang::Ar, "auth-signed-out"));
}

#[tokio::test]
async fn signed_out_visitors_read_their_browsers_language_or_the_switchers() {
    let app = TestApp::spawn().await;
    let visitor = app.client();
    let page = get_with_accept_language(&visitor, "/login", "ru-RU,ru;q=0.9,en;q=0.5").await;
    page.assert_contains("<html lang=\"ru\" dir=\"ltr\">");
    page.assert_contains(&text(Lang::Ru, "auth-heading"));
    // The switcher offers every language by its own name, as plain links.
    for lang in Lang::ALL {
        page.assert_contains(&format!("href=\"/login?lang={}\"", lang.code()));
        page.assert_contains(lang.autonym());
    }
    // A language nobody here reads falls back to English.
    let page = get_with_accept_language(&visitor, "/login", "de-DE,de;q=0.9").await;
    page.assert_contains("<html lang=\"en\"");

    // The switcher's choice is kept for the next pages, over the browser's.
    let chosen = visitor.get("/login?lang=ar").await;
    chosen.assert_contains("<html lang=\"ar\" dir=\"rtl\">");
    let cookie = chosen
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.starts_with("liaison_lang=ar"));
    assert!(cookie, "the switcher sets its cookie");
    let later = get_with_accept_language(&visitor, "/login", "ru").await;
    later.assert_contains("<html lang=\"ar\"");

    // A wrong password is refused in the visitor's language.
    let refused = visitor.login("nobody@example.org", "wrong password").await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    refused.assert_contains(&text(Lang::Ar, "auth-bad-credentials"));

    // Keeping `next` through the switcher.
    let page = visitor.get("/login?next=%2Fcontacts").await;
    page.assert_contains("href=\"/login?lang=th&#38;next=%2Fcontacts\"");
}
