//! The request form's values as typed, and what they become: the personal part, the
//! situation and the clear fields (a pure conversion, tested here).

use chrono::NaiveDate;
use serde::Deserialize;
use uuid::Uuid;

use super::model::{Person, RequestCard, RequestFields, Situation};
use crate::domain::rescue::{Sex, Urgency, normalise_passport};
use crate::domain::{FieldErrors, Phone, long_text, non_blank, optional_date, optional_line};
use crate::i18n::Msg;
use crate::web::FormVersion;

/// Long texts (circumstances, recruitment) are a few paragraphs at most.
const LONG: usize = 5_000;
const PHONES_MAX: usize = 10;

/// The form's fields as typed, shown back on a 422 or 409.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct RequestValues {
    #[serde(default)]
    pub nationality: String,
    #[serde(default)]
    pub full_name: String,
    #[serde(default)]
    pub other_names: String,
    #[serde(default)]
    pub sex: String,
    #[serde(default)]
    pub date_of_birth: String,
    #[serde(default)]
    pub approximate_age: String,
    #[serde(default)]
    pub passport_number: String,
    /// One number per line.
    #[serde(default)]
    pub phones: String,
    #[serde(default)]
    pub handles: String,
    #[serde(default)]
    pub family_contact: String,
    #[serde(default)]
    pub last_known_location: String,
    #[serde(default)]
    pub area: String,
    #[serde(default)]
    pub compound: String,
    #[serde(default)]
    pub last_contact_on: String,
    #[serde(default)]
    pub recruitment: String,
    #[serde(default)]
    pub circumstances: String,
    #[serde(default)]
    pub urgency: String,
    /// The border referral this request is opened from ("asks for help"), by id.
    #[serde(default)]
    pub referral: String,
    #[serde(default)]
    pub version: FormVersion,
}

impl RequestValues {
    /// The stored request as form values (its personal part opened: only readers who may see
    /// it reach a form).
    pub fn of(card: &RequestCard) -> RequestValues {
        let row = &card.row;
        let (person, situation) = match &card.personal {
            Some(p) => (p.person.clone(), p.situation.clone()),
            None => (Person::default(), Situation::default()),
        };
        RequestValues {
            nationality: row.nationality.clone(),
            full_name: person.full_name,
            other_names: person.other_names,
            sex: person.sex.as_str().to_owned(),
            date_of_birth: person.date_of_birth.map(|d| d.to_string()).unwrap_or_default(),
            approximate_age: person
                .approximate_age
                .map(|a| a.to_string())
                .unwrap_or_default(),
            passport_number: person.passport_number.unwrap_or_default(),
            phones: person
                .phones
                .iter()
                .map(|p| Phone::from_e164_unchecked(p.clone()).display())
                .collect::<Vec<_>>()
                .join("\n"),
            handles: person.handles,
            family_contact: person.family_contact,
            last_known_location: situation.last_known_location,
            area: row.area_id.to_string(),
            compound: situation.compound,
            last_contact_on: row.last_contact_on.map(|d| d.to_string()).unwrap_or_default(),
            recruitment: situation.recruitment,
            circumstances: situation.circumstances,
            urgency: row.urgency.as_str().to_owned(),
            referral: String::new(),
            version: FormVersion(row.version),
        }
    }

    /// Reads the form; `today` is the user's (a date of birth or a last contact cannot be in
    /// the future), `areas` the ids the form offers.
    pub fn parse(&self, today: NaiveDate, areas: &[Uuid]) -> Result<RequestFields, FieldErrors> {
        let mut errors = FieldErrors::default();
        let nationality = self.nationality.trim().to_ascii_uppercase();
        if !(nationality.len() == 2 && nationality.bytes().all(|b| b.is_ascii_uppercase())) {
            errors.add("nationality", Msg::new("rescue-field-nationality-unknown"));
        }
        let full_name = errors.check(
            "full_name",
            non_blank(&self.full_name, 200, "rescue-field-full-name-missing"),
        );
        let other_names = errors.check("other_names", optional_line(&self.other_names, 500));
        let sex = errors.check("sex", self.sex.parse::<Sex>());
        let date_of_birth = errors.check("date_of_birth", optional_date(&self.date_of_birth));
        if let Some(Some(dob)) = date_of_birth
            && dob > today
        {
            errors.add("date_of_birth", Msg::new("rescue-field-date-future"));
        }
        let approximate_age = errors.check("approximate_age", age(&self.approximate_age));
        if matches!(date_of_birth, Some(None)) && matches!(approximate_age, Some(None)) {
            errors.add("date_of_birth", Msg::new("rescue-field-age-missing"));
        }
        let passport_number =
            errors.check("passport_number", normalise_passport(&self.passport_number));
        let phones = errors.check("phones", phones(&self.phones));
        let handles = errors.check("handles", long_text(&self.handles, 1_000));
        let family_contact = errors.check("family_contact", long_text(&self.family_contact, 1_000));
        let last_known_location = errors.check(
            "last_known_location",
            long_text(&self.last_known_location, 2_000).and_then(|t| {
                if t.is_empty() {
                    Err(Msg::new("rescue-field-location-missing"))
                } else {
                    Ok(t)
                }
            }),
        );
        let area = self
            .area
            .trim()
            .parse::<Uuid>()
            .ok()
            .filter(|id| areas.contains(id));
        if area.is_none() {
            errors.add("area", Msg::new("rescue-field-area-unknown"));
        }
        let compound = errors.check("compound", optional_line(&self.compound, 200));
        let last_contact_on = errors.check("last_contact_on", optional_date(&self.last_contact_on));
        if let Some(Some(date)) = last_contact_on
            && date > today
        {
            errors.add("last_contact_on", Msg::new("rescue-field-date-future"));
        }
        let recruitment = errors.check("recruitment", long_text(&self.recruitment, LONG));
        let circumstances = errors.check("circumstances", long_text(&self.circumstances, LONG));
        let urgency = errors.check("urgency", self.urgency.parse::<Urgency>());
        if !errors.is_empty() {
            return Err(errors);
        }
        // Every check above passed, so every value is there.
        let fields = (|| {
            Some(RequestFields {
                nationality,
                urgency: urgency?,
                area_id: area?,
                last_contact_on: last_contact_on?,
                person: Person {
                    full_name: full_name?,
                    other_names: other_names?,
                    sex: sex?,
                    date_of_birth: date_of_birth?,
                    approximate_age: approximate_age?,
                    passport_number: passport_number?,
                    phones: phones?,
                    handles: handles?,
                    family_contact: family_contact?,
                },
                situation: Situation {
                    last_known_location: last_known_location?,
                    compound: compound?,
                    recruitment: recruitment?,
                    circumstances: circumstances?,
                },
            })
        })();
        fields.ok_or(errors)
    }
}

/// The label of a form field, by its name, as an edit's timeline entry lists them.
pub fn field_label(name: &str) -> Option<&'static str> {
    Some(match name {
        "urgency" => "rescue-col-urgency",
        "area" => "rescue-col-area",
        "last_contact_on" => "rescue-last-contact",
        "full_name" => "rescue-full-name",
        "other_names" => "rescue-other-names",
        "sex" => "rescue-sex",
        "date_of_birth" => "rescue-date-of-birth",
        "approximate_age" => "rescue-approximate-age-label",
        "passport_number" => "rescue-passport",
        "phones" => "rescue-phones",
        "handles" => "rescue-handles",
        "family_contact" => "rescue-family-contact",
        "last_known_location" => "rescue-last-known-location",
        "compound" => "rescue-compound",
        "recruitment" => "rescue-recruitment",
        "circumstances" => "rescue-circumstances",
        _ => return None,
    })
}

/// A date people were born or last heard from: any year since 1900 (`parse_date` takes the
/// years of due dates and meetings only).
fn age(input: &str) -> Result<Option<u8>, Msg> {
    let value = input.trim();
    if value.is_empty() {
        return Ok(None);
    }
    value
        .parse::<u8>()
        .ok()
        .filter(|a| (1..=120).contains(a))
        .map(Some)
        .ok_or_else(|| Msg::new("rescue-field-age-invalid"))
}

/// One number per line (or separated by commas); each must be a real number, written with its
/// country code unless Thai.
fn phones(input: &str) -> Result<Vec<String>, Msg> {
    let mut out: Vec<String> = Vec::new();
    for line in input.split(['\n', ',', ';']).map(str::trim).filter(|l| !l.is_empty()) {
        let phone = Phone::parse(line).map_err(|e| {
            Msg::new("rescue-field-phone-invalid").arg("phone", line).arg("reason", e)
        })?;
        if !out.iter().any(|p| p == phone.as_str()) {
            out.push(phone.as_str().to_owned());
        }
    }
    if out.len() > PHONES_MAX {
        return Err(Msg::new("rescue-field-phones-too-many").arg("max", PHONES_MAX));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
    }

    fn valid(area: Uuid) -> RequestValues {
        RequestValues {
            nationality: "br".into(),
            full_name: "  Ana Lima  ".into(),
            sex: "female".into(),
            approximate_age: "24".into(),
            passport_number: "fa 123-4567".into(),
            phones: "+55 61 99999-1234\n+66 81 234 5678\n+55 61 99999-1234".into(),
            last_known_location: "A compound near the river".into(),
            area: area.to_string(),
            urgency: "life_at_risk".into(),
            ..RequestValues::default()
        }
    }

    #[test]
    fn a_complete_form_becomes_the_fields() {
        let area = Uuid::now_v7();
        let fields = valid(area).parse(today(), &[area]).unwrap();
        assert_eq!(fields.nationality, "BR");
        assert_eq!(fields.person.full_name, "Ana Lima");
        assert_eq!(fields.person.passport_number.as_deref(), Some("FA1234567"));
        assert_eq!(fields.person.phones, ["+5561999991234", "+66812345678"]);
        assert_eq!(fields.person.approximate_age, Some(24));
        assert_eq!(fields.urgency, Urgency::LifeAtRisk);
        assert_eq!(fields.area_id, area);
    }

    #[test]
    fn every_wrong_field_is_named() {
        let area = Uuid::now_v7();
        let values = RequestValues {
            nationality: "Brazil".into(),
            full_name: " ".into(),
            sex: "x".into(),
            date_of_birth: "2030-01-01".into(),
            approximate_age: "200".into(),
            passport_number: "F#1".into(),
            phones: "12".into(),
            last_known_location: "".into(),
            area: Uuid::now_v7().to_string(),
            last_contact_on: "2026-13-01".into(),
            urgency: "soon".into(),
            ..RequestValues::default()
        };
        let errors = values.parse(today(), &[area]).unwrap_err();
        for field in [
            "nationality",
            "full_name",
            "sex",
            "date_of_birth",
            "approximate_age",
            "passport_number",
            "phones",
            "last_known_location",
            "area",
            "last_contact_on",
            "urgency",
        ] {
            assert!(errors.get(field).is_some(), "{field}");
        }
    }

    #[test]
    fn an_age_or_a_date_of_birth_is_needed() {
        let area = Uuid::now_v7();
        let mut values = valid(area);
        values.approximate_age.clear();
        let errors = values.parse(today(), &[area]).unwrap_err();
        assert_eq!(errors.get("date_of_birth").unwrap().id, "rescue-field-age-missing");
        values.date_of_birth = "1988-07-21".into();
        assert!(values.parse(today(), &[area]).is_ok());
    }

    #[test]
    fn a_future_last_contact_is_refused() {
        let area = Uuid::now_v7();
        let mut values = valid(area);
        values.last_contact_on = "2026-12-05".into();
        let errors = values.parse(today(), &[area]).unwrap_err();
        assert_eq!(errors.get("last_contact_on").unwrap().id, "rescue-field-date-future");
    }
}
