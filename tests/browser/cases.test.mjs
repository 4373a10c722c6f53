// The shared case tables (tests/cases/*.jsonl) against the web build in headless
// Chromium, through the same runner module as the Node tests (tests/js/run-cases.mjs).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertCase, loadCaseDir, summary } from '../js/run-cases.mjs';
import { openBrowser } from './harness.mjs';

const { files, cases } = await loadCaseDir(new URL('../cases/', import.meta.url));
let browser;

before(async () => {
  browser = await openBrowser();
  await browser.page.goto(`${browser.url}/tests/browser/blank.html`);
});
after(() => browser?.close());

test('web build: analyze before init throws not-initialized; a trap is recovered from', async () => {
  const got = await browser.page.evaluate(async () => {
    const figlens = await import('/js/web.js');
    const out = {};
    try {
      figlens.analyze('增長5%');
    } catch (e) {
      out.before = { name: e.name, code: e.code, isFiglensError: e instanceof figlens.FiglensError };
    }
    await figlens.init();
    await figlens.init(); // a second call is harmless
    out.first = figlens.analyze('營收增長12.5%。').figures.map((f) => f.text);
    try {
      figlens.__trapForTests();
    } catch (e) {
      out.trap = { code: e.code, cause: e.cause && e.cause.constructor.name };
    }
    out.after = figlens.analyze('營收增長12.5%。').figures.map((f) => f.text);
    try {
      figlens.analyze('x', { kinds: ['nope'] });
    } catch (e) {
      out.badOptions = e.code;
    }
    return out;
  });
  assert.deepEqual(got.before, { name: 'FiglensError', code: 'not-initialized', isFiglensError: true });
  assert.deepEqual(got.first, ['12.5%']);
  assert.deepEqual(got.trap, { code: 'internal', cause: 'RuntimeError' });
  assert.deepEqual(got.after, ['12.5%']);
  assert.equal(got.badOptions, 'bad-options');
});

test('web build: init({ wasmUrl }) loads from there; a failed load can be retried', async () => {
  await browser.page.goto(`${browser.url}/tests/browser/blank.html?fresh`);
  const got = await browser.page.evaluate(async () => {
    const figlens = await import('/js/web.js?wasmUrl-test');
    const out = {};
    try {
      await figlens.init({ wasmUrl: '/pkg/web/missing.wasm' });
    } catch (e) {
      out.failed = { code: e.code, names: /missing\.wasm/.test(e.message) };
    }
    await figlens.init({ wasmUrl: new URL('/pkg/web/figlens_bg.wasm', location.href) });
    out.after = figlens.analyze('增長5%').figures.length;
    return out;
  });
  assert.deepEqual(got, { failed: { code: 'not-initialized', names: true }, after: 1 });
  browser.problems.length = 0; // the deliberate 404 is logged as a console error
  await browser.page.goto(`${browser.url}/tests/browser/blank.html`);
});

test(`case tables, web build in Chromium: ${cases.length} cases in ${files.length} files`, async (t) => {
  const results = await browser.page.evaluate(async (names) => {
    const { init, analyze } = await import('/js/web.js');
    const runner = await import('/tests/js/run-cases.mjs');
    await init();
    const cases = [];
    for (const name of names) {
      const res = await fetch(`/tests/cases/${name}`);
      if (!res.ok) throw new Error(`fetching ${name}: ${res.status}`);
      cases.push(...runner.parseCases(await res.text(), name));
    }
    return runner.runCases(cases, analyze);
  }, files);
  t.diagnostic(`${summary(results, files.length)} (browser)`);
  assert.equal(results.length, cases.length, 'the browser read as many cases as Node');
  if (results.length === 0) t.diagnostic('no case tables yet (tests/cases/*.jsonl): 0 cases run');
  for (const r of results) {
    await t.test(r.id ?? `${r.file}:${r.line}`, () => {
      assertCase(r);
    });
  }
  assert.deepEqual(browser.problems, []);
});
