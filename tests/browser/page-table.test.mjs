// The figures table's tools: the search (text, metric, period, unit) and the
// column chooser, remembered across visits.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from './harness.mjs';
import { assertClean, openPage, seriousAxeViolations, tableRows, waitForAnalysis } from './page-helpers.mjs';

let browser;

before(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 900 } });
});
after(() => browser?.close());

async function sample() {
  const page = await openPage(browser);
  await page.locator('#load-sample').click();
  await waitForAnalysis(page);
  return page;
}

async function search(page, text) {
  await page.locator('#table-search').fill(text);
  await page.locator('#table-search').press('Enter');
}

test('the search keeps the rows whose text, metric, period or unit match', async () => {
  const page = await sample();
  const all = await tableRows(page);
  // By metric.
  await search(page, '可支配收入');
  let rows = await tableRows(page);
  assert.ok(rows.length > 0 && rows.length < all.length);
  assert.ok(rows.every((r) => r.metric.includes('可支配收入')), rows.map((r) => r.metric).join(' | '));
  assert.equal(rows.length, all.filter((r) => r.metric.includes('可支配收入')).length);
  assert.match(await page.locator('#row-count').textContent(), new RegExp(`^${rows.length} of \\d+ figures shown$`));
  // By the figure's own text.
  await search(page, '729.91');
  assert.deepEqual((await tableRows(page)).map((r) => r.text), ['729.91億元']);
  // By period.
  await search(page, '近一年');
  rows = await tableRows(page);
  assert.ok(rows.filter((r) => r.period === '近一年').length >= 2, 'the figures of that period');
  assert.ok(rows.every((r) => r.period === '近一年' || r.text.includes('近一年')), rows.map((r) => `${r.text} ${r.period}`).join(' | '));
  // By unit: the code and the word.
  await search(page, 'CNY');
  rows = await tableRows(page);
  assert.ok(rows.length >= 3 && rows.every((r) => r.kind === 'Money'), rows.map((r) => r.text).join(' '));
  await search(page, 'people');
  rows = await tableRows(page);
  assert.ok(rows.length > 0 && rows.every((r) => r.value.endsWith('people')));
  // Nothing matches: the table says so; the exports take the rows shown.
  await search(page, 'no such figure anywhere');
  assert.equal((await tableRows(page)).length, 0);
  assert.equal(await page.locator('#figures tbody tr.empty').textContent(), 'No figures match the filter.');
  await search(page, '');
  assert.equal((await tableRows(page)).length, all.length);
  await assertClean(browser);
});

test('the column chooser hides columns, and remembers them on the next visit', async () => {
  let page = await sample();
  const visible = (key) => page.locator(`#figures thead th[data-key="${key}"]`).isVisible();
  assert.equal(await visible('period'), true);
  await page.locator('#column-chooser summary').click();
  await page.locator('#column-period').uncheck();
  await page.locator('#column-approximate').uncheck();
  assert.equal(await visible('period'), false);
  assert.equal(await visible('approximate'), false);
  assert.equal(await page.locator('#figures tbody td.period').first().isVisible(), false, 'the cells go with the header');
  assert.equal(await visible('metric'), true);
  await page.locator('#figures thead th[data-key="value"] button').click();
  assert.deepEqual(await seriousAxeViolations(page), [], 'axe: the chooser open, columns hidden, rows grouped by kind and unit');

  page = await sample();
  assert.equal(await visible('period'), false, 'remembered');
  assert.equal(await visible('approximate'), false);
  assert.equal(await page.locator('#column-period').isChecked(), false);
  await page.locator('#column-chooser summary').click();
  await page.locator('#column-period').check();
  await page.locator('#column-approximate').check();
  assert.equal(await visible('period'), true);
  page = await sample();
  assert.equal(await visible('approximate'), true);
  await assertClean(browser);
});
