// The scenes `npm run screenshots` photographs (screenshot-scenes.mjs) render:
// each one's key elements are visible, nothing is wider than the screen, the
// widget takes the host's light or dark, and no error, CSP violation or
// outside request happens. Pixels are not compared: the committed PNGs in
// docs/screenshots/ are for reviewers' eyes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from './harness.mjs';
import { SCENES, showScene } from './screenshot-scenes.mjs';
import { assertClean } from './page-helpers.mjs';

let browser;

before(async () => {
  browser = await openBrowser();
});
after(() => browser?.close());

for (const scene of SCENES) {
  test(`screenshot scene ${scene.name} renders`, async () => {
    await showScene(browser, scene);
    const { page } = browser;
    for (const selector of scene.visible) {
      assert.equal(await page.locator(selector).first().isVisible(), true, `${selector} is visible`);
    }
    const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
    assert.ok(scrollWidth <= width, `no horizontal scroll (${scrollWidth} > ${width})`);
    if (scene.kind === 'page') {
      // The interface is in the scene's language (www/i18n.js): the chart's own words say so.
      assert.equal(await page.locator('#chart-svg').textContent(), scene.lang === 'en' ? 'Download SVG' : '下載 SVG');
      if (scene.device === 'phone') {
        const card = await page.locator('#figures tbody tr[data-fig]').first().boundingBox();
        assert.ok(card.y + card.height <= scene.viewport.height, 'the first figure card is on the first screen');
      }
    } else {
      const dark = await page.evaluate(() => document.querySelector('fig-lens').shadowRoot.querySelector('.panel').classList.contains('dark'));
      assert.equal(dark, scene.expectDark, 'the panel takes the host page’s light or dark');
    }
    await assertClean(browser);
  });
}
