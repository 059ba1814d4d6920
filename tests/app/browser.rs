//! End-to-end tests in a real browser: headless Chromium driven over WebDriver by
//! ChromeDriver, against a real server. They check what the HTTP tests cannot: that the
//! pages' forms, links and redirects work together when a browser follows them.
//!
//! The test starts its own ChromeDriver on a free port and stops it at the end, also when
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
    let driver = ChromeDriver::start().await;
    let browser = driver.browser().await;
    let email = Role::Country.email().unwrap();

    // A wrong password: the form comes back with the error and keeps the email address.
    browser
        .goto(&format!("{}/login", app.address))
        .await
        .unwrap();
    fill(&browser, "email", email).await;
    fill(&browser, "password", "not the password").await;
    sign_in_button(&browser).await.click().await.unwrap();
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
    fill(&browser, "email", email).await;
    fill(&browser, "password", PASSWORD).await;
    sign_in_button(&browser).await.click().await.unwrap();
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
    browser
        .find(Locator::XPath(
            "//form[@action='/logout']//button[normalize-space()='Sign out']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
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

async fn sign_in_button(browser: &Client) -> Element {
    wait_for(
        browser,
        Locator::XPath("//form[@action='/login']//button[normalize-space()='Sign in']"),
    )
    .await
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
                "--window-size=1280,900",
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
