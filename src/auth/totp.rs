//! Time-based one-time passwords (RFC 6238: HMAC-SHA-1, six digits, 30-second steps, one step
//! of drift either way) and recovery codes. Pure: the database keeps which step was last
//! accepted (`second_factor`), so that a code is accepted once.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};
use totp_rs::{Algorithm, Builder, Totp};

/// What authenticator apps show as the account's issuer.
pub const ISSUER: &str = "Liaison";

/// Recovery codes issued at a time.
pub const RECOVERY_CODES: usize = 10;

/// 160 bits, the length RFC 4226 recommends.
pub fn new_secret() -> Vec<u8> {
    rand::random::<[u8; 20]>().to_vec()
}

fn totp(secret: &[u8], account: &str) -> Totp {
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret.to_vec())
        .with_issuer(Some(ISSUER))
        // An email has no colon, which is all the label refuses; anything else is replaced.
        .with_account_name(account.replace(':', "_"))
        .build()
        .expect("a 160-bit secret with the RFC's parameters")
}

/// The secret as base32 in groups of four, as a person types it into an app.
pub fn grouped_base32(secret: &[u8]) -> String {
    let text = totp_rs::Secret::from(secret.to_vec()).to_base32();
    let mut grouped = String::with_capacity(text.len() + text.len() / 4);
    for (i, c) in text.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            grouped.push(' ');
        }
        grouped.push(c);
    }
    grouped
}

/// The `otpauth://` address an app reads from the QR code.
pub fn otpauth_url(secret: &[u8], account: &str) -> String {
    totp(secret, account)
        .to_url()
        .expect("the issuer and account name are set")
}

/// The time step a six-digit code belongs to at `unix_time`, if it is right for the current
/// step or the one either side.
pub fn matching_step(secret: &[u8], code: &str, unix_time: u64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let step = totp(secret, "").check(&code, unix_time)?;
    i64::try_from(step).ok()
}

/// The code for `unix_time` (the tests' authenticator).
pub fn code_at(secret: &[u8], unix_time: u64) -> String {
    totp(secret, "").generate(unix_time).to_string()
}

pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

/// Looks like a six-digit code (after spaces), rather than a recovery code.
pub fn is_time_code(typed: &str) -> bool {
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Lower-case letters and digits without the ones read alike (0/o, 1/l/i): 32 symbols, five
/// bits each.
const ALPHABET: &[u8; 32] = b"23456789abcdefghjkmnpqrstuvwxyz-";

/// Ten fresh codes of 16 symbols (80 bits), written in four groups of four.
pub fn new_recovery_codes() -> Vec<String> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut code = String::with_capacity(19);
            for i in 0..16 {
                if i > 0 && i % 4 == 0 {
                    code.push('-');
                }
                // 31 symbols: the alphabet's last is the separator.
                let symbol = ALPHABET[usize::from(rand::random::<u8>() % 31)];
                code.push(char::from(symbol));
            }
            code
        })
        .collect()
}

/// A recovery code as typed (any case, with or without dashes and spaces) reduced to its
/// symbols; `None` when it cannot be one.
pub fn normalise_recovery_code(typed: &str) -> Option<String> {
    let symbols: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (symbols.len() == 16 && symbols.bytes().all(|b| ALPHABET[..31].contains(&b)))
        .then_some(symbols)
}

/// What is stored of a recovery code: 80 random bits need no slow hash.
pub fn recovery_code_hash(normalised: &str) -> Vec<u8> {
    Sha256::digest(normalised.as_bytes()).to_vec()
}

/// The QR code of `text` as an SVG drawing (one path of dark squares on a light square, four
/// modules of quiet zone), to put in the page: no image file, no script.
pub fn qr_svg(text: &str, label: &str) -> String {
    let code = qrcode::QrCode::new(text.as_bytes()).expect("an otpauth URL fits in a QR code");
    let width = code.width();
    let size = width + 8;
    let colors = code.to_colors();
    let mut path = String::new();
    for (i, color) in colors.iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (x, y) = (i % width + 4, i / width + 4);
            let _ = write!(path, "M{x} {y}h1v1h-1z");
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"240\" height=\"240\" \
         role=\"img\" aria-label=\"{label}\" shape-rendering=\"crispEdges\" class=\"qr\">\
         <rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>",
        label = askama_escape(label)
    )
}

fn askama_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" (here its last six digits).
    #[test]
    fn codes_are_those_of_the_rfc() {
        let secret = b"12345678901234567890";
        assert_eq!(code_at(secret, 59), "287082");
        assert_eq!(code_at(secret, 1_111_111_109), "081804");
        assert_eq!(code_at(secret, 2_000_000_000), "279037");
    }

    #[test]
    fn a_code_matches_its_step_and_one_either_side_only() {
        let secret = new_secret();
        let t = 1_800_000_000;
        let code = code_at(&secret, t);
        let step = (t / 30) as i64;
        assert_eq!(matching_step(&secret, &code, t), Some(step));
        assert_eq!(matching_step(&secret, &code, t + 30), Some(step));
        assert_eq!(matching_step(&secret, &code, t - 30), Some(step));
        assert_eq!(matching_step(&secret, &code, t + 61), None);
        assert_eq!(matching_step(&secret, &format!("{} {}", &code[..3], &code[3..]), t), Some(step));
        assert_eq!(matching_step(&secret, "12345", t), None);
        assert_eq!(matching_step(&secret, "abcdef", t), None);
    }

    #[test]
    fn the_secret_is_grouped_for_typing_and_named_in_the_url() {
        let secret = b"12345678901234567890";
        assert_eq!(grouped_base32(secret), "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
        let url = otpauth_url(secret, "bruna@bra.test.org");
        assert!(url.starts_with("otpauth://totp/Liaison:bruna%40bra.test.org?"), "{url}");
        assert!(url.contains("secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), "{url}");
        assert!(url.contains("issuer=Liaison"), "{url}");
    }

    #[test]
    fn recovery_codes_read_back_however_they_are_typed() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 10);
        for code in &codes {
            assert_eq!(code.len(), 19);
            let normalised = normalise_recovery_code(code).unwrap();
            assert_eq!(normalise_recovery_code(&code.to_uppercase()), Some(normalised.clone()));
            assert_eq!(normalise_recovery_code(&code.replace('-', " ")), Some(normalised));
            assert!(!is_time_code(code));
        }
        assert_eq!(normalise_recovery_code("0000-1111-oooo-llll"), None);
        assert_eq!(normalise_recovery_code("abcd"), None);
        assert!(is_time_code(" 123 456 "));
    }

    #[test]
    fn the_qr_code_is_an_svg_drawing() {
        let svg = qr_svg("otpauth://totp/Liaison:a?secret=GEZD", "QR \"code\"");
        assert!(svg.starts_with("<svg "), "{svg}");
        assert!(svg.contains("aria-label=\"QR &quot;code&quot;\""));
        assert!(svg.contains("<path fill=\"#000\" d=\"M"));
        assert!(!svg.contains("<script"));
    }
}
