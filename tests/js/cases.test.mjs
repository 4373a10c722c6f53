// The shared case tables (tests/cases/*.jsonl) against the built Node package.
import test from 'node:test';
import { analyze } from 'figlens';
import { assertCase, loadCaseDir, runCases, summary } from './run-cases.mjs';

const { files, cases } = await loadCaseDir(new URL('../cases/', import.meta.url));

test(`case tables, Node build: ${cases.length} cases in ${files.length} files`, async (t) => {
  const results = runCases(cases, analyze);
  t.diagnostic(summary(results, files.length));
  if (results.length === 0) t.diagnostic('no case tables yet (tests/cases/*.jsonl): 0 cases run');
  for (const r of results) {
    await t.test(r.id ?? `${r.file}:${r.line}`, () => {
      assertCase(r);
    });
  }
});
