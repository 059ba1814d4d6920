//! The command line: `serve`, `migrate`, `org add`, `user add`, `seed-demo`, `rotate-data-key`.

use std::io::{BufRead, IsTerminal};
use std::net::TcpListener;

use anyhow::{Context, anyhow, bail};
use clap::{Parser, Subcommand};
use diesel::QueryDsl;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use secrecy::SecretString;

use crate::audit::Author;
use crate::auth::password::hash_now;
use crate::config::{AppConfig, DEFAULT_DATABASE_URL, DatabaseUrl, LogFormat, ServeSettings};
use crate::db::{self, Unreachable};
use crate::demo::{self, DemoLogin, Seeded};
use crate::domain::NewPassword;
use crate::error::AppError;
use crate::orgs::model::NewOrganisation;
use crate::orgs::rules::{self as org_rules, OrgInput, Taken};
use crate::personal::{self, DataKeySettings, Keyring};
use crate::schema::organisations;
use crate::startup::{Application, ServerSetup};
use crate::users::model::NewUser;
use crate::users::rules::{self as user_rules, AccountDraft, AccountInput, Refusal};

#[derive(Debug, Parser)]
#[command(
    name = "liaison",
    version,
    about = "Liaison: the coordination portal against scam compounds and trafficking"
)]
pub struct Cli {
    /// PostgreSQL database to use (created if missing by `serve` and `migrate`).
    #[arg(long, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL, global = true, hide_env_values = true, hide_default_value = false)]
    pub database_url: DatabaseUrl,
    /// Log format: text for people, json for log collectors.
    #[arg(
        long,
        env = "LIAISON_LOG_FORMAT",
        value_enum,
        default_value = "text",
        global = true
    )]
    pub log_format: LogFormat,
    /// Log filter, as `info` or `liaison=debug,info`.
    #[arg(long, env = "LIAISON_LOG", default_value = "info", global = true)]
    pub log: String,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Migrate the database (creating it if missing), then serve the portal.
    Serve {
        #[command(flatten)]
        settings: ServeSettings,
        /// Load the demo organisations, users and records first, if the database has no
        /// organisation.
        #[arg(long)]
        demo: bool,
    },
    /// Create the database if missing and apply pending migrations.
    Migrate,
    /// Manage organisations.
    Org {
        #[command(subcommand)]
        command: OrgCommand,
    },
    /// Manage user accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Load the organisations of the meeting, one demo user for each and demo records; prints
    /// the logins.
    SeedDemo {
        #[command(flatten)]
        data_keys: DataKeySettings,
    },
    /// Benchmark data (scripts/bench): fictional rescue requests filed by the demo's embassies,
    /// and border referrals filed by its Immigration Bureau.
    #[command(hide = true)]
    SeedBench {
        #[command(flatten)]
        data_keys: DataKeySettings,
        #[arg(long, default_value_t = 50_000)]
        rescue_requests: usize,
        #[arg(long, default_value_t = 0)]
        referrals: usize,
    },
    /// The audit log's hash chain.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Re-seal every piece of personal data under the current data key (the first one listed),
    /// in batches; run again, it carries on where it stopped. Afterwards the older keys can be
    /// removed from LIAISON_DATA_KEY.
    RotateDataKey {
        #[command(flatten)]
        data_keys: DataKeySettings,
        /// Rows re-sealed per transaction.
        #[arg(long, default_value_t = 500)]
        batch: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Add an organisation.
    Add {
        /// Short code used in URLs and on the phone, as BRA or CCIB.
        #[arg(long)]
        code: String,
        #[arg(long)]
        name: String,
        #[arg(long, value_parser = ["coordinator", "country", "observer"])]
        kind: String,
        /// ISO 3166-1 alpha-2 code; required for (and only for) a country.
        #[arg(long)]
        country: Option<String>,
        /// IANA time zone of the organisation's duty desk.
        #[arg(long, default_value = "Asia/Bangkok")]
        time_zone: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Walk the chain from its first event: exits 0 with the number of events and the head
    /// hash, or 1 naming the first event whose content or link does not match.
    Verify,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user account; the password is read from standard input.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Code of the user's organisation.
        #[arg(long)]
        org: String,
        /// Make the user an administrator (coordinator organisations only).
        #[arg(long)]
        admin: bool,
        /// Read the password from the first line of standard input (required: passwords are
        /// never given as arguments, which other users of the machine can see).
        #[arg(long)]
        password_stdin: bool,
    },
    /// Remove an account's second factor and end its sessions (a lost phone, when no
    /// administrator can sign in to do it): the person sets a new one up at next sign-in.
    ResetSecondFactor {
        #[arg(long)]
        email: String,
    },
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let url = cli.database_url;
    match cli.command {
        Command::Serve { settings, demo } => serve(url, settings, demo).await,
        Command::Migrate => {
            let applied = migrate(&url).await?;
            println!(
                "Database {} is up to date ({} migrations applied now).",
                url.redacted(),
                applied.len()
            );
            Ok(())
        }
        Command::Org {
            command:
                OrgCommand::Add {
                    code,
                    name,
                    kind,
                    country,
                    time_zone,
                },
        } => {
            let input = OrgInput {
                code: &code,
                name: &name,
                kind: &kind,
                country_code: country.as_deref().unwrap_or_default(),
                time_zone: &time_zone,
            };
            let new = NewOrganisation::parse(input).map_err(|errors| {
                let messages: Vec<String> = ["code", "name", "kind", "country_code", "time_zone"]
                    .iter()
                    .filter_map(|f| {
                        errors
                            .get(f)
                            .map(|m| format!("--{}: {m}", f.replace("_code", "").replace('_', "-")))
                    })
                    .collect();
                anyhow!("{}", messages.join("\n"))
            })?;
            let mut conn = connect(&url).await?;
            let taken =
                org_rules::taken(&mut conn, Some(&new.code), new.country.as_ref(), None).await?;
            if let [taken, ..] = taken.as_slice() {
                bail!(
                    "{}",
                    match taken {
                        Taken::Code(code) =>
                            format!("An organisation with code {code} already exists."),
                        Taken::Country(country) => {
                            format!("Another organisation already stands for country {country}.")
                        }
                    }
                );
            }
            create_org(&mut conn, &new).await?;
            println!("Created organisation {} ({}).", new.code, new.name);
            Ok(())
        }
        Command::User {
            command:
                UserCommand::Add {
                    email,
                    name,
                    org,
                    admin,
                    password_stdin,
                },
        } => {
            if !password_stdin {
                bail!(
                    "Give the password on standard input with --password-stdin, as in: printf '%s\\n' \"$PASSWORD\" | liaison user add ..."
                );
            }
            let password = read_password()?;
            let input = AccountInput {
                email: &email,
                name: &name,
                org: &org,
                admin,
            };
            let draft = AccountDraft::parse(input).map_err(|errors| {
                let messages: Vec<String> = ["email", "name", "org"]
                    .iter()
                    .filter_map(|f| errors.get(f).map(|m| format!("--{f}: {m}")))
                    .collect();
                anyhow!("{}", messages.join("\n"))
            })?;
            let password = NewPassword::parse(&password, Some(draft.email.as_str()))
                .map_err(|m| anyhow!("password: {m}"))?;
            let mut conn = connect(&url).await?;
            let org = match user_rules::check(&mut conn, &draft, None).await? {
                Ok(org) => org,
                Err(refusals) => {
                    let messages: Vec<String> = refusals
                        .iter()
                        .map(|refusal| match refusal {
                            Refusal::UnknownOrganisation(code) => format!(
                                "--org: no organisation has code {code}; see `liaison org add`."
                            ),
                            Refusal::AdminOutsideCoordination { org, kind } => format!(
                                "--admin: only members of a coordinator organisation can be administrators ({org} is a {kind})."
                            ),
                            Refusal::EmailTaken(email) => {
                                format!("--email: an account with {email} already exists.")
                            }
                        })
                        .collect();
                    bail!("{}", messages.join("\n"));
                }
            };
            let hash = hash_off_thread(password.into_secret()).await?;
            create_user(
                &mut conn,
                NewUser {
                    email: draft.email.clone(),
                    name: draft.name,
                    organisation_id: org.id,
                    is_admin: admin,
                    password_hash: hash,
                    must_change_password: false,
                },
                &org.code,
            )
            .await?;
            println!(
                "Created {}account {} in {}.",
                if admin { "administrator " } else { "" },
                draft.email,
                org.code
            );
            Ok(())
        }
        Command::User {
            command: UserCommand::ResetSecondFactor { email },
        } => {
            let email = email.trim().to_lowercase();
            let mut conn = connect(&url).await?;
            let Some(id) = crate::users::model::find_id_by_email(&mut conn, &email).await? else {
                bail!("--email: no account has the address {email}.");
            };
            let author = Author::command_line();
            let had = conn
                .transaction::<_, AppError, _>(async |conn| {
                    let had = crate::auth::second_factor::remove(conn, id).await?;
                    let ended = crate::auth::session::delete_all_for_user(conn, id).await?;
                    let summary = format!(
                        "reset the second factor of {email} from the command line; {ended} sessions ended"
                    );
                    let change = crate::audit::Change::new(
                        crate::audit::Action::SecondFactorReset,
                        "user",
                        id,
                        summary,
                    );
                    author.apply(conn, change).await?;
                    Ok(had)
                })
                .await?;
            if had {
                println!(
                    "The second factor of {email} was removed; they set up a new one at their next sign-in."
                );
            } else {
                println!("{email} had no second factor; their sessions were ended.");
            }
            Ok(())
        }
        Command::SeedDemo { data_keys } => {
            let keys = load_keys(&data_keys, true)?;
            migrate(&url).await?;
            let mut conn = connect(&url).await?;
            personal::check_keys(&mut conn, &keys).await?;
            let seeded = demo::seed(&mut conn, &keys).await?;
            print_seeded(&seeded);
            Ok(())
        }
        Command::SeedBench {
            data_keys,
            rescue_requests,
            referrals,
        } => {
            let keys = load_keys(&data_keys, false)?;
            let mut conn = connect(&url).await?;
            personal::check_keys(&mut conn, &keys).await?;
            demo::seed_bench(&mut conn, &keys, rescue_requests).await?;
            demo::seed_bench_referrals(&mut conn, &keys, referrals).await?;
            println!(
                "{rescue_requests} benchmark rescue requests and {referrals} referrals filed."
            );
            Ok(())
        }
        Command::Audit {
            command: AuditCommand::Verify,
        } => {
            let mut conn = connect(&url).await?;
            match crate::audit::chain::verify_all(&mut conn).await? {
                Ok(reached) => {
                    println!(
                        "The audit chain is intact: {} events, head event {} with hash {}.",
                        reached.events,
                        reached.through,
                        crate::audit::chain::hex(&reached.hash)
                    );
                    Ok(())
                }
                Err(broken) => bail!("the audit chain is broken: {}", broken.reason),
            }
        }
        Command::RotateDataKey { data_keys, batch } => {
            let keys = load_keys(&data_keys, false)?;
            migrate(&url).await?;
            let mut conn = connect(&url).await?;
            let done = personal::rotate(&mut conn, &keys, batch.clamp(1, 10_000)).await?;
            for (table, count) in done {
                println!(
                    "{table}: {count} rows re-sealed under key {}",
                    keys.current_id()
                );
            }
            println!(
                "Every row is sealed under key {}; older keys may now be removed.",
                keys.current_id()
            );
            Ok(())
        }
    }
}

/// The data keys of the settings; `demo` creates a key file when none is configured and says
/// where, since that file is then the only way to read the demo's personal data.
fn load_keys(settings: &DataKeySettings, demo: bool) -> anyhow::Result<Keyring> {
    let (keys, file) = Keyring::from_settings(settings, demo)?;
    if let Some(path) = file {
        let shown = std::fs::canonicalize(&path).unwrap_or(path);
        tracing::info!(key_file = %shown.display(), key_id = %keys.current_id(), "personal data is sealed with the key in this file");
    }
    Ok(keys)
}

async fn serve(url: DatabaseUrl, settings: ServeSettings, demo: bool) -> anyhow::Result<()> {
    let keys = std::sync::Arc::new(load_keys(&settings.data_keys, demo)?);
    if settings.migrate_on_start {
        migrate(&url).await?;
    } else {
        // Still fail early, with the paragraph that says what to set.
        connect(&url).await?;
    }
    // A key missing for stored data stops the server now, with the paragraph that says why.
    personal::check_keys(&mut connect(&url).await?, &keys).await?;
    if demo {
        let mut conn = connect(&url).await?;
        let existing: i64 = organisations::table.count().get_result(&mut conn).await?;
        if existing == 0 {
            let seeded = demo::seed(&mut conn, &keys).await?;
            print_seeded(&seeded);
        } else {
            println!("--demo: the database already has organisations; demo data not loaded.");
        }
    }
    let config = AppConfig::from_settings(&settings, demo);
    if !config.is_https() && !settings.bind.ip().is_loopback() {
        tracing::warn!(
            "serving plain http on a non-loopback address: set LIAISON_PUBLIC_URL to the https address of the proxy in front of Liaison"
        );
    }
    let workers = settings
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
    let listener = TcpListener::bind(settings.bind)
        .with_context(|| format!("cannot listen on {}", settings.bind))?;
    let setup = ServerSetup {
        database_url: url,
        pool_size: settings.db_pool_size,
        db_timeout: std::time::Duration::from_secs(settings.db_timeout_secs),
        config: config.clone(),
        workers,
        query_counter: Default::default(),
        keys,
        scheduler_every: std::time::Duration::from_secs(settings.scheduler_secs),
        secret_key: settings.secret_key.clone(),
        mailer: match &settings.smtp_url {
            Some(url) => Some(std::sync::Arc::new(crate::mail::Mailer::new(
                url,
                &settings.mail_from(&config),
            )?)),
            None => None,
        },
        outbox_retention_days: i64::from(settings.outbox_retention_days),
    };
    let app = Application::build(listener, setup)?;
    tracing::info!(address = %settings.bind, public_url = %config.public_url, workers, "Liaison is serving");
    println!(
        "Liaison is serving on http://{} (public URL {}).",
        settings.bind, config.public_url
    );
    app.run_until_stopped().await?;
    tracing::info!("stopped");
    Ok(())
}

async fn migrate(url: &DatabaseUrl) -> anyhow::Result<Vec<String>> {
    db::ensure_database(url).await?;
    db::run_migrations(url).await
}

async fn connect(url: &DatabaseUrl) -> anyhow::Result<AsyncPgConnection> {
    match AsyncPgConnection::establish(url.expose()).await {
        Ok(conn) => Ok(conn),
        Err(error) => Err(Unreachable::new(url, error).await.into()),
    }
}

fn read_password() -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("Password (input is not hidden; prefer a pipe):");
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    let password = line.trim_end_matches(['\n', '\r']).to_owned();
    if password.is_empty() {
        bail!("No password on standard input.");
    }
    Ok(password)
}

async fn hash_off_thread(password: SecretString) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || hash_now(&password)).await?
}

/// Creates the organisation under the same rules as the admin page, recorded as the command
/// line's doing.
async fn create_org(
    conn: &mut AsyncPgConnection,
    new: &NewOrganisation,
) -> anyhow::Result<uuid::Uuid> {
    let author = Author::command_line();
    let id = conn
        .transaction::<_, AppError, _>(async |conn| {
            let mut change = org_rules::create(conn, new).await?;
            change.summary.push_str(" from the command line");
            author.apply(conn, change).await
        })
        .await?;
    Ok(id)
}

/// Creates the account under the same rules as the admin page, recorded as the command line's
/// doing.
async fn create_user(
    conn: &mut AsyncPgConnection,
    new: NewUser,
    org_code: &str,
) -> anyhow::Result<uuid::Uuid> {
    let author = Author::command_line();
    let id = conn
        .transaction::<_, AppError, _>(async |conn| {
            let mut change = user_rules::create(conn, &new, org_code).await?;
            change.summary.push_str(" from the command line");
            author.apply(conn, change).await
        })
        .await?;
    Ok(id)
}

fn print_seeded(seeded: &Seeded) {
    print_logins(&seeded.logins);
    match &seeded.records {
        Some(records) => println!(
            "Demo records loaded: {} contact points ({} absences), {} duty shifts from now on, \
             {} action items ({} comments, {} status changes), {} rescue requests, {} border \
             referrals, {} meetings ({} decisions).",
            records.contacts,
            records.absences,
            records.shifts,
            records.action_items,
            records.comments,
            records.status_changes,
            records.rescue_requests,
            records.referrals,
            records.meetings,
            records.decisions
        ),
        None => println!(
            "Every demo organisation existed already: their records were kept and no demo records were loaded."
        ),
    }
}

fn print_logins(logins: &[DemoLogin]) {
    println!("Demo logins (shown once; sign in at /login):");
    println!("  {:<6} {:<28} password", "org", "email");
    for login in logins {
        let password = login
            .password
            .as_deref()
            .unwrap_or("(existing account, password unchanged)");
        let admin = if login.admin { "  [administrator]" } else { "" };
        println!("  {:<6} {:<28} {password}{admin}", login.org, login.email);
    }
}
