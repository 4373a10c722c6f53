#!/usr/bin/env node
// Coverage of figlens' arithmetic checks (issue 20): of the checkable relations a helper
// annotated blind in real articles, how many does the checker find. Three sets, all annotated
// by bench/devsets/checks/GUIDE.md: bench/devsets/checks (50 figure-dense articles),
// bench/devsets/checks2 (50 relation-rich articles) and bench/devsets/checks3 (50 relation-rich
// articles from pages no earlier set uses, the held-out measure); see their README.md. A fourth,
// bench/devsets/checks4 (50 articles no other set uses, a second held-out measure), is scored only
// when asked for by name (--set checks4): `all` stays the three sets above.
//
//   node bench/checks/coverage.mjs [--build DIR] [--set checks|checks2|checks3|checks4|all] [--texts DIR]
//        [--texts2 DIR] [--texts3 DIR] [--texts4 DIR] [--misses]
//
// --build   directory whose js/node.cjs is loaded (default: this checkout; pkg/node must be
//           built there), as bench/figures-devset.mjs does
// --set     which set: checks, checks2, checks3, checks4 or all (default all: checks, checks2 and
//           checks3, scored together, with a line per set; checks4 is not part of all)
// --texts   the first set's rebuilt article bodies (default /work/checks-cov/text; write them
//           with node bench/devsets/checks/rebuild.mjs), checked against textSha256
// --texts2  the second set's (default /work/checks-cov2/text; node bench/devsets/checks2/
//           rebuild.mjs)
// --texts3  the third set's (default /work/checks-cov3/text; node bench/devsets/checks3/
//           rebuild.mjs)
// --texts4  the fourth set's (default /work/checks-cov4/text; node bench/devsets/checks4/
//           rebuild.mjs)
// --misses  also print each relation not found (article id, kind, offsets and surfaces)
//
// A relation is found when one check of the result's `checks` has the same kind (a check of
// kind multiple counts as ratio, share as sum) and figures (indices into `figures`) whose
// spans overlap the relation's stated span and every one of its operand spans. "strict" also
// asks that the check's stated figure (figures[0]) be the one overlapping the stated span.
// A result without `checks` (a v1 build, or a build before the checker) finds nothing.
// Among found relations, the check's `ok` is compared with the annotation's `holds`.
// Prints found/total per kind and overall, per language, and relations per 100 articles.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const a = { build: resolve(here, '../..'), texts: '/work/checks-cov/text', texts2: '/work/checks-cov2/text', texts3: '/work/checks-cov3/text', texts4: '/work/checks-cov4/text', set: 'all', misses: false };
for (let i = 2; i < process.argv.length; i++) {
  const k = process.argv[i];
  if (k === '--misses') a.misses = true;
  else if (['--build', '--texts', '--texts2', '--texts3', '--texts4', '--set'].includes(k) && i + 1 < process.argv.length) a[k.slice(2)] = process.argv[++i];
  else { console.error(`unknown argument ${k}`); process.exit(2); }
}

const SETS = { checks: () => a.texts, checks2: () => a.texts2, checks3: () => a.texts3, checks4: () => a.texts4 };
const ALL = ['checks', 'checks2', 'checks3']; // checks4 is scored only by name
if (a.set !== 'all' && !SETS[a.set]) { console.error(`--set must be checks, checks2, checks3, checks4 or all`); process.exit(2); }
const setNames = a.set === 'all' ? ALL : [a.set];

const require = createRequire(import.meta.url);
const entry = [join(a.build, 'js/node.cjs'), join(a.build, 'pkg/node')].find((p) => existsSync(p) || existsSync(p + '.js') || existsSync(join(p, 'index.js')));
if (!entry) { console.error(`no figlens build under ${a.build} (js/node.cjs)`); process.exit(2); }
const { analyze } = require(entry);

const KINDS = ['ratio', 'change', 'difference', 'sum', 'per-capita', 'range'];
const FOLD = { multiple: 'ratio', share: 'sum' };
const kindOf = (k) => FOLD[k] ?? k;
const overlap = (f, s) => f.start < s.end && s.start < f.end;
const sha256 = (t) => createHash('sha256').update(t, 'utf8').digest('hex');

const rows = setNames.flatMap((name) => readFileSync(join(here, '../devsets', name, 'relations.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((l) => ({ ...JSON.parse(l), setName: name, textDir: SETS[name]() })));
const tally = new Map(); // key → [found, strict, total]
const add = (key, found, strict) => {
  if (!tally.has(key)) tally.set(key, [0, 0, 0]);
  const t = tally.get(key);
  t[0] += found; t[1] += strict; t[2]++;
};
const lang = (r) => (r.script === 'en' ? 'English' : `Chinese (${r.script})`);
const articles = new Map();
let withChecks = 0, nChecks = 0, agree = 0, foundN = 0, notOkFound = 0;
const misses = [];
for (const r of rows) {
  articles.set(lang(r), (articles.get(lang(r)) ?? 0) + 1);
  const text = readFileSync(join(r.textDir, `${r.id}.txt`), 'utf8');
  if (sha256(text) !== r.textSha256) { console.error(`${r.id}: text differs from textSha256 (rebuild it)`); process.exit(1); }
  const res = analyze(text);
  const checks = Array.isArray(res.checks) ? res.checks : [];
  if (Array.isArray(res.checks)) withChecks++;
  nChecks += checks.length;
  for (const rel of r.relations) {
    let found = null, strict = false;
    for (const c of checks) {
      if (kindOf(c.kind) !== rel.kind) continue;
      const figs = (c.figures ?? []).map((i) => res.figures[i]).filter(Boolean);
      if (!figs.some((f) => overlap(f, rel.stated))) continue;
      if (!rel.operands.every((o) => figs.some((f) => overlap(f, o)))) continue;
      const s = figs.length > 0 && res.figures[c.figures[0]] === figs[0] && overlap(figs[0], rel.stated);
      if (!found || (s && !strict)) { found = c; strict = s; }
    }
    for (const key of [`kind ${rel.kind}`, `lang ${lang(r)}`, `set ${r.setName}`, 'all']) add(key, !!found, strict);
    if (found) {
      foundN++;
      agree += found.ok === rel.holds;
      notOkFound += !found.ok;
    } else if (a.misses) {
      const sur = (s) => JSON.stringify(text.slice(s.start, s.end));
      misses.push(`${r.setName} ${r.id} ${rel.kind} stated ${sur(rel.stated)} [${rel.stated.start},${rel.stated.end}] operands ${rel.operands.map(sur).join(' ')}`);
    }
  }
}

const n = rows.length;
const pct = (x, y) => (y ? ((100 * x) / y).toFixed(1) + '%' : '—');
const line = (label, t) => `${label.padEnd(24)} ${String(t[0]).padStart(3)}/${String(t[2]).padEnd(4)} ${pct(t[0], t[2]).padStart(6)}   strict ${String(t[1]).padStart(3)}   per 100 articles ${((100 * t[2]) / n).toFixed(1)}`;
console.log(`coverage of arithmetic checks: set ${a.set}, ${n} articles (${[...articles].map(([k, v]) => `${v} ${k}`).join(', ')}), build ${a.build}`);
if (!withChecks) console.log('this build reports no `checks` on any article: nothing can be found');
else console.log(`${withChecks} results carry checks; ${nChecks} checks reported in all`);
for (const k of KINDS) console.log(line(k, tally.get(`kind ${k}`) ?? [0, 0, 0]));
console.log(line('all', tally.get('all') ?? [0, 0, 0]));
for (const l of articles.keys()) {
  const t = tally.get(`lang ${l}`) ?? [0, 0, 0];
  console.log(`${line(l, t)}   (${((100 * t[2]) / articles.get(l)).toFixed(1)} per 100 of its ${articles.get(l)} articles)`);
}
if (setNames.length > 1) for (const s of setNames) {
  const t = tally.get(`set ${s}`) ?? [0, 0, 0];
  const k = rows.filter((r) => r.setName === s).length;
  console.log(`${line(`set ${s}`, t)}   (${((100 * t[2]) / k).toFixed(1)} per 100 of its ${k} articles)`);
}
console.log(`found relations whose check's ok agrees with the annotation's holds: ${agree}/${foundN} (checks not ok among them: ${notOkFound})`);
console.log(`target (issue 20): found ≥ 60% of all relations → ${tally.get('all') && tally.get('all')[0] >= 0.6 * tally.get('all')[2] ? 'met' : 'not met'}`);
if (a.misses) for (const m of misses) console.log('miss ' + m);
