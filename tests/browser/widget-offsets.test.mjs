// The widget's map from figures back to the host page's text against a real DOM
// (Chromium): js/widget/serialize.js writes exactly what innerHTML gives for
// markup a news page may hold, and every figure of the web build's analysis
// maps to a Range over the text it was read from. The pure mapping has its own
// table in Node (tests/js/widget-offsets.test.mjs).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from './harness.mjs';

let browser;

before(async () => {
  browser = await openBrowser();
  await browser.page.goto(`${browser.url}/tests/browser/blank.html`);
});
after(() => browser?.close());

const ARTICLES = [
  '<h1>南湖區一季度地區生產總值增長8.1%</h1><p>實現地區生產總值<b id="gdp">182.36億元</b>，其中工業增加值<a href="#x">64.5</a>億元。</p>',
  '<p>新增就業<span><i>1.29</i>萬</span>人，<em>同比</em>增長9.2%。</p>',
  '<p>居民人均可支配收入&nbsp;1.8萬元；A&amp;B 公司 x&lt;y&gt;z 營收3億元</p>',
  '<p title="a<b>&amp;&quot;&nbsp;c" data-x="增長9%">增長5%</p>',
  '<p>𠀀𠀁😀營收3億元，<b>😀</b>增長5<b>%</b></p>',
  '<p>\n\t營收增長\n   12.5%\n</p>\n\n<p>  利潤   3億元  </p>',
  '<p>增長<!-- 5% -->5%</p><script>var x = "<p>99%</p>";</script><style>p::after { content: "3%"; }</style><noscript><p>7%</p></noscript>',
  '<template><p>增長9%</p></template><p>營收<br>增長5%<img src="data:," alt="增長6%"><wbr>達3億元</p>',
  '<svg viewBox="0 0 1 1"><linearGradient id="g"></linearGradient><foreignObject><p>增長4%</p></foreignObject></svg><p>增長5%</p>',
  '<pre>\n\n營收增長5%</pre><textarea>\n增長6%</textarea><p>增長7%</p>',
  '<table><tbody><tr><td>營收</td><td>3億元</td></tr></tbody></table><ul><li>增長5%</li></ul>',
  '<p>增長5%</p><fig-lens>增長9%</fig-lens>',
];

test('serialize equals innerHTML in Chromium, and every figure maps to a Range over its own text', async () => {
  const got = await browser.page.evaluate(async (articles) => {
    const { serialize } = await import('/js/widget/serialize.js');
    const { piecesOf } = await import('/js/widget/offsets.js');
    const figlens = await import('/js/web.js');
    await figlens.init();
    const out = [];
    for (const html of articles) {
      const host = document.createElement('article');
      host.innerHTML = html;
      document.body.append(host);
      const { source, segments } = serialize(host, { skip: 'fig-lens' });
      const figures = figlens.analyze(source, { html: true }).figures.map((f) => {
        const pieces = piecesOf(segments, f.start, f.end);
        const range = document.createRange();
        range.setStart(pieces[0].node, pieces[0].from);
        range.setEnd(pieces.at(-1).node, pieces.at(-1).to);
        return { text: f.text, range: range.toString(), inside: pieces.every((p) => host.contains(p.node)) };
      });
      out.push({ html, source, innerHTML: host.innerHTML, figures });
      host.remove();
    }
    return out;
  }, ARTICLES);
  for (const a of got) {
    // Only a nested widget differs: its own text is left out on purpose.
    const expected = a.innerHTML.replace(/<fig-lens>.*?<\/fig-lens>/g, '<fig-lens></fig-lens>');
    assert.equal(a.source, expected, `serialize(${a.html}) is innerHTML`);
    assert.ok(a.figures.length > 0, `${a.html} has figures`);
    for (const f of a.figures) {
      assert.ok(f.inside, `${f.text}: pieces of the article's own text nodes`);
      assert.equal(f.range.replace(/\s+/g, ''), f.text.replace(/\s+/g, ''), `${a.html}: ${f.text}`);
    }
  }
  const texts = got.map((a) => a.figures.map((f) => f.text));
  assert.deepEqual(texts.at(-1), ['5%'], 'another widget\'s text is not read');
  assert.ok(!texts.flat().includes('99%') && !texts.flat().includes('3%'), 'no figure from script or style text');
  assert.deepEqual(browser.problems, []);
});
