#!/usr/bin/env node
// npm run screenshots: PNGs of the page (desktop and phone, light and dark,
// English and Chinese interface) and of the widget on a light and a dark news
// page, into docs/screenshots/ (committed, so a reviewer can look without
// running anything). Uses Debian's Chromium and fonts-noto-cjk for Chinese
// (scripts/setup.sh --for-tests installs them). Scenes: tests/browser/screenshot-scenes.mjs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser } from '../tests/browser/harness.mjs';
import { SCENES, showScene } from '../tests/browser/screenshot-scenes.mjs';
import { ROOT } from './serve.mjs';

const OUT = join(ROOT, 'docs', 'screenshots');
mkdirSync(OUT, { recursive: true });
const browser = await openBrowser();
try {
  for (const scene of SCENES) {
    await showScene(browser, scene);
    const path = join(OUT, `${scene.name}.png`);
    await browser.page.screenshot({ path, animations: 'disabled', caret: 'hide' });
    console.log(`screenshots: ${path}`);
  }
  if (browser.problems.length) {
    console.error(`screenshots: the page reported problems:\n${browser.problems.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
}
