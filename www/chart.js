// The chart of an article's figures: one panel per unit (percent, points, each
// currency, each count unit, each measure), each with its own scale, so units
// never share an axis. Inside a panel the bars are grouped by metric; a range
// (5%–8%) is drawn as a range and a "from X to Y" pair as a move from one to
// the other. Rises and falls get colours, arrows and words (never colour alone).
//
// Drawing goes through a scene (a list of shapes with their classes), which
// becomes the page's SVG (coloured by style.css) and, for the downloads, a
// standalone SVG or a PNG drawn on a canvas with the colours the page shows:
// the CSP allows no blob: or data: image, so the PNG is not rasterized SVG.
import { el, svg } from './dom.js';
import { formatNumber, formatUnit } from '../js/format.js';
import { register, t, uiLanguage } from './i18n.js';

register({
  'chart.panel.percent': { en: 'Percent', 'zh-Hant': '百分比', 'zh-Hans': '百分比' },
  'chart.panel.pp': { en: 'Percentage points', 'zh-Hant': '百分點', 'zh-Hans': '百分点' },
  'chart.panel.money': { en: 'Money ({unit})', 'zh-Hant': '金額（{unit}）', 'zh-Hans': '金额（{unit}）' },
  'chart.panel.count': { en: 'Counts', 'zh-Hant': '數量', 'zh-Hans': '数量' },
  'chart.panel.countOf': { en: 'Counts ({unit})', 'zh-Hant': '數量（{unit}）', 'zh-Hans': '数量（{unit}）' },
  'chart.panel.measure': { en: 'Measures ({unit})', 'zh-Hant': '計量（{unit}）', 'zh-Hans': '计量（{unit}）' },
  'chart.panel.multiple': { en: 'Multiples (×)', 'zh-Hant': '倍數（×）', 'zh-Hans': '倍数（×）' },
  'chart.panel.number': { en: 'Other numbers', 'zh-Hant': '其他數字', 'zh-Hans': '其他数字' },
  'chart.svgTitle': { en: 'Chart of {n} figures', 'zh-Hant': '{n} 個數字的圖表', 'zh-Hans': '{n} 个数字的图表' },
  'chart.up': { en: 'up', 'zh-Hant': '上升', 'zh-Hans': '上升' },
  'chart.down': { en: 'down', 'zh-Hant': '下降', 'zh-Hans': '下降' },
  'chart.range': { en: 'range', 'zh-Hant': '區間', 'zh-Hans': '区间' },
  'chart.from': { en: 'from {a} to {b}', 'zh-Hant': '由 {a} 至 {b}', 'zh-Hans': '由 {a} 至 {b}' },
  'chart.more': {
    en: 'The first {shown} of {n} bars are drawn: pick the figures to chart.',
    'zh-Hant': '只畫出 {n} 條中的前 {shown} 條：可自選要畫的數字。',
    'zh-Hans': '只画出 {n} 条中的前 {shown} 条：可自选要画的数字。',
  },
});

const ROW = 40; // label line + bar
const BAR = 14;
const FONT = 13;
const PAD = 8;
const HEAD = 26; // a panel's heading
const GROUP = 20; // a metric's heading
const AXIS = 20; // the tick labels under a panel
const GAP = 14; // between panels

/** Items made at most: a chart draws 40 bars and the pick lists 300, and a 5 MB
 * paste has tens of thousands of figures, which would hold the main thread. */
const MAX_ITEMS = 1000;

/** The kinds that have an amount to draw. */
const CHARTED = new Set(['percent', 'money', 'count', 'measure', 'number', 'multiple']);

/** The panel a figure is drawn in: one per kind and unit, never two units on one axis. */
function panelOf(f) {
  if (f.kind === 'percent') return f.unit === 'pp' ? 'pp' : '%';
  if (f.kind === 'money') return `money:${f.unit ?? ''}`;
  if (f.kind === 'count') return `count:${f.unit ?? ''}`;
  if (f.kind === 'measure') return `measure:${f.unit ?? ''}`;
  return f.kind; // number, multiple
}

function panelTitle(key, lang) {
  if (key === '%') return t('chart.panel.percent');
  if (key === 'pp') return t('chart.panel.pp');
  const [kind, unit] = key.split(':');
  if (kind === 'money') return t('chart.panel.money', { unit: unit || '?' });
  if (kind === 'count') return unit ? t('chart.panel.countOf', { unit: formatUnit(unit, 2, lang).trim() }) : t('chart.panel.count');
  if (kind === 'measure') return t('chart.panel.measure', { unit: formatUnit(unit, 2, lang).trim() });
  return t(`chart.panel.${kind}`);
}

const compactFormats = new Map();

/** A value as a chart says it, short: "12%", "$4.2B", "48K people", "3×". */
export function chartValue(v, panel, lang = uiLanguage()) {
  const locale = lang === 'en' ? 'en-US' : lang;
  const [kind, unit] = panel.split(':');
  if (panel === '%') return `${formatNumber(v, lang)}%`;
  // Short on a chart's axis: "pp" in English (the table spells out "percentage points").
  if (panel === 'pp') return `${formatNumber(v, lang)}${lang === 'en' ? ' pp' : formatUnit('pp', v, lang)}`;
  if (kind === 'multiple') return `${formatNumber(v, lang)}×`;
  const key = `${locale}|${kind === 'money' ? unit : ''}`;
  let f = compactFormats.get(key);
  if (!f) {
    const opts = { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 };
    try {
      f = new Intl.NumberFormat(locale, kind === 'money' && unit ? { ...opts, style: 'currency', currency: unit } : opts);
    } catch {
      f = new Intl.NumberFormat(locale, opts); // not an ISO currency code
    }
    compactFormats.set(key, f);
  }
  const n = f.format(v);
  if (kind === 'money') return unit && f.resolvedOptions().style !== 'currency' ? `${n} ${unit}` : n;
  return unit ? n + formatUnit(unit, v, lang) : n;
}

/**
 * The figures that can be charted, as chart items, in the order of the
 * article. `indices`: the figures to consider; `context(i)`: a few words of a
 * figure's sentence before it (for a label when the figure has no metric).
 * A "from X to Y" pair in one sentence becomes one item; the first MAX_ITEMS are made. Each item: { key,
 * indices, panel, group, label (unique), short, kind (bar | range | move), a,
 * b (the ends: bar 0→a or a→b), change ('rise' | 'fall' | null), changed (a
 * rise or fall is stated), valueText }.
 */
export function chartItems(analysis, indices, context = () => '') {
  const figs = analysis.figures;
  const lang = uiLanguage();
  const items = [];
  const used = new Set();
  const amount = (f) => f.value ?? f.low ?? f.high ?? null;
  for (let k = 0; k < indices.length && items.length < MAX_ITEMS; k++) {
    const i = indices[k];
    if (used.has(i)) continue;
    const f = figs[i];
    if (!CHARTED.has(f.kind)) continue;
    const panel = panelOf(f);
    const base = { indices: [i], panel, group: f.metric || null, period: f.period || null, text: f.text };
    if (f.low != null && f.high != null && f.low !== f.high) {
      const dash = f.low < 0 || f.high < 0 ? ' – ' : '–';
      items.push({
        ...base, kind: 'range', a: f.low, b: f.high, changed: true,
        change: f.change === 'increase' ? 'rise' : f.change === 'decrease' ? 'fall' : null,
        valueText: `${f.change === 'increase' ? '▲ ' : f.change === 'decrease' ? '▼ ' : ''}${chartValue(f.low, panel, lang).replace(/%$/, '')}${dash}${chartValue(f.high, panel, lang)}`,
      });
      continue;
    }
    let v = amount(f);
    if (v === null) continue;
    if (f.role) {
      // Its other end: the next figure of the same sentence, panel and metric
      // with the other role ("rose from X to Y", "increased to Y from X").
      const other = f.role === 'from' ? 'to' : 'from';
      const next = indices.slice(k + 1, k + 4).find((j) => {
        const g = figs[j];
        return g.role === other && g.block === f.block && g.sentence === f.sentence && panelOf(g) === panel && amount(g) !== null
          && (g.metric ?? null) === (f.metric ?? null);
      });
      if (next !== undefined) {
        const [a, b] = f.role === 'from' ? [v, amount(figs[next])] : [amount(figs[next]), v];
        const [fromFig, toFig] = f.role === 'from' ? [f, figs[next]] : [figs[next], f];
        used.add(next);
        items.push({
          ...base, indices: [i, next], kind: 'move', a, b, changed: true,
          change: b > a ? 'rise' : b < a ? 'fall' : null, period: f.period || figs[next].period || null,
          text: `${fromFig.text} → ${toFig.text}`,
          valueText: `${b > a ? '▲' : b < a ? '▼' : ''} ${chartValue(a, panel, lang)} → ${chartValue(b, panel, lang)}`.trim(),
        });
        continue;
      }
    }
    // A percent rise or fall with no "from"/"to" is the change itself: a fall is drawn below zero.
    const delta = (panel === '%' || panel === 'pp') && f.change !== null && !f.role;
    if (delta && f.change === 'decrease') v = -Math.abs(v);
    const arrow = f.change === 'increase' ? '▲ ' : f.change === 'decrease' ? '▼ ' : '';
    const sign = f.qualifier === 'over' ? '> ' : f.qualifier === 'under' ? '< ' : f.approximate ? '≈ ' : '';
    items.push({
      ...base, kind: 'bar', a: v, b: null, changed: f.change !== null || Boolean(f.role),
      change: f.change === 'increase' ? 'rise' : f.change === 'decrease' ? 'fall' : null,
      valueText: `${arrow}${sign}${chartValue(delta ? Math.abs(v) : v, panel, lang)}`,
    });
  }
  label(items, context);
  return items;
}

/**
 * Labels that tell every item apart: the metric and the period; without a
 * metric, the words before the figure in its sentence; then, where two still
 * read the same, the figure's own text, then its number.
 */
function label(items, context) {
  for (const d of items) {
    const what = d.group ?? (context(d.indices[0]) || d.text);
    d.key = d.indices.join('-');
    d.label = d.period ? `${what} · ${d.period}` : what;
    d.short = d.period ?? d.text; // under its metric's heading
  }
  // Labels are told apart across the chart; short ones (under a metric's heading) within the metric.
  for (const field of ['label', 'short']) {
    const key = (d) => (field === 'short' ? `${d.group}\u0000${d[field]}` : d[field]);
    const count = () => {
      const seen = new Map();
      for (const d of items) seen.set(key(d), (seen.get(key(d)) ?? 0) + 1);
      return seen;
    };
    let seen = count();
    for (const d of items) if (seen.get(key(d)) > 1 && !d[field].includes(d.text)) d[field] = `${d[field]} (${d.text})`;
    seen = count();
    for (const d of items) if (seen.get(key(d)) > 1) d[field] = `${d[field]} #${d.indices[0] + 1}`;
  }
}

/** A round end for a scale, at least `x`: 1, 2, 2.5, 4, 5, 6 or 8 times a power of ten. */
function nice(x) {
  if (x <= 0) return 0;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 4, 5, 6, 8, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}

/** Cut a label to about `width` pixels: CJK characters count as one em, others as about half. */
function fit(text, width, size = FONT) {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(text[i]) ? size : size * 0.56;
    if (w > width) return text.slice(0, Math.max(1, i - 1)) + '…';
  }
  return text;
}

/**
 * Lay the items out for a width: a scene { width, height, title, desc, nodes }.
 * Nodes: { t: rect | text | line | circle | g, cls, … }; a g has a title and children.
 */
export function layoutChart(items, width, limit = 40) {
  const lang = uiLanguage();
  const shown = items.slice(0, limit);
  const w = Math.max(260, Math.floor(width));
  // Panels in order of first appearance; inside each, metric groups likewise.
  const panels = new Map();
  for (const d of shown) {
    if (!panels.has(d.panel)) panels.set(d.panel, new Map());
    const groups = panels.get(d.panel);
    const g = d.group ?? `\u0000${d.key}`; // no metric: a group of its own
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(d);
  }
  const nodes = [];
  let y = PAD;
  const valueRoom = 112;
  for (const [panel, groups] of panels) {
    const all = [...groups.values()].flat();
    const lo = Math.min(0, ...all.map((d) => Math.min(d.a, d.b ?? d.a)));
    const hi = Math.max(0, ...all.map((d) => Math.max(d.a, d.b ?? d.a)));
    const top = nice(hi);
    const bottom = -nice(-lo);
    const left = PAD + (bottom < 0 ? valueRoom * 0.6 : 0);
    const right = w - PAD - valueRoom;
    const x = (v) => left + ((v - bottom) / ((top - bottom) || 1)) * (right - left);
    nodes.push({ t: 'text', x: PAD, y: y + 16, cls: 'panel-title', text: panelTitle(panel, lang) });
    y += HEAD;
    const plotTop = y;
    for (const [g, list] of groups) {
      const headed = !g.startsWith('\u0000') && list.length > 1;
      if (headed) {
        nodes.push({ t: 'text', x: PAD, y: y + FONT + 2, cls: 'group', text: fit(g, w - 2 * PAD) });
        y += GROUP;
      }
      for (const d of list) {
        nodes.push(itemNode(d, { x, y, w, headed, zero: x(0) }));
        y += ROW;
      }
    }
    // The axis: zero, and the ends of the scale, in the panel's unit.
    const ticks = [...new Set([bottom, 0, top])];
    nodes.push({ t: 'line', x1: x(0), x2: x(0), y1: plotTop, y2: y, cls: 'axis' });
    for (const v of ticks) {
      nodes.push({ t: 'line', x1: x(v), x2: x(v), y1: y, y2: y + 4, cls: 'axis' });
      nodes.push({ t: 'text', x: x(v), y: y + 16, cls: 'tick', anchor: v === bottom ? 'start' : v === top ? 'end' : 'middle', text: v === 0 ? formatNumber(0, lang) : chartValue(v, panel, lang) });
    }
    y += AXIS + GAP;
  }
  const height = Math.ceil(y - GAP + PAD);
  const desc = shown.map((d) => `${d.label}: ${describe(d)}`).join('; ');
  return { width: w, height, title: t('chart.svgTitle', { n: shown.length }), desc, nodes, shown: shown.length, total: items.length };
}

function describe(d) {
  const dir = d.change === 'rise' ? `${t('chart.up')} ` : d.change === 'fall' ? `${t('chart.down')} ` : '';
  return `${dir}${d.valueText.replace(/^[▲▼] ?/, '')}`;
}

function itemNode(d, { x, y, w, headed, zero }) {
  const labelY = y + FONT;
  const barY = y + FONT + 7;
  const cls = `bar ${d.kind} ${d.change ?? 'level'}`;
  const children = [{ t: 'text', x: PAD + (headed ? 12 : 0), y: labelY, cls: 'label', text: fit(headed ? d.short : d.label, w - 2 * PAD - (headed ? 12 : 0)) }];
  let end; // where the value label starts
  if (d.kind === 'move') {
    const [xa, xb] = [x(d.a), x(d.b)];
    const mid = barY + BAR / 2;
    children.push({ t: 'line', x1: xa, x2: xb, y1: mid, y2: mid, cls: 'move-line' });
    children.push({ t: 'circle', cx: xa, cy: mid, r: 4, cls: 'from-dot' });
    children.push({ t: 'circle', cx: xb, cy: mid, r: 5, cls: 'to-dot' });
    end = Math.max(xa, xb) + 8;
  } else if (d.kind === 'range') {
    const [xa, xb] = [x(d.a), x(d.b)];
    children.push({ t: 'rect', x: Math.min(xa, xb), y: barY, w: Math.max(2, Math.abs(xb - xa)), h: BAR, cls: 'range-bar' });
    end = Math.max(xa, xb) + 4;
  } else {
    const xv = x(d.a);
    children.push({ t: 'rect', x: Math.min(zero, xv), y: barY, w: Math.max(1, Math.abs(xv - zero)), h: BAR, cls: 'value-bar' });
    end = Math.max(zero, xv) + 4;
  }
  children.push({ t: 'text', x: end, y: barY + BAR - 3, cls: 'value', text: d.valueText });
  return { t: 'g', cls, key: d.key, fig: d.indices[0], panel: d.panel, label: d.label, title: `${d.label}: ${describe(d)} (${d.text})`, children };
}

// ------------------------------------------------------------------ drawing

const round = (n) => Math.round(n * 10) / 10;

/** An SVG element of a node; `paint(node)` gives explicit attributes (the downloads), else classes carry the look. */
function svgNode(n, paint) {
  const p = paint ? paint(n) : {};
  const cls = paint ? null : n.cls;
  if (n.t === 'g') {
    const g = svg('g', {
      class: cls, 'data-fig': n.fig, 'data-key': n.key, 'data-panel': paint ? null : n.panel, 'data-label': paint ? null : n.label,
    }, svg('title', null, n.title));
    for (const c of n.children) g.append(svgNode(c, paint));
    return g;
  }
  if (n.t === 'rect') return svg('rect', { x: round(n.x), y: round(n.y), width: round(n.w), height: round(n.h), rx: 2, class: cls, ...p });
  if (n.t === 'line') return svg('line', { x1: round(n.x1), x2: round(n.x2), y1: round(n.y1), y2: round(n.y2), class: cls, ...p });
  if (n.t === 'circle') return svg('circle', { cx: round(n.cx), cy: round(n.cy), r: n.r, class: cls, ...p });
  return svg('text', { x: round(n.x), y: round(n.y), class: cls, 'text-anchor': n.anchor ?? null, ...p }, n.text);
}

/** The chart as an SVG element of the page (styled by style.css). */
export function sceneSvg(scene) {
  const root = svg('svg', {
    width: scene.width, height: scene.height, viewBox: `0 0 ${scene.width} ${scene.height}`, role: 'img',
    'aria-labelledby': 'chart-svg-title chart-svg-desc', class: 'bars',
  }, svg('title', { id: 'chart-svg-title' }, scene.title), svg('desc', { id: 'chart-svg-desc' }, scene.desc));
  for (const n of scene.nodes) root.append(svgNode(n));
  return root;
}

/**
 * The look the page gives each node (fill, stroke, font), read from the drawn
 * SVG's computed styles, so a download shows the page's theme and colours.
 */
export function computedPaint(drawn, scene) {
  const looks = new Map();
  const shapes = drawn.querySelectorAll('rect, line, circle, text');
  let k = 0;
  const walk = (n) => {
    if (n.t === 'g') return n.children.forEach(walk);
    const s = getComputedStyle(shapes[k++]);
    looks.set(n, {
      fill: s.fill, 'fill-opacity': s.fillOpacity === '1' ? null : s.fillOpacity, stroke: s.stroke, 'stroke-width': s.strokeWidth,
      ...(n.t === 'text' ? { 'font-size': s.fontSize, 'font-weight': s.fontWeight, 'font-family': s.fontFamily } : {}),
    });
  };
  scene.nodes.forEach(walk);
  const page = getComputedStyle(drawn.closest('figure') ?? drawn);
  let background = page.backgroundColor;
  for (let e = drawn; e && /rgba\(0, 0, 0, 0\)|transparent/.test(background); e = e.parentElement) background = getComputedStyle(e).backgroundColor;
  if (/rgba\(0, 0, 0, 0\)|transparent/.test(background)) background = '#ffffff';
  return { looks, background };
}

/** A standalone SVG document (text) of the scene with the page's colours. */
export function sceneSvgFile(scene, { looks, background }) {
  const root = svg('svg', {
    xmlns: 'http://www.w3.org/2000/svg', width: scene.width, height: scene.height, viewBox: `0 0 ${scene.width} ${scene.height}`,
  }, svg('title', null, scene.title), svg('desc', null, scene.desc),
  svg('rect', { x: 0, y: 0, width: scene.width, height: scene.height, fill: background }));
  for (const n of scene.nodes) root.append(svgNode(n, (m) => looks.get(m) ?? {}));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

/** Draw the scene on a 2D canvas context (already scaled), with the page's colours. */
export function drawScene(ctx, scene, { looks, background }) {
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, scene.width, scene.height);
  const visible = (c) => c && c !== 'none' && !/rgba\(\d+, \d+, \d+, 0\)/.test(c);
  const draw = (n) => {
    if (n.t === 'g') return n.children.forEach(draw);
    const s = looks.get(n) ?? {};
    ctx.beginPath();
    if (n.t === 'text') {
      ctx.font = `${s['font-weight'] ?? 400} ${s['font-size'] ?? '13px'} ${s['font-family'] ?? 'sans-serif'}`;
      ctx.textAlign = { middle: 'center', end: 'right' }[n.anchor] ?? 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.fillStyle = visible(s.fill) ? s.fill : '#000';
      ctx.fillText(n.text, n.x, n.y);
      return;
    }
    if (n.t === 'rect') ctx.rect(n.x, n.y, n.w, n.h);
    else if (n.t === 'circle') ctx.arc(n.cx, n.cy, n.r, 0, 2 * Math.PI);
    else {
      ctx.moveTo(n.x1, n.y1);
      ctx.lineTo(n.x2, n.y2);
    }
    if (n.t !== 'line' && visible(s.fill)) {
      ctx.fillStyle = s.fill;
      ctx.globalAlpha = Number(s['fill-opacity'] ?? 1);
      ctx.fill();
      ctx.globalAlpha = 1;
    }
    if (visible(s.stroke)) {
      ctx.strokeStyle = s.stroke;
      ctx.lineWidth = parseFloat(s['stroke-width']) || 1;
      ctx.stroke();
    }
  };
  scene.nodes.forEach(draw);
}

/**
 * Draw the chart of `items` into `root` (replacing its content) at `width`
 * CSS pixels. Returns the scene (null when there is nothing to draw).
 */
export function renderChart(root, items, width, { empty, limit = 40 } = {}) {
  if (items.length === 0) {
    root.replaceChildren(el('p', 'empty', empty));
    return null;
  }
  const scene = layoutChart(items, width, limit);
  const parts = [sceneSvg(scene)];
  if (scene.total > scene.shown) parts.push(el('p', 'more', t('chart.more', { shown: scene.shown, n: scene.total })));
  root.replaceChildren(...parts);
  return scene;
}
