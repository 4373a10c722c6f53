//! Nothing a user can paste may crash the analyzer (a panic in wasm kills the
//! module), and every span must still point at what it claims.

use figlens::{analyze, to_utf16, Options};

/// A small deterministic generator, so a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() as usize) % items.len()]
    }
}

/// Pieces that stress the grammar: numerals of every script, units, qualifiers,
/// markup, damage, annotations, separators, odd Unicode.
const PIECES: &[&str] = &[
    "1",
    "23",
    "4.5",
    "6,789",
    "１２",
    "０．５",
    "萬",
    "億",
    "万亿",
    "元",
    "%",
    "％",
    "‰",
    "個百分點",
    "人次",
    "平方米",
    "約",
    "超過",
    "左右",
    "至",
    "-",
    "—",
    "~",
    "：",
    ":",
    "∶",
    "比",
    "第",
    "年",
    "月",
    "日",
    "兩",
    "三四十",
    "數十",
    "幾",
    "成千上萬",
    "百分之",
    "分之",
    "倍",
    "翻了一番",
    "同比增長",
    "下降",
    "由",
    "降至",
    "分別",
    "和",
    "、",
    "，",
    "。",
    "\n",
    " ",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{fffd}",
    "?",
    "(qū)",
    "（",
    "）",
    "(",
    ")",
    "<a href=x>",
    "</a>",
    "&amp;",
    "&#x4E2D;",
    "&",
    "<",
    ">",
    "æ–°é—»",
    "鐩稿叧",
    "$",
    "US$",
    "€",
    "£",
    "¥",
    "bn",
    "million",
    "about",
    "more than",
    "rose",
    "fell",
    "from",
    "to",
    "percent",
    "basis points",
    "one in five",
    "twenty-three",
    "May 12, 2024",
    "the 1990s",
    "3rd",
    "Windows 11",
    "COVID-19",
    "+44 20 7946 0958",
    "600519.SS",
    "e\u{301}",
    "🙂",
    "𠀀",
    "\u{202e}",
    "\r\n",
    "\t",
    "0",
    "00",
    ".",
    "..",
    "9999999999999999999999",
];

fn random_text(rng: &mut Lcg, pieces: usize) -> String {
    (0..pieces).map(|_| rng.pick(PIECES)).collect()
}

#[test]
fn random_inputs_never_panic_and_spans_stay_valid() {
    let seed = std::env::var("FIGLENS_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed);
    let rounds = std::env::var("FIGLENS_FUZZ_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3000);
    let mut rng = Lcg(seed);
    for round in 0..rounds {
        let n = 1 + (rng.next() % 60) as usize;
        let text = random_text(&mut rng, n);
        for html in [false, true] {
            let mut a = analyze(
                &text,
                &Options {
                    html,
                    ..Options::default()
                },
            );
            for f in &a.figures {
                assert!(
                    f.start <= f.end && f.end <= text.len(),
                    "round {round}: span {}..{} in {text:?}",
                    f.start,
                    f.end
                );
                assert!(
                    text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
                    "round {round}: {text:?}"
                );
                assert!(
                    f.value.is_none_or(f64::is_finite),
                    "round {round}: value {:?} in {text:?}",
                    f.value
                );
                assert!(f.block < a.blocks.len());
            }
            for b in &a.blocks {
                assert!(
                    b.start <= b.end
                        && b.end <= text.len()
                        && text.is_char_boundary(b.start)
                        && text.is_char_boundary(b.end)
                );
            }
            // The UTF-16 rewrite must not panic either, and stays within the text.
            to_utf16(&mut a, &text);
            let units = text.encode_utf16().count();
            assert!(a.figures.iter().all(|f| f.end <= units));
        }
    }
}

#[test]
fn pathological_inputs_finish() {
    let long_digits = "9".repeat(100_000);
    let many_units = "萬".repeat(50_000);
    let nested = "<div>".repeat(20_000);
    let one_line = "增長3%，".repeat(20_000);
    let annotations = "區(qū)".repeat(20_000);
    for text in [
        long_digits,
        many_units,
        nested,
        one_line,
        annotations,
        String::new(),
        "\n".repeat(10_000),
    ] {
        let a = analyze(&text, &Options::default());
        assert!(a.figures.len() <= text.len());
        let _ = analyze(
            &text,
            &Options {
                html: true,
                ..Options::default()
            },
        );
    }
}

/// Values are finite by construction and a range's bounds are ordered: a
/// numeral too long for an f64 (over 308 digits) is no figure, whatever
/// surrounds it, and the figures next to it are still read.
#[test]
fn values_are_finite_and_ranges_ordered() {
    let huge = "9".repeat(400);
    let inputs = [
        huge.clone(),
        format!("{huge}%"),
        format!("{huge}元"),
        format!("{huge}萬億元"),
        format!("增長{huge}-5%"),
        format!("5-{huge}%"),
        format!("between 3 and {huge} percent"),
        format!("${huge} billion"),
        format!("{huge}.5 million, up 3%"),
        format!("從{huge}增至20%，收入增長3%"),
        "1e400 and 1E-400".to_string(),
        "營收10-5%".to_string(),
        "rose 12 to 7 percent".to_string(),
    ];
    for text in &inputs {
        let a = analyze(text, &Options::default());
        for f in &a.figures {
            for v in [f.value, f.low, f.high].into_iter().flatten() {
                assert!(v.is_finite(), "{text:?}: {} has {v}", f.text);
            }
            if let (Some(low), Some(high)) = (f.low, f.high) {
                assert!(low <= high, "{text:?}: {} has {low}..{high}", f.text);
            }
        }
    }
    // The figure after the overflowing numeral is still found.
    let a = analyze(&format!("{huge}.5 million, up 3%"), &Options::default());
    assert!(a.figures.iter().any(|f| f.text == "3%"), "{:?}", a.figures);
    // A range written high to low keeps its text and reads low to high.
    let a = analyze("營收10-5%", &Options::default());
    let r = a.figures.iter().find(|f| f.low.is_some()).expect("a range");
    assert_eq!(r.text, "10-5%");
    assert_eq!(
        (r.value, r.low, r.high),
        (Some(5.0), Some(5.0), Some(10.0)),
        "{r:?}"
    );
}

/// `Error::message` (built by hand for the wasm binding) reads as the
/// `format!` it replaced, at the bounds of `usize` and between.
#[test]
fn error_messages_match_format() {
    use figlens::Error;
    for (size, limit) in [
        (0, 0),
        (1, 9),
        (10, 99),
        (16_777_217, 16_777_216),
        (usize::MAX, usize::MAX - 1),
    ] {
        let e = Error::InputTooLarge { size, limit };
        let want = format!("input is {size} bytes, over the limit of {limit} bytes; split it or raise maxInputBytes");
        assert_eq!(e.message(), want);
        assert_eq!(e.to_string(), want);
    }
    let e = Error::BadOptions("kinds: 'x' is not a kind".into());
    assert_eq!(e.message(), "bad options: kinds: 'x' is not a kind");
    assert_eq!(e.to_string(), e.message());
}
