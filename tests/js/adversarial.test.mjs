// Adversarial input stays linear: every generator of
// bench/adversarial/generators.mjs at 64 KB and 256 KB through the Node build,
// the larger taking at most 6× the time of the smaller (linear is ×4, a
// quadratic path ×16). The full ladder to 16 MB, with cost and memory bounds,
// is `node bench/adversarial/run.mjs`.
import assert from 'node:assert/strict';
import test from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze } from 'figlens';
import { GENERATORS, denseCorpus } from '../../bench/adversarial/generators.mjs';

const SMALL = 64 * 1024;
const LARGE = 256 * 1024;

// The collector runs between timed runs, not in them: a result of 10^5
// objects left by one run would otherwise be charged to the next.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

/**
 * The fastest of `runs` analyses of each text, in ms, the two interleaved: a
 * busy machine slows both alike, and the minimum keeps the runs it left alone.
 */
function fastest(small, large, options, runs) {
  const best = [Infinity, Infinity];
  const results = [];
  for (let k = 0; k < runs; k++) {
    [small, large].forEach((text, j) => {
      results[j] = undefined;
      gc();
      const t = performance.now();
      results[j] = analyze(text, options);
      best[j] = Math.min(best[j], performance.now() - t);
    });
  }
  return { small: best[0], large: best[1], result: results[1] };
}

// Warm the module up: V8's baseline tier would be charged to the first inputs.
const warm = denseCorpus('en', 20_000) + denseCorpus('zh', 20_000);
for (let k = 0; k < 30; k++) analyze(warm);

for (const g of GENERATORS) {
  test(`linear: ${g.name}`, () => {
    const options = { html: Boolean(g.html) };
    const t = fastest(g.make(SMALL), g.make(LARGE), options, 5);
    // Below 2 ms the timer and the collector are the noise, not the engine.
    const growth = t.large / Math.max(t.small, 2);
    assert.ok(growth <= 6, `${g.name}: 64 KB in ${t.small.toFixed(1)} ms, 256 KB in ${t.large.toFixed(1)} ms: ×${growth.toFixed(1)}`);
    // What comes back is an analysis whose figures are finite and point into the input.
    for (const f of t.result.figures) {
      for (const v of [f.value, f.low, f.high]) assert.ok(v == null || Number.isFinite(v), `${g.name}: ${f.text} has ${v}`);
      // (a stated bound has one side only: `more than doubled` has low 2, no high)
      if (f.low != null && f.high != null) assert.ok(f.low <= f.high, `${g.name}: ${f.text} has low ${f.low} > high ${f.high}`);
    }
  });
}

test('16 MB of one comma group ("1,1,1,…", 8 million figures) returns an analysis', () => {
  const text = '1,'.repeat(8_000_000);
  const r = analyze(text);
  assert.equal(r.figures.length, 8_000_000);
  const last = r.figures.at(-1);
  assert.equal(text.slice(last.start, last.end), '1');
  assert.equal(last.value, 1);
});
