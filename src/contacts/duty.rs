//! "Who do I call now?" for every organisation, and each organisation's duty rota.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{DateTime, Datelike, LocalResult, NaiveDateTime, TimeZone as _, Utc};
use chrono_tz::Tz;
use futures_util::FutureExt;
use serde::Deserialize;
use uuid::Uuid;

use super::availability::{Shift, format_local_time};
use super::board::{Answer, OrgAnswer};
use super::model::{self, ContactCard, ShiftRow};
use crate::audit::{Action, Author, Change};
use crate::auth::CurrentUser;
use crate::authz;
use crate::domain::FieldErrors;
use crate::error::AppError;
use crate::i18n::{Lang, Msg, dates};
use crate::orgs::model::Organisation;
use crate::orgs::views::visible_org;
use crate::pages::{PageContext, Section};
use crate::web::{HtmlForm, commit, render, render_status, see_other};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "contacts/on_duty.html")]
pub struct OnDutyPage<'a> {
    pub ctx: PageContext,
    /// Every organisation, for the filter.
    pub all: &'a [OrgAnswer],
    /// The answers shown, as HTML (`OnDutyEntries`).
    pub entries: Arc<str>,
    /// How many answers are shown; none when the code asked for is no organisation's.
    pub shown: usize,
    /// The code asked for, when the page is narrowed to one organisation.
    pub chosen: String,
    pub unreachable: usize,
}

/// The answers of the page, rendered apart so that the board can keep them.
#[derive(Template)]
#[template(path = "contacts/on_duty_entries.html")]
pub struct OnDutyEntries<'a> {
    pub ctx: &'a PageContext,
    pub answers: &'a [&'a OrgAnswer],
    pub now: DateTime<Utc>,
}

#[derive(Debug, Default, Deserialize)]
pub struct OnDutyParams {
    pub org: Option<String>,
}

/// Every active organisation's answer, or one (`?org=BRA`), from the instance's board: the
/// session's statement alone unless the board has to be computed again, and the HTML of
/// every answer is the board's too.
pub async fn on_duty(
    state: web::Data<AppState>,
    current: CurrentUser,
    params: web::Query<OnDutyParams>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let board = state
        .duty_board
        .get(&mut conn, current.directory_version)
        .await?;
    drop(conn);
    let ctx = PageContext::new(&current, Section::OnDuty);
    let code = params
        .org
        .as_deref()
        .unwrap_or_default()
        .trim()
        .to_uppercase();
    let answers: Vec<&OrgAnswer> = board
        .answers
        .iter()
        .filter(|a| code.is_empty() || a.org.code == code)
        .collect();
    let fragment = OnDutyEntries {
        ctx: &ctx,
        answers: &answers,
        now: board.at,
    };
    let entries = if code.is_empty() {
        board.rendered_for(ctx.tz(), ctx.lang, || fragment.render())?
    } else {
        fragment.render()?.into()
    };
    let page = OnDutyPage {
        all: &board.answers,
        shown: answers.len(),
        unreachable: answers.iter().filter(|a| a.nobody()).count(),
        chosen: if answers.len() == 1 { code } else { String::new() },
        entries,
        ctx,
    };
    render(&page)
}

/// The rota form's fields as typed.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct ShiftValues {
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub starts_at: String,
    #[serde(default)]
    pub ends_at: String,
}

#[derive(Template)]
#[template(path = "contacts/duty.html")]
pub struct RotaPage {
    pub ctx: PageContext,
    pub org: Organisation,
    pub shifts: Vec<ShiftRow>,
    pub contacts: Vec<ContactCard>,
    pub can_manage: bool,
    pub values: ShiftValues,
    pub errors: FieldErrors,
    pub now: DateTime<Utc>,
    pub local_time: String,
}

impl RotaPage {
    /// A time of the rota in the organisation's zone, the reader's way: the weekday matters
    /// more than the year for shifts of the coming days.
    pub fn local(&self, at: &DateTime<Utc>) -> String {
        dates::weekday_time(self.ctx.lang, &at.with_timezone(&self.org.tz()))
    }
}

async fn rota_page(
    state: &AppState,
    current: &CurrentUser,
    code: &str,
    values: ShiftValues,
    errors: FieldErrors,
) -> Result<RotaPage, AppError> {
    let mut conn = state.pool.get().await?;
    let org = visible_org(&mut conn, &current.user, code).await?;
    let now = Utc::now();
    let shifts = model::upcoming_shifts(&mut conn, org.id, now).await?;
    let contacts = model::of_organisation(&mut conn, org.id, now).await?;
    Ok(RotaPage {
        ctx: PageContext::new(current, Section::OnDuty),
        can_manage: authz::can_manage_contacts(&current.user, org.id, org.active),
        // The heading names the zone already: the time alone.
        local_time: dates::weekday_time(current.lang, &now.with_timezone(&org.tz())),
        org,
        shifts,
        contacts,
        values,
        errors,
        now,
    })
}

pub async fn rota(
    state: web::Data<AppState>,
    current: CurrentUser,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let page = rota_page(
        &state,
        &current,
        &code,
        ShiftValues::default(),
        FieldErrors::default(),
    )
    .await?;
    render(&page)
}

/// A `datetime-local` value in the organisation's zone as an instant; `invalid` is the message
/// for a value that is not one. A time skipped by a daylight-saving change is refused (its
/// message names it in `lang`); a repeated one means its first occurrence.
fn parse_local(input: &str, tz: Tz, lang: Lang, invalid: Msg) -> Result<DateTime<Utc>, Msg> {
    let Some(naive) = NaiveDateTime::parse_from_str(input.trim(), "%Y-%m-%dT%H:%M")
        .ok()
        .filter(|at| (2000..=2100).contains(&at.year()))
    else {
        return Err(invalid);
    };
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(at) => Ok(at.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        LocalResult::None => Err(Msg::new("contacts-shift-time-skipped")
            .arg("date", dates::date(lang, naive.date()))
            .arg("time", dates::time(lang, naive.time()))
            .arg("zone", tz.name())),
    }
}

pub async fn add_shift(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    code: web::Path<String>,
    HtmlForm(values): HtmlForm<ShiftValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let org = visible_org(&mut conn, &current.user, &code).await?;
    if !authz::can_manage_contacts(&current.user, org.id, org.active) {
        return Err(AppError::Forbidden);
    }
    let now = Utc::now();
    let contacts = model::of_organisation(&mut conn, org.id, now).await?;
    drop(conn);
    let mut errors = FieldErrors::default();
    let contact = Uuid::parse_str(values.contact.trim())
        .ok()
        .and_then(|id| contacts.iter().find(|c| c.contact.id == id));
    if contact.is_none() {
        errors.add("contact", Msg::new("contacts-shift-contact-unknown"));
    }
    let tz = org.tz();
    let lang = current.lang;
    let starts_at = errors.check(
        "starts_at",
        parse_local(&values.starts_at, tz, lang, Msg::new("contacts-shift-start-invalid")),
    );
    let ends_at = errors.check(
        "ends_at",
        parse_local(&values.ends_at, tz, lang, Msg::new("contacts-shift-end-invalid")),
    );
    let shift = match (contact, starts_at, ends_at) {
        (Some(contact), Some(starts_at), Some(ends_at)) => errors.check(
            "ends_at",
            Shift::new(contact.contact.id, starts_at, ends_at),
        ),
        _ => None,
    };
    if shift.is_some_and(|s| s.ends_at <= now) {
        errors.add("ends_at", Msg::new("contacts-shift-over"));
    }
    let (Some(shift), Some(contact), true) = (shift, contact, errors.is_empty()) else {
        let page = rota_page(&state, &current, &code, values, errors).await?;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let name = contact.contact.name.clone();
    let author = Author::of(&current, &req, &state.config);
    let planner = current.user.id;
    let (org_id, org_code) = (org.id, org.code.clone());
    let when = format!(
        "{} to {}",
        format_local_time(shift.starts_at, tz),
        format_local_time(shift.ends_at, tz)
    );
    let added = Msg::new("contacts-shift-added")
        .arg("name", &name)
        .arg("from", dates::weekday_time(lang, &shift.starts_at.with_timezone(&tz)))
        .arg("until", dates::weekday_time(lang, &shift.ends_at.with_timezone(&tz)));
    commit(&state.pool, author, move |conn, _| {
        async move {
            let id = model::add_shift(conn, org_id, &shift, planner).await?;
            Ok(Change::new(
                Action::DutyShiftAdded,
                "duty_shift",
                id,
                format!("{org_code}: {name:?} on call {when}"),
            )
            .flash(added))
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/orgs/{}/duty", org.code)))
}

pub async fn remove_shift(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    path: web::Path<(String, Uuid)>,
) -> Result<HttpResponse, AppError> {
    let (code, shift_id) = path.into_inner();
    let mut conn = state.pool.get().await?;
    let org = visible_org(&mut conn, &current.user, &code).await?;
    drop(conn);
    if !authz::can_manage_contacts(&current.user, org.id, org.active) {
        return Err(AppError::Forbidden);
    }
    let author = Author::of(&current, &req, &state.config);
    let (org_id, org_code) = (org.id, org.code.clone());
    let tz = org.tz();
    commit(&state.pool, author, move |conn, _| {
        async move {
            let (name, starts_at, ends_at) = model::delete_shift(conn, org_id, shift_id)
                .await?
                .ok_or(AppError::NotFound)?;
            let when = format!(
                "{} to {}",
                format_local_time(starts_at, tz),
                format_local_time(ends_at, tz)
            );
            Ok(Change::new(
                Action::DutyShiftRemoved,
                "duty_shift",
                shift_id,
                format!("{org_code}: removed {name:?} on call {when}"),
            )
            .flash(Msg::new("contacts-shift-removed").arg("name", name)))
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/orgs/{}/duty", org.code)))
}

#[cfg(test)]
mod tests {
    use super::parse_local;
    use crate::i18n::{Lang, Msg};
    use chrono_tz::Europe::London;

    fn invalid() -> Msg {
        Msg::new("contacts-shift-start-invalid")
    }

    #[test]
    fn local_times_become_instants_across_clock_changes() {
        // Summer: London is UTC+1.
        assert_eq!(
            parse_local("2026-07-10T20:00", London, Lang::En, invalid())
                .unwrap()
                .to_rfc3339(),
            "2026-07-10T19:00:00+00:00"
        );
        // 01:30 on 29 March 2026 is skipped in London.
        let skipped = parse_local("2026-03-29T01:30", London, Lang::En, invalid())
            .unwrap_err()
            .to_string();
        assert!(
            skipped.starts_with("29 Mar 2026, 01:30 does not exist in Europe/London"),
            "{skipped}"
        );
        // 01:30 on 25 October 2026 happens twice: the first one (still UTC+1) is meant.
        assert_eq!(
            parse_local("2026-10-25T01:30", London, Lang::En, invalid())
                .unwrap()
                .to_rfc3339(),
            "2026-10-25T00:30:00+00:00"
        );
        for bad in ["", "tomorrow", "-5000-01-01T00:00", "2026-13-01T00:00"] {
            assert!(parse_local(bad, London, Lang::En, invalid()).is_err(), "{bad}");
        }
    }
}
