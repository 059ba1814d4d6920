use chrono::NaiveDate;

use crate::i18n::Msg;

/// A person's display name: 1 to 200 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(input: &str) -> Result<PersonName, Msg> {
        non_blank(input, 200, "field-name-missing").map(PersonName)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Trimmed text of 1 to `max` characters without control characters; `missing` is the
/// message for an empty field ("Enter a title.").
pub fn non_blank(input: &str, max: usize, missing: &'static str) -> Result<String, Msg> {
    let value = input.trim();
    if value.is_empty() {
        return Err(Msg::new(missing));
    }
    if value.chars().count() > max {
        return Err(Msg::new("field-too-long").arg("max", max));
    }
    if value.chars().any(char::is_control) {
        return Err(Msg::new("field-no-line-breaks"));
    }
    Ok(value.to_owned())
}

/// One line that may be left empty, else as [`non_blank`] takes it.
pub fn optional_line(input: &str, max: usize) -> Result<String, Msg> {
    let value = input.trim();
    if value.chars().count() > max {
        return Err(Msg::new("field-too-long").arg("max", max));
    }
    if value.chars().any(char::is_control) {
        return Err(Msg::new("field-no-line-breaks"));
    }
    Ok(value.to_owned())
}

/// A date typed as `YYYY-MM-DD` (what `<input type="date">` sends).
/// `missing` is the message for an empty field.
pub fn parse_date(input: &str, missing: &'static str) -> Result<NaiveDate, Msg> {
    let value = input.trim();
    if value.is_empty() {
        return Err(Msg::new(missing));
    }
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .filter(|d| (2000..=2100).contains(&chrono::Datelike::year(d)))
        .ok_or_else(|| Msg::new("field-date-format"))
}

/// Free text of up to `max` characters; line breaks allowed (Markdown), other control
/// characters not.
/// A date that may be left empty (`YYYY-MM-DD`, as a date input sends it), between 1900 and
/// 2100.
pub fn optional_date(input: &str) -> Result<Option<NaiveDate>, Msg> {
    let value = input.trim();
    if value.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .filter(|d| (1900..=2100).contains(&chrono::Datelike::year(d)))
        .map(Some)
        .ok_or_else(|| Msg::new("field-date-format"))
}

pub fn long_text(input: &str, max: usize) -> Result<String, Msg> {
    let value = input.trim().replace("\r\n", "\n");
    if value.chars().count() > max {
        return Err(Msg::new("field-too-long").arg("max", max));
    }
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(Msg::new("field-no-control-characters"));
    }
    Ok(value)
}

/// An IANA time zone such as `Asia/Bangkok`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone(pub chrono_tz::Tz);

impl TimeZone {
    pub fn parse(input: &str) -> Result<TimeZone, Msg> {
        input
            .trim()
            .parse::<chrono_tz::Tz>()
            .map(TimeZone)
            .map_err(|_| Msg::new("field-time-zone-unknown"))
    }

    pub fn name(&self) -> &'static str {
        self.0.name()
    }

    /// A zone name read back from the database. The database holds only names this type
    /// parsed, so the fallback (the portal's home zone) is for a zone a newer time-zone
    /// release might have renamed.
    pub fn from_stored(name: &str) -> chrono_tz::Tz {
        name.parse().unwrap_or(chrono_tz::Asia::Bangkok)
    }

    /// Every zone name, for the forms' drop-downs.
    pub fn all_names() -> Vec<&'static str> {
        chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_text() {
        assert_eq!(
            parse_date("2026-12-31", "a due date"),
            Ok(chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap())
        );
        assert!(parse_date("31/12/2026", "a due date").is_err());
        assert!(parse_date("", "a due date").is_err());
        assert!(parse_date("1999-01-01", "a due date").is_err());
        assert_eq!(long_text(" a\r\nb ", 10), Ok("a\nb".into()));
        assert!(long_text("a\u{0}b", 10).is_err());
        assert!(long_text(&"x".repeat(11), 10).is_err());
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(
            PersonName::parse("  Somchai  ").unwrap().as_str(),
            "Somchai"
        );
        assert!(PersonName::parse("   ").is_err());
        assert!(PersonName::parse(&"x".repeat(201)).is_err());
        assert!(PersonName::parse("a\nb").is_err());
    }

    #[test]
    fn time_zones_come_from_the_iana_database() {
        assert_eq!(
            TimeZone::parse("Asia/Bangkok").unwrap().name(),
            "Asia/Bangkok"
        );
        assert!(TimeZone::parse("Mars/Olympus").is_err());
    }
}
