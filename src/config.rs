//! Settings come from `DATABASE_URL` and `LIAISON_*` environment variables, each also a flag.
//! The database URL may carry a password, so it lives in a type that never prints it.

use std::fmt;
use std::net::SocketAddr;
use std::str::FromStr;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use url::Url;

pub const DEFAULT_DATABASE_URL: &str = "postgres://postgres@127.0.0.1:5432/liaison";

/// A PostgreSQL URL whose password never reaches a log line or an error message.
#[derive(Clone)]
pub struct DatabaseUrl(SecretString);

impl DatabaseUrl {
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// The URL as it may be shown to a person: the password replaced by `***`.
    pub fn redacted(&self) -> String {
        match Url::parse(self.expose()) {
            Ok(mut url) => {
                if url.password().is_some() {
                    let _ = url.set_password(Some("***"));
                }
                url.to_string()
            }
            Err(_) => "(an unparsable URL)".to_owned(),
        }
    }

    pub fn database_name(&self) -> Option<String> {
        let url = Url::parse(self.expose()).ok()?;
        let name = url.path().trim_start_matches('/');
        (!name.is_empty()).then(|| name.to_owned())
    }

    /// The same server, another database: used to create the application's database.
    pub fn with_database(&self, name: &str) -> DatabaseUrl {
        let mut url = Url::parse(self.expose()).expect("validated when parsed");
        url.set_path(name);
        DatabaseUrl(SecretString::from(url.to_string()))
    }
}

impl FromStr for DatabaseUrl {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let url = Url::parse(s).map_err(|e| format!("not a URL ({e})"))?;
        if url.scheme() != "postgres" && url.scheme() != "postgresql" {
            return Err("must start with postgres://".to_owned());
        }
        if url.path().trim_start_matches('/').is_empty() {
            return Err("must name a database, as in postgres://user@host:5432/liaison".to_owned());
        }
        Ok(DatabaseUrl(SecretString::from(s.to_owned())))
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// Settings of `liaison serve`. Every one is a flag and a `LIAISON_*` variable; the README
/// lists them.
#[derive(Clone, Debug, clap::Args)]
pub struct ServeSettings {
    /// Address to listen on.
    #[arg(long, env = "LIAISON_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// The address people use to reach the portal, as https://liaison.example.org. With an
    /// https URL cookies get `Secure` and a `__Host-` name, and HSTS is sent. Defaults to
    /// http://BIND, which is only fit for local use.
    #[arg(long, env = "LIAISON_PUBLIC_URL")]
    pub public_url: Option<Url>,
    /// HTTP worker threads (default: one per core).
    #[arg(long, env = "LIAISON_WORKERS")]
    pub workers: Option<usize>,
    /// Database connections per instance.
    #[arg(long, env = "LIAISON_DB_POOL_SIZE", default_value_t = 8)]
    pub db_pool_size: usize,
    /// Seconds to wait for a database connection before answering 503.
    #[arg(long, env = "LIAISON_DB_TIMEOUT_SECS", default_value_t = 3)]
    pub db_timeout_secs: u64,
    /// A session ends after this many minutes without a request.
    #[arg(long, env = "LIAISON_SESSION_IDLE_MINUTES", default_value_t = 30)]
    pub session_idle_minutes: u32,
    /// A session ends this many hours after sign-in, however active.
    #[arg(long, env = "LIAISON_SESSION_ABSOLUTE_HOURS", default_value_t = 12)]
    pub session_absolute_hours: u32,
    /// Failed sign-ins for one account within the lockout window before it is refused.
    #[arg(long, env = "LIAISON_LOGIN_MAX_FAILURES", default_value_t = 5)]
    pub login_max_failures: u32,
    /// Failed sign-ins from one address within the lockout window before it is refused.
    #[arg(long, env = "LIAISON_LOGIN_MAX_FAILURES_PER_IP", default_value_t = 20)]
    pub login_max_failures_per_ip: u32,
    /// Length of the throttling window, in minutes.
    #[arg(long, env = "LIAISON_LOGIN_LOCKOUT_MINUTES", default_value_t = 15)]
    pub login_lockout_minutes: u32,
    /// Take the client address from X-Forwarded-For (only behind a proxy that sets it).
    #[arg(long, env = "LIAISON_TRUST_FORWARDED_FOR", default_value_t = false)]
    pub trust_forwarded_for: bool,
    /// Create and migrate the database before serving. Set to false when the application's
    /// role does not own the schema and `liaison migrate` is run by the owner (README).
    #[arg(long, env = "LIAISON_MIGRATE_ON_START", default_value_t = true, action = clap::ArgAction::Set)]
    pub migrate_on_start: bool,
    /// Seconds between the scheduler's wakes (referral escalations): every instance wakes
    /// and takes what is due, each step once across instances.
    #[arg(long, env = "LIAISON_SCHEDULER_SECS", default_value_t = 15, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub scheduler_secs: u64,
    /// Who must sign in with a second factor (a code from an authenticator app): `all`
    /// (the default), `coordinators` (coordinators and administrators; others may), or `none`
    /// (anyone may). `serve --demo` uses `none` unless this is set.
    #[arg(long, env = "LIAISON_MFA_REQUIRED", value_enum)]
    pub mfa_required: Option<MfaPolicy>,
    /// What the server signs the sign-in form's token with, the same on every instance (at
    /// least 32 characters). Unset, it is derived from the data key.
    #[arg(long, env = "LIAISON_SECRET_KEY", hide_env_values = true, value_parser = parse_secret_key)]
    pub secret_key: Option<SecretString>,
    /// The SMTP server for notification emails: `smtp://host:port` (plain: a relay on the same
    /// host), `smtp://user:pass@host:587?tls=required` (STARTTLS) or `smtps://host:465`.
    /// Unset, emails stay in the outbox, marked as not sent.
    #[arg(long, env = "LIAISON_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<SecretString>,
    /// The sender of notification emails, as `Liaison <liaison@example.org>`. Defaults to
    /// liaison@ the public URL's host.
    #[arg(long, env = "LIAISON_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// Days an email stays in the outbox once sent or failed; the audit log keeps what was
    /// sent.
    #[arg(long, env = "LIAISON_OUTBOX_RETENTION_DAYS", default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub outbox_retention_days: u32,
    #[command(flatten)]
    pub data_keys: crate::personal::DataKeySettings,
}

impl ServeSettings {
    /// The sender's address: `LIAISON_MAIL_FROM`, else liaison@ the portal's host.
    pub fn mail_from(&self, config: &AppConfig) -> String {
        self.mail_from.clone().unwrap_or_else(|| {
            let host = config.public_url.host_str().unwrap_or("localhost");
            format!("Liaison <liaison@{host}>")
        })
    }
}

fn parse_secret_key(s: &str) -> Result<SecretString, String> {
    if s.chars().count() < 32 {
        return Err("must be at least 32 characters (openssl rand -base64 32)".to_owned());
    }
    Ok(SecretString::from(s.to_owned()))
}

/// Who must have a second factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum MfaPolicy {
    All,
    Coordinators,
    None,
}

/// What the running application needs, derived from the settings once at start.
#[derive(Clone, Debug)]
pub struct AppConfig {
    pub public_url: Url,
    /// No public URL was configured: forms are accepted from whatever host the request was
    /// addressed to (local use). With one, only its origin is accepted.
    pub origin_from_host: bool,
    pub session_idle: Duration,
    pub session_absolute: Duration,
    pub login_max_failures: u32,
    pub login_max_failures_per_ip: u32,
    pub login_lockout: Duration,
    pub trust_forwarded_for: bool,
    pub mfa_required: MfaPolicy,
    /// `serve --demo` turned the second factor off (no `LIAISON_MFA_REQUIRED`): the sign-in
    /// page says so.
    pub mfa_off_for_demo: bool,
}

impl AppConfig {
    pub fn from_settings(s: &ServeSettings, demo: bool) -> AppConfig {
        let public_url = s.public_url.clone().unwrap_or_else(|| {
            Url::parse(&format!("http://{}", s.bind)).expect("a socket address makes a URL")
        });
        AppConfig {
            public_url,
            origin_from_host: s.public_url.is_none(),
            session_idle: Duration::from_secs(u64::from(s.session_idle_minutes) * 60),
            session_absolute: Duration::from_secs(u64::from(s.session_absolute_hours) * 3600),
            login_max_failures: s.login_max_failures,
            login_max_failures_per_ip: s.login_max_failures_per_ip,
            login_lockout: Duration::from_secs(u64::from(s.login_lockout_minutes) * 60),
            trust_forwarded_for: s.trust_forwarded_for,
            mfa_required: s.mfa_required.unwrap_or(if demo {
                MfaPolicy::None
            } else {
                MfaPolicy::All
            }),
            mfa_off_for_demo: demo && s.mfa_required.is_none(),
        }
    }

    /// Served over https: cookies are `Secure` with a `__Host-` name and HSTS is on.
    pub fn is_https(&self) -> bool {
        self.public_url.scheme() == "https"
    }

    pub fn session_cookie_name(&self) -> &'static str {
        if self.is_https() {
            "__Host-liaison_session"
        } else {
            "liaison_session"
        }
    }

    /// The cookie that ties the sign-in form's token to one browser (`auth::csrf`).
    pub fn pre_login_cookie_name(&self) -> &'static str {
        if self.is_https() {
            "__Host-liaison_prelogin"
        } else {
            "liaison_prelogin"
        }
    }

    /// The value a browser sends in `Origin` for forms of this portal.
    pub fn origin(&self) -> String {
        self.public_url.origin().ascii_serialization()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(clap::Parser)]
    struct Serve {
        #[command(flatten)]
        settings: ServeSettings,
    }

    fn config(args: &[&str], demo: bool) -> AppConfig {
        use clap::Parser as _;
        let serve = Serve::try_parse_from(std::iter::once("serve").chain(args.iter().copied()))
            .expect("valid flags");
        AppConfig::from_settings(&serve.settings, demo)
    }

    #[test]
    fn emails_come_from_the_portals_host_unless_a_sender_is_set() {
        use clap::Parser as _;
        let serve = |args: &[&str]| {
            Serve::try_parse_from(std::iter::once("serve").chain(args.iter().copied()))
                .expect("valid flags")
                .settings
        };
        let https = serve(&["--public-url", "https://liaison.example.org"]);
        let config = AppConfig::from_settings(&https, false);
        assert_eq!(
            https.mail_from(&config),
            "Liaison <liaison@liaison.example.org>"
        );
        let set = serve(&["--mail-from", "Desk <desk@example.org>"]);
        assert_eq!(
            set.mail_from(&AppConfig::from_settings(&set, false)),
            "Desk <desk@example.org>"
        );
        assert_eq!(serve(&[]).outbox_retention_days, 30);
        assert!(Serve::try_parse_from(["serve", "--outbox-retention-days", "0"]).is_err());
    }

    #[test]
    fn a_second_factor_is_required_unless_the_demo_or_the_operator_says_otherwise() {
        assert_eq!(config(&[], false).mfa_required, MfaPolicy::All);
        let demo = config(&[], true);
        assert_eq!(demo.mfa_required, MfaPolicy::None);
        assert!(demo.mfa_off_for_demo);
        let chosen = config(&["--mfa-required", "coordinators"], true);
        assert_eq!(chosen.mfa_required, MfaPolicy::Coordinators);
        assert!(!chosen.mfa_off_for_demo);
        use clap::Parser as _;
        assert!(Serve::try_parse_from(["serve", "--mfa-required", "some"]).is_err());
        assert!(Serve::try_parse_from(["serve", "--secret-key", "too short"]).is_err());
    }

    #[test]
    fn redacts_the_password() {
        let url: DatabaseUrl = "postgres://app:s3cret@db:5432/liaison".parse().unwrap();
        assert_eq!(url.redacted(), "postgres://app:***@db:5432/liaison");
        assert!(!format!("{url:?}").contains("s3cret"));
    }

    #[test]
    fn refuses_urls_without_a_database() {
        assert!("postgres://app@db:5432".parse::<DatabaseUrl>().is_err());
        assert!("mysql://app@db/liaison".parse::<DatabaseUrl>().is_err());
    }

    #[test]
    fn swaps_the_database() {
        let url: DatabaseUrl = "postgres://app@db:5432/liaison?sslmode=disable"
            .parse()
            .unwrap();
        assert_eq!(
            url.with_database("postgres").database_name().unwrap(),
            "postgres"
        );
    }
}
