// A 5 MB paste: the analysis runs in the worker while the page stays
// responsive (the main thread never stalls for long), the input shows
// read-only at once, the progress too, and Cancel stops it (the worker is
// replaced and the page still works). Then the same input analysed to the
// end, timed. (page-freeze.test.mjs measures the main thread's tasks.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from './harness.mjs';
import { SEED, allowClipboard, assertClean, openPage, setClipboard, shownInput, waitForAnalysis } from './page-helpers.mjs';

let browser;
let big = '';
while (Buffer.byteLength(big) < 5 * 1024 * 1024) big += `${SEED}\n`;
const MB = (Buffer.byteLength(big) / 1024 / 1024).toFixed(1);

before(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 900 } });
  await allowClipboard(browser);
});
after(() => browser?.close());

/** Record every result the page receives (its 'figlens-result' marks) from now on. */
async function watchResults(page) {
  await page.evaluate(() => {
    window.__results = [];
    new PerformanceObserver((list) => {
      for (const m of list.getEntriesByName('figlens-result')) window.__results.push(m.startTime);
    }).observe({ type: 'mark' });
  });
}

/** Start recording main-thread timer ticks (every 10 ms when the thread is free). */
async function watchMainThread(page) {
  await page.evaluate(() => {
    clearInterval(window.__tick);
    window.__ticks = [performance.now()];
    window.__tick = setInterval(() => window.__ticks.push(performance.now()), 10);
  });
}

/**
 * The longest gap between ticks (a stall) since watchMainThread, leaving out
 * the gaps in which a result arrived (receiving and drawing a result is work
 * the page chooses to do; this measures waiting for the worker).
 */
async function longestStall(page) {
  return page.evaluate(() => {
    const ticks = window.__ticks;
    const results = window.__results;
    let max = 0;
    for (let i = 1; i < ticks.length; i++) {
      if (results.some((r) => r > ticks[i - 1] && r <= ticks[i])) continue;
      max = Math.max(max, ticks[i] - ticks[i - 1]);
    }
    return { max, window: ticks.at(-1) - ticks[0] };
  });
}

test(`a ${MB} MB paste: shown read-only and progress at once, cancel stops it`, async (t) => {
  const page = await openPage(browser);
  await watchResults(page);
  await setClipboard(browser, { text: big });
  await page.locator('#input').focus();
  const pasted = Date.now();
  await page.keyboard.press('Control+V');
  const pasteMs = Date.now() - pasted;
  await page.locator('#progress').waitFor({ state: 'visible', timeout: 5000 });
  t.diagnostic(`Ctrl+V of ${MB} MB took ${pasteMs} ms; progress: “${await page.locator('#progress-text').textContent()}”`);
  assert.equal(await page.locator('#progress-bar').getAttribute('aria-valuenow'), null, 'an indeterminate bar: the engine reports no percentage');
  assert.match(await page.locator('#status').textContent(), /Analysing a large input/);
  // Too large for the text box: the page holds it and shows its start, read-only.
  assert.equal(await page.locator('#input').isHidden(), true);
  const shown = await shownInput(page);
  assert.ok(shown.view && big.startsWith(shown.text) && shown.text.length >= 190_000 && shown.text.length <= 200_000, `the view shows the text's start (${shown.text.length} characters)`);
  assert.match(await page.locator('#input-view .more').textContent(), new RegExp(`Showing the first [\\d,]+ of ${big.length.toLocaleString('en-US')} characters`));
  assert.match(await page.locator('#source-note').textContent(), /shown read-only/);
  assert.equal(await page.evaluate(() => document.body.dataset.inputLength), String(big.length));

  // Hands off: the main thread stays free while the worker works.
  await watchMainThread(page);
  await page.waitForTimeout(1500);
  const { max: stall, window: watched } = await longestStall(page);
  t.diagnostic(`longest main-thread stall over ${watched.toFixed(0)} ms of analysis: ${stall.toFixed(0)} ms (not counting receiving and drawing a result)`);
  console.log(`# ${MB} MB paste: Ctrl+V ${pasteMs} ms, longest main-thread stall over ${watched.toFixed(0)} ms of analysis ${stall.toFixed(0)} ms`);
  assert.ok(stall < 500, `the main thread stayed free (longest stall ${stall.toFixed(0)} ms)`);

  // Cancel a running analysis (run it again if the keystrokes' one is done). Starting and
  // cancelling happen in one turn of the page, so a fast engine cannot win the race.
  const cancelled = Date.now();
  // A result that already came is drawn to the end first (drawing goes on a frame at a time).
  await page.waitForFunction(() => window.__results.length === 0 || document.body.dataset.analysedLength !== undefined);
  const { resultsBefore, shownBefore } = await page.evaluate(async () => {
    if (document.body.dataset.busy !== 'true') document.getElementById('analyse').click();
    const progress = document.getElementById('progress');
    for (let i = 0; i < 200 && !progress.checkVisibility(); i++) await new Promise((r) => setTimeout(r, 0));
    const before = { resultsBefore: window.__results.length, shownBefore: document.body.dataset.analysedLength };
    document.getElementById('cancel').click();
    return before;
  });
  await page.locator('#progress').waitFor({ state: 'hidden', timeout: 2000 });
  t.diagnostic(`cancel → progress gone in ${Date.now() - cancelled} ms; the page says: ${await page.locator('#status').textContent()}`);
  assert.match(await page.locator('#status').textContent(), /^Cancelled after/);
  assert.equal(await page.locator('#auto').isChecked(), false, 'analysing as you type is off after a cancel');
  await page.waitForTimeout(2500);
  assert.equal(await page.evaluate(() => window.__results.length), resultsBefore, 'no result arrived after the cancel');
  assert.equal(await page.evaluate(() => document.body.dataset.analysedLength), shownBefore);
  assert.equal(await page.evaluate(() => document.body.dataset.busy), undefined);

  // The page still works: a new worker analyses.
  await page.locator('#clear').click();
  await page.locator('#input').pressSequentially('營收增長12%');
  await page.locator('#analyse').click();
  await waitForAnalysis(page);
  assert.equal(await page.locator('#figures tbody tr[data-fig] th.text').textContent(), '12%');
  await assertClean(browser);
});

test(`the ${MB} MB input analysed to the end: timed, drawn in parts`, async (t) => {
  const page = await openPage(browser);
  await setClipboard(browser, { text: big });
  await page.locator('#input').focus();
  const pasted = Date.now();
  await page.keyboard.press('Control+V');
  await waitForAnalysis(page, 120_000);
  const wall = Date.now() - pasted;
  const render = await page.evaluate(() => performance.getEntriesByName('figlens-render').at(-1).duration);
  const facts = await page.locator('#facts').textContent();
  t.diagnostic(`${facts} Ctrl+V → shown: ${wall} ms; drawing the result took ${render.toFixed(0)} ms`);
  console.log(`# ${MB} MB: ${facts} Ctrl+V → shown ${wall} ms; drawing ${render.toFixed(0)} ms`);
  assert.match(facts, new RegExp(`${MB} MB of UTF-8`));
  assert.equal(await page.locator('#figures tbody tr[data-fig]').count(), 250, 'the table draws its first 250 rows');
  const more = page.locator('#figures tbody tr.more');
  assert.match(await more.textContent(), /Showing 250 of [\d,]+ rows/);
  await more.locator('button').click();
  assert.equal(await page.locator('#figures tbody tr[data-fig]').count(), 1250);
  assert.ok(await page.locator('#article .more button.show-more').isVisible(), 'the article draws its first blocks, with a button for more');
  await assertClean(browser);
});
