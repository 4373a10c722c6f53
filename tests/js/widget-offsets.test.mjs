// The widget's map from a figure back to the host page's text (js/widget/
// serialize.js and js/widget/offsets.js), in Node: the article as a small tree
// shaped like the DOM, serialized as innerHTML writes it, analyzed as HTML by
// the Node build, and each figure's UTF-16 span mapped back to pieces of text
// nodes. tests/browser/widget-offsets.test.mjs checks the same against a real DOM.
import assert from 'node:assert/strict';
import test from 'node:test';
import { analyze } from 'figlens';
import { escapeText, piecesOf, textOffset } from '../../js/widget/offsets.js';
import { serialize } from '../../js/widget/serialize.js';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';

// A DOM-shaped tree: what serialize() reads, nothing more.
const text = (data) => ({ nodeType: 3, data });
const comment = (data) => ({ nodeType: 8, data });
function link(parent, kids) {
  const nodes = kids.map((k) => (typeof k === 'string' ? text(k) : k));
  nodes.forEach((n, i) => {
    n.nextSibling = nodes[i + 1] ?? null;
  });
  parent.firstChild = nodes[0] ?? null;
  return parent;
}
function el(name, attrs, ...kids) {
  const node = {
    nodeType: 1, localName: name, tagName: name.toUpperCase(), namespaceURI: HTML_NS,
    attributes: Object.entries(attrs ?? {}).map(([n, value]) => ({ name: n, value })),
  };
  if (name === 'template') {
    node.content = link({ nodeType: 11 }, kids);
    return link(node, []);
  }
  return link(node, kids);
}
function svg(name, attrs, ...kids) {
  return { ...el(name, attrs, ...kids), localName: name, tagName: name, namespaceURI: SVG_NS };
}

/** Each figure of the analyzed source: its text, and the text of each piece of a text node it maps to. */
function mapped(root, options) {
  const { source, segments } = serialize(root, { skip: 'fig-lens', attrLtGt: true, ...options });
  const figures = analyze(source, { html: true }).figures;
  return {
    source,
    figures: figures.map((f) => [f.text, piecesOf(segments, f.start, f.end).map((p) => p.node.data.slice(p.from, p.to))]),
  };
}

// [what, article, its innerHTML, [figure text, [the pieces of text nodes it covers]]…]
const CASES = [
  ['plain text', el('p', null, '營收增長12.5%。'), '<p>營收增長12.5%。</p>', [['12.5%', ['12.5%']]]],
  ['&amp; before the figure', el('p', null, 'A&B 營收3億元，增長5%'), '<p>A&amp;B 營收3億元，增長5%</p>', [['3億元', ['3億元']], ['5%', ['5%']]]],
  ['&nbsp; right before the figure', el('p', null, '收入\u00a01.8萬元'), '<p>收入&nbsp;1.8萬元</p>', [['1.8萬元', ['1.8萬元']]]],
  ['&lt; and &gt; before the figure', el('p', null, 'x<y>z 增長5%'), '<p>x&lt;y&gt;z 增長5%</p>', [['5%', ['5%']]]],
  ['a figure in a tag', el('p', null, '實現', el('b', { id: 'gdp' }, '182.36億元'), '，增長8.1%'),
    '<p>實現<b id="gdp">182.36億元</b>，增長8.1%</p>', [['182.36億元', ['182.36億元']], ['8.1%', ['8.1%']]]],
  ['across an element boundary', el('p', null, '工業增加值', el('a', { href: '#story' }, '64.5'), '億元'),
    '<p>工業增加值<a href="#story">64.5</a>億元</p>', [['64.5億元', ['64.5', '億元']]]],
  ['across nested elements', el('div', null, el('p', null, '新增就業', el('span', null, el('i', null, '1.29'), '萬'), '人')),
    '<div><p>新增就業<span><i>1.29</i>萬</span>人</p></div>', [['1.29萬人', ['1.29', '萬', '人']]]],
  ['its unit in the next element', el('p', null, '增長5', el('b', null, '%')), '<p>增長5<b>%</b></p>', [['5%', ['5', '%']]]],
  ['whitespace and newlines around', el('p', null, '\n  營收增長\n  12.5%\n'), '<p>\n  營收增長\n  12.5%\n</p>', [['12.5%', ['12.5%']]]],
  ['astral characters before the figure', el('p', null, '𠀀𠀁😀營收3億元'), '<p>𠀀𠀁😀營收3億元</p>', [['3億元', ['3億元']]]],
  ['astral characters after an escape, in another node', el('p', null, el('b', null, 'A&😀'), '𠀀營收3億元'),
    '<p><b>A&amp;😀</b>𠀀營收3億元</p>', [['3億元', ['3億元']]]],
  ['a comment between', el('p', null, '增長', comment(' x '), '5%'), '<p>增長<!-- x -->5%</p>', [['5%', ['5%']]]],
  ['a figure in an attribute is not text', el('p', { title: '增長9% & <b>' }, '增長5%'), '<p title="增長9% &amp; &lt;b&gt;">增長5%</p>', [['5%', ['5%']]]],
  ['script text is raw, not a text node to map to', el('div', null, el('p', null, '1,024家'), el('script', null, 'var x = "<99>";'), el('p', null, '增長5%')),
    '<div><p>1,024家</p><script>var x = "<99>";</script><p>增長5%</p></div>', [['1,024家', ['1,024家']], ['5%', ['5%']]]],
  ['void elements', el('p', null, '營收', el('br'), '增長5%', el('img', { src: 'a.png', alt: '' })),
    '<p>營收<br>增長5%<img src="a.png" alt=""></p>', [['5%', ['5%']]]],
  ['another widget\'s own text is left out', el('div', null, el('p', null, '增長5%'), el('fig-lens', null, '增長9%')),
    '<div><p>增長5%</p><fig-lens></fig-lens></div>', [['5%', ['5%']]]],
  ['template content is serialized', el('div', null, el('template', null, el('p', null, 'x')), el('p', null, '增長5%')),
    '<div><template><p>x</p></template><p>增長5%</p></div>', [['5%', ['5%']]]],
  ['SVG keeps the case of its tag names', el('div', null, svg('svg', { viewBox: '0 0 1 1' }, svg('linearGradient')), el('p', null, '增長5%')),
    '<div><svg viewBox="0 0 1 1"><linearGradient></linearGradient></svg><p>增長5%</p></div>', [['5%', ['5%']]]],
];

test('serialize writes innerHTML and every figure maps back to its text nodes', () => {
  for (const [what, root, html, expected] of CASES) {
    const article = el('article', null, root);
    const got = mapped(article);
    assert.equal(got.source, html, `${what}: the source is innerHTML`);
    assert.deepEqual(got.figures, expected, what);
  }
});

test('serialize: attribute values escape < and > as this browser does', () => {
  const p = el('p', { title: 'a<b>&"\u00a0' });
  assert.equal(serialize(el('div', null, p), { attrLtGt: true }).source, '<p title="a&lt;b&gt;&amp;&quot;&nbsp;"></p>');
  assert.equal(serialize(el('div', null, p), { attrLtGt: false }).source, '<p title="a<b>&amp;&quot;&nbsp;"></p>');
});

test('serialize: segments are the text nodes in document order, with their place in the source', () => {
  const a = text('A&B');
  const b = text('增長5%');
  const { source, segments } = serialize(el('div', null, el('p', null, a), el('script', null, 'x<1'), el('p', null, b)), { attrLtGt: true });
  assert.equal(source, '<p>A&amp;B</p><script>x<1</script><p>增長5%</p>');
  assert.deepEqual(segments, [
    { node: a, text: 'A&B', start: 3, end: 10, escaped: true },
    { node: b, text: '增長5%', start: 37, end: 41, escaped: false },
  ]);
  for (const s of segments) assert.equal(source.slice(s.start, s.end), escapeText(s.text));
});

test('textOffset: source offsets → offsets into a text node, through escapes', () => {
  // 'A&B\u00a0C' is written 'A&amp;B&nbsp;C' from offset 10: A 10, &amp; 11–16, B 16, &nbsp; 17–23, C 23, end 24.
  const seg = { node: null, text: 'A&B\u00a0C', start: 10, end: 24, escaped: true };
  for (const [offset, expected] of [[0, 0], [10, 0], [11, 1], [13, 2], [16, 2], [17, 3], [20, 4], [23, 4], [24, 5], [99, 5]]) {
    assert.equal(textOffset(seg, offset), expected, `offset ${offset}`);
  }
  const plain = { node: null, text: '😀增長5%', start: 4, end: 10, escaped: false };
  for (const [offset, expected] of [[3, 0], [4, 0], [6, 2], [9, 5], [10, 6], [12, 6]]) {
    assert.equal(textOffset(plain, offset), expected, `plain, offset ${offset}`);
  }
});

test('piecesOf: the spans of each text node a source span covers; markup alone covers nothing', () => {
  const seg = (name, text, start) => ({ node: name, text, start, end: start + escapeText(text).length, escaped: escapeText(text) !== text });
  // <p>ab<b>c&d</b>ef</p>: 'ab' 3–5, 'c&amp;d' 8–15, 'ef' 19–21
  const segments = [seg('ab', 'ab', 3), seg('cd', 'c&d', 8), seg('ef', 'ef', 19)];
  const cases = [
    [[3, 5], [['ab', 0, 2]]],
    [[4, 21], [['ab', 1, 2], ['cd', 0, 3], ['ef', 0, 2]]],
    [[5, 8], []], // </b>…<b>: tags only
    [[0, 3], []],
    [[9, 14], [['cd', 1, 2]]], // inside &amp;: the & itself
    [[14, 20], [['cd', 2, 3], ['ef', 0, 1]]],
    [[21, 30], []],
    [[10, 10], []],
  ];
  for (const [[start, end], expected] of cases) {
    assert.deepEqual(piecesOf(segments, start, end).map((p) => [p.node, p.from, p.to]), expected, `[${start}, ${end})`);
  }
  assert.deepEqual(piecesOf([], 0, 10), []);
});
