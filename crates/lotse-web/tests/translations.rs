//! Translation completeness. Fails when any language lacks a message German has, has one German lacks,
//! uses a variable the German message does not define, fails to parse, or when code or a template asks for a
//! key that does not exist.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use fluent_syntax::ast;
use lotse_web::errors::WebError;
use lotse_web::i18n::Locale;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Messages = BTreeMap<String, BTreeSet<String>>;

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Message id (and `id.attribute`) → the variables it references. Parse errors fail the test.
fn load(locale: &str) -> Messages {
    let dir = crate_dir().join("locales").join(locale);
    let mut messages = Messages::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .ftl files for {locale}");
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("{} does not parse: {errors:?}", file.display()),
        };
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let mut vars = BTreeSet::new();
                    if let Some(pattern) = &message.value {
                        pattern_vars(pattern, &mut vars);
                    }
                    let id = message.id.name.clone();
                    for attribute in &message.attributes {
                        let mut attr_vars = BTreeSet::new();
                        pattern_vars(&attribute.value, &mut attr_vars);
                        messages.insert(format!("{id}.{}", attribute.id.name), attr_vars);
                    }
                    assert!(messages.insert(id.clone(), vars).is_none(), "{locale}: duplicate message {id}");
                }
                ast::Entry::Junk { content } => panic!("{}: unparsable entry {content:?}", file.display()),
                _ => {}
            }
        }
    }
    messages
}

fn pattern_vars(pattern: &ast::Pattern<String>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<String>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &ast::InlineExpression<String>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.clone());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars);
            }
            for named in &arguments.named {
                inline_vars(&named.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_language_has_exactly_the_german_keys_and_variables() {
    let german = load("de");
    assert!(german.len() > 30, "the German source has the interface's messages");
    let mut problems = Vec::new();
    for locale in Locale::ALL.iter().filter(|l| **l != Locale::De) {
        let code = locale.code();
        let messages = load(code);
        for key in german.keys().filter(|k| !messages.contains_key(*k)) {
            problems.push(format!("{code}: missing key {key}"));
        }
        for key in messages.keys().filter(|k| !german.contains_key(*k)) {
            problems.push(format!("{code}: key {key} does not exist in German"));
        }
        for (key, vars) in &messages {
            if let Some(allowed) = german.get(key) {
                for var in vars.difference(allowed) {
                    problems.push(format!("{code}: {key} references unknown variable ${var}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "translation problems:\n{}", problems.join("\n"));
}

#[test]
fn every_interface_language_is_compiled_in() {
    let compiled = lotse_web::i18n::compiled_languages();
    for locale in Locale::ALL {
        assert!(compiled.iter().any(|c| c == locale.code()), "{} missing from {compiled:?}", locale.code());
    }
}

fn used_keys_in(dir: &Path, found: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            used_keys_in(&path, found);
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for marker in [".t(\"", ".t1(\"", ".t_with(\""] {
            for piece in text.split(marker).skip(1) {
                if let Some(end) = piece.find('"') {
                    let key = &piece[..end];
                    if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                        found.insert(key.to_string());
                    }
                }
            }
        }
    }
}

#[test]
fn every_key_used_by_code_and_templates_exists() {
    let german = load("de");
    let mut used = BTreeSet::new();
    used_keys_in(&crate_dir().join("templates"), &mut used);
    used_keys_in(&crate_dir().join("src"), &mut used);
    for code in WebError::ALL_CODES {
        used.insert(format!("error-{code}"));
    }
    assert!(used.len() > 20, "the scan finds the keys in use: {used:?}");
    let missing: Vec<_> = used.iter().filter(|k| !german.contains_key(*k)).collect();
    assert!(missing.is_empty(), "keys used but not defined in German: {missing:?}");
}
