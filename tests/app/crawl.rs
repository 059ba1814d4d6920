//! A walk through the site as a browser would take it: every page reachable by links from a
//! start, each form and each link with a query string on them, and the pages' HTML. The tests
//! of odd input and of valid markup read the pages this way rather than from a list, so a new
//! area's pages are covered from their first commit.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use liaison::web::routes::route_specs;
use reqwest::StatusCode;
use reqwest::header::CONTENT_TYPE;
use scraper::{ElementRef, Html, Selector};

use crate::helpers::{Client, path_matches};

/// A form or a link with a query, as found on a page.
#[derive(Clone, Debug)]
pub struct Request {
    pub method: &'static str,
    /// The route it reaches, e.g. `/contacts/{id}/edit`.
    pub pattern: &'static str,
    pub path: String,
    pub fields: Vec<(String, String)>,
}

impl Request {
    pub fn key(&self) -> (String, &'static str, BTreeSet<String>) {
        let names = self.fields.iter().map(|(n, _)| n.clone()).collect();
        (self.method.to_owned(), self.pattern, names)
    }
}

/// The route a concrete path belongs to: among matching patterns, the one with the fewest
/// parameters (`/contacts/new` before `/contacts/{id}`).
pub fn pattern_of(method: &str, path: &str) -> Option<&'static str> {
    route_specs()
        .into_iter()
        .filter(|r| r.method.as_str() == method && path_matches(r.path, path))
        .min_by_key(|r| r.path.matches('{').count())
        .map(|r| r.path)
}

/// The fields a form sends as the page renders it: inputs with their values, the checked
/// boxes (or the first, so the field is there to be spoiled), the selected options.
fn form_fields(form: ElementRef) -> Vec<(String, String)> {
    let controls = Selector::parse("input[name], select[name], textarea[name], button[name]")
        .expect("a selector");
    let option = Selector::parse("option").expect("a selector");
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut unchecked: BTreeMap<String, String> = BTreeMap::new();
    for control in form.select(&controls) {
        let element = control.value();
        if element.attr("disabled").is_some() {
            continue;
        }
        let name = element.attr("name").unwrap_or_default().to_owned();
        let value = element.attr("value").unwrap_or_default().to_owned();
        match (element.name(), element.attr("type").unwrap_or("text")) {
            ("input", "checkbox" | "radio") => {
                if element.attr("checked").is_some() {
                    fields.push((name, value));
                } else {
                    unchecked.entry(name).or_insert(value);
                }
            }
            ("input", "submit") | ("button", _) => {
                if !fields.iter().any(|(n, _)| *n == name) {
                    fields.push((name, value));
                }
            }
            ("select", _) => {
                let options: Vec<ElementRef> = control.select(&option).collect();
                let selected = options
                    .iter()
                    .filter(|o| o.value().attr("selected").is_some())
                    .collect::<Vec<_>>();
                let chosen = if selected.is_empty() {
                    options.first().into_iter().collect()
                } else {
                    selected
                };
                for o in chosen {
                    let value = o
                        .value()
                        .attr("value")
                        .map(str::to_owned)
                        .unwrap_or_else(|| o.text().collect());
                    fields.push((name.clone(), value));
                }
            }
            ("textarea", _) => fields.push((name, control.text().collect())),
            _ => fields.push((name, value)),
        }
    }
    for (name, value) in unchecked {
        if !fields.iter().any(|(n, _)| *n == name) {
            fields.push((name, value));
        }
    }
    fields
}

/// Splits `/path?a=1&b=2` into the path and its fields.
fn split_query(href: &str) -> (String, Vec<(String, String)>) {
    let href = href.split('#').next().unwrap_or(href);
    match href.split_once('?') {
        Some((path, query)) => (
            path.to_owned(),
            url::form_urlencoded::parse(query.as_bytes())
                .map(|(n, v)| (n.into_owned(), v.into_owned()))
                .collect(),
        ),
        None => (href.to_owned(), Vec::new()),
    }
}

/// What a walk through the pages found.
#[derive(Default)]
pub struct Found {
    /// One request per route and set of field names.
    pub requests: BTreeMap<(String, &'static str, BTreeSet<String>), Request>,
    /// A concrete path seen for each GET route, to spoil its parameters.
    pub pages: BTreeMap<&'static str, String>,
    /// The HTML of the first page of each route and query shape, with its address.
    pub documents: Vec<(String, String)>,
}

/// Where a signed-in walk starts: the dashboard and every page whose address has no
/// parameter, so that pages no link leads to are read too.
pub fn start_pages() -> Vec<String> {
    std::iter::once("/".to_owned())
        .chain(
            route_specs()
                .into_iter()
                .filter(|r| r.method.as_str() == "GET" && !r.path.contains('{'))
                .map(|r| r.path.to_owned()),
        )
        .collect()
}

/// Follows every link from `start` (at most eight pages per route and query shape), reading
/// the forms and links of each page.
pub async fn walk(client: &Client, start: &[String], found: &mut Found) {
    let links = Selector::parse("a[href], link[href]").expect("a selector");
    let forms = Selector::parse("form").expect("a selector");
    let mut queue: VecDeque<String> = start.iter().cloned().collect();
    let mut visited: BTreeSet<String> = BTreeSet::new();
    let mut per_shape: BTreeMap<(&'static str, BTreeSet<String>), usize> = BTreeMap::new();
    while let Some(href) = queue.pop_front() {
        if !visited.insert(href.clone()) || visited.len() > 400 {
            continue;
        }
        let (path, query) = split_query(&href);
        let Some(pattern) = pattern_of("GET", &path) else {
            continue;
        };
        let shape = (pattern, query.iter().map(|(n, _)| n.clone()).collect());
        let seen = per_shape.entry(shape).or_default();
        *seen += 1;
        if *seen > 8 {
            continue;
        }
        found.pages.entry(pattern).or_insert_with(|| path.clone());
        if !query.is_empty() {
            let request = Request {
                method: "GET",
                pattern,
                path: path.clone(),
                fields: query,
            };
            found.requests.entry(request.key()).or_insert(request);
        }
        let page = client.get(&href).await;
        let is_html = page
            .headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"));
        if page.status != StatusCode::OK || !is_html {
            continue;
        }
        if *seen == 1 {
            found.documents.push((href.clone(), page.body.clone()));
        }
        let document = Html::parse_document(&page.body);
        for link in document.select(&links) {
            let href = link.value().attr("href").unwrap_or_default();
            if href.starts_with('/') && !href.starts_with("//") {
                queue.push_back(href.split('#').next().unwrap_or(href).to_owned());
            }
        }
        for form in document.select(&forms) {
            let method = match form.value().attr("method") {
                Some(m) if m.eq_ignore_ascii_case("post") => "POST",
                _ => "GET",
            };
            let action = form.value().attr("action").unwrap_or(&path).to_owned();
            let (action_path, _) = split_query(&action);
            let fields = form_fields(form);
            if let Some(pattern) = pattern_of(method, &action_path) {
                let request = Request {
                    method,
                    pattern,
                    path: action_path.clone(),
                    fields: fields.clone(),
                };
                found.requests.entry(request.key()).or_insert(request);
            }
            if method == "GET" {
                // A filter form's submission is a page to walk, too.
                let query: String = url::form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(fields.iter())
                    .finish();
                queue.push_back(format!("{action_path}?{query}"));
            }
        }
    }
}
