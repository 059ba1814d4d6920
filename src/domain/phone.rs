//! Phone numbers for the 24/7 contact directory.
//!
//! Every number is kept in E.164 (`+66812345678`) because that is the only
//! form that dials correctly from anywhere: an officer in Brasília copying a
//! Bangkok duty number must not have to know about the Thai trunk `0`.
//! People, however, type numbers the way they see them on a business card,
//! and most contacts are entered by Thai staff, so input without a `+` is
//! read as a Thai national number.

use std::fmt::Write as _;

use phonenumber::{Mode, country};

use crate::i18n::Msg;

/// Shown for anything the numbering plan rejects; it tells the person the one
/// form that always works, because "invalid" alone leaves them guessing.
const INVALID: &str = "field-phone-invalid";
const EMPTY: &str = "field-phone-missing";
const BAD_CHARACTERS: &str = "field-phone-characters";

/// Longer input cannot be a phone number, and capping it keeps pasted
/// paragraphs away from the parser.
const MAX_INPUT_CHARS: usize = 40;

/// E.164 allows at most 15 digits after the `+`.
const MAX_E164_DIGITS: usize = 15;

/// A phone number in E.164 form.
///
/// The field is private so that a `Phone` built by [`Phone::parse`] is always
/// a number the numbering plan accepts; values already in the database come
/// back through [`Phone::from_e164_unchecked`], because rules change and an
/// old record must still be shown rather than lost.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Phone(String);

impl Phone {
    /// Reads what a person typed into a form.
    ///
    /// Numbers with `+` are taken as international; numbers without are read
    /// as Thai national numbers, since that is how Thai staff write them
    /// ("081 234 5678", "02 123 4567"). Thai digits (๐–๙) are accepted too,
    /// because they appear on Thai government letterheads.
    pub fn parse(input: &str) -> Result<Phone, Msg> {
        let cleaned = clean(input)?;
        let region = if cleaned.starts_with('+') {
            None
        } else {
            Some(country::TH)
        };
        let number = phonenumber::parse(region, &cleaned).map_err(|_| Msg::new(INVALID))?;
        if !number.is_valid() {
            return Err(Msg::new(INVALID));
        }
        let mut e164 = String::new();
        // Formatting only fails for an unknown country code, which a valid
        // number cannot have; treat it as invalid rather than panic.
        write!(e164, "{}", number.format().mode(Mode::E164)).map_err(|_| Msg::new(INVALID))?;
        // E.164 allows at most 15 digits, and the directory stores at least 7 (the database
        // checks the same): a few valid toll-free and service numbers fall outside and are
        // refused here rather than by the database.
        let digits = e164.len().saturating_sub(1);
        if !(7..=MAX_E164_DIGITS).contains(&digits) {
            return Err(Msg::new(INVALID));
        }
        Ok(Phone(e164))
    }

    /// Wraps a value read back from the database without checking it.
    ///
    /// Re-validating on read would hide a contact whose number was valid
    /// when saved but is refused by newer numbering data; a duty officer
    /// would rather see the old number than nothing.
    pub fn from_e164_unchecked(s: String) -> Phone {
        Phone(s)
    }

    /// The E.164 form, for storage and comparison.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The number grouped the way the destination country writes it
    /// ("+66 81 234 5678"), so a person can read it aloud over a radio or
    /// phone line without miscounting digits.
    ///
    /// Never panics: anything that is not well-formed E.164, or that the
    /// library cannot format, is shown as stored.
    pub fn display(&self) -> String {
        if !looks_like_e164(&self.0) {
            return self.0.clone();
        }
        let Ok(number) = phonenumber::parse(None, &self.0) else {
            return self.0.clone();
        };
        let mut out = String::new();
        // The library's formatter reports an error for unknown country codes;
        // `to_string()` would turn that into a panic, so write it by hand.
        match write!(out, "{}", number.format().mode(Mode::International)) {
            Ok(()) => out,
            Err(_) => self.0.clone(),
        }
    }

    /// A `tel:` link (RFC 3966), which lets a phone dial the number in one tap.
    pub fn tel_uri(&self) -> String {
        format!("tel:{}", self.0)
    }
}

/// Keeps only digits and one leading `+`, after checking that nothing but
/// the usual separators was typed. Letters are refused outright: the library
/// would read them as a vanity keypad ("1-800-FLOWERS"), which in a duty
/// directory is far more likely a typo or a name pasted into the wrong field.
fn clean(input: &str) -> Result<String, Msg> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Msg::new(EMPTY));
    }
    if trimmed.chars().count() > MAX_INPUT_CHARS {
        return Err(Msg::new(INVALID));
    }
    let mut out = String::with_capacity(trimmed.len());
    for (i, ch) in trimmed.chars().enumerate() {
        match ch {
            '0'..='9' => out.push(ch),
            // Thai digits ๐ (U+0E50) to ๙ (U+0E59).
            '\u{0E50}'..='\u{0E59}' => {
                let value = u32::from(ch) - 0x0E50;
                out.push(char::from_digit(value, 10).ok_or_else(|| Msg::new(INVALID))?);
            }
            '+' if i == 0 => out.push('+'),
            // Word processors turn '-' into these; refusing them would be a
            // puzzle for the person typing.
            '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '.' | '(' | ')' => {}
            c if c.is_whitespace() => {}
            _ => return Err(Msg::new(BAD_CHARACTERS)),
        }
    }
    if !out.bytes().any(|b| b.is_ascii_digit()) {
        return Err(Msg::new(INVALID));
    }
    Ok(out)
}

/// Only well-formed E.164 is handed to the parser when displaying, so odd
/// database values never reach code paths that were not meant for them.
fn looks_like_e164(s: &str) -> bool {
    match s.strip_prefix('+') {
        Some(digits) => {
            !digits.is_empty()
                && digits.len() <= MAX_E164_DIGITS
                && digits.bytes().all(|b| b.is_ascii_digit())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e164(input: &str) -> String {
        match Phone::parse(input) {
            Ok(p) => p.as_str().to_string(),
            Err(e) => panic!("{input:?} was refused: {e}"),
        }
    }

    #[test]
    fn thai_mobile_national_forms() {
        assert_eq!(e164("081 234 5678"), "+66812345678");
        assert_eq!(e164("081-234-5678"), "+66812345678");
        assert_eq!(e164("0812345678"), "+66812345678");
        assert_eq!(e164("(081) 234.5678"), "+66812345678");
    }

    #[test]
    fn thai_mobile_international_forms() {
        assert_eq!(e164("+66 81 234 5678"), "+66812345678");
        assert_eq!(e164("+66-81-234-5678"), "+66812345678");
        assert_eq!(e164("  +66812345678  "), "+66812345678");
    }

    #[test]
    fn thai_landline_national_and_international() {
        assert_eq!(e164("02 123 4567"), "+6621234567");
        assert_eq!(e164("+66 2 123 4567"), "+6621234567");
        // The "(0)" habit on embassy cards must not end up in the number.
        assert_eq!(e164("+66 (0)2 123 4567"), "+6621234567");
    }

    #[test]
    fn thai_digits_and_typographic_dashes() {
        assert_eq!(e164("๐๘๑ ๒๓๔ ๕๖๗๘"), "+66812345678");
        assert_eq!(e164("02\u{2013}123\u{2013}4567"), "+6621234567");
    }

    #[test]
    fn country_code_without_plus_is_still_understood() {
        // WhatsApp exports and spreadsheets often drop the "+".
        assert_eq!(e164("66812345678"), "+66812345678");
    }

    #[test]
    fn dialled_from_thailand_with_international_prefix() {
        assert_eq!(e164("001 55 61 3424 9000"), "+556134249000");
    }

    #[test]
    fn brazil_landline() {
        assert_eq!(e164("+55 61 3424-9000"), "+556134249000");
    }

    #[test]
    fn tanzania_mobile() {
        assert_eq!(e164("+255 754 123 456"), "+255754123456");
    }

    #[test]
    fn russia_landline_and_mobile() {
        assert_eq!(e164("+7 495 123-45-67"), "+74951234567");
        assert_eq!(e164("+7 (912) 345-67-89"), "+79123456789");
    }

    #[test]
    fn philippines_mobile_and_landline() {
        assert_eq!(e164("+63 917 123 4567"), "+639171234567");
        assert_eq!(e164("+63 2 8123 4567"), "+63281234567");
    }

    #[test]
    fn display_groups_digits_the_country_way() {
        let p = Phone::parse("0812345678").expect("valid");
        assert_eq!(p.display(), "+66 81 234 5678");
        let p = Phone::parse("021234567").expect("valid");
        assert_eq!(p.display(), "+66 2 123 4567");
        let p = Phone::parse("+55 61 3424-9000").expect("valid");
        assert_eq!(p.display(), "+55 61 3424-9000");
    }

    #[test]
    fn tel_uri_uses_e164() {
        let p = Phone::parse("02 123 4567").expect("valid");
        assert_eq!(p.tel_uri(), "tel:+6621234567");
    }

    #[test]
    fn impossible_number_is_refused_with_help() {
        let err = Phone::parse("+66 12").expect_err("impossible");
        assert_eq!(err.id, INVALID);
        assert!(err.to_string().contains("+66 2 123 4567"));
    }

    #[test]
    fn too_short_number_is_refused() {
        assert_eq!(Phone::parse("081 234").expect_err("short").id, INVALID);
        assert_eq!(Phone::parse("+255 754").expect_err("short").id, INVALID);
    }

    #[test]
    fn too_long_number_is_refused() {
        assert!(Phone::parse("+66 81 234 5678 9012 3456").is_err());
        assert!(Phone::parse(&"1".repeat(200)).is_err());
    }

    #[test]
    fn letters_are_refused() {
        assert_eq!(
            Phone::parse("1-800-FLOWERS").expect_err("letters").id,
            BAD_CHARACTERS
        );
        assert_eq!(
            Phone::parse("+66 2 123 4567 ext 12").expect_err("ext").id,
            BAD_CHARACTERS
        );
        assert_eq!(
            Phone::parse("Somchai").expect_err("name").id,
            BAD_CHARACTERS
        );
    }

    #[test]
    fn empty_and_blank_are_refused() {
        assert_eq!(Phone::parse("").expect_err("empty").id, EMPTY);
        assert_eq!(Phone::parse("   ").expect_err("blank").id, EMPTY);
    }

    #[test]
    fn separators_alone_and_misplaced_plus_are_refused() {
        assert_eq!(Phone::parse("+").expect_err("plus").id, INVALID);
        assert_eq!(Phone::parse("--()").expect_err("dashes").id, INVALID);
        assert_eq!(
            Phone::parse("66+812345678").expect_err("plus").id,
            BAD_CHARACTERS
        );
    }

    #[test]
    fn unchecked_values_round_trip_and_never_panic() {
        let p = Phone::from_e164_unchecked("+66812345678".to_string());
        assert_eq!(p.as_str(), "+66812345678");
        assert_eq!(p.display(), "+66 81 234 5678");
        for odd in [
            "",
            "+",
            "0812345678",
            "+999123456",
            "+0",
            "garbage",
            "+6681234567890123",
            "+66 81 234 5678\nDROP",
        ] {
            let p = Phone::from_e164_unchecked(odd.to_string());
            assert_eq!(p.display(), odd);
            assert_eq!(p.as_str(), odd);
        }
    }

    #[test]
    fn numbers_outside_e164_lengths_are_refused() {
        // Valid in the numbering plans, but longer or shorter than the directory stores.
        assert!(Phone::parse("+49 800 123456789012").is_err());
        assert!(Phone::parse("+43 1111").is_err());
    }
}
