//! The directory's pages: the list, one contact, the form, "still correct", absences, removal
//! and vCard files.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{DateTime, NaiveTime, Utc, Weekday};
use diesel_async::AsyncPgConnection;
use futures_util::FutureExt;
use serde::Deserialize;
use uuid::Uuid;

use super::availability::{Absence, WeeklyWindow, format_local_time};
use super::model::{self, ContactCard, ContactFields, ContactQuery, Handle, SERVICES};
use super::vcard::{VCardContact, vcard_file_name, write_vcard};
use crate::audit::{Action, Author};
use crate::auth::{CurrentUser, SessionUser};
use crate::authz::{self, RequireContactAuthor};
use crate::db::{self, Saved};
use crate::domain::languages::{LANGUAGES, parse_languages};
use crate::domain::{Email, FieldErrors, Phone, TimeZone, non_blank, parse_date};
use crate::error::AppError;
use crate::orgs::model::{self as orgs, Organisation};
use crate::orgs::views::visible_org;
use crate::pages::{
    HtmlForm, ListQuery, PageContext, Section, form_version, page_count, page_number, render,
    render_status, see_other,
};
use crate::startup::AppState;

/// The days of the week as the form names them.
pub const DAYS: [(&str, &str, Weekday); 7] = [
    ("mon", "Monday", Weekday::Mon),
    ("tue", "Tuesday", Weekday::Tue),
    ("wed", "Wednesday", Weekday::Wed),
    ("thu", "Thursday", Weekday::Thu),
    ("fri", "Friday", Weekday::Fri),
    ("sat", "Saturday", Weekday::Sat),
    ("sun", "Sunday", Weekday::Sun),
];

#[derive(Debug, Default, Clone, Deserialize)]
pub struct DirectoryParams {
    pub org: Option<String>,
    pub language: Option<String>,
    pub available: Option<String>,
    pub stale: Option<String>,
    pub page: Option<String>,
}

/// The directory's filters as shown and carried by its links.
#[derive(Debug, Default, Clone)]
pub struct DirectoryState {
    pub org: String,
    pub language: String,
    pub available: bool,
    pub stale: bool,
}

impl DirectoryState {
    pub fn query(&self, page: i64) -> String {
        ListQuery::new()
            .set("org", &self.org)
            .set("language", &self.language)
            .flag("available", self.available)
            .flag("stale", self.stale)
            .page(page)
            .finish()
    }
}

#[derive(Template)]
#[template(path = "contacts/index.html")]
pub struct Directory {
    pub ctx: PageContext,
    pub cards: Vec<ContactCard>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub state: DirectoryState,
    pub orgs: Vec<Organisation>,
    pub languages: &'static [(&'static str, &'static str)],
    pub now: DateTime<Utc>,
}

pub async fn index(
    state: web::Data<AppState>,
    current: CurrentUser,
    params: web::Query<DirectoryParams>,
) -> Result<HttpResponse, AppError> {
    let params = params.into_inner();
    let mut conn = state.pool.get().await?;
    let orgs = orgs::list_active(&mut conn).await?;
    let mut query = ContactQuery::default();
    let mut list_state = DirectoryState::default();
    let code = params.org.unwrap_or_default().trim().to_uppercase();
    if let Some(org) = orgs.iter().find(|o| o.code == code) {
        query.org = Some(org.id);
        list_state.org = org.code.clone();
    }
    let language = params.language.unwrap_or_default().trim().to_lowercase();
    if LANGUAGES.iter().any(|(c, _)| *c == language) {
        query.language = Some(language.clone());
        list_state.language = language;
    }
    query.available_now = params.available.is_some_and(|v| !v.is_empty());
    query.stale = params.stale.is_some_and(|v| !v.is_empty());
    list_state.available = query.available_now;
    list_state.stale = query.stale;
    let page = page_number(params.page.as_deref());
    let now = Utc::now();
    let (cards, total) = model::list(&mut conn, &query, now, page).await?;
    render(&Directory {
        ctx: PageContext::new(&current, Section::Contacts),
        pages: page_count(total, model::PAGE_SIZE),
        cards,
        total,
        page,
        state: list_state,
        orgs,
        languages: LANGUAGES,
        now,
    })
}

/// The contact, if its organisation is active (administrators also see the others').
async fn visible(
    conn: &mut AsyncPgConnection,
    user: &SessionUser,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<ContactCard, AppError> {
    let card = model::find(conn, id, now)
        .await?
        .ok_or(AppError::NotFound)?;
    if authz::can_view_organisation(user, card.org.active) {
        Ok(card)
    } else {
        Err(AppError::NotFound)
    }
}

#[derive(Debug, Default, Clone, Deserialize)]
pub struct AbsenceValues {
    #[serde(default)]
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: String,
}

#[derive(Template)]
#[template(path = "contacts/show.html")]
pub struct ContactShow {
    pub ctx: PageContext,
    pub card: ContactCard,
    pub now: DateTime<Utc>,
    pub local_time: String,
    pub can_manage: bool,
    pub absence: AbsenceValues,
    pub errors: FieldErrors,
}

impl ContactShow {
    fn new(current: &CurrentUser, card: ContactCard, now: DateTime<Utc>) -> ContactShow {
        ContactShow {
            ctx: PageContext::new(current, Section::Contacts),
            local_time: format_local_time(now, card.contact.tz()),
            can_manage: authz::can_manage_contacts(&current.user, card.org.id, card.org.active),
            card,
            now,
            absence: AbsenceValues::default(),
            errors: FieldErrors::default(),
        }
    }
}

pub async fn show(
    state: web::Data<AppState>,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let now = Utc::now();
    let card = visible(&mut conn, &current.user, *id, now).await?;
    render(&ContactShow::new(&current, card, now))
}

/// The contact form's fields as typed, shown back on a 422 or 409.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct ContactValues {
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub position: String,
    #[serde(default)]
    pub phone: Vec<String>,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub line: String,
    #[serde(default)]
    pub whatsapp: String,
    #[serde(default)]
    pub signal: String,
    #[serde(default)]
    pub telegram: String,
    #[serde(default)]
    pub languages: String,
    #[serde(default)]
    pub escalation_order: String,
    #[serde(default)]
    pub time_zone: String,
    #[serde(default)]
    pub availability: String,
    #[serde(default)]
    pub mon_start: String,
    #[serde(default)]
    pub mon_end: String,
    #[serde(default)]
    pub tue_start: String,
    #[serde(default)]
    pub tue_end: String,
    #[serde(default)]
    pub wed_start: String,
    #[serde(default)]
    pub wed_end: String,
    #[serde(default)]
    pub thu_start: String,
    #[serde(default)]
    pub thu_end: String,
    #[serde(default)]
    pub fri_start: String,
    #[serde(default)]
    pub fri_end: String,
    #[serde(default)]
    pub sat_start: String,
    #[serde(default)]
    pub sat_end: String,
    #[serde(default)]
    pub sun_start: String,
    #[serde(default)]
    pub sun_end: String,
    #[serde(default)]
    pub version: String,
}

/// One row of the weekly hours table as typed.
pub struct DayValues<'a> {
    pub key: &'static str,
    pub label: &'static str,
    pub start: &'a str,
    pub end: &'a str,
}

impl ContactValues {
    fn of(card: &ContactCard) -> ContactValues {
        let c = &card.contact;
        let mut values = ContactValues {
            organisation: card.org.code.clone(),
            name: c.name.clone(),
            position: c.position.clone(),
            phone: c.phones().iter().map(Phone::display).collect(),
            email: c.email.clone().unwrap_or_default(),
            line: card.handle("line").unwrap_or_default().to_owned(),
            whatsapp: card.handle("whatsapp").unwrap_or_default().to_owned(),
            signal: card.handle("signal").unwrap_or_default().to_owned(),
            telegram: card.handle("telegram").unwrap_or_default().to_owned(),
            languages: c.language_codes().join(", "),
            escalation_order: c.escalation_order.to_string(),
            time_zone: c.time_zone.clone(),
            availability: if c.always_available {
                "always"
            } else {
                "hours"
            }
            .into(),
            version: c.version.to_string(),
            ..ContactValues::default()
        };
        for window in &card.hours {
            let (start, end) = values.day_mut(window.weekday);
            *start = window.start.format("%H:%M").to_string();
            *end = window.end.format("%H:%M").to_string();
        }
        values
    }

    fn day_mut(&mut self, day: Weekday) -> (&mut String, &mut String) {
        match day {
            Weekday::Mon => (&mut self.mon_start, &mut self.mon_end),
            Weekday::Tue => (&mut self.tue_start, &mut self.tue_end),
            Weekday::Wed => (&mut self.wed_start, &mut self.wed_end),
            Weekday::Thu => (&mut self.thu_start, &mut self.thu_end),
            Weekday::Fri => (&mut self.fri_start, &mut self.fri_end),
            Weekday::Sat => (&mut self.sat_start, &mut self.sat_end),
            Weekday::Sun => (&mut self.sun_start, &mut self.sun_end),
        }
    }

    fn day(&self, day: Weekday) -> (&str, &str) {
        match day {
            Weekday::Mon => (&self.mon_start, &self.mon_end),
            Weekday::Tue => (&self.tue_start, &self.tue_end),
            Weekday::Wed => (&self.wed_start, &self.wed_end),
            Weekday::Thu => (&self.thu_start, &self.thu_end),
            Weekday::Fri => (&self.fri_start, &self.fri_end),
            Weekday::Sat => (&self.sat_start, &self.sat_end),
            Weekday::Sun => (&self.sun_start, &self.sun_end),
        }
    }

    pub fn days(&self) -> Vec<DayValues<'_>> {
        DAYS.iter()
            .map(|(key, label, day)| {
                let (start, end) = self.day(*day);
                DayValues {
                    key,
                    label,
                    start,
                    end,
                }
            })
            .collect()
    }

    /// The phone inputs: what was typed, and empty ones up to three.
    pub fn phone_inputs(&self) -> Vec<&str> {
        let mut inputs: Vec<&str> = self.phone.iter().map(String::as_str).collect();
        while inputs.len() < 3 {
            inputs.push("");
        }
        inputs
    }

    pub fn handle_value(&self, service: &str) -> &str {
        match service {
            "line" => &self.line,
            "whatsapp" => &self.whatsapp,
            "signal" => &self.signal,
            _ => &self.telegram,
        }
    }
}

#[derive(Template)]
#[template(path = "contacts/form.html")]
pub struct ContactForm {
    pub ctx: PageContext,
    pub values: ContactValues,
    pub errors: FieldErrors,
    pub editing: Option<ContactCard>,
    pub conflict: Option<ContactCard>,
    /// Organisations the user may choose; empty when the organisation is fixed.
    pub orgs: Vec<Organisation>,
    /// The organisation when the user cannot choose.
    pub fixed_org: Option<String>,
    pub time_zones: Vec<&'static str>,
    pub services: [(&'static str, &'static str); 4],
}

impl ContactForm {
    async fn load(
        conn: &mut AsyncPgConnection,
        current: &CurrentUser,
        values: ContactValues,
        editing: Option<ContactCard>,
    ) -> Result<ContactForm, AppError> {
        let user = &current.user;
        let (orgs, fixed_org) = match &editing {
            Some(card) => (
                Vec::new(),
                Some(format!("{} · {}", card.org.code, card.org.name)),
            ),
            None if authz::can_manage_any_organisations_contacts(user) => {
                (orgs::list_active(conn).await?, None)
            }
            None => (
                Vec::new(),
                Some(format!("{} · {}", user.org_code, user.org_name)),
            ),
        };
        Ok(ContactForm {
            ctx: PageContext::new(current, Section::Contacts),
            values,
            errors: FieldErrors::default(),
            editing,
            conflict: None,
            orgs,
            fixed_org,
            time_zones: TimeZone::all_names(),
            services: SERVICES,
        })
    }
}

fn optional_text(input: &str, max: usize, what: &str) -> Result<String, String> {
    if input.trim().is_empty() {
        Ok(String::new())
    } else {
        non_blank(input, max, what)
    }
}

/// Reads the weekly hours: for each day both times or neither.
fn parse_hours(values: &ContactValues, errors: &mut FieldErrors) -> Vec<WeeklyWindow> {
    let mut windows = Vec::new();
    for (key, label, day) in DAYS {
        let (start, end) = values.day(day);
        let (start, end) = (start.trim(), end.trim());
        if start.is_empty() && end.is_empty() {
            continue;
        }
        let time = |s: &str| NaiveTime::parse_from_str(s, "%H:%M").ok();
        match (time(start), time(end)) {
            (Some(start), Some(end)) => match WeeklyWindow::new(day, start, end) {
                Ok(window) => windows.push(window),
                Err(message) => errors.add(key, message),
            },
            _ => errors.add(
                key,
                format!("Give both times for {label} as HH:MM, or leave both empty."),
            ),
        }
    }
    windows
}

/// Parses the form. The organisation is the user's own (or, for coordinators, the one chosen);
/// an edit never moves a contact to another organisation.
async fn parse_fields(
    conn: &mut AsyncPgConnection,
    user: &SessionUser,
    values: &ContactValues,
    editing: Option<&ContactCard>,
) -> Result<ContactFields, AppError> {
    let mut errors = FieldErrors::default();
    let organisation_id = match editing {
        Some(card) => Some(card.org.id),
        None if authz::can_manage_any_organisations_contacts(user) => {
            match orgs::find_by_code(conn, values.organisation.trim()).await? {
                Some(org) if org.active => Some(org.id),
                _ => {
                    errors.add("organisation", "Choose an organisation from the list.");
                    None
                }
            }
        }
        None => Some(user.org_id),
    };
    let name = errors.check("name", non_blank(&values.name, 200, "the contact's name"));
    let position = errors.check(
        "position",
        optional_text(&values.position, 200, "a position"),
    );
    let mut phones = Vec::new();
    for (index, input) in values.phone.iter().enumerate() {
        if input.trim().is_empty() {
            continue;
        }
        match Phone::parse(input) {
            Ok(phone) if !phones.contains(&phone) => phones.push(phone),
            Ok(_) => {}
            Err(message) => errors.add("phone", format!("Number {}: {message}", index + 1)),
        }
    }
    if phones.is_empty() && errors.get("phone").is_none() {
        errors.add("phone", "Give at least one phone number to call.");
    }
    if phones.len() > 5 {
        errors.add("phone", "Give at most five phone numbers.");
    }
    let email = if values.email.trim().is_empty() {
        Some(None)
    } else {
        errors
            .check("email", Email::parse(&values.email))
            .map(|e| Some(e.as_str().to_owned()))
    };
    let mut handles = Vec::new();
    for (service, label) in SERVICES {
        let input = values.handle_value(service);
        if let Some(handle) = errors.check(service, optional_text(input, 100, label))
            && !handle.is_empty()
        {
            handles.push(Handle {
                service: service.to_owned(),
                handle,
            });
        }
    }
    let languages = errors.check("languages", parse_languages(&values.languages));
    let escalation_order = errors.check(
        "escalation_order",
        values
            .escalation_order
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|n| (1..=99).contains(n))
            .ok_or_else(|| "Give a number from 1 (call first) to 99.".to_owned()),
    );
    let time_zone = errors.check("time_zone", TimeZone::parse(&values.time_zone));
    let always_available = match values.availability.as_str() {
        "always" => Some(true),
        "hours" => Some(false),
        _ => {
            errors.add("availability", "Choose 24/7 or weekly hours.");
            None
        }
    };
    let mut hours = parse_hours(values, &mut errors);
    if always_available == Some(true) {
        hours.clear();
    } else if always_available == Some(false)
        && hours.is_empty()
        && DAYS.iter().all(|(key, _, _)| errors.get(key).is_none())
    {
        errors.add(
            "availability",
            "Give the hours of at least one day, or choose 24/7.",
        );
    }
    match (
        organisation_id,
        name,
        position,
        email,
        languages,
        escalation_order,
        time_zone,
        always_available,
    ) {
        (
            Some(organisation_id),
            Some(name),
            Some(position),
            Some(email),
            Some(languages),
            Some(escalation_order),
            Some(time_zone),
            Some(always_available),
        ) if errors.is_empty() => Ok(ContactFields {
            organisation_id,
            name,
            position,
            phones,
            email,
            handles,
            languages,
            escalation_order,
            time_zone: time_zone.0,
            always_available,
            hours,
        }),
        _ => Err(AppError::Invalid(errors)),
    }
}

pub async fn new_form(
    state: web::Data<AppState>,
    RequireContactAuthor(current): RequireContactAuthor,
    params: web::Query<DirectoryParams>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let values = ContactValues {
        organisation: params.org.clone().unwrap_or_default().to_uppercase(),
        escalation_order: "1".into(),
        time_zone: chrono_tz::Asia::Bangkok.name().into(),
        availability: "hours".into(),
        ..ContactValues::default()
    };
    render(&ContactForm::load(&mut conn, &current, values, None).await?)
}

/// A one-line description of a contact's reachable details, for the audit log. Numbers are
/// not personal data of victims: they are the organisations' official contact points.
fn summary(fields: &ContactFields) -> String {
    let phones: Vec<&str> = fields.phones.iter().map(Phone::as_str).collect();
    format!(
        "{:?} ({}), order {}, {}, phones {}",
        fields.name,
        if fields.position.is_empty() {
            "no position"
        } else {
            &fields.position
        },
        fields.escalation_order,
        if fields.always_available {
            "24/7".to_owned()
        } else {
            super::availability::describe_weekly_hours(&fields.hours)
        },
        phones.join(" ")
    )
}

pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    RequireContactAuthor(current): RequireContactAuthor,
    HtmlForm(values): HtmlForm<ContactValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let fields = match parse_fields(&mut conn, &current.user, &values, None).await {
        Ok(fields) => fields,
        Err(AppError::Invalid(errors)) => {
            let mut page = ContactForm::load(&mut conn, &current, values, None).await?;
            page.errors = errors;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
        Err(error) => return Err(error),
    };
    // parse_fields accepts only active organisations.
    if !authz::can_manage_contacts(&current.user, fields.organisation_id, true) {
        return Err(AppError::Forbidden);
    }
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let id = db::transaction(&state.pool, move |conn| {
        async move {
            let id = model::insert(conn, &fields, author.user.id).await?;
            author
                .record(
                    conn,
                    Action::ContactCreated,
                    "contact_point",
                    id,
                    format!("added {}", summary(&fields)),
                )
                .await?;
            author
                .flash(conn, format!("{} added.", fields.name))
                .await?;
            Ok(id)
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/contacts/{id}")))
}

/// The contact, when the user may change it: 404 when not visible, 403 when not theirs.
async fn manageable(
    conn: &mut AsyncPgConnection,
    user: &SessionUser,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<ContactCard, AppError> {
    let card = visible(conn, user, id, now).await?;
    if authz::can_manage_contacts(user, card.org.id, card.org.active) {
        Ok(card)
    } else {
        Err(AppError::Forbidden)
    }
}

pub async fn edit_form(
    state: web::Data<AppState>,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = manageable(&mut conn, &current.user, *id, Utc::now()).await?;
    let values = ContactValues::of(&card);
    render(&ContactForm::load(&mut conn, &current, values, Some(card)).await?)
}

pub async fn update(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    HtmlForm(mut values): HtmlForm<ContactValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = manageable(&mut conn, &current.user, *id, Utc::now()).await?;
    let fields = match parse_fields(&mut conn, &current.user, &values, Some(&card)).await {
        Ok(fields) => fields,
        Err(AppError::Invalid(errors)) => {
            let mut page = ContactForm::load(&mut conn, &current, values, Some(card)).await?;
            page.errors = errors;
            return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
        Err(error) => return Err(error),
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let contact_id = card.contact.id;
    let version = form_version(&values.version);
    let saved = db::transaction(&state.pool, move |conn| {
        async move {
            if !model::update(conn, contact_id, version, &fields, author.user.id).await? {
                return Ok(Saved::Stale);
            }
            author
                .record(
                    conn,
                    Action::ContactUpdated,
                    "contact_point",
                    contact_id,
                    format!("saved {}", summary(&fields)),
                )
                .await?;
            author
                .flash(conn, format!("{} saved.", fields.name))
                .await?;
            Ok(Saved::Yes)
        }
        .boxed()
    })
    .await?;
    if saved == Saved::Yes {
        return Ok(see_other(&format!("/contacts/{contact_id}")));
    }
    let mut conn = state.pool.get().await?;
    let stored = visible(&mut conn, &current.user, contact_id, Utc::now()).await?;
    // The form comes back with what was typed, against the current version, so a second
    // submit is a deliberate overwrite.
    values.version = stored.contact.version.to_string();
    let mut page = ContactForm::load(&mut conn, &current, values, Some(stored.clone())).await?;
    page.conflict = Some(stored);
    render_status(StatusCode::CONFLICT, &page)
}

pub async fn verify(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = manageable(&mut conn, &current.user, *id, Utc::now()).await?;
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let contact_id = card.contact.id;
    let name = card.contact.name.clone();
    db::transaction(&state.pool, move |conn| {
        async move {
            model::verify(conn, contact_id, author.user.id).await?;
            author
                .record(
                    conn,
                    Action::ContactVerified,
                    "contact_point",
                    contact_id,
                    format!("confirmed {name:?} as still correct"),
                )
                .await?;
            author
                .flash(
                    conn,
                    format!("Thank you: {name} is confirmed as correct today."),
                )
                .await
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/contacts/{contact_id}")))
}

#[derive(Debug, Default, Deserialize)]
pub struct DeleteValues {
    #[serde(default)]
    pub confirm: String,
}

pub async fn delete(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    form: web::Form<DeleteValues>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let now = Utc::now();
    let card = manageable(&mut conn, &current.user, *id, now).await?;
    if form.confirm != "yes" {
        let mut page = ContactShow::new(&current, card, now);
        page.errors.add(
            "confirm",
            "Tick the box to confirm that this contact should be removed.",
        );
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let contact_id = card.contact.id;
    let name = card.contact.name.clone();
    let org = card.org.code.clone();
    db::transaction(&state.pool, move |conn| {
        async move {
            model::delete(conn, contact_id).await?;
            author
                .record(
                    conn,
                    Action::ContactDeleted,
                    "contact_point",
                    contact_id,
                    format!("removed {name:?} of {org}"),
                )
                .await?;
            author
                .flash(conn, format!("{name} removed from the directory."))
                .await
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/contacts?org={}", card.org.code)))
}

pub async fn add_absence(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    id: web::Path<Uuid>,
    form: web::Form<AbsenceValues>,
) -> Result<HttpResponse, AppError> {
    let values = form.into_inner();
    let mut conn = state.pool.get().await?;
    let now = Utc::now();
    let card = manageable(&mut conn, &current.user, *id, now).await?;
    let mut errors = FieldErrors::default();
    let from = errors.check("starts_on", parse_date(&values.starts_on, "the first day"));
    let to = errors.check("ends_on", parse_date(&values.ends_on, "the last day"));
    let absence = match (from, to) {
        (Some(from), Some(to)) => errors.check("ends_on", Absence::new(from, to)),
        _ => None,
    };
    let today_there = now.with_timezone(&card.contact.tz()).date_naive();
    if absence.is_some_and(|a| a.to < today_there) {
        errors.add("ends_on", "This absence is already over.");
    }
    let Some(absence) = absence.filter(|_| errors.is_empty()) else {
        let mut page = ContactShow::new(&current, card, now);
        page.errors = errors;
        page.absence = values;
        return render_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let contact_id = card.contact.id;
    let name = card.contact.name.clone();
    db::transaction(&state.pool, move |conn| {
        async move {
            model::add_absence(conn, contact_id, &absence).await?;
            author
                .record(
                    conn,
                    Action::ContactAbsenceAdded,
                    "contact_point",
                    contact_id,
                    format!("{name:?} absent {} to {}", absence.from, absence.to),
                )
                .await?;
            author
                .flash(
                    conn,
                    format!(
                        "{name} is marked absent from {} to {}.",
                        absence.from, absence.to
                    ),
                )
                .await
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/contacts/{contact_id}")))
}

pub async fn remove_absence(
    state: web::Data<AppState>,
    req: HttpRequest,
    current: CurrentUser,
    path: web::Path<(Uuid, Uuid)>,
) -> Result<HttpResponse, AppError> {
    let (id, absence_id) = path.into_inner();
    let mut conn = state.pool.get().await?;
    let card = manageable(&mut conn, &current.user, id, Utc::now()).await?;
    drop(conn);
    let author = Author::of(&current, &req, &state.config);
    let name = card.contact.name.clone();
    db::transaction(&state.pool, move |conn| {
        async move {
            let removed = model::delete_absence(conn, id, absence_id)
                .await?
                .ok_or(AppError::NotFound)?;
            author
                .record(
                    conn,
                    Action::ContactAbsenceRemoved,
                    "contact_point",
                    id,
                    format!(
                        "{name:?} no longer absent {} to {}",
                        removed.starts_on, removed.ends_on
                    ),
                )
                .await?;
            author
                .flash(conn, format!("Absence of {name} removed."))
                .await
        }
        .boxed()
    })
    .await?;
    Ok(see_other(&format!("/contacts/{id}")))
}

/// Appends the card to a vCard file.
fn write_card(out: &mut String, card: &ContactCard) {
    let c = &card.contact;
    let phones: Vec<String> = c.phones().iter().map(|p| p.as_str().to_owned()).collect();
    let messaging: Vec<(&str, &str)> = card
        .handles
        .iter()
        .map(|h| (h.service_label(), h.handle.as_str()))
        .collect();
    let languages: Vec<String> = c.language_codes().iter().map(|l| (*l).to_owned()).collect();
    let note = format!("Availability: {}", card.describe_hours());
    write_vcard(
        out,
        &VCardContact {
            uid: c.id,
            name: &c.name,
            organisation: &card.org.name,
            title: &c.position,
            phones: &phones,
            email: c.email.as_deref(),
            messaging: &messaging,
            languages: &languages,
            time_zone: &c.time_zone,
            note: &note,
            revised: c.verified_at,
        },
    );
}

fn vcard_response(body: String, file_name: &str) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/vcard; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file_name}\""),
        ))
        .body(body)
}

pub async fn vcard(
    state: web::Data<AppState>,
    current: CurrentUser,
    id: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let card = visible(&mut conn, &current.user, *id, Utc::now()).await?;
    let mut body = String::new();
    write_card(&mut body, &card);
    Ok(vcard_response(body, &vcard_file_name(&card.contact.name)))
}

pub async fn org_vcards(
    state: web::Data<AppState>,
    current: CurrentUser,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let mut conn = state.pool.get().await?;
    let org = visible_org(&mut conn, &current.user, &code).await?;
    let cards = model::of_organisation(&mut conn, org.id, Utc::now()).await?;
    let mut body = String::new();
    for card in &cards {
        write_card(&mut body, card);
    }
    let file_name = format!("{}-contacts.vcf", org.code.to_lowercase());
    Ok(vcard_response(body, &file_name))
}
