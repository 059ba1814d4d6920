//! The one error type of request handling, and the one place errors become pages.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpResponse, ResponseError};

use actix_web::HttpMessage;
use tracing_actix_web::RequestId;

use crate::i18n::Lang;
use crate::pages::{PageContext, Section};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Out of the user's scope, or absent: its existence is not revealed.
    #[error("not found")]
    NotFound,
    /// In scope but not allowed for this role.
    #[error("forbidden")]
    Forbidden,
    /// A state-changing request without a valid CSRF token or from another origin.
    #[error("missing or invalid CSRF token")]
    Csrf,
    /// What was sent cannot be read or stored: a NUL or another control character, text the
    /// database cannot hold. Named for the log; the page says only that it could not be read.
    #[error("unreadable request: {0}")]
    BadRequest(&'static str),
    #[error("sign-in required")]
    Unauthenticated { next: Option<String> },
    #[error("password change required")]
    PasswordChangeRequired,
    /// The password was right; the second factor's code is still to come.
    #[error("second factor code required")]
    SecondFactorPending,
    /// The portal requires a second factor of this account and it has none yet.
    #[error("second factor enrolment required")]
    SecondFactorEnrolmentRequired,
    /// The database cannot be reached or cannot serve right now (the cause is logged, never
    /// shown): the answer is 503 with `Retry-After`, never 500.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// A unique constraint refused the write (named by the constraint): two people saved the
    /// same code or email at once. Handlers turn it into a message beside the field.
    #[error("unique constraint {0} refused the change")]
    Duplicate(String),
    #[error("unexpected error: {0:#}")]
    Unexpected(anyhow::Error),
}

impl From<diesel::result::Error> for AppError {
    fn from(error: diesel::result::Error) -> Self {
        match error {
            diesel::result::Error::NotFound => AppError::NotFound,
            diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                info,
            ) => AppError::Duplicate(info.constraint_name().unwrap_or("unknown").to_owned()),
            diesel::result::Error::DatabaseError(_, info)
                if info
                    .message()
                    .contains("invalid byte sequence for encoding")
                    || info
                        .message()
                        .contains("unsupported Unicode escape sequence") =>
            {
                AppError::BadRequest("text the database cannot store")
            }
            other if is_unavailability(&other) => {
                AppError::Unavailable(format!("database error: {other}"))
            }
            other => AppError::Unexpected(other.into()),
        }
    }
}

/// The database went away or cannot serve: a connection closed or reset mid-query, a server
/// shutting down, starting up or recovering, a read-only standby, too many connections. What
/// PostgreSQL reports by SQLSTATE reaches us through diesel-async by kind or by message only.
fn is_unavailability(error: &diesel::result::Error) -> bool {
    use diesel::result::DatabaseErrorKind as Kind;
    use diesel::result::Error;
    match error {
        Error::BrokenTransactionManager => true,
        Error::DatabaseError(
            Kind::UnableToSendCommand | Kind::ClosedConnection | Kind::ReadOnlyTransaction,
            _,
        ) => true,
        Error::DatabaseError(Kind::Unknown, info) => {
            const UNAVAILABLE: [&str; 8] = [
                // 57P01, 57P02: the server ended the connection.
                "terminating connection due to",
                // 57P03: the server is starting, stopping or recovering.
                "the database system is",
                "recovery is in progress",
                // 53300: every connection slot is taken.
                "too many clients",
                "remaining connection slots are reserved",
                // 08xxx: the connection failed.
                "connection to server",
                "server closed the connection",
                "could not receive data",
            ];
            let message = info.message();
            UNAVAILABLE.iter().any(|m| message.contains(m))
        }
        _ => false,
    }
}

impl From<diesel_async::pooled_connection::deadpool::PoolError> for AppError {
    fn from(error: diesel_async::pooled_connection::deadpool::PoolError) -> Self {
        AppError::Unavailable(format!("no database connection: {error}"))
    }
}

impl From<anyhow::Error> for AppError {
    fn from(error: anyhow::Error) -> Self {
        AppError::Unexpected(error)
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> Self {
        AppError::Unexpected(error.into())
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Duplicate(_) => StatusCode::CONFLICT,
            AppError::Unauthenticated { .. }
            | AppError::PasswordChangeRequired
            | AppError::SecondFactorPending
            | AppError::SecondFactorEnrolmentRequired => StatusCode::SEE_OTHER,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Without the request at hand this renders the page for an anonymous visitor;
    /// [`error_pages`] renders it again with the signed-in user's navigation.
    fn error_response(&self) -> HttpResponse {
        match self {
            AppError::Unauthenticated { next } => {
                let location = match next.as_deref().filter(|n| is_local_path(n) && *n != "/") {
                    Some(next) => format!(
                        "/login?next={}",
                        url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
                    ),
                    None => "/login".to_owned(),
                };
                HttpResponse::SeeOther()
                    .insert_header((header::LOCATION, location))
                    .finish()
            }
            AppError::PasswordChangeRequired => HttpResponse::SeeOther()
                .insert_header((header::LOCATION, "/account/password"))
                .finish(),
            AppError::SecondFactorPending => HttpResponse::SeeOther()
                .insert_header((header::LOCATION, "/login/mfa"))
                .finish(),
            AppError::SecondFactorEnrolmentRequired => HttpResponse::SeeOther()
                .insert_header((header::LOCATION, "/account/mfa"))
                .finish(),
            // The request span logs the error's message when the request ends.
            AppError::Unavailable(_) => {
                let mut page = render_error(
                    self.status_code(),
                    self.message(),
                    PageContext::anonymous(Lang::default()),
                    None,
                );
                // A database restart takes seconds: browsers and clients may try again then.
                page.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
                page
            }
            other => render_error(
                other.status_code(),
                self.message(),
                PageContext::anonymous(Lang::default()),
                None,
            ),
        }
    }
}

impl AppError {
    /// The page's title and text, as message ids.
    fn message(&self) -> (&'static str, &'static str) {
        match self {
            AppError::NotFound => ("error-not-found-title", "error-not-found-text"),
            AppError::Forbidden => ("error-forbidden-title", "error-forbidden-text"),
            AppError::BadRequest(_) => ("error-bad-request-title", "error-bad-request-text"),
            AppError::Csrf => ("error-csrf-title", "error-csrf-text"),
            AppError::Duplicate(_) => ("error-duplicate-title", "error-duplicate-text"),
            AppError::Unavailable(_) => ("error-unavailable-title", "error-unavailable-text"),
            _ => ("error-internal-title", "error-internal-text"),
        }
    }
}

/// True for a path on this site ("/x"): not a scheme-relative or absolute URL, and nothing a
/// browser would strip or reinterpret (tabs, line breaks, backslashes, non-ASCII) on its way
/// into a `Location` header.
pub fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && path.len() <= 2000
        && path.bytes().all(|b| b.is_ascii_graphic() && b != b'\\')
}

#[derive(askama::Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub ctx: PageContext,
    pub status: u16,
    /// Message ids.
    pub title: &'static str,
    pub message: &'static str,
    /// The request id, on failures of ours.
    pub reference: Option<String>,
}

fn render_error(
    status: StatusCode,
    (title, message): (&'static str, &'static str),
    ctx: PageContext,
    reference: Option<String>,
) -> HttpResponse {
    let lang = ctx.lang;
    let page = ErrorPage {
        ctx,
        status: status.as_u16(),
        title,
        message,
        reference,
    };
    let body = askama::Template::render(&page)
        .unwrap_or_else(|_| format!("{} {}", status.as_u16(), crate::i18n::text(lang, title)));
    HttpResponse::build(status)
        .insert_header((
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        ))
        .body(body)
}

/// Renders every error answered inside the app as a page in the layout, with the navigation
/// of whoever is signed in.
pub async fn error_pages(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let response = next.call(req).await?.map_into_boxed_body();
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return Ok(response);
    }
    let error = response.response().error();
    let message = match error.and_then(|e| e.as_error::<AppError>()) {
        Some(app_error) => app_error.message(),
        // Raised by actix itself: no such route or id, a method the route does not take, a
        // malformed or oversized form.
        None => match status {
            StatusCode::NOT_FOUND => AppError::NotFound.message(),
            StatusCode::METHOD_NOT_ALLOWED => ("error-method-title", "error-method-text"),
            _ if error.is_some() => AppError::BadRequest("").message(),
            // Handlers that render their own page (422, 409, 401, 429) are left alone.
            _ => return Ok(response),
        },
    };
    let ctx = PageContext::from_request(response.request(), Section::None);
    // A failure on our side names the request, so the log lines can be found from a report.
    let reference = status
        .is_server_error()
        .then(|| {
            response
                .request()
                .extensions()
                .get::<RequestId>()
                .map(|id| id.to_string())
        })
        .flatten();
    let page = render_error(status, message, ctx, reference);
    // The page goes into the original response, which keeps its headers (Set-Cookie,
    // Retry-After) and the error itself, so the request's log line still names the cause.
    let (request, mut original) = response.into_parts();
    original.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    let body = page.into_body();
    Ok(ServiceResponse::new(request, original.set_body(body)))
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn only_plain_paths_on_this_site_are_local() {
        assert!(is_local_path("/admin/users?org=BRA"));
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\n",
            "https://evil.example",
            "evil",
            "/é",
            "",
        ] {
            assert!(!is_local_path(bad), "{bad:?}");
        }
    }
}
