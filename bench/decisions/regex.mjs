#!/usr/bin/env node
// What the regex crate would cost, against figlens's hand-written scanners.
//
//   node bench/decisions/regex.mjs              (about 12 minutes: six wasm builds)
//   node bench/decisions/regex.mjs --speed      (only the native speed part, about 2 minutes)
//
// Bytes: the working tree's web build, and the same with one representative
// pattern (a Chinese amount with its unit, PATTERN below) compiled once and
// run by an extra export, for each feature set of the toolchain notes:
// regex with default features, with std,perf,unicode-perl, with std only,
// and regex-lite. Each is built in a temporary copy with scripts/build.mjs;
// printed: the web .wasm's GNU gzip -9 bytes and the difference.
//
// Speed (natively, release): the same pattern over the seed repeated to
// 5 MB, with each engine, and a hand-written scanner of the same grammar
// (as figlens's scanners are written: one pass over the chars, no
// backtracking); all must find the same number of matches. Best of 5 runs.
import { build, copyTree, fmt, log, speedCrate, withRegexProbe } from './lib.mjs';

// Digits (ASCII or fullwidth), a decimal part, a multiplier, a unit.
const PATTERN = '[0-9０-９]+(?:[.．][0-9０-９]+)?(?:萬|万|億|亿)?(?:元|人|%|％|噸|吨|公里|平方米|戶|户|家|個|个)';
const sets = [
  { name: 'regex, default features', dep: 'regex = "1"', crate: 'regex' },
  { name: 'regex, std,perf,unicode-perl', dep: 'regex = { version = "1", default-features = false, features = ["std", "perf", "unicode-perl"] }', crate: 'regex' },
  { name: 'regex, std only', dep: 'regex = { version = "1", default-features = false, features = ["std"] }', crate: 'regex' },
  { name: 'regex-lite', dep: 'regex-lite = "0.1"', crate: 'regex_lite' },
];

const withRegex = (set, k) => withRegexProbe(set, `regex-${k}`, PATTERN);

const HAND = `
/// The pattern by hand: digits, an optional decimal part, an optional multiplier, a unit.
fn hand(text: &str) -> usize {
    const UNITS: [&str; 13] = ["平方米", "公里", "元", "人", "%", "％", "噸", "吨", "戶", "户", "家", "個", "个"];
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let digits = |s: &str| s.char_indices().find(|&(_, c)| !digit(c)).map_or(s.len(), |(i, _)| i);
    let (mut i, mut n) = (0, 0);
    let b = text.as_bytes();
    while i < b.len() {
        let rest = &text[i..];
        let c = rest.chars().next().unwrap();
        if !digit(c) {
            i += c.len_utf8();
            continue;
        }
        let mut j = i + digits(rest);
        let run_end = j;
        let after = &text[j..];
        if let Some(p) = after.chars().next().filter(|&p| p == '.' || p == '．') {
            let d = digits(&after[p.len_utf8()..]);
            if d > 0 {
                j += p.len_utf8() + d;
            }
        }
        for m in ["萬", "万", "億", "亿"] {
            if text[j..].starts_with(m) {
                j += m.len();
                break;
            }
        }
        match UNITS.iter().find(|u| text[j..].starts_with(*u)) {
            Some(u) => {
                n += 1;
                i = j + u.len();
            }
            None => i = run_end,
        }
    }
    n
}
`;


// The pattern over the seed repeated to 5 MB; every engine must agree with the hand scanner.
const regexSpeed = (name, dep, body) => speedCrate({
  group: 'regex-speed', name, dep, body, prelude: HAND,
  text: 'let text = seed.repeat(5_000_000 / seed.len() + 1);',
  check: 'assert_eq!(count, hand(&text), "the engine and the hand scanner disagree");',
});

const speedOnly = process.argv.includes('--speed');
if (!speedOnly) {
  log('building the web wasm with and without each regex feature set (six builds)');
  const base = build(copyTree('base'));
  const rows = sets.map((set, k) => ({ set, ...build(withRegex(set, k)) }));
  console.log('web .wasm (after wasm-opt)               gzip -9 bytes    added');
  console.log(`${'figlens (hand-written scanners)'.padEnd(40)}${fmt(base.wasmGzip).padStart(14)}`);
  for (const r of rows) console.log(`${`+ ${r.set.name}`.padEnd(40)}${fmt(r.wasmGzip).padStart(14)}${`+${fmt(r.wasmGzip - base.wasmGzip)}`.padStart(10)}`);
  console.log(`(one pattern: ${PATTERN})`);
}
log('native speed of the pattern');
const speeds = sets.map((set, k) => ({
  name: set.name,
  ...regexSpeed(`regex_speed_${k}`, set.dep, `let re = ${set.crate}::Regex::new(${JSON.stringify(PATTERN)}).unwrap();\n    let find = |t: &str| re.find_iter(t).count();`),
}));
speeds.push({ name: 'hand-written scanner', ...regexSpeed('regex_speed_hand', '', 'let find = hand;') });
console.log(`native, the pattern over the seed repeated to ${fmt(speeds[0].bytes)} bytes (${fmt(speeds[0].count)} matches), best of 6 runs:`);
for (const s of speeds) console.log(`${s.name.padEnd(40)}${s.mbs.toFixed(0).padStart(8)} MB/s`);
