//! Parsed value types. A form field becomes one of these or a message for the person who typed
//! it; code past the parser never sees an unchecked string.

pub mod action_item;
mod email;
pub mod languages;
mod org;
mod password;
mod phone;
mod text;

pub use email::Email;
pub use org::{CountryCode, OrgCode, OrgKind};
pub use password::NewPassword;
pub use phone::Phone;
pub use text::{PersonName, TimeZone, long_text, non_blank, parse_date};

use std::collections::BTreeMap;

/// Messages to show beside the fields of a form, keyed by field name.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FieldErrors(BTreeMap<&'static str, String>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, message: impl Into<String>) {
        self.0.entry(field).or_insert_with(|| message.into());
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps the parsed value, or records the message under `field`.
    pub fn check<T>(&mut self, field: &'static str, parsed: Result<T, String>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(message) => {
                self.add(field, message);
                None
            }
        }
    }
}
