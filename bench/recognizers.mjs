// Scores figlens on the Chinese (issue 17) or English (issue 18) specs of Microsoft
// Recognizers-Text, a public development suite (MIT). The specs are not copied into this
// repository: the script reads them from a fetched checkout.
//
//   node bench/recognizers.mjs --specs DIR [--lang zh|en] [--commit REV] [--build DIR] [--misses MODEL]
//
// --lang    zh (default: Specs/*/Chinese) or en (Specs/*/English)
// --specs   a checkout (or bare mirror) of github:microsoft/Recognizers-Text
// --commit  the revision read (default HEAD); the score names it
// --build   the directory whose js/node.cjs is loaded (default: this checkout)
// --misses  print one model's missed expectations and false figures (its spec name, e.g. Percent)
//
// Scoring, fixed before the first run:
// - An expected result is found when a figure figlens reports overlaps its span (the spec's
//   Start..End, End inclusive, in characters of Input), has a kind that MODELS maps the spec's
//   type to, and a value within 1e-9 relative of the spec's (a range: its low and high bounds,
//   an open side unchecked). Recall is micro-averaged over expected results, per model and in all.
// - False figures: inputs that expect no result on which figlens reports any figure.
// - Items whose resolution has no numeric value are skipped and counted.
// - QUIRKS lists spec inputs that news does not write and that would cost precision on news to
//   read (space-separated digit groups, scientific notation, Cantonese). The score is printed
//   with and without them; real news is the arbiter.
// - NumberRangeModelExperimentalMode.json is left out: it restates NumberRangeModel under an
//   experimental flag.
// - English (issue 18), fixed before the first English run: the same eight models and the same
//   type → kind mapping (Dimension is a measure: lengths, weights, areas, volumes, speeds,
//   information sizes; Age a measure `year-old` or a duration). Left out as restatements under a
//   flag: NumberModelExperimentalMode, NumberModelPercentMode, NumberRangeModelExperimentalMode,
//   OrdinalModelSuppressExtendedTypes, PercentModelPercentMode. English QUIRKS, inputs news does
//   not write or that a news reader must not take for figures: space-separated digit groups and
//   scientific notation (as in Chinese); spelled decimals ("one point five", "twenty point
//   three"); relative ordinals ("last", "next", "previous", "current", "second to last", "the
//   last but one": positions relative to the speaker, not ranks); spelled fractions read with
//   "over" ("one over three", "1 over 3": a numeral, "over", a numeral; "over 300" alone is a
//   bound and no quirk).
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    specs: { type: 'string' },
    commit: { type: 'string', default: 'HEAD' },
    build: { type: 'string', default: ROOT },
    misses: { type: 'string' },
    lang: { type: 'string', default: 'zh' },
  },
});
if (!['zh', 'en'].includes(args.lang)) {
  console.error('--lang zh|en');
  process.exit(2);
}
if (!args.specs) {
  console.error('usage: node bench/recognizers.mjs --specs DIR [--commit REV] [--build DIR] [--misses MODEL]');
  process.exit(2);
}

// The spec's type → the figlens kinds that answer it (null: any kind; the Number model asks
// for the number whatever it counts). Age and temperature are measures in the result contract
// (`year-old`, `°C`); an age in months or weeks may be read as a duration.
const LANG = args.lang === 'en' ? 'English' : 'Chinese';
const MODELS = [
  ['Number', `Specs/Number/${LANG}/NumberModel.json`, null],
  ['Ordinal', `Specs/Number/${LANG}/OrdinalModel.json`, ['rank']],
  ['Percent', `Specs/Number/${LANG}/PercentModel.json`, ['percent']],
  ['NumberRange', `Specs/Number/${LANG}/NumberRangeModel.json`, null],
  ['Age', `Specs/NumberWithUnit/${LANG}/AgeModel.json`, ['measure', 'duration']],
  ['Currency', `Specs/NumberWithUnit/${LANG}/CurrencyModel.json`, ['money']],
  ['Dimension', `Specs/NumberWithUnit/${LANG}/DimensionModel.json`, ['measure']],
  ['Temperature', `Specs/NumberWithUnit/${LANG}/TemperatureModel.json`, ['measure']],
];

// Inputs news does not write (see the header).
const SHARED_QUIRKS = [
  ['space-separated digit groups', /\d[ \u00a0\u202f]\d{3}(?!\d)/],
  ['scientific notation', /\d[eE][-+]?\d|[×x*]\s*10\s*\^|10\^[-+]?\d/],
];
const QUIRKS =
  args.lang === 'en'
    ? [
        ...SHARED_QUIRKS,
        ['spelled decimals', /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty)\w*\s+point\s+[a-z]/i],
        ['relative ordinals', /\b(?:last|next|previous|current|penultimate)\b|\bsecond\s+to\s+last\b|\blast\s+but\s+one\b/i],
        ['fractions read with "over"', /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+over\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i],
      ]
    : [...SHARED_QUIRKS, ['Cantonese', /[嘅咗冇喺啲乜佢哋嚟]/]];
const quirkOf = (input) => QUIRKS.find(([, re]) => re.test(input))?.[0] ?? null;

const require = createRequire(import.meta.url);
const { analyze } = require(join(args.build, 'js/node.cjs'));

function specFile(path) {
  const text = execFileSync('git', ['-C', args.specs, 'show', `${args.commit}:${path}`], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return JSON.parse(text.replace(/^\uFEFF/, ''));
}

const num = (s) => {
  if (typeof s === 'number') return s;
  if (typeof s !== 'string') return null;
  const t = s.trim().replace(/%$/, '').replace(/,/g, '');
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : null;
};
const close = (a, b) => a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

// `(100,300)`, `[5,)`, `(,20]`: the bounds, an open side null.
function rangeOf(value) {
  const m = /^\s*[[(]\s*([^,]*)\s*,\s*([^\])]*)\s*[\])]\s*$/.exec(value ?? '');
  return m ? { low: num(m[1]), high: num(m[2]) } : null;
}

// Character offsets (code points) of Input → UTF-16 offsets.
function utf16(input, start, endInclusive) {
  const chars = Array.from(input);
  const before = chars.slice(0, start).join('').length;
  const span = chars.slice(start, endInclusive + 1).join('').length;
  return [before, before + span];
}

function matches(f, expected, kinds, range) {
  if (!(f.start < expected.span[1] && expected.span[0] < f.end)) return false;
  if (kinds && !kinds.includes(f.kind)) return false;
  if (range) {
    const low = f.low ?? f.value;
    const high = f.high ?? f.value;
    return (range.low === null || close(low, range.low)) && (range.high === null || close(high, range.high));
  }
  return [f.value, f.low, f.high].some((v) => close(v ?? null, expected.value));
}

const totals = { all: [0, 0], news: [0, 0] };
const rows = [];
for (const [name, path, kinds] of MODELS) {
  const items = specFile(path);
  const t = { found: 0, expected: 0, newsFound: 0, newsExpected: 0, empty: 0, falsely: 0, skipped: 0, quirks: 0 };
  const misses = [];
  for (const item of items) {
    const input = item.Input ?? '';
    const quirk = quirkOf(input);
    t.quirks += quirk !== null;
    const figures = analyze(input).figures;
    const results = item.Results ?? [];
    if (results.length === 0) {
      t.empty++;
      if (figures.length) {
        t.falsely++;
        misses.push(`false  ${JSON.stringify(input)} → ${figures.map((f) => `${f.text}:${f.kind}:${f.value}`).join(', ')}`);
      }
      continue;
    }
    for (const r of results) {
      const range = name === 'NumberRange' ? rangeOf(r.Resolution?.value) : null;
      const value = num(r.Resolution?.value);
      if ((name === 'NumberRange' && !range) || (name !== 'NumberRange' && value === null)) {
        t.skipped++;
        continue;
      }
      const expected = { span: utf16(input, r.Start, r.End), value };
      const ok = figures.some((f) => matches(f, expected, kinds, range));
      t.expected++;
      t.found += ok;
      if (quirk === null) {
        t.newsExpected++;
        t.newsFound += ok;
      }
      if (!ok) {
        misses.push(`miss   ${JSON.stringify(input)} want ${JSON.stringify(r.Text)}=${r.Resolution?.value}${quirk ? ` [${quirk}]` : ''} got ${figures.map((f) => `${f.text}:${f.kind}:${f.value}`).join(', ') || 'nothing'}`);
      }
    }
  }
  totals.all[0] += t.found;
  totals.all[1] += t.expected;
  totals.news[0] += t.newsFound;
  totals.news[1] += t.newsExpected;
  rows.push([name, t]);
  if (args.misses === name) misses.forEach((m) => console.log(m));
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '—');
console.log(`Recognizers-Text ${LANG} specs @ ${args.commit}`);
console.log('model         recall (all)         recall (without quirks)   false figures on empty inputs   skipped');
for (const [name, t] of rows) {
  console.log(
    `${name.padEnd(13)} ${pct(t.found, t.expected).padStart(5)}% (${t.found}/${t.expected})`.padEnd(35) +
      `${pct(t.newsFound, t.newsExpected).padStart(5)}% (${t.newsFound}/${t.newsExpected})`.padEnd(26) +
      `${t.falsely}/${t.empty}`.padEnd(32) +
      `${t.skipped}`,
  );
}
console.log(`all           ${pct(...totals.all)}% (${totals.all.join('/')})     without quirks ${pct(...totals.news)}% (${totals.news.join('/')})`);
