#!/usr/bin/env node
// unicode-segmentation (UAX #29 sentence boundaries) against figlens's own
// sentence splitter (src/article/sentences.rs).
//
//   node bench/decisions/segmentation.mjs            (about 5 minutes: two wasm builds)
//   node bench/decisions/segmentation.mjs --quality  (only the boundary comparison, about 1 minute)
//
// Bytes: the working tree's web build, and the same with an extra export that
// counts `unicode_sentences()` of its input (so the crate's tables are linked
// in), each built in a temporary copy with scripts/build.mjs; printed: the web
// .wasm's GNU gzip -9 bytes and the difference.
//
// Quality (natively): for every paragraph and heading of figlens's analysis of
// the seed (Chinese) and of the English article fixtures
// (tests/fixtures/articles/en_*.txt), and of the English and Chinese news
// case sentences joined a dozen to a paragraph, the sentence ends figlens finds and the
// ends UAX #29 finds in the same text (each end moved back past trailing
// white space; a block's own end is not counted), how many agree, and the
// first places where they differ.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { build, copyTree, edit, fmt, log, root, run, seedFile, write } from './lib.mjs';

function withSegmentation() {
  const dir = copyTree('segmentation');
  edit(dir, 'bindings/wasm/Cargo.toml', "[target.'cfg(target_arch = \"wasm32\")'.dependencies]",
    "[target.'cfg(target_arch = \"wasm32\")'.dependencies]\nunicode-segmentation = \"1\"");
  edit(dir, 'bindings/wasm/src/exports.rs', '#[wasm_bindgen]\npub fn analyze(', `/// bench/decisions/segmentation.mjs: UAX #29 sentences, so that the crate is linked in.
#[wasm_bindgen(js_name = "__sentencesProbe")]
pub fn sentences_probe(text: &str) -> usize {
    unicode_segmentation::UnicodeSegmentation::unicode_sentences(text).count()
}

#[wasm_bindgen]
pub fn analyze(`);
  return dir;
}

const COMPARE = `use unicode_segmentation::UnicodeSegmentation;

fn trim_end(text: &str, end: usize) -> usize {
    text[..end].trim_end().len()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let label = args.next().unwrap();
    let (mut ours, mut theirs, mut agreed, mut shown) = (0, 0, 0, 0);
    let mut diffs = Vec::new();
    for file in args {
        let text = std::fs::read_to_string(&file).unwrap();
        let a = figlens::analyze(&text, &figlens::Options::default());
        for b in &a.blocks {
            let Some(sentences) = &b.sentences else { continue };
            let block_end = trim_end(&text, b.end);
            let mine: Vec<usize> = sentences.iter().map(|s| trim_end(&text, s.end)).filter(|&e| e < block_end && e > b.start).collect();
            let uax: Vec<usize> = text[b.start..b.end]
                .split_sentence_bound_indices()
                .map(|(i, s)| trim_end(&text, b.start + i + s.len()))
                .filter(|&e| e < block_end && e > b.start)
                .collect();
            ours += mine.len();
            theirs += uax.len();
            agreed += mine.iter().filter(|e| uax.contains(e)).count();
            for (who, e) in mine.iter().filter(|e| !uax.contains(e)).map(|e| ("figlens only", *e))
                .chain(uax.iter().filter(|e| !mine.contains(e)).map(|e| ("UAX #29 only", *e)))
            {
                if shown < 8 {
                    let from = text[..e].char_indices().rev().nth(24).map_or(b.start, |(i, _)| i.max(b.start));
                    let to = text[e..].char_indices().nth(16).map_or(b.end, |(i, _)| (e + i).min(b.end));
                    diffs.push(format!("  {who}: {}|{}", text[from..e].replace('\\n', " "), text[e..to].replace('\\n', " ")));
                    shown += 1;
                }
            }
        }
    }
    println!("{label}: figlens {ours} sentence ends, UAX #29 {theirs}, both {agreed}");
    for d in diffs {
        println!("{d}");
    }
}
`;

function quality() {
  const dir = join(tmpdir(), 'figlens-decisions', 'segmentation-quality');
  write(dir, 'Cargo.toml', `[package]\nname = "segmentation_quality"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\nfiglens = { path = ${JSON.stringify(root)} }\nunicode-segmentation = "1"\n\n[workspace]\n`);
  write(dir, 'src/main.rs', COMPARE);
  const env = { ...process.env, CARGO_TARGET_DIR: join(dir, 'target') };
  run('cargo', ['build', '--release', '--quiet'], { cwd: dir, env });
  const bin = join(env.CARGO_TARGET_DIR, 'release', 'segmentation_quality');
  const articles = join(root, 'tests', 'fixtures', 'articles');
  const english = readdirSync(articles).filter((f) => f.startsWith('en_') && f.endsWith('.txt')).map((f) => join(articles, f));
  process.stdout.write(run(bin, ['the seed (zh-Hant)', seedFile]));
  process.stdout.write(run(bin, [`the ${english.length} English article fixtures`, ...english]));
  // The case tables' sentences (abbreviations, decimals, quotes), a dozen to a paragraph.
  for (const [table, label] of [['en-figures.jsonl', 'English'], ['zh-news.jsonl', 'Chinese news']]) {
    const texts = readFileSync(join(root, 'tests', 'cases', table), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
    let paragraphs = '';
    for (let i = 0; i < texts.length; i += 12) paragraphs += texts.slice(i, i + 12).join(table.startsWith('en') ? ' ' : '') + '\n\n';
    const file = join(dir, table.replace('.jsonl', '.txt'));
    write(dir, table.replace('.jsonl', '.txt'), paragraphs);
    process.stdout.write(run(bin, [`the ${texts.length} ${label} case sentences (tests/cases/${table}), 12 to a paragraph`, file]));
  }
}

if (!process.argv.includes('--quality')) {
  log('building the web wasm without and with unicode-segmentation');
  const base = build(copyTree('base'));
  const seg = build(withSegmentation());
  console.log('web .wasm (after wasm-opt)               gzip -9 bytes    added');
  console.log(`${'figlens (src/article/sentences.rs)'.padEnd(40)}${fmt(base.wasmGzip).padStart(14)}`);
  console.log(`${'+ unicode-segmentation (sentences)'.padEnd(40)}${fmt(seg.wasmGzip).padStart(14)}${`+${fmt(seg.wasmGzip - base.wasmGzip)}`.padStart(10)}`);
}
log('comparing sentence boundaries');
quality();
