// One analysis of a generated input in this process, for run.mjs: seconds,
// figures, and the wasm memory it left (memory never shrinks, so in a fresh
// process that is the analysis's peak).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GENERATORS, denseCorpus } from './generators.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

export async function measureOne(name, mb) {
  // The module's memory, seen by wrapping the constructor the glue calls.
  const Instance = WebAssembly.Instance;
  let memory;
  WebAssembly.Instance = function (module, imports) {
    const instance = new Instance(module, imports);
    memory = instance.exports.memory;
    return instance;
  };
  const { analyze } = require(`${root}js/node.cjs`);
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
  const t = performance.now();
  const r = analyze(text, { html, maxInputBytes: 1 << 30 });
  const seconds = (performance.now() - t) / 1000;
  const numerals = text.match(/[0-9０-９〇零一二三四五六七八九十百千萬万億亿兩两]+/g)?.length ?? 0;
  return { seconds, figures: r.figures.length, numerals, bytes: Buffer.byteLength(text), wasmBytes: memory.buffer.byteLength };
}
