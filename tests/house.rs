//! The project's promises about its own code, as checks that fail:
//!
//! - grammar code (and the arithmetic checks) holds no word literal: every word, character and phrase of
//!   language knowledge is a row of a `src/lexicon/` table;
//! - the grammars import in one direction: `figures/shared` knows neither
//!   language, and `figures/zh` and `figures/en` never import each other.

use std::fs;
use std::path::{Path, PathBuf};

/// Code that reads language through the lexicon and must not spell it.
const GRAMMAR: &[&str] = &["src/figures", "src/dates", "src/numerals.rs", "src/checks"];

/// Literals with letters that grammar code may still hold, each with its
/// reason (at most ten). Escapes (`\n`, `\t`, `\u{…}`) and format
/// placeholders are not words and need no entry.
const ALLOWED: &[(&str, &str)] = &[];

fn rust_files(root: &str, out: &mut Vec<PathBuf>) {
    let path = Path::new(root);
    if path.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    for entry in fs::read_dir(path).expect("a source folder") {
        let p = entry.expect("a directory entry").path();
        if p.is_dir() {
            rust_files(p.to_str().expect("a UTF-8 path"), out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The source without comments and without its `#[cfg(test)]` items (their
/// words are test data, not grammar).
fn code_of(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if src[i..].starts_with("#[cfg(test)]") {
            // Skip to the end of the item that follows: its braces balanced.
            let Some(open) = src[i..].find('{') else {
                break;
            };
            let mut depth = 0;
            let mut k = i + open;
            while k < b.len() {
                match b[k] {
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                k += 1;
            }
            i = k + 1;
            continue;
        }
        if src[i..].starts_with("//") {
            i += src[i..].find('\n').unwrap_or(src.len() - i);
            continue;
        }
        if src[i..].starts_with("/*") {
            i += src[i..].find("*/").map_or(src.len() - i, |e| e + 2);
            continue;
        }
        let c = src[i..].chars().next().expect("a character");
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// The string and char literals of `code` (comments already removed).
fn literals(code: &str) -> Vec<String> {
    let cs: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        match cs[i] {
            '"' => {
                let mut s = String::new();
                i += 1;
                while i < cs.len() && cs[i] != '"' {
                    if cs[i] == '\\' {
                        s.push(cs[i]);
                        i += 1;
                    }
                    if i < cs.len() {
                        s.push(cs[i]);
                    }
                    i += 1;
                }
                out.push(s);
                i += 1;
            }
            // 'x' or '\n' (a lifetime like 'a has no closing quote)
            '\'' if cs.get(i + 2) == Some(&'\'') && cs[i + 1] != '\\' => {
                out.push(cs[i + 1].to_string());
                i += 3;
            }
            '\'' if cs.get(i + 1) == Some(&'\\') => {
                let end = (i + 2..cs.len())
                    .find(|&k| cs[k] == '\'')
                    .unwrap_or(cs.len());
                out.push(cs[i + 1..end].iter().collect());
                i = end + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// Does a literal hold a word: a letter outside escapes and `{…}` placeholders?
fn holds_word(lit: &str) -> bool {
    let mut rest = String::new();
    let cs: Vec<char> = lit.chars().collect();
    let mut i = 0;
    let mut depth = 0;
    while i < cs.len() {
        match cs[i] {
            '\\' => {
                // an escape: \n, \t, \u{…}
                i += if cs.get(i + 1) == Some(&'u') {
                    (i..cs.len())
                        .find(|&k| cs[k] == '}')
                        .map_or(cs.len(), |k| k + 1)
                        - i
                } else {
                    2
                };
                continue;
            }
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => rest.push(c),
            _ => {}
        }
        i += 1;
    }
    rest.chars().any(char::is_alphabetic)
}

#[test]
fn grammar_code_holds_no_word_literal() {
    assert!(
        ALLOWED.len() <= 10,
        "the allow-list holds at most ten entries"
    );
    let mut files = Vec::new();
    for root in GRAMMAR {
        rust_files(root, &mut files);
    }
    assert!(files.len() > 20, "the grammar's files were found");
    let mut found = Vec::new();
    for f in &files {
        let src = fs::read_to_string(f).expect("readable source");
        for lit in literals(&code_of(&src)) {
            if holds_word(&lit) && !ALLOWED.iter().any(|(a, _)| *a == lit) {
                found.push(format!("{}: {lit:?}", f.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "word literals in grammar code (make them rows of a src/lexicon/ table):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_literal_check_sees_words() {
    let code = code_of(
        "fn f() { g(\"增長\", 'x', '\\n', \"{y:04}-\\u{a0}\"); } // \"comment\"\n#[cfg(test)]\nmod t { \"test\" }",
    );
    let lits = literals(&code);
    assert_eq!(lits, ["增長", "x", "\\n", "{y:04}-\\u{a0}"]);
    let words: Vec<bool> = lits.iter().map(|l| holds_word(l)).collect();
    assert_eq!(words, [true, true, false, false]);
    assert!(!holds_word("%"));
    assert!(holds_word("元"));
    assert!(holds_word("km/h"));
}

/// The `crate::…` and `super::…` paths a file imports or names.
fn mentions(src: &str, path: &str) -> bool {
    code_of(src).contains(path)
}

#[test]
fn the_grammars_import_in_one_direction() {
    let check = |dir: &str, forbidden: &[&str]| {
        let mut files = Vec::new();
        rust_files(dir, &mut files);
        assert!(!files.is_empty(), "{dir} exists");
        let mut found = Vec::new();
        for f in &files {
            let src = fs::read_to_string(f).expect("readable source");
            for p in forbidden {
                if mentions(&src, p) {
                    found.push(format!("{} names {p}", f.display()));
                }
            }
        }
        assert!(found.is_empty(), "{}", found.join("\n"));
    };
    check(
        "src/figures/shared",
        &["figures::zh", "figures::en", "super::zh", "super::en"],
    );
    check(
        "src/figures/zh",
        &["figures::en", "super::en", "super::super::en"],
    );
    check(
        "src/figures/en",
        &["figures::zh", "super::zh", "super::super::zh"],
    );
    // The date reader and the numerals sit below both grammars.
    check("src/dates", &["crate::figures"]);
    check("src/numerals.rs", &["crate::figures"]);
}

/// std's Unicode case mapping (`to_lowercase`, `to_uppercase` on `str` and
/// `char`) brings its case tables into the web build: 9.9 KB gzip, once any
/// call site reaches it. The library lowers what its word lists compare with
/// ASCII folding or `article::meta::lower` (exact for the lists' characters).
#[test]
fn library_code_calls_no_unicode_case_mapping() {
    let mut files = Vec::new();
    rust_files("src", &mut files);
    let mut found = Vec::new();
    for f in &files {
        let code = code_of(&fs::read_to_string(f).expect("a source file"));
        for call in [".to_lowercase()", ".to_uppercase()"] {
            if code.contains(call) {
                found.push(format!("{}: {call}", f.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "Unicode case mapping in library code (use ASCII folding or meta::lower): {found:?}"
    );
}
