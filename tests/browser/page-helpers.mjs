// Helpers shared by the page's browser tests (page*.test.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

export const SEED = readFileSync(new URL('../../www/sample.txt', import.meta.url), 'utf8');
export const NEWS_HTML = readFileSync(new URL('../fixtures/pages/news-zh-hant.html', import.meta.url), 'utf8');

/** Open the page and wait until it is ready to analyze. Returns the page. */
export async function openPage(browser, { query = '' } = {}) {
  const { page, url } = browser;
  await page.goto(`${url}/${query}`);
  assert.match(page.url(), /\/www\/(\?.*)?$/);
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 15000 });
  return page;
}

/** The page's own marks: navigation → ready, when its last file arrived, and the difference. */
export async function readyTimes(page) {
  return page.evaluate(() => {
    const ready = performance.getEntriesByName('figlens-ready')[0].startTime;
    const filesArrived = performance.getEntriesByName('figlens-files-arrived')[0].startTime;
    return { ready, filesArrived, afterFiles: ready - filesArrived };
  });
}

/** Grant the async clipboard to the page's origin. */
export async function allowClipboard(browser) {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.url });
}

/**
 * Put text (and optionally HTML) on the system clipboard, as a copy on another
 * page would: written from a second page of the test server (blank.html, no
 * CSP), since Chromium parses written HTML in the writing document, and a
 * <style> in it would count against the figlens page's CSP.
 */
export async function setClipboard(browser, { text, html }) {
  if (!browser.clipboardPage) {
    browser.clipboardPage = await browser.context.newPage();
    await browser.clipboardPage.goto(`${browser.url}/tests/browser/blank.html`);
  }
  const other = browser.clipboardPage;
  await other.bringToFront();
  await other.evaluate(async ({ text, html }) => {
    const items = { 'text/plain': new Blob([text], { type: 'text/plain' }) };
    if (html !== undefined) items['text/html'] = new Blob([html], { type: 'text/html' });
    await navigator.clipboard.write([new ClipboardItem(items)]);
  }, { text, html });
  await browser.page.bringToFront();
}

/** A real paste: focus the article box, select all and press Ctrl+V (a trusted paste event). */
export async function paste(browser, clip) {
  await setClipboard(browser, clip);
  const { page } = browser;
  await page.locator('#input').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}

/**
 * A paste event whose clipboard holds exactly these strings (the system
 * clipboard may rewrite HTML on the way; this does not).
 */
export async function dispatchPaste(page, { text, html }) {
  await page.locator('#input').evaluate((input, { text, html }) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    if (html !== undefined) data.setData('text/html', html);
    input.focus();
    input.select();
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, { text, html });
}

/**
 * Wait until the page shows the analysis of what the input now holds (in the
 * text box, or held by the page: its length is body[data-input-length]), drawn.
 */
export async function waitForAnalysis(page, timeout = 10000) {
  await page.waitForFunction(() => {
    const b = document.body.dataset;
    return !b.busy && b.analysedLength !== undefined && b.analysedLength === b.inputLength;
  }, null, { timeout });
}

/** What the input pane shows: the text box's value, or the read-only view's text. */
export async function shownInput(page) {
  return page.evaluate(() => {
    const box = document.getElementById('input');
    if (!box.hidden) return { view: false, text: box.value };
    const view = document.getElementById('input-view');
    return { view: true, text: [...view.querySelectorAll('.piece')].map((p) => p.textContent).join('') };
  });
}

/** The cells of the table's body rows, as text, for rows with a figure. */
export async function tableRows(page) {
  return page.locator('#figures tbody tr[data-fig]').evaluateAll((rows) => rows.map((r) => {
    const cells = [...r.children].map((c) => c.textContent.trim());
    return {
      fig: Number(r.dataset.fig), index: cells[0], text: cells[1], value: cells[2], kind: cells[3],
      change: cells[4], approx: cells[5], period: cells[6], metric: cells[7],
    };
  }));
}

/** Press Tab until `selector` has the focus; fails after `max` presses. Returns the presses. */
export async function tabTo(page, selector, max = 150) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  assert.fail(`${selector} never got the focus after ${max} presses of Tab`);
}

/** The checks every page test ends with: no errors, no CSP violation, nothing left 127.0.0.1, no dialog. */
export async function assertClean(browser) {
  assert.deepEqual(await browser.cspViolations(), [], 'no securitypolicyviolation event');
  assert.deepEqual(browser.problems, [], 'no console error or page error');
  assert.deepEqual(browser.external(), [], 'no request left the test server');
  assert.deepEqual(browser.dialogs, [], 'no dialog opened');
}

/** axe-core's serious and critical violations on the page as it is now (run through the DevTools protocol: the CSP stays). */
export async function seriousAxeViolations(page) {
  const { readFileSync: read } = await import('node:fs');
  const { createRequire } = await import('node:module');
  await page.evaluate(read(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
