// The page on a phone (390×844): one pane at a time, the figures first after
// a paste or the sample, each figure a card with its main columns, a tap that
// opens its details in place, and no horizontal scroll of the page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { openBrowser } from './harness.mjs';
import { allowClipboard, assertClean, openPage, paste, seriousAxeViolations, waitForAnalysis } from './page-helpers.mjs';

const STORY = readFileSync(new URL('../fixtures/en-business.txt', import.meta.url), 'utf8');
const PHONE = { width: 390, height: 844 };
let browser;

before(async () => {
  browser = await openBrowser({ viewport: PHONE });
  await allowClipboard(browser);
});
after(() => browser?.close());

/** Wider than the screen: the page's own scroll width, and any element sticking out. */
const overflow = (page) => page.evaluate(() => {
  const w = document.documentElement.clientWidth;
  const out = [...document.querySelectorAll('body *')].filter((e) => {
    if (!e.checkVisibility?.()) return false;
    const r = e.getBoundingClientRect();
    return r.width > 0 && (r.right > w + 1 || r.left < -1) && !e.closest('.visually-hidden, .offscreen, .skip');
  }).map((e) => `${e.localName}.${e.className}`);
  return { scrollWidth: document.documentElement.scrollWidth, width: w, out: out.slice(0, 5) };
});

test('the sample on a phone: the figures first, as cards; no horizontal scroll', async () => {
  const page = await openPage(browser);
  assert.equal(await page.locator('.pane-switch').isVisible(), true);
  assert.equal(await page.locator('#input').isVisible(), true, 'the text first, before anything is analysed');
  await page.locator('#load-sample').click();
  await waitForAnalysis(page);
  // The figures pane shows, the text and the reading view wait behind their buttons.
  assert.equal(await page.locator('.pane-switch button[data-pane="figures"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('#input').isVisible(), false);
  assert.equal(await page.locator('#article').isVisible(), false);
  // The first card is on the first screen.
  const card = page.locator('#figures tbody tr[data-fig]').first();
  const box = await card.boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= PHONE.height, `the first figure is in view at ${JSON.stringify(box)}`);
  // A card: its text, value and kind shown, within the screen's width.
  const cells = await card.evaluate((tr) => ['th.text', 'td.value', 'td.kind'].map((s) => {
    const c = tr.querySelector(s);
    const r = c.getBoundingClientRect();
    return { s, text: c.textContent.trim(), visible: c.checkVisibility(), right: r.right };
  }));
  for (const c of cells) {
    assert.ok(c.visible && c.text, `${c.s} shows (${c.text})`);
    assert.ok(c.right <= PHONE.width, `${c.s} fits the width`);
  }
  // Period and metric are on the card with their names, not hidden sideways.
  const gdp = page.locator('#figures tbody tr[data-fig]', { hasText: '729.91億元' });
  assert.equal(await gdp.locator('td.metric').isVisible(), true);
  assert.match(await gdp.locator('td.metric').evaluate((td) => getComputedStyle(td, '::before').content), /Metric/);
  const o = await overflow(page);
  assert.ok(o.scrollWidth <= o.width, `no horizontal scroll: ${JSON.stringify(o)}`);
  assert.deepEqual(o.out, []);
  await assertClean(browser);
});

test('tapping a card opens its sentence and details in place; its text goes to the reading view', async () => {
  const page = await openPage(browser);
  await page.locator('#load-sample').click();
  await waitForAnalysis(page);
  const gdp = page.locator('#figures tbody tr[data-fig]', { hasText: '729.91億元' });
  const fig = await gdp.getAttribute('data-fig');
  await gdp.locator('td.kind').click();
  const details = page.locator(`#sentence-${fig}`);
  await details.waitFor({ state: 'visible' });
  assert.ok((await details.textContent()).includes('實現地區生產總值729.91億元'), 'its sentence');
  const dl = await details.locator('dl.fig-details').innerText();
  for (const s of ['72,991,000,000 CNY', '地區生產總值']) assert.ok(dl.includes(s), `its details show ${s}`);
  // In place: just under the card, still in the figures pane.
  const [cardBox, detailBox] = [await gdp.boundingBox(), await details.boundingBox()];
  assert.ok(Math.abs(detailBox.y - (cardBox.y + cardBox.height)) < 4, 'under its card');
  assert.equal(await page.locator('.pane-switch button[data-pane="figures"]').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await seriousAxeViolations(page), [], 'axe: cards with one open');
  await gdp.locator('td.kind').click();
  await details.waitFor({ state: 'detached' });
  // The figure's text shows it in the reading view.
  await gdp.locator('.fig-link').click();
  assert.equal(await page.locator('.pane-switch button[data-pane="article"]').getAttribute('aria-pressed'), 'true');
  const mark = page.locator('#article button.fig', { hasText: '729.91億元' });
  await mark.waitFor({ state: 'visible' });
  // And a figure in the reading view leads back to its card.
  await mark.click();
  assert.equal(await page.locator('.pane-switch button[data-pane="figures"]').getAttribute('aria-pressed'), 'true');
  await assertClean(browser);
});

test('a pasted English story: figures first, the chart under the cards, all within 390 px', async () => {
  const page = await openPage(browser);
  await paste(browser, { text: STORY });
  await waitForAnalysis(page);
  assert.equal(await page.locator('.pane-switch button[data-pane="figures"]').getAttribute('aria-pressed'), 'true');
  const [cards, chart] = [await page.locator('.table-scroll').boundingBox(), await page.locator('figure.chart').boundingBox()];
  assert.ok(cards.y < chart.y, 'the cards come before the chart');
  assert.ok(await page.locator('#chart svg.bars g.bar').count() > 0, 'the chart draws');
  const svgWidth = Number(await page.locator('#chart svg.bars').getAttribute('width'));
  assert.ok(svgWidth <= PHONE.width - 16, `the chart fits: ${svgWidth}`);
  const o = await overflow(page);
  assert.ok(o.scrollWidth <= o.width, `no horizontal scroll: ${JSON.stringify(o)}`);
  // Every pane fits.
  for (const pane of ['article', 'input']) {
    await page.locator(`.pane-switch button[data-pane="${pane}"]`).click();
    const p = await overflow(page);
    assert.ok(p.scrollWidth <= p.width, `${pane}: no horizontal scroll: ${JSON.stringify(p)}`);
  }
  await assertClean(browser);
});

test('on a wide screen the switch is hidden and every pane shows', async () => {
  const page = await openPage(browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator('#load-sample').click();
  await waitForAnalysis(page);
  assert.equal(await page.locator('.pane-switch').isVisible(), false);
  for (const s of ['#input', '#article', '#figures']) assert.equal(await page.locator(s).isVisible(), true, s);
  await page.setViewportSize(PHONE);
  await assertClean(browser);
});
