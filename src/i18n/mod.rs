//! The interface's languages. Every word a user reads comes from a Fluent message file under
//! `locales/<language>/<area>.ftl`; code and templates name messages by id ([`Msg`],
//! `PageContext::t`) and the words are chosen when the page is rendered, in the reader's
//! language. Dates are written each language's way by ICU4X ([`dates`]). What users typed is
//! never translated; the CLI, the logs, CSV headers and vCard fields stay English.

pub mod dates;
mod lang;
mod messages;

pub use lang::{LANG_COOKIE, Lang};
pub use messages::{Arg, MISSING_MARK, Msg, load, text, text_with};

#[cfg(test)]
mod tests;
