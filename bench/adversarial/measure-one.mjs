// One analysis of a generated input in this process, for run.mjs: seconds,
// figures, numerals, and the wasm memory the analysis ended with (memory never
// shrinks, so in a fresh process that is the analysis's peak).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GENERATORS, denseCorpus } from './generators.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

export async function measureOne(name, mb) {
  // Wasm memory at the end of the last call (its peak: memory only grows; the
  // wrapper may replace a grown instance right after).
  const { analyze, __memoryForTests } = require(`${root}js/node.cjs`);
  const bytes = mb * 1e6;
  let text;
  let html = false;
  if (name.startsWith('dense:')) text = denseCorpus(name.slice(6), bytes);
  else if (name === 'seed') {
    const seed = readFileSync(`${root}tests/fixtures/000_c3625e4dd3ccaf1d.txt`, 'utf8');
    text = seed.repeat(Math.ceil(bytes / Buffer.byteLength(seed)));
  } else {
    const g = GENERATORS.find((x) => x.name === name);
    text = g.make(bytes);
    html = Boolean(g.html);
  }
  // Warm up first: V8 runs a fresh module in its baseline compiler until the
  // optimizing tier has compiled it, which would be charged to the first input.
  const warm = denseCorpus('en', 20_000) + denseCorpus('zh', 20_000);
  for (let k = 0; k < 40; k++) analyze(warm);
  // One analysis in a fresh instance, as a page's first paste is: the
  // memory growth is part of the cost (run.mjs takes the faster of two
  // processes against the machine's noise).
  const t = performance.now();
  const r = analyze(text, { html, maxInputBytes: 1 << 30 });
  const seconds = (performance.now() - t) / 1000;
  const wasmBytes = __memoryForTests().lastBytes;
  const numerals = text.match(/[0-9０-９〇零一二三四五六七八九十百千萬万億亿兩两]+/g)?.length ?? 0;
  return { seconds, figures: r.figures.length, numerals, bytes: Buffer.byteLength(text), wasmBytes };
}
