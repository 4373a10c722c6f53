#!/usr/bin/env node
// Writes the page texts of the zh-figures-hant5 set into /work/zh-hant5/text/<page>.txt from the
// fetched mirrors (`fetch github:TaiwanStat/Taiwan-news-crawlers`, `github:raileo98/test2` and
// `github:ayltai/hknews`, bare repositories under /work/.mirror), checking each against
// pages.jsonl's textSha256, then checks every annotated sentence's textSha256. Never runs figlens.
//
//   node bench/devsets/zh-figures-hant5/rebuild.mjs [--out DIR]
//
// format json / rthk-rss pages are read by hant4's memberText (see its select.mjs); format html
// pages (the Ming Pao page) are rendered first as zh-news's rebuild renders them
// (bench/articles/render.mjs: headless Chromium, JavaScript off, the page's own URL), their
// htmlSha256 checked. Run it before select.mjs / annotate.mjs: select reads the html page's text.
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rebuildSet } from '../zh-figures-hant3/set.mjs';
import { memberText } from '../zh-figures-hant4/select.mjs';
import { gitBytes, pageUrl } from '../zh-news/rebuild.mjs';
import { launch, renderHtml } from '../../articles/render.mjs';
import { HTML_PAGES } from './select.mjs';

const rendered = new Map();
const browser = await launch();
try {
  for (const p of HTML_PAGES) {
    const buf = gitBytes('/work/.mirror', p.repo, p.commit, p.path);
    if (createHash('sha256').update(buf).digest('hex') !== p.htmlSha256) throw new Error(`${p.id}: htmlSha256 differs`);
    rendered.set(p.id, await renderHtml(browser, buf, pageUrl(buf)));
  }
} finally {
  await browser.close().catch(() => {});
}
rebuildSet({
  dir: dirname(fileURLToPath(import.meta.url)), out: '/work/zh-hant5',
  memberText: (p, member, cache) => p.format === 'html' ? rendered.get(p.id) ?? '' : memberText(p, member, cache),
});
