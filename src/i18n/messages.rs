use std::borrow::Cow;
use std::sync::LazyLock;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

use super::Lang;

/// The message files, one per language and area, compiled into the binary.
macro_rules! message_files {
    ($($area:literal),* $(,)?) => {
        /// The areas that have a message file, in each language's folder.
        #[cfg(test)]
        pub(crate) const AREAS: &[&str] = &[$($area),*];

        /// Each language's files, in `Lang::ALL` order.
        pub(crate) fn sources(lang: Lang) -> Vec<(&'static str, &'static str)> {
            match lang {
                Lang::En => vec![$(($area, include_str!(concat!("../../locales/en/", $area, ".ftl")))),*],
                Lang::Th => vec![$(($area, include_str!(concat!("../../locales/th/", $area, ".ftl")))),*],
                Lang::ZhHans => vec![$(($area, include_str!(concat!("../../locales/zh-Hans/", $area, ".ftl")))),*],
                Lang::Ru => vec![$(($area, include_str!(concat!("../../locales/ru/", $area, ".ftl")))),*],
                Lang::PtBr => vec![$(($area, include_str!(concat!("../../locales/pt-BR/", $area, ".ftl")))),*],
                Lang::Fr => vec![$(($area, include_str!(concat!("../../locales/fr/", $area, ".ftl")))),*],
                Lang::Ar => vec![$(($area, include_str!(concat!("../../locales/ar/", $area, ".ftl")))),*],
            }
        }
    };
}

message_files!(
    "common",
    "auth",
    "dashboard",
    "account",
    "action-items",
    "contacts",
    "orgs",
    "admin",
    "audit",
    "rescue-requests",
    "referrals",
    "meetings",
    "notifications",
);

/// What a page shows where a message id has no English text: the tests look for it.
pub const MISSING_MARK: &str = "⟦missing message⟧";

static BUNDLES: LazyLock<Vec<FluentBundle<FluentResource>>> =
    LazyLock::new(|| Lang::ALL.iter().map(|&lang| bundle(lang)).collect());

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
    // Unicode isolation marks keep a Latin name or reference from reordering the Arabic text
    // around it. Left-to-right pages go without: an Arabic name inside them can reorder its
    // neighbours, but marks in every page would break copying a reference or searching the
    // page's text for it, which people here do many times a day.
    bundle.set_use_isolating(lang.dir() == "rtl");
    for (area, source) in sources(lang) {
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(_, errors)| {
            panic!("locales/{lang}/{area}.ftl does not parse: {errors:?}")
        });
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("locales/{lang}/{area}.ftl repeats ids: {errors:?}"));
    }
    bundle
}

/// Loads and checks every message file, so a broken one stops the server at start rather
/// than at the first page that needs it.
pub fn load() {
    LazyLock::force(&BUNDLES);
}

/// The text of a message in a language, falling back to English when the language lacks it
/// (the tests refuse that), and to [`MISSING_MARK`] when English lacks it too.
pub fn text(lang: Lang, id: &str) -> String {
    text_with(lang, id, None)
}

pub fn text_with(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for bundle in [&BUNDLES[lang.index()], &BUNDLES[Lang::En.index()]] {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        let value = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(message_id = id, language = %lang, ?errors, "a message did not format");
        }
        return value.into_owned();
    }
    tracing::warn!(message_id = id, language = %lang, "no such message");
    format!("{MISSING_MARK} {id}")
}

/// A message chosen now and written later, in the reader's language: a field's error, a
/// flash kept in the session until the next page. Serialisable, so a flash survives the
/// redirect as its id and arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Msg {
    pub id: Cow<'static, str>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

/// An argument of a message: a number (Fluent picks the plural form), text the user typed or
/// a code (never translated), or another message (translated first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Number(i64),
    Text(String),
    Message(Box<Msg>),
}

impl Msg {
    pub fn new(id: &'static str) -> Msg {
        Msg {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    pub fn text(&self, lang: Lang) -> String {
        if self.args.is_empty() {
            return text(lang, &self.id);
        }
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let value: FluentValue = match value {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(t) => FluentValue::from(t.as_str()),
                Arg::Message(m) => FluentValue::from(m.text(lang)),
            };
            args.set(name.as_ref(), value);
        }
        text_with(lang, &self.id, Some(&args))
    }
}

/// English: what the CLI prints and a log line may carry.
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Arg {
        Arg::Text(value.clone())
    }
}

impl From<&&String> for Arg {
    fn from(value: &&String) -> Arg {
        Arg::Text((*value).clone())
    }
}

impl From<&&str> for Arg {
    fn from(value: &&str) -> Arg {
        Arg::Text((*value).to_owned())
    }
}

impl From<&Msg> for Arg {
    fn from(value: &Msg) -> Arg {
        Arg::Message(Box::new(value.clone()))
    }
}

impl From<Msg> for Arg {
    fn from(value: Msg) -> Arg {
        Arg::Message(Box::new(value))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Arg {
                Arg::Number(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
        impl From<&$t> for Arg {
            fn from(value: &$t) -> Arg {
                Arg::from(*value)
            }
        }
    )*};
}

number_args!(u8, u16, i32, i64, u32, u64, usize);
