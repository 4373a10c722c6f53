//! figlens's HTML text against a WHATWG tokenizer's, on a directory of pages:
//! `cargo run --release --example html_diff -- DIR [-v]`.
//!
//! For every file in DIR (read as UTF-8, invalid bytes replaced; gunzip
//! `.html.gz` pages first, e.g. `gunzip -c x.html.gz > /tmp/pages/x.html`),
//! compares the visible text of `article::html::to_text` with the same walk
//! over html5gum's tokens (tests/support/html_diff.rs), and checks that
//! every character of the text maps back to the source. Prints each page
//! that differs with its characters lost (only in the reference) and leaked
//! (only in figlens's), the first hunks with `-v`, any page whose hints
//! differ (title, meta, each line's zone, …), the count of pages whose
//! token streams differ (the tokens themselves, `-v` shows the first), then
//! the totals and the time `to_text` took.

#[path = "../tests/support/html_diff.rs"]
mod support;

use figlens::internals::article::html;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let Some(dir) = args.iter().find(|a| !a.starts_with('-')) else {
        eprintln!("usage: html_diff DIR [-v]");
        std::process::exit(2);
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("a readable directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    let (mut differ, mut lost, mut leaked, mut bad_maps, mut bad_hints) = (0, 0, 0, 0, 0);
    let mut bad_tokens = 0;
    let (mut bytes, mut secs) = (0usize, 0f64);
    for p in &paths {
        let src = String::from_utf8_lossy(&std::fs::read(p).expect("readable")).into_owned();
        let t0 = Instant::now();
        let ours = html::to_text(&src);
        secs += t0.elapsed().as_secs_f64();
        bytes += src.len();
        let reference = html::to_text_html5gum(&src);
        let name = p.file_name().unwrap_or_default().to_string_lossy();
        let maps = support::map_failures(&src, &ours);
        if !maps.is_empty() {
            bad_maps += 1;
            println!("{name}: map: {}", maps[0]);
        }
        if let Some(d) = support::hints_diff(&reference, &ours) {
            bad_hints += 1;
            println!("{name}: hints: {d}");
        }
        if let Some(d) = html::token_diff(&src) {
            bad_tokens += 1;
            if verbose {
                println!("{name}: tokens: {}", support::short(&d, 300));
            }
        }
        let hunks = support::diff(&support::visible(&reference), &support::visible(&ours));
        if hunks.is_empty() {
            continue;
        }
        differ += 1;
        let l: usize = hunks.iter().map(|h| h.lost).sum();
        let k: usize = hunks.iter().map(|h| h.leaked).sum();
        lost += l;
        leaked += k;
        println!("{name}: {} hunks, {l} chars lost, {k} leaked", hunks.len());
        if verbose {
            for h in hunks.iter().take(3) {
                println!("  - {:?}", support::short(&h.reference, 160));
                println!("  + {:?}", support::short(&h.ours, 160));
            }
        }
    }
    println!(
        "{} pages: {differ} differ, {lost} chars lost, {leaked} leaked, {bad_hints} with other hints, {bad_maps} with a wrong map, {bad_tokens} with other tokens",
        paths.len()
    );
    println!(
        "to_text: {:.1} MB in {:.3} s, {:.1} MB/s",
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs
    );
}
