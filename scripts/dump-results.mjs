#!/usr/bin/env node
// The full result of every text figlens is tested or measured on, one JSON line per input, from
// one Node build: run it before and after a change that must not change the output (a speed-up,
// a refactor) and diff the two files.
//
//   node scripts/dump-results.mjs [--build DIR] [--dir PATH]... OUT
//   diff OUT.before OUT.after
//
// Inputs: every case-table text (tests/cases/*.jsonl, heldout included), the seed and the
// fixtures (tests/fixtures, tests/fixtures/articles, tests/fixtures/pages: .txt as text, .html
// with `html: true`), and every .txt and .html of the dev-set text folders on disk (by default
// those below, where present; --dir adds more). Each line is `source<TAB>result`, the result as
// the public API returns it (js/node.cjs of --build, default this checkout), or its error.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const { values: o, positionals } = parseArgs({
  allowPositionals: true,
  options: { build: { type: 'string', default: root }, dir: { type: 'string', multiple: true, default: [] } },
});
if (positionals.length !== 1) {
  console.error('usage: node scripts/dump-results.mjs [--build DIR] [--dir PATH]... OUT');
  process.exit(2);
}
// The dev-set texts of the team's machine (zh-news, zh-news2, the AEB articles, dragnet, pages3).
const devDirs = ['/work/zh-news/text', '/work/zh-news2/text', '/work/aeb-text', '/work/dragnet-text', '/work/pages3/text'];
const { analyze } = require(resolve(o.build, 'js/node.cjs'));

const inputs = [];
const cases = join(root, 'tests/cases');
for (const dir of [cases, join(cases, 'heldout')]) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, f), 'utf8').split('\n').forEach((line, k) => {
      if (line.trim()) inputs.push({ source: `${f}:${k + 1}`, text: JSON.parse(line).text, html: false });
    });
  }
}
const fixtures = ['tests/fixtures', 'tests/fixtures/articles', 'tests/fixtures/pages'].map((d) => join(root, d));
for (const dir of [...fixtures, ...devDirs.filter(existsSync), ...o.dir]) {
  for (const f of readdirSync(dir).sort()) {
    const html = f.endsWith('.html');
    if (!html && !f.endsWith('.txt')) continue;
    inputs.push({ source: join(dir, f), text: readFileSync(join(dir, f), 'utf8'), html });
  }
}

const lines = inputs.map(({ source, text, html }) => {
  let out;
  try {
    out = JSON.stringify(analyze(text, { html }));
  } catch (e) {
    out = `error ${e.code ?? ''} ${e.message}`;
  }
  return `${source}\t${out}\n`;
});
writeFileSync(positionals[0], lines.join(''));
const digest = createHash('sha256').update(lines.join('')).digest('hex').slice(0, 16);
console.log(`${inputs.length} inputs, ${lines.reduce((n, l) => n + l.length, 0)} chars of results, sha256 ${digest}`);
