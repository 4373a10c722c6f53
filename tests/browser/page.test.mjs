// The page (www/) in headless Chromium under its Content-Security-Policy:
// paste the seed and work with its figures (table, filter, sort, chart,
// sentence, reading view, exports), paste a saved news page as HTML, drop and
// open files, XSS payloads as text and as HTML, and the time to ready.
// Every test ends with: no CSP violation, no error, no request off 127.0.0.1.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { COLUMNS } from '../../js/table.js';
import { openBrowser } from './harness.mjs';
import {
  NEWS_HTML, SEED, allowClipboard, assertClean, dispatchPaste, openPage, paste, readyTimes, shownInput, tableRows, waitForAnalysis,
} from './page-helpers.mjs';

let browser;

before(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 900 } });
  await allowClipboard(browser);
});
after(() => browser?.close());

test('time from navigation to ready to analyze', async (t) => {
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await readyTimes(await openPage(browser)));
  const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const fmt = (ms) => `${ms.toFixed(1)} ms`;
  for (const r of runs) t.diagnostic(`navigation → ready ${fmt(r.ready)}; files arrived at ${fmt(r.filesArrived)}; ready ${fmt(r.afterFiles)} after its files arrived`);
  const m = median(runs.map((r) => r.afterFiles));
  t.diagnostic(`median: ready ${fmt(m)} after the files arrived, ${fmt(median(runs.map((r) => r.ready)))} after navigation`);
  console.log(`# page ready: median ${fmt(m)} after its files arrived (${fmt(median(runs.map((r) => r.ready)))} after navigation)`);
  assert.ok(m < 100, `ready within 100 ms of the files arriving (median ${fmt(m)})`);
  // The worker's own imports were fetched from the test server (and counted above).
  assert.ok(browser.requests.some((u) => u.endsWith('/js/web.js')), 'the worker loaded the web build');
  assert.ok(browser.requests.some((u) => u.endsWith('/pkg/web/figlens_bg.wasm')));
  await assertClean(browser);
});

test('pasting the seed: the table, the reading view, the chart', async (t) => {
  const page = await openPage(browser);
  const started = Date.now();
  await paste(browser, { text: SEED });
  await waitForAnalysis(page);
  t.diagnostic(`seed pasted → analysed and shown in ${Date.now() - started} ms; ${await page.locator('#facts').textContent()}`);
  assert.equal(await page.locator('#input').inputValue(), SEED);
  assert.equal(await page.locator('#html').isChecked(), false, 'plain text is read as text');
  assert.match(await page.locator('#facts').textContent(), /4,346 characters, 8\.8 KB of UTF-8\. Analysed in [\d.]+ m?s: \d+ figures/);

  const rows = await tableRows(page);
  const row = rows.find((r) => r.text === '729.91億元');
  assert.ok(row, 'the 729.91億元 row is shown');
  assert.equal(row.value, '72,991,000,000 CNY');
  assert.equal(row.kind, 'Money', 'the kind by its name in the interface language');
  assert.equal(row.metric, '地區生產總值');
  const pct = rows.find((r) => r.text === '7%');
  assert.equal(pct.value, '7%');
  assert.match(pct.change, /^▲/);
  assert.ok(rows.some((r) => r.text === '90個' && r.value === '90' && r.kind === 'Count'));
  // Body only (the default): nothing from the related list or the ranking.
  assert.equal(await page.locator('#body-only').isChecked(), true);
  assert.ok(!rows.some((r) => r.text === '76.5%'), 'the related list’s 76.5% is not a body figure');
  const total = await page.evaluate(() => document.body.dataset.analysedLength && document.querySelectorAll('#figures tbody tr[data-fig]').length);
  assert.ok(total > 20, 'the seed has many body figures');
  assert.match(await page.locator('#row-count').textContent(), new RegExp(`^${total} of \\d+ figures shown$`));

  // The reading view: no title block in the seed, so the title comes from the related list.
  assert.equal(await page.locator('#article-title').textContent(), '紅船旁,共同富裕!嘉興市南湖區在全省考核評價結果公布');
  const body = await page.locator('#article .article-body').innerText();
  assert.ok(body.includes('實現地區生產總值729.91億元'), 'the body reads cleaned');
  assert.ok(!body.includes('(qū)'), 'pinyin annotations are removed from the reading view');
  assert.ok(!body.includes('紅船旁,共同富裕!嘉興'), 'the related list is not in the body');
  const marked = await page.locator('#article .article-body button.fig').count();
  assert.equal(marked, total, 'every body figure is marked in the text');
  assert.equal(await page.locator('#article .article-body button.fig.k-money', { hasText: '729.91億元' }).count(), 1);
  assert.ok(await page.locator('#article .article-body mark.damage').count() >= 1, 'encoding damage is marked in place');
  // Set aside, collapsed: keywords, related, ranking.
  const aside = page.locator('#set-aside');
  assert.equal(await aside.getAttribute('open'), null, 'the set-aside blocks start collapsed');
  assert.match(await aside.locator('summary').textContent(), /keywords.*related list.*ranking/);
  assert.match(await page.locator('.cleaning').textContent(), /32\d pinyin annotations removed/);

  // Hover a figure: its details.
  await page.locator('#article button.fig', { hasText: '729.91億元' }).hover();
  const tip = page.locator('#fig-tip');
  await tip.waitFor({ state: 'visible' });
  const tipText = await tip.textContent();
  for (const s of ['72,991,000,000 CNY', 'Money', '地區生產總值', '2021年']) assert.ok(tipText.includes(s), `the tooltip shows ${s}`);
  await page.mouse.move(0, 0);
  await tip.waitFor({ state: 'hidden' });

  // The chart: the body's percentage changes, one bar each, labelled with its metric.
  const changes = rows.filter((r) => r.kind === 'Percent' && /[▲▼]/.test(r.change));
  assert.ok(changes.length >= 3);
  assert.equal(await page.locator('#chart svg.bars g.bar').count(), changes.length);
  assert.equal(await page.locator('#chart svg.bars g.bar.rise').count(), changes.filter((r) => r.change.startsWith('▲')).length);
  const labels = await page.locator('#chart svg.bars text.label').allTextContents();
  assert.ok(labels.some((l) => l.startsWith('地區生產總值')), `a bar is labelled with its metric: ${labels}`);
  await assertClean(browser);
});

test('the table: filter by kind, body only, sort by any column, sentence on demand, row → article', async () => {
  const page = await openPage(browser);
  await page.locator('#load-sample').click();
  await waitForAnalysis(page);
  const all = await tableRows(page);

  // Filter: percent only.
  await page.locator('#kind-filter').selectOption('percent');
  let rows = await tableRows(page);
  assert.ok(rows.length > 0 && rows.every((r) => r.kind === 'Percent'));
  assert.equal(rows.length, all.filter((r) => r.kind === 'Percent').length);
  assert.match(await page.locator('#kind-filter option:checked').textContent(), new RegExp(`^Percent \\(${rows.length}\\)$`));
  // Body only off: the related list's and the ranking's figures join.
  await page.locator('#body-only').uncheck();
  rows = await tableRows(page);
  assert.ok(rows.some((r) => r.text === '76.5%' && r.change.startsWith('▼')), 'the related list’s 76.5% decrease');
  await page.locator('#body-only').check();
  await page.locator('#kind-filter').selectOption('');
  assert.equal((await tableRows(page)).length, all.length);

  // Sort by value: ascending, then descending; aria-sort says so. Values are
  // compared only within a kind and unit, each group under its heading row.
  const valueHeader = page.locator('#figures thead th[data-key="value"]');
  await valueHeader.locator('button').click();
  assert.equal(await valueHeader.getAttribute('aria-sort'), 'ascending');
  assert.equal(await page.locator('#figures thead th[aria-sort]').count(), 1, 'one sorted column at a time');
  const groups = async () => page.locator('#figures tbody tr').evaluateAll((trs) => {
    const out = [];
    for (const tr of trs) {
      if (tr.classList.contains('group')) out.push({ heading: tr.textContent, values: [] });
      else if (tr.dataset.fig) out.at(-1).values.push(Number.parseFloat(tr.children[2].textContent.replace(/^[≈<>≤≥#] ?/, '').replace(/,/g, '')));
    }
    return out;
  });
  let gs = await groups();
  const headings = gs.map((g) => g.heading);
  assert.ok(headings.includes('Money · CNY') && headings.includes('Count · people') && headings.includes('Date'), headings.join(' | '));
  assert.equal(new Set(headings).size, headings.length, 'each kind and unit is one group');
  for (const g of gs) {
    const vs = g.values.filter((n) => !Number.isNaN(n));
    assert.deepEqual(vs, vs.slice().sort((a, b) => a - b), `ascending within ${g.heading}`);
  }
  await valueHeader.locator('button').click();
  assert.equal(await valueHeader.getAttribute('aria-sort'), 'descending');
  gs = await groups();
  assert.deepEqual(gs.map((g) => g.heading), headings, 'the groups keep their order');
  for (const g of gs) {
    const vs = g.values.filter((n) => !Number.isNaN(n));
    assert.deepEqual(vs, vs.slice().sort((a, b) => b - a), `descending within ${g.heading}`);
  }
  assert.equal((await tableRows(page))[0].text, '729.91億元', 'the largest amount of money first');
  // Every column sorts.
  for (const key of ['text', 'kind', 'change', 'approximate', 'period', 'metric', 'index']) {
    await page.locator(`#figures thead th[data-key="${key}"] button`).click();
    assert.equal(await page.locator(`#figures thead th[data-key="${key}"]`).getAttribute('aria-sort'), 'ascending', key);
    assert.equal((await tableRows(page)).length, all.length);
  }
  const kinds = (await tableRows(page)).map((r) => r.kind);
  assert.deepEqual((await tableRows(page)).map((r) => r.text), all.map((r) => r.text), 'sorting by # restores the order of appearance');
  assert.ok(kinds.length > 0);

  // The sentence, on demand.
  const row = page.locator('#figures tbody tr[data-fig]', { hasText: '729.91億元' });
  const toggle = row.locator('button.sentence-toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  const sentenceRow = page.locator('#figures tbody tr.sentence-row');
  await sentenceRow.waitFor();
  const sentence = await sentenceRow.textContent();
  assert.ok(sentence.includes('實現地區生產總值729.91億元'), sentence);
  assert.ok(!sentence.includes('(qū)'), 'the sentence reads cleaned');
  assert.equal(await sentenceRow.locator('mark.hit').textContent(), '729.91億元');
  assert.equal(await row.locator('button.sentence-toggle').getAttribute('aria-expanded'), 'true');

  // A click on a row scrolls to the figure in the article and flashes it.
  const fig = await row.getAttribute('data-fig');
  await row.locator('td.metric').click();
  const mark = page.locator(`#article button.fig[data-fig="${fig}"]`);
  await page.waitForFunction((f) => document.querySelector(`#article button.fig[data-fig="${f}"]`)?.classList.contains('flash'), fig);
  await page.waitForTimeout(600); // the smooth scroll
  const box = await mark.boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 900, `the figure is in view (${JSON.stringify(box)})`);
  // …and a figure in the article leads back to its row.
  await mark.click();
  await page.waitForFunction((f) => document.querySelector(`#figures tr[data-fig="${f}"]`)?.classList.contains('flash'), fig);
  await assertClean(browser);
});

test('exports: TSV to the clipboard, CSV with BOM, JSON', async () => {
  const page = await openPage(browser);
  await page.locator('#load-sample').click();
  await waitForAnalysis(page);
  const rows = await tableRows(page);

  await page.locator('#copy-tsv').click();
  await page.locator('#status', { hasText: 'as TSV' }).waitFor();
  const tsv = await page.evaluate(() => navigator.clipboard.readText());
  const tsvLines = tsv.trimEnd().split('\n');
  assert.equal(tsvLines[0], COLUMNS.join('\t'));
  assert.equal(tsvLines.length, rows.length + 1, 'a header and one line per row shown');
  const tsvRow = tsvLines.find((l) => l.split('\t')[1] === '729.91億元').split('\t');
  assert.equal(tsvRow[COLUMNS.indexOf('value')], '72991000000');
  assert.equal(tsvRow[COLUMNS.indexOf('unit')], 'CNY');
  assert.equal(tsvRow[COLUMNS.indexOf('block_kind')], 'paragraph');

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
  assert.match(csvDownload.suggestedFilename(), /\.csv$/);
  const csvBytes = readFileSync(await csvDownload.path());
  assert.deepEqual([...csvBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
  const csv = csvBytes.subarray(3).toString('utf8');
  const csvLines = csv.trimEnd().split('\n');
  assert.equal(csvLines[0], COLUMNS.join(','));
  assert.equal(csvLines.length, rows.length + 1);
  const moneyRow = csvLines.find((l) => l.includes(',729.91億元,72991000000,,,CNY,,money,'));
  assert.ok(moneyRow, 'the 729.91億元 row');
  // A paste has no name: the id column holds the figure's number, as the table's # column.
  assert.equal(moneyRow.split(',')[0], String(rows.find((r) => r.text === '729.91億元').fig + 1));
  // One implementation: every line is the CLI's for the same text (standard input: no name either),
  // with its escape (a percentage stays text).
  const cli = spawnSync(process.execPath, [fileURLToPath(new URL('../../bin/figlens.js', import.meta.url)), '--format', 'csv'], { input: SEED, encoding: 'utf8' });
  const cliLines = new Set(cli.stdout.replace(/^\uFEFF/, '').trimEnd().split('\n'));
  for (const line of csvLines) assert.ok(cliLines.has(line), `the CLI's line too: ${line}`);
  assert.ok(tsvLines.some((l) => l.split('\t')[1] === "'7%"), 'a percentage in a text cell is escaped');

  // The filter applies to the exports: percent only.
  await page.locator('#kind-filter').selectOption('percent');
  const [pctDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
  const pctLines = readFileSync(await pctDownload.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\n').slice(1);
  assert.ok(pctLines.length > 0 && pctLines.every((l) => l.split(',')[COLUMNS.indexOf('kind')] === 'percent'));

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#download-json').click()]);
  assert.match(jsonDownload.suggestedFilename(), /\.json$/);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
  assert.equal(json.version, 1);
  assert.ok(json.figures.some((f) => f.text === '76.5%'), 'the JSON is the whole analysis, not the filtered rows');
  await page.locator('#copy-json').click();
  await page.locator('#status', { hasText: 'Copied the full analysis' }).waitFor();
  assert.deepEqual(JSON.parse(await page.evaluate(() => navigator.clipboard.readText())), json);
  await page.locator('#json-details summary').click();
  await page.locator('#json', { hasText: '"version": 1' }).waitFor();
  assert.equal(JSON.parse(await page.locator('#json').textContent()).figures.length, json.figures.length);
  await assertClean(browser);
});

test('pasting a saved news page as HTML: title and meta shown, page furniture collapsed', async () => {
  const page = await openPage(browser);
  await paste(browser, { text: '南湖區一季度地區生產總值增長8.1%', html: NEWS_HTML });
  await waitForAnalysis(page);
  assert.equal(await page.locator('#html').isChecked(), true, 'the clipboard’s HTML is read as HTML');
  assert.equal(await page.locator('#paste-note').isVisible(), true);
  const shown = await shownInput(page);
  assert.ok(shown.view && shown.text.includes('一季度,南湖區實現地區生產總值182.36億元') && !shown.text.includes('<'), 'the box shows the article as read, not the HTML');
  await page.locator('#show-source').click();
  assert.match(await page.locator('#input').inputValue(), /^<!DOCTYPE html>/i, 'the HTML source, one click away');

  assert.equal(await page.locator('#article-title').textContent(), '南湖區一季度地區生產總值增長8.1% 工業投資增長23.5%');
  const meta = await page.locator('#article dl.meta-line').textContent();
  for (const s of ['2024-04-28', '嘉禾日報', '陳嘉怡', '周志明', '王芳']) assert.ok(meta.includes(s), `the meta line shows ${s}: ${meta}`);

  const body = await page.locator('#article .article-body').innerText();
  assert.ok(body.includes('一季度,南湖區實現地區生產總值182.36億元'));
  for (const s of ['相關新聞', '熱門排行', '版權所有', '分享到', '下載客戶端']) assert.ok(!body.includes(s), `no ${s} in the body`);
  const aside = page.locator('#set-aside');
  assert.equal(await aside.getAttribute('open'), null, 'collapsed');
  assert.match(await aside.locator('summary').textContent(), /related list/);
  assert.match(await aside.locator('summary').textContent(), /boilerplate/);
  const asideText = await aside.textContent();
  for (const s of ['嘉興一季度GDP增長7.2% 跑贏全省平均水平', '版權所有']) assert.ok(asideText.includes(s), `${s} is set aside`);
  await aside.locator('summary').click();
  assert.equal(await aside.locator('.related li', { hasText: '嘉興一季度GDP增長7.2%' }).isVisible(), true);

  // Figures located in the cleaned text of HTML blocks.
  const rows = await tableRows(page);
  assert.ok(rows.some((r) => r.text === '182.36億元' && r.value === '18,236,000,000 CNY'));
  assert.ok(rows.some((r) => r.text === '18.4%' && r.change.startsWith('▼')));
  assert.ok(!rows.some((r) => r.text === '7.2%'), 'the related list’s figures are not body figures');
  assert.equal(await page.locator('#article .article-body button.fig', { hasText: '215.6億元' }).count(), 1, 'found after an entity');
  // The sentence of an HTML figure, as text.
  const row = page.locator('#figures tbody tr[data-fig]', { hasText: '21856元' });
  await row.locator('button.sentence-toggle').click();
  assert.match(await page.locator('#figures tr.sentence-row').textContent(), /城鎮常住居民人均可支配收入21856元/);

  // "Use its plain text instead" swaps in the clipboard's text.
  await page.locator('#use-plain').click();
  await waitForAnalysis(page);
  assert.equal(await page.locator('#input').inputValue(), '南湖區一季度地區生產總值增長8.1%');
  assert.equal(await page.locator('#html').isChecked(), false);
  await assertClean(browser);
});

test('drop an .html file; open a .txt file', async () => {
  const page = await openPage(browser);
  await page.locator('#drop-zone').evaluate((zone, html) => {
    const data = new DataTransfer();
    data.items.add(new File([html], 'news.html', { type: 'text/html' }));
    const target = zone.querySelector('textarea');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, NEWS_HTML);
  await waitForAnalysis(page);
  assert.match(await page.locator('#facts').textContent(), /^From “news\.html” \(HTML, [\d.]+ KB\)\./);
  assert.equal(await page.locator('#html').isChecked(), true);
  await page.locator('#show-source').click();
  assert.equal(await page.locator('#input').inputValue(), NEWS_HTML);
  assert.equal(await page.locator('#article-title').textContent(), '南湖區一季度地區生產總值增長8.1% 工業投資增長23.5%');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
  assert.equal(download.suggestedFilename(), 'news-figures.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  assert.ok(csv.split('\n')[1].startsWith('news.html,'), 'the id column names the file');

  await page.locator('#file').setInputFiles({ name: 'seed.txt', mimeType: 'text/plain', buffer: Buffer.from(SEED) });
  await page.locator('#facts', { hasText: 'seed.txt' }).waitFor();
  await waitForAnalysis(page);
  assert.equal(await page.locator('#html').isChecked(), false);
  assert.equal(await page.locator('#input').inputValue(), SEED);
  assert.ok((await tableRows(page)).some((r) => r.text === '729.91億元'));

  // GBK and Big5 bytes: not UTF-8, told apart and read as the CLI reads them (js/encoding.js).
  const gbk = Buffer.from([0xd4, 0xf6, 0xb3, 0xa4, 0x35, 0x25]); // 增长5%
  await page.locator('#file').setInputFiles({ name: 'gbk.txt', mimeType: 'text/plain', buffer: gbk });
  await page.locator('#facts', { hasText: 'not UTF-8: read as GBK' }).waitFor();
  await waitForAnalysis(page);
  assert.equal(await page.locator('#input').inputValue(), '增长5%');
  const big5 = Buffer.from([0xbc, 0x57, 0xaa, 0xf8, 0x35, 0x25]); // 增長5%
  await page.locator('#file').setInputFiles({ name: 'big5.txt', mimeType: 'text/plain', buffer: big5 });
  await page.locator('#facts', { hasText: 'not UTF-8: read as Big5' }).waitFor();
  await waitForAnalysis(page);
  assert.equal(await page.locator('#input').inputValue(), '增長5%');
  // A binary file named .txt is refused with a message; the input is left as it was.
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  await page.locator('#file').setInputFiles({ name: 'image.txt', mimeType: 'text/plain', buffer: png });
  await page.locator('#status', { hasText: 'Could not read “image.txt”: it is a PNG image, not text' }).waitFor();
  assert.equal(await page.locator('#input').inputValue(), '增長5%');
  await assertClean(browser);
});

const XSS = '營收<img src=x onerror="window.__pwned=1;alert(1)">增長12%<script>window.__pwned=2;alert(2)</script>，<svg onload="window.__pwned=3">利潤下降5%。';

test('an XSS payload pasted as text shows literally and runs nothing', async () => {
  const page = await openPage(browser);
  await paste(browser, { text: XSS });
  await waitForAnalysis(page);
  assert.equal(await page.locator('#html').isChecked(), false);
  assert.equal(await page.locator('#input').inputValue(), XSS, 'the box holds it as text');
  assert.ok((await tableRows(page)).some((r) => r.text === '12%'));
  // The cleaning removes stray tags from plain text; shown in place, they read literally.
  assert.match(await page.locator('.cleaning').innerText(), /stray markup or entities removed/);
  await page.locator('#show-removed').check();
  const body = await page.locator('#article .article-body').innerText();
  assert.ok(body.includes('<img src=x onerror="window.__pwned=1;alert(1)">'), `shown literally: ${body}`);
  assert.ok(body.includes('<script>window.__pwned=2;alert(2)</script>'), body);
  // Hover, sentence, export: still text.
  await page.locator('#article button.fig').first().hover();
  await page.locator('#figures button.sentence-toggle').first().click();
  await page.locator('#copy-tsv').click();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('body img:not(header img), body script, body svg:not(.bars)').count(), 0, 'no element made from the payload');
  assert.ok(!browser.requests.some((u) => /\/x$/.test(u)), 'no request for the payload’s image');
  await assertClean(browser);
});

test('an XSS payload pasted as HTML runs nothing; its text shows literally', async () => {
  const page = await openPage(browser);
  const html = `<html><body><p>營收增長12%<img src=x onerror="window.__pwned=4;alert(4)"></p>`
    + `<script>window.__pwned=5;alert(5)</script><p>&lt;script&gt;alert(6)&lt;/script&gt;利潤下降5%</p>`
    + `<p onclick="window.__pwned=6"><a href="javascript:window.__pwned=7">點此</a>增長3倍</p></body></html>`;
  // Exactly these bytes (the system clipboard could rewrite them): a paste event with this clipboard.
  await dispatchPaste(page, { text: '營收增長12%', html });
  await waitForAnalysis(page);
  assert.equal(await page.locator('#html').isChecked(), true);
  await page.locator('#show-source').click();
  assert.equal(await page.locator('#input').inputValue(), html, 'the HTML source is in the box, as text');
  const body = await page.locator('#article .article-body').innerText();
  assert.ok(body.includes('alert(6)'), `escaped markup's text shows as text: ${body}`);
  assert.ok(!body.includes('window.__pwned'), 'script and attribute contents are not text');
  const rows = await tableRows(page);
  for (const s of ['12%', '5%']) assert.ok(rows.some((r) => r.text === s), s);
  await page.locator('#figures button.sentence-toggle').first().click();
  await page.locator('#article button.fig').first().click();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('body img:not(header img), body script, #article a').count(), 0);
  // Also through the system clipboard (a trusted paste).
  await paste(browser, { text: 'x', html });
  await waitForAnalysis(page);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.ok(!browser.requests.some((u) => /\/x$/.test(u)));
  await assertClean(browser);
});
