use std::fmt;
use std::str::FromStr;

use crate::i18n::Msg;

/// What an organisation is decides what its members may do (DESIGN.md).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    serde::Deserialize,
    diesel::expression::AsExpression,
    diesel::deserialize::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
#[serde(rename_all = "lowercase")]
pub enum OrgKind {
    Coordinator,
    Country,
    Observer,
}

impl OrgKind {
    pub const ALL: [OrgKind; 3] = [OrgKind::Coordinator, OrgKind::Country, OrgKind::Observer];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Coordinator => "coordinator",
            OrgKind::Country => "country",
            OrgKind::Observer => "observer",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            OrgKind::Coordinator => "org-kind-coordinator",
            OrgKind::Country => "org-kind-country",
            OrgKind::Observer => "org-kind-observer",
        }
    }
}

impl FromStr for OrgKind {
    type Err = Msg;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "coordinator" => Ok(OrgKind::Coordinator),
            "country" => Ok(OrgKind::Country),
            "observer" => Ok(OrgKind::Observer),
            _ => Err(Msg::new("field-org-kind-unknown")),
        }
    }
}

stored_as_text!(OrgKind);

impl fmt::Display for OrgKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The short code of an organisation, used in URLs and spoken on the phone (`BRA`, `CCIB`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OrgCode(String);

impl OrgCode {
    pub fn parse(input: &str) -> Result<OrgCode, Msg> {
        let value = input.trim().to_uppercase();
        let mut chars = value.chars();
        let first_is_letter = chars.next().is_some_and(|c| c.is_ascii_uppercase());
        let rest_ok = chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
        if !(2..=16).contains(&value.len()) || !first_is_letter || !rest_ok {
            return Err(Msg::new("field-org-code-invalid"));
        }
        Ok(OrgCode(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for OrgCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An ISO 3166-1 alpha-2 country code (`BR`, `TZ`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CountryCode(String);

impl CountryCode {
    pub fn parse(input: &str) -> Result<CountryCode, Msg> {
        let value = input.trim().to_uppercase();
        if value.len() != 2 || !value.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(Msg::new("field-country-code-invalid"));
        }
        Ok(CountryCode(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_codes_are_short_upper_case_words() {
        assert_eq!(OrgCode::parse(" bra ").unwrap().as_str(), "BRA");
        assert_eq!(OrgCode::parse("RTP-CIB").unwrap().as_str(), "RTP-CIB");
        for bad in ["", "B", "1BR", "BR A", "BRA/1", "ABCDEFGHIJKLMNOPQ"] {
            assert!(OrgCode::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn country_codes_are_two_letters() {
        assert_eq!(CountryCode::parse("tz").unwrap().as_str(), "TZ");
        for bad in ["", "T", "TZA", "T1"] {
            assert!(CountryCode::parse(bad).is_err());
        }
    }

    #[test]
    fn kinds_round_trip() {
        for kind in OrgKind::ALL {
            assert_eq!(kind.as_str().parse::<OrgKind>().unwrap(), kind);
        }
        assert!("admin".parse::<OrgKind>().is_err());
    }
}
