// The adversarial ladder: every generator of ./generators.mjs at 0.25, 1, 4
// and 16 MB through the Node build (the package's public API), each analysis
// in a fresh process (so its wasm memory is its own peak, its growth is
// paid as on a page's first paste, and a hang or a trap costs one row, not
// the run); the faster of two such processes counts. Prints per generator the seconds at each
// size, the growth per 4× (linear is ×4; the gate in npm test fails past ×6),
// the cost per figure against the dense case corpus of its language, the cost
// per MB against the seed, and the peak wasm memory per MB of input.
// An input is over its cost bound when it takes more than 3× what its
// language's dense case corpus takes per figure for as many figures or
// numerals (a run of digits or Chinese numerals is read whether or not it
// turns out a figure), or for as many bytes, whichever is most.
//
//   node bench/adversarial/run.mjs [--sizes 0.25,1,4,16] [--only SUBSTRING] [--cap SECONDS]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GENERATORS } from './generators.mjs';

const self = fileURLToPath(import.meta.url);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};

if (process.argv[2] === '--one') {
  // Child: one analysis, reported as JSON on stdout.
  const { measureOne } = await import('./measure-one.mjs');
  console.log(JSON.stringify(await measureOne(process.argv[3], Number(process.argv[4]))));
  process.exit(0);
}

const sizes = arg('--sizes', '0.25,1,4,16').split(',').map(Number);
const only = arg('--only', '');
const cap = Number(arg('--cap', 120));

/** The faster of two fresh processes (a busy machine slows one run, not both). */
function one(name, mb) {
  const a = once(name, mb);
  if (a.error) return a;
  const b = once(name, mb);
  return b.error || b.seconds >= a.seconds ? a : b;
}

function once(name, mb) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', self, '--one', name, String(mb)], {
    encoding: 'utf8',
    timeout: cap * 1000,
    maxBuffer: 1 << 20,
  });
  if (r.error?.code === 'ETIMEDOUT') return { error: `over ${cap} s` };
  if (r.status !== 0) return { error: (r.stderr.trim().split('\n').find((l) => /Error|error/.test(l)) ?? `exit ${r.status}`).slice(0, 80) };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const fmt = (x, d = 2) => (x == null ? '–' : x.toFixed(d));
const reference = {};
const referenceMb = {};
for (const lang of ['zh', 'en']) {
  const r = one(`dense:${lang}`, 1);
  reference[lang] = r.seconds / r.figures;
  referenceMb[lang] = r.seconds / (r.bytes / 1e6);
  console.log(`reference: ${lang} cases, 1 MB: ${fmt(r.seconds * 1000, 0)} ms, ${r.figures} figures, ${fmt(reference[lang] * 1e6)} µs/figure, wasm ${fmt(r.wasmBytes / r.bytes, 0)}× input`);
}
const seed = one('seed', 1);
const seedPerMb = seed.seconds / (seed.bytes / 1e6);
console.log(`reference: seed, 1 MB: ${fmt(seedPerMb * 1000, 1)} ms/MB, wasm ${fmt(seed.wasmBytes / seed.bytes, 0)}× input\n`);

console.log(['generator', ...sizes.map((s) => `${s} MB`), 'worst ×/4×', 'µs/fig (×ref)', '×seed/MB', 'wasm ×input'].join(' | '));
let failed = 0;
for (const g of GENERATORS.filter((g) => g.name.includes(only))) {
  const rows = sizes.map((mb) => one(g.name, mb));
  const cells = rows.map((r) => (r.error ? r.error : `${fmt(r.seconds, 3)} s`));
  let worst = 0;
  for (let k = 1; k < rows.length; k++) {
    // Under 50 ms the timer, the collector and the tiering compiler are the
    // noise: such steps are shown but not judged.
    if (rows[k].error || rows[k - 1].error || rows[k - 1].seconds < 0.05) continue;
    const ratio = sizes[k] / sizes[k - 1];
    // Growth per 4× of size, whatever the step.
    const g4 = Math.pow(rows[k].seconds / Math.max(rows[k - 1].seconds, 1e-4), Math.log(4) / Math.log(ratio));
    worst = Math.max(worst, g4);
  }
  const last = [...rows].reverse().find((r) => !r.error);
  const perFig = last && last.figures ? last.seconds / last.figures : null;
  const perMb = last ? last.seconds / (last.bytes / 1e6) : null;
  const mem = last ? last.wasmBytes / last.bytes : null;
  const work = last ? Math.max(last.figures, last.numerals) : 0;
  const allowed = last ? 3 * Math.max(work * reference[g.lang], (last.bytes / 1e6) * referenceMb[g.lang]) : 0;
  const bad = rows.some((r) => r.error) || worst > 5 || (last && last.seconds > allowed);
  if (bad) failed++;
  console.log([
    `${bad ? '✗' : ' '} ${g.name}`,
    ...cells,
    worst > 0 ? `×${fmt(worst, 1)}` : '– (all under 50 ms)',
    perFig == null ? '– (no figures)' : `${fmt(perFig * 1e6)} (×${fmt(perFig / reference[g.lang], 1)})`,
    perMb == null ? '–' : `×${fmt(perMb / seedPerMb, 1)}`,
    mem == null ? '–' : `${fmt(mem, 0)}×`,
  ].join(' | '));
}
console.log(`\n${failed} of ${GENERATORS.filter((g) => g.name.includes(only)).length} generators over a bound (error, growth over ×5 per 4×, or over 3× what their language's case corpus takes for as many figures or bytes)`);
