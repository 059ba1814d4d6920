//! HTML forms: reading a submitted body, the version an edit was made against, and the one
//! step that saves a change with its audit event and its confirmation.
//!
//! Every create and edit handler has the same shape: read the form into values → turn them
//! into a draft (a pure conversion; on failure the form comes back with 422) → the lookups
//! that need the database → [`commit`] (one transaction: the change, its audit event, the
//! flash) → 303 to the record; an edit made against a version goes through
//! [`commit_if_current`] and answers 409 with the conflict page when [`Saved::Stale`].

use actix_web::dev::Payload;
use actix_web::web::Bytes;
use actix_web::{FromRequest, HttpRequest};
use diesel_async::AsyncPgConnection;
use futures_util::FutureExt;
use futures_util::future::{BoxFuture, LocalBoxFuture};
use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, Visitor};

use crate::audit::{Author, Change};
pub use crate::db::Saved;
use crate::db::{self, Pool};
use crate::error::AppError;

/// A submitted form whose fields may repeat (`assignees=BRA&assignees=TZA`), which actix's
/// `Form` cannot read. A malformed body answers 400.
pub struct HtmlForm<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for HtmlForm<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<HtmlForm<T>, actix_web::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = Bytes::from_request(req, payload);
        Box::pin(async move {
            let body = body.await?;
            serde_html_form::from_bytes(&body)
                .map(HtmlForm)
                .map_err(actix_web::error::ErrorBadRequest)
        })
    }
}

/// The version a form was filled in against. Whatever was submitted is read: anything that
/// is not a version number counts as out of date (versions start at 1), so the save answers
/// with the conflict page, never with an error page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FormVersion(pub i32);

impl FormVersion {
    pub fn parse(input: &str) -> FormVersion {
        FormVersion(input.trim().parse().unwrap_or(0))
    }
}

impl std::fmt::Display for FormVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl<'de> Deserialize<'de> for FormVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<FormVersion, D::Error> {
        struct Lenient;
        impl Visitor<'_> for Lenient {
            type Value = FormVersion;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a version number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FormVersion, E> {
                Ok(FormVersion::parse(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<FormVersion, E> {
                Ok(FormVersion(i32::try_from(v).unwrap_or(0)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<FormVersion, E> {
                Ok(FormVersion(i32::try_from(v).unwrap_or(0)))
            }
        }
        deserializer.deserialize_str(Lenient)
    }
}

/// Runs `change` in one transaction with its audit event and the author's confirmation. The
/// transaction runs in its own task (see [`db::transaction`]), so a client that goes away
/// cannot leave it half done.
pub async fn commit<T, F>(pool: &Pool, author: Author, change: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: for<'c> FnOnce(
            &'c mut AsyncPgConnection,
            &'c Author,
        ) -> BoxFuture<'c, Result<Change<T>, AppError>>
        + Send
        + 'static,
{
    db::transaction(pool, move |conn| {
        async move {
            let done = change(&mut *conn, &author).await?;
            author.apply(conn, done).await
        }
        .boxed()
    })
    .await
}

/// [`commit`] for a change made against a version: the change returns [`Saved::Stale`] when
/// that version is no longer current, and then nothing is written.
pub async fn commit_if_current<T, F>(
    pool: &Pool,
    author: Author,
    change: F,
) -> Result<Saved<T>, AppError>
where
    T: Send + 'static,
    F: for<'c> FnOnce(
            &'c mut AsyncPgConnection,
            &'c Author,
        ) -> BoxFuture<'c, Result<Saved<Change<T>>, AppError>>
        + Send
        + 'static,
{
    db::transaction(pool, move |conn| {
        async move {
            match change(&mut *conn, &author).await? {
                Saved::Stale => Ok(Saved::Stale),
                Saved::Yes(done) => Ok(Saved::Yes(author.apply(conn, done).await?)),
            }
        }
        .boxed()
    })
    .await
}

/// The value a typed input (`type="date"`, `"time"`, `"datetime-local"`, `"number"`) may
/// carry when a refused form is shown again. HTML lets such an input hold only a well-formed
/// value, and a browser drops any other (its value sanitization); the page does the same, so
/// its markup stays valid and shows what a browser would. The error beside the field says
/// what was wrong. Other kinds keep what was typed.
pub fn typed<'a>(kind: &str, value: &'a str) -> &'a str {
    use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
    // HTML's years have at least four digits and no sign; chrono would take more forms.
    let year_ok = |v: &str| {
        let year = v.split('-').next().unwrap_or_default();
        year.len() >= 4 && year.bytes().all(|b| b.is_ascii_digit()) && year != "0000"
    };
    let well_formed = match kind {
        "date" => year_ok(value) && NaiveDate::parse_from_str(value, "%Y-%m-%d").is_ok(),
        "time" => ["%H:%M", "%H:%M:%S"]
            .iter()
            .any(|f| NaiveTime::parse_from_str(value, f).is_ok()),
        "datetime-local" => {
            year_ok(value)
                && ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
                    .iter()
                    .any(|f| NaiveDateTime::parse_from_str(value, f).is_ok())
        }
        "number" => {
            let digits = value.strip_prefix('-').unwrap_or(value);
            !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && value.parse::<f64>().is_ok_and(f64::is_finite)
        }
        _ => true,
    };
    if well_formed { value } else { "" }
}

#[cfg(test)]
mod tests {
    use super::{FormVersion, typed};

    #[test]
    fn typed_inputs_keep_only_values_html_allows() {
        assert_eq!(typed("date", "2026-12-03"), "2026-12-03");
        assert_eq!(typed("date", "2026-02-31"), "");
        assert_eq!(typed("date", "+12026-01-01"), "");
        assert_eq!(typed("date", "0000-01-01"), "");
        assert_eq!(typed("date", "tomorrow"), "");
        assert_eq!(typed("time", "08:30"), "08:30");
        assert_eq!(typed("time", "25:61"), "");
        assert_eq!(
            typed("datetime-local", "2026-12-03T08:30"),
            "2026-12-03T08:30"
        );
        assert_eq!(typed("datetime-local", "2026-12-03T25:00"), "");
        assert_eq!(typed("number", "12"), "12");
        assert_eq!(typed("number", "-1.5"), "-1.5");
        assert_eq!(typed("number", "1e309"), "");
        assert_eq!(typed("number", "NaN"), "");
        assert_eq!(typed("number", "abc"), "");
        assert_eq!(typed("text", "anything \u{1F600}"), "anything \u{1F600}");
    }

    #[derive(serde::Deserialize)]
    struct Form {
        #[serde(default)]
        version: FormVersion,
    }

    #[test]
    fn any_submitted_version_is_read_and_garbage_is_stale() {
        let read = |body: &str| serde_html_form::from_str::<Form>(body).unwrap().version;
        assert_eq!(read("version=7"), FormVersion(7));
        assert_eq!(read("version=+7"), FormVersion(7));
        for stale in [
            "version=abc",
            "version=",
            "",
            "version=99999999999",
            "version=%00",
        ] {
            assert_eq!(read(stale), FormVersion(0), "{stale:?}");
        }
    }
}
