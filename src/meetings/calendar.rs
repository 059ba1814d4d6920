//! Meetings in people's calendars: one meeting as an `.ics` file, and a personal feed of
//! every meeting the account may see, read by calendar applications without a session, so
//! its URL carries a secret token (made, shown once and revoked on `/account`).

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use base64::Engine as _;
use chrono::{Duration, Utc};
use futures_util::FutureExt;
use icalendar::{Calendar, Component, Event, EventLike};
use rand::RngCore as _;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::item::visible;
use super::model::{self, Meeting};
use crate::audit::{Action, Author, Change};
use crate::auth::CurrentUser;
use crate::auth::csrf::portal_origin;
use crate::authz;
use crate::error::AppError;
use crate::i18n::{Lang, Msg};
use crate::state::AppState;
use crate::web::{commit, render, see_other};

/// How far back a feed reaches, and how many meetings it holds at most.
const FEED_PAST_DAYS: i64 = 366;
const FEED_LIMIT: i64 = 1_000;

/// One meeting as an iCalendar event: times in UTC, the zone they were set in named in the
/// description, the version as its SEQUENCE so a calendar takes an edit as an update.
fn event(meeting: &Meeting, lang: Lang, origin: &str) -> Event {
    let zone = meeting.zone();
    let local = |at: chrono::DateTime<Utc>| at.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string();
    let mut lines = vec![
        Msg::new("meetings-ics-local-times")
            .arg("starts", local(meeting.starts_at))
            .arg("ends", local(meeting.ends_at))
            .arg("zone", zone.name())
            .text(lang),
    ];
    if !meeting.chair.is_empty() {
        lines.push(Msg::new("meetings-ics-chair").arg("chair", meeting.chair.clone()).text(lang));
    }
    if !meeting.video_url.is_empty() {
        lines.push(Msg::new("meetings-ics-video").arg("url", meeting.video_url.clone()).text(lang));
    }
    let url = format!("{origin}/meetings/{}", meeting.id);
    lines.push(url.clone());
    let mut event = Event::new();
    event
        .uid(&format!("{}@liaison", meeting.id))
        .summary(&meeting.title)
        .starts(meeting.starts_at)
        .ends(meeting.ends_at)
        .timestamp(meeting.updated_at)
        .last_modified(meeting.updated_at)
        .sequence(u32::try_from(meeting.version).unwrap_or(0))
        .url(&url)
        .description(&lines.join("\n"));
    let location = match (meeting.place.is_empty(), meeting.video_url.is_empty()) {
        (false, _) => meeting.place.clone(),
        (true, false) => meeting.video_url.clone(),
        (true, true) => String::new(),
    };
    if !location.is_empty() {
        event.location(&location);
    }
    event.done()
}

fn calendar_response(calendar: &Calendar, filename: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(calendar.to_string())
}

pub async fn one(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id).await?;
    let meeting = &card.meeting;
    let mut calendar = Calendar::new();
    calendar
        .name(&meeting.title)
        .timezone(meeting.zone().name())
        .push(event(meeting, current.lang, &portal_origin(&req, &state.config)));
    Ok(calendar_response(&calendar.done(), "meeting.ics"))
}

fn token_hash(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// A feed token is 32 random bytes, base64url: nothing else is a token.
fn readable_token(token: &str) -> bool {
    token.len() == 43 && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The feed of every meeting the token's account may see, from a year back; 404 for a token
/// that is unknown, revoked, or whose account or organisation was deactivated.
pub async fn feed(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    if !readable_token(&token) {
        return Err(AppError::NotFound);
    }
    let mut conn = state.pool.get().await?;
    let owner = model::feed_owner(&mut conn, &token_hash(&token))
        .await?
        .ok_or(AppError::NotFound)?;
    let scope = authz::meeting_scope_of(owner.org_kind, owner.org_id);
    let since = Utc::now() - Duration::days(FEED_PAST_DAYS);
    let meetings = model::calendar(&mut conn, scope, since, FEED_LIMIT).await?;
    let lang = owner
        .language
        .as_deref()
        .and_then(|code| code.parse::<Lang>().ok())
        .unwrap_or(Lang::En);
    let origin = portal_origin(&req, &state.config);
    let mut calendar = Calendar::new();
    calendar.name(&Msg::new("meetings-feed-name").text(lang));
    for meeting in &meetings {
        calendar.push(event(meeting, lang, &origin));
    }
    Ok(calendar_response(&calendar.done(), "liaison-meetings.ics"))
}

/// Makes a new feed URL (ending the old one) and shows it, once, on the account page.
pub async fn make_feed(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let hash = token_hash(&token);
    let author = Author::of(&current, &req, &state.config);
    let user = current.user.id;
    commit(&state.pool, author, move |conn, _| {
        async move {
            model::set_feed(conn, user, &hash).await?;
            Ok(Change::new(Action::CalendarFeedMade, "user", user, "made a new calendar feed URL"))
        }
        .boxed()
    })
    .await?;
    let url = format!("{}/calendar/{token}.ics", portal_origin(&req, &state.config));
    let tz = current.user.time_zone.name().to_owned();
    let mut page = crate::account::views::account_page(&state, &current, tz, Default::default()).await?;
    page.new_feed_url = Some(url);
    render(&page)
}

pub async fn revoke_feed(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let author = Author::of(&current, &req, &state.config);
    let user = current.user.id;
    commit(&state.pool, author, move |conn, _| {
        async move {
            let had = model::revoke_feed(conn, user).await?;
            let summary = if had { "revoked their calendar feed URL" } else { "revoked a calendar feed URL they did not have" };
            Ok(Change::new(Action::CalendarFeedRevoked, "user", user, summary)
                .flash(Msg::new("meetings-feed-revoked")))
        }
        .boxed()
    })
    .await?;
    Ok(see_other("/account#calendar"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_token_shaped_path_is_looked_up() {
        assert!(readable_token(&"a".repeat(43)));
        assert!(!readable_token(&"a".repeat(42)));
        assert!(!readable_token(&format!("{}=", "a".repeat(42))));
    }
}
