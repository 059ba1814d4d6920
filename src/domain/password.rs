use std::collections::HashSet;
use std::sync::LazyLock;

use secrecy::{ExposeSecret, SecretString};

use crate::i18n::Msg;

pub const MIN_LEN: usize = 12;
pub const MAX_LEN: usize = 128;

/// Passwords of 12+ characters that appear in public breach corpora (see data/README.md).
static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/common-passwords.txt")
        .lines()
        .collect()
});

/// A password that meets the policy: 12 to 128 characters, no composition rules (NIST SP
/// 800-63B), not on the common-password list, not the account's own email address.
pub struct NewPassword(SecretString);

impl NewPassword {
    pub fn parse(input: &str, email: Option<&str>) -> Result<NewPassword, Msg> {
        let length = input.chars().count();
        if length < MIN_LEN {
            return Err(Msg::new("field-password-too-short").arg("min", MIN_LEN));
        }
        if length > MAX_LEN {
            return Err(Msg::new("field-too-long").arg("max", MAX_LEN));
        }
        let lowered = input.to_lowercase();
        if COMMON.contains(lowered.as_str()) {
            return Err(Msg::new("field-password-common"));
        }
        if email.is_some_and(|e| lowered.contains(&e.to_lowercase())) {
            return Err(Msg::new("field-password-has-email"));
        }
        Ok(NewPassword(SecretString::from(input.to_owned())))
    }

    pub fn into_secret(self) -> SecretString {
        self.0
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_is_the_rule() {
        assert!(NewPassword::parse("short pass", None).is_err());
        assert!(NewPassword::parse("eleven char", None).is_err());
        assert!(NewPassword::parse("twelve chars", None).is_ok());
        assert!(
            NewPassword::parse(&"ab".repeat(32), None).is_ok(),
            "64 characters are allowed"
        );
        assert!(NewPassword::parse(&"x".repeat(129), None).is_err());
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert!(
            NewPassword::parse("กขคงจฉชซฌญฎ", None).is_err(),
            "11 Thai letters"
        );
        assert!(
            NewPassword::parse("กขคงจฉชซฌญฎฏ", None).is_ok(),
            "12 Thai letters"
        );
    }

    #[test]
    fn refuses_common_passwords_in_any_case() {
        assert!(NewPassword::parse("PasswordPassword", None).is_err());
        assert!(NewPassword::parse("123456789012", None).is_err());
    }

    #[test]
    fn refuses_the_email_address() {
        assert!(NewPassword::parse("ana@embassy.br!", Some("ana@embassy.br")).is_err());
    }

    #[test]
    fn the_list_is_loaded() {
        assert!(COMMON.len() > 300);
    }
}
