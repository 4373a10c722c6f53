// What it measures: how many planted arithmetic errors the checks (issue 20) catch. For
// every check that holds on the real article bodies of bench/checks/articles.mjs, one
// error is planted: one of its figures (the stated result or an operand, picked at
// random) is changed by 3–30% up or down, its digits rewritten in the same format (the
// same decimals, thousands commas kept), and the article analysed again. A planted error
// is detected when a check that does not hold includes the changed figure. Deterministic:
// the random choices come from a seeded generator (--seed N, default 20).
//
// Run: node bench/checks/planted.mjs [--seed N] [--show] [--cases]   (the Node build in pkg/)
//   --show   list each planted error and whether it was caught
//   --cases  plant into the passages of tests/cases/checks.jsonl instead (our own writing,
//            many more relations than real articles hold: a larger sample of the same rule)
import { readFileSync } from 'node:fs';
import { analyze } from '../../js/node.mjs';
import { loadArticles } from './articles.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? dflt : process.argv[i + 1];
};
const show = process.argv.includes('--show');

/** mulberry32: a small seeded generator, the same numbers on every machine. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const group = (digits) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * `surface` with its first written number changed by a factor of 1 ± (3–30%), in the
 * same format: as many decimals, commas when it had them. Null when it has no digits
 * (a number in words) or the change cannot be written.
 */
export function mutate(surface, rand) {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(surface);
  if (!m) return null;
  const token = m[0].replace(/,+$/, '');
  const decimals = token.includes('.') ? token.split('.')[1].length : 0;
  const old = Number(token.replace(/,/g, ''));
  if (!(old > 0)) return null;
  const r = 0.03 + rand() * 0.27;
  const sign = rand() < 0.5 ? -1 : 1;
  let s = (old * (1 + sign * r)).toFixed(decimals);
  if (Number(s) === old || Number(s) <= 0) return null;
  if (token.includes(',')) {
    const [int, frac] = s.split('.');
    s = group(int) + (frac === undefined ? '' : `.${frac}`);
  }
  return { surface: surface.slice(0, m.index) + s + surface.slice(m.index + token.length), factor: Number(s.replace(/,/g, '')) / old };
}

/** The passages of tests/cases/checks.jsonl, as articles. */
function casePassages() {
  const source = readFileSync(new URL('../../tests/cases/checks.jsonl', import.meta.url), 'utf8');
  const articles = source.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).map((c) => ({ id: c.id, set: 'cases', text: c.text }));
  return { articles, missing: [] };
}

function main() {
  const rand = generator(Number(arg('--seed', 20)));
  const { articles, missing } = process.argv.includes('--cases') ? casePassages() : loadArticles();
  for (const m of missing) console.log(`missing: ${m}`);
  const tally = {};
  let planted = 0;
  let caught = 0;
  let skipped = 0;
  for (const a of articles) {
    const before = analyze(a.text);
    for (const c of before.checks.filter((x) => x.ok)) {
      const i = c.figures[Math.floor(rand() * c.figures.length)];
      const f = before.figures[i];
      const written = a.text.slice(f.start, f.end);
      const m = mutate(written, rand);
      if (!m) {
        skipped++;
        continue;
      }
      const text = a.text.slice(0, f.start) + m.surface + a.text.slice(f.end);
      const after = analyze(text);
      const hit = after.checks.some((x) => !x.ok && x.figures.some((k) => after.figures[k].start === f.start));
      planted++;
      caught += hit ? 1 : 0;
      const t = (tally[c.kind] ??= { planted: 0, caught: 0 });
      t.planted++;
      t.caught += hit ? 1 : 0;
      if (show) console.log(`${hit ? 'caught' : 'MISSED'} [${a.set} ${a.id}] ${c.kind}: ${written} → ${m.surface} (×${m.factor.toFixed(3)}) in ${c.explain}`);
    }
  }
  const pct = (x, n) => `${((100 * x) / Math.max(1, n)).toFixed(1)}%`;
  console.log(`articles: ${articles.length}; planted errors: ${planted} (one per check that holds; ${skipped} figures written without digits left alone)`);
  console.log(`detected: ${caught} of ${planted}, ${pct(caught, planted)} (target ≥ 80%)`);
  for (const [k, t] of Object.entries(tally)) console.log(`  ${k.padEnd(11)} ${t.caught}/${t.planted} ${pct(t.caught, t.planted)}`);
}

main();
