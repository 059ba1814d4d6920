//! Builds the application: shared state, middleware, the route table, and the server.

use std::net::TcpListener;
use std::time::Duration;

use actix_web::HttpMessage;
use actix_web::body::MessageBody;
use actix_web::dev::Server;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::middleware::{Compress, DefaultHeaders, from_fn};
use actix_web::web::{self, Data, ServiceConfig};
use actix_web::{App, FromRequest, Handler, HttpResponse, HttpServer, Responder, Route};
use tracing_actix_web::{RequestId, TracingLogger};

use crate::auth::password::PasswordHasher;
use crate::config::{AppConfig, DatabaseUrl};
use crate::db::{self, Pool};
use crate::error::{AppError, error_pages};
use crate::telemetry::LiaisonRootSpan;
use crate::{account, action_items, admin, assets, audit, auth, contacts, dashboard, orgs};

pub struct AppState {
    pub pool: Pool,
    pub config: AppConfig,
    pub hasher: PasswordHasher,
}

/// A method and path pattern the application answers; the authorization matrix test checks
/// that each has a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteSpec {
    pub method: Method,
    pub path: &'static str,
}

/// Collects routes once, so the server and the route list cannot disagree.
#[derive(Default)]
struct Routes {
    specs: Vec<RouteSpec>,
    resources: Vec<(&'static str, Vec<Route>)>,
}

impl Routes {
    fn get<F, Args>(&mut self, path: &'static str, handler: F)
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        self.add(Method::GET, path, web::get().to(handler));
    }

    fn post<F, Args>(&mut self, path: &'static str, handler: F)
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        self.add(Method::POST, path, web::post().to(handler));
    }

    fn add(&mut self, method: Method, path: &'static str, route: Route) {
        self.specs.push(RouteSpec { method, path });
        match self.resources.iter_mut().find(|(p, _)| *p == path) {
            Some((_, routes)) => routes.push(route),
            None => self.resources.push((path, vec![route])),
        }
    }

    fn register(self, cfg: &mut ServiceConfig) {
        for (path, routes) in self.resources {
            let resource = routes
                .into_iter()
                .fold(web::resource(path), |res, route| res.route(route));
            cfg.service(resource);
        }
    }
}

/// Pages behind the session middleware. Literal segments (`/new`) come before patterns.
fn page_routes(r: &mut Routes) {
    r.get("/", dashboard::show);
    r.get("/login", auth::views::login_form);
    r.post("/login", auth::views::login);
    r.post("/logout", auth::views::logout);

    r.get("/account", account::views::show);
    r.get("/account/password", account::views::password_form);
    r.post("/account/password", account::views::change_password);
    r.post("/account/time-zone", account::views::set_time_zone);
    r.post(
        "/account/sessions/{id}/revoke",
        account::views::revoke_session,
    );

    r.get("/contacts", contacts::views::index);
    r.post("/contacts", contacts::views::create);
    r.get("/contacts/on-duty", contacts::duty::on_duty);
    r.get("/contacts/new", contacts::views::new_form);
    r.get("/contacts/{id}.vcf", contacts::views::vcard);
    r.get("/contacts/{id}", contacts::views::show);
    r.get("/contacts/{id}/edit", contacts::views::edit_form);
    r.post("/contacts/{id}/edit", contacts::views::update);
    r.post("/contacts/{id}/verify", contacts::views::verify);
    r.post("/contacts/{id}/delete", contacts::views::delete);
    r.post("/contacts/{id}/absences", contacts::views::add_absence);
    r.post(
        "/contacts/{id}/absences/{absence_id}/delete",
        contacts::views::remove_absence,
    );

    r.get("/orgs", orgs::views::index);
    r.get("/orgs/{code}", orgs::views::show);
    r.get("/orgs/{code}/contacts.vcf", contacts::views::org_vcards);
    r.get("/orgs/{code}/duty", contacts::duty::rota);
    r.post("/orgs/{code}/duty", contacts::duty::add_shift);
    r.post(
        "/orgs/{code}/duty/{shift_id}/delete",
        contacts::duty::remove_shift,
    );

    r.get("/action-items", action_items::views::index);
    r.post("/action-items", action_items::views::create);
    r.get("/action-items.csv", action_items::views::export_csv);
    r.get("/action-items/new", action_items::views::new_form);
    r.get("/action-items/{id}", action_items::views::show);
    r.get("/action-items/{id}/edit", action_items::views::edit_form);
    r.post("/action-items/{id}/edit", action_items::views::update);
    r.post(
        "/action-items/{id}/status",
        action_items::views::change_status,
    );
    r.post(
        "/action-items/{id}/comments",
        action_items::views::add_comment,
    );

    r.get("/admin/orgs", admin::orgs::index);
    r.post("/admin/orgs", admin::orgs::create);
    r.get("/admin/orgs/new", admin::orgs::new_form);
    r.get("/admin/orgs/{code}", admin::orgs::show);
    r.get("/admin/orgs/{code}/edit", admin::orgs::edit_form);
    r.post("/admin/orgs/{code}/edit", admin::orgs::update);
    r.post("/admin/orgs/{code}/deactivate", admin::orgs::deactivate);
    r.post("/admin/orgs/{code}/activate", admin::orgs::activate);

    r.get("/admin/users", admin::users::index);
    r.post("/admin/users", admin::users::create);
    r.get("/admin/users/new", admin::users::new_form);
    r.get("/admin/users/{id}", admin::users::show);
    r.get("/admin/users/{id}/edit", admin::users::edit_form);
    r.post("/admin/users/{id}/edit", admin::users::update);
    r.post("/admin/users/{id}/deactivate", admin::users::deactivate);
    r.post("/admin/users/{id}/activate", admin::users::activate);
    r.post("/admin/users/{id}/password", admin::users::reset_password);

    r.get("/audit", audit::views::index);
}

/// Routes outside the session: health checks and static assets.
fn bare_routes(r: &mut Routes) {
    r.get("/healthz", healthz);
    r.get("/static/{file}", assets::serve);
}

/// Every route the application answers.
pub fn route_specs() -> Vec<RouteSpec> {
    let mut routes = Routes::default();
    bare_routes(&mut routes);
    page_routes(&mut routes);
    routes.specs
}

async fn healthz(state: Data<AppState>) -> HttpResponse {
    if db::ping(&state.pool).await {
        HttpResponse::Ok().content_type("text/plain").body("ok\n")
    } else {
        HttpResponse::ServiceUnavailable()
            .content_type("text/plain")
            .body("database unavailable\n")
    }
}

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
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=()",
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
}

impl Application {
    /// Each worker gets its own slice of the connection pool. A connection's I/O is driven on
    /// the thread that opened it; shared across workers, every query would hop threads (measured:
    /// most of the server's time went to cross-thread wake-ups).
    pub fn build(listener: TcpListener, setup: ServerSetup) -> anyhow::Result<Application> {
        let workers = setup.workers.max(1);
        let per_worker = setup.pool_size.div_ceil(workers).max(1);
        let sweeper_pool = db::build_pool(&setup.database_url, 1, setup.db_timeout)?;
        spawn_sweeper(sweeper_pool, setup.config.clone());
        let hasher = PasswordHasher::new(workers);
        let server = HttpServer::new(move || {
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
            });
            let config = &state.config;
            App::new()
                .app_data(state.clone())
                .app_data(web::FormConfig::default().limit(64 * 1024))
                .wrap(Compress::default())
                .wrap(security_headers(config))
                .wrap(from_fn(request_id_header))
                .wrap(TracingLogger::<LiaisonRootSpan>::new())
                .configure(|cfg| {
                    let mut routes = Routes::default();
                    bare_routes(&mut routes);
                    routes.register(cfg);
                })
                .service(
                    web::scope("")
                        .wrap(from_fn(auth::session_middleware))
                        .wrap(from_fn(error_pages))
                        .wrap(DefaultHeaders::new().add(("Cache-Control", "no-store")))
                        .configure(|cfg| {
                            let mut routes = Routes::default();
                            page_routes(&mut routes);
                            routes.register(cfg);
                        })
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
