// The page (www/) in headless Chromium under its Content-Security-Policy: paste
// the seed and see its figures.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { openBrowser } from './harness.mjs';

const seed = readFileSync(new URL('../../www/sample.txt', import.meta.url), 'utf8');
let browser;

before(async () => {
  browser = await openBrowser();
});
after(() => browser?.close());

async function openPage() {
  const { page, url } = browser;
  await page.goto(`${url}/`);
  assert.match(page.url(), /\/www\/$/);
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 15000 });
  return page;
}

test('pasting the seed shows the 729.91億元 row in the figures table', async (t) => {
  const page = await openPage();
  const started = Date.now();
  await page.locator('#input').fill(seed);
  const row = page.locator('#figures tbody tr', { hasText: '729.91億元' });
  await row.first().waitFor({ timeout: 5000 });
  t.diagnostic(`seed pasted → row shown in ${Date.now() - started} ms; the page says: ${await page.locator('#status').textContent()}`);
  const cells = await row.first().locator('td').allTextContents();
  assert.equal(cells[0], '729.91億元');
  assert.equal(cells[1], '72,991,000,000 CNY');
  assert.equal(cells[2], 'money');
  assert.ok((await page.locator('#figures tbody tr').count()) > 20, 'the seed has many figures');
  assert.ok((await page.locator('#blocks li.block').count()) > 5, 'the blocks are listed');
  const json = JSON.parse(await page.locator('#json').textContent());
  assert.equal(json.version, 1);
  assert.match(await page.locator('#status').textContent(), /figures/);
  assert.deepEqual(browser.problems, [], 'no CSP violation, console error or page error');
});

test('the sample button loads the seed; markup in the input is shown as text', async () => {
  const page = await openPage();
  await page.locator('#load-sample').click();
  await page.locator('#figures tbody tr', { hasText: '729.91億元' }).first().waitFor({ timeout: 5000 });
  assert.equal(await page.locator('#input').inputValue(), seed);

  await page.locator('#input').fill('<img src=x onerror="window.__pwned=1">增長<b>12%</b>');
  await page.locator('#figures tbody tr', { hasText: '12%' }).first().waitFor({ timeout: 5000 });
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#blocks img, #figures img').count(), 0);
  assert.deepEqual(browser.problems, []);
});
