//! The referral form's values as typed, and what they become: the traveller (sealed) and the
//! officer's assessment (a pure conversion, tested here).

use chrono::NaiveDate;
use serde::Deserialize;
use uuid::Uuid;

use super::model::{ReferralCard, ReferralFields, Traveller};
use crate::domain::referral::{Disposition, Itinerary, Risk, TravelMode};
use crate::domain::rescue::{Sex, normalise_passport};
use crate::domain::{FieldErrors, Phone, non_blank, optional_date, optional_line};
use crate::i18n::Msg;
use crate::web::FormVersion;

/// The form's fields as typed, shown back on a 422 or 409. `risk` is repeated, one per box
/// ticked.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct ReferralValues {
    /// A portal country's code, or `other` with the code in `nationality_other`.
    #[serde(default)]
    pub nationality: String,
    #[serde(default)]
    pub nationality_other: String,
    #[serde(default)]
    pub full_name: String,
    #[serde(default)]
    pub passport_number: String,
    #[serde(default)]
    pub date_of_birth: String,
    #[serde(default)]
    pub sex: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub checkpoint: String,
    #[serde(default)]
    pub travel_mode: String,
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub destination: String,
    #[serde(default)]
    pub itinerary: String,
    #[serde(default)]
    pub risk: Vec<String>,
    #[serde(default)]
    pub disposition: String,
    #[serde(default)]
    pub version: FormVersion,
}

impl ReferralValues {
    /// The stored referral as its edit form shows it.
    pub fn of(card: &ReferralCard) -> ReferralValues {
        let t = card.traveller.clone().unwrap_or_default();
        let row = &card.row;
        ReferralValues {
            nationality: row.nationality.clone(),
            nationality_other: String::new(),
            full_name: t.full_name,
            passport_number: t.passport_number.unwrap_or_default(),
            date_of_birth: t.date_of_birth.map(|d| d.to_string()).unwrap_or_default(),
            sex: t.sex.as_str().into(),
            phone: t.phone.unwrap_or_default(),
            checkpoint: row.checkpoint_id.to_string(),
            travel_mode: row.travel_mode.as_str().into(),
            purpose: t.purpose,
            destination: t.destination,
            itinerary: row.itinerary.as_str().into(),
            risk: row.risks().iter().map(|r| r.as_str().to_owned()).collect(),
            disposition: row.disposition.as_str().into(),
            version: FormVersion(row.version),
        }
    }

    pub fn has_risk(&self, risk: &Risk) -> bool {
        self.risk.iter().any(|r| r == risk.as_str())
    }

    /// The fields, or a message beside each wrong one. `checkpoints` are the ids the form
    /// offers; the nationality is any two-letter code (a nationality with no embassy on the
    /// portal goes to the coordinators' queue).
    pub fn parse(&self, today: NaiveDate, checkpoints: &[Uuid]) -> Result<ReferralFields, FieldErrors> {
        let mut errors = FieldErrors::default();
        let typed = match self.nationality.trim() {
            "other" => &self.nationality_other,
            code => code,
        };
        let nationality = typed.trim().to_ascii_uppercase();
        if !(nationality.len() == 2 && nationality.bytes().all(|b| b.is_ascii_uppercase())) {
            errors.add("nationality", Msg::new("referral-field-nationality-unknown"));
        }
        let full_name = errors.check(
            "full_name",
            non_blank(&self.full_name, 200, "referral-field-full-name-missing"),
        );
        let passport_number =
            errors.check("passport_number", normalise_passport(&self.passport_number));
        let date_of_birth = errors.check("date_of_birth", optional_date(&self.date_of_birth));
        if let Some(Some(dob)) = date_of_birth
            && dob > today
        {
            errors.add("date_of_birth", Msg::new("referral-field-date-future"));
        }
        let sex = errors.check("sex", self.sex.parse::<Sex>());
        let phone = match self.phone.trim() {
            "" => Some(None),
            typed => errors.check("phone", Phone::parse(typed).map(|p| Some(p.as_str().to_owned()))),
        };
        let checkpoint = self
            .checkpoint
            .trim()
            .parse::<Uuid>()
            .ok()
            .filter(|id| checkpoints.contains(id));
        if checkpoint.is_none() {
            errors.add("checkpoint", Msg::new("referral-field-checkpoint-unknown"));
        }
        let travel_mode = errors.check("travel_mode", self.travel_mode.parse::<TravelMode>());
        let purpose = errors.check("purpose", optional_line(&self.purpose, 500));
        let destination = errors.check("destination", optional_line(&self.destination, 500));
        let itinerary = errors.check("itinerary", self.itinerary.parse::<Itinerary>());
        let mut risks = Vec::new();
        for typed in &self.risk {
            match typed.parse::<Risk>() {
                Ok(risk) if !risks.contains(&risk) => risks.push(risk),
                Ok(_) => {}
                Err(msg) => errors.add("risk", msg),
            }
        }
        risks.sort_by_key(|r| Risk::ALL.iter().position(|x| x == r));
        let disposition = errors.check("disposition", self.disposition.parse::<Disposition>());
        if !errors.is_empty() {
            return Err(errors);
        }
        // Every check above passed, so every value is there.
        let fields = (|| {
            Some(ReferralFields {
                nationality,
                checkpoint_id: checkpoint?,
                travel_mode: travel_mode?,
                itinerary: itinerary?,
                risks,
                disposition: disposition?,
                traveller: Traveller {
                    full_name: full_name?,
                    passport_number: passport_number?,
                    date_of_birth: date_of_birth?,
                    sex: sex?,
                    phone: phone?,
                    purpose: purpose?,
                    destination: destination?,
                },
            })
        })();
        fields.ok_or_else(|| {
            let mut errors = FieldErrors::default();
            errors.add("full_name", Msg::new("referral-field-full-name-missing"));
            errors
        })
    }
}

/// The label of a field an edit changed, as stored in its timeline entry.
pub fn field_label(name: &str) -> Option<&'static str> {
    Some(match name {
        "full_name" => "referral-full-name",
        "passport_number" => "referral-passport-number",
        "date_of_birth" => "referral-date-of-birth",
        "sex" => "referral-sex",
        "phone" => "referral-phone",
        "checkpoint" => "referral-checkpoint",
        "travel_mode" => "referral-travel-mode",
        "purpose" => "referral-purpose",
        "destination" => "referral-destination",
        "itinerary" => "referral-itinerary",
        "risk" => "referral-risks",
        "disposition" => "referral-disposition",
        _ => return None,
    })
}

/// The fields an edit changed, by their form names: the audit log and the timeline say what
/// changed, never to what.
pub fn changed_fields(before: &ReferralCard, after: &ReferralFields) -> Vec<&'static str> {
    let row = &before.row;
    let t = before.traveller.clone().unwrap_or_default();
    let u = &after.traveller;
    [
        ("full_name", t.full_name != u.full_name),
        ("passport_number", t.passport_number != u.passport_number),
        ("date_of_birth", t.date_of_birth != u.date_of_birth),
        ("sex", t.sex != u.sex),
        ("phone", t.phone != u.phone),
        ("checkpoint", row.checkpoint_id != after.checkpoint_id),
        ("travel_mode", row.travel_mode != after.travel_mode),
        ("purpose", t.purpose != u.purpose),
        ("destination", t.destination != u.destination),
        ("itinerary", row.itinerary != after.itinerary),
        ("risk", row.risks() != after.risks),
        ("disposition", row.disposition != after.disposition),
    ]
    .into_iter()
    .filter(|(_, differs)| *differs)
    .map(|(name, _)| name)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    fn filled(checkpoint: Uuid) -> ReferralValues {
        ReferralValues {
            nationality: "la".into(),
            nationality_other: String::new(),
            full_name: "  Khamla Vongsa ".into(),
            passport_number: "p 123-4567".into(),
            date_of_birth: "2001-05-04".into(),
            sex: "female".into(),
            phone: "+856 20 5555 1234".into(),
            checkpoint: checkpoint.to_string(),
            travel_mode: "land".into(),
            purpose: "Job offer".into(),
            destination: "Myawaddy".into(),
            itinerary: "none".into(),
            risk: vec!["one_way".into(), "job_offer_online".into(), "one_way".into()],
            disposition: "held".into(),
            version: FormVersion(0),
        }
    }

    #[test]
    fn a_filled_form_becomes_a_referral() {
        let checkpoint = Uuid::now_v7();
        let fields = filled(checkpoint).parse(today(), &[checkpoint]).unwrap();
        assert_eq!(fields.nationality, "LA");
        assert_eq!(fields.traveller.full_name, "Khamla Vongsa");
        assert_eq!(fields.traveller.passport_number.as_deref(), Some("P1234567"));
        assert_eq!(fields.traveller.phone.as_deref(), Some("+8562055551234"));
        // Deduplicated, in the list's order.
        assert_eq!(fields.risks, [Risk::JobOfferOnline, Risk::OneWay]);
        assert_eq!(fields.disposition, Disposition::Held);
    }

    #[test]
    fn every_wrong_field_is_named() {
        let checkpoint = Uuid::now_v7();
        let values = ReferralValues {
            nationality: "Laos".into(),
            full_name: " ".into(),
            date_of_birth: "2030-01-01".into(),
            sex: "x".into(),
            phone: "12".into(),
            checkpoint: Uuid::now_v7().to_string(),
            travel_mode: "sea".into(),
            itinerary: "".into(),
            risk: vec!["rumour".into()],
            disposition: "gone".into(),
            ..filled(checkpoint)
        };
        let errors = values.parse(today(), &[checkpoint]).unwrap_err();
        for field in [
            "nationality",
            "full_name",
            "date_of_birth",
            "sex",
            "phone",
            "checkpoint",
            "travel_mode",
            "itinerary",
            "risk",
            "disposition",
        ] {
            assert!(errors.get(field).is_some(), "{field} has no message");
        }
    }

    #[test]
    fn a_nationality_without_an_embassy_is_typed_as_its_code() {
        let checkpoint = Uuid::now_v7();
        let values = ReferralValues {
            nationality: "other".into(),
            nationality_other: " vn ".into(),
            ..filled(checkpoint)
        };
        assert_eq!(values.parse(today(), &[checkpoint]).unwrap().nationality, "VN");
    }

    #[test]
    fn optional_fields_may_stay_empty() {
        let checkpoint = Uuid::now_v7();
        let values = ReferralValues {
            passport_number: String::new(),
            date_of_birth: String::new(),
            phone: String::new(),
            purpose: String::new(),
            destination: String::new(),
            risk: Vec::new(),
            ..filled(checkpoint)
        };
        let fields = values.parse(today(), &[checkpoint]).unwrap();
        assert_eq!(fields.traveller.passport_number, None);
        assert_eq!(fields.traveller.phone, None);
        assert!(fields.risks.is_empty());
    }
}
