//! Who is asking: the session middleware (loads the session, enforces CSRF on every unsafe
//! request) and the extractors handlers use to say what they need.

pub mod code;
pub mod csrf;
pub mod password;
pub mod second_factor;
pub mod session;
pub mod throttle;
pub mod totp;
pub mod views;

use std::future::{Ready, ready};

use actix_web::body::{BoxBody, MessageBody};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::web::{Bytes, Data};
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse, HttpResponseBuilder};
use uuid::Uuid;

use crate::authz;
use crate::i18n::{LANG_COOKIE, Lang};
use crate::config::AppConfig;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::{Routes, input};
pub use session::{Flash, Session, SessionUser};

pub fn routes(r: &mut Routes) {
    r.get("/login", views::login_form);
    r.post("/login", views::login);
    r.get("/login/mfa", code::form);
    r.post("/login/mfa", code::submit);
    r.post("/logout", views::logout);
}

/// The session of this request (if any), put in the request's extensions by the middleware.
#[derive(Clone)]
pub struct SessionState(pub Option<Session>);

/// Loads the session and, for every request that may change state, checks the Origin and the
/// form's CSRF token before any handler runs. A failed check answers 403 and changes nothing.
pub async fn session_middleware(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let state = req
        .app_data::<Data<AppState>>()
        .expect("AppState is registered")
        .clone();
    if input::path_has_control(req.path()) {
        return Ok(error_response(req, AppError::NotFound));
    }
    if input::query_has_control(req.query_string()) {
        return Ok(error_response(
            req,
            AppError::BadRequest("a control character in the query string"),
        ));
    }
    let cookie_name = state.config.session_cookie_name();
    let token = req.cookie(cookie_name).map(|c| c.value().to_owned());

    let session = match token {
        Some(token) => match load(&state, &token).await {
            Ok(session) => session,
            Err(error) => return Ok(error_response(req, error)),
        },
        None => None,
    };
    let lang = session
        .as_ref()
        .and_then(|s| s.user.as_ref())
        .and_then(|u| u.language)
        .unwrap_or_else(|| browser_lang(req.request()));
    req.extensions_mut().insert(RequestLang(lang));
    req.extensions_mut().insert(SessionState(session.clone()));

    let is_safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    // Signing out of a session that has already ended (an idle browser tab) changes nothing:
    // send the person to the sign-in page rather than a "form expired" error.
    let signed_in = session.as_ref().is_some_and(Session::signed_in);
    if !is_safe && req.path() == "/logout" && !signed_in {
        return Ok(req.into_response(signed_out(&state.config).finish()));
    }
    if !is_safe {
        if !csrf::origin_allowed(req.request(), &state.config) {
            tracing::warn!("refused a form post from another origin");
            return Ok(error_response(req, AppError::Csrf));
        }
        let body = match req.extract::<Bytes>().await {
            Ok(body) => body,
            Err(error) => return Ok(req.error_response(error)),
        };
        if input::form_has_control(&body) {
            return Ok(error_response(
                req,
                AppError::BadRequest("a control character in the form"),
            ));
        }
        let submitted = csrf::token_from_form(&body);
        let expected = match &session {
            Some(session) => session.csrf_token.clone(),
            None => csrf::pre_login_nonce(req.request(), &state.config)
                .map(|nonce| state.form_key.pre_login_token(&nonce))
                .unwrap_or_default(),
        };
        if !csrf::tokens_match(submitted.as_deref(), &expected) {
            tracing::warn!("refused a form post without a valid CSRF token");
            return Ok(error_response(req, AppError::Csrf));
        }
        req.set_payload(Payload::from(body));
    }

    next.call(req)
        .await
        .map(ServiceResponse::map_into_boxed_body)
}

fn error_response(req: ServiceRequest, error: AppError) -> ServiceResponse<BoxBody> {
    let (request, _) = req.into_parts();
    ServiceResponse::from_err(error, request)
}

async fn load(state: &AppState, token: &str) -> Result<Option<Session>, AppError> {
    let mut conn = state.pool.get().await?;
    let session = session::find_active(&mut conn, token, &state.config).await?;
    if let Some(session) = &session {
        session::touch(&mut conn, session).await?;
    }
    Ok(session)
}

/// A signed-in user; anonymous requests are sent to the sign-in page.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub session_id: Uuid,
    pub csrf_token: String,
    pub flash: Option<Flash>,
    pub user: SessionUser,
    /// See [`Session::directory_version`].
    pub directory_version: i64,
    /// The language of the pages this request answers with.
    pub lang: Lang,
}

/// The language of a request's pages, decided once by the session middleware: the account's
/// choice, else the sign-in page's switcher (a cookie), else the browser's `Accept-Language`.
#[derive(Debug, Clone, Copy)]
pub struct RequestLang(pub Lang);

pub fn request_lang(req: &HttpRequest) -> Lang {
    // Read into a value first: `req.cookie` borrows the extensions mutably (it caches the
    // parsed cookies there), so the borrow of this lookup must end before it.
    let decided = req.extensions().get::<RequestLang>().map(|lang| lang.0);
    decided.unwrap_or_else(|| browser_lang(req))
}

/// What a signed-out visitor reads: the switcher's cookie, else the browser's languages.
pub fn browser_lang(req: &HttpRequest) -> Lang {
    if let Some(lang) = req
        .cookie(LANG_COOKIE)
        .and_then(|c| c.value().parse::<Lang>().ok())
    {
        return lang;
    }
    req.headers()
        .get(actix_web::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(Lang::negotiate)
        .unwrap_or_default()
}

impl FromRequest for CurrentUser {
    type Error = AppError;
    type Future = Ready<Result<CurrentUser, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(current_user(req))
    }
}

fn current_user(req: &HttpRequest) -> Result<CurrentUser, AppError> {
    let session = req
        .extensions()
        .get::<SessionState>()
        .and_then(|s| s.0.clone());
    let Some(Session {
        id,
        csrf_token,
        user: Some(user),
        flash,
        directory_version,
        second_factor_pending,
        ..
    }) = session
    else {
        let next = (req.method() == Method::GET).then(|| req.uri().to_string());
        return Err(AppError::Unauthenticated { next });
    };
    if second_factor_pending {
        return Err(AppError::SecondFactorPending);
    }
    if user.must_change_password && !authz::may_use_before_password_change(req.path()) {
        return Err(AppError::PasswordChangeRequired);
    }
    let policy = req
        .app_data::<Data<AppState>>()
        .map_or(crate::config::MfaPolicy::All, |state| state.config.mfa_required);
    if !user.has_second_factor
        && authz::second_factor_required(policy, &user)
        && !authz::may_use_before_enrolment(req.path())
    {
        return Err(AppError::SecondFactorEnrolmentRequired);
    }
    Ok(CurrentUser {
        session_id: id,
        csrf_token,
        flash,
        user,
        directory_version,
        lang: request_lang(req),
    })
}

/// The session whatever its state, for the sign-in page.
pub struct MaybeSession(pub Option<Session>);

impl FromRequest for MaybeSession {
    type Error = AppError;
    type Future = Ready<Result<MaybeSession, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let session = req
            .extensions()
            .get::<SessionState>()
            .and_then(|s| s.0.clone());
        ready(Ok(MaybeSession(session)))
    }
}

/// The address a request came from: the peer, or the last X-Forwarded-For hop when the
/// operator says a proxy sets it.
pub fn client_ip(req: &HttpRequest, config: &AppConfig) -> String {
    if config.trust_forwarded_for
        && let Some(forwarded) = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
        && let Some(last) = forwarded
            .rsplit(',')
            .next()
            .map(str::trim)
            .filter(|s| !s.is_empty())
    {
        return last.to_owned();
    }
    req.peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_else(|| "unknown".to_owned())
}

pub fn client_info(req: &HttpRequest, config: &AppConfig) -> session::ClientInfo {
    session::ClientInfo {
        ip: client_ip(req, config),
        lang: request_lang(req),
        user_agent: req
            .headers()
            .get("user-agent")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
    }
}

pub fn session_cookie(config: &AppConfig, token: String) -> Cookie<'static> {
    Cookie::build(config.session_cookie_name(), token)
        .path("/")
        .http_only(true)
        .secure(config.is_https())
        .same_site(SameSite::Lax)
        .finish()
}

/// The answer once a browser's session has ended: the cookie removed, back to sign-in.
pub fn signed_out(config: &AppConfig) -> HttpResponseBuilder {
    let mut response = HttpResponse::SeeOther();
    response
        .cookie(removal_cookie(config))
        .insert_header((header::LOCATION, "/login?signed_out=1"));
    response
}

/// The language chosen on this browser: by the sign-in page's switcher, or by the account
/// (so that the sign-in page after signing out is in it too).
pub fn language_cookie(config: &AppConfig, lang: Lang) -> Cookie<'static> {
    Cookie::build(LANG_COOKIE, lang.code())
        .path("/")
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(config.is_https())
        .max_age(actix_web::cookie::time::Duration::days(365))
        .finish()
}

/// Back to the browser's own languages (`Accept-Language`).
pub fn language_removal_cookie(config: &AppConfig) -> Cookie<'static> {
    let mut cookie = language_cookie(config, Lang::En);
    cookie.make_removal();
    cookie
}

fn removal_cookie(config: &AppConfig) -> Cookie<'static> {
    let mut cookie = session_cookie(config, String::new());
    cookie.make_removal();
    cookie
}
