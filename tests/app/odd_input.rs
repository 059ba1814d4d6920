//! Odd input at every door. The test walks every page it can reach by links — signed out and
//! as an administrator, who sees every form — and collects each form and each link with a
//! query string. Then it sends each of them again with one field at a time replaced by what no
//! person types: NUL and other control characters, text far too long, bytes that are not
//! UTF-8, broken percent-encoding, numbers and dates out of range; with a field given twice or
//! left out; and with each path parameter replaced the same way. The answer may be the form
//! again, 400, 404 or 409, but never a 5xx and never a dropped connection.
//!
//! The forms come from the pages, not from a list here, and every POST route the application
//! serves must have been found on one: a new area's forms are tried from their first commit.

use std::collections::{BTreeMap, BTreeSet};

use liaison::web::routes::route_specs;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::StatusCode;
use reqwest::header::CONTENT_TYPE;
use url::form_urlencoded::byte_serialize;
use uuid::Uuid;

use crate::crawl::{Found, Request, start_pages, walk};
use crate::helpers::{Client, PASSWORD, Role, TestApp, TestSettings};

/// A field's value as sent: text, encoded as a browser would, or bytes already encoded and
/// sent verbatim (broken on purpose).
#[derive(Clone, Debug)]
enum Value {
    Text(String),
    Raw(&'static str),
}

impl Value {
    fn encoded_for_form(&self) -> String {
        match self {
            Value::Text(text) => byte_serialize(text.as_bytes()).collect(),
            Value::Raw(raw) => (*raw).to_owned(),
        }
    }

    fn encoded_for_path(&self) -> String {
        match self {
            Value::Text(text) => utf8_percent_encode(text, NON_ALPHANUMERIC).to_string(),
            Value::Raw(raw) => (*raw).to_owned(),
        }
    }
}

/// What replaces one value, each named for the report.
fn odd_values(limit_breaker: bool) -> Vec<(&'static str, Value)> {
    use Value::{Raw, Text};
    let mut values = vec![
        ("a NUL byte", Text("BRA\0".to_owned())),
        ("only a NUL byte", Text("\0".to_owned())),
        (
            "an escape sequence and a bell",
            Text("\u{1b}[2J\u{7}".to_owned()),
        ),
        (
            "a bidi override and a BOM",
            Text("\u{202e}\u{feff}abc".to_owned()),
        ),
        ("2,000 Thai characters", Text("ก".repeat(2_000))),
        ("20,000 characters", Text("x".repeat(20_000))),
        ("bytes that are not UTF-8", Raw("%C3%28%FF")),
        ("an encoded surrogate", Raw("%ED%A0%80")),
        ("broken percent-encoding", Raw("%zz%")),
        ("a huge number", Text("99999999999999999999".to_owned())),
        ("one past i32", Text("2147483648".to_owned())),
        ("below i32", Text("-2147483649".to_owned())),
        ("not a number", Text("NaN".to_owned())),
        ("past f64", Text("1e309".to_owned())),
        ("year 0", Text("0000-01-01".to_owned())),
        ("year 275760", Text("275760-09-13".to_owned())),
        ("a negative year", Text("-0001-01-01".to_owned())),
        ("31 February", Text("2026-02-31".to_owned())),
        ("hour 25", Text("2026-12-03T25:61".to_owned())),
        (
            "a time zone that is not one",
            Text("Mars/Olympus_Mons".to_owned()),
        ),
        ("an empty value", Text(String::new())),
        ("spaces", Text("   ".to_owned())),
    ];
    if limit_breaker {
        values.push(("more than the body limit", Text("y".repeat(300_000))));
    }
    values
}

/// One spoiled request, ready to send.
struct Attempt {
    description: String,
    method: &'static str,
    path: String,
    body: String,
    content_type: &'static str,
}

/// Every way to spoil `request`: each field replaced, given twice, left out; each path
/// parameter replaced; for a form, a body that is not a form.
fn attempts(request: &Request) -> Vec<Attempt> {
    let is_post = request.method == "POST";
    let base: Vec<(String, Value)> = request
        .fields
        .iter()
        .map(|(n, v)| (n.clone(), Value::Text(v.clone())))
        .collect();
    let encode = |fields: &[(String, Value)]| -> String {
        fields
            .iter()
            .map(|(name, value)| {
                format!(
                    "{}={}",
                    byte_serialize(name.as_bytes()).collect::<String>(),
                    value.encoded_for_form()
                )
            })
            .collect::<Vec<_>>()
            .join("&")
    };
    let attempt = |description: String, path: String, fields: &[(String, Value)]| {
        let encoded = encode(fields);
        if is_post {
            Attempt {
                description,
                method: "POST",
                path,
                body: encoded,
                content_type: "application/x-www-form-urlencoded",
            }
        } else {
            Attempt {
                description,
                method: "GET",
                path: format!("{path}?{encoded}"),
                body: String::new(),
                content_type: "",
            }
        }
    };
    let mut out = Vec::new();
    for (index, (name, _)) in base.iter().enumerate() {
        for (what, value) in odd_values(is_post) {
            let mut fields = base.clone();
            fields[index].1 = value;
            out.push(attempt(
                format!("{name} = {what}"),
                request.path.clone(),
                &fields,
            ));
        }
        let mut twice = base.clone();
        twice.push((name.clone(), Value::Text("\0 and again".to_owned())));
        out.push(attempt(
            format!("{name} twice, the second with a NUL"),
            request.path.clone(),
            &twice,
        ));
        let mut twice = base.clone();
        twice.push((name.clone(), Value::Text("another value".to_owned())));
        out.push(attempt(
            format!("{name} twice"),
            request.path.clone(),
            &twice,
        ));
        let without: Vec<_> = base.iter().filter(|(n, _)| n != name).cloned().collect();
        out.push(attempt(
            format!("without {name}"),
            request.path.clone(),
            &without,
        ));
    }
    let mut unknown = base.clone();
    unknown.push(("\0name".to_owned(), Value::Raw("%00")));
    out.push(attempt(
        "a field named with a NUL".to_owned(),
        request.path.clone(),
        &unknown,
    ));
    out.push(attempt(
        "nothing but separators".to_owned(),
        request.path.clone(),
        &[("&&=&".to_owned(), Value::Raw("=%"))],
    ));
    out.extend(
        spoiled_paths(request.pattern, &request.path)
            .into_iter()
            .map(|(what, path)| attempt(format!("path with {what}"), path, &base)),
    );
    if is_post {
        out.push(Attempt {
            description: "a body that is JSON".to_owned(),
            method: "POST",
            path: request.path.clone(),
            body: "{\"title\": \"\\u0000\"}".to_owned(),
            content_type: "application/json",
        });
    }
    out
}

/// `path` with each of its parameters (the segments `pattern` leaves open) spoiled in turn.
fn spoiled_paths(pattern: &str, path: &str) -> Vec<(String, String)> {
    let patterns: Vec<&str> = pattern.split('/').collect();
    let parts: Vec<&str> = path.split('/').collect();
    let mut out = Vec::new();
    for (index, segment) in patterns.iter().enumerate() {
        let Some(open) = segment.find('{') else {
            continue;
        };
        let close = segment.find('}').unwrap_or(segment.len() - 1);
        let (prefix, suffix) = (&segment[..open], &segment[close + 1..]);
        for (what, value) in odd_values(false)
            .into_iter()
            .filter(|(what, _)| !what.contains("20,000"))
            .chain([
                ("a UUID of nothing", Value::Text(Uuid::now_v7().to_string())),
                ("a dot-dot", Value::Raw("..")),
                ("an encoded slash", Value::Raw("%2F..%2F..")),
                ("a lowercase code", Value::Text("bra".to_owned())),
            ])
        {
            let mut spoiled = parts.clone();
            let replaced = format!("{prefix}{}{suffix}", value.encoded_for_path());
            spoiled[index] = &replaced;
            out.push((
                format!("{{{}}} = {what}", &segment[open + 1..close]),
                spoiled.join("/"),
            ));
        }
    }
    out
}

/// Forms whose success would lock the walk's own account or organisation out; they are still
/// tried on every other record that offers them.
fn acts_on_the_walker(request: &Request, own: &[String]) -> bool {
    own.iter().any(|id| request.path.contains(id.as_str()))
}

/// A destructive form goes last, so that the records it removes are tried first.
fn is_destructive(request: &Request) -> bool {
    ["/delete", "/deactivate", "/revoke", "/password", "/logout"]
        .iter()
        .any(|end| request.path.ends_with(end))
}

async fn send(client: &Client, attempt: &Attempt) -> Result<StatusCode, String> {
    let request = || {
        let url = client.url(&attempt.path);
        match attempt.method {
            "POST" => {
                let mut builder = client.http.post(url).body(attempt.body.clone());
                if !attempt.content_type.is_empty() {
                    builder = builder.header(CONTENT_TYPE, attempt.content_type);
                }
                builder
            }
            _ => client.http.get(url),
        }
    };
    // A pooled connection the server closed as it was reused (after an answer that left a
    // body unread) fails before any byte of the request is answered: sent again, on a new
    // connection, the same request must then be answered. An input that breaks the server
    // fails both times.
    let sent = match request().send().await {
        Err(error) if !error.is_timeout() => request().send().await,
        sent => sent,
    };
    match sent {
        Ok(response) => {
            let status = response.status();
            let _ = response.bytes().await;
            Ok(status)
        }
        Err(error) => {
            let cause = std::error::Error::source(&error)
                .map(|c| format!(" ({c})"))
                .unwrap_or_default();
            Err(format!("no answer: {error}{cause}"))
        }
    }
}

/// Who sends a request found on the pages: whoever's walk found it first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Walker {
    Anonymous,
    Admin,
    Country,
}

#[tokio::test]
async fn no_input_from_any_form_or_filter_makes_a_server_error() {
    let app = TestApp::spawn_with(TestSettings {
        // Hundreds of wrong sign-ins are part of the test, not an attack to stop.
        login_max_failures: 100_000,
        login_max_failures_per_ip: 100_000,
        ..TestSettings::default()
    })
    .await;
    let records = app.seed_records().await;
    let admin_email = Role::Admin.email().expect("an account");
    // The administrator's own account and organisation, and a second session of theirs to
    // revoke; the rest of the fixture accounts are fair game.
    let admin_id = app.user_id(admin_email).await.to_string();
    let _second_session = app.login_as(Role::Admin).await;
    app.sql(&format!(
        "INSERT INTO contact_absences (id, contact_id, starts_on, ends_on)
         VALUES ('{}', '{}', current_date + 1, current_date + 3)",
        Uuid::now_v7(),
        records.bra_contact
    ))
    .await;
    // A deactivated account and organisation, so that the forms to activate them show.
    app.sql("UPDATE users SET active = false WHERE email = 'member@tza.test.org'")
        .await;
    app.sql("UPDATE organisations SET active = false WHERE code = 'UNODC'")
        .await;

    let anonymous = app.client();
    let admin = app.login_as(Role::Admin).await;
    let mut found = Found::default();
    walk(&anonymous, &["/login".to_owned()], &mut found).await;
    let anonymous_requests: BTreeSet<_> = found.requests.keys().cloned().collect();
    // A calendar feed of the administrator's, so that /account offers to revoke it; its URL is
    // shown once, when it is made, and no page links to it.
    let feed = crate::meetings::feed_path(&admin.post("/account/calendar-feed", &[]).await);
    // A coordinator with a second factor: the administrator's page of that account offers the
    // reset, its own page new recovery codes, and its password alone leads to the code's form.
    let coordinator = app.login_as(Role::Coordinator).await;
    crate::mfa::enrol(&coordinator).await;
    walk(&admin, &start_pages(), &mut found).await;
    walk(&coordinator, &["/account/mfa".to_owned()], &mut found).await;
    let waiting = app.client();
    let step_one = waiting
        .login(Role::Coordinator.email().unwrap(), PASSWORD)
        .await;
    assert_eq!(step_one.location(), "/login/mfa");
    walk(&waiting, &["/login/mfa".to_owned()], &mut found).await;
    walk(&anonymous, &[feed], &mut found).await;
    let admin_requests: BTreeSet<_> = found.requests.keys().cloned().collect();
    // Some forms only the traveller's country sees (acknowledging a referral, its outcome):
    // Brazil's member walks from its referral, and sends what the administrator could not.
    let country = app.login_as(Role::Country).await;
    let acknowledged = app
        .file_referral("BR", "Beatriz Acknowledged", Some("FB300099"))
        .await;
    let answered = country
        .post(
            &format!("/referrals/{acknowledged}/acknowledge"),
            &[("estimate", "60"), ("version", "1")],
        )
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
    walk(
        &country,
        &[
            format!("/referrals/{}", records.bra_referral),
            format!("/referrals/{acknowledged}"),
        ],
        &mut found,
    )
    .await;

    // Every POST route was found on a page; every GET route with parameters was reached.
    let posted: BTreeSet<&str> = found
        .requests
        .values()
        .filter(|r| r.method == "POST")
        .map(|r| r.pattern)
        .collect();
    let unreached: Vec<String> = route_specs()
        .into_iter()
        .filter(|r| match r.method.as_str() {
            "POST" => !posted.contains(r.path),
            _ => r.path.contains('{') && !found.pages.contains_key(r.path),
        })
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert!(
        unreached.is_empty(),
        "routes no page leads to (seed a record that shows them): {unreached:?}"
    );

    let own = [admin_id, "/admin/orgs/ATPC/".to_owned()];
    let walker_of = |key| {
        if anonymous_requests.contains(key) {
            Walker::Anonymous
        } else if admin_requests.contains(key) {
            Walker::Admin
        } else {
            Walker::Country
        }
    };
    let mut requests: Vec<(Walker, Request)> = found
        .requests
        .iter()
        .filter(|(_, r)| !acts_on_the_walker(r, &own))
        .map(|(key, r)| (walker_of(key), r.clone()))
        .collect();
    // GET paths with parameters, spoiled on their own (a detail page, an export).
    for (pattern, path) in &found.pages {
        if pattern.contains('{') {
            requests.push((
                Walker::Admin,
                Request {
                    method: "GET",
                    pattern,
                    path: path.clone(),
                    fields: Vec::new(),
                },
            ));
        }
    }
    requests.sort_by_key(|(_, r)| is_destructive(r));

    let mut failures: Vec<String> = Vec::new();
    let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
    let mut admin = admin;
    for (walker, request) in &requests {
        let client = match walker {
            Walker::Anonymous => &anonymous,
            Walker::Admin => &admin,
            Walker::Country => &country,
        };
        for attempt in attempts(request) {
            match send(client, &attempt).await {
                Ok(status) => {
                    *statuses.entry(status.as_u16()).or_default() += 1;
                    if status.is_server_error() {
                        failures.push(format!(
                            "{} {} ({}): {status}",
                            attempt.method, request.pattern, attempt.description
                        ));
                    }
                }
                Err(error) => failures.push(format!(
                    "{} {} ({}): {error}",
                    attempt.method, request.pattern, attempt.description
                )),
            }
        }
        // A form that signed the administrator out (a session or the organisation of this
        // walk) would leave the rest untried: sign in again and go on.
        if *walker == Walker::Admin && admin.get("/").await.status != StatusCode::OK {
            admin = app.client();
            let page = admin.login(admin_email, PASSWORD).await;
            assert_eq!(
                page.status,
                StatusCode::SEE_OTHER,
                "after {} the administrator can sign in again",
                request.pattern
            );
        }
    }
    let sent: usize = statuses.values().sum();
    eprintln!(
        "odd input: {} forms and filters, {sent} requests, answers {statuses:?}",
        requests.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {sent} odd requests failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(admin.get("/healthz").await.status, StatusCode::OK);
}
