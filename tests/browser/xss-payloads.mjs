// XSS filter-evasion payloads, after the OWASP cheat sheet (script tags,
// event handlers, javascript: and data: URLs, entity-encoded and malformed
// variants, <iframe srcdoc>, style expressions, mutation-XSS shapes, a
// polyglot), and articles that place them where the engine puts text of its
// own. Used by xss.test.mjs.

const DATA_HTML = Buffer.from('<script>parent.__xss=23;alert(23)</script>').toString('base64');

/** The payloads; `n` marks each, in window.__xss and in any URL it would load. */
export const PAYLOADS = [
  '<script>window.__xss=1;alert(1)</script>',
  '<SCRIPT SRC=http://xss.invalid/2.js></SCRIPT>',
  '<img src=x onerror="window.__xss=3;alert(3)">',
  '<IMG SRC="javascript:window.__xss=4;">',
  '<IMG SRC=JaVaScRiPt:window.__xss=5>',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=6>',
  '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;window.__xss=7>',
  '<IMG SRC="jav\tascript:window.__xss=8;">',
  '<IMG SRC="jav&#x0A;ascript:window.__xss=9;">',
  '<svg onload="window.__xss=10">',
  '<svg><script>window.__xss=11</script></svg>',
  '<iframe srcdoc="<script>parent.__xss=12;alert(12)</script>"></iframe>',
  '<iframe src="javascript:parent.__xss=13"></iframe>',
  '<a href="javascript:window.__xss=14">點此</a>',
  '<BODY ONLOAD=window.__xss=15>',
  '<div style="background-image: url(javascript:window.__xss=16)">',
  '<div style="width: expression(window.__xss=17);">',
  "<STYLE>@import'http://xss.invalid/18.css';</STYLE>",
  '<LINK REL="stylesheet" HREF="http://xss.invalid/19.css">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:window.__xss=20;">',
  '<object data="javascript:window.__xss=21"></object>',
  '<embed src="http://xss.invalid/22.swf">',
  `<embed src="data:text/html;base64,${DATA_HTML}">`,
  '<IMG """><SCRIPT>window.__xss=24</SCRIPT>">',
  '<IMG SRC=/ onerror="window.__xss=25"></img>',
  '<<SCRIPT>window.__xss=26;//<</SCRIPT>',
  '<SCRIPT/XSS SRC="http://xss.invalid/27.js"></SCRIPT>',
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=window.__xss=28>',
  '<input autofocus onfocus="window.__xss=29">',
  '<details open ontoggle="window.__xss=30">',
  '<video><source onerror="window.__xss=31"></video>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=32">',
  '"><script>window.__xss=33</script>',
  '\'\';!--"<XSS>=&{()}',
  '<form action="javascript:window.__xss=35"><button>x</button></form>',
  '<base href="http://xss.invalid/36/">',
  '<img src="http://xss.invalid/37.png">',
  '&lt;script&gt;window.__xss=38&lt;/script&gt;',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=39>">',
  '<template><script>window.__xss=40</script></template>',
  '<a href="data:text/html,<script>window.__xss=41</script>">x</a>',
  "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+window.__xss=42//'>",
  '<img src=x:alert(alt) onerror=eval(src) alt=43>',
  '<svg><animate onbegin="window.__xss=44" attributeName=x dur=1s>',
  '<img src=x onerror=&#x77;indow.__xss=45>',
  '</p><img src=x onerror="window.__xss=46"><p>',
];

/**
 * An article (plain text) with every payload where the engine puts text of its
 * own: the title, the metric and sentence of a figure ("<payload> rose 5% to $3
 * million", "<payload>增長12%"), a figure's surroundings, a list item.
 */
export function article() {
  const lines = [`${PAYLOADS[0]} 南湖區一季度生產總值增長8.1%`];
  PAYLOADS.forEach((p, i) => {
    lines.push(i % 2 ? `${p} rose 5% to $3 million in the third quarter.` : `${p}增長12%，達${i + 1}億元。`);
  });
  lines.push(`關鍵詞: ${PAYLOADS[2]} ${PAYLOADS[9]}`, `- ${PAYLOADS[36]} 增長5%`, `- ${PAYLOADS[13]} 下降3%`);
  return `${lines.join('\n')}\n`;
}

/** The same payloads as an HTML page: as markup, and as text (entity-escaped) where figures are. */
export function htmlArticle() {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = PAYLOADS.map((p, i) => `<p>${p}營收增長${i + 1}%，${esc(p)} rose 5% to $3 million.</p>`).join('\n');
  return `<html><head><title>${esc(PAYLOADS[0])} 增長8.1%</title>${PAYLOADS[17]}${PAYLOADS[18]}${PAYLOADS[19]}${PAYLOADS[35]}</head>`
    + `<body><h1>${esc(PAYLOADS[2])}增長8.1%</h1>${body}</body></html>`;
}
