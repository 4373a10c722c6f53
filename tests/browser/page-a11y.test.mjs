// The page's accessibility and layout: axe-core run in the page (no serious
// or critical violations, light and dark, 320 px and 1280 px), keyboard-only
// use (paste, type, export, sort, figures ↔ rows), and screenshots at 320 px
// and 1280 px in light and dark, saved under test-results/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { COLUMNS } from '../../js/table.js';
import { artifact, openBrowser } from './harness.mjs';
import {
  NEWS_HTML, SEED, allowClipboard, assertClean, openPage, paste, setClipboard, tabTo, tableRows, waitForAnalysis,
} from './page-helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let browser;

before(async () => {
  browser = await openBrowser({ viewport: { width: 1280, height: 900 } });
  await allowClipboard(browser);
});
after(() => browser?.close());

/** Run axe-core in the page (evaluated through the DevTools protocol, so the page's CSP stays as it is). */
async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    // (axe's "needs review" items, r.incomplete, are checked by hand: colour
    // contrast where the sticky pane or the viewport hides the background, SVG
    // text, and the ▲/▼ glyphs, which carry their word for screen readers.)
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}

/** Ready for a screenshot: no hover, no focus, everything scrolled to its start. */
async function quiet(page) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
    for (const el of document.querySelectorAll('.article-pane, .table-scroll, #input')) {
      el.scrollTop = 0;
      el.scrollLeft = 0;
    }
  });
  await page.locator('#fig-tip').waitFor({ state: 'hidden' });
}

for (const width of [320, 1280]) {
  for (const scheme of ['light', 'dark']) {
    test(`${width} px, ${scheme}: axe finds no serious or critical violation; screenshot`, async (t) => {
      const { page } = browser;
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await openPage(browser);
      // The empty page first.
      let violations = await axe(page);
      await page.locator('#load-sample').click();
      await waitForAnalysis(page);
      await quiet(page);
      const path = artifact(`page-${width}-${scheme}.png`);
      await page.screenshot({ path, fullPage: true });
      t.diagnostic(`screenshot: ${path}`);

      // Everything open: the set-aside blocks, a sentence, the removed text, the JSON
      // (on a narrow screen, one pane at a time: each checked in its own).
      const narrow = await page.locator('.pane-switch').isVisible();
      if (narrow) await page.locator('.pane-switch button[data-pane="article"]').click();
      await page.locator('#set-aside summary').click();
      await page.locator('#show-removed').check();
      if (narrow) {
        violations = violations.concat(await axe(page));
        await page.locator('.pane-switch button[data-pane="figures"]').click();
      }
      await page.locator('#figures button.sentence-toggle').first().click();
      await page.locator('#json-details summary').click();
      violations = violations.concat(await axe(page));
      for (const v of violations) t.diagnostic(`axe ${v.impact}: ${v.id}: ${v.help} (${v.nodes.join('; ')})`);
      const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(bad, [], 'no serious or critical axe violations');

      // Readable at this width: nothing wider than the viewport (the table scrolls in its own box).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'no horizontal scrolling of the page');
      await assertClean(browser);
    });
  }
}

test('a saved news page, 1280 px light and 320 px dark: screenshots with the set-aside blocks open', async (t) => {
  const { page } = browser;
  for (const [width, scheme] of [[1280, 'light'], [320, 'dark']]) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await openPage(browser);
    await paste(browser, { text: '', html: NEWS_HTML });
    await waitForAnalysis(page);
    // A narrow screen shows the figures first: the reading view is a button away.
    if (await page.locator('.pane-switch').isVisible()) await page.locator('.pane-switch button[data-pane="article"]').click();
    await page.locator('#set-aside summary').click();
    const violations = await axe(page);
    for (const v of violations) t.diagnostic(`axe ${v.impact}: ${v.id}: ${v.help} (${v.nodes.join('; ')})`);
    assert.deepEqual(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), []);
    await quiet(page);
    // On a wide screen the reading view scrolls in its own pane: show the set-aside blocks in it.
    await page.evaluate(() => {
      const pane = document.querySelector('.article-pane');
      const aside = document.getElementById('set-aside');
      if (pane.scrollHeight > pane.clientHeight) pane.scrollTop += aside.getBoundingClientRect().top - pane.getBoundingClientRect().top - 40;
    });
    const path = artifact(`page-html-${width}-${scheme}.png`);
    await page.screenshot({ path, fullPage: true });
    t.diagnostic(`screenshot: ${path}`);
  }
  await assertClean(browser);
});

test('keyboard only: paste, type, export, sort, figure ↔ row', async (t) => {
  const { page } = browser;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openPage(browser);
  await setClipboard(browser, { text: SEED }); // copied elsewhere

  // Tab from the top: the skip link first, then the article box.
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  const presses = await tabTo(page, '#input');
  t.diagnostic(`the article box is ${presses + 1} Tab presses from the top`);
  // Type, then paste over it.
  await page.keyboard.type('營收增長12%，利潤下降5%。');
  await waitForAnalysis(page);
  assert.deepEqual((await tableRows(page)).map((r) => r.text), ['12%', '5%']);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await waitForAnalysis(page);
  assert.ok((await tableRows(page)).some((r) => r.text === '729.91億元'));

  // The figures of the reading view: one Tab stop, arrows between figures, details on focus.
  await tabTo(page, '#article button.fig');
  const first = await page.evaluate(() => document.activeElement.textContent);
  assert.equal(await page.locator('#fig-tip').isVisible(), true, 'focus shows the figure’s details');
  assert.equal(await page.locator('#fig-tip .tip-title').textContent(), first);
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement.textContent);
  assert.notEqual(second, first);
  assert.equal(await page.locator('#fig-tip .tip-title').textContent(), second);
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none', 'visible focus');
  // Enter: to the figure's row in the table, and Enter there: back to the figure.
  const fig = await page.evaluate(() => document.activeElement.dataset.fig);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.closest('tr')?.dataset.fig), fig, 'the row’s figure button has the focus');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.matches('#article button.fig') && document.activeElement.dataset.fig), fig);

  // Export: copy TSV, download CSV.
  await tabTo(page, '#copy-tsv');
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none', 'visible focus');
  await page.keyboard.press('Enter');
  await page.locator('#status', { hasText: 'as TSV' }).waitFor();
  const tsv = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(tsv.split('\n')[0], COLUMNS.join('\t'));
  assert.ok(tsv.includes('\t729.91億元\t72991000000\t'));
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'download-csv');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Space')]);
  assert.ok(readFileSync(await download.path(), 'utf8').includes('729.91億元'));

  // Sort by value from its header, with Enter and then Space.
  await tabTo(page, '#figures thead th[data-key="value"] button');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#figures thead th[data-key="value"]').getAttribute('aria-sort'), 'ascending');
  await page.keyboard.press('Space');
  assert.equal(await page.locator('#figures thead th[data-key="value"]').getAttribute('aria-sort'), 'descending');
  assert.equal((await tableRows(page))[0].text, '729.91億元');
  assert.match(await page.locator('#status').textContent(), /Sorted by value, descending/);

  // A sentence, opened and closed from the keyboard; the focus stays on its button.
  await tabTo(page, '#figures button.sentence-toggle');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-expanded')), 'true');
  assert.equal(await page.locator('#figures tr.sentence-row').count(), 1);
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#figures tr.sentence-row').count(), 0);
  await page.emulateMedia({ reducedMotion: null });
  await assertClean(browser);
});
