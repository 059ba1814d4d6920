//! `/admin/emails`: the emails that did not go (failed after their last try, or never sent
//! for want of an SMTP server), with the server's answer, and a retry for each.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{DateTime, Utc};
use diesel::{ExpressionMethods, QueryDsl, Queryable};
use diesel_async::RunQueryDsl;
use futures_util::FutureExt;
use uuid::Uuid;

use super::delivery;
use crate::audit::{Action, Author, Change};
use crate::authz::RequireDeliveryReader;
use crate::domain::notification::Kind;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::pages::{PageContext, Section};
use crate::schema::email_outbox;
use crate::state::AppState;
use crate::web::{ListQuery, PAGE_SIZE, Pagination, commit, render, see_other};

#[derive(Debug, Clone, Queryable)]
pub struct Undelivered {
    pub id: Uuid,
    pub kind: Kind,
    pub recipient: String,
    pub subject: String,
    pub state: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl Undelivered {
    /// Never tried: no SMTP server was configured (the stored reason is for operators).
    pub fn never_sent(&self) -> bool {
        self.state == "unsent"
    }
}

#[derive(Template)]
#[template(path = "notifications/admin.html")]
pub struct EmailsPage {
    pub ctx: PageContext,
    pub emails: Vec<Undelivered>,
    pub pagination: Pagination,
    /// Emails waiting for their (next) try.
    pub waiting: i64,
}

pub async fn index(
    state: web::Data<AppState>,
    RequireDeliveryReader(current): RequireDeliveryReader,
    params: web::Query<super::views::Params>,
) -> Result<HttpResponse, AppError> {
    let page = Pagination::requested(params.page.as_deref());
    let mut conn = state.pool.get().await?;
    let undelivered = email_outbox::table.filter(email_outbox::state.eq_any(["failed", "unsent"]));
    let mut emails: Vec<Undelivered> = undelivered
        .order((email_outbox::created_at.desc(), email_outbox::id.desc()))
        .offset(Pagination::offset(page))
        .limit(PAGE_SIZE + 1)
        .select((
            email_outbox::id,
            email_outbox::kind,
            email_outbox::recipient,
            email_outbox::subject,
            email_outbox::state,
            email_outbox::attempts,
            email_outbox::last_error,
            email_outbox::created_at,
        ))
        .load(&mut conn)
        .await?;
    let more = emails.len() as i64 > PAGE_SIZE;
    emails.truncate(PAGE_SIZE as usize);
    let waiting: i64 = email_outbox::table
        .filter(email_outbox::next_attempt_at.is_not_null())
        .count()
        .get_result(&mut conn)
        .await?;
    let seen = Pagination::offset(page) + emails.len() as i64 + i64::from(more);
    let pagination = Pagination::new(page, seen, |p| {
        format!("/admin/emails?{}", ListQuery::new().page(p).finish())
    });
    render(&EmailsPage {
        ctx: PageContext::new(&current, Section::AdminEmails),
        emails,
        pagination,
        waiting,
    })
}

pub async fn retry(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireDeliveryReader(current): RequireDeliveryReader,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let author = Author::of(&current, &req, &state.config);
    let id = *id;
    commit(&state.pool, author, move |conn, _| {
        async move {
            let recipient = delivery::retry(conn, id).await?.ok_or(AppError::NotFound)?;
            Ok(Change::new(
                Action::EmailRetried,
                "email",
                id,
                format!("email to {recipient} queued again"),
            )
            .flash(Msg::new("notifications-admin-retried").arg("recipient", recipient)))
        }
        .boxed()
    })
    .await?;
    Ok(see_other("/admin/emails"))
}
