// The scenes of `npm run screenshots` (scripts/screenshots.mjs writes them to
// docs/screenshots/) and of their test (screenshots.test.mjs, which checks that
// each renders): the page on a desktop (1280×900) and a phone (390×844), light
// and dark, with the interface in English (an English story of our own) and in
// Chinese (the seed); and the widget on a light and on a dark news page.
import { readFileSync } from 'node:fs';
import { waitForAnalysis } from './page-helpers.mjs';

const STORY = readFileSync(new URL('../fixtures/en-business.txt', import.meta.url), 'utf8');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

export const SCENES = [];
for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  for (const scheme of ['light', 'dark']) {
    for (const lang of ['en', 'zh-Hant']) {
      SCENES.push({
        name: `page-${device}-${scheme}-${lang === 'en' ? 'en' : 'zh'}`, kind: 'page', device, viewport, scheme, lang,
        // What must show: the figures (cards on a phone), and on a desktop the reading view and the chart beside them.
        visible: device === 'desktop'
          ? ['#figures tbody tr[data-fig]', '#article .article-body button.fig', '#chart svg.bars g.bar']
          : ['.pane-switch button[aria-pressed="true"][data-pane="figures"]', '#figures tbody tr[data-fig]'],
      });
    }
  }
}
for (const scheme of ['light', 'dark']) {
  SCENES.push({
    name: `widget-${scheme}-host`, kind: 'widget', viewport: { width: 1100, height: 700 }, scheme: 'light',
    host: scheme === 'light' ? 'host.html' : 'dark-host.html', expectDark: scheme === 'dark',
    visible: ['fig-lens >> .panel', 'fig-lens >> button.row'],
  });
}

/** Open `scene` in the browser (openBrowser's), ready for its screenshot. */
export async function showScene(browser, scene) {
  const { page, url } = browser;
  await page.setViewportSize(scene.viewport);
  await page.emulateMedia({ colorScheme: scene.scheme, reducedMotion: 'reduce' });
  if (scene.kind === 'widget') {
    await page.goto(`${url}/tests/browser/widget/${scene.host}`);
    await page.waitForFunction(() => window.__results?.length >= 1, null, { timeout: 30000 });
    await page.locator('fig-lens >> button.row').first().waitFor();
    return;
  }
  // The interface language is the reader's stored pick (www/i18n.js), read at load.
  await page.goto(`${url}/www/`);
  await page.evaluate((lang) => localStorage.setItem('figlens.uiLanguage', lang), scene.lang);
  await page.goto(`${url}/www/`);
  await page.locator('body[data-ready="true"]').waitFor({ timeout: 15000 });
  if (scene.lang === 'en') await page.locator('#input').fill(STORY);
  else await page.locator('#load-sample').click();
  await waitForAnalysis(page);
  await page.evaluate(() => localStorage.removeItem('figlens.uiLanguage'));
  // Typed text stays in the text pane on a phone (a paste or the sample shows the figures): tap Figures.
  if (scene.device === 'phone') await page.locator('.pane-switch button[data-pane="figures"]').click();
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.activeElement?.blur());
  // A desktop shows the reading view and the figures side by side from the results' top.
  if (scene.device === 'desktop') await page.evaluate(() => window.scrollTo(0, document.getElementById('results').getBoundingClientRect().top + window.scrollY));
}
