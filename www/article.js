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
import { formatFigureValue, inferredYear } from '../js/format.js';
import { kindLabel } from '../js/kinds.js';
import { ASIDE_KINDS, changeLabel, count, languageName } from './format.js';
import { register, t, uiLanguage } from './i18n.js';
import './values.js'; // registers value.inferred

register({
  'aside.keywords': { en: 'Keywords', 'zh-Hant': '關鍵詞', 'zh-Hans': '关键词' },
  'aside.related': { en: 'Related list', 'zh-Hant': '相關列表', 'zh-Hans': '相关列表' },
  'aside.ranking': { en: 'Ranking', 'zh-Hant': '排行榜', 'zh-Hans': '排行榜' },
  'aside.boilerplate': { en: 'Boilerplate', 'zh-Hant': '網頁雜項', 'zh-Hans': '网页杂项' },
  'aside.summary': { en: 'Set aside from the article: {list}', 'zh-Hant': '不屬於正文的部分：{list}', 'zh-Hans': '不属于正文的部分：{list}' },
  'aside.items': { en: ' ({n} items)', 'zh-Hant': '（{n} 項）', 'zh-Hans': '（{n} 项）' },
  'aside.more': { en: '… and {n} more set-aside blocks (in the JSON).', 'zh-Hant': '…還有 {n} 個不屬於正文的區塊（見 JSON）。', 'zh-Hans': '…还有 {n} 个不属于正文的区块（见 JSON）。' },
  'meta.date': { en: 'Date', 'zh-Hant': '日期', 'zh-Hans': '日期' },
  'meta.source': { en: 'Source', 'zh-Hant': '來源', 'zh-Hans': '来源' },
  'meta.author': { en: 'Author', 'zh-Hant': '作者', 'zh-Hans': '作者' },
  'meta.authors': { en: 'Authors', 'zh-Hant': '作者', 'zh-Hans': '作者' },
  'meta.editor': { en: 'Editor', 'zh-Hant': '編輯', 'zh-Hans': '编辑' },
  'meta.tags': { en: 'Tags', 'zh-Hant': '標籤', 'zh-Hans': '标签' },
  'meta.none': { en: 'No date, source or author found.', 'zh-Hant': '沒有找到日期、來源或作者。', 'zh-Hans': '没有找到日期、来源或作者。' },
  'meta.currency': { en: 'Currency of a bare 元', 'zh-Hant': '單寫「元」的幣種', 'zh-Hans': '单写“元”的币种' },
  'article.untitled': { en: 'No title found', 'zh-Hant': '沒有找到標題', 'zh-Hans': '没有找到标题' },
  'article.noBody': { en: 'No body paragraphs found.', 'zh-Hant': '沒有找到正文段落。', 'zh-Hans': '没有找到正文段落。' },
  'article.showing': { en: 'Showing the first {shown} of {total} body blocks. ', 'zh-Hant': '顯示 {total} 個正文區塊中的前 {shown} 個。', 'zh-Hans': '显示 {total} 个正文区块中的前 {shown} 个。' },
  'article.more': { en: 'Show {n} more', 'zh-Hant': '再顯示 {n} 個', 'zh-Hans': '再显示 {n} 个' },
  'damage.title': { en: 'encoding damage ({kind})', 'zh-Hant': '編碼損壞（{kind}）', 'zh-Hans': '编码损坏（{kind}）' },
  'cleaning.title': { en: 'Cleaning report', 'zh-Hant': '清理報告', 'zh-Hans': '清理报告' },
  'cleaning.pinyin': { en: '{n} pinyin annotations removed, like “{example}”.', 'zh-Hant': '移除了 {n} 個拼音注音，例如「{example}」。', 'zh-Hans': '移除了 {n} 个拼音注音，例如“{example}”。' },
  'cleaning.pinyin1': { en: '1 pinyin annotation removed: “{example}”.', 'zh-Hant': '移除了 1 個拼音注音：「{example}」。', 'zh-Hans': '移除了 1 个拼音注音：“{example}”。' },
  'cleaning.markup': { en: '{n} pieces of stray markup or entities removed.', 'zh-Hant': '移除了 {n} 處殘留的標記或實體。', 'zh-Hans': '移除了 {n} 处残留的标记或实体。' },
  'cleaning.invisible': { en: '{n} invisible characters removed.', 'zh-Hant': '移除了 {n} 個不可見字元。', 'zh-Hans': '移除了 {n} 个不可见字符。' },
  'cleaning.damaged': {
    en: '{n} runs of encoding damage, marked in place and never read as figures:',
    'zh-Hant': '{n} 處編碼損壞，已就地標示，不會當作數字讀取：',
    'zh-Hans': '{n} 处编码损坏，已就地标注，不会当作数字读取：',
  },
  'cleaning.latin1': { en: 'UTF-8 read as Latin-1', 'zh-Hant': 'UTF-8 被當作 Latin-1 讀取', 'zh-Hans': 'UTF-8 被当作 Latin-1 读取' },
  'cleaning.gbk': { en: 'GBK read as UTF-8', 'zh-Hant': 'GBK 被當作 UTF-8 讀取', 'zh-Hans': 'GBK 被当作 UTF-8 读取' },
  'cleaning.replacement': { en: 'replacement characters', 'zh-Hant': '替代字元', 'zh-Hans': '替换字符' },
  'cleaning.probably': { en: '; probably “{text}”', 'zh-Hant': '；可能是「{text}」', 'zh-Hans': '；可能是“{text}”' },
  'cleaning.moreDamage': { en: '… and {n} more (in the JSON).', 'zh-Hant': '…還有 {n} 處（見 JSON）。', 'zh-Hans': '…还有 {n} 处（见 JSON）。' },
  'cleaning.nothing': {
    en: 'Nothing needed repair: no annotations, stray markup, invisible characters or encoding damage.',
    'zh-Hant': '無需修復：沒有注音、殘留標記、不可見字元或編碼損壞。',
    'zh-Hans': '无需修复：没有注音、残留标记、不可见字符或编码损坏。',
  },
  'cleaning.showRemoved': { en: ' Show the removed text in place, struck through', 'zh-Hant': ' 在原處以刪除線顯示移除的文字', 'zh-Hans': ' 在原处以删除线显示移除的文字' },
  'cleaning.language': { en: 'Language: {language}.', 'zh-Hant': '語言：{language}。', 'zh-Hans': '语言：{language}。' },
  'detail.value': { en: 'Value', 'zh-Hant': '數值', 'zh-Hans': '数值' },
  'detail.written': { en: 'As written', 'zh-Hant': '原文', 'zh-Hans': '原文' },
  'detail.kind': { en: 'Kind', 'zh-Hant': '類別', 'zh-Hans': '类别' },
  'detail.change': { en: 'Change', 'zh-Hant': '升跌', 'zh-Hans': '涨跌' },
  'detail.approximate': { en: 'Approximate', 'zh-Hant': '約數', 'zh-Hans': '约数' },
  'detail.yes': { en: 'yes', 'zh-Hant': '是', 'zh-Hans': '是' },
  'detail.no': { en: 'no', 'zh-Hant': '否', 'zh-Hans': '否' },
  'detail.qualifier': { en: 'Bound', 'zh-Hant': '界限', 'zh-Hans': '界限' },
  'detail.period': { en: 'Period', 'zh-Hant': '時期', 'zh-Hans': '时期' },
  'detail.metric': { en: 'Metric', 'zh-Hant': '指標', 'zh-Hans': '指标' },
  'detail.role': { en: 'Role', 'zh-Hant': '角色', 'zh-Hans': '角色' },
  'detail.in': { en: 'In', 'zh-Hant': '位於', 'zh-Hans': '位于' },
  'role.from': { en: 'where it started', 'zh-Hant': '起點', 'zh-Hans': '起点' },
  'role.to': { en: 'where it ended', 'zh-Hant': '終點', 'zh-Hans': '终点' },
  'qualifier.over': { en: 'more than', 'zh-Hant': '超過', 'zh-Hans': '超过' },
  'qualifier.at-least': { en: 'at least', 'zh-Hant': '至少', 'zh-Hans': '至少' },
  'qualifier.under': { en: 'less than', 'zh-Hant': '不到', 'zh-Hans': '不到' },
  'qualifier.at-most': { en: 'at most', 'zh-Hant': '至多', 'zh-Hans': '至多' },
  'qualifier.about': { en: 'about', 'zh-Hant': '約', 'zh-Hans': '约' },
  'qualifier.nearly': { en: 'nearly', 'zh-Hant': '近', 'zh-Hans': '近' },
  'block.title': { en: 'title', 'zh-Hant': '標題', 'zh-Hans': '标题' },
  'block.heading': { en: 'heading', 'zh-Hant': '小標題', 'zh-Hans': '小标题' },
  'block.paragraph': { en: 'paragraph', 'zh-Hant': '段落', 'zh-Hans': '段落' },
  'block.meta': { en: 'byline', 'zh-Hant': '署名', 'zh-Hans': '署名' },
  'block.keywords': { en: 'keywords', 'zh-Hant': '關鍵詞', 'zh-Hans': '关键词' },
  'block.related': { en: 'related list', 'zh-Hant': '相關列表', 'zh-Hans': '相关列表' },
  'block.ranking': { en: 'ranking', 'zh-Hant': '排行榜', 'zh-Hans': '排行榜' },
  'block.boilerplate': { en: 'boilerplate', 'zh-Hant': '網頁雜項', 'zh-Hans': '网页杂项' },
});

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
        dmgEl.title = t('damage.title', { kind: dmg.kind });
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
      node.title = t('damage.title', { kind: m.damage.kind });
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
  if (meta.date) rows.push([t('meta.date'), meta.date.replace('T', ' ')]);
  if (meta.source) rows.push([t('meta.source'), meta.source]);
  if (meta.authors?.length) rows.push([t(meta.authors.length > 1 ? 'meta.authors' : 'meta.author'), meta.authors.join(', ')]);
  if (meta.editor) rows.push([t('meta.editor'), meta.editor]);
  if (meta.tags?.length) rows.push([t('meta.tags'), meta.tags.join(', ')]);
  if (rows.length === 0 && !meta.currency) return el('p', 'meta-line none', t('meta.none'));
  const dl = el('dl', 'meta-line');
  // v1.1: what a bare 元 means here, from the places and currencies the article names
  if (meta.currency) rows.push([t('meta.currency'), meta.currency]);
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
    titleNode = h('h3', { id: 'article-title', class: 'article-title untitled' }, t('article.untitled'));
  }
  header.append(titleNode, metaList(a.meta));

  const bodyBlocks = [];
  const asides = [];
  a.blocks.forEach((b, i) => {
    if (i !== titleIndex) (ASIDE_KINDS.has(b.kind) ? asides : bodyBlocks).push(i);
  });
  const total = bodyBlocks.length;
  const shown = Math.min(total, limit);
  if (total === 0) body.append(el('p', 'empty', t('article.noBody')));

  const parts = [header, body];
  if (shown < total) {
    parts.push(h('p', { class: 'more' },
      t('article.showing', { shown: count(shown), total: count(total) }),
      h('button', { type: 'button', class: 'show-more', 'data-more': 'article' }, t('article.more', { n: count(Math.min(500, total - shown)) }))));
  }

  // The set-aside blocks, collapsed.
  let details = null;
  if (asides.length) {
    const counts = new Map();
    for (const i of asides) counts.set(a.blocks[i].kind, (counts.get(a.blocks[i].kind) ?? 0) + 1);
    const summaryText = [...counts].map(([k, n]) => `${t(`block.${k}`)}${n > 1 ? ` ×${n}` : ''}`).join(uiLanguage() === 'en' ? ', ' : '、');
    details = h('details', { class: 'set-aside', id: 'set-aside' },
      h('summary', null, t('aside.summary', { list: summaryText })));
    parts.push(details);
  }
  root.replaceChildren(...parts);
  root.lang = a.language === 'und' ? '' : a.language;
  // The page's own words keep the interface language inside the article's.
  for (const node of root.querySelectorAll('.article-header dt, .meta-line.none, .untitled, .more, summary')) node.lang = uiLanguage();

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
    const items = b.items ? t('aside.items', { n: count(b.items.length) }) : '';
    section.append(h('h4', { lang: uiLanguage() }, `${t(`aside.${b.kind}`)}${items}`));
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
      details.append(h('p', { class: 'more', lang: uiLanguage() }, t('aside.more', { n: count(asides.length - asidesShown) })));
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
  const section = h('section', { class: 'cleaning', 'aria-labelledby': 'cleaning-title', lang: uiLanguage() },
    h('h3', { id: 'cleaning-title' }, t('cleaning.title')));
  const list = el('ul');
  if (c.pinyinAnnotations.length) {
    const example = ctx.text.slice(c.pinyinAnnotations[0].start, c.pinyinAnnotations[0].end);
    const n = c.pinyinAnnotations.length;
    list.append(el('li', null, t(n === 1 ? 'cleaning.pinyin1' : 'cleaning.pinyin', { n: count(n), example })));
  }
  if (c.markup.length) list.append(el('li', null, t('cleaning.markup', { n: count(c.markup.length) })));
  if (c.invisible.length) list.append(el('li', null, t('cleaning.invisible', { n: count(c.invisible.length) })));
  if (c.damaged.length) {
    const li = el('li', null, t('cleaning.damaged', { n: count(c.damaged.length) }));
    const runs = el('ul', 'damage-list');
    // The first DAMAGE_LISTED: a large input can have thousands (the JSON has them all).
    c.damaged.slice(0, DAMAGE_LISTED).forEach((d, i) => {
      const what = t(d.kind === 'latin1-utf8' ? 'cleaning.latin1' : d.kind === 'gbk-utf8' ? 'cleaning.gbk' : 'cleaning.replacement');
      const item = el('li', null);
      const shown = ctx.damageEls.has(i);
      const sample = ctx.text.slice(d.start, d.end);
      if (shown) item.append(h('button', { type: 'button', class: 'link', 'data-damage-jump': i }, `“${sample}”`));
      else item.append(`“${sample}”`);
      item.append(` (${what}${d.repaired ? t('cleaning.probably', { text: d.repaired }) : ''})`);
      runs.append(item);
    });
    if (c.damaged.length > DAMAGE_LISTED) runs.append(el('li', null, t('cleaning.moreDamage', { n: count(c.damaged.length - DAMAGE_LISTED) })));
    li.append(runs);
    list.append(li);
  }
  if (!list.children.length) list.append(el('li', null, t('cleaning.nothing')));
  section.append(list);
  if (!ctx.html && c.pinyinAnnotations.length + c.markup.length + c.invisible.length > 0) {
    section.append(h('p', null, h('label', { class: 'inline-check' },
      h('input', { type: 'checkbox', id: 'show-removed' }), t('cleaning.showRemoved'))));
  }
  section.append(el('p', 'language', t('cleaning.language', { language: languageName(a.language) })));
  return section;
}

/**
 * The details of a figure, as rows of [label, value], in the interface
 * language; `meta` (the article's) gives a year-less date its year.
 */
export function figureDetails(f, blockKind, meta = {}) {
  const lang = uiLanguage();
  const value = formatFigureValue(f, lang, { yearFrom: meta.date });
  const rows = [
    [t('detail.value'), (value || '—') + (inferredYear(f, meta.date) === null ? '' : t('value.inferred'))],
    [t('detail.kind'), kindLabel(f.kind, lang)],
    [t('detail.change'), changeLabel(f.change) || '—'],
    [t('detail.approximate'), t(f.approximate ? 'detail.yes' : 'detail.no')],
    [t('detail.period'), f.period ?? '—'],
    [t('detail.metric'), f.metric ?? '—'],
  ];
  // The value as the article writes it, when it reads differently (729.91億元 ↔ 72,991,000,000 CNY).
  if (f.text && f.text !== value) rows.splice(1, 0, [t('detail.written'), f.text]);
  if (f.qualifier) rows.splice(rows.length - 2, 0, [t('detail.qualifier'), t(`qualifier.${f.qualifier}`)]);
  if (f.role) rows.push([t('detail.role'), t(`role.${f.role}`)]);
  if (blockKind) rows.push([t('detail.in'), t(`block.${blockKind}`)]);
  return rows;
}
