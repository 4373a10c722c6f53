// <fig-lens> (js/widget.js) in headless Chromium, on host pages under a strict
// CSP (tests/browser/widget/*.html). Waits are on events and state, never on
// fixed sleeps, except the short pauses that check that something did NOT happen.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { artifact, openBrowser } from './harness.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WAIT = { timeout: 30000 };
const DEBOUNCE_PLUS = 900; // the widget's debounce is 300 ms
let browser;
let page;

before(async () => {
  browser = await openBrowser({ viewport: { width: 1100, height: 700 } });
  page = browser.page;
  const types = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm' };
  const serve = (route, file) => route.fulfill({ status: 200, contentType: types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream', body: readFileSync(join(root, file)) });
  // The package served from another path than the page: /vendor/figlens/{js,pkg}/… → the repository's js/ and pkg/.
  await browser.context.route(/\/vendor\/figlens\/(js|pkg)\//, (route) => {
    const rel = new URL(route.request().url()).pathname.replace('/vendor/figlens/', '');
    serve(route, rel);
  });
  // Somewhere else entirely for the wasm alone.
  await browser.context.route(/\/cdn\/(engine|static)\/figlens\.wasm$/, (route) => serve(route, 'pkg/web/figlens_bg.wasm'));
});

after(() => browser?.close());

beforeEach(async () => {
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
});

async function open(name) {
  browser.requests.length = 0;
  browser.problems.length = 0;
  await page.goto(`${browser.url}/tests/browser/widget/${name}`);
}

/** Wait until `n` figlens-result events have reached the document. */
function results(n) {
  return page.waitForFunction((k) => window.__results.length >= k, n, WAIT).then(() => page.evaluate(() => window.__results));
}

function requested(pattern) {
  return browser.requests.filter((u) => pattern.test(new URL(u).pathname));
}

async function noProblems() {
  assert.deepEqual(await browser.cspViolations(), [], 'no CSP violation');
  assert.deepEqual(browser.problems, [], 'no page error or console error');
  assert.deepEqual(browser.external(), [], 'nothing leaves the test server');
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Click the row of the figure whose text is `text` in the first widget. */
async function clickFigure(text, selector = 'fig-lens') {
  const index = await page.evaluate(([sel, t]) => {
    const w = document.querySelector(sel);
    w.max = 0; // every row, wherever the figure falls in the list
    return w.analysis.figures.findIndex((f) => f.text === t);
  }, [selector, text]);
  assert.ok(index >= 0, `${text} is a figure`);
  await page.locator(`${selector} button.row[data-index="${index}"]`).click();
  return index;
}

const highlighted = () => page.evaluate(() => {
  const h = CSS.highlights.get('figlens');
  return h ? [...h].map((r) => r.toString()) : [];
});

test('for=: the HTML of the host article, figlens-result with the analysis, the panel of body figures', async () => {
  await open('host.html');
  const [r] = await results(1);
  assert.equal(r.tag, 'fig-lens');
  assert.equal(r.version, 1);
  assert.equal(r.language, 'zh-Hant');
  for (const t of ['182.36億元', '64.5億元', '1.29萬人', '1.8萬元', '2.1%']) assert.ok(r.figures.includes(t), `${t} in ${r.figures}`);
  for (const kind of r.blockKinds) assert.ok(['title', 'heading', 'paragraph'].includes(kind), `body figures only, got one in a ${kind} block`);

  const got = await page.evaluate(() => {
    const w = document.querySelector('fig-lens');
    const s = w.shadowRoot;
    return {
      sameSource: w.source === document.getElementById('story').innerHTML,
      figures: w.analysis.figures.length,
      title: s.querySelector('.title').textContent,
      count: s.querySelector('.count').textContent,
      rows: [...s.querySelectorAll('.row')].map((row) => ({ text: row.textContent, tag: row.localName, kind: row.dataset.kind })),
      more: s.querySelector('.more').hidden ? null : s.querySelector('.more').textContent,
      tags: [...new Set([...s.querySelectorAll('*')].map((e) => e.localName))].sort(),
      styleElements: s.querySelectorAll('style').length,
      sheets: s.adoptedStyleSheets.length,
    };
  });
  assert.ok(got.sameSource, 'the source is the article\'s innerHTML, so figure offsets index it');
  assert.equal(got.title, '本文數字', 'labels follow the article\'s language');
  assert.equal(got.count, String(got.figures));
  assert.equal(got.rows.length, Math.min(10, got.figures));
  assert.equal(got.more, got.figures > 10 ? `顯示全部 ${got.figures} 項` : null);
  assert.ok(got.rows.every((row) => row.tag === 'button'), 'rows are buttons');
  const gdp = got.rows.find((row) => row.text.includes('182.36億元'));
  assert.ok(gdp && gdp.text.includes('18,236,000,000元人民幣') && gdp.kind === 'money', JSON.stringify(gdp));
  const growth = got.rows.find((row) => row.text.includes('▲') && row.text.includes('8.1%'));
  assert.ok(growth, 'an increase shows ▲');
  assert.ok(got.rows.some((row) => row.text.includes('▼')), 'a decrease shows ▼');
  assert.deepEqual(got.tags, ['button', 'details', 'div', 'li', 'ol', 'p', 'span', 'summary'], 'only the widget\'s own elements');
  assert.equal(got.styleElements, 0);
  assert.equal(got.sheets, 1, 'one constructable stylesheet');
  await page.screenshot({ path: artifact('widget-host.png') });
  await noProblems();
});

test('strict CSP: the host page\'s policy is in force, and the widget needs nothing it forbids', async () => {
  await open('host.html');
  await results(1);
  await noProblems();
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  assert.match(csp, /style-src 'self'/);
  // The policy does block what a widget must not use: an inline <style>.
  const blocked = await page.evaluate(async () => {
    const style = document.createElement('style');
    style.textContent = 'body { color: rgb(1, 2, 3); }';
    document.head.append(style);
    await new Promise((r) => setTimeout(r, 50));
    const color = getComputedStyle(document.body).color;
    style.remove();
    return { color, violations: window.__cspViolations.length };
  });
  assert.notEqual(blocked.color, 'rgb(1, 2, 3)');
  assert.ok(blocked.violations >= 1);
});

test('clicking a row scrolls to the figure and highlights it (CSS Custom Highlight API) without touching the host DOM', async () => {
  await open('host.html');
  await results(1);
  // Push the article below the fold (CSSOM, which the CSP allows).
  const original = await page.evaluate(() => {
    document.getElementById('story').style.marginTop = '1600px';
    return document.getElementById('story').innerHTML;
  });

  await clickFigure('182.36億元');
  assert.deepEqual(await highlighted(), ['182.36億元']);
  const state = await page.evaluate(() => {
    const range = [...CSS.highlights.get('figlens')][0];
    const rect = range.getBoundingClientRect();
    const pressed = [...document.querySelector('fig-lens').shadowRoot.querySelectorAll('.row[aria-pressed="true"]')].map((r) => r.textContent);
    return { top: rect.top, bottom: rect.bottom, height: innerHeight, scrollY, sheets: document.adoptedStyleSheets.length, pressed };
  });
  assert.ok(state.scrollY > 1000, `the page scrolled (scrollY ${state.scrollY})`);
  assert.ok(state.top >= 0 && state.bottom <= state.height, `the figure is in view: ${state.top}–${state.bottom} of ${state.height}`);
  assert.equal(state.sheets, 1, 'the highlight style is on the document while a figure is highlighted');
  assert.equal(state.pressed.length, 1);
  assert.ok(state.pressed[0].includes('182.36億元'));

  await clickFigure('64.5億元'); // spans <a>64.5</a>億元
  assert.deepEqual(await highlighted(), ['64.5億元']);
  await clickFigure('1.8萬元'); // after an &nbsp; in the source
  assert.deepEqual(await highlighted(), ['1.8萬元']);
  assert.equal(await page.evaluate(() => document.getElementById('story').innerHTML), original, 'the host DOM is untouched');

  await clickFigure('1.8萬元'); // again: off
  assert.deepEqual(await highlighted(), []);
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0);

  await clickFigure('1.29萬人');
  assert.deepEqual(await highlighted(), ['1.29萬人']);
  await page.keyboard.press('Escape');
  assert.deepEqual(await highlighted(), []);
  assert.equal(await page.evaluate(() => window.__results.length), 1, 'highlighting does not re-analyze');
  await noProblems();
});

test('highlight="mark": <mark> on text nodes only; host handlers keep working; no re-analysis from its own marks; removal restores the host DOM', async () => {
  await open('host.html');
  await results(1);
  const original = await page.evaluate(() => {
    const gdp = document.getElementById('gdp');
    window.__gdpText = gdp.firstChild;
    window.__linkText = document.getElementById('link').firstChild;
    document.querySelector('fig-lens').setAttribute('highlight', 'mark');
    return document.getElementById('story').innerHTML;
  });
  const marks = () => page.evaluate(() => [...document.querySelectorAll('#story mark[data-figlens]')].map((m) => [m.parentElement.id || m.parentElement.localName, m.textContent]));

  await clickFigure('64.5億元');
  assert.deepEqual(await marks(), [['link', '64.5'], ['p', '億元']], 'a figure across an element boundary gets one mark per text node');
  await clickFigure('182.36億元');
  assert.deepEqual(await marks(), [['gdp', '182.36億元']], 'the previous marks are gone');
  assert.equal(await page.evaluate(() => document.querySelector('#link').innerHTML), '64.5');

  await page.locator('#gdp mark').click();
  assert.equal(await page.evaluate(() => window.__clicks), 1, 'the host\'s click handler still fires through the mark');
  const mid = await page.evaluate(() => window.__results.length);
  await pause(DEBOUNCE_PLUS);
  assert.equal(await page.evaluate(() => window.__results.length), mid, 'its own marks do not trigger a re-analysis');

  const restored = await page.evaluate(() => {
    document.querySelector('fig-lens').remove();
    const gdp = document.getElementById('gdp');
    gdp.click();
    return {
      html: document.getElementById('story').innerHTML,
      sameGdpNode: gdp.firstChild === window.__gdpText && gdp.childNodes.length === 1,
      sameLinkNode: document.getElementById('link').firstChild === window.__linkText,
      clicks: window.__clicks,
      sheets: document.adoptedStyleSheets.length,
      textNodes: document.getElementById('story').querySelectorAll('p')[1].childNodes.length,
    };
  });
  assert.equal(restored.html, original);
  assert.ok(restored.sameGdpNode, 'the same text node, whole again');
  assert.ok(restored.sameLinkNode);
  assert.equal(restored.clicks, 2);
  assert.equal(restored.sheets, 0);
  await noProblems();
});

test('re-analysis: after the host article changes (debounced), after a text edit, after for= changes', async () => {
  await open('host.html');
  await results(1);
  const figuresNow = () => page.evaluate(() => document.querySelector('fig-lens').analysis.figures.map((f) => f.text));

  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '全年新增投資3.5億元。';
    document.getElementById('story').append(p);
  });
  let all = await results(2);
  assert.ok(all[1].figures.includes('3.5億元'), all[1].figures.join(' '));
  assert.ok(await page.evaluate(() => document.querySelector('fig-lens').source === document.getElementById('story').innerHTML));

  // A burst of changes is one analysis.
  await page.evaluate(() => {
    for (let i = 1; i <= 5; i++) {
      const p = document.createElement('p');
      p.textContent = `第${i}批項目投資${i}0億元。`;
      document.getElementById('story').append(p);
    }
  });
  all = await results(3);
  await pause(DEBOUNCE_PLUS);
  assert.equal((await page.evaluate(() => window.__results)).length, 3, 'five quick changes, one re-analysis');
  assert.ok(all[2].figures.includes('50億元'));

  await page.evaluate(() => {
    document.getElementById('gdp').firstChild.data = '200.5億元';
  });
  all = await results(4);
  assert.ok(all[3].figures.includes('200.5億元'));
  assert.ok(!all[3].figures.includes('182.36億元'));
  // The row of a changed figure highlights the new text.
  await clickFigure('200.5億元');
  assert.deepEqual(await highlighted(), ['200.5億元']);

  await page.evaluate(() => {
    const other = document.createElement('section');
    other.id = 'other';
    other.innerHTML = '<p>出口增長7.5%。</p>';
    document.body.append(other);
    document.querySelector('fig-lens').setAttribute('for', 'other');
  });
  all = await results(5);
  assert.deepEqual(all[4].figures, ['7.5%']);
  assert.deepEqual(await highlighted(), [], 'a new source drops the old highlight');
  assert.deepEqual(await figuresNow(), ['7.5%']);

  await page.evaluate(() => document.querySelector('fig-lens').setAttribute('for', 'nowhere'));
  assert.match(await page.locator('fig-lens .status').textContent(), /nowhere/);
  await page.evaluate(() => {
    const late = document.createElement('div');
    late.id = 'nowhere';
    late.textContent = '利潤下降4%。';
    document.body.append(late);
  });
  all = await results(6);
  assert.deepEqual(all[5].figures, ['4%'], 'an element that appears later is picked up');
  await noProblems();
});

test('attributes: lang, kinds, max (show all), the kind filter, theme, collapsed', async () => {
  await open('host.html');
  await results(1);
  const w = page.locator('fig-lens');
  const title = () => w.locator('.title').textContent();
  const rows = () => page.evaluate(() => [...document.querySelector('fig-lens').shadowRoot.querySelectorAll('.row')].map((r) => r.dataset.kind));
  const total = await page.evaluate(() => document.querySelector('fig-lens').analysis.figures.length);

  assert.equal(await title(), '本文數字');
  await page.evaluate(() => document.querySelector('fig-lens').setAttribute('lang', 'en'));
  assert.equal(await title(), 'Figures in this article');
  assert.ok((await w.locator('.row').first().textContent()).length > 0);
  await page.evaluate(() => document.querySelector('fig-lens').setAttribute('lang', 'zh-Hans'));
  assert.equal(await title(), '本文数字');

  await page.evaluate(() => document.querySelector('fig-lens').setAttribute('kinds', 'money percent'));
  const kinds = await rows();
  assert.ok(kinds.length > 0 && kinds.every((k) => k === 'money' || k === 'percent'), kinds.join(' '));
  const counted = await page.evaluate(() => document.querySelector('fig-lens').figures.length);
  assert.equal(await w.locator('.count').textContent(), String(counted));

  await page.evaluate(() => document.querySelector('fig-lens').setAttribute('max', '3'));
  assert.equal((await rows()).length, 3);
  assert.equal(await w.locator('.more').textContent(), `显示全部 ${counted} 项`);
  await w.locator('.more').click();
  assert.equal((await rows()).length, counted);
  assert.equal(await w.locator('.more').textContent(), '收起');

  await w.locator('.chip[data-kind="money"]').click();
  assert.ok((await rows()).every((k) => k === 'money'));
  assert.equal(await w.locator('.chip[data-kind="money"]').getAttribute('aria-pressed'), 'true');
  await w.locator('.chip[data-kind=""]').click();
  await page.evaluate(() => {
    const el = document.querySelector('fig-lens');
    el.removeAttribute('kinds');
    el.max = 0;
  });
  assert.equal((await rows()).length, total, 'max 0 lists every row');

  const background = () => page.evaluate(() => getComputedStyle(document.querySelector('fig-lens').shadowRoot.querySelector('.panel')).backgroundColor);
  assert.equal(await background(), 'rgb(255, 255, 255)');
  await page.evaluate(() => document.querySelector('fig-lens').setAttribute('theme', 'dark'));
  assert.equal(await background(), 'rgb(27, 31, 36)');
  await page.evaluate(() => document.querySelector('fig-lens').setAttribute('theme', 'auto'));
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await background(), 'rgb(255, 255, 255)', 'auto follows the white page behind it, not a dark system');
  await page.evaluate(() => document.querySelector('fig-lens').setAttribute('theme', 'light'));
  assert.equal(await background(), 'rgb(255, 255, 255)');

  await page.evaluate(() => document.querySelector('fig-lens').setAttribute('collapsed', ''));
  assert.equal(await page.evaluate(() => document.querySelector('fig-lens').shadowRoot.querySelector('details').open), false);
  await w.locator('summary').click();
  assert.equal(await page.evaluate(() => document.querySelector('fig-lens').shadowRoot.querySelector('details').open), true);
  await noProblems();
});

test('several widgets share one worker and one download of the wasm: for=, inline text, the text property, a textarea', async () => {
  await open('many.html');
  await page.waitForFunction(() => [...document.querySelectorAll('fig-lens')].every((w) => w.analysis), null, WAIT);
  assert.equal(requested(/\.wasm$/).length, 1, requested(/\.wasm$/).join(', '));
  assert.equal(requested(/^\/js\/widget\/worker\.js$/).length, 1, 'one worker');
  // The page compiles the wasm (a download it shares with `import 'figlens'`),
  // the worker runs it: the engine's JS loads once in each.
  assert.equal(requested(/^\/js\/web\.js$/).length, 2);
  assert.equal(requested(/^\/pkg\/web\/figlens\.js$/).length, 2);

  const got = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('fig-lens')].map((w) => [w.id, {
    figures: w.analysis.figures.map((f) => f.text),
    rowTags: [...w.shadowRoot.querySelectorAll('.row')].map((r) => r.localName),
    title: w.shadowRoot.querySelector('.title').textContent,
  }])));
  assert.ok(got['by-for'].figures.includes('182.36億元'));
  assert.ok(got.inline.figures.includes('12.5%'), got.inline.figures.join(' '));
  assert.equal(got.inline.title, 'Figures in this article');
  assert.ok(got.inline.rowTags.every((t) => t === 'div'), 'its own text: nothing on the page to scroll to');
  assert.ok(got['by-prop'].figures.includes('3.2億元'), 'a text set before the element was defined is used');
  assert.ok(got['by-field'].figures.includes('7.5%'));

  // A textarea: clicking a row selects the figure in it; typing re-analyzes.
  const index = await clickFigure('2,300億元', '#by-field');
  const selection = await page.evaluate((i) => {
    const t = document.getElementById('draft');
    const f = document.getElementById('by-field').analysis.figures[i];
    return [t.selectionStart === f.start, t.selectionEnd === f.end, t.value.slice(t.selectionStart, t.selectionEnd)];
  }, index);
  assert.deepEqual(selection, [true, true, '2,300億元']);
  const before = (await page.evaluate(() => window.__results)).length;
  await page.locator('#draft').fill('進口下降3%。');
  await results(before + 1);
  assert.deepEqual(await page.evaluate(() => document.getElementById('by-field').analysis.figures.map((f) => f.text)), ['3%']);

  // The text property, set again from JS.
  await page.evaluate(() => {
    document.getElementById('by-prop').text = '營收增長20%';
  });
  await page.waitForFunction(() => document.getElementById('by-prop').analysis.figures[0]?.text === '20%', null, WAIT);
  assert.equal(requested(/\.wasm$/).length, 1, 'still one load');
  assert.equal(requested(/^\/js\/widget\/worker\.js$/).length, 1, 'still one worker');
  await noProblems();
});

test('nothing loads before a widget connects; loading="lazy" waits until it is visible', async () => {
  await open('bare.html');
  await page.waitForFunction(() => customElements.get('fig-lens') !== undefined, null, WAIT);
  await page.evaluate(() => {
    const w = document.createElement('fig-lens');
    w.setAttribute('for', 'story');
    window.__pending = w; // created, not connected
  });
  await pause(500);
  assert.equal(requested(/^\/js\/widget\.js$/).length, 1);
  assert.deepEqual(requested(/^\/(js\/web\.js|pkg\/)/), [], 'no engine file before a widget connects');

  await page.evaluate(() => document.querySelector('aside').append(window.__pending));
  await results(1);
  assert.equal(requested(/\.wasm$/).length, 1);

  await open('bare.html');
  await page.waitForFunction(() => customElements.get('fig-lens') !== undefined, null, WAIT);
  await page.evaluate(() => {
    const spacer = document.createElement('div');
    spacer.style.height = '4000px';
    const w = document.createElement('fig-lens');
    w.setAttribute('for', 'story');
    w.setAttribute('loading', 'lazy');
    w.setAttribute('lang', 'en');
    document.body.append(spacer, w);
  });
  await pause(500);
  assert.deepEqual(requested(/^\/(js\/web\.js|pkg\/)/), [], 'a lazy widget out of view loads nothing');
  assert.match(await page.locator('fig-lens .status').textContent(), /visible/);
  await page.locator('fig-lens').scrollIntoViewIfNeeded();
  await results(1);
  assert.equal(requested(/\.wasm$/).length, 1);
  await noProblems();
});

test('the package served from another path; the wasm URL overridden by wasm-url and by FigLensElement.wasmUrl; a failed load is reported and retried', async () => {
  await open('elsewhere.html');
  await results(1);
  assert.deepEqual(requested(/\.wasm$/).map((u) => new URL(u).pathname), ['/vendor/figlens/pkg/web/figlens_bg.wasm'], 'the wasm resolves relative to the module');
  assert.deepEqual(requested(/^\/(js|pkg)\//), [], 'nothing from the default path');

  await open('override.html');
  await results(1);
  assert.deepEqual(requested(/\.wasm$/).map((u) => new URL(u).pathname), ['/cdn/engine/figlens.wasm']);

  await open('static.html');
  await results(1);
  assert.deepEqual(requested(/\.wasm$/).map((u) => new URL(u).pathname), ['/cdn/static/figlens.wasm']);
  await noProblems();

  await open('bare.html');
  await page.waitForFunction(() => customElements.get('fig-lens') !== undefined, null, WAIT);
  await page.evaluate(() => {
    const w = document.createElement('fig-lens');
    w.id = 'broken';
    w.setAttribute('for', 'story');
    w.setAttribute('lang', 'en');
    w.setAttribute('wasm-url', '/cdn/missing/figlens.wasm');
    document.querySelector('aside').append(w);
  });
  await page.waitForFunction(() => window.__errors.length > 0, null, WAIT);
  assert.match(await page.locator('#broken .status').textContent(), /^Could not analyze the article: .*missing\/figlens\.wasm/);
  browser.problems.length = 0; // the deliberate 404
  await page.evaluate(() => {
    const w = document.createElement('fig-lens');
    w.setAttribute('for', 'story');
    document.querySelector('aside').append(w);
  });
  await results(1);
  await noProblems();
});

/**
 * About `bytes` of figures and nothing else, with no sentence break ("5% 5% …",
 * a figure every three characters): the kind of text that takes the engine
 * longest per byte, 2 s for 40 KB in a browser, all of it one long task when
 * it ran on the host page's main thread.
 */
function denseParagraphs(bytes) {
  const run = '5% ';
  return [run.repeat(Math.ceil(bytes / Buffer.byteLength(run)))];
}

test('a dense 40 KB article is analyzed in a worker: the host page\'s main thread keeps running', async (t) => {
  await open('bare.html');
  await page.waitForFunction(() => customElements.get('fig-lens') !== undefined, null, WAIT);
  const paragraphs = denseParagraphs(40_000);
  // First the engine (its load is not what is measured), then the article.
  await page.evaluate(async () => {
    const w = document.createElement('fig-lens');
    w.setAttribute('for', 'story');
    document.querySelector('aside').append(w);
  });
  await results(1);
  const got = await page.evaluate(async (texts) => {
    const article = document.createElement('article');
    article.id = 'dense';
    for (const text of texts) article.appendChild(document.createElement('p')).textContent = text;
    document.querySelector('main').append(article);
    // A heartbeat, and the browser's own long-task records.
    const beats = [];
    const timer = setInterval(() => beats.push(performance.now()), 10);
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => Math.round(e.duration))));
    observer.observe({ type: 'longtask' });
    const started = performance.now();
    const w = document.querySelector('fig-lens');
    const done = new Promise((resolve) => w.addEventListener('figlens-result', resolve, { once: true }));
    w.setAttribute('for', 'dense');
    const { detail } = await done;
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
    clearInterval(timer);
    observer.disconnect();
    let gap = 0;
    for (let i = 1; i < beats.length; i++) gap = Math.max(gap, beats[i] - beats[i - 1]);
    return { ms: Math.round(ms), figures: detail.figures.length, chars: texts.join('').length, beats: beats.length, gap: Math.round(gap), longTasks };
  }, paragraphs);
  t.diagnostic(`${got.chars} characters, ${got.figures} figures in ${got.ms} ms; ${got.beats} heartbeats, the longest gap ${got.gap} ms; long tasks: ${got.longTasks.join(', ') || 'none'} ms`);
  assert.ok(got.figures > 10_000, `${got.figures} figures`);
  assert.ok(got.gap < 200, `the main thread stopped for ${got.gap} ms`);
  assert.deepEqual(got.longTasks.filter((ms) => ms > 200), [], 'no long task over 200 ms');
  assert.equal(requested(/^\/js\/widget\/worker\.js$/).length, 1, 'the worker ran it');
  await noProblems();
});

test('a host whose CSP forbids workers: the widget analyzes on the main thread instead', async () => {
  await open('no-worker.html');
  const [r] = await results(1);
  assert.ok(r.figures.includes('182.36億元'), r.figures.join(' '));
  assert.equal(requested(/\.wasm$/).length, 1);
  // The browser reports the refused worker; nothing else goes wrong.
  const violations = await browser.cspViolations();
  assert.ok(violations.length >= 1 && violations.every((v) => /^worker-src/.test(v)), violations.join('\n'));
  assert.ok(browser.problems.every((p) => /worker/i.test(p)), browser.problems.join('\n'));
  assert.deepEqual(browser.external(), []);
  await clickFigure('64.5億元');
  assert.deepEqual(await highlighted(), ['64.5億元']);
});

test('isolation: host styles do not reach in, widget styles do not leak out, no globals, no global CSS', async () => {
  await open('bare.html');
  await page.waitForFunction(() => customElements.get('fig-lens') !== undefined, null, WAIT);
  const hostStyles = () => page.evaluate(() => {
    const props = ['color', 'font-size', 'font-family', 'font-style', 'line-height', 'letter-spacing', 'margin-top', 'padding-top', 'background-color', 'border-top-width', 'display', 'box-sizing'];
    const out = {};
    for (const sel of ['body', 'main', 'aside', '#story', 'h1', '.byline', '#gdp', '#link', '.n', 'i']) {
      const cs = getComputedStyle(document.querySelector(sel));
      out[sel] = props.map((p) => cs.getPropertyValue(p)).join('|');
    }
    return out;
  });
  const documentState = () => page.evaluate(() => ({
    styleElements: document.querySelectorAll('style').length,
    sheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
    globals: Object.getOwnPropertyNames(window).filter((k) => !k.startsWith('__')).sort(),
  }));
  const hostBefore = await hostStyles();
  const docBefore = await documentState();

  await page.evaluate(() => {
    const w = document.createElement('fig-lens');
    w.setAttribute('for', 'story');
    document.querySelector('aside').append(w);
  });
  await results(1);
  assert.deepEqual(await hostStyles(), hostBefore, 'the host looks the same with the widget');
  const docAfter = await documentState();
  assert.deepEqual(docAfter, docBefore, 'no style element, stylesheet or global added');

  const inside = () => page.evaluate(() => {
    const s = document.querySelector('fig-lens').shadowRoot;
    const props = ['color', 'font-size', 'font-family', 'font-style', 'line-height', 'letter-spacing', 'text-transform', 'word-spacing', 'text-align', 'margin-top', 'padding-top', 'padding-left', 'background-color', 'border-top-width', 'border-top-style', 'box-sizing', 'cursor'];
    const out = {};
    for (const sel of ['.panel', 'summary', '.title', '.chip', '.row', '.value', '.kind', '.context', 'li', 'ol']) {
      const el = s.querySelector(sel);
      if (!el) continue;
      const cs = getComputedStyle(el);
      out[sel] = props.map((p) => cs.getPropertyValue(p)).join('|');
    }
    const host = getComputedStyle(document.querySelector('fig-lens'));
    out[':host'] = ['color', 'font-size', 'font-family', 'letter-spacing', 'line-height'].map((p) => host.getPropertyValue(p)).join('|');
    return out;
  });
  const clean = await inside();
  assert.ok(Object.keys(clean).length >= 8, Object.keys(clean).join(' '));

  // Now the host gets aggressive styles (a same-origin stylesheet, as the CSP allows).
  await page.evaluate(() => new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'aggressive.css';
    link.onload = resolve;
    link.onerror = reject;
    document.head.append(link);
  }));
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), 'rgb(200, 0, 0)', 'the host styles are in force');
  assert.deepEqual(await inside(), clean, 'nothing of the host styles reaches inside the widget');
  await noProblems();
});

test('removal clears the highlight and restores the host; reconnecting shows the figures again', async () => {
  await open('host.html');
  await results(1);
  const original = await page.evaluate(() => document.getElementById('story').innerHTML);
  await clickFigure('182.36億元');
  assert.deepEqual(await highlighted(), ['182.36億元']);
  const after = await page.evaluate(() => {
    const w = document.querySelector('fig-lens');
    w.remove();
    const state = { highlight: CSS.highlights.has('figlens'), sheets: document.adoptedStyleSheets.length, html: document.getElementById('story').innerHTML };
    window.__removed = w;
    return state;
  });
  assert.deepEqual(after, { highlight: false, sheets: 0, html: original });
  // Changes while it is away are not watched…
  await page.evaluate(() => {
    document.getElementById('gdp').firstChild.data = '190億元';
  });
  await pause(DEBOUNCE_PLUS);
  assert.equal(await page.evaluate(() => window.__results.length), 1, 'a removed widget does not re-analyze');
  // …and are read when it comes back.
  await page.evaluate(() => document.querySelector('aside').append(window.__removed));
  const all = await results(2);
  assert.ok(all[1].figures.includes('190億元'));
  assert.ok(await page.locator('fig-lens .row').count() > 0);
  await noProblems();
});

test('www/embed.html: a news page with the widget, the snippet to copy, the attribute controls; axe finds nothing serious', async (t) => {
  for (const [width, scheme] of [[1280, 'light'], [360, 'dark']]) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: scheme });
    browser.requests.length = 0;
    browser.problems.length = 0;
    await page.goto(`${browser.url}/www/embed.html`);
    await page.waitForFunction(() => document.getElementById('lens').analysis != null, null, WAIT);
    assert.match(await page.locator('#event').textContent(), /^figlens-result: \d+ figures/);
    assert.ok(await page.locator('#lens button.row').count() > 0);
    const snippet = await page.locator('#snippet').textContent();
    assert.equal(snippet, `<script type="module" src="${browser.url}/js/widget.js"></script>\n<fig-lens for="story"></fig-lens>`);
    assert.equal(await page.locator('a[href="./"]').first().textContent(), '← figlens: analyze any article');
    await page.screenshot({ path: artifact(`widget-embed-${width}-${scheme}.png`), fullPage: true });

    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    });
    for (const v of violations) t.diagnostic(`axe ${width} ${scheme} ${v.impact}: ${v.id}: ${v.help} (${v.nodes.join('; ')})`);
    assert.deepEqual(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), []);
    await noProblems();
  }
  await page.setViewportSize({ width: 1100, height: 700 });

  // The controls set the widget's attributes.
  await page.locator('select[name="lang"]').selectOption('en');
  await page.locator('select[name="kinds"]').selectOption('money percent');
  assert.equal(await page.locator('#lens .title').textContent(), 'Figures in this article');
  const kinds = await page.evaluate(() => [...document.getElementById('lens').shadowRoot.querySelectorAll('.row')].map((r) => r.dataset.kind));
  assert.ok(kinds.length > 0 && kinds.every((k) => k === 'money' || k === 'percent'));
  await page.locator('select[name="theme"]').selectOption('dark');
  assert.equal(await page.locator('#lens').getAttribute('theme'), 'dark');

  // Editing the article re-analyzes it.
  await page.locator('input[name="edit"]').check();
  const before = await page.locator('#event').textContent();
  await page.evaluate(() => {
    // A paragraph added to the article's text (before its editor's credit,
    // which ends a Chinese article: what follows it is not the article's).
    const p = document.createElement('p');
    p.textContent = '另外，全區研發投入增長15.2%。';
    document.querySelector('#story .editor').before(p);
  });
  await page.waitForFunction((b) => document.getElementById('event').textContent !== b, before, WAIT);
  assert.ok(await page.evaluate(() => document.getElementById('lens').analysis.figures.some((f) => f.text === '15.2%')));
  await noProblems();
});
