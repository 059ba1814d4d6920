//! The contact form's values as typed, and the fields they become: a pure conversion, tested
//! here without a database.

use chrono::{NaiveTime, Weekday};
use serde::Deserialize;

use super::availability::{WeeklyWindow, day_name};
use super::model::{ContactCard, ContactFields, Handle, SERVICES};
use crate::domain::languages::parse_languages;
use crate::domain::{Email, FieldErrors, Phone, TimeZone, non_blank};
use crate::i18n::Msg;
use crate::web::FormVersion;

/// The days of the week as the form's fields name them (`mon_start`, errors under `mon`).
pub const DAYS: [(&str, Weekday); 7] = [
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

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
    pub version: FormVersion,
}

/// One row of the weekly hours table as typed.
pub struct DayValues<'a> {
    pub key: &'static str,
    /// The day's name ("Monday").
    pub label: Msg,
    pub start: &'a str,
    pub end: &'a str,
}

impl ContactValues {
    pub fn of(card: &ContactCard) -> ContactValues {
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
            version: FormVersion(c.version),
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
            .map(|(key, day)| {
                let (start, end) = self.day(*day);
                DayValues {
                    key,
                    label: day_name(*day),
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

/// Text that may be left empty, else as [`non_blank`] takes it.
fn optional_text(input: &str, max: usize) -> Result<String, Msg> {
    if input.trim().is_empty() {
        Ok(String::new())
    } else {
        // Not blank here, so the message for a missing value is never the one given.
        non_blank(input, max, "field-name-missing")
    }
}

/// Reads the weekly hours: for each day both times or neither.
fn parse_hours(values: &ContactValues, errors: &mut FieldErrors) -> Vec<WeeklyWindow> {
    let mut windows = Vec::new();
    for (key, day) in DAYS {
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
                Msg::new("contacts-hours-both-times").arg("day", day_name(day)),
            ),
        }
    }
    windows
}

impl ContactValues {
/// The fields the form holds, or a message beside each wrong one. Which organisation the
/// contact belongs to is not the form's to say for most users (see `form::organisation`).
pub fn parse(&self) -> Result<ContactFields, FieldErrors> {
    let values = self;
    let mut errors = FieldErrors::default();
    let name = errors.check(
        "name",
        non_blank(&values.name, 200, "contacts-name-missing"),
    );
    let position = errors.check("position", optional_text(&values.position, 200));
    let mut phones = Vec::new();
    for (index, input) in values.phone.iter().enumerate() {
        if input.trim().is_empty() {
            continue;
        }
        match Phone::parse(input) {
            Ok(phone) if !phones.contains(&phone) => phones.push(phone),
            Ok(_) => {}
            Err(message) => errors.add(
                "phone",
                Msg::new("contacts-phone-numbered")
                    .arg("number", index + 1)
                    .arg("message", message),
            ),
        }
    }
    if phones.is_empty() && errors.get("phone").is_none() {
        errors.add("phone", Msg::new("contacts-phone-missing"));
    }
    if phones.len() > 5 {
        errors.add("phone", Msg::new("contacts-phone-too-many"));
    }
    let email = if values.email.trim().is_empty() {
        Some(None)
    } else {
        errors
            .check("email", Email::parse(&values.email))
            .map(|e| Some(e.as_str().to_owned()))
    };
    let mut handles = Vec::new();
    for (service, _) in SERVICES {
        let input = values.handle_value(service);
        if let Some(handle) = errors.check(service, optional_text(input, 100))
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
            .ok_or_else(|| Msg::new("contacts-call-order-invalid")),
    );
    let time_zone = errors.check("time_zone", TimeZone::parse(&values.time_zone));
    let always_available = match values.availability.as_str() {
        "always" => Some(true),
        "hours" => Some(false),
        _ => {
            errors.add("availability", Msg::new("contacts-availability-unknown"));
            None
        }
    };
    let mut hours = parse_hours(values, &mut errors);
    if always_available == Some(true) {
        hours.clear();
    } else if always_available == Some(false)
        && hours.is_empty()
        && DAYS.iter().all(|(key, _)| errors.get(key).is_none())
    {
        errors.add("availability", Msg::new("contacts-hours-missing"));
    }
    match (
        name,
        position,
        email,
        languages,
        escalation_order,
        time_zone,
        always_available,
    ) {
        (
            Some(name),
            Some(position),
            Some(email),
            Some(languages),
            Some(escalation_order),
            Some(time_zone),
            Some(always_available),
        ) if errors.is_empty() => Ok(ContactFields {
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
        _ => Err(errors),
    }
}
}


#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> ContactValues {
        ContactValues {
            name: " Duty officer ".into(),
            phone: vec!["081 234 5678".into(), "".into(), "+66 81 234 5678".into()],
            line: "atpc.duty".into(),
            languages: "th, en".into(),
            escalation_order: "2".into(),
            time_zone: "Asia/Bangkok".into(),
            availability: "hours".into(),
            mon_start: "08:30".into(),
            mon_end: "16:30".into(),
            ..ContactValues::default()
        }
    }

    #[test]
    fn the_form_becomes_the_contact_fields() {
        let fields = values().parse().unwrap();
        assert_eq!(fields.name, "Duty officer");
        // A Thai number typed without a country code, and the same number again, are one.
        assert_eq!(fields.phones.len(), 1);
        assert_eq!(fields.phones[0].as_str(), "+66812345678");
        assert_eq!(fields.handles.len(), 1);
        assert_eq!(fields.escalation_order, 2);
        assert!(!fields.always_available);
        assert_eq!(fields.hours.len(), 1);
    }

    #[test]
    fn around_the_clock_needs_no_hours_and_drops_typed_ones() {
        let mut always = values();
        always.availability = "always".into();
        let fields = always.parse().unwrap();
        assert!(fields.always_available && fields.hours.is_empty());
    }

    #[test]
    fn every_wrong_field_is_named() {
        let wrong = ContactValues {
            availability: "hours".into(),
            tue_start: "9".into(),
            escalation_order: "0".into(),
            time_zone: "Mars/Olympus".into(),
            email: "not an address".into(),
            ..ContactValues::default()
        };
        let errors = wrong.parse().unwrap_err();
        for field in ["name", "phone", "escalation_order", "time_zone", "email", "tue"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
        let mut no_hours = values();
        no_hours.mon_start.clear();
        no_hours.mon_end.clear();
        let errors = no_hours.parse().unwrap_err();
        assert!(errors.get("availability").is_some());
    }
}
