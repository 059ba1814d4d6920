//! Builds the server: the pool, the middleware, and the routes the areas register
//! (`crate::area_routes`). Nothing imports this module but the command line and the tests.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_web::HttpMessage;
use actix_web::body::MessageBody;
use actix_web::dev::Server;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::middleware::{Compress, DefaultHeaders, from_fn};
use actix_web::web::{self, Data};
use actix_web::{App, HttpResponse, HttpServer};
use tracing_actix_web::{RequestId, TracingLogger};

use crate::auth;
use crate::auth::password::PasswordHasher;
use crate::config::{AppConfig, DatabaseUrl};
use crate::contacts::board::BoardCache;
use crate::db::{self, Pool};
use crate::error::{AppError, error_pages};
use crate::orgs::cache::OrgCache;
use crate::state::AppState;
use crate::telemetry::LiaisonRootSpan;
use crate::web::Routes;

/// Every answer names its request id, so a person reporting a problem can quote it and an
/// operator can find the log lines.
async fn request_id_header(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let id = req.extensions().get::<RequestId>().map(|id| id.to_string());
    let mut response = next.call(req).await?;
    if let Some(id) = id.and_then(|id| HeaderValue::from_str(&id).ok()) {
        response
            .headers_mut()
            .insert(HeaderName::from_static("x-request-id"), id);
    }
    Ok(response)
}

async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}

fn security_headers(config: &AppConfig) -> DefaultHeaders {
    let mut headers = DefaultHeaders::new()
        .add((
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
             form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
        ))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "same-origin"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Cross-Origin-Resource-Policy", "same-origin"))
        // Every powerful feature off (OWASP Secure Headers): the portal uses none of them.
        .add((
            "Permissions-Policy",
            "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), \
             fullscreen=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), \
             magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), \
             publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), \
             xr-spatial-tracking=()",
        ));
    if config.is_https() {
        headers = headers.add((
            "Strict-Transport-Security",
            "max-age=63072000; includeSubDomains",
        ));
    }
    headers
}

/// The built server, bound and ready to run.
pub struct Application {
    server: Server,
}

/// What the server needs to start.
pub struct ServerSetup {
    pub database_url: DatabaseUrl,
    /// Database connections for the whole instance, shared out among the workers.
    pub pool_size: usize,
    pub db_timeout: Duration,
    pub config: AppConfig,
    pub workers: usize,
    /// Counts the statements the request workers send (see [`db::QueryCounter`]).
    pub query_counter: db::QueryCounter,
    /// The data keys, checked against the database before serving (`personal::check_keys`).
    pub keys: std::sync::Arc<crate::personal::Keyring>,
    /// How often the scheduler wakes (`crate::scheduler`).
    pub scheduler_every: Duration,
    /// `LIAISON_SECRET_KEY` (see [`crate::auth::csrf::FormKey`]).
    pub secret_key: Option<secrecy::SecretString>,
    /// `LIAISON_SMTP_URL` and `LIAISON_MAIL_FROM`; none: emails stay in the outbox.
    pub mailer: Option<Arc<crate::mail::Mailer>>,
    /// `LIAISON_OUTBOX_RETENTION_DAYS`.
    pub outbox_retention_days: i64,
}

impl Application {
    /// Each worker gets its own slice of the connection pool. A connection's I/O is driven on
    /// the thread that opened it; shared across workers, every query would hop threads (measured:
    /// most of the server's time went to cross-thread wake-ups).
    pub fn build(listener: TcpListener, setup: ServerSetup) -> anyhow::Result<Application> {
        let workers = setup.workers.max(1);
        // A message file that does not parse, or a language without date formats, stops the
        // server here, not at a page.
        crate::i18n::load();
        crate::i18n::dates::load();
        let per_worker = setup.pool_size.div_ceil(workers).max(1);
        let sweeper_pool = db::build_pool(&setup.database_url, 1, setup.db_timeout)?;
        spawn_sweeper(sweeper_pool, setup.config.clone());
        let scheduler_pool = db::build_pool(&setup.database_url, 2, setup.db_timeout)?;
        let context = crate::scheduler::JobContext {
            pool: scheduler_pool,
            keys: setup.keys.clone(),
            public_url: setup.config.public_url.clone(),
            mailer: setup.mailer.clone(),
            outbox_retention_days: setup.outbox_retention_days,
        };
        crate::scheduler::spawn(
            context.clone(),
            setup.scheduler_every,
            // Every area's timed work, in the order each wake runs it.
            vec![
                crate::referrals::escalation::job(),
                crate::notifications::digest::job(),
                crate::audit::chain::job(),
            ],
        );
        // Sending waits on SMTP servers: on a schedule of its own, so a slow or silent one
        // never holds up an escalation.
        crate::scheduler::spawn(
            context,
            setup.scheduler_every,
            vec![crate::notifications::delivery::job()],
        );
        let hasher = PasswordHasher::new(workers);
        let duty_board = Arc::new(BoardCache::default());
        let orgs = Arc::new(OrgCache::default());
        let figures = Arc::new(crate::referrals::stats::FiguresCache::default());
        let form_key = crate::auth::csrf::FormKey::new(setup.secret_key.as_ref(), &setup.keys);
        let server = HttpServer::new(move || {
            // The formatters are per thread (not Sync): built here, before the first request.
            crate::i18n::dates::load();
            let pool = db::build_counted_pool(
                &setup.database_url,
                per_worker,
                setup.db_timeout,
                Some(setup.query_counter.clone()),
            )
            .expect("the same settings built the sweeper's pool");
            let config = setup.config.clone();
            let state = Data::new(AppState {
                pool,
                config,
                hasher: hasher.clone(),
                duty_board: duty_board.clone(),
                orgs: orgs.clone(),
                keys: setup.keys.clone(),
                figures: figures.clone(),
                form_key: form_key.clone(),
            });
            let config = &state.config;
            let (bare, pages) = Routes::all().into_layers();
            App::new()
                .app_data(state.clone())
                .app_data(web::FormConfig::default().limit(64 * 1024))
                .wrap(Compress::default())
                .wrap(security_headers(config))
                .wrap(from_fn(request_id_header))
                .wrap(TracingLogger::<LiaisonRootSpan>::new())
                .configure(bare)
                .service(
                    web::scope("")
                        .wrap(from_fn(auth::session_middleware))
                        .wrap(from_fn(error_pages))
                        .wrap(DefaultHeaders::new().add(("Cache-Control", "no-store")))
                        .configure(pages)
                        .default_service(web::to(not_found)),
                )
        })
        .workers(workers)
        .shutdown_timeout(15)
        .listen(listener)?
        .run();
        Ok(Application { server })
    }

    /// Serves until SIGTERM or SIGINT, then finishes requests in flight (up to 15 s).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// Expired sessions and old login failures are removed every ten minutes. Each instance runs
/// this; the deletes are idempotent.
fn spawn_sweeper(pool: Pool, config: AppConfig) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(Duration::from_secs(600));
        loop {
            interval.tick().await;
            let Ok(mut conn) = pool.get().await else {
                continue;
            };
            if let Err(error) = auth::session::purge_expired(&mut conn, &config).await {
                tracing::warn!(%error, "purging expired sessions failed");
            }
            if let Err(error) = auth::throttle::purge_old(&mut conn, &config).await {
                tracing::warn!(%error, "purging old login failures failed");
            }
        }
    });
}
