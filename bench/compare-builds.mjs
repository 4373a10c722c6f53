#!/usr/bin/env node
// Throughput of two or more Node builds of figlens, loaded in one process and run interleaved
// (the order rotates each round), so that a shared machine's load falls on all of them alike.
// This is how the throughput gates of issues 17 and 18 are measured: "the median of at least 5
// interleaved runs of each build".
//
//   node bench/compare-builds.mjs [--rounds 9] [--passes 3] [--corpus seed|zh|en] [--mb 2] BUILD...
//
// BUILD    a directory holding js/node.cjs and pkg/node (a checkout after `node scripts/build.mjs`,
//          or a copy of those two folders, e.g. of the build before an issue: `git worktree add`
//          the old commit and build it there)
// --corpus seed: the seed article repeated (as `node bench/figures.mjs` "zh seed"); zh: the
//          Chinese article fixtures joined, repeated ("zh articles"); en: the English case
//          sentences, a dozen to a paragraph ("en cases")
// A run is the fastest of --passes analyses, timed by process CPU time; each build gets one run
// per round. Prints each build's median and best MB/s and its figure count.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const { values: o, positionals: builds } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '9' },
    passes: { type: 'string', default: '3' },
    corpus: { type: 'string', default: 'seed' },
    mb: { type: 'string', default: '2' },
  },
});
if (builds.length === 0 || !['seed', 'zh', 'en'].includes(o.corpus)) {
  console.error('usage: node bench/compare-builds.mjs [--rounds N] [--passes N] [--corpus seed|zh|en] [--mb N] BUILD...');
  process.exit(2);
}
const minBytes = Number(o.mb) * 1e6;

function caseTexts(file) {
  const p = `${root}tests/cases/${file}`;
  if (!existsSync(p)) return [];
  return readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
}
const repeat = (s) => s.repeat(Math.ceil(minBytes / Buffer.byteLength(s)));
function input() {
  if (o.corpus === 'seed') return repeat(readFileSync(`${root}tests/fixtures/000_c3625e4dd3ccaf1d.txt`, 'utf8'));
  if (o.corpus === 'zh') {
    const dir = `${root}tests/fixtures/articles`;
    const files = readdirSync(dir).filter((f) => f.startsWith('zh_') && f.endsWith('.txt'));
    return repeat(files.map((f) => readFileSync(`${dir}/${f}`, 'utf8')).join('\n\n') + '\n\n');
  }
  // The English case sentences a dozen to a paragraph, as bench/figures.mjs joins them.
  const texts = caseTexts('en-figures.jsonl');
  let out = '';
  while (Buffer.byteLength(out) < minBytes) {
    for (let i = 0; i < texts.length; i += 12) out += texts.slice(i, i + 12).join(' ') + '\n';
  }
  return out;
}

const text = input();
const bytes = Buffer.byteLength(text);
const fns = builds.map((b) => require(resolve(b, 'js/node.cjs')).analyze);
const figures = fns.map((f) => f(text, {}).figures.length);
const runs = builds.map(() => []);
for (let r = 0; r < Number(o.rounds); r++) {
  for (let j = 0; j < fns.length; j++) {
    const k = (j + r) % fns.length;
    let best = Infinity;
    for (let p = 0; p < Number(o.passes); p++) {
      const t = process.cpuUsage();
      fns[k](text, {});
      const d = process.cpuUsage(t);
      best = Math.min(best, (d.user + d.system) / 1000);
    }
    runs[k].push(bytes / 1e6 / (best / 1000));
  }
}
const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const first = median(runs[0]);
builds.forEach((b, k) => {
  const m = median(runs[k]);
  const vs = k === 0 ? '' : ` (${(100 * (m / first - 1)).toFixed(1)}% against the first)`;
  console.log(`${o.corpus}\t${b}\tmedian ${m.toFixed(2)} MB/s${vs}\tbest ${Math.max(...runs[k]).toFixed(2)}\tfigures ${figures[k]}\tn=${runs[k].length}`);
});
