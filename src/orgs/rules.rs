//! The rules for a new organisation and for changes to one, shared by the admin pages, the
//! command line and the demo: what the values must look like (a pure conversion), what the
//! database must not already hold, and the audited write. Each interface words a refusal its
//! own way (a message beside a field, a line naming a flag).

use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use super::model::{self, NewOrganisation, Organisation, OrganisationChanges};
use crate::audit::{Action, Change};
use crate::db::Saved;
use crate::domain::{CountryCode, FieldErrors, OrgCode, OrgKind, TimeZone, non_blank};
use crate::i18n::Msg;

/// An organisation's fields as typed, in a form or as the command line's flags.
#[derive(Debug, Default, Clone, Copy)]
pub struct OrgInput<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    pub country_code: &'a str,
    pub time_zone: &'a str,
}

/// The country of an organisation: required for a country, refused for anyone else.
fn parse_country(
    kind: Option<OrgKind>,
    input: &str,
    errors: &mut FieldErrors,
) -> Option<CountryCode> {
    match kind {
        Some(OrgKind::Country) => errors.check("country_code", CountryCode::parse(input)),
        Some(_) if !input.trim().is_empty() => {
            errors.add("country_code", Msg::new("orgs-country-not-allowed"));
            None
        }
        _ => None,
    }
}

fn parse_name(input: &str, errors: &mut FieldErrors) -> Option<String> {
    errors.check("name", non_blank(input, 200, "orgs-name-missing"))
}

impl NewOrganisation {
    pub fn parse(input: OrgInput<'_>) -> Result<NewOrganisation, FieldErrors> {
        let mut errors = FieldErrors::default();
        let code = errors.check("code", OrgCode::parse(input.code));
        let name = parse_name(input.name, &mut errors);
        let kind = errors.check("kind", input.kind.parse::<OrgKind>());
        let country = parse_country(kind, input.country_code, &mut errors);
        let time_zone = errors.check("time_zone", TimeZone::parse(input.time_zone));
        match (code, name, kind, time_zone) {
            (Some(code), Some(name), Some(kind), Some(time_zone)) if errors.is_empty() => {
                Ok(NewOrganisation {
                    code,
                    name,
                    kind,
                    country,
                    time_zone,
                })
            }
            _ => Err(errors),
        }
    }
}

impl OrganisationChanges {
    /// The changes to an organisation of `kind` (which never changes).
    pub fn parse(kind: OrgKind, input: OrgInput<'_>) -> Result<OrganisationChanges, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = parse_name(input.name, &mut errors);
        let country = parse_country(Some(kind), input.country_code, &mut errors);
        let time_zone = errors.check("time_zone", TimeZone::parse(input.time_zone));
        match (name, time_zone) {
            (Some(name), Some(time_zone)) if errors.is_empty() => Ok(OrganisationChanges {
                name,
                country,
                time_zone,
            }),
            _ => Err(errors),
        }
    }
}

/// What another organisation already holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Taken {
    Code(String),
    Country(String),
}

impl Taken {
    /// The unique constraint that refused a write, when two saves raced past [`taken`].
    pub fn from_constraint(constraint: &str, code: &str, country: Option<&str>) -> Option<Taken> {
        match constraint {
            "organisations_code_key" => Some(Taken::Code(code.to_owned())),
            "organisations_country_code_key" => {
                Some(Taken::Country(country.unwrap_or_default().to_owned()))
            }
            _ => None,
        }
    }

    /// The message beside the form's field.
    pub fn field_errors(taken: &[Taken]) -> FieldErrors {
        let mut errors = FieldErrors::default();
        for t in taken {
            match t {
                Taken::Code(_) => errors.add("code", Msg::new("orgs-code-taken")),
                Taken::Country(_) => errors.add("country_code", Msg::new("orgs-country-taken")),
            }
        }
        errors
    }
}

/// The code and country of `code`/`country` that other organisations than `except` hold: a
/// friendlier answer than the database's unique violation, which still guards against races.
pub async fn taken(
    conn: &mut AsyncPgConnection,
    code: Option<&OrgCode>,
    country: Option<&CountryCode>,
    except: Option<Uuid>,
) -> diesel::QueryResult<Vec<Taken>> {
    let mut taken = Vec::new();
    if let Some(code) = code
        && model::code_taken(conn, code.as_str()).await?
    {
        taken.push(Taken::Code(code.to_string()));
    }
    if let Some(country) = country
        && model::country_taken(conn, country.as_str(), except).await?
    {
        taken.push(Taken::Country(country.as_str().to_owned()));
    }
    Ok(taken)
}

/// Inserts the organisation; the change names it for the audit log.
pub async fn create(
    conn: &mut AsyncPgConnection,
    new: &NewOrganisation,
) -> diesel::QueryResult<Change<Uuid>> {
    let id = model::insert(conn, new).await?;
    let country = new
        .country
        .as_ref()
        .map(|c| format!(", country {}", c.as_str()))
        .unwrap_or_default();
    Ok(Change::new(
        Action::OrganisationCreated,
        "organisation",
        id,
        format!("created {} {} ({}{country})", new.kind, new.code, new.name),
    )
    .returning(id))
}

/// Saves the changes when `version` is still current, described field by field.
pub async fn update(
    conn: &mut AsyncPgConnection,
    before: &Organisation,
    version: i32,
    changes: &OrganisationChanges,
) -> diesel::QueryResult<Saved<Change>> {
    if !model::update(conn, before.id, version, changes).await? {
        return Ok(Saved::Stale);
    }
    let mut summary = Vec::new();
    if before.name != changes.name {
        summary.push(format!("name {:?} → {:?}", before.name, changes.name));
    }
    let new_country = changes.country.as_ref().map(|c| c.as_str().to_owned());
    if before.country_code != new_country {
        summary.push(format!(
            "country {} → {}",
            before.country_code.as_deref().unwrap_or("none"),
            new_country.as_deref().unwrap_or("none")
        ));
    }
    if before.time_zone != changes.time_zone.name() {
        summary.push(format!(
            "time zone {} → {}",
            before.time_zone,
            changes.time_zone.name()
        ));
    }
    if summary.is_empty() {
        summary.push("saved without changes".to_owned());
    }
    Ok(Saved::Yes(Change::new(
        Action::OrganisationUpdated,
        "organisation",
        before.id,
        format!("{}: {}", before.code, summary.join("; ")),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(code: &'a str, kind: &'a str, country: &'a str) -> OrgInput<'a> {
        OrgInput {
            code,
            name: "Embassy of Brazil",
            kind,
            country_code: country,
            time_zone: "Asia/Bangkok",
        }
    }

    #[test]
    fn a_country_has_a_country_code_and_nobody_else_does() {
        let new = NewOrganisation::parse(input(" bra ", "country", "br")).unwrap();
        assert_eq!(new.code.as_str(), "BRA");
        assert_eq!(new.country.unwrap().as_str(), "BR");
        let errors = NewOrganisation::parse(input("BRA", "country", "")).unwrap_err();
        assert!(errors.get("country_code").is_some());
        let errors = NewOrganisation::parse(input("UNODC", "observer", "AT")).unwrap_err();
        assert_eq!(
            errors.get("country_code"),
            Some(&Msg::new("orgs-country-not-allowed"))
        );
        assert!(NewOrganisation::parse(input("UNODC", "observer", "")).is_ok());
    }

    #[test]
    fn every_wrong_field_is_named_at_once() {
        let errors = NewOrganisation::parse(OrgInput {
            code: "1",
            name: " ",
            kind: "admin",
            country_code: "",
            time_zone: "Mars/Olympus",
        })
        .unwrap_err();
        for field in ["code", "name", "kind", "time_zone"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
    }

    #[test]
    fn changes_keep_the_kind_rules() {
        let ok = OrganisationChanges::parse(OrgKind::Country, input("", "", "TZ")).unwrap();
        assert_eq!(ok.country.unwrap().as_str(), "TZ");
        assert!(OrganisationChanges::parse(OrgKind::Coordinator, input("", "", "TH")).is_err());
    }

    #[test]
    fn races_are_named_by_their_constraint() {
        assert_eq!(
            Taken::from_constraint("organisations_code_key", "BRA", None),
            Some(Taken::Code("BRA".into()))
        );
        assert_eq!(Taken::from_constraint("users_email_key", "BRA", None), None);
        let errors = Taken::field_errors(&[Taken::Country("BR".into())]);
        assert!(errors.get("country_code").is_some() && errors.get("code").is_none());
    }
}
