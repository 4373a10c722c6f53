// The page and the widget in the reader's language (Chromium): the interface
// in English, 繁體中文 and 简体中文 (the browser's language until the reader
// picks, the pick remembered across a reload), no English left in a Chinese
// interface, units, dates, bounds, and rise and fall colours by the article's
// readers' convention, with the reader's override remembered.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, test } from 'node:test';
import { openBrowser } from './harness.mjs';
import { SEED, assertClean, openPage, tableRows, waitForAnalysis } from './page-helpers.mjs';

const WAIT = { timeout: 30000 };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const open = [];
after(() => Promise.all(open.map((b) => b.close())));

async function browserIn(locale) {
  const b = await openBrowser({ locale, viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  open.push(b);
  return b;
}

/** Put text in the box and wait for its analysis to be drawn. */
async function analyse(page, text) {
  await page.locator('#input').fill(text);
  await waitForAnalysis(page, 15000);
  await page.waitForFunction(() => performance.getEntriesByName('figlens-render').length > 0, null, WAIT);
}

// Words a Chinese interface may keep in Latin letters: names, formats and symbols.
const LATIN_OK = new Set(['figlens', 'JSON', 'CSV', 'TSV', 'HTML', 'SVG', 'PNG', 'UTF', 'BOM', 'WebAssembly', 'Web', 'Worker', 'txt', 'html', 'KB', 'MB',
  'Enter', 'Latin', 'GBK', 'FFFD', 'fig', 'lens']);
const englishWords = (text) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !LATIN_OK.has(w));

// A Taiwanese-style article (Traditional, CNY amounts named as 億元 by the mainland's convention
// here does not matter: no HKD), with a dated byline, year-less dates, bounds and changes.
const ZH_TEXT = [
  '城南區公布前三季經濟數據',
  '2024-10-20 10:15 來源：城南日報',
  '',
  '城南區10月14日公布，前三季地區生產總值達729.91億元，出口增長8%，進口下降3%。超過200人參與調查，近200家企業受惠，不到5%的住戶未達標。',
  '新建社區面積638.4平方米，65歲以上長者佔三成，展期為11月。',
].join('\n');
const EN_TEXT = [
  'Harbour city posts third-quarter figures',
  'October 20, 2024',
  '',
  'Exports rose 8% in the quarter while imports fell 3%, and nearly 200 firms took part in the survey of more than 1,200 people.',
].join('\n');

test('the browser\'s language picks the interface language; the reader\'s pick is remembered across a reload', async () => {
  for (const [locale, lang, heading] of [['zh-TW', 'zh-Hant', '文章'], ['zh-CN', 'zh-Hans', '文章'], ['en-US', 'en', 'Article']]) {
    const b = await browserIn(locale);
    const page = await openPage(b);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, locale);
    assert.equal(await page.locator('#ui-language').inputValue(), lang, locale);
    assert.equal(await page.locator('#input-title').textContent(), heading, locale);
    if (locale !== 'zh-TW') {
      await b.close();
      open.splice(open.indexOf(b), 1);
      continue;
    }
    // Pick Simplified: the page switches at once, and after a reload it still reads Simplified.
    await analyse(page, SEED);
    const started = await page.evaluate(() => performance.getEntriesByName('figlens-start')[0].startTime);
    assert.match(await page.locator('#status').textContent(), /個數字/);
    await page.selectOption('#ui-language', 'zh-Hans');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
    await page.locator('#status', { hasText: '个数字' }).waitFor(WAIT);
    assert.equal(await page.locator('#figures thead th[data-key="value"]').textContent(), '数值');
    assert.equal(await page.locator('#analyse').textContent(), '分析');
    assert.equal(await page.locator('#input').getAttribute('placeholder'), '在此粘贴或输入一篇新闻，或拖放 .txt 或 .html 文件…');
    // Switching redraws the shown analysis without analysing again.
    await page.waitForFunction(() => [...document.querySelectorAll('#figures td.kind')].some((td) => td.textContent === '金额'), null, WAIT);
    assert.equal(await page.evaluate(() => performance.getEntriesByName('figlens-start')[0].startTime), started, 'no new analysis');
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor(WAIT);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans', 'the pick outlasts a reload');
    assert.equal(await page.locator('#ui-language').inputValue(), 'zh-Hans');
    assert.equal(await page.locator('#load-sample').textContent(), '加载示例');
    await assertClean(b);
  }
});

test('every string has all three languages, and a Chinese interface shows no English', async () => {
  const b = await browserIn('zh-TW');
  const page = await openPage(b);
  // Every registered row, in each language (the module the page uses: the same registry).
  const rows = await page.evaluate(async () => {
    const i18n = await import('./i18n.js');
    const out = [];
    for (const lang of i18n.UI_LANGUAGES) {
      i18n.setUiLanguage(lang);
      for (const key of i18n.keys()) out.push({ key, lang, text: i18n.t(key) });
    }
    i18n.setUiLanguage('zh-Hant');
    return out;
  });
  const keys = new Set(rows.map((r) => r.key));
  assert.ok(keys.size > 150, `${keys.size} keys`);
  for (const r of rows) {
    assert.ok(r.text.trim() !== '' || r.key === 'facts.asHtml', `${r.key} (${r.lang}) is not empty`);
    if (r.lang === 'en') continue;
    assert.deepEqual(englishWords(r.text.replace(/\{\w+\}/g, '')), [], `${r.key} (${r.lang}): ${r.text}`);
    // The same placeholders as the English row: no value goes missing in translation.
    const names = (text) => (text.match(/\{\w+\}/g) ?? []).sort();
    assert.deepEqual(names(r.text), names(rows.find((e) => e.key === r.key && e.lang === 'en').text), `${r.key} (${r.lang}) placeholders`);
  }
  for (const lang of ['zh-Hant', 'zh-Hans']) {
    await page.selectOption('#ui-language', lang);
    await analyse(page, lang === 'zh-Hant' ? ZH_TEXT : `${ZH_TEXT}\n`);
    // Open a figure's sentence and its tooltip, so their words are on show too.
    await page.locator('#figures .sentence-toggle').first().click();
    await page.locator('#article button.fig').first().focus();
    await page.locator('#fig-tip').waitFor({ state: 'visible' });
    const shown = await page.evaluate(() => {
      const parts = [];
      // Everything visible except the article's own text (the input, the reading view's blocks, the
      // table's article-derived cells), the JSON and the chart (its words are the chart's own).
      const skip = '#input, #input-view, #json, .chart-item-label, .block, .article-title, .meta-line dd, th.text, td.period, td.metric, tr.sentence-row, .tip-title, #fig-tip dd';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (el.closest(skip) || !el.checkVisibility()) continue;
        parts.push(n.textContent);
      }
      for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
        if (el.closest(skip)) continue;
        for (const a of ['aria-label', 'title', 'placeholder']) if (el.hasAttribute(a)) parts.push(el.getAttribute(a));
      }
      parts.push(document.title);
      return parts.join(' ');
    });
    assert.deepEqual(englishWords(shown), [], `${lang}: no English words on the page`);
    await page.mouse.click(5, 5);
    // axe-core, as in page-a11y.test.mjs: no serious or critical violation in a Chinese interface either.
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`));
    assert.deepEqual(violations, [], `${lang}: axe`);
  }
  await assertClean(b);
});

test('units, dates and bounds read in the interface language; values as written on request', async () => {
  const b = await browserIn('en-US');
  const page = await openPage(b);
  await analyse(page, ZH_TEXT);
  const value = async (text) => (await tableRows(page)).find((r) => r.text === text)?.value;
  const expected = {
    en: {
      '729.91億元': '72,991,000,000 CNY', '638.4平方米': '638.4 m²', '65歲以上': '≥ 65 years old', '超過200人': '> 200 people',
      '近200家': 'nearly 200', '不到5%': '< 5%', '10月14日': '14 Oct [2024] (year inferred from the article’s date)', '11月': 'November [2024] (year inferred from the article’s date)',
    },
    'zh-Hant': {
      '729.91億元': '72,991,000,000元人民幣', '638.4平方米': '638.4平方米', '65歲以上': '≥ 65歲', '超過200人': '> 200人',
      '近200家': '近200', '不到5%': '< 5%', '10月14日': '[2024年]10月14日（年份由文章日期推斷）', '11月': '[2024年]11月（年份由文章日期推斷）',
    },
    'zh-Hans': {
      '729.91億元': '72,991,000,000元人民币', '638.4平方米': '638.4平方米', '65歲以上': '≥ 65岁', '超過200人': '> 200人',
      '近200家': '近200', '不到5%': '< 5%', '10月14日': '[2024年]10月14日（年份由文章日期推断）', '11月': '[2024年]11月（年份由文章日期推断）',
    },
  };
  for (const lang of ['en', 'zh-Hant', 'zh-Hans']) {
    await page.selectOption('#ui-language', lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.waitForFunction(() => document.querySelectorAll('#figures tbody tr[data-fig]').length > 5);
    for (const [text, want] of Object.entries(expected[lang])) assert.equal(await value(text), want, `${text}, ${lang}`);
  }
  // The inferred year is marked for the eye too (its own element, with a title), and the date as stated stays in the JSON.
  const marked = await page.locator('#figures tbody tr[data-fig]', { hasText: '10月14日' }).locator('td.value .inferred');
  assert.equal(await marked.textContent(), '[2024年]');
  assert.equal(await marked.getAttribute('title'), '年份由文章日期推断');
  const json = JSON.parse(await page.evaluate(async () => {
    document.getElementById('json-details').open = true;
    await new Promise((r) => setTimeout(r, 50));
    return document.getElementById('json').textContent;
  }));
  assert.equal(json.figures.find((f) => f.text === '10月14日').iso, '--10-14');
  // The figure as written, in the article's own units, at the flip of a switch (and back).
  await page.selectOption('#ui-language', 'en');
  await page.locator('#as-written').check();
  assert.equal(await value('729.91億元'), '729.91億元');
  await page.locator('#as-written').uncheck();
  assert.equal(await value('729.91億元'), '72,991,000,000 CNY');
  // The tooltip has both.
  await page.locator('#article button.fig', { hasText: '729.91億元' }).focus();
  const tip = await page.locator('#fig-tip').innerText();
  assert.match(tip, /Value\s+72,991,000,000 CNY/);
  assert.match(tip, /As written\s+729\.91億元/);
  await assertClean(b);
});

/** The colour of the first ▲ and ▼ in the table, as [r, g, b]. */
async function tableColours(page) {
  return page.evaluate(() => {
    const rgb = (el) => getComputedStyle(el).color.match(/\d+/g).slice(0, 3).map(Number);
    return { up: rgb(document.querySelector('#figures td.change .up')), down: rgb(document.querySelector('#figures td.change .down')) };
  });
}
/** The chart's bars of a rise and of a fall, as drawn (fill colours). */
async function chartColours(page) {
  return page.evaluate(() => {
    const rgb = (el) => getComputedStyle(el).fill.match(/\d+/g).slice(0, 3).map(Number);
    return { up: rgb(document.querySelector('#chart svg .rise rect')), down: rgb(document.querySelector('#chart svg .fall rect')) };
  });
}
const isRed = ([r, g]) => r > g + 60;
const isGreen = ([r, g]) => g > r + 60;

test('rise and fall colours follow the article\'s readers, with words, and the reader\'s override is remembered', async () => {
  const b = await browserIn('en-US');
  const page = await openPage(b);
  // Chinese text: red up, green down, even in an English interface.
  await analyse(page, ZH_TEXT);
  let c = await tableColours(page);
  assert.ok(isRed(c.up) && isGreen(c.down), `Chinese text: ${JSON.stringify(c)}`);
  c = await chartColours(page);
  assert.ok(isRed(c.up) && isGreen(c.down), `the chart agrees with the table: ${JSON.stringify(c)}`);
  const changes = (await tableRows(page)).filter((r) => r.change).map((r) => r.change);
  assert.ok(changes.includes('▲ up') && changes.includes('▼ down'), `arrows and words: ${changes}`);
  // English text: green up.
  await analyse(page, EN_TEXT);
  c = await tableColours(page);
  assert.ok(isGreen(c.up) && isRed(c.down), `English text: ${JSON.stringify(c)}`);
  c = await chartColours(page);
  assert.ok(isGreen(c.up) && isRed(c.down), `the chart agrees with the table: ${JSON.stringify(c)}`);
  // Hong Kong text (amounts in HKD): green up.
  await analyse(page, '港府公布首季零售數據\n2024-05-02 來源：港島日報\n\n政府統計處今日公布，首季零售業總銷貨價值為1,020億港元，按年增長6%，其中珠寶首飾銷貨下跌12%。');
  c = await tableColours(page);
  assert.ok(isGreen(c.up) && isRed(c.down), `Hong Kong text: ${JSON.stringify(c)}`);
  // The reader's pick wins, and outlasts a reload.
  await page.selectOption('#rise-colours', 'red-up');
  c = await tableColours(page);
  assert.ok(isRed(c.up) && isGreen(c.down), `override: ${JSON.stringify(c)}`);
  await page.reload();
  await page.locator('body[data-ready="true"]').waitFor(WAIT);
  assert.equal(await page.locator('#rise-colours').inputValue(), 'red-up');
  await analyse(page, EN_TEXT);
  c = await tableColours(page);
  assert.ok(isRed(c.up) && isGreen(c.down), `override after a reload: ${JSON.stringify(c)}`);
  await page.selectOption('#rise-colours', 'auto');
  c = await tableColours(page);
  assert.ok(isGreen(c.up), 'back to the article\'s convention');
  await assertClean(b);
});

test('the widget: units, bounds and inferred years in its language; rise colours as the page', async () => {
  const b = await browserIn('en-US');
  const { page } = b;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${b.url}/tests/browser/widget/values.html`);
  await page.waitForFunction(() => window.__results.length >= 4, null, WAIT);
  await page.waitForFunction(() => [...document.querySelectorAll('fig-lens')].every((w) => w.shadowRoot.querySelectorAll('.row').length > 0), null, WAIT);
  const widget = (id) => page.evaluate((wid) => {
    const s = document.getElementById(wid).shadowRoot;
    const rgb = (el) => (el ? getComputedStyle(el).color.match(/\d+/g).slice(0, 3).map(Number) : null);
    return {
      values: [...s.querySelectorAll('.row .value')].map((v) => v.textContent),
      up: rgb(s.querySelector('.arrow.increase')),
      down: rgb(s.querySelector('.arrow.decrease')),
      words: [...s.querySelectorAll('.arrow .vh')].map((v) => v.textContent),
    };
  }, id);
  const mainland = await widget('w-mainland');
  for (const v of ['72,991,000,000元人民币', '> 200人', '638.4平方米', '[2024年]10月14日（年份由文章日期推断）']) assert.ok(mainland.values.includes(v), `mainland widget shows ${v}: ${mainland.values}`);
  assert.ok(isRed(mainland.up) && isGreen(mainland.down), `mainland: red up ${JSON.stringify(mainland)}`);
  assert.deepEqual(mainland.words, ['增加', '减少'], 'words with the arrows');
  const english = await widget('w-english');
  assert.ok(english.values.includes('nearly 200'), `english: ${english.values}`);
  assert.ok(isGreen(english.up) && isRed(english.down), 'English: green up');
  const hk = await widget('w-hongkong');
  assert.ok(hk.values.includes('102,000,000,000港元'), `hong kong: ${hk.values}`);
  assert.ok(isGreen(hk.up) && isRed(hk.down), 'Hong Kong (HKD): green up');
  const forced = await widget('w-forced');
  assert.ok(isGreen(forced.up) && isRed(forced.down), 'rise="green-up" overrides');
  await assertClean(b);
});
