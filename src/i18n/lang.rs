use std::str::FromStr;

use unic_langid::LanguageIdentifier;

/// The cookie that keeps a signed-out visitor's choice from the sign-in page's switcher.
pub const LANG_COOKIE: &str = "liaison_lang";

/// A language of the interface. The code is a BCP 47 tag: it is what `<html lang>` says, what
/// the account row stores and the name of the folder under `locales/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Th,
    ZhHans,
    Ru,
    PtBr,
    Fr,
    Ar,
}

impl Lang {
    /// In the order the switcher offers them.
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::Th,
        Lang::ZhHans,
        Lang::Ru,
        Lang::PtBr,
        Lang::Fr,
        Lang::Ar,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Th => "th",
            Lang::ZhHans => "zh-Hans",
            Lang::Ru => "ru",
            Lang::PtBr => "pt-BR",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    /// The language's own name for itself. Each is the same in every language (a reader must
    /// find their language in a list written in one they may not read), so it is data here,
    /// not a message.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Th => "ไทย",
            Lang::ZhHans => "简体中文",
            Lang::Ru => "Русский",
            Lang::PtBr => "Português (Brasil)",
            Lang::Fr => "Français",
            Lang::Ar => "العربية",
        }
    }

    /// The writing direction, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    pub fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
    }

    pub(crate) fn langid(self) -> LanguageIdentifier {
        self.code()
            .parse()
            .expect("our language codes are valid BCP 47")
    }

    /// The best of ours for an `Accept-Language` header (English when none fits). The
    /// header's ranges are taken by their weights (`q`), then fluent-langneg matches each to
    /// ours, so `pt` finds Brazilian Portuguese and `zh-CN` Simplified Chinese.
    pub fn negotiate(accept_language: &str) -> Lang {
        let mut ranges: Vec<(f32, usize, &str)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(order, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .filter_map(|p| p.trim().strip_prefix("q="))
                    .find_map(|q| q.trim().parse::<f32>().ok())
                    .unwrap_or(1.0);
                (!tag.is_empty() && tag != "*" && q > 0.0).then_some((q, order, tag))
            })
            .take(16)
            .collect();
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let requested: Vec<LanguageIdentifier> = ranges
            .iter()
            .filter_map(|(_, _, tag)| tag.parse().ok())
            .collect();
        let available: Vec<LanguageIdentifier> = Lang::ALL.iter().map(|l| l.langid()).collect();
        let default = Lang::En.langid();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| Lang::ALL.iter().copied().find(|l| l.langid() == **id))
            .unwrap_or_default()
    }
}

impl FromStr for Lang {
    type Err = ();

    /// One of our codes exactly, as stored and as the switcher sends it.
    fn from_str(code: &str) -> Result<Lang, ()> {
        Lang::ALL.into_iter().find(|l| l.code() == code).ok_or(())
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}
