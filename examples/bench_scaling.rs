//! Linearity check: a case table's sentences joined into ONE paragraph (no
//! newline, as some pastes are), analyzed at 2×, 8× and 32× its size. The MB/s
//! must not fall as the input grows (a quadratic walk over a block's figures or
//! sentences shows up here first).
//! `cargo run --release --example bench_scaling -- tests/cases/en-figures.jsonl [SEP]`
use figlens::{analyze, Options};
fn main() {
    let file = std::env::args().nth(1).unwrap();
    let sep = std::env::args().nth(2).unwrap_or_default();
    let s = std::fs::read_to_string(file).unwrap();
    let mut text = String::new();
    for line in s.lines() {
        if let Some(t) = line
            .split("\"text\": \"")
            .nth(1)
            .and_then(|r| r.split('"').next())
        {
            text.push_str(t);
            text.push_str(&sep);
        }
    }
    for r in [2, 8, 32] {
        let t = text.repeat(r);
        let start = std::time::Instant::now();
        let n = analyze(&t, &Options::default()).figures.len();
        eprintln!(
            "{:.2} MB: {n} figures, {:.1} MB/s",
            t.len() as f64 / 1e6,
            t.len() as f64 / 1e6 / start.elapsed().as_secs_f64()
        );
    }
}
