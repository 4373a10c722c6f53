// <fig-lens>: a compact "Figures in this article" panel for any page.
//
//   <script type="module" src=".../figlens/js/widget.js"></script>   (or: import 'figlens/widget')
//   <fig-lens for="story"></fig-lens>          analyzes the HTML of #story on the host page
//   <fig-lens>營收增長12.5%</fig-lens>          analyzes its own text
//   el.text = '…'                               analyzes that text (null: back to the above)
//
// Attributes: kinds ("money percent"), lang (zh-Hant, zh-Hans, en; default: the
// article's language), theme (light, dark, auto), max (rows before "show all"; 0
// for no limit), collapsed, wasm-url, loading ("lazy": wait until visible),
// highlight ("auto": the CSS Custom Highlight API when there is one, else marks;
// "mark": <mark data-figlens> elements).
// Events: figlens-result (detail: the analysis), figlens-error (detail: { error }).
//
// Isolation: everything renders in a shadow root styled by one constructable
// stylesheet shared by all widgets (adoptedStyleSheets, which a `style-src 'self'`
// CSP allows); analysis text is only ever set as textContent. The engine
// (./web.js and its .wasm, resolved relative to this module) is imported the
// first time a widget connects and shared by all widgets, and by `import
// 'figlens'` in the same bundle. Nothing is added to the host page except, while
// a figure is highlighted, one stylesheet on the article's root that styles
// ::highlight(figlens) and mark[data-figlens] (or those marks themselves).

import { formatFigureValue, formatNumber } from './format.js';
import { FIGURE_KINDS, kindLabel, labelLanguage } from './kinds.js';

export { formatFigureValue };

const TAG = 'fig-lens';
const HIGHLIGHT_NAME = 'figlens';
const DEBOUNCE_MS = 300;
const DEFAULT_MAX = 10;

// ---------------------------------------------------------------------------
// Labels

const LABELS = {
  en: {
    title: 'Figures in this article',
    all: 'All',
    filter: 'Filter by kind',
    showAll: (n) => `Show all ${n}`,
    showFewer: 'Show fewer',
    none: 'No figures found.',
    noneOfKind: 'No figures of this kind.',
    loading: 'Analyzing…',
    waiting: 'Figures appear when this panel is visible.',
    error: (m) => `Could not analyze the article: ${m}`,
    missing: (id) => `No element with id "${id}" on this page.`,
    increase: 'increase',
    decrease: 'decrease',
    list: 'Figures',
    locate: 'Show in the article',
  },
  'zh-Hant': {
    title: '本文數字',
    all: '全部',
    filter: '按類別篩選',
    showAll: (n) => `顯示全部 ${n} 項`,
    showFewer: '收起',
    none: '沒有找到數字。',
    noneOfKind: '沒有這一類的數字。',
    loading: '分析中…',
    waiting: '面板可見時顯示數字。',
    error: (m) => `無法分析這篇文章：${m}`,
    missing: (id) => `本頁沒有 id 為「${id}」的元素。`,
    increase: '增加',
    decrease: '減少',
    list: '數字',
    locate: '在文中顯示',
  },
  'zh-Hans': {
    title: '本文数字',
    all: '全部',
    filter: '按类别筛选',
    showAll: (n) => `显示全部 ${n} 项`,
    showFewer: '收起',
    none: '没有找到数字。',
    noneOfKind: '没有这一类的数字。',
    loading: '分析中…',
    waiting: '面板可见时显示数字。',
    error: (m) => `无法分析这篇文章：${m}`,
    missing: (id) => `本页没有 id 为“${id}”的元素。`,
    increase: '增加',
    decrease: '减少',
    list: '数字',
    locate: '在文中显示',
  },
};

// ---------------------------------------------------------------------------
// The engine: ./web.js, imported and initialized once, the first time it is needed.

let engine = null;

function loadEngine(wasmUrl) {
  if (!engine) {
    const loading = import('./web.js').then(async (m) => {
      await m.init(wasmUrl == null ? undefined : { wasmUrl });
      return m;
    });
    engine = loading;
    // A failed load can be retried by the next widget (with another wasm-url, say).
    loading.catch(() => {
      if (engine === loading) engine = null;
    });
  }
  return engine;
}

/**
 * Load the engine now instead of when the first widget connects; `wasmUrl`
 * overrides where the .wasm comes from. Later calls share the first load.
 */
export function init(options) {
  return loadEngine(options?.wasmUrl ?? FigLensElement.wasmUrl ?? undefined).then(() => undefined);
}

// ---------------------------------------------------------------------------
// The article's HTML, serialized as innerHTML does, with the place of every text
// node in that string: figure offsets map back to text nodes exactly.

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
const TEXT_ESCAPES = { '&': '&amp;', '\u00a0': '&nbsp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ESCAPES = { '&': '&amp;', '\u00a0': '&nbsp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
let attrEscapeRe = null;

function attrEscapes() {
  // Browsers differ on whether innerHTML escapes < and > in attribute values (a 2025 change).
  if (!attrEscapeRe) {
    const probe = document.createElement('span');
    probe.setAttribute('title', '<');
    attrEscapeRe = probe.outerHTML.includes('&lt;') ? /[&\u00a0"<>]/g : /[&\u00a0"]/g;
  }
  return attrEscapeRe;
}

function escapeText(s) {
  return s.replace(/[&\u00a0<>]/g, (c) => TEXT_ESCAPES[c]);
}

/** { source, segments: [{ node, start, end, escaped }] }, segments in document order. */
function serialize(root) {
  const parts = [];
  const segments = [];
  let pos = 0;
  const attrRe = attrEscapes();
  const push = (s) => {
    parts.push(s);
    pos += s.length;
  };
  const children = (node) => {
    const parent = node.localName === 'template' && node.namespaceURI === HTML_NS ? node.content : node;
    const raw = node.nodeType === 1 && node.namespaceURI === HTML_NS && RAW.has(node.localName);
    for (let c = parent.firstChild; c; c = c.nextSibling) visit(c, raw);
  };
  const visit = (node, raw) => {
    switch (node.nodeType) {
      case 1: {
        const name = node.namespaceURI === HTML_NS ? node.localName : node.tagName;
        let open = `<${name}`;
        for (const a of node.attributes) open += ` ${a.name}="${a.value.replace(attrRe, (c) => ATTR_ESCAPES[c])}"`;
        push(open + '>');
        if (node.namespaceURI === HTML_NS && VOID.has(name)) return;
        if (node.localName !== TAG) children(node); // another widget's own text is not the article's
        push(`</${name}>`);
        return;
      }
      case 3: {
        const data = node.data;
        if (raw) {
          push(data);
          return;
        }
        const text = escapeText(data);
        segments.push({ node, start: pos, end: pos + text.length, escaped: text.length !== data.length });
        push(text);
        return;
      }
      case 8:
        push(`<!--${node.data}-->`);
        return;
      case 7:
        push(`<?${node.target} ${node.data}>`);
        return;
      default:
    }
  };
  children(root);
  return { source: parts.join(''), segments };
}

/** A string offset inside a segment → an offset in its text node. */
function nodeOffset(seg, offset) {
  if (offset <= seg.start) return 0;
  const data = seg.node.data;
  if (!seg.escaped) return Math.min(offset - seg.start, data.length);
  let p = seg.start;
  for (let i = 0; i < data.length; i++) {
    if (p >= offset) return i;
    const e = TEXT_ESCAPES[data[i]];
    p += e ? e.length : 1;
  }
  return data.length;
}

/** The pieces of text nodes that [start, end) of the source covers: [{ node, from, to }]. */
function piecesOf(segments, start, end) {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const pieces = [];
  for (let i = lo; i < segments.length && segments[i].start < end; i++) {
    const seg = segments[i];
    const from = nodeOffset(seg, Math.max(start, seg.start));
    const to = nodeOffset(seg, Math.min(end, seg.end));
    if (to > from) pieces.push({ node: seg.node, from, to });
  }
  return pieces;
}

// ---------------------------------------------------------------------------
// Styles

const supportsSheets = typeof CSSStyleSheet === 'function' && typeof Document === 'function'
  && 'adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype;

const PANEL_CSS = `
:host {
  all: initial;
  display: block;
  --fl-bg: var(--figlens-bg, #ffffff);
  --fl-fg: var(--figlens-fg, #1d2329);
  --fl-muted: var(--figlens-muted, #5f6b76);
  --fl-border: var(--figlens-border, #d9dee3);
  --fl-chip: var(--figlens-chip, #eef1f4);
  --fl-hover: var(--figlens-hover, #f3f6f9);
  --fl-accent: var(--figlens-accent, #0b5cad);
  --fl-up: var(--figlens-up, #11783a);
  --fl-down: var(--figlens-down, #b42318);
  --fl-active: var(--figlens-active, #fff3c4);
  color-scheme: light;
  font-family: var(--figlens-font, system-ui, -apple-system, "Segoe UI", "PingFang TC", "PingFang SC", "Microsoft JhengHei", "Microsoft YaHei", "Noto Sans CJK TC", "Noto Sans CJK SC", sans-serif);
  font-size: 14px;
  line-height: 1.45;
  color: var(--fl-fg);
}
:host([hidden]) { display: none; }
:host([theme="dark"]) {
  --fl-bg: var(--figlens-bg, #1b1f24);
  --fl-fg: var(--figlens-fg, #e6e9ec);
  --fl-muted: var(--figlens-muted, #9aa5b1);
  --fl-border: var(--figlens-border, #38404a);
  --fl-chip: var(--figlens-chip, #2a3038);
  --fl-hover: var(--figlens-hover, #252b32);
  --fl-accent: var(--figlens-accent, #8cc4ff);
  --fl-up: var(--figlens-up, #6fd394);
  --fl-down: var(--figlens-down, #ff9b8f);
  --fl-active: var(--figlens-active, #4a3f12);
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) {
    --fl-bg: var(--figlens-bg, #1b1f24);
    --fl-fg: var(--figlens-fg, #e6e9ec);
    --fl-muted: var(--figlens-muted, #9aa5b1);
    --fl-border: var(--figlens-border, #38404a);
    --fl-chip: var(--figlens-chip, #2a3038);
    --fl-hover: var(--figlens-hover, #252b32);
    --fl-accent: var(--figlens-accent, #8cc4ff);
    --fl-up: var(--figlens-up, #6fd394);
    --fl-down: var(--figlens-down, #ff9b8f);
    --fl-active: var(--figlens-active, #4a3f12);
    color-scheme: dark;
  }
}
* { box-sizing: border-box; }
/* Host rules that match the <fig-lens> element itself (\* { cursor: … }, fig-lens { … })
   win over :host, and inherited values would flow in from there: the panel starts
   from initial values again, and everything inside inherits from it. */
.panel {
  all: initial;
  /* an atomic inline: the host's text-decoration does not propagate into it */
  display: inline-block;
  vertical-align: top;
  width: 100%;
  box-sizing: border-box;
  font-family: var(--figlens-font, system-ui, -apple-system, "Segoe UI", "PingFang TC", "PingFang SC", "Microsoft JhengHei", "Microsoft YaHei", "Noto Sans CJK TC", "Noto Sans CJK SC", sans-serif);
  font-size: 14px;
  line-height: 1.45;
  color: var(--fl-fg);
  cursor: default;
  background: var(--fl-bg);
  border: 1px solid var(--fl-border);
  border-radius: 8px;
  overflow: hidden;
}
details { margin: 0; }
summary {
  display: flex;
  align-items: center;
  gap: 8px;
  padding: 8px 12px;
  cursor: pointer;
  font-weight: 600;
  list-style: none;
  user-select: none;
}
summary::-webkit-details-marker { display: none; }
summary::before {
  content: "";
  width: 0; height: 0;
  border-style: solid;
  border-width: 5px 0 5px 7px;
  border-color: transparent transparent transparent currentColor;
  transition: transform 120ms;
  flex: none;
}
details[open] > summary::before { transform: rotate(90deg); }
summary:focus-visible, button:focus-visible { outline: 2px solid var(--fl-accent); outline-offset: -2px; }
.title { flex: 1; min-width: 0; }
.count {
  font-weight: 500;
  font-size: 12px;
  color: var(--fl-muted);
  background: var(--fl-chip);
  border-radius: 999px;
  padding: 0 8px;
  font-variant-numeric: tabular-nums;
}
.body { border-top: 1px solid var(--fl-border); padding: 6px 0 8px; }
.filters { display: flex; flex-wrap: wrap; gap: 4px; padding: 2px 12px 6px; }
.filters[hidden], .more[hidden], .status[hidden], .rows[hidden] { display: none; }
button {
  font: inherit;
  color: inherit;
  background: none;
  border: 0;
  margin: 0;
  padding: 0;
  text-align: inherit;
  cursor: pointer;
}
.chip {
  font-size: 12px;
  padding: 1px 8px;
  border-radius: 999px;
  background: var(--fl-chip);
  color: var(--fl-fg);
  border: 1px solid transparent;
}
.chip[aria-pressed="true"] { border-color: var(--fl-accent); color: var(--fl-accent); font-weight: 600; }
.chip .n { color: var(--fl-muted); margin-inline-start: 4px; font-variant-numeric: tabular-nums; }
.rows { list-style: none; margin: 0; padding: 0; }
.row {
  display: grid;
  grid-template-columns: 1.1em 1fr auto;
  column-gap: 6px;
  width: 100%;
  padding: 5px 12px;
  align-items: baseline;
}
button.row:hover { background: var(--fl-hover); }
.row[aria-pressed="true"] { background: var(--fl-active); }
.arrow { font-size: 11px; text-align: center; }
.arrow.increase { color: var(--fl-up); }
.arrow.decrease { color: var(--fl-down); }
.panel.zh .arrow.increase { color: var(--fl-down); }
.panel.zh .arrow.decrease { color: var(--fl-up); }
.vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.row { position: relative; }
.value { font-weight: 600; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.kind { font-size: 11px; color: var(--fl-muted); white-space: nowrap; }
.context {
  grid-column: 2 / 4;
  font-size: 12px;
  color: var(--fl-muted);
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
.surface { color: var(--fl-fg); }
.more { display: block; margin: 4px 12px 0; font-size: 12px; color: var(--fl-accent); }
.more:hover { text-decoration: underline; }
.status { margin: 0; padding: 4px 12px; font-size: 12px; color: var(--fl-muted); }
.status.error { color: var(--fl-down); }
@media (prefers-reduced-motion: reduce) { summary::before { transition: none; } }
`;

// On the article's root while a figure is highlighted; it styles nothing else.
const HOST_CSS = `
::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd84d; color: #111111; }
mark[data-figlens] { background-color: #ffd84d; color: #111111; padding: 0; margin: 0; border: 0; font: inherit; }
`;

let panelSheet = null;
let hostSheet = null;

function sheet(css) {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

function adoptPanelStyles(shadow) {
  if (supportsSheets) {
    panelSheet ??= sheet(PANEL_CSS);
    shadow.adoptedStyleSheets = [panelSheet];
  } else {
    const style = document.createElement('style');
    style.textContent = PANEL_CSS;
    shadow.append(style);
  }
}

// ---------------------------------------------------------------------------
// Highlights, shared by all widgets: one Highlight named "figlens" holds each
// widget's current range; the host stylesheet is on a root while any highlight
// in it is active.

const useHighlightApi = typeof Highlight === 'function' && typeof CSS !== 'undefined' && CSS.highlights !== undefined;
let sharedHighlight = null;
const activeRoots = new Map(); // Document | ShadowRoot → number of active highlights in it

function holdHostSheet(root) {
  activeRoots.set(root, (activeRoots.get(root) ?? 0) + 1);
  if (!supportsSheets || !root.adoptedStyleSheets) return;
  hostSheet ??= sheet(HOST_CSS);
  if (!root.adoptedStyleSheets.includes(hostSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, hostSheet];
}

function releaseHostSheet(root) {
  const n = (activeRoots.get(root) ?? 1) - 1;
  if (n > 0) {
    activeRoots.set(root, n);
    return;
  }
  activeRoots.delete(root);
  if (hostSheet && root.adoptedStyleSheets?.includes(hostSheet)) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== hostSheet);
  }
}

function addHighlightRange(range) {
  if (!sharedHighlight) sharedHighlight = new Highlight();
  if (CSS.highlights.get(HIGHLIGHT_NAME) !== sharedHighlight) CSS.highlights.set(HIGHLIGHT_NAME, sharedHighlight);
  sharedHighlight.add(range);
}

function removeHighlightRange(range) {
  if (!sharedHighlight) return;
  sharedHighlight.delete(range);
  if (sharedHighlight.size === 0) {
    if (CSS.highlights.get(HIGHLIGHT_NAME) === sharedHighlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    sharedHighlight = null;
  }
}

/** Wrap each piece in a <mark data-figlens>, splitting text nodes; returns what undo needs. */
function wrapPieces(pieces) {
  const wrapped = [];
  for (const { node, from, to } of pieces) {
    const figure = from > 0 ? node.splitText(from) : node;
    const rest = to - from < figure.length ? figure.splitText(to - from) : null;
    const mark = document.createElement('mark');
    mark.setAttribute('data-figlens', '');
    if (!supportsSheets) {
      mark.style.backgroundColor = '#ffd84d';
      mark.style.color = '#111111';
    }
    figure.parentNode.insertBefore(mark, figure);
    mark.appendChild(figure);
    wrapped.push({ node, figure, rest, mark });
  }
  return wrapped;
}

/** Undo wrapPieces: the original text nodes get their text back (same node objects). */
function unwrapPieces(wrapped) {
  for (const { node, figure, rest, mark } of wrapped) {
    if (mark.parentNode) {
      mark.parentNode.insertBefore(figure, mark);
      mark.remove();
    }
    if (figure !== node && figure.parentNode && node.parentNode) {
      node.appendData(figure.data);
      figure.remove();
    }
    if (rest && rest.parentNode && node.parentNode) {
      node.appendData(rest.data);
      rest.remove();
    }
  }
}

function reveal(range, element) {
  const smooth = !(typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);
  // Nested scroll containers first (instantly, as little as possible), then the window.
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = range.getBoundingClientRect();
  const h = window.innerHeight;
  if (rect.top < 48 || rect.bottom > h - 48) {
    window.scrollBy({ top: rect.top - (h - rect.height) / 2, behavior: smooth ? 'smooth' : 'auto' });
  }
}

// ---------------------------------------------------------------------------
// The element

/** Resolves once DOMContentLoaded has fired (at once if it has). */
function domContentLoaded() {
  if (document.readyState === 'complete') return Promise.resolve();
  if (document.readyState === 'interactive') {
    const nav = typeof performance.getEntriesByType === 'function' ? performance.getEntriesByType('navigation')[0] : undefined;
    if (nav ? nav.domContentLoadedEventStart > 0 : true) return Promise.resolve();
  }
  return new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
    window.addEventListener('load', () => resolve(), { once: true });
  });
}

function h(tag, props, ...kids) {
  const el = document.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v == null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
  }
  for (const kid of kids) if (kid != null) el.append(kid);
  return el;
}

// In Node (server rendering, tests), importing the module defines a class that is never registered.
const Base = typeof HTMLElement === 'function' ? HTMLElement : class {};

export class FigLensElement extends Base {
  /** Where the .wasm comes from, for every widget; set it before the first widget connects. */
  static wasmUrl = null;

  static get observedAttributes() {
    return ['for', 'kinds', 'lang', 'theme', 'max', 'collapsed', 'loading'];
  }

  #shadow;
  #ui;
  #text = null;
  #engine = null;
  #state = 'idle'; // idle | waiting | loading | ready | missing | error
  #error = null;
  #analysis = null;
  #source = null;
  #mode = null; // html | text | field
  #segments = [];
  #target = null;
  #observer = null;
  #fieldListener = null;
  #timer = 0;
  #visibility = null;
  #active = null; // { index, range?, root?, wrapped? }
  #filter = null;
  #expanded = false;
  #waitingFor = null; // a MutationObserver while the for= element is missing
  #starting = false;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    adoptPanelStyles(this.#shadow);
    const ui = {};
    ui.count = h('span', { class: 'count', part: 'count' });
    ui.title = h('span', { class: 'title' });
    ui.summary = h('summary', { part: 'header' }, ui.title, ui.count);
    ui.filters = h('div', { class: 'filters', role: 'group', part: 'filters', hidden: true });
    ui.rows = h('ol', { class: 'rows', part: 'rows' });
    ui.more = h('button', { class: 'more', type: 'button', part: 'more', hidden: true });
    ui.status = h('p', { class: 'status', role: 'status', part: 'status' });
    ui.body = h('div', { class: 'body' }, ui.filters, ui.rows, ui.more, ui.status);
    ui.details = h('details', { open: true }, ui.summary, ui.body);
    ui.panel = h('div', { class: 'panel', part: 'panel' }, ui.details);
    this.#shadow.append(ui.panel);
    this.#ui = ui;
    ui.more.addEventListener('click', () => {
      this.#expanded = !this.#expanded;
      this.#render();
    });
    ui.filters.addEventListener('click', (e) => {
      const chip = e.target.closest('.chip');
      if (!chip) return;
      this.#filter = chip.dataset.kind || null;
      this.#expanded = false;
      this.#render();
    });
    ui.rows.addEventListener('click', (e) => {
      const row = e.target.closest('button.row');
      if (row) this.#select(Number(row.dataset.index));
    });
    ui.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.#active) {
        this.clearHighlight();
        this.#render();
      }
    });
  }

  // --- properties ----------------------------------------------------------

  /** The text to analyze instead of the `for` element or the element's own text; null to go back. */
  get text() {
    return this.#text;
  }

  set text(value) {
    this.#text = value == null ? null : String(value);
    if (this.#engine && this.isConnected) this.#rebind();
  }

  /** The last analysis (what figlens-result carried), or null. */
  get analysis() {
    return this.#analysis;
  }

  /** The exact string the last analysis read (the HTML of the `for` element, or the text). */
  get source() {
    return this.#source;
  }

  /** The id of the element whose HTML is analyzed (the `for` attribute). */
  get htmlFor() {
    return this.getAttribute('for') ?? '';
  }

  set htmlFor(v) {
    this.setAttribute('for', v);
  }

  /** The kinds shown (the `kinds` attribute), space-separated; empty for all. */
  get kinds() {
    return this.getAttribute('kinds') ?? '';
  }

  set kinds(v) {
    if (v == null) this.removeAttribute('kinds');
    else this.setAttribute('kinds', Array.isArray(v) ? v.join(' ') : String(v));
  }

  /** light, dark or auto (the `theme` attribute). */
  get theme() {
    const t = this.getAttribute('theme');
    return t === 'light' || t === 'dark' ? t : 'auto';
  }

  set theme(v) {
    this.setAttribute('theme', v);
  }

  /** Rows shown before "show all" (the `max` attribute); 0: no limit. */
  get max() {
    const raw = this.getAttribute('max');
    if (raw === null || raw.trim() === '') return DEFAULT_MAX;
    const n = Number(raw);
    return Number.isFinite(n) && n >= 0 ? Math.floor(n) : DEFAULT_MAX;
  }

  set max(v) {
    this.setAttribute('max', String(v));
  }

  /** The figures the panel lists: body figures of the allowed kinds, in order of appearance. */
  get figures() {
    return this.#analysis ? this.#analysis.figures.filter((f) => this.#allowed(f.kind)) : [];
  }

  // --- lifecycle -----------------------------------------------------------

  connectedCallback() {
    // A `text` set before the element was defined shadows the accessor: move it over.
    if (Object.prototype.hasOwnProperty.call(this, 'text')) {
      const v = this.text;
      delete this.text;
      this.#text = v == null ? null : String(v);
    }
    this.#ui.details.open = !this.hasAttribute('collapsed');
    if (this.#engine) {
      this.#rebind();
      return;
    }
    if (this.#state === 'loading' || this.#starting) return; // the load under way finishes the job
    this.#starting = true;
    this.#render();
    // After DOMContentLoaded: the article is whole, and every module script of the
    // page has run (one may set FigLensElement.wasmUrl after importing this one).
    domContentLoaded().then(() => {
      this.#starting = false;
      if (!this.isConnected || this.#engine || this.#state === 'loading') return;
      if (this.getAttribute('loading') === 'lazy' && typeof IntersectionObserver === 'function') {
        this.#state = 'waiting';
        this.#render();
        this.#visibility ??= new IntersectionObserver((entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            this.#visibility.disconnect();
            this.#visibility = null;
            this.#boot();
          }
        });
        this.#visibility.observe(this);
        return;
      }
      this.#boot();
    });
  }

  disconnectedCallback() {
    this.#visibility?.disconnect();
    this.#visibility = null;
    this.clearHighlight();
    this.#unbind();
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'for') {
      if (this.#engine && this.isConnected) this.#rebind();
    } else if (name === 'collapsed') {
      this.#ui.details.open = value === null;
    } else if (name === 'kinds') {
      if (this.#active && !this.#allowed(this.#analysis?.figures[this.#active.index]?.kind)) this.clearHighlight();
      this.#render();
    } else if (name !== 'loading') {
      this.#render();
    }
  }

  #boot() {
    this.#state = 'loading';
    this.#render();
    const url = this.getAttribute('wasm-url');
    const wasmUrl = url ? new URL(url, document.baseURI) : FigLensElement.wasmUrl ?? undefined;
    loadEngine(wasmUrl).then(
      (m) => {
        this.#engine = m;
        if (this.isConnected) this.#rebind();
      },
      (e) => {
        if (!this.isConnected) return;
        this.#fail(e);
      },
    );
  }

  /** Re-analyze now (normally automatic: when the source changes, debounced). */
  refresh() {
    if (this.#engine && this.isConnected) this.#rebind();
  }

  // --- the source ----------------------------------------------------------

  #unbind() {
    this.#waitingFor?.disconnect();
    this.#waitingFor = null;
    clearTimeout(this.#timer);
    this.#timer = 0;
    this.#observer?.disconnect();
    if (this.#fieldListener) {
      this.#target?.removeEventListener('input', this.#fieldListener);
      this.#fieldListener = null;
    }
    this.#target = null;
  }

  /** Find the source again (for= may have changed) and analyze it. */
  #rebind() {
    this.clearHighlight();
    this.#unbind();
    let target = null;
    if (this.#text === null) {
      const id = this.getAttribute('for');
      if (id) {
        const root = this.getRootNode();
        const lookup = () => root.getElementById?.(id) ?? (root === document ? null : document.getElementById(id));
        target = lookup();
        if (!target) {
          this.#state = 'missing';
          this.#analysis = null;
          this.#source = null;
          this.#render();
          // It may be rendered later (a single-page app): watch for it.
          this.#waitingFor = new MutationObserver(() => {
            if (lookup()) this.refresh();
          });
          this.#waitingFor.observe(root, { childList: true, subtree: true });
          return;
        }
      } else {
        target = this; // the element's own text
      }
    }
    this.#target = target;
    this.#observer ??= new MutationObserver((records) => {
      if (records.length) this.#schedule();
    });
    if (target && (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)) {
      this.#fieldListener = () => this.#schedule();
      target.addEventListener('input', this.#fieldListener);
    } else if (target) {
      this.#observer.observe(target, { childList: true, characterData: true, subtree: true });
    }
    this.#run();
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = 0;
      this.#run();
    }, DEBOUNCE_MS);
  }

  /** Changes seen but not analyzed yet: analyze them now. Returns true if the figures changed. */
  #flush() {
    const pending = this.#observer?.takeRecords().length > 0;
    if (!pending && !this.#timer) return false;
    clearTimeout(this.#timer);
    this.#timer = 0;
    const before = this.#analysis;
    this.#run();
    return this.#analysis !== before;
  }

  #run() {
    if (!this.#engine) return;
    this.clearHighlight();
    const target = this.#target;
    let source;
    let mode;
    let segments = [];
    if (this.#text !== null) {
      source = this.#text;
      mode = 'text';
    } else if (target === this) {
      source = this.textContent ?? '';
      mode = 'text';
    } else if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
      source = target.value;
      mode = 'field';
    } else {
      ({ source, segments } = serialize(target));
      mode = 'html';
    }
    this.#segments = segments;
    if (this.#state === 'ready' && source === this.#source && mode === this.#mode) return; // nothing new to say
    let analysis;
    try {
      analysis = this.#engine.analyze(source, { html: mode === 'html', bodyOnly: true });
    } catch (e) {
      this.#fail(e);
      return;
    }
    this.#source = source;
    this.#mode = mode;
    this.#analysis = analysis;
    this.#state = 'ready';
    this.#error = null;
    this.#expanded = false;
    this.#render();
    this.dispatchEvent(new CustomEvent('figlens-result', { detail: analysis, bubbles: true }));
  }

  #fail(error) {
    this.#state = 'error';
    this.#error = error;
    this.#analysis = null;
    this.#source = null;
    this.#render();
    this.dispatchEvent(new CustomEvent('figlens-error', { detail: { error }, bubbles: true }));
  }

  // --- highlighting --------------------------------------------------------

  /**
   * Highlight figure `index` (into analysis.figures) in the host article and
   * scroll to it. Returns false if it cannot be shown (text mode, stale, filtered).
   */
  highlight(index) {
    this.clearHighlight();
    const f = this.#analysis?.figures[index];
    if (!f || !this.#target || this.#target === this || this.#text !== null) return false;
    const target = this.#target;
    if (this.#mode === 'field') {
      target.focus({ preventScroll: true });
      target.setSelectionRange(f.start, f.end);
      target.scrollIntoView({ block: 'nearest' });
      this.#active = { index };
      return true;
    }
    const pieces = piecesOf(this.#segments, f.start, f.end);
    if (pieces.length === 0 || pieces.some((p) => !p.node.isConnected || p.to > p.node.length)) return false;
    const range = document.createRange();
    range.setStart(pieces[0].node, pieces[0].from);
    range.setEnd(pieces.at(-1).node, pieces.at(-1).to);
    const root = target.getRootNode();
    const element = pieces[0].node.parentElement ?? target;
    if (useHighlightApi && this.getAttribute('highlight') !== 'mark') {
      addHighlightRange(range);
      holdHostSheet(root);
      this.#active = { index, range, root };
      reveal(range, element);
    } else {
      if (this.#observer?.takeRecords().length) this.#schedule(); // the host's own changes still count
      holdHostSheet(root);
      const wrapped = wrapPieces(pieces);
      this.#observer?.takeRecords(); // ours do not
      this.#active = { index, wrapped, root };
      const marked = document.createRange();
      marked.setStartBefore(wrapped[0].mark);
      marked.setEndAfter(wrapped.at(-1).mark);
      reveal(marked, wrapped[0].mark);
    }
    return true;
  }

  /** Remove the highlight, if any, restoring the host DOM as it was. */
  clearHighlight() {
    const active = this.#active;
    if (!active) return;
    this.#active = null;
    if (active.range) removeHighlightRange(active.range);
    if (active.wrapped) {
      const pending = this.#observer?.takeRecords().length > 0;
      unwrapPieces(active.wrapped);
      this.#observer?.takeRecords();
      if (pending) this.#schedule();
    }
    if (active.root) releaseHostSheet(active.root);
  }

  #select(index) {
    if (this.#flush()) return; // the article changed since: the list is new, pick again
    if (this.#active?.index === index) this.clearHighlight();
    else this.highlight(index);
    this.#render();
  }

  // --- rendering -----------------------------------------------------------

  #allowed(kind) {
    const raw = this.getAttribute('kinds');
    if (!raw || !raw.trim()) return true;
    return raw.split(/[\s,]+/).includes(kind);
  }

  #lang() {
    return labelLanguage(this.getAttribute('lang'))
      ?? labelLanguage(this.#analysis?.language)
      ?? labelLanguage(this.closest('[lang]')?.getAttribute('lang'))
      ?? 'en';
  }

  #render() {
    // Rows and chips are rebuilt: keep the keyboard focus on the same one.
    const focused = this.#shadow.activeElement;
    const focusKey = focused?.classList.contains('row') ? `.row[data-index="${focused.dataset.index}"]`
      : focused?.classList.contains('chip') ? `.chip[data-kind="${focused.dataset.kind}"]` : null;
    this.#draw();
    if (focusKey && this.#shadow.activeElement !== focused) this.#shadow.querySelector(focusKey)?.focus({ preventScroll: true });
  }

  #draw() {
    const ui = this.#ui;
    const lang = this.#lang();
    const L = LABELS[lang];
    ui.panel.lang = lang;
    ui.panel.classList.toggle('zh', lang !== 'en');
    ui.title.textContent = L.title;
    ui.filters.setAttribute('aria-label', L.filter);
    ui.rows.setAttribute('aria-label', L.list);

    const status = (text, error = false) => {
      ui.status.hidden = !text;
      ui.status.textContent = text ?? '';
      ui.status.classList.toggle('error', error);
    };
    if (this.#state !== 'ready') {
      ui.count.hidden = true;
      ui.filters.hidden = true;
      ui.rows.replaceChildren();
      ui.rows.hidden = true;
      ui.more.hidden = true;
      if (this.#state === 'missing') status(L.missing(this.getAttribute('for')), true);
      else if (this.#state === 'error') status(L.error(this.#error?.message ?? String(this.#error)), true);
      else if (this.#state === 'waiting') status(L.waiting);
      else status(L.loading);
      return;
    }

    const all = this.#analysis.figures;
    const shown = [];
    const counts = new Map();
    for (let i = 0; i < all.length; i++) {
      if (!this.#allowed(all[i].kind)) continue;
      shown.push(i);
      counts.set(all[i].kind, (counts.get(all[i].kind) ?? 0) + 1);
    }
    if (this.#filter && !counts.has(this.#filter)) this.#filter = null;
    ui.count.hidden = false;
    ui.count.textContent = formatNumber(shown.length, lang);

    // Filter chips, when there is more than one kind to choose from.
    ui.filters.hidden = counts.size < 2;
    if (counts.size >= 2) {
      const chip = (kind, label, n) => h('button', {
        class: 'chip', type: 'button', part: 'chip', 'data-kind': kind ?? '', 'aria-pressed': String((this.#filter ?? null) === kind),
      }, label, h('span', { class: 'n', text: formatNumber(n, lang) }));
      const chips = [chip(null, L.all, shown.length)];
      for (const kind of FIGURE_KINDS) if (counts.has(kind)) chips.push(chip(kind, kindLabel(kind, lang), counts.get(kind)));
      ui.filters.replaceChildren(...chips);
    } else {
      ui.filters.replaceChildren();
    }

    const listed = this.#filter ? shown.filter((i) => all[i].kind === this.#filter) : shown;
    const max = this.max;
    const limit = max > 0 && !this.#expanded ? max : Infinity;
    const linked = this.#mode !== 'text' && this.#text === null;
    const items = [];
    for (const i of listed.slice(0, limit)) items.push(h('li', null, this.#row(all[i], i, lang, linked)));
    ui.rows.replaceChildren(...items);
    ui.rows.hidden = items.length === 0;
    ui.more.hidden = !(max > 0 && listed.length > max);
    ui.more.textContent = this.#expanded ? L.showFewer : L.showAll(formatNumber(listed.length, lang));
    ui.more.setAttribute('aria-expanded', String(this.#expanded));
    if (listed.length === 0) status(shown.length === 0 ? L.none : L.noneOfKind);
    else status(null);
  }

  #row(f, index, lang, linked) {
    const L = LABELS[lang];
    const arrow = h('span', { class: `arrow${f.change ? ` ${f.change}` : ''}` });
    // The glyph for the eye, the word for screen readers.
    if (f.change) arrow.append(h('span', { 'aria-hidden': 'true', text: f.change === 'increase' ? '▲' : '▼' }), h('span', { class: 'vh', text: L[f.change] }));
    const shownValue = formatFigureValue(f, lang);
    const value = h('span', { class: 'value', part: 'value', text: shownValue });
    const kind = h('span', { class: 'kind', text: kindLabel(f.kind, lang) });
    const context = h('span', { class: 'context', part: 'context' });
    const extra = [f.metric, f.period].filter(Boolean).join(' · ');
    if (f.text !== shownValue) context.append(h('span', { class: 'surface', text: f.text }));
    if (extra) context.append(context.firstChild ? ` · ${extra}` : extra);
    const attrs = { class: 'row', part: 'row', 'data-index': String(index), 'data-kind': f.kind };
    if (!linked) return h('div', attrs, arrow, value, kind, context);
    return h('button', { ...attrs, type: 'button', title: L.locate, 'aria-pressed': String(this.#active?.index === index) }, arrow, value, kind, context);
  }
}

if (typeof customElements !== 'undefined' && !customElements.get(TAG)) {
  customElements.define(TAG, FigLensElement);
}
