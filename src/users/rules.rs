//! The rules for a new account and for changes to one, shared by the admin pages, the command
//! line and the demo: what the values must look like (a pure conversion), what the database
//! must allow (the organisation exists, administrators belong to a coordinator organisation,
//! the address is free), and the audited writes. Each interface words a refusal its own way.

use diesel_async::AsyncPgConnection;
use uuid::Uuid;

use super::model::{self, NewUser, User, UserChanges};
use crate::audit::{Action, Change};
use crate::db::Saved;
use crate::domain::{Email, FieldErrors, OrgKind, PersonName};
use crate::i18n::Msg;
use crate::orgs::model::{self as orgs, Organisation};

/// An account's fields as typed, in a form or as the command line's flags.
#[derive(Debug, Default, Clone, Copy)]
pub struct AccountInput<'a> {
    pub email: &'a str,
    pub name: &'a str,
    /// The organisation's code.
    pub org: &'a str,
    pub admin: bool,
}

/// An account's fields once their form is right; the organisation is still to be found.
#[derive(Debug, Clone)]
pub struct AccountDraft {
    pub email: Email,
    pub name: PersonName,
    pub org_code: String,
    pub admin: bool,
}

impl AccountDraft {
    pub fn parse(input: AccountInput<'_>) -> Result<AccountDraft, FieldErrors> {
        let mut errors = FieldErrors::default();
        let email = errors.check("email", Email::parse(input.email));
        let name = errors.check("name", PersonName::parse(input.name));
        let org_code = input.org.trim().to_uppercase();
        if org_code.is_empty() {
            errors.add("org", Msg::new("admin-users-org-missing"));
        }
        match (email, name) {
            (Some(email), Some(name)) if errors.is_empty() => Ok(AccountDraft {
                email,
                name,
                org_code,
                admin: input.admin,
            }),
            _ => Err(errors),
        }
    }
}

/// Why the database refuses an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    UnknownOrganisation(String),
    AdminOutsideCoordination { org: String, kind: OrgKind },
    EmailTaken(String),
}

impl Refusal {
    /// The messages beside the form's fields.
    pub fn field_errors(refusals: &[Refusal]) -> FieldErrors {
        let mut errors = FieldErrors::default();
        for refusal in refusals {
            match refusal {
                Refusal::UnknownOrganisation(_) => {
                    errors.add("org", Msg::new("admin-users-org-unknown"))
                }
                Refusal::AdminOutsideCoordination { .. } => errors.add(
                    "is_admin",
                    Msg::new("admin-users-admin-outside-coordination"),
                ),
                Refusal::EmailTaken(_) => errors.add("email", Msg::new("admin-users-email-taken")),
            }
        }
        errors
    }

    /// The unique constraint of the address, when two saves raced past [`check`].
    pub fn from_constraint(constraint: &str, email: &Email) -> Option<Refusal> {
        (constraint == "users_email_key").then(|| Refusal::EmailTaken(email.to_string()))
    }
}

/// The organisation the account joins, or every reason the database refuses it. `except` is
/// the account being edited (its own address is not "taken").
pub async fn check(
    conn: &mut AsyncPgConnection,
    draft: &AccountDraft,
    except: Option<Uuid>,
) -> diesel::QueryResult<Result<Organisation, Vec<Refusal>>> {
    let mut refusals = Vec::new();
    let org = orgs::find_by_code(conn, &draft.org_code).await?;
    match &org {
        None => refusals.push(Refusal::UnknownOrganisation(draft.org_code.clone())),
        Some(org) if draft.admin && org.kind != OrgKind::Coordinator => {
            refusals.push(Refusal::AdminOutsideCoordination {
                org: org.code.clone(),
                kind: org.kind,
            })
        }
        Some(_) => {}
    }
    if model::email_taken(conn, &draft.email, except).await? {
        refusals.push(Refusal::EmailTaken(draft.email.to_string()));
    }
    Ok(match org {
        Some(org) if refusals.is_empty() => Ok(org),
        _ => Err(refusals),
    })
}

/// Inserts the account; the change names it for the audit log.
pub async fn create(
    conn: &mut AsyncPgConnection,
    new: &NewUser,
    org_code: &str,
) -> diesel::QueryResult<Change<Uuid>> {
    let id = model::insert(conn, new).await?;
    let role = if new.is_admin { ", administrator" } else { "" };
    Ok(Change::new(
        Action::UserCreated,
        "user",
        id,
        format!(
            "created {} ({}) in {org_code}{role}",
            new.email,
            new.name.as_str()
        ),
    )
    .returning(id))
}

/// Saves the changes when `version` is still current, described field by field.
pub async fn update(
    conn: &mut AsyncPgConnection,
    (before, before_org): (&User, &str),
    version: i32,
    (changes, org_code): (&UserChanges, &str),
) -> diesel::QueryResult<Saved<Change>> {
    if !model::update(conn, before.id, version, changes).await? {
        return Ok(Saved::Stale);
    }
    let mut summary = Vec::new();
    if before.email != changes.email.as_str() {
        summary.push(format!("email {} → {}", before.email, changes.email));
    }
    if before.name != changes.name.as_str() {
        summary.push(format!(
            "name {:?} → {:?}",
            before.name,
            changes.name.as_str()
        ));
    }
    if before_org != org_code {
        summary.push(format!("organisation {before_org} → {org_code}"));
    }
    if before.is_admin != changes.is_admin {
        summary.push(format!(
            "administrator {} → {}",
            before.is_admin, changes.is_admin
        ));
    }
    if summary.is_empty() {
        summary.push("saved without changes".to_owned());
    }
    Ok(Saved::Yes(Change::new(
        Action::UserUpdated,
        "user",
        before.id,
        format!("{}: {}", before.email, summary.join("; ")),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_needs_an_address_a_name_and_an_organisation() {
        let draft = AccountDraft::parse(AccountInput {
            email: " Nadia@BRA.example.org ",
            name: " Nadia ",
            org: "bra",
            admin: false,
        })
        .unwrap();
        assert_eq!(draft.email.as_str(), "nadia@bra.example.org");
        assert_eq!(draft.org_code, "BRA");
        let errors = AccountDraft::parse(AccountInput::default()).unwrap_err();
        for field in ["email", "name", "org"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
    }

    #[test]
    fn refusals_are_worded_beside_their_fields() {
        let errors = Refusal::field_errors(&[
            Refusal::UnknownOrganisation("XYZ".into()),
            Refusal::EmailTaken("a@b.example.org".into()),
        ]);
        assert!(errors.get("org").is_some() && errors.get("email").is_some());
        assert!(errors.get("is_admin").is_none());
        assert_eq!(
            errors.get("email").unwrap().to_string(),
            "Another account already uses this email address."
        );
        let email = Email::parse("a@b.example.org").unwrap();
        assert!(Refusal::from_constraint("users_email_key", &email).is_some());
        assert!(Refusal::from_constraint("organisations_code_key", &email).is_none());
    }
}
