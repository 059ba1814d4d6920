//! Parsed value types. A form field becomes one of these or a message for the person who typed
//! it; code past the parser never sees an unchecked string.

/// Stores an enum in a text column by its `as_str` name and reads it back through `FromStr`.
/// The column's CHECK constraint keeps other text out; a value this version does not know
/// (written by a newer one) is an error, never a silent default.
macro_rules! stored_as_text {
    ($type:ty) => {
        impl diesel::serialize::ToSql<diesel::sql_types::Text, diesel::pg::Pg> for $type {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, diesel::pg::Pg>,
            ) -> diesel::serialize::Result {
                <str as diesel::serialize::ToSql<diesel::sql_types::Text, diesel::pg::Pg>>::to_sql(
                    self.as_str(),
                    out,
                )
            }
        }

        impl diesel::deserialize::FromSql<diesel::sql_types::Text, diesel::pg::Pg> for $type {
            fn from_sql(value: diesel::pg::PgValue<'_>) -> diesel::deserialize::Result<Self> {
                let text = <String as diesel::deserialize::FromSql<
                    diesel::sql_types::Text,
                    diesel::pg::Pg,
                >>::from_sql(value)?;
                text.parse().map_err(|_| {
                    format!(
                        "{text:?} is not a known {} in the database",
                        stringify!($type)
                    )
                    .into()
                })
            }
        }
    };
}

/// Declares an enum of named values, each with the name it is stored and sent under and the
/// message that says it to people: `ALL` (in declaration order), `as_str`, `message_id`,
/// `FromStr` (a refusal is the `unknown` message) and an English `Display` for logs and the
/// CLI. Stored in a text column too when the enum derives the diesel traits and is named to
/// `stored_as_text!`.
macro_rules! named_values {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident (unknown = $unknown:literal) {
            $($(#[$vmeta:meta])* $variant:ident = ($stored:literal, $id:literal)),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            pub const ALL: [$name; [$($stored),+].len()] = [$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $stored),+
                }
            }

            pub fn message_id(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::i18n::Msg;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::ALL
                    .into_iter()
                    .find(|value| value.as_str() == s.trim())
                    .ok_or_else(|| crate::i18n::Msg::new($unknown))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&crate::i18n::text(crate::i18n::Lang::En, self.message_id()))
            }
        }
    };
}

/// A closed list of values stored as text and shown through messages: [`named_values!`] with
/// the derives a column and a form need.
macro_rules! text_enum {
    ($(#[$doc:meta])* $name:ident (unknown = $unknown:literal) { $($variant:ident = ($stored:literal, $id:literal)),+ $(,)? }) => {
        named_values! {
            $(#[$doc])*
            #[derive(
                Debug,
                Clone,
                Copy,
                PartialEq,
                Eq,
                Hash,
                serde::Serialize,
                serde::Deserialize,
                diesel::expression::AsExpression,
                diesel::deserialize::FromSqlRow,
            )]
            #[diesel(sql_type = diesel::sql_types::Text)]
            pub enum $name (unknown = $unknown) {
                $($variant = ($stored, $id)),+
            }
        }
        crate::domain::stored_as_text!($name);
    };
}

pub(crate) use stored_as_text;

/// Reads a yearly reference (`RR-2026-0001`) as people type it back from a letter or a phone
/// call: any case, a space for a dash, the number with or without its leading zeros. Anything
/// else is not a reference, so a search treats it as other text.
pub fn parse_yearly_reference(prefix: &str, input: &str) -> Option<(i16, i32)> {
    fn separator(s: &str) -> Option<&str> {
        s.strip_prefix('-').or_else(|| s.strip_prefix(' '))
    }
    fn digits(s: &str) -> bool {
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
    }
    let s = input.trim();
    if !s.get(..prefix.len())?.eq_ignore_ascii_case(prefix) {
        return None;
    }
    let rest = separator(&s[prefix.len()..])?;
    let year = rest.get(..4)?;
    if !digits(year) {
        return None;
    }
    let number = separator(&rest[4..])?;
    if !digits(number) {
        return None;
    }
    let year: i16 = year.parse().ok().filter(|y| (2000..=9999).contains(y))?;
    let number: i32 = number
        .parse()
        .ok()
        .filter(|n| (1..=99_999_999).contains(n))?;
    Some((year, number))
}

pub mod action_item;
mod email;
pub mod languages;
pub mod meeting;
pub mod notification;
mod org;
mod password;
mod phone;
pub mod referral;
pub mod rescue;
mod text;

pub use email::Email;
pub use org::{CountryCode, OrgCode, OrgKind};
pub use password::NewPassword;
pub use phone::Phone;
pub use text::{
    PersonName, TimeZone, long_text, non_blank, optional_date, optional_line, parse_date,
};

use std::collections::BTreeMap;

use crate::i18n::Msg;

/// Messages to show beside the fields of a form, keyed by field name. Each is a message id
/// with its arguments, written in the reader's language when the form is rendered.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FieldErrors(BTreeMap<&'static str, Msg>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, message: Msg) {
        self.0.entry(field).or_insert(message);
    }

    pub fn get(&self, field: &str) -> Option<&Msg> {
        self.0.get(field)
    }

    /// The fields with an error and their messages in English, for the CLI.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Msg)> {
        self.0.iter().map(|(field, message)| (*field, message))
    }

    /// Adds the other's messages (a field keeps its first message).
    pub fn merge(&mut self, other: FieldErrors) {
        for (field, message) in other.0 {
            self.add(field, message);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps the parsed value, or records the message under `field`.
    pub fn check<T>(&mut self, field: &'static str, parsed: Result<T, Msg>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(message) => {
                self.add(field, message);
                None
            }
        }
    }
}
