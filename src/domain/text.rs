/// A person's display name: 1 to 200 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(input: &str) -> Result<PersonName, String> {
        non_blank(input, 200, "a name").map(PersonName)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Trimmed text of 1 to `max` characters without control characters.
pub fn non_blank(input: &str, max: usize, what: &str) -> Result<String, String> {
    let value = input.trim();
    if value.is_empty() {
        return Err(format!("Enter {what}."));
    }
    if value.chars().count() > max {
        return Err(format!("Use at most {max} characters."));
    }
    if value.chars().any(char::is_control) {
        return Err("Remove line breaks and control characters.".into());
    }
    Ok(value.to_owned())
}

/// An IANA time zone such as `Asia/Bangkok`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone(pub chrono_tz::Tz);

impl TimeZone {
    pub fn parse(input: &str) -> Result<TimeZone, String> {
        input
            .trim()
            .parse::<chrono_tz::Tz>()
            .map(TimeZone)
            .map_err(|_| "Choose a time zone from the list, such as Asia/Bangkok.".into())
    }

    pub fn name(&self) -> &'static str {
        self.0.name()
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
