#!/usr/bin/env node
// The identifier mask (issue 17): figlens's hand-written pass against the
// same shapes written as one regex, in the regex crate and in regex-lite.
//
//   node bench/decisions/mask.mjs            (about 10 minutes: two wasm builds)
//   node bench/decisions/mask.mjs --speed    (only the native speed part, about 2 minutes)
//
// Bytes: the web .wasm as it is, and with MASK (below) compiled once in
// regex-lite and run by an extra export (bench/decisions/lib.mjs,
// withRegexProbe); GNU gzip -9 bytes. The regex crate's own builds cost
// more than regex-lite for any pattern (bench/decisions/regex.mjs).
//
// Speed (natively, release, best of 6 runs): over the seed and a paragraph of
// addresses, clock times and phone numbers (RICH, written for this script),
// repeated to 5 MB: figlens's mask (`internals::figures::mask_spans`, which
// also folds the text and indexes its chars, work the pipeline does anyway)
// and MASK in each engine. The counts differ: the regex cannot look back at a
// phone number's or a code's words, or a clock time's part of the day, as
// the hand-written pass does; both are printed.
import { build, copyTree, fmt, log, root, speedCrate, withRegexProbe } from './lib.mjs';

const MASK = [
  '(?:https?|ftp)://[!-~]+', 'www\\.[!-~]+',
  '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}',
  '[0-9]{1,3}(?:\\.[0-9]{1,3}){3}',
  '(?:[01]?[0-9]|2[0-4])[:：][0-5][0-9](?:[:：][0-5][0-9])?',
  '[0-9]{1,2}[点點时時](?:[0-9]{1,2}分|半|整|许|許)',
  '\\(0[0-9]{1,3}\\)[0-9][0-9 -]{5,}[0-9]', '0[0-9]{1,3}-[0-9]{3,4}-?[0-9]{3,4}',
].join('|');

const RICH = '詳情請瀏覽https://www.example.gov.tw/news?id=2024&p=50%25或寄信至service2024@example.com。'
  + '會議於上午10:30開始，傍晚6點20分結束，請撥(02)2345-6789或0912-345-678洽詢。伺服器IP為192.168.1.20。\n'
  + 'The meeting starts at 10:30 a.m.; see www.example.org/agenda or write to press.office@example.org.\n';

const engines = [
  { name: 'regex-lite', dep: 'regex-lite = "0.1"', crate: 'regex_lite' },
  { name: 'regex, default features', dep: 'regex = "1"', crate: 'regex' },
];


if (!process.argv.includes('--speed')) {
  log('building the web wasm as it is and with the mask in regex-lite (two builds)');
  const base = build(copyTree('base'));
  const lite = build(withRegexProbe(engines[0], 'mask-regex-lite', MASK));
  console.log('web .wasm (after wasm-opt)               gzip -9 bytes    added');
  console.log(`${'figlens (hand-written mask)'.padEnd(40)}${fmt(base.wasmGzip).padStart(14)}`);
  console.log(`${'+ the mask in regex-lite'.padEnd(40)}${fmt(lite.wasmGzip).padStart(14)}${`+${fmt(lite.wasmGzip - base.wasmGzip)}`.padStart(10)}`);
}
// The seed and RICH repeated to 5 MB.
const maskSpeed = (name, dep, body) => speedCrate({
  group: 'mask-speed', name, dep, body,
  text: `let unit = seed + ${JSON.stringify(RICH)};\n    let text = unit.repeat(5_000_000 / unit.len() + 1);`,
});

log('native speed of the mask');
const figlensDep = `figlens = { path = ${JSON.stringify(root)}, features = ["internals"] }`;
const speeds = [{ name: 'figlens mask (hand-written)', ...maskSpeed('mask_speed_hand', figlensDep, 'let find = |t: &str| figlens::internals::figures::mask_spans(t).len();') }];
for (const [k, e] of engines.entries()) {
  speeds.push({ name: e.name, ...maskSpeed(`mask_speed_${k}`, e.dep, `let re = ${e.crate}::Regex::new(${JSON.stringify(MASK)}).unwrap();\n    let find = |t: &str| re.find_iter(t).count();`) });
}
console.log(`native, over the seed and RICH repeated to ${fmt(speeds[0].bytes)} bytes, best of 6 runs:`);
for (const s of speeds) console.log(`${s.name.padEnd(40)}${s.mbs.toFixed(0).padStart(8)} MB/s${fmt(s.count).padStart(12)} masks`);
