// The shared case runner: checks tests/cases/*.jsonl (format and matching rules in
// tests/cases/README.md) against any `analyze` function. The same rules as the
// native runner, tests/cases.rs. Runs in Node (tests/js/cases.test.mjs, the Node
// build) and in the browser (tests/browser/cases.test.mjs, the web build): nothing
// here touches Node APIs except loadCaseDir, which imports them when called.
//
// Offsets: figures' start/end and the positions of surfaces in the case text are
// both UTF-16 code units on the JS side, so they compare directly.

/** Numbers agree to 1e-6 relative (1e-9 absolute near zero). */
export function close(got, want) {
  return typeof got === 'number' && Math.abs(got - want) <= Math.max(1e-9, Math.abs(want) * 1e-6);
}

/** Parse one .jsonl case table; blank lines are skipped. Throws naming file:line on bad JSON. */
export function parseCases(source, file = '<cases>') {
  const cases = [];
  source.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let c;
    try {
      c = JSON.parse(line);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: not JSON: ${e.message}`);
    }
    if (c === null || typeof c !== 'object' || typeof c.text !== 'string' || !(Array.isArray(c.figures) || Array.isArray(c.checks))) {
      throw new Error(`${file}:${i + 1}: a case needs "text" (a string) and "figures" or "checks" (an array)`);
    }
    cases.push({ ...c, file, line: i + 1 });
  });
  return cases;
}

const show = (v) => (v === undefined ? 'absent' : JSON.stringify(v));

/** Mismatches between one expected figure (a case's row) and the figure matched to it. */
export function compareFigure(expected, figure) {
  const out = [];
  for (const [key, want] of Object.entries(expected)) {
    if (key === 'surface' || key === 'note') continue;
    const got = figure[key] ?? null;
    let ok;
    if (key === 'period' || key === 'metric') {
      // Containment: the figure's text must contain the expected text.
      ok = want === null ? got === null : typeof want === 'string' && typeof got === 'string' && got.includes(want);
      if (!ok) out.push(`${key}=${show(figure[key])} does not contain ${show(want)}`);
      continue;
    }
    if (want === null) ok = got === null;
    else if (typeof want === 'number') ok = close(got, want);
    else ok = JSON.stringify(got) === JSON.stringify(want);
    if (!ok) out.push(`${key}=${show(figure[key])}, want ${show(want)}`);
  }
  return out;
}

/**
 * Check one case against its analysis; the failures, described (empty: it passes).
 * Surfaces are matched in order, each searched for from the previous one's start;
 * the figure matched is the first one not yet used whose span covers the surface.
 */
export function checkCase(c, analysis) {
  const fails = [];
  const figures = analysis.figures;
  // A checks case may leave its figures out: then they are not counted.
  const expected = c.figures ?? [];
  if (c.exact !== false && c.figures !== undefined && expected.length !== figures.length) {
    fails.push(`${figures.length} figures ${JSON.stringify(figures.map((f) => f.text))}, want ${expected.length}`);
  }
  // v1.1: "currency" on a case is the article's meta.currency (null: absent).
  if ('currency' in c) {
    const got = analysis.meta.currency ?? null;
    if (got !== c.currency) fails.push(`meta.currency=${show(analysis.meta.currency)}, want ${show(c.currency)}`);
  }
  const used = new Array(figures.length).fill(false);
  let searchFrom = 0;
  for (const e of expected) {
    const at = c.text.indexOf(e.surface, searchFrom);
    if (at < 0) {
      fails.push(`surface ${JSON.stringify(e.surface)} not in the text after position ${searchFrom}`);
      continue;
    }
    const end = at + e.surface.length;
    searchFrom = at;
    const i = figures.findIndex((f, j) => !used[j] && f.start <= at && end <= f.end);
    if (i < 0) {
      fails.push(`no figure covers ${JSON.stringify(e.surface)}`);
      continue;
    }
    used[i] = true;
    for (const m of compareFigure(e, figures[i])) fails.push(`${e.surface}: ${m}`);
  }
  if (Array.isArray(c.checks)) fails.push(...compareChecks(c.text, analysis, c.checks));
  return fails;
}

/**
 * v1.1 `checks`: the analysis must have exactly these checks (in any order). Each
 * expected check is matched to an unused one of its kind whose figures' spans hold
 * its surfaces, in order; then ok, stated and computed (to 0.1%, or 0.001 near
 * zero) are compared, and explain must contain the expected text when one is given.
 */
export function compareChecks(text, analysis, expected) {
  const fails = [];
  const checks = analysis.checks;
  if (!Array.isArray(checks)) return ['the analysis has no checks array'];
  const surface = (i) => text.slice(analysis.figures[i].start, analysis.figures[i].end);
  if (expected.length !== checks.length) {
    const got = checks.map((c) => `${c.kind} ${JSON.stringify(c.figures.map(surface))} ok=${c.ok} ${c.explain}`);
    fails.push(`${checks.length} checks ${JSON.stringify(got)}, want ${expected.length}`);
  }
  const used = new Array(checks.length).fill(false);
  for (const e of expected) {
    const want = e.figures ?? [];
    const k = checks.findIndex((c, j) => !used[j] && c.kind === e.kind && c.figures.length === want.length
      && c.figures.every((i, n) => surface(i).includes(want[n])));
    if (k < 0) {
      fails.push(`no ${e.kind} check over ${JSON.stringify(want)}`);
      continue;
    }
    used[k] = true;
    const c = checks[k];
    const bad = [];
    if (c.ok !== e.ok) bad.push(`ok=${c.ok}`);
    if (!close(c.stated, e.stated)) bad.push(`stated=${c.stated}`);
    if (!(typeof c.computed === 'number' && Math.abs(c.computed - e.computed) <= Math.max(0.001, Math.abs(e.computed) * 0.001))) {
      bad.push(`computed=${c.computed}`);
    }
    if (typeof e.explain === 'string' && !c.explain.includes(e.explain)) bad.push(`explain=${JSON.stringify(c.explain)}`);
    if (bad.length) fails.push(`${e.kind} ${JSON.stringify(want)}: ${bad.join(', ')}, want ${JSON.stringify(e)}`);
  }
  return fails;
}

/** Analyze a case with `analyze(text, options)` and check it; a thrown error is a failure. */
export function runCase(c, analyze) {
  let analysis;
  try {
    analysis = analyze(c.text, { html: c.html === true });
  } catch (e) {
    return [`analyze threw ${e && e.name}: ${e && e.message}`];
  }
  return checkCase(c, analysis);
}

/** Run every case; one result per case, in order: { id, file, line, text, errors }. */
export function runCases(cases, analyze) {
  return cases.map((c) => ({ id: c.id, file: c.file, line: c.line, text: c.text, errors: runCase(c, analyze) }));
}

/** "case tables: P of N cases pass (F files)", the line every runner prints. */
export function summary(results, fileCount) {
  const passed = results.filter((r) => r.errors.length === 0).length;
  return `case tables: ${passed} of ${results.length} cases pass (${fileCount} file${fileCount === 1 ? '' : 's'})`;
}

/** A failed case, readably: its id, where it is, its text and what went wrong. */
export function describeFailure(r) {
  return `${r.id} (${r.file}:${r.line}) ${JSON.stringify(r.text)}\n    ${r.errors.join('\n    ')}`;
}

/** A failed case, thrown without a stack (the case's own description says it all). */
export class CaseFailure extends Error {
  constructor(message) {
    super(message);
    this.name = 'CaseFailure';
    this.stack = '';
  }
}

/** Throw a CaseFailure when a case's result has errors (inside a node:test test). */
export function assertCase(result) {
  if (result.errors.length) throw new CaseFailure(describeFailure(result));
}

/** Node only: the .jsonl files of a directory, sorted, with their cases. */
export async function loadCaseDir(dir) {
  const { readdir, readFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const root = dir instanceof URL ? fileURLToPath(dir) : dir;
  let names = [];
  try {
    names = (await readdir(root)).filter((n) => n.endsWith('.jsonl')).sort();
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  const cases = [];
  for (const name of names) cases.push(...parseCases(await readFile(path.join(root, name), 'utf8'), name));
  return { files: names, cases };
}
