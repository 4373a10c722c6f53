// XSS filter-evasion payloads (after the OWASP cheat sheet) pasted into the
// page and fed to the widget, as text and as HTML, placed where they become a
// figure's metric, a sentence, a title, a list item, an attribute: nothing may
// run (each payload sets window.__xss or opens a dialog), no element may be
// made from one, no request may leave for one, and the CSP must never have to
// step in (a violation would mean something tried).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from './harness.mjs';
import { allowClipboard, dispatchPaste, openPage, paste, waitForAnalysis } from './page-helpers.mjs';
import { PAYLOADS, article, htmlArticle } from './xss-payloads.mjs';

const WAIT = { timeout: 30000 };

let browser;
let routed = [];

before(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 900 } });
  await allowClipboard(browser);
  const origin = new URL(browser.url).origin;
  // Nothing may leave the test server: whatever tries is counted and stopped.
  await browser.context.route((url) => url.origin !== origin, (route) => {
    routed.push(route.request().url());
    route.abort();
  });
});
after(() => browser?.close());

/** Whatever a payload could have done, on this page and inside every widget's shadow root. */
async function assertNothingRan(page, where) {
  const state = await page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('fig-lens')].map((w) => w.shadowRoot)];
    // Where analysis text is drawn: the page's reading view, table, chart, JSON and tooltip; the widget's rows and status.
    const drawn = '#article, #figures, #chart, #json, #fig-tip, #facts, #status, .rows, .status, .filters';
    const never = ['iframe', 'frame', 'object', 'embed', 'base', 'video', 'audio', 'source', 'math', 'template', 'noscript', 'form', 'xss', 'mglyph', 'animate'];
    const bad = [];
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) {
          if (/^on/i.test(a.name) || /^\s*(javascript|data|vbscript):/i.test(a.value)) bad.push(`${el.localName} ${a.name}=${a.value}`);
        }
        if (never.includes(el.localName)) bad.push(el.localName);
        if ((el.localName === 'script' || el.localName === 'style' || el.localName === 'link') && el.closest('body')) bad.push(`${el.localName} in body`);
        if (el.localName === 'meta' && el.httpEquiv && !/Content-Security-Policy/i.test(el.httpEquiv)) bad.push(`meta ${el.httpEquiv}`);
        if (el.localName === 'img' && !el.closest('header')) bad.push(`img ${el.getAttribute('src')}`);
        if (el.localName === 'svg' && !el.closest('#chart')) bad.push('svg');
        if (el.closest(drawn) && ['input', 'a', 'textarea', 'select', 'img'].includes(el.localName) && el.id !== 'show-removed') bad.push(`${el.localName} among the results`);
      }
    }
    return { xss: window.__xss, bad, base: document.baseURI };
  });
  assert.equal(state.xss, undefined, `${where}: a payload ran (window.__xss = ${state.xss})`);
  assert.deepEqual(state.bad, [], `${where}: elements or attributes made from a payload`);
  assert.ok(!state.base.includes('xss.invalid'), `${where}: <base> took effect`);
  assert.deepEqual(browser.dialogs, [], `${where}: a dialog opened`);
  assert.deepEqual(routed, [], `${where}: requests tried to leave the test server`);
  assert.deepEqual(browser.external(), [], where);
  assert.deepEqual(browser.requests.filter((u) => /xss|\/x$|\/x:/.test(new URL(u).pathname)), [], `${where}: requests for a payload's URL`);
  assert.deepEqual(await browser.cspViolations(), [], `${where}: the CSP had to block something`);
  assert.deepEqual(browser.problems, [], `${where}: errors`);
}

function reset() {
  routed = [];
  browser.requests.length = 0;
  browser.problems.length = 0;
  browser.dialogs.length = 0;
}

test(`the page: ${PAYLOADS.length} payloads pasted as text show literally and run nothing`, async () => {
  reset();
  const page = await openPage(browser);
  const text = article();
  await page.locator('#input').fill(text); // typed, exactly these characters
  await waitForAnalysis(page);
  assert.equal(await page.locator('#html').isChecked(), false);
  assert.equal(await page.locator('#input').inputValue(), text);
  // What the cleaning leaves of the payloads (their scripts' text) are metrics, shown as text in the table.
  const metrics = await page.locator('#figures tbody tr[data-fig] td:nth-child(8)').allTextContents();
  assert.ok(metrics.some((m) => /window\.__xss=|alert\(/.test(m)), `a payload is a metric: ${metrics.slice(0, 5).join(' | ')}`);
  // Everything that shows text: the reading view with the removed markup shown, tooltips, sentences, exports.
  await page.locator('#show-removed').check();
  const body = await page.locator('#article').innerText();
  for (const p of [PAYLOADS[11], PAYLOADS[25], PAYLOADS[33]]) assert.ok(body.includes(p), `shown literally: ${p}`);
  for (const fig of (await page.locator('#article button.fig').all()).slice(0, 12)) await fig.hover();
  for (const toggle of (await page.locator('#figures button.sentence-toggle').all()).slice(0, 12)) await toggle.click();
  await page.locator('#json-details summary').click();
  await page.locator('#copy-tsv').click();
  await page.locator('#copy-json').click();
  // The chart of every amount, its pick list open, the table searched and grouped: labels from the payloads' text.
  await page.locator('#chart-mode').selectOption('all');
  await page.locator('#chart-pick summary').click();
  // The list is filled when the chart redraws after the mode change: wait for it, don't sample it.
  const listed = await page.locator('#chart-pick li').first().waitFor({ timeout: 10000 }).then(() => true, () => false);
  assert.ok(listed, 'the pick lists figures');
  await page.locator('#figures thead th[data-key="value"] button').click();
  await page.locator('#table-search').fill('<');
  await page.locator('#table-search').press('Enter');
  await page.locator('#table-search').fill('');
  await page.locator('#table-search').press('Enter');
  await assertNothingRan(page, 'page, text');
  // And through the system clipboard, a trusted paste.
  await paste(browser, { text: `${text}\n最後增長1%` });
  await waitForAnalysis(page);
  await assertNothingRan(page, 'page, text, clipboard');
});

test(`the page: the payloads pasted as HTML run nothing; escaped ones show as text`, async () => {
  reset();
  const page = await openPage(browser);
  const html = htmlArticle();
  await dispatchPaste(page, { text: '營收增長12%', html });
  await waitForAnalysis(page);
  assert.equal(await page.locator('#html').isChecked(), true);
  const body = await page.locator('#article').innerText();
  assert.ok(body.includes('<iframe srcdoc="parent.__xss=12;alert(12)">'), 'an escaped payload is text, shown as text');
  for (const fig of (await page.locator('#article button.fig').all()).slice(0, 12)) await fig.click();
  for (const toggle of (await page.locator('#figures button.sentence-toggle').all()).slice(0, 12)) await toggle.click();
  await page.locator('#copy-tsv').click();
  await assertNothingRan(page, 'page, HTML');
  await paste(browser, { text: 'x', html });
  await waitForAnalysis(page);
  await assertNothingRan(page, 'page, HTML, clipboard');
  // The same HTML as a dropped file.
  await page.locator('#file').setInputFiles({ name: 'xss.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await waitForAnalysis(page);
  await assertNothingRan(page, 'page, HTML file');
});

test(`the widget: the payloads as the article's text, as its text property, in a textarea, in its attributes`, async () => {
  reset();
  const { page } = browser;
  await page.goto(`${browser.url}/tests/browser/widget/bare.html`);
  await page.waitForFunction(() => customElements.get('fig-lens') !== undefined, null, WAIT);
  const text = article();
  // Text in the host article (so its HTML holds them escaped, as a page that shows a comment would),
  // the text property, a textarea.
  await page.evaluate((t) => {
    const story = document.getElementById('story');
    for (const line of t.split('\n')) story.appendChild(document.createElement('p')).textContent = line;
    const field = document.body.appendChild(document.createElement('textarea'));
    field.id = 'field';
    field.value = t;
    const aside = document.querySelector('aside');
    for (const [id, attrs] of [['by-for', { for: 'story' }], ['by-text', {}], ['by-field', { for: 'field' }]]) {
      const w = document.createElement('fig-lens');
      w.id = id;
      w.max = 0;
      for (const [k, v] of Object.entries(attrs)) w.setAttribute(k, v);
      if (id === 'by-text') w.text = t;
      aside.append(w);
    }
  }, text);
  await page.waitForFunction(() => [...document.querySelectorAll('fig-lens')].every((w) => w.analysis), null, WAIT);
  const shown = await page.evaluate(() => document.getElementById('by-text').shadowRoot.textContent);
  assert.ok(/window\.__xss=|alert\(/.test(shown), 'what is left of a payload is a metric, shown as text');
  // Every row clicked: highlights (Highlight API, then marks) and selections in the textarea.
  for (const id of ['by-for', 'by-field', 'by-text']) {
    for (const row of (await page.locator(`#${id} .row`).all()).slice(0, 15)) await row.click();
  }
  await page.evaluate(() => document.getElementById('by-for').setAttribute('highlight', 'mark'));
  for (const row of (await page.locator('#by-for .row').all()).slice(0, 15)) await row.click();
  await assertNothingRan(page, 'widget, text');

  // As HTML: the host article itself holds only text, so the widget's own text is set to the markup.
  await page.evaluate((html) => {
    document.getElementById('by-text').text = html;
  }, htmlArticle());
  await page.waitForFunction(() => document.getElementById('by-text').source.startsWith('<html>'), null, WAIT);
  await page.waitForFunction(() => document.getElementById('by-text').analysis.figures.length > 40, null, WAIT);
  await assertNothingRan(page, 'widget, markup as text');

  // Payloads in the attributes it shows or looks up.
  await page.evaluate((payloads) => {
    const w = document.getElementById('by-for');
    w.setAttribute('for', payloads[2]);
    w.setAttribute('lang', payloads[0]);
    w.setAttribute('kinds', payloads[9]);
    w.setAttribute('max', payloads[13]);
    w.setAttribute('theme', payloads[11]);
  }, PAYLOADS);
  assert.match(await page.locator('#by-for .status').textContent(), /<img src=x onerror=/);
  await assertNothingRan(page, 'widget, attributes');
});
