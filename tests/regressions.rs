//! Failures found by fuzzing (fuzz/, tests/invariants.rs), each with its
//! minimized input in tests/regressions/. A test that still fails is
//! `#[ignore]`d with the reason: run them with
//! `cargo test --test regressions -- --include-ignored`, and take the
//! `#[ignore]` off once the fix lands.

#[path = "support/invariants.rs"]
mod invariants;

use figlens::{analyze, Options};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/regressions");

fn input(name: &str) -> String {
    std::fs::read_to_string(format!("{DIR}/{name}")).unwrap()
}

fn html() -> Options {
    Options {
        html: true,
        ..Options::default()
    }
}

/// An HTML comment that ends in three or more dashes (`<!---->`, which Vue
/// and Angular render for every empty `v-if`, or `<!-- ad --->`) hides all
/// the text after it up to the next `-->` (or the end of the page): here
/// "5%，達3億元。" and "12% to $3.5bn." are lost, and with them the figures.
/// `mask()` in src/article/html.rs ends such a comment correctly, but
/// `tokens()` takes the comment node as astral-tl 0.8.0 reports it:
/// `Parser::skip_comment_with_start` (src/parser/base.rs) looks for `--`
/// from the opening `<!--`'s own dashes, then steps one byte past a `--`
/// not followed by `>`, so it steps over the `-->` of `---->`/`--->`. No
/// invariant is broken (every span still shows its text); found by
/// `markup_entities_and_scripts_keep_figures_and_spans_in_html`.
#[test]
#[ignore = "known: text after <!----> is dropped (astral-tl comment scanning; src/article/html.rs tokens())"]
fn html_comment_ending_in_dashes_keeps_the_text_after_it() {
    let page = input("html-comment-dashes.html");
    let a = analyze(&page, &html());
    let texts: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        texts,
        ["營收增長5%，達3億元。", "Revenue rose 12% to $3.5bn."]
    );
    let figures: Vec<&str> = a.figures.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(figures, ["5%", "3億元", "12%", "$3.5bn"]);
}

/// The same text with a plain comment, for contrast: this passes.
#[test]
fn html_comment_with_two_dashes_keeps_the_text_after_it() {
    let page = input("html-comment-dashes.html")
        .replace("<!---->", "<!-- -->")
        .replace("--->", "-->");
    let a = analyze(&page, &html());
    let figures: Vec<&str> = a.figures.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(figures, ["5%", "3億元", "12%", "$3.5bn"]);
}

/// A descending range (`52%-5.5%`, `5至3%`, `$5bn to $3bn`, `2025至2024年`,
/// `between 12 and 3 percent`) gives `low > high` (low 52, high 5.5): not
/// only numerals over 308 digits do. Found by the plain fuzz target
/// (`T\x01\0\0\0he Fed held ra-for-n a range.o f2 52%-5.5%.`, minimized
/// to the first line of the file). Whether such a text is a range at all
/// (or two figures, or a range to sort) is the grammar's call; the schema
/// says `low <= high`.
#[test]
#[ignore = "known: descending ranges give low > high (the grammar, being rewritten)"]
fn descending_ranges_keep_low_at_most_high() {
    let mut fails = Vec::new();
    for line in input("range-descending.txt").lines() {
        for v in invariants::check(line, &Options::default()) {
            fails.push(format!("{line:?}: {v}"));
        }
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

/// A numeral of more than 308 digits overflows f64: `value` is +Infinity
/// (`Infinity` in the JS API, `null` in the CLI's JSON, which cannot tell it
/// from "no value"). Known before fuzzing; the fuzz runs skipped this class
/// (`FIGLENS_FUZZ_IGNORE=nonfinite,range`).
#[test]
#[ignore = "known: numerals of over 308 digits give ±Infinity (the other engineer's fix)"]
fn numerals_of_over_308_digits_give_finite_values() {
    let text = input("nonfinite-309-digits.txt");
    let v = invariants::check(&text, &Options::default());
    assert!(v.is_empty(), "{v:?}");
}
