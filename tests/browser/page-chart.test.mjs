// The page's chart on an ordinary English business story (tests/fixtures/en-business.txt,
// written for these tests): one panel per unit, bars grouped by metric, ranges and
// from/to moves, unique labels, money and counts as well as percents, the reader's
// pick, and the SVG and PNG downloads. Then the seed with the interface in Chinese.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { openBrowser } from './harness.mjs';
import { assertClean, openPage, seriousAxeViolations, waitForAnalysis } from './page-helpers.mjs';

const STORY = readFileSync(new URL('../fixtures/en-business.txt', import.meta.url), 'utf8');
let browser;

before(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 900 } });
});
after(() => browser?.close());

async function typeStory(page, text = STORY) {
  await page.locator('#input').fill(text);
  await waitForAnalysis(page);
}

/** Every bar of the chart: its panel, classes, label, value text and shapes. */
const bars = (page) => page.locator('#chart svg.bars g.bar').evaluateAll((gs) => gs.map((g) => ({
  panel: g.dataset.panel,
  cls: g.getAttribute('class'),
  label: g.dataset.label,
  shown: g.querySelector('text.label').textContent,
  value: g.querySelector('text.value').textContent,
  rects: [...g.querySelectorAll('rect')].map((r) => ({ x: Number(r.getAttribute('x')), w: Number(r.getAttribute('width')) })),
  dots: g.querySelectorAll('circle').length,
})));

test('an English business story charts its percents, money and counts, one panel and scale per unit', async () => {
  const page = await openPage(browser);
  await typeStory(page);
  const all = await bars(page);
  assert.ok(all.length >= 8, `bars drawn: ${all.length}`);
  const titles = await page.locator('#chart svg.bars text.panel-title').allTextContents();
  for (const t of ['Percent', 'Money (USD)', 'Counts (jobs)', 'Counts (people)']) assert.ok(titles.includes(t), `a ${t} panel: ${titles}`);
  // Never two units on one axis: each panel's values are in its unit.
  for (const b of all) {
    if (b.panel === '%') assert.match(b.value, /%$/, b.label);
    else if (b.panel === 'money:USD') assert.match(b.value, /\$/, b.label);
    else if (b.panel === 'count:person') assert.match(b.value, /people$/, b.label);
    else if (b.panel === 'count:job') assert.match(b.value, /jobs$/, b.label);
  }
  assert.ok(all.some((b) => b.panel === 'money:USD') && all.some((b) => b.panel.startsWith('count:')), 'money and counts are charted');

  // Labels tell every bar apart.
  const labels = all.map((b) => b.label);
  assert.equal(new Set(labels).size, labels.length, `unique labels: ${labels.join(' | ')}`);

  // A fall is drawn as one, with its arrow; a rise likewise.
  const costs = all.find((b) => b.label.startsWith('operating costs'));
  assert.match(costs.cls, /\bfall\b/);
  assert.match(costs.value, /^▼ 3\.5%$/);
  assert.match(all.find((b) => b.label.startsWith('online grocery orders')).value, /^▲ 31%$/);

  // "from 18% to 23%" is one move; "increased to $310 million from $265 million" too, under Net profit.
  const online = all.find((b) => b.label.startsWith('Online sales'));
  assert.match(online.cls, /\bmove\b.*\brise\b/);
  assert.equal(online.value, '▲ 18% → 23%');
  assert.equal(online.dots, 2);
  const profit = all.find((b) => b.label.startsWith('Net profit'));
  assert.match(profit.cls, /\bmove\b/);
  assert.equal(profit.value, '▲ $265M → $310M');

  // A range is drawn as a range: it starts at its low end (5%), right of the 4.1% bar's end.
  const range = all.find((b) => b.value.endsWith('5–7%'));
  assert.ok(range, 'the 5% to 7% range is drawn');
  assert.match(range.cls, /\brange\b/);
  const shares = all.find((b) => b.label.startsWith('Shares'));
  assert.ok(range.rects[0].x > shares.rects[0].x + shares.rects[0].w, 'the range starts above zero, at 5%');
  assert.ok(range.rects[0].w > 1, 'and spans to 7%');

  assert.match(await page.locator('#chart-title').textContent(), /^Chart of the article body \(\d+\)$/);
  await assertClean(browser);
});

test('a story with amounts but no rise or fall still charts them, and says why', async () => {
  const page = await openPage(browser);
  await typeStory(page, 'The city museum holds 1,200 paintings and runs on an annual budget of $45 million, its director said. About 30% of its visitors come from abroad.');
  const all = await bars(page);
  assert.deepEqual(all.map((b) => b.panel).sort(), ['%', 'count:', 'money:USD']);
  assert.ok(all.some((b) => b.label.includes('holds 1,200 paintings')), all.map((b) => b.label).join(' | '));
  assert.equal(await page.locator('#chart-note').isVisible(), true);
  assert.match(await page.locator('#chart-note').textContent(), /No rises, falls or ranges/);
  assert.equal(all.find((b) => b.panel === '%').value, '≈ 30%');
  await assertClean(browser);
});

test('Chinese: 由5%至8% is drawn as a range from 5% to 8%, 從120億元增至150億元 as a move', async () => {
  const page = await openPage(browser);
  await typeStory(page, '今年以來，全市工業增速由5%至8%，出口額從120億元增至150億元。就業人數增加1.2萬人。');
  const all = await bars(page);
  const range = all.find((b) => b.label.startsWith('工業'));
  assert.match(range.cls, /\brange\b/);
  assert.equal(range.value, '▲ 5–8%');
  const exports = all.find((b) => b.panel === 'money:CNY');
  assert.match(exports.cls, /\bmove\b.*\brise\b/);
  assert.equal(exports.dots, 2);
  assert.match(exports.value, /^▲ CN¥12B → CN¥15B$/);
  assert.ok(all.some((b) => b.panel === 'count:person' && b.value === '▲ 12K people'));
  await assertClean(browser);
});

test('bars of one metric are grouped under its heading', async () => {
  const page = await openPage(browser);
  await typeStory(page, 'Exports rose 6% in March, the customs office said. Exports rose 9% in April. Imports fell 2% in April.');
  const all = await bars(page);
  assert.deepEqual(all.map((b) => b.panel), ['%', '%', '%']);
  const texts = await page.locator('#chart svg.bars text').allTextContents();
  const heading = texts.indexOf('Exports');
  assert.ok(heading >= 0, `a heading for Exports: ${texts}`);
  const exportBars = all.filter((b) => b.label.startsWith('Exports'));
  assert.equal(exportBars.length, 2);
  assert.deepEqual(exportBars.map((b) => b.shown), ['in March', 'in April'], 'under the heading, each bar says its period');
  assert.deepEqual(exportBars.map((b) => b.label), ['Exports · in March', 'Exports · in April']);
  assert.ok(texts.indexOf('in March') > heading && texts.indexOf('in April') > heading, 'after the heading');
  await assertClean(browser);
});

test('the reader picks what to chart: every amount, or figures one by one', async () => {
  const page = await openPage(browser);
  await typeStory(page);
  const changes = (await bars(page)).length;
  await page.locator('#chart-mode').selectOption('all');
  const all = await bars(page);
  assert.ok(all.length > changes, 'every amount is more than the changes');
  assert.ok(all.some((b) => b.label.includes('closed 14 stores')), `a figure without a metric is labelled by its sentence: ${all.map((b) => b.label)}`);

  await page.locator('#chart-pick summary').click();
  await page.locator('#chart-pick button[data-pick="none"]').click();
  assert.equal(await page.locator('#chart-mode').inputValue(), 'pick');
  assert.equal((await bars(page)).length, 0);
  assert.match(await page.locator('#chart').textContent(), /No figures picked/);
  const boxes = page.locator('#chart-pick input[type="checkbox"]');
  assert.equal(await boxes.count(), all.length, 'one checkbox per chartable figure');
  await boxes.nth(0).check();
  await boxes.nth(3).check();
  const picked = await bars(page);
  assert.equal(picked.length, 2);
  assert.deepEqual(await seriousAxeViolations(page), [], 'axe: the pick list open');
  const boxLabels = await page.locator('#chart-pick li label').allTextContents();
  const chosen = [boxLabels[0], boxLabels[3]];
  assert.ok(picked.every((b) => chosen.some((l) => l.startsWith(`${b.label}: `))), `${picked.map((b) => b.label)} are ${chosen}`);
  await assertClean(browser);
});

test('the chart downloads as SVG and as PNG, in the page’s colours', async () => {
  const page = await openPage(browser);
  await typeStory(page);
  const width = Number(await page.locator('#chart svg.bars').getAttribute('width'));
  const height = Number(await page.locator('#chart svg.bars').getAttribute('height'));

  const [svgFile] = await Promise.all([page.waitForEvent('download'), page.locator('#chart-svg').click()]);
  assert.equal(svgFile.suggestedFilename(), 'figlens-chart.svg');
  const svgText = readFileSync(await svgFile.path(), 'utf8');
  assert.match(svgText, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.ok(svgText.includes('▼ 3.5%') && svgText.includes('Money (USD)'), 'its texts');
  assert.ok(!/class="/.test(svgText), 'no class: the colours are in the file');
  const fill = (sel) => page.locator(sel).first().evaluate((r) => getComputedStyle(r).fill);
  const [rise, fall] = [await fill('#chart g.bar.rise rect'), await fill('#chart g.bar.fall rect')];
  assert.notEqual(rise, fall);
  assert.ok(svgText.includes(`fill="${rise}"`), `a rise in the page’s rise colour ${rise}`);
  assert.ok(svgText.includes(`fill="${fall}"`), `a fall in the page’s fall colour ${fall}`);

  const [pngFile] = await Promise.all([page.waitForEvent('download'), page.locator('#chart-png').click()]);
  assert.equal(pngFile.suggestedFilename(), 'figlens-chart.png');
  const png = readFileSync(await pngFile.path());
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
  assert.equal(png.readUInt32BE(16), width * 2, 'twice the chart’s width');
  assert.equal(png.readUInt32BE(20), height * 2);
  assert.ok(png.length > 5000, `a drawing, not an empty image (${png.length} bytes)`);
  await assertClean(browser);
});

test('with the interface in Chinese, the chart speaks it', async () => {
  await browser.page.addInitScript(() => localStorage.setItem('figlens.uiLanguage', 'zh-Hant'));
  const page = await openPage(browser);
  await page.locator('#load-sample').click();
  await waitForAnalysis(page);
  await page.locator('#chart-mode').selectOption('all');
  const titles = await page.locator('#chart svg.bars text.panel-title').allTextContents();
  assert.ok(titles.includes('百分比') && titles.includes('金額（CNY）'), titles.join(' | '));
  assert.match(await page.locator('#chart-title').textContent(), /^正文圖表（\d+）$/);
  assert.equal(await page.locator('#chart-svg').textContent(), '下載 SVG');
  // A change of language while the page is open relabels the chart and its controls.
  await page.evaluate(async () => (await import('./i18n.js')).setUiLanguage('zh-Hans'));
  assert.equal(await page.locator('#chart-svg').textContent(), '下载 SVG');
  assert.ok((await page.locator('#chart svg.bars text.panel-title').allTextContents()).includes('金额（CNY）'));
  assert.equal(await page.locator('#table-search').getAttribute('placeholder'), '文字、指标、时期或单位');
  await page.evaluate(() => localStorage.removeItem('figlens.uiLanguage'));
  await assertClean(browser);
});
