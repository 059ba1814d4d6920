//! The pages' HTML is valid. Every page a walk reaches signed out and as an administrator, and
//! the pages a failed request answers with (a form with its errors, a stale edit, a refusal, a
//! page that does not exist, an unreadable request), go through the Nu HTML Checker, the W3C's
//! validator. `scripts/test` installs it (`vnu-jar` from npm, run with Java 17 or newer);
//! `VNU_JAR` and `JAVA` point the test at other copies.

use std::path::PathBuf;
use std::process::Command;

use reqwest::StatusCode;
use uuid::Uuid;

use crate::crawl::{Found, start_pages, walk};
use crate::helpers::{Page, Role, TestApp};

fn checker() -> (PathBuf, String) {
    let jar = std::env::var_os("VNU_JAR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tools/html-check/node_modules/vnu-jar/build/dist/vnu.jar")
        });
    assert!(
        jar.is_file(),
        "the Nu HTML Checker is not at {}: run scripts/test, which installs it (or set VNU_JAR)",
        jar.display()
    );
    let java = std::env::var("JAVA").unwrap_or_else(|_| "java".to_owned());
    (jar, java)
}

/// The page, which must have answered `status`, for the checker.
fn expect(documents: &mut Vec<(String, String)>, what: &str, page: Page, status: StatusCode) {
    assert_eq!(page.status, status, "{what}: {}", page.body);
    documents.push((what.to_owned(), page.body));
}

#[tokio::test]
async fn every_page_is_valid_html() {
    let (jar, java) = checker();
    let app = TestApp::spawn().await;
    let records = app.seed_records().await;

    let mut found = Found::default();
    walk(&app.client(), &["/login".to_owned()], &mut found).await;
    let admin = app.login_as(Role::Admin).await;
    walk(&admin, &start_pages(), &mut found).await;
    let mut documents = found.documents;
    assert!(
        documents.len() > 20,
        "the walk reached {} pages",
        documents.len()
    );

    // What failures look like.
    let item = records.shared_bra;
    expect(
        &mut documents,
        "an item form with errors",
        admin
            .post(
                "/action-items",
                &[
                    ("title", ""),
                    ("due_date", "2026-02-31"),
                    ("assignees", "BRA"),
                ],
            )
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    expect(
        &mut documents,
        "a stale item edit",
        admin
            .post(
                &format!("/action-items/{item}/edit"),
                &[
                    ("title", "Changed meanwhile"),
                    ("due_date", "2031-01-31"),
                    ("priority", "high"),
                    ("visibility", "shared"),
                    ("assignees", "BRA"),
                    ("version", "0"),
                ],
            )
            .await,
        StatusCode::CONFLICT,
    );
    expect(
        &mut documents,
        "a contact form with errors",
        admin
            .post("/contacts", &[("name", ""), ("email", "not an address")])
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    expect(
        &mut documents,
        "a contact form with a number and hours out of range",
        admin
            .post(
                "/contacts",
                &[
                    ("name", "Night desk"),
                    ("escalation_order", "1e309"),
                    ("availability", "hours"),
                    ("mon_start", "25:61"),
                    ("mon_end", "99:00"),
                ],
            )
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    expect(
        &mut documents,
        "a shift with times out of range",
        admin
            .post(
                "/orgs/BRA/duty",
                &[
                    ("contact", &records.bra_contact.to_string()),
                    ("starts_at", "2026-13-01T25:00"),
                    ("ends_at", "yesterday"),
                ],
            )
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    expect(
        &mut documents,
        "an absence with dates out of range",
        admin
            .post(
                &format!("/contacts/{}/absences", records.bra_contact),
                &[("starts_on", "0000-00-00"), ("ends_on", "2026-02-30")],
            )
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    expect(
        &mut documents,
        "filters that cannot be read",
        admin
            .get("/action-items?due_by=2026-02-31&status=nonsense")
            .await,
        StatusCode::OK,
    );
    expect(
        &mut documents,
        "audit filters that cannot be read",
        admin.get("/audit?from=31.12.2026&to=275760-09-13").await,
        StatusCode::OK,
    );
    expect(
        &mut documents,
        "an account form with errors",
        admin
            .post(
                "/admin/users",
                &[("email", "nobody"), ("password", "short")],
            )
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
    );
    expect(
        &mut documents,
        "a page that does not exist",
        admin
            .get(&format!("/action-items/{}", Uuid::now_v7()))
            .await,
        StatusCode::NOT_FOUND,
    );
    expect(
        &mut documents,
        "an unreadable request",
        admin.get("/audit?actor=%00").await,
        StatusCode::BAD_REQUEST,
    );
    let observer = app.login_as(Role::Observer).await;
    expect(
        &mut documents,
        "a refusal",
        observer.get("/contacts/new").await,
        StatusCode::FORBIDDEN,
    );
    expect(
        &mut documents,
        "a sign-in that failed",
        app.client()
            .login("someone@example.org", "not the password")
            .await,
        StatusCode::UNAUTHORIZED,
    );

    let dir = std::env::temp_dir().join(format!("liaison-markup-{}", Uuid::now_v7()));
    std::fs::create_dir_all(&dir).unwrap();
    for (n, (_, body)) in documents.iter().enumerate() {
        std::fs::write(dir.join(format!("{n:03}.html")), body).unwrap();
    }
    let output = Command::new(&java)
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "json", "--exit-zero-always"])
        .arg(&dir)
        .output()
        .unwrap_or_else(|e| panic!("{java} does not run ({e}): scripts/test installs Java"));
    let _ = std::fs::remove_dir_all(&dir);
    let report: serde_json::Value = serde_json::from_slice(&output.stderr).unwrap_or_else(|e| {
        panic!(
            "the checker's report is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let errors: Vec<String> = report["messages"]
        .as_array()
        .expect("a list of messages")
        .iter()
        .map(|m| {
            let file = m["url"].as_str().unwrap_or_default();
            let n: usize = file
                .rsplit('/')
                .next()
                .and_then(|f| f.strip_suffix(".html"))
                .and_then(|f| f.parse().ok())
                .unwrap_or(usize::MAX);
            let page = documents.get(n).map_or(file, |(what, _)| what.as_str());
            format!(
                "{page}, line {}: {} ({})",
                m["lastLine"],
                m["message"].as_str().unwrap_or_default(),
                m["extract"].as_str().unwrap_or_default().trim()
            )
        })
        .collect();
    eprintln!("markup: {} pages checked", documents.len());
    assert!(
        errors.is_empty(),
        "{} errors in the HTML:\n{}",
        errors.len(),
        errors.join("\n")
    );
}
