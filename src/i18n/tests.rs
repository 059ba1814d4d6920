//! The message files agree with each other and with the code: every language has exactly the
//! English ids with the same arguments, every id the code names exists, and none is unused.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use super::Lang;
use super::messages::{AREAS, sources};

/// Each message's (or attribute's) id with the variables its text uses.
fn messages_of(lang: Lang, area: &str, source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{area}.ftl: {errors:?}"));
    let mut found = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                pattern_vars(value, &mut vars);
            }
            assert!(
                message.value.is_some(),
                "locales/{lang}/{area}.ftl: {} has no text",
                message.id.name
            );
            for attribute in &message.attributes {
                pattern_vars(&attribute.value, &mut vars);
            }
            let id = message.id.name.to_owned();
            assert!(
                found.insert(id.clone(), vars).is_none(),
                "locales/{lang}/{area}.ftl: {id} twice"
            );
        }
    }
    found
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_vars(arg, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

fn english() -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (area, source) in sources(Lang::En) {
        for (id, vars) in messages_of(Lang::En, area, source) {
            assert!(
                all.insert(id.clone(), vars).is_none(),
                "{id} is in two English files"
            );
        }
    }
    all
}

#[test]
fn every_language_has_exactly_the_english_messages_with_the_same_arguments() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        for ((area, source), (_, english_source)) in
            sources(lang).into_iter().zip(sources(Lang::En))
        {
            let theirs = messages_of(lang, area, source);
            let ours = messages_of(Lang::En, area, english_source);
            for (id, vars) in &ours {
                match theirs.get(id) {
                    None => problems.push(format!("{lang}/{area}.ftl lacks {id}")),
                    Some(v) if v != vars => problems.push(format!(
                        "{lang}/{area}.ftl: {id} uses {v:?}, English uses {vars:?}"
                    )),
                    Some(_) => {}
                }
            }
            for id in theirs.keys().filter(|id| !ours.contains_key(*id)) {
                problems.push(format!("{lang}/{area}.ftl has {id}, which English has not"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A file added to a folder but not to `message_files!` would never be loaded.
#[test]
fn every_message_file_in_the_folders_is_compiled_in() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for lang in Lang::ALL {
        assert_eq!(sources(lang).len(), AREAS.len());
        let mut found: Vec<String> = std::fs::read_dir(root.join(lang.code()))
            .unwrap()
            .filter_map(|entry| {
                let name = entry.unwrap().file_name().into_string().unwrap();
                name.strip_suffix(".ftl").map(str::to_owned)
            })
            .collect();
        found.sort();
        let mut listed: Vec<&str> = AREAS.to_vec();
        listed.sort();
        assert_eq!(found, listed, "locales/{}", lang.code());
    }
}

/// Every file under `dir` with the extension, read.
fn files(dir: &Path, ext: &str, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
}

/// The literal after each `name("` in the text, where `name` is a whole identifier.
fn literals_after(text: &str, name: &str, out: &mut Vec<String>) {
    let needle = format!("{name}(\"");
    let mut rest = text;
    while let Some(at) = rest.find(&needle) {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + needle.len()..];
        let whole = !before.is_some_and(|c| c.is_alphanumeric() || c == '_');
        if whole && let Some(end) = after.find('"') {
            out.push(after[..end].to_owned());
        }
        rest = after;
    }
}

/// The ids the code and templates name: the first argument of the translation helpers and
/// `Msg::new`, and the literals of every `fn message_id` (an enum's names).
fn ids_named_in_code() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    files(&root.join("src"), "rs", &mut sources);
    files(&root.join("templates"), "html", &mut sources);
    let mut named = Vec::new();
    for (path, text) in &sources {
        if path.ends_with("i18n/tests.rs") {
            continue;
        }
        let mut ids = Vec::new();
        for helper in ["t", "t1", "t2", "t3", "Msg::new"] {
            literals_after(text, helper, &mut ids);
        }
        let mut in_message_id = false;
        for line in text.lines() {
            if line.contains("fn ") {
                in_message_id = line.contains("fn message_id");
            }
            if in_message_id && let Some((_, literal)) = line.split_once("=> \"") {
                ids.extend(literal.split('"').next().map(str::to_owned));
            }
        }
        named.extend(ids.into_iter().map(|id| (path.clone(), id)));
    }
    named
}

#[test]
fn every_id_the_code_names_exists_and_every_english_message_is_used() {
    let english = english();
    let named = ids_named_in_code();
    let missing: Vec<String> = named
        .iter()
        .filter(|(_, id)| !english.contains_key(id))
        .map(|(path, id)| format!("{path}: {id}"))
        .collect();
    assert!(
        missing.is_empty(),
        "ids without an English message:\n{}",
        missing.join("\n")
    );

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    files(&root.join("src"), "rs", &mut sources);
    files(&root.join("templates"), "html", &mut sources);
    let unused: Vec<&String> = english
        .keys()
        .filter(|id| {
            let quoted = format!("\"{id}\"");
            !sources
                .iter()
                .any(|(path, text)| !path.ends_with("i18n/tests.rs") && text.contains(&quoted))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "English messages nothing uses: {unused:?}"
    );
}

#[test]
fn a_message_keeps_its_arguments_and_falls_back_to_english() {
    let msg = super::Msg::new("common-page-of")
        .arg("page", 2)
        .arg("pages", 5);
    assert_eq!(msg.text(Lang::En), "Page 2 of 5");
    assert!(super::text(Lang::Th, "no-such-message").contains(super::MISSING_MARK));
    let stored = serde_json::to_string(&msg).unwrap();
    assert_eq!(serde_json::from_str::<super::Msg>(&stored).unwrap(), msg);
}

#[test]
fn the_browsers_language_is_negotiated() {
    assert_eq!(Lang::negotiate("th-TH,th;q=0.9,en;q=0.8"), Lang::Th);
    assert_eq!(Lang::negotiate("zh-CN,zh;q=0.9"), Lang::ZhHans);
    assert_eq!(Lang::negotiate("pt"), Lang::PtBr);
    assert_eq!(Lang::negotiate("fr-CA, en;q=0.5"), Lang::Fr);
    assert_eq!(Lang::negotiate("en;q=0.3, ar-MA"), Lang::Ar);
    assert_eq!(Lang::negotiate("de-DE"), Lang::En);
    assert_eq!(Lang::negotiate(""), Lang::En);
    assert_eq!(Lang::negotiate("ru;q=0"), Lang::En);
}
