// A small horizontal bar chart of percentage changes, in plain SVG built with
// DOM calls. Rises and falls get different colours and arrows (never colour
// alone); each bar is labelled with its metric (and period). Sized to the
// container's width in CSS pixels, so the text never scales down.
import { el, svg } from './dom.js';
import { formatNumber } from '../js/format.js';

const ROW = 44; // label line + bar
const BAR = 16;
const FONT = 13;
const PAD = 8;

/** The figures the chart shows: percent and pp figures with a change. */
export function chartItems(analysis, indices) {
  const items = [];
  for (const i of indices) {
    const f = analysis.figures[i];
    if (f.kind !== 'percent' || f.change === null || f.value === null) continue;
    if (f.unit !== '%' && f.unit !== 'pp') continue;
    const sign = f.change === 'decrease' ? -1 : 1;
    const name = f.metric ?? f.text;
    const label = f.period ? `${name} (${f.period})` : name;
    items.push({ index: i, label, value: sign * Math.abs(f.value), unit: f.unit, text: f.text, approximate: f.approximate });
  }
  return items;
}

function valueLabel(item) {
  const arrow = item.value < 0 ? '▼' : '▲';
  const n = formatNumber(Math.abs(item.value));
  return `${arrow} ${item.approximate ? '≈' : ''}${n}${item.unit === '%' ? '%' : ' pp'}`;
}

/** Cut a label to about `width` pixels: CJK characters count as one em, others as half. */
function fit(label, width) {
  let w = 0;
  for (let i = 0; i < label.length; i++) {
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(label[i]) ? FONT : FONT * 0.56;
    if (w > width) return label.slice(0, Math.max(1, i - 1)) + '…';
  }
  return label;
}

/**
 * Draw the chart into `root` (replacing its content). Returns the number of bars.
 * `limit` caps the bars (the largest changes first are not chosen: the order
 * of appearance is kept, as the article reads).
 */
export function renderChart(root, items, width, limit = 40) {
  if (items.length === 0) {
    root.replaceChildren(el('p', 'empty', 'No percentage changes among these figures.'));
    return 0;
  }
  const shown = items.slice(0, limit);
  const w = Math.max(240, Math.floor(width));
  const valueRoom = 88; // room for the value label beside a bar
  const maxUp = Math.max(0, ...shown.map((d) => d.value));
  const maxDown = Math.max(0, ...shown.map((d) => -d.value));
  const plot = w - 2 * PAD - (maxUp > 0 && maxDown > 0 ? 2 * valueRoom : valueRoom);
  const span = maxUp + maxDown || 1;
  const left = PAD + (maxDown > 0 ? valueRoom : 0);
  const zero = left + (maxDown / span) * plot;
  const height = shown.length * ROW + PAD * 2;

  const desc = shown.map((d) => `${d.label}: ${d.value < 0 ? 'down' : 'up'} ${formatNumber(Math.abs(d.value))}${d.unit === '%' ? '%' : ' percentage points'}`).join('; ');
  const root_ = svg('svg', {
    width: w, height, viewBox: `0 0 ${w} ${height}`, role: 'img',
    'aria-labelledby': 'chart-svg-title chart-svg-desc', class: 'bars',
  },
  svg('title', { id: 'chart-svg-title' }, `Percentage changes, ${shown.length} bars`),
  svg('desc', { id: 'chart-svg-desc' }, desc));

  shown.forEach((d, i) => {
    const y = PAD + i * ROW;
    const labelY = y + FONT;
    const barY = y + FONT + 6;
    const len = (Math.abs(d.value) / span) * plot;
    const x = d.value < 0 ? zero - len : zero;
    const g = svg('g', { class: `bar ${d.value < 0 ? 'fall' : 'rise'}`, 'data-fig': d.index },
      svg('title', null, `${d.label}: ${valueLabel(d)} (${d.text})`),
      svg('text', { x: PAD + 5, y: labelY, class: 'label' }, fit(d.label, w - 2 * PAD - 5)),
      svg('rect', { x: x.toFixed(1), y: barY, width: Math.max(1, len).toFixed(1), height: BAR, rx: 2 }),
      svg('text', {
        x: (d.value < 0 ? x - 4 : x + len + 4).toFixed(1),
        y: barY + BAR - 4,
        class: 'value',
        'text-anchor': d.value < 0 ? 'end' : 'start',
      }, valueLabel(d)));
    root_.append(g);
  });
  root_.append(svg('line', { x1: zero.toFixed(1), x2: zero.toFixed(1), y1: PAD, y2: height - PAD, class: 'axis' }));

  const parts = [root_];
  if (items.length > shown.length) parts.push(el('p', 'more', `The first ${shown.length} of ${items.length} changes are drawn.`));
  root.replaceChildren(...parts);
  return shown.length;
}
