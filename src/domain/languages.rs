//! Languages a contact can be reached in.
//!
//! At three in the morning the question is not only "who is on duty" but
//! "can I talk to them": a Brazilian liaison officer needs to know that the
//! Royal Thai Police desk answers in English, and a Burmese-speaking
//! interpreter is worth more than a senior officer who is not.
//!
//! Codes are ISO 639-1 because vCard `LANG`, HTML `lang` and browsers all
//! speak them; people may still type English names, which are mapped here.

/// Upper bound on languages per contact. Beyond this a list stops helping
/// the caller choose, and is more likely a paste error.
pub const MAX_LANGUAGES: usize = 10;

use crate::i18n::Msg;

/// ISO 639-1 code and English name, one word each so that a space-separated
/// list can be read unambiguously. Kept sorted by code.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("am", "Amharic"),
    ("ar", "Arabic"),
    ("bn", "Bengali"),
    ("de", "German"),
    ("en", "English"),
    ("es", "Spanish"),
    ("fa", "Persian"),
    ("fr", "French"),
    ("ha", "Hausa"),
    ("he", "Hebrew"),
    ("hi", "Hindi"),
    ("id", "Indonesian"),
    ("it", "Italian"),
    ("ja", "Japanese"),
    ("kk", "Kazakh"),
    ("km", "Khmer"),
    ("ko", "Korean"),
    ("lo", "Lao"),
    ("ms", "Malay"),
    ("my", "Burmese"),
    ("ne", "Nepali"),
    ("nl", "Dutch"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("ru", "Russian"),
    ("si", "Sinhala"),
    ("sw", "Swahili"),
    ("ta", "Tamil"),
    ("th", "Thai"),
    ("tl", "Filipino"),
    ("tr", "Turkish"),
    ("uk", "Ukrainian"),
    ("ur", "Urdu"),
    ("uz", "Uzbek"),
    ("vi", "Vietnamese"),
    ("yo", "Yoruba"),
    ("zh", "Chinese"),
];

/// Other names people commonly use for the same language, so that nobody
/// is told "Tagalog" or "Mandarin" is unknown.
const ALIASES: &[(&str, &str)] = &[
    ("bangla", "bn"),
    ("cambodian", "km"),
    ("farsi", "fa"),
    ("fil", "tl"),
    ("laotian", "lo"),
    ("mandarin", "zh"),
    ("myanmar", "my"),
    ("sinhalese", "si"),
    ("tagalog", "tl"),
];

/// Unknown entries echoed back at most; a longer list means the wrong
/// thing was pasted, and the message should stay readable.
const MAX_ECHOED: usize = 5;

/// The English name for a code (what typed input is matched against, and what the CLI and
/// the demo data check). Case-insensitive, since codes arrive from forms and old records alike.
pub fn name_of(code: &str) -> Option<&'static str> {
    LANGUAGES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|&(_, name)| name)
}

/// The message naming a language in the reader's language, as the directory and the contact
/// page show it (`spoken-unknown` for a code not in [`LANGUAGES`]). Case-insensitive like
/// [`name_of`].
pub fn message_id(code: &str) -> &'static str {
    match code.to_ascii_lowercase().as_str() {
        "am" => "spoken-am",
        "ar" => "spoken-ar",
        "bn" => "spoken-bn",
        "de" => "spoken-de",
        "en" => "spoken-en",
        "es" => "spoken-es",
        "fa" => "spoken-fa",
        "fr" => "spoken-fr",
        "ha" => "spoken-ha",
        "he" => "spoken-he",
        "hi" => "spoken-hi",
        "id" => "spoken-id",
        "it" => "spoken-it",
        "ja" => "spoken-ja",
        "kk" => "spoken-kk",
        "km" => "spoken-km",
        "ko" => "spoken-ko",
        "lo" => "spoken-lo",
        "ms" => "spoken-ms",
        "my" => "spoken-my",
        "ne" => "spoken-ne",
        "nl" => "spoken-nl",
        "pl" => "spoken-pl",
        "pt" => "spoken-pt",
        "ru" => "spoken-ru",
        "si" => "spoken-si",
        "sw" => "spoken-sw",
        "ta" => "spoken-ta",
        "th" => "spoken-th",
        "tl" => "spoken-tl",
        "tr" => "spoken-tr",
        "uk" => "spoken-uk",
        "ur" => "spoken-ur",
        "uz" => "spoken-uz",
        "vi" => "spoken-vi",
        "yo" => "spoken-yo",
        "zh" => "spoken-zh",
        _ => "spoken-unknown",
    }
}

/// Between two languages in the field: the separators people type in every interface
/// language (the Arabic comma, the Chinese enumeration and full-width commas too).
fn is_separator(c: char) -> bool {
    matches!(c, ',' | ';' | '/' | '،' | '؛' | '、' | '，' | '；') || c.is_whitespace()
}

/// Reads a form field such as "th, English, pt" into sorted, unique codes.
///
/// Sorting and de-duplicating here means the stored value is canonical, so
/// two contacts speaking the same languages compare equal and searches by
/// language need no normalisation. An empty field yields an empty list:
/// whether a language is required is the caller's decision, not this
/// parser's.
pub fn parse_languages(input: &str) -> Result<Vec<String>, Msg> {
    let mut codes: Vec<&'static str> = Vec::new();
    let mut unknown: Vec<&str> = Vec::new();
    for word in input.split(is_separator).filter(|w| !w.is_empty()) {
        match lookup(word) {
            Some(code) => codes.push(code),
            None if !unknown.contains(&word) => unknown.push(word),
            None => {}
        }
    }
    if !unknown.is_empty() {
        return Err(unknown_message(&unknown));
    }
    codes.sort_unstable();
    codes.dedup();
    if codes.len() > MAX_LANGUAGES {
        return Err(Msg::new("field-languages-too-many")
            .arg("max", MAX_LANGUAGES)
            .arg("count", codes.len()));
    }
    Ok(codes.into_iter().map(str::to_string).collect())
}

/// Matches a code, an English name or an alias, ignoring case.
fn lookup(word: &str) -> Option<&'static str> {
    LANGUAGES
        .iter()
        .find(|(code, name)| code.eq_ignore_ascii_case(word) || name.eq_ignore_ascii_case(word))
        .map(|&(code, _)| code)
        .or_else(|| {
            ALIASES
                .iter()
                .find(|(alias, _)| alias.eq_ignore_ascii_case(word))
                .map(|&(_, code)| code)
        })
}

fn unknown_message(unknown: &[&str]) -> Msg {
    let mut listed = unknown
        .iter()
        .take(MAX_ECHOED)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if unknown.len() > MAX_ECHOED {
        listed.push_str(", …");
    }
    Msg::new("field-languages-unknown")
        .arg("count", unknown.len())
        .arg("listed", listed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> Vec<String> {
        match parse_languages(input) {
            Ok(v) => v,
            Err(e) => panic!("{input:?} was refused: {e}"),
        }
    }

    #[test]
    fn separators_of_every_interface_language_are_understood() {
        assert_eq!(
            parse_languages("ar، fr؛ en").unwrap(),
            vec!["ar", "en", "fr"]
        );
        assert_eq!(
            parse_languages("zh、en，th；ru").unwrap(),
            vec!["en", "ru", "th", "zh"]
        );
    }

    #[test]
    fn table_has_every_required_language() {
        let required = [
            "th", "en", "pt", "sw", "ru", "tl", "my", "lo", "hi", "ar", "fr", "zh", "ja", "ko",
            "km", "vi", "ms", "id", "bn", "ur", "ne", "si", "ta", "es", "de", "it", "tr", "uk",
            "kk", "uz", "am", "ha", "yo",
        ];
        for code in required {
            assert!(name_of(code).is_some(), "missing {code}");
        }
    }

    #[test]
    fn table_is_sorted_unique_lowercase_single_words() {
        for pair in LANGUAGES.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{:?} before {:?}", pair[0], pair[1]);
        }
        for (code, name) in LANGUAGES {
            assert_eq!(code.len(), 2);
            assert!(code.bytes().all(|b| b.is_ascii_lowercase()));
            assert!(!name.is_empty() && !name.contains(char::is_whitespace));
        }
        for (alias, code) in ALIASES {
            assert!(name_of(code).is_some(), "alias {alias} points to {code}");
            assert!(lookup(alias) == Some(*code));
        }
    }

    #[test]
    fn name_of_is_case_insensitive() {
        assert_eq!(name_of("th"), Some("Thai"));
        assert_eq!(name_of("TL"), Some("Filipino"));
        assert_eq!(name_of("xx"), None);
        assert_eq!(name_of(""), None);
    }

    #[test]
    fn every_language_has_a_message_with_its_english_name() {
        for (code, name) in LANGUAGES {
            let id = message_id(code);
            assert_ne!(id, "spoken-unknown", "{code}");
            assert_eq!(
                crate::i18n::text(crate::i18n::Lang::En, id),
                *name,
                "{code}"
            );
        }
        assert_eq!(message_id("TH"), "spoken-th");
        assert_eq!(message_id("xx"), "spoken-unknown");
    }

    #[test]
    fn mixed_codes_and_names_are_sorted_and_unique() {
        assert_eq!(ok("th, English, pt"), ["en", "pt", "th"]);
        assert_eq!(ok("TH thai Th; en/ENGLISH"), ["en", "th"]);
    }

    #[test]
    fn aliases_map_to_codes() {
        assert_eq!(ok("Tagalog, Myanmar, Mandarin"), ["my", "tl", "zh"]);
    }

    #[test]
    fn empty_input_gives_empty_list() {
        assert!(ok("").is_empty());
        assert!(ok(" , ;  ").is_empty());
    }

    #[test]
    fn unknown_entry_is_named() {
        assert_eq!(
            parse_languages("th, xx").expect_err("unknown").to_string(),
            "Unknown language: xx. Use two-letter codes such as th, en, pt."
        );
    }

    #[test]
    fn several_unknown_entries_are_listed_once() {
        let err = parse_languages("Klingon en xx Klingon")
            .expect_err("unknown")
            .to_string();
        assert_eq!(
            err,
            "Unknown languages: Klingon, xx. Use two-letter codes such as th, en, pt."
        );
    }

    #[test]
    fn long_unknown_list_is_shortened() {
        let err = parse_languages("a b c d e f g")
            .expect_err("unknown")
            .to_string();
        assert!(
            err.starts_with("Unknown languages: a, b, c, d, e, …."),
            "{err}"
        );
    }

    #[test]
    fn ten_languages_allowed_eleven_refused() {
        assert_eq!(ok("th en pt sw ru tl my lo hi ar").len(), 10);
        let err = parse_languages("th en pt sw ru tl my lo hi ar fr")
            .expect_err("too many")
            .to_string();
        assert!(err.contains("at most 10"), "{err}");
    }

    #[test]
    fn duplicates_do_not_count_towards_the_limit() {
        let input = "th thai en english pt portuguese sw ru tl my lo hi ar";
        assert_eq!(ok(input).len(), 10);
    }
}
