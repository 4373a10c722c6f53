// The reading view: title, meta line, body blocks with every figure marked,
// the set-aside blocks (keywords, related, ranking, boilerplate) collapsed
// below, and the cleaning report.
//
// Where the marks come from:
// - Plain-text input: offsets point into the text itself, so a block is drawn
//   from its original slice, cut at every figure, removed annotation, removed
//   markup or invisible character, and damaged run. Removed pieces are kept as
//   hidden <del> elements (shown on request); damage is marked in place. If
//   what remains does not match the block's cleaned text (ignoring spaces),
//   the block falls back to the next way.
// - HTML input (offsets point into the HTML source) and list items: the
//   cleaned text is drawn and each figure is found in it by its `text`, in
//   order of appearance. A figure that cannot be found stays unmarked, and
//   its table row says so.
import { el, h } from './dom.js';
import { formatFigureValue } from '../js/format.js';
import { ASIDE_KINDS, LANGUAGE_NAMES, changeLabel } from './format.js';

const ASIDE_NAMES = {
  keywords: 'Keywords',
  related: 'Related list',
  ranking: 'Ranking',
  boilerplate: 'Boilerplate',
};

/** Spans sorted by start, for binary search. */
function sorted(spans, kind) {
  return spans.map((s) => ({ start: s.start, end: s.end, kind })).sort((a, b) => a.start - b.start);
}

/** Spans of a sorted list that overlap [start, end). */
function overlapping(list, start, end) {
  let lo = 0;
  let hi = list.length;
  // first span whose end > start (spans do not nest, so ends grow with starts)
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out = [];
  for (let i = lo; i < list.length && list[i].start < end; i++) if (list[i].end > start) out.push(list[i]);
  return out;
}

const squash = (s) => s.replace(/\s+/g, '');

/**
 * Build a figure mark: a button (Enter or click shows the figure in the table;
 * focus or hover shows its details).
 */
function figureMark(f, index) {
  const b = h('button', {
    type: 'button',
    class: `fig k-${f.kind}`,
    'data-fig': index,
    tabindex: -1,
    'aria-describedby': 'fig-tip',
  });
  return b;
}

function damageMark(d, index) {
  const m = h('mark', { class: 'damage', 'data-damage': index });
  return m;
}

/**
 * Render [start, end) of the original text into `parent`, cut at the given
 * spans. Returns the visible text, or null if a span crosses another in a way
 * that cannot nest (the caller then falls back to locating by text).
 */
function renderSlice(parent, text, start, end, figs, removed, damaged, ctx) {
  const cuts = new Set([start, end]);
  const clip = (s) => {
    if (s.start > start && s.start < end) cuts.add(s.start);
    if (s.end > start && s.end < end) cuts.add(s.end);
  };
  figs.forEach(clip);
  removed.forEach(clip);
  damaged.forEach(clip);
  const points = [...cuts].sort((a, b) => a - b);
  let visible = '';
  let figEl = null;
  let figAt = -1;
  let dmgEl = null;
  let dmgAt = -1;
  for (let i = 0; i + 1 < points.length; i++) {
    const x = points[i];
    const y = points[i + 1];
    const fig = figs.find((s) => s.start <= x && s.end >= y);
    const dmg = damaged.find((s) => s.start <= x && s.end >= y);
    const rem = removed.some((s) => s.start <= x && s.end >= y);
    const figIndex = fig ? fig.index : -1;
    if (figIndex !== figAt) {
      figAt = figIndex;
      dmgAt = -1;
      dmgEl = null;
      figEl = null;
      if (fig) {
        figEl = figureMark(ctx.analysis.figures[fig.index], fig.index);
        parent.append(figEl);
        ctx.figureEls.set(fig.index, figEl);
      }
    }
    const holder = figEl ?? parent;
    const dmgIndex = dmg ? dmg.index : -1;
    if (dmgIndex !== dmgAt) {
      dmgAt = dmgIndex;
      dmgEl = null;
      if (dmg) {
        dmgEl = damageMark(dmg, dmg.index);
        dmgEl.title = `encoding damage (${dmg.kind})`;
        holder.append(dmgEl);
        if (!ctx.damageEls.has(dmg.index)) ctx.damageEls.set(dmg.index, dmgEl);
      }
    }
    const target = dmgEl ?? holder;
    const piece = text.slice(x, y);
    if (rem) {
      target.append(el('del', 'removed', piece));
    } else {
      target.append(piece);
      visible += piece;
    }
  }
  return visible;
}

/**
 * Find figures (in order) in a list of cleaned texts. Returns, per text, the
 * sorted marks [{ pos, len, fig }]; figures not found are left out.
 */
function locate(texts, figs, analysis) {
  const marks = texts.map(() => []);
  let t = 0;
  let cursor = 0;
  for (const index of figs) {
    const needle = analysis.figures[index].text;
    if (!needle) continue;
    for (let j = t; j < texts.length; j++) {
      const pos = texts[j].indexOf(needle, j === t ? cursor : 0);
      if (pos >= 0) {
        marks[j].push({ pos, len: needle.length, fig: index });
        t = j;
        cursor = pos + needle.length;
        break;
      }
    }
  }
  return marks;
}

/** Render a cleaned text with figure marks (from locate) and damaged runs found in it. */
function renderLocated(parent, text, marks, damage, ctx) {
  const all = marks.map((m) => ({ ...m }));
  for (const d of damage) {
    const needle = ctx.text.slice(d.start, d.end);
    const pos = needle ? text.indexOf(needle) : -1;
    if (pos >= 0 && !all.some((m) => pos < m.pos + m.len && m.pos < pos + needle.length)) {
      all.push({ pos, len: needle.length, damage: d });
    }
  }
  all.sort((a, b) => a.pos - b.pos);
  let at = 0;
  for (const m of all) {
    if (m.pos < at) continue;
    parent.append(text.slice(at, m.pos));
    const piece = text.slice(m.pos, m.pos + m.len);
    if (m.damage) {
      const node = damageMark(m.damage, m.damage.index);
      node.title = `encoding damage (${m.damage.kind})`;
      node.append(piece);
      parent.append(node);
      if (!ctx.damageEls.has(m.damage.index)) ctx.damageEls.set(m.damage.index, node);
    } else {
      const node = figureMark(ctx.analysis.figures[m.fig], m.fig);
      node.append(piece);
      parent.append(node);
      ctx.figureEls.set(m.fig, node);
    }
    at = m.pos + m.len;
  }
  parent.append(text.slice(at));
}

/** Draw one block's text into `parent` (exactly from offsets when possible). */
function renderBlockText(parent, b, blockIndex, ctx) {
  const figs = ctx.figsByBlock.get(blockIndex) ?? [];
  const damage = overlapping(ctx.damaged, b.start, b.end);
  if (!ctx.html) {
    const spans = figs.map((i) => ({ start: ctx.analysis.figures[i].start, end: ctx.analysis.figures[i].end, index: i }));
    const inside = spans.every((s) => s.start >= b.start && s.end <= b.end);
    if (inside) {
      const removed = ctx.removed.flatMap((list) => overlapping(list, b.start, b.end));
      const trial = document.createDocumentFragment();
      const marked = new Map();
      const damageMarked = new Map();
      const local = { ...ctx, figureEls: marked, damageEls: damageMarked };
      const visible = renderSlice(trial, ctx.text, b.start, b.end, spans, removed, damage, local);
      if (squash(visible) === squash(b.text)) {
        parent.append(trial);
        for (const [k, v] of marked) ctx.figureEls.set(k, v);
        for (const [k, v] of damageMarked) if (!ctx.damageEls.has(k)) ctx.damageEls.set(k, v);
        return;
      }
    }
  }
  renderLocated(parent, b.text, locate([b.text], figs, ctx.analysis)[0], damage, ctx);
}

/** Render a list block's items, figures located by text. */
function renderItems(b, blockIndex, ctx) {
  const figs = ctx.figsByBlock.get(blockIndex) ?? [];
  const marks = locate(b.items, figs, ctx.analysis);
  const damage = overlapping(ctx.damaged, b.start, b.end);
  const list = el(b.kind === 'ranking' ? 'ol' : 'ul', `items ${b.kind}`);
  b.items.forEach((item, i) => {
    const li = el('li');
    renderLocated(li, item, marks[i], damage, ctx);
    list.append(li);
  });
  return list;
}

function metaList(meta) {
  const rows = [];
  if (meta.date) rows.push(['Date', meta.date.replace('T', ' ')]);
  if (meta.source) rows.push(['Source', meta.source]);
  if (meta.authors?.length) rows.push([meta.authors.length > 1 ? 'Authors' : 'Author', meta.authors.join(', ')]);
  if (meta.editor) rows.push(['Editor', meta.editor]);
  if (meta.tags?.length) rows.push(['Tags', meta.tags.join(', ')]);
  if (rows.length === 0 && !meta.currency) return el('p', 'meta-line none', 'No date, source or author found.');
  const dl = el('dl', 'meta-line');
  // v1.1: what a bare 元 means here, from the places and currencies the article names
  if (meta.currency) rows.push(['Currency of a bare 元', meta.currency]);
  for (const [k, v] of rows) dl.append(el('div', null, el('dt', null, k), el('dd', null, v)));
  return dl;
}

/**
 * Render the analysis into `root` (replacing its content).
 * ctx: { analysis, text, html, limit, deadline, batch }. Returns { figureEls,
 * damageEls, shown, total, done, resume }. With a `deadline` (a
 * performance.now() time) or a `batch` (blocks at most), drawing stops there
 * with `done` false: each call of resume(deadline, batch) draws more, and
 * returns true once all is drawn. The header and the frame come first; the
 * blocks, the set-aside blocks and the cleaning report follow.
 */
export function renderArticle(root, { analysis, text, html, limit = 150, deadline = Infinity, batch = Infinity }) {
  const a = analysis;
  const figsByBlock = new Map();
  a.figures.forEach((f, i) => {
    let list = figsByBlock.get(f.block);
    if (!list) figsByBlock.set(f.block, (list = []));
    list.push(i);
  });
  const c = a.cleaning;
  const ctx = {
    analysis: a,
    text,
    html,
    figsByBlock,
    // Each list is sorted and its spans do not overlap; the lists may overlap each other.
    removed: [sorted(c.pinyinAnnotations, 'pinyin'), sorted(c.markup, 'markup'), sorted(c.invisible, 'invisible')],
    damaged: c.damaged.map((d, index) => ({ ...d, index })).sort((x, y) => x.start - y.start),
    figureEls: new Map(),
    damageEls: new Map(),
  };

  const body = el('div', 'article-body');
  const titleIndex = a.blocks.findIndex((b) => b.kind === 'title');
  const header = el('header', 'article-header');
  let titleNode;
  if (titleIndex >= 0) {
    titleNode = h('h3', { id: 'article-title', class: 'article-title', lang: a.blocks[titleIndex].language });
    renderBlockText(titleNode, a.blocks[titleIndex], titleIndex, ctx);
  } else if (a.title) {
    titleNode = h('h3', { id: 'article-title', class: 'article-title' }, a.title);
  } else {
    titleNode = h('h3', { id: 'article-title', class: 'article-title untitled' }, 'No title found');
  }
  header.append(titleNode, metaList(a.meta));

  const bodyBlocks = [];
  const asides = [];
  a.blocks.forEach((b, i) => {
    if (i !== titleIndex) (ASIDE_KINDS.has(b.kind) ? asides : bodyBlocks).push(i);
  });
  const total = bodyBlocks.length;
  const shown = Math.min(total, limit);
  if (total === 0) body.append(el('p', 'empty', 'No body paragraphs found.'));

  const parts = [header, body];
  if (shown < total) {
    parts.push(h('p', { class: 'more' },
      `Showing the first ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} body blocks. `,
      h('button', { type: 'button', class: 'show-more', 'data-more': 'article' }, `Show ${Math.min(500, total - shown).toLocaleString('en-US')} more`)));
  }

  // The set-aside blocks, collapsed.
  let details = null;
  if (asides.length) {
    const counts = new Map();
    for (const i of asides) counts.set(a.blocks[i].kind, (counts.get(a.blocks[i].kind) ?? 0) + 1);
    const summaryText = [...counts].map(([k, n]) => `${ASIDE_NAMES[k].toLowerCase()}${n > 1 ? ` ×${n}` : ''}`).join(', ');
    details = h('details', { class: 'set-aside', id: 'set-aside' },
      h('summary', null, `Set aside from the article: ${summaryText}`));
    parts.push(details);
  }
  root.replaceChildren(...parts);
  root.lang = a.language === 'und' ? '' : a.language;

  const bodyNode = (i) => {
    const b = a.blocks[i];
    let node;
    if (b.kind === 'heading') node = h('h4', { class: 'block heading', 'data-block': i });
    else if (b.kind === 'meta') node = h('p', { class: 'block byline', 'data-block': i });
    else node = h('p', { class: `block ${b.kind}`, 'data-block': i });
    if (b.language !== a.language) node.lang = b.language;
    renderBlockText(node, b, i, ctx);
    return node;
  };
  const asideNode = (i) => {
    const b = a.blocks[i];
    const section = h('section', { class: `aside ${b.kind}`, 'data-block': i });
    const count = b.items ? ` (${b.items.length} items)` : '';
    section.append(el('h4', null, `${ASIDE_NAMES[b.kind]}${count}`));
    if (b.items && b.items.length) {
      section.append(renderItems(b, i, ctx));
    } else {
      const p = el('p', 'aside-text');
      renderBlockText(p, b, i, ctx);
      section.append(p);
    }
    return section;
  };

  let nextBody = 0;
  let nextAside = 0;
  const asidesShown = Math.min(asides.length, limit);
  const out = { figureEls: ctx.figureEls, damageEls: ctx.damageEls, shown, total, done: false };
  out.resume = (until = Infinity, most = Infinity) => {
    if (out.done) return true;
    let drawn = 0;
    const enough = () => ++drawn >= most || performance.now() > until;
    while (nextBody < shown) {
      body.append(bodyNode(bodyBlocks[nextBody++]));
      if (enough()) return false;
    }
    while (nextAside < asidesShown) {
      details.append(asideNode(asides[nextAside++]));
      if (enough()) return false;
    }
    if (asidesShown < asides.length) {
      details.append(el('p', 'more', `… and ${(asides.length - asidesShown).toLocaleString('en-US')} more set-aside blocks (in the JSON).`));
    }
    root.append(cleaningReport(a, ctx));
    // Roving focus: the first figure mark is the article's one tab stop.
    const first = root.querySelector('.fig');
    if (first) first.tabIndex = 0;
    out.done = true;
    return true;
  };
  out.resume(deadline, batch);
  return out;
}

const DAMAGE_LISTED = 100;

function cleaningReport(a, ctx) {
  const c = a.cleaning;
  const section = h('section', { class: 'cleaning', 'aria-labelledby': 'cleaning-title' },
    h('h3', { id: 'cleaning-title' }, 'Cleaning report'));
  const list = el('ul');
  const n = (k, one, many) => `${k.toLocaleString('en-US')} ${k === 1 ? one : many}`;
  if (c.pinyinAnnotations.length) {
    const example = ctx.text.slice(c.pinyinAnnotations[0].start, c.pinyinAnnotations[0].end);
    list.append(el('li', null, `${n(c.pinyinAnnotations.length, 'pinyin annotation', 'pinyin annotations')} removed, like “${example}”.`));
  }
  if (c.markup.length) list.append(el('li', null, `${n(c.markup.length, 'piece', 'pieces')} of stray markup or entities removed.`));
  if (c.invisible.length) list.append(el('li', null, `${n(c.invisible.length, 'invisible character', 'invisible characters')} removed.`));
  if (c.damaged.length) {
    const li = el('li', null, `${n(c.damaged.length, 'run', 'runs')} of encoding damage, marked in place and never read as figures:`);
    const runs = el('ul', 'damage-list');
    // The first DAMAGE_LISTED: a large input can have thousands (the JSON has them all).
    c.damaged.slice(0, DAMAGE_LISTED).forEach((d, i) => {
      const what = d.kind === 'latin1-utf8' ? 'UTF-8 read as Latin-1'
        : d.kind === 'gbk-utf8' ? 'GBK read as UTF-8' : 'replacement characters';
      const item = el('li', null);
      const shown = ctx.damageEls.has(i);
      const sample = ctx.text.slice(d.start, d.end);
      if (shown) item.append(h('button', { type: 'button', class: 'link', 'data-damage-jump': i }, `“${sample}”`));
      else item.append(`“${sample}”`);
      item.append(` (${what}${d.repaired ? `; probably “${d.repaired}”` : ''})`);
      runs.append(item);
    });
    if (c.damaged.length > DAMAGE_LISTED) runs.append(el('li', null, `… and ${(c.damaged.length - DAMAGE_LISTED).toLocaleString('en-US')} more (in the JSON).`));
    li.append(runs);
    list.append(li);
  }
  if (!list.children.length) list.append(el('li', null, 'Nothing needed repair: no annotations, stray markup, invisible characters or encoding damage.'));
  section.append(list);
  if (!ctx.html && c.pinyinAnnotations.length + c.markup.length + c.invisible.length > 0) {
    section.append(h('p', null, h('label', { class: 'inline-check' },
      h('input', { type: 'checkbox', id: 'show-removed' }), ' Show the removed text in place, struck through')));
  }
  section.append(el('p', 'language', `Language: ${LANGUAGE_NAMES[a.language] ?? a.language}.`));
  return section;
}

// v1.1: a stated bound or approximation, in words.
const QUALIFIER_LABELS = {
  over: 'more than', 'at-least': 'at least', under: 'less than', 'at-most': 'at most', about: 'about', nearly: 'nearly',
};

/** The details of a figure, as rows of [label, value]. */
export function figureDetails(f, blockKind) {
  const rows = [
    ['Value', formatFigureValue(f) || '—'],
    ['Kind', f.kind],
    ['Change', changeLabel(f.change) || '—'],
    ['Approximate', f.approximate ? 'yes' : 'no'],
    ['Period', f.period ?? '—'],
    ['Metric', f.metric ?? '—'],
  ];
  if (f.qualifier) rows.splice(4, 0, ['Qualifier', QUALIFIER_LABELS[f.qualifier] ?? f.qualifier]);
  if (f.role) rows.push(['Role', f.role]);
  if (blockKind) rows.push(['In', blockKind]);
  return rows;
}
