//! vCard 4.0 (RFC 6350) export of directory contacts.
//!
//! Written by hand rather than with a library because the subset we need is
//! small and the rules that matter — escaping, CRLF, folding without
//! breaking Thai text — are easier to check in a short module than to audit
//! in a dependency. The aim is a file that a duty officer can import on any
//! phone so the numbers are there when the portal is not.

use chrono::{DateTime, Datelike, Timelike, Utc};

/// RFC 6350 §3.2: lines SHOULD NOT exceed 75 octets, excluding the CRLF.
const MAX_LINE_OCTETS: usize = 75;

/// Longest file name stem; keeps names usable on every file system and
/// in mail attachments.
const MAX_FILE_STEM: usize = 60;

/// One directory entry, borrowed from wherever the caller keeps it.
#[derive(Debug, Clone, Copy)]
pub struct VCardContact<'a> {
    /// Stable across exports, so importing a newer file updates the
    /// contact instead of creating a duplicate.
    pub uid: uuid::Uuid,
    /// Written whole; see the note on `N` in [`write_vcard`].
    pub name: &'a str,
    /// Empty for none; also stands in for the name of a duty desk.
    pub organisation: &'a str,
    /// Empty for none.
    pub title: &'a str,
    /// E.164 numbers, most important first: the first is marked preferred.
    pub phones: &'a [String],
    /// `None` or empty for none.
    pub email: Option<&'a str>,
    /// (service, handle), e.g. ("LINE", "somchai.p"), ("Telegram", "@handle").
    pub messaging: &'a [(&'a str, &'a str)],
    /// ISO 639-1 codes.
    pub languages: &'a [String],
    /// IANA name such as "Asia/Bangkok".
    pub time_zone: &'a str,
    /// Free text, written after the messaging handles in NOTE.
    pub note: &'a str,
    /// Lets address books tell which copy of a contact is newer.
    pub revised: DateTime<Utc>,
}

/// Appends one vCard to `out`. Several calls build a multi-contact `.vcf`,
/// which phones import as separate contacts.
///
/// Empty properties are left out rather than written blank, because some
/// address books show an empty TITLE or ORG as a stray label.
pub fn write_vcard(out: &mut String, c: &VCardContact) {
    line(out, "BEGIN:VCARD");
    line(out, "VERSION:4.0");
    line(out, &format!("UID:{}", c.uid.urn()));
    let name = escape(c.name.trim());
    // FN is mandatory; a desk listed without a person is still findable
    // under its organisation.
    let full_name = if name.is_empty() {
        escape(c.organisation.trim())
    } else {
        name.clone()
    };
    line(out, &format!("FN:{full_name}"));
    // Splitting names into family and given parts guesses wrong for Thai,
    // Burmese and Chinese names alike; putting the whole name in the given
    // part is valid and keeps it visible in clients that only read N.
    line(out, &format!("N:;{name};;;"));
    text_property(out, "ORG", c.organisation);
    text_property(out, "TITLE", c.title);
    let mut pref = true;
    for phone in c.phones {
        let number = tel_digits(phone);
        if number.is_empty() {
            continue;
        }
        let pref_param = if pref { ";PREF=1" } else { "" };
        pref = false;
        line(
            out,
            &format!("TEL;VALUE=uri{pref_param};TYPE=voice:tel:{number}"),
        );
    }
    if let Some(email) = c.email {
        text_property(out, "EMAIL", email);
    }
    for &(service, handle) in c.messaging {
        if let Some(uri) = impp_uri(service, handle) {
            line(out, &format!("IMPP:{uri}"));
        }
    }
    text_property(out, "NOTE", &note_text(c.messaging, c.note));
    // The directory keeps languages sorted, not ranked, so none is marked preferred.
    for code in c.languages {
        if is_language_tag(code) {
            line(out, &format!("LANG:{}", code.to_ascii_lowercase()));
        }
    }
    // Only real IANA names are written, so importing clients can convert
    // times; anything else would be shown as meaningless text.
    if let Ok(tz) = c.time_zone.trim().parse::<chrono_tz::Tz>() {
        line(out, &format!("TZ:{}", tz.name()));
    }
    let r = c.revised;
    line(
        out,
        &format!(
            "REV:{:04}{:02}{:02}T{:02}{:02}{:02}Z",
            r.year(),
            r.month(),
            r.day(),
            r.hour(),
            r.minute(),
            r.second()
        ),
    );
    line(out, "END:VCARD");
}

/// A file name that survives every mail client and file system: ASCII
/// letters, digits and dashes only. Common Latin accents are folded so that
/// "João" gives "joao"; scripts without an ASCII form (Thai, Burmese) fall
/// back to "contact.vcf" instead of a name of dashes.
pub fn vcard_file_name(name: &str) -> String {
    let mut stem = String::new();
    for ch in name.chars().flat_map(char::to_lowercase) {
        match (ch, fold_latin(ch)) {
            (c, _) if c.is_ascii_alphanumeric() => stem.push(c),
            (_, "") if !stem.is_empty() && !stem.ends_with('-') => stem.push('-'),
            (_, folded) => stem.push_str(folded),
        }
        if stem.len() >= MAX_FILE_STEM {
            break;
        }
    }
    stem.truncate(MAX_FILE_STEM);
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        "contact.vcf".to_string()
    } else {
        format!("{stem}.vcf")
    }
}

fn fold_latin(ch: char) -> &'static str {
    match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ý' | 'ÿ' => "y",
        'ß' => "ss",
        _ => "",
    }
}

fn text_property(out: &mut String, name: &str, value: &str) {
    let value = value.trim();
    if !value.is_empty() {
        line(out, &format!("{name}:{}", escape(value)));
    }
}

/// RFC 6350 §3.4 text escaping. Other control characters are dropped:
/// they are not allowed in a value and would only come from bad pastes.
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line, folded (§3.2) so that no physical line exceeds
/// 75 octets and no UTF-8 character is cut in two — a split Thai vowel
/// would make the whole card unreadable to strict parsers.
fn line(out: &mut String, content: &str) {
    let mut used = 0;
    for ch in content.chars() {
        let len = ch.len_utf8();
        if used + len > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(ch);
        used += len;
    }
    out.push_str("\r\n");
}

/// Keeps only what a `tel:` URI may carry, so a stray character in a stored
/// number can never end the line and inject a property.
fn tel_digits(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        digits
    } else {
        format!("+{digits}")
    }
}

/// The link form for services that have one. Other services (LINE,
/// Signal) still appear in the NOTE, so no handle is ever lost.
fn impp_uri(service: &str, handle: &str) -> Option<String> {
    let handle = handle.trim();
    if service.trim().eq_ignore_ascii_case("telegram") {
        let user = handle
            .trim_start_matches("https://")
            .trim_start_matches("t.me/")
            .trim_start_matches('@');
        let ok = !user.is_empty() && user.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        ok.then(|| format!("https://t.me/{user}"))
    } else if service.trim().eq_ignore_ascii_case("whatsapp") {
        let digits: String = handle.chars().filter(char::is_ascii_digit).collect();
        let phone_like = handle
            .chars()
            .all(|c| c.is_ascii_digit() || "+-. ()".contains(c));
        (phone_like && (7..=15).contains(&digits.len())).then(|| format!("https://wa.me/{digits}"))
    } else {
        None
    }
}

/// Every handle goes into NOTE because IMPP only covers services with a
/// URI form, and a contact's LINE ID is often the fastest way to reach a
/// Thai officer.
fn note_text(messaging: &[(&str, &str)], note: &str) -> String {
    let handles: Vec<String> = messaging
        .iter()
        .filter(|(s, h)| !s.trim().is_empty() && !h.trim().is_empty())
        .map(|(s, h)| format!("{}: {}", s.trim(), h.trim()))
        .collect();
    let mut text = handles.join("; ");
    let note = note.trim();
    if !note.is_empty() {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(note);
    }
    text
}

/// BCP 47 tags use only ASCII letters, digits and '-'; anything else would
/// corrupt the line.
fn is_language_tag(code: &str) -> bool {
    !code.is_empty() && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    const UID: &str = "6f1c2b9e-8d4a-4c3e-9b7a-2e5f0d1c3a4b";

    fn revised() -> DateTime<Utc> {
        match Utc.with_ymd_and_hms(2026, 11, 28, 23, 15, 0) {
            chrono::LocalResult::Single(t) => t,
            other => panic!("bad test time {other:?}"),
        }
    }

    fn contact<'a>(name: &'a str, phones: &'a [String]) -> VCardContact<'a> {
        VCardContact {
            uid: uuid::Uuid::parse_str(UID).expect("uuid"),
            name,
            organisation: "",
            title: "",
            phones,
            email: None,
            messaging: &[],
            languages: &[],
            time_zone: "",
            note: "",
            revised: revised(),
        }
    }

    fn render(c: &VCardContact) -> String {
        let mut out = String::new();
        write_vcard(&mut out, c);
        out
    }

    /// RFC 6350 §3.2 unfolding, then split into logical lines.
    fn logical_lines(card: &str) -> Vec<String> {
        card.replace("\r\n ", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    fn unescape(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') | Some('N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn full_card_matches_expected_text() {
        let phones = ["+6621234567".to_string(), "+66812345678".to_string()];
        let languages = ["th".to_string(), "en".to_string()];
        let messaging = [
            ("LINE", "somchai.p"),
            ("WhatsApp", "+66 81 234 5678"),
            ("Signal", "+66812345678"),
            ("Telegram", "@somchai_p"),
        ];
        let c = VCardContact {
            organisation: "Royal Thai Police",
            title: "Duty Officer",
            email: Some("duty@example.go.th"),
            messaging: &messaging,
            languages: &languages,
            time_zone: "Asia/Bangkok",
            note: "Night desk",
            ..contact("Somchai Phrom", &phones)
        };
        let expected = [
            "BEGIN:VCARD",
            "VERSION:4.0",
            "UID:urn:uuid:6f1c2b9e-8d4a-4c3e-9b7a-2e5f0d1c3a4b",
            "FN:Somchai Phrom",
            "N:;Somchai Phrom;;;",
            "ORG:Royal Thai Police",
            "TITLE:Duty Officer",
            "TEL;VALUE=uri;PREF=1;TYPE=voice:tel:+6621234567",
            "TEL;VALUE=uri;TYPE=voice:tel:+66812345678",
            "EMAIL:duty@example.go.th",
            "IMPP:https://wa.me/66812345678",
            "IMPP:https://t.me/somchai_p",
            // Folded at exactly 75 octets, mid-word, as RFC 6350 allows.
            "NOTE:LINE: somchai.p\\; WhatsApp: +66 81 234 5678\\; Signal: +66812345678\\; T",
            " elegram: @somchai_p\\nNight desk",
            "LANG:th",
            "LANG:en",
            "TZ:Asia/Bangkok",
            "REV:20261128T231500Z",
            "END:VCARD",
            "",
        ]
        .join("\r\n");
        assert_eq!(render(&c), expected);
    }

    #[test]
    fn escapes_backslash_comma_semicolon_and_newlines() {
        assert_eq!(escape(r"a\b"), r"a\\b");
        assert_eq!(escape("Smith, John; Jr."), r"Smith\, John\; Jr.");
        assert_eq!(escape("one\ntwo\r\nthree\rfour"), r"one\ntwo\nthree\nfour");
        assert_eq!(escape("bell\u{7}gone"), "bellgone");
        let c = VCardContact {
            note: "Call first;\nthen, write",
            ..contact("Dr. A\\B", &[])
        };
        let lines = logical_lines(&render(&c));
        assert!(lines.contains(&r"FN:Dr. A\\B".to_string()));
        assert!(lines.contains(&r"NOTE:Call first\;\nthen\, write".to_string()));
    }

    #[test]
    fn long_thai_name_is_folded_safely() {
        let name =
            "พันตำรวจเอก สมชาย พรหมวิหาร ผู้กำกับการศูนย์ปฏิบัติการตำรวจท่องเที่ยว กองบัญชาการตำรวจสอบสวนกลาง";
        let c = contact(name, &[]);
        let card = render(&c);
        assert!(card.len() > 300, "test name should need several folds");
        for physical in card.as_bytes().split(|&b| b == b'\n') {
            let physical = physical.strip_suffix(b"\r").unwrap_or(physical);
            assert!(
                physical.len() <= MAX_LINE_OCTETS,
                "{} octets",
                physical.len()
            );
            assert!(
                std::str::from_utf8(physical).is_ok(),
                "line cut inside a character"
            );
        }
        let lines = logical_lines(&card);
        let fn_line = lines.iter().find(|l| l.starts_with("FN:")).expect("FN");
        assert_eq!(unescape(&fn_line["FN:".len()..]), name);
    }

    #[test]
    fn folding_handles_exact_boundaries() {
        for len in [74, 75, 76, 149, 150, 151] {
            let mut out = String::new();
            let content = "x".repeat(len);
            line(&mut out, &content);
            assert!(out.split("\r\n").all(|l| l.len() <= MAX_LINE_OCTETS));
            assert_eq!(out.replace("\r\n ", ""), format!("{content}\r\n"));
        }
    }

    #[test]
    fn every_line_ends_with_crlf() {
        let c = VCardContact {
            note: "a\nb",
            ..contact("Ana", &[])
        };
        let card = render(&c);
        assert!(card.ends_with("END:VCARD\r\n"));
        assert_eq!(card.matches('\n').count(), card.matches("\r\n").count());
        assert_eq!(card.matches('\r').count(), card.matches("\r\n").count());
    }

    #[test]
    fn several_contacts_concatenate_into_one_file() {
        let phones = ["+556134249000".to_string()];
        let mut out = String::new();
        write_vcard(&mut out, &contact("João Silva", &phones));
        let second = VCardContact {
            uid: uuid::Uuid::nil(),
            ..contact("Amani Mwakyusa", &[])
        };
        write_vcard(&mut out, &second);
        let lines = logical_lines(&out);
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VCARD").count(), 2);
        assert_eq!(lines.iter().filter(|l| *l == "END:VCARD").count(), 2);
        let begins: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i] == "BEGIN:VCARD")
            .collect();
        let ends: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i] == "END:VCARD")
            .collect();
        assert!(begins[0] < ends[0] && ends[0] < begins[1] && begins[1] < ends[1]);
        assert_eq!(lines[begins[1] + 1], "VERSION:4.0");
        assert!(lines.contains(&"FN:Amani Mwakyusa".to_string()));
        assert!(lines.contains(&"UID:urn:uuid:00000000-0000-0000-0000-000000000000".to_string()));
    }

    #[test]
    fn only_first_phone_is_preferred() {
        let phones = [
            "+255754123456".to_string(),
            "+255222123456".to_string(),
            "+74951234567".to_string(),
        ];
        let lines = logical_lines(&render(&contact("Amani", &phones)));
        let tels: Vec<&String> = lines.iter().filter(|l| l.starts_with("TEL")).collect();
        assert_eq!(tels.len(), 3);
        assert_eq!(tels[0], "TEL;VALUE=uri;PREF=1;TYPE=voice:tel:+255754123456");
        assert!(tels[1..].iter().all(|l| !l.contains("PREF")));
    }

    #[test]
    fn unusable_phone_is_skipped_and_pref_moves_on() {
        let phones = ["".to_string(), "+63 917\r\nX-EVIL:1".to_string()];
        let lines = logical_lines(&render(&contact("Maria", &phones)));
        let tels: Vec<&String> = lines.iter().filter(|l| l.starts_with("TEL")).collect();
        assert_eq!(tels, ["TEL;VALUE=uri;PREF=1;TYPE=voice:tel:+639171"]);
        assert!(!lines.iter().any(|l| l.starts_with("X-EVIL")));
    }

    #[test]
    fn empty_properties_are_omitted() {
        let c = VCardContact {
            organisation: "  ",
            email: Some(""),
            languages: &["".to_string()],
            time_zone: "Mars/Olympus",
            ..contact("Ivan Petrov", &[])
        };
        let lines = logical_lines(&render(&c));
        for prop in ["ORG", "TITLE", "TEL", "EMAIL", "IMPP", "NOTE", "LANG", "TZ"] {
            assert!(
                !lines
                    .iter()
                    .any(|l| l.starts_with(&format!("{prop}:"))
                        || l.starts_with(&format!("{prop};"))),
                "{prop} should be omitted: {lines:?}"
            );
        }
        assert!(lines.contains(&"REV:20261128T231500Z".to_string()));
    }

    #[test]
    fn nameless_desk_uses_organisation_as_full_name() {
        let c = VCardContact {
            organisation: "UNODC Regional Office, Bangkok",
            ..contact("", &[])
        };
        let lines = logical_lines(&render(&c));
        assert!(lines.contains(&r"FN:UNODC Regional Office\, Bangkok".to_string()));
        assert!(lines.contains(&"N:;;;;".to_string()));
    }

    #[test]
    fn impp_only_where_a_link_exists() {
        assert_eq!(
            impp_uri("Telegram", "@handle").as_deref(),
            Some("https://t.me/handle")
        );
        assert_eq!(
            impp_uri("telegram", "https://t.me/handle").as_deref(),
            Some("https://t.me/handle")
        );
        assert_eq!(impp_uri("Telegram", "bad handle!"), None);
        assert_eq!(
            impp_uri("WhatsApp", "+66 81-234-5678").as_deref(),
            Some("https://wa.me/66812345678")
        );
        assert_eq!(impp_uri("WhatsApp", "ask the desk"), None);
        assert_eq!(impp_uri("LINE", "somchai.p"), None);
        assert_eq!(impp_uri("Signal", "+66812345678"), None);
    }

    #[test]
    fn note_lists_handles_even_without_free_text() {
        let messaging = [
            ("LINE", "somchai.p"),
            ("Signal", "+66812345678"),
            ("Viber", " "),
        ];
        let c = VCardContact {
            messaging: &messaging,
            ..contact("Somchai", &[])
        };
        let lines = logical_lines(&render(&c));
        assert!(lines.contains(&r"NOTE:LINE: somchai.p\; Signal: +66812345678".to_string()));
    }

    #[test]
    fn file_names_are_safe_ascii() {
        assert_eq!(vcard_file_name("Somchai Phrom"), "somchai-phrom.vcf");
        assert_eq!(
            vcard_file_name("  Pol. Col. Somchai  Phrom "),
            "pol-col-somchai-phrom.vcf"
        );
        assert_eq!(vcard_file_name("João Conceição"), "joao-conceicao.vcf");
        assert_eq!(vcard_file_name("../../etc/passwd"), "etc-passwd.vcf");
        assert_eq!(vcard_file_name("สมชาย พรหม"), "contact.vcf");
        assert_eq!(vcard_file_name(""), "contact.vcf");
        assert_eq!(vcard_file_name("Иван Петров"), "contact.vcf");
        let long = vcard_file_name(&"a".repeat(500));
        assert!(long.len() <= MAX_FILE_STEM + ".vcf".len());
        assert!(
            long.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        );
    }
}
