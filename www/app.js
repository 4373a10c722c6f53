// The figlens page. Text in (paste, type, drop, sample) → the analysis in a
// Web Worker (engine.js) → the reading view (article.js), the figures table
// (figures-table.js), the chart (chart.js) and the exports (format.js).
// Everything user-supplied is rendered with DOM nodes and text, never markup.
import { Engine } from './engine.js';
import { el, h, flash, download } from './dom.js';
import { renderArticle, figureDetails } from './article.js';
import { buildHeader, renderRows, showSort } from './figures-table.js';
import { buildTableTools, groupLabel, matchesQuery } from './table-tools.js';
import { Panes } from './panes.js';
import { ChartView } from './chart-view.js';
import { sentenceContext, sentenceOf } from './sentence.js';
import { TextView, afterFrame, later, readText } from './input-view.js';
import {
  ASIDE_KINDS, BODY_KINDS, KINDS, LANGUAGE_NAMES, decodeFile, exportStem, filterFigures, formatBytes, formatMs,
  sortIndices, toCsv, toJson, toTsv,
} from './format.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const inputView = new TextView($('input-view'));
const htmlBox = $('html');
const autoBox = $('auto');
const statusEl = $('status');
const factsEl = $('facts');
const progressEl = $('progress');
const progressText = $('progress-text');
const articleEl = $('article');
const table = $('figures');
const kindFilter = $('kind-filter');
const bodyOnlyBox = $('body-only');
const rowCount = $('row-count');
const chartEl = $('chart');
const tip = $('fig-tip');
const panes = new Panes(document.querySelector('main'));
const chartView = new ChartView(chartEl.closest('figure'), { stem: () => exportStem(state.fileName) });
const exportButtons = ['copy-tsv', 'download-csv', 'download-json', 'copy-json'].map($);

const BIG_INPUT = 300_000; // characters: show progress at once
const TABLE_PART = 50; // rows drawn per step when a result comes in
const ARTICLE_PART = 25; // blocks of the reading view, likewise
const YIELD = 'yield';
const PROGRESS_DELAY_MS = 150; // smaller inputs show progress only if they take this long
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

const state = {
  analysis: null, // the shown analysis
  text: '', // the text it is of
  html: false,
  fileName: null,
  dirty: false, // the input changed since the shown analysis
  lastMs: 0,
  sort: { key: 'index', dir: 1 },
  kind: '',
  query: '', // the table's search
  bodyOnly: true,
  expanded: new Set(),
  tableLimit: 250,
  articleLimit: 150,
  figureEls: new Map(),
  damageEls: new Map(),
  indices: [],
  pastedPlain: null,
  inputSource: null, // { fileName, description } when the input came from a file
  held: null, // the input, when the read-only view shows it instead of the text box
  show: 'read', // HTML input: 'read' (the article figlens read) or 'source'
  undo: null, // the input before the page last replaced it
  drawing: 0, // bumped to stop drawing a result in steps when a newer one arrives
  article: null, // the reading view's drawing (renderArticle's result)
};

function say(message, isError = false) {
  statusEl.classList.toggle('error', isError);
  statusEl.textContent = message;
}

// ---------------------------------------------------------------- the engine

let typingTimer = 0;
let progressTimer = 0;
let progressTick = 0;

const engine = new Engine({
  onReady({ firstTime, filesArrived }) {
    if (!firstTime) return;
    performance.mark('figlens-files-arrived', { startTime: filesArrived });
    const mark = performance.mark('figlens-ready');
    const after = mark.startTime - filesArrived;
    document.body.dataset.ready = 'true';
    $('ready-note').textContent = `figlens runs as WebAssembly in a Web Worker. This time it was ready ${formatMs(Math.max(0, after))} after its files arrived (${formatMs(mark.startTime)} after navigation).`;
    if (inputText()) analyseNow();
    else say('Ready: paste an article, drop a file or load the sample.');
  },
  onStart(job) {
    // Marks for the tests and the curious (DevTools' Performance panel); one of each is kept.
    performance.clearMarks('figlens-start');
    performance.mark('figlens-start', { detail: { id: job.id, length: job.text.length } });
    document.body.dataset.busy = 'true';
    clearTimeout(progressTimer);
    // A paste or a file shows progress within 100 ms unless its result is there first.
    if (job.text.length >= BIG_INPUT) showProgress(job);
    else progressTimer = setTimeout(() => showProgress(job), job.eager ? 50 : PROGRESS_DELAY_MS);
  },
  onResult(job, analysis) {
    performance.clearMarks('figlens-result');
    performance.clearMeasures('figlens-render');
    performance.mark('figlens-result', { detail: { id: job.id } });
    hideProgress();
    state.analysis = analysis;
    state.text = job.text;
    state.html = job.options.html;
    state.fileName = job.from?.fileName ?? null;
    state.lastMs = job.ms;
    state.dirty = inputText() !== job.text;
    state.expanded.clear();
    state.tableLimit = 250;
    state.articleLimit = 150;
    const a = analysis;
    factsEl.textContent = facts(job, a);
    const next = engine.waiting || typingTimer ? ' The text has changed since: updating.' : ' The text has changed since: press Analyse to update.';
    say(`${a.figures.length.toLocaleString('en-US')} figures found in ${formatMs(job.ms)}.${state.dirty ? next : ''}`);
    $('results').classList.toggle('stale', state.dirty);
    // A phone shows the figures of a paste, a file or the sample first.
    if (job.eager) panes.resultArrived();
    renderAll(() => {
      performance.measure('figlens-render', 'figlens-result');
      document.body.dataset.analysedLength = String(job.text.length);
    });
  },
  onError(job, e) {
    hideProgress();
    say(`${e.code}: ${e.message}`, true);
  },
  onIdle() {
    delete document.body.dataset.busy;
  },
});

function facts(job, a) {
  const lang = LANGUAGE_NAMES[a.language] ?? a.language;
  const from = job.from ? `From ${job.from.description}. ` : '';
  return `${from}Input: ${job.text.length.toLocaleString('en-US')} characters, ${formatBytes(job.bytes)} of UTF-8${job.options.html ? ', read as HTML' : ''}. `
    + `Analysed in ${formatMs(job.ms)}: ${a.figures.length.toLocaleString('en-US')} figures, ${a.blocks.length.toLocaleString('en-US')} blocks, ${lang}.`;
}

function showProgress(job) {
  if (engine.running !== job) return;
  progressEl.hidden = false;
  const chars = job.text.length.toLocaleString('en-US');
  const bar = $('progress-bar');
  const tick = () => {
    const s = ((performance.now() - job.started) / 1000).toFixed(1);
    progressText.textContent = `Analysing ${chars} characters… ${s} s`;
    bar.setAttribute('aria-valuetext', `${s} seconds`);
  };
  tick();
  clearInterval(progressTick);
  // A few updates a second: each one is a frame to commit, and with megabytes
  // in the text box a commit is not free.
  progressTick = setInterval(tick, 250);
  if (job.text.length >= BIG_INPUT) say(`Analysing a large input (${chars} characters). You can ${state.held === null ? 'keep typing, or ' : ''}cancel.`);
}

function hideProgress() {
  clearTimeout(progressTimer);
  clearInterval(progressTick);
  progressEl.hidden = true;
}

function analyseNow({ eager = false } = {}) {
  clearTimeout(typingTimer);
  typingTimer = 0;
  const text = inputText();
  if (text.trim() === '') {
    // Nothing to analyse: drop what is waiting, and stop what is running (its
    // result would be of a text that is gone).
    if (engine.busy) engine.cancel();
    engine.waiting = null;
    hideProgress();
    delete document.body.dataset.busy;
    $('results').classList.remove('stale');
    state.analysis = null;
    state.text = text;
    state.dirty = false;
    renderAll();
    factsEl.textContent = '';
    say(engine.ready ? 'Ready: paste an article, drop a file or load the sample.' : 'Loading…');
    return;
  }
  engine.analyze(text, { html: htmlBox.checked }, { from: state.inputSource, eager });
}

function scheduleAnalysis(immediate) {
  clearTimeout(typingTimer);
  typingTimer = 0;
  if (!autoBox.checked) return;
  if (immediate) return analyseNow({ eager: true });
  // Typing: wait for a pause; longer when the last analysis was slow.
  const delay = Math.min(1000, Math.max(60, state.lastMs));
  typingTimer = setTimeout(() => {
    typingTimer = 0;
    analyseNow();
  }, delay);
}

// ----------------------------------------------------------------- rendering

/**
 * Draw the analysis: the reading view, the legend and filters, the table, the
 * chart, the JSON if open and the article as read in the input view. The steps
 * run one after another, a later task taking over whenever 12 ms have gone or
 * a step drew a part of something larger (its layout comes with the next
 * frame: 150 paragraphs full of figures take 100 ms to lay out at once), so a
 * large result never holds the main thread for long; `done` runs after the
 * last (a newer drawing stops an older one).
 */
function renderAll(done) {
  const token = ++state.drawing;
  const steps = state.analysis === null ? [renderEmpty] : [
    renderStart, (until) => {
      renderArticleView(until, ARTICLE_PART);
      return state.article.done || YIELD;
    }, (until) => state.article.resume(until, ARTICLE_PART), () => {
      renderLegend();
      renderKindOptions();
    }, () => renderTable(TABLE_PART) < TABLE_PART || YIELD];
  // The rest of the table's first rows, a part at a time.
  for (let from = TABLE_PART; from < state.tableLimit; from += TABLE_PART) {
    steps.push(() => renderTable(from + TABLE_PART, from) < TABLE_PART || YIELD);
  }
  steps.push(renderChartView, () => {
    if ($('json-details').open) renderJson();
    drawView();
  });
  // A step that returns false is not finished: it runs again, in a later
  // task; one that returns YIELD is, and the next runs in a later task.
  let next = 0;
  const run = () => {
    if (token !== state.drawing) return;
    const until = performance.now() + 12;
    while (next < steps.length && performance.now() < until) {
      const r = steps[next](until);
      if (r !== false) next++;
      if (r === false || r === YIELD) {
        if (next < steps.length) afterFrame(run);
        return;
      }
    }
    if (next < steps.length) later(run);
    else done?.();
  };
  run();
}

function renderEmpty() {
  hideTip();
  for (const b of exportButtons) b.disabled = true;
  $('legend').hidden = true;
  $('article-hint').hidden = true;
  articleEl.replaceChildren(el('p', 'placeholder', 'The cleaned article appears here: title, date, source and authors, then the body with every figure marked.'));
  state.figureEls = new Map();
  state.damageEls = new Map();
  state.indices = [];
  renderKindOptions();
  renderTable();
  chartView.update(null, []);
  $('json').textContent = '';
}

function renderStart() {
  hideTip();
  const a = state.analysis;
  for (const b of exportButtons) b.disabled = false;
  $('legend').hidden = false;
  $('article-hint').hidden = false;
  const lang = a.language === 'und' ? '' : a.language;
  table.lang = lang;
  // The box and the view get the language too (the right glyphs for its script).
  input.lang = lang;
  inputView.root.lang = lang;
}

/** Draw the reading view; with a deadline or a batch, only part of it (state.article.resume draws on). */
function renderArticleView(deadline = Infinity, batch = Infinity) {
  const out = renderArticle(articleEl, { analysis: state.analysis, text: state.text, html: state.html, limit: state.articleLimit, deadline, batch });
  state.article = out;
  state.figureEls = out.figureEls;
  state.damageEls = out.damageEls;
  articleEl.classList.toggle('show-removed', false);
}

function renderLegend() {
  const present = new Set(state.analysis.figures.map((f) => f.kind));
  const legend = $('legend');
  legend.replaceChildren(el('span', 'muted', 'Kinds: '), ...KINDS.filter((k) => present.has(k)).map((k) => el('span', `fig legend-item k-${k}`, k)));
}

function kindCounts() {
  const a = state.analysis;
  const counts = new Map();
  if (!a) return counts;
  for (const f of a.figures) {
    if (state.bodyOnly && !BODY_KINDS.has(a.blocks[f.block]?.kind)) continue;
    counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  }
  return counts;
}

function renderKindOptions() {
  const counts = kindCounts();
  const total = [...counts.values()].reduce((x, y) => x + y, 0);
  const options = [h('option', { value: '' }, `All kinds (${total})`)];
  for (const k of KINDS) {
    if (!counts.has(k) && k !== state.kind) continue;
    options.push(h('option', { value: k }, `${k} (${counts.get(k) ?? 0})`));
  }
  kindFilter.replaceChildren(...options);
  kindFilter.value = state.kind;
}

/**
 * Draw the table's rows up to `upTo` (the table's limit by default); from `from`
 * on, adding to the rows drawn. Returns how many it drew.
 */
function renderTable(upTo = state.tableLimit, from = 0) {
  const a = state.analysis;
  const thead = table.tHead;
  showSort(thead, state.sort);
  if (!a) {
    table.tBodies[0].replaceChildren(h('tr', { class: 'empty' }, h('td', { colspan: 8 }, 'No figures yet.')));
    rowCount.textContent = '';
    return 0;
  }
  if (from === 0) {
    let kept = filterFigures(a, { bodyOnly: state.bodyOnly, kind: state.kind });
    if (state.query.trim()) kept = kept.filter((i) => matchesQuery(a.figures[i], state.query));
    state.indices = sortIndices(a, kept, state.sort.key, state.sort.dir);
  } else if (from >= state.indices.length) {
    return 0;
  }
  renderRows(table.tBodies[0], {
    analysis: a,
    indices: state.indices,
    expanded: state.expanded,
    marked: state.figureEls,
    limit: upTo,
    from,
    sentence: (f) => sentenceOf(f, a, state.text, state.html),
    group: state.sort.key === 'value' ? groupLabel : null,
    details: (f) => figureDetails(f, a.blocks[f.block]?.kind),
  });
  if (from === 0) rowCount.textContent = `${state.indices.length.toLocaleString('en-US')} of ${a.figures.length.toLocaleString('en-US')} figures shown`;
  return Math.max(0, Math.min(upTo, state.indices.length) - from);
}

function renderChartView() {
  const a = state.analysis;
  if (!a) return;
  const indices = filterFigures(a, { bodyOnly: state.bodyOnly, kind: '' });
  // The width the ResizeObserver saw: reading clientWidth here would lay out the page mid-drawing.
  chartView.update(a, indices, {
    bodyOnly: state.bodyOnly, width: chartWidth || chartEl.clientWidth || 300,
    context: (i) => sentenceContext(a.figures[i], sentenceOf(a.figures[i], a, state.text, state.html)),
  });
}

function renderJson() {
  const pre = $('json');
  if (!state.analysis) {
    pre.textContent = '';
    return;
  }
  const json = toJson(state.analysis);
  const cap = 2_000_000;
  pre.textContent = json.length > cap
    ? `${json.slice(0, cap)}\n… (${(json.length - cap).toLocaleString('en-US')} more characters: download the JSON for all of it)`
    : json;
}

// ------------------------------------------------------------ figure tooltip

let tipFor = null;

function showTip(mark) {
  const i = Number(mark.dataset.fig);
  const f = state.analysis?.figures[i];
  if (!f) return;
  tipFor = mark;
  const dl = el('dl');
  for (const [k, v] of figureDetails(f, state.analysis.blocks[f.block]?.kind)) dl.append(el('dt', null, k), el('dd', null, v));
  tip.replaceChildren(el('p', 'tip-title', f.text), dl);
  tip.lang = state.analysis.language === 'und' ? '' : state.analysis.language;
  tip.hidden = false;
  const r = mark.getBoundingClientRect();
  const w = tip.offsetWidth;
  const hgt = tip.offsetHeight;
  const left = Math.min(Math.max(8, r.left), document.documentElement.clientWidth - w - 8);
  const below = r.bottom + 6 + hgt <= window.innerHeight || r.top < hgt + 6;
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${(below ? r.bottom + 6 : r.top - hgt - 6) + window.scrollY}px`;
}

function hideTip() {
  tipFor = null;
  tip.hidden = true;
}

articleEl.addEventListener('mouseover', (e) => {
  const mark = e.target.closest?.('.fig');
  if (mark && mark !== tipFor) showTip(mark);
});
articleEl.addEventListener('mouseout', (e) => {
  const mark = e.target.closest?.('.fig');
  if (mark && !mark.contains(e.relatedTarget) && document.activeElement !== mark) hideTip();
});
articleEl.addEventListener('focusin', (e) => {
  if (e.target.classList.contains('fig')) {
    for (const m of articleEl.querySelectorAll('.fig[tabindex="0"]')) m.tabIndex = -1;
    e.target.tabIndex = 0;
    showTip(e.target);
  }
});
articleEl.addEventListener('focusout', (e) => {
  if (e.target.classList.contains('fig')) hideTip();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !tip.hidden) hideTip();
});

/** Arrow keys move between the figures of the reading view (one tab stop). */
articleEl.addEventListener('keydown', (e) => {
  if (!e.target.classList.contains('fig')) return;
  const keys = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity };
  if (!(e.key in keys)) return;
  const marks = [...articleEl.querySelectorAll('.fig')].filter((m) => m.checkVisibility ? m.checkVisibility() : m.offsetParent !== null);
  const at = marks.indexOf(e.target);
  const step = keys[e.key];
  const next = step === -Infinity ? 0 : step === Infinity ? marks.length - 1 : Math.min(marks.length - 1, Math.max(0, at + step));
  if (marks[next]) {
    e.preventDefault();
    marks[next].focus();
  }
});

// --------------------------------------------------- figure ↔ row navigation

function scrollTo(node) {
  node.scrollIntoView({ block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
}

/** Scroll to a figure in the reading view and flash it (rendering its block if needed). */
function showFigure(i, focus) {
  const a = state.analysis;
  const f = a.figures[i];
  let mark = state.figureEls.get(i);
  let block = articleEl.querySelector(`[data-block="${f.block}"]`);
  if (!mark && !block && !ASIDE_KINDS.has(a.blocks[f.block]?.kind)) {
    // Past the rendered part of a long article: render up to its block.
    state.articleLimit = Math.max(state.articleLimit, f.block + 150);
    renderArticleView();
    mark = state.figureEls.get(i);
    block = articleEl.querySelector(`[data-block="${f.block}"]`);
  }
  const target = mark ?? block ?? articleEl.querySelector('.article-title');
  const details = target?.closest('details');
  if (details) details.open = true;
  if (!target) return;
  scrollTo(target);
  flash(target);
  if (mark && focus) {
    for (const m of articleEl.querySelectorAll('.fig[tabindex="0"]')) m.tabIndex = -1;
    mark.tabIndex = 0;
    mark.focus({ preventScroll: true });
  }
  if (!mark) say(`“${f.text}” could not be marked in the reading view; its block is highlighted instead.`);
}

/** Scroll to a figure's row in the table and flash it. */
function showRow(i) {
  panes.show('figures');
  let row = table.querySelector(`tbody tr[data-fig="${i}"]`);
  const at = row ? -1 : state.indices.indexOf(i);
  if (at >= 0) {
    state.tableLimit = at + 250;
    renderTable();
    row = table.querySelector(`tbody tr[data-fig="${i}"]`);
  }
  if (!row) {
    say(`“${state.analysis.figures[i].text}” is hidden by the table's filters (${state.bodyOnly ? 'body only' : ''}${state.kind ? ` kind ${state.kind}` : ''}).`);
    return;
  }
  scrollTo(row);
  flash(row);
  row.querySelector('.fig-link')?.focus({ preventScroll: true });
}

articleEl.addEventListener('click', (e) => {
  const mark = e.target.closest('.fig');
  if (mark) {
    showRow(Number(mark.dataset.fig));
    return;
  }
  const jump = e.target.closest('[data-damage-jump]');
  if (jump) {
    const node = state.damageEls.get(Number(jump.dataset.damageJump));
    if (node) {
      const details = node.closest('details');
      if (details) details.open = true;
      scrollTo(node);
      flash(node);
    }
    return;
  }
  const more = e.target.closest('[data-more="article"]');
  if (more) {
    state.articleLimit += 500;
    renderArticleView();
    renderTable();
  }
});
articleEl.addEventListener('change', (e) => {
  if (e.target.id === 'show-removed') articleEl.classList.toggle('show-removed', e.target.checked);
});

// --------------------------------------------------------------------- table

buildHeader(table.tHead, (key) => {
  state.sort = state.sort.key === key ? { key, dir: -state.sort.dir } : { key, dir: 1 };
  renderTable();
  say(`Sorted by ${key === 'index' ? 'order of appearance' : key}, ${state.sort.dir === 1 ? 'ascending' : 'descending'}.`);
});

/** Open or close a figure's sentence (and, on a phone, its details) under its row. */
function toggleSentence(i) {
  if (state.expanded.has(i)) state.expanded.delete(i);
  else state.expanded.add(i);
  renderTable();
  table.querySelector(`.sentence-toggle[data-sentence="${i}"]`)?.focus({ preventScroll: true });
}

table.tBodies[0].addEventListener('click', (e) => {
  const toggle = e.target.closest('.sentence-toggle');
  if (toggle) {
    toggleSentence(Number(toggle.dataset.sentence));
    return;
  }
  const more = e.target.closest('[data-more="table"]');
  if (more) {
    state.tableLimit += 1000;
    renderTable();
    return;
  }
  const row = e.target.closest('tr[data-fig]');
  if (row && !e.target.closest('a, input, select, textarea') && !window.getSelection()?.toString()) {
    const link = e.target.closest('.fig-link') !== null;
    if (panes.isNarrow()) {
      // A phone: tapping a card opens its details in place; its text goes to the reading view.
      if (!link) {
        toggleSentence(Number(row.dataset.fig));
        return;
      }
      panes.show('article');
    }
    showFigure(Number(row.dataset.fig), link && e.detail === 0);
  }
});

buildTableTools(document.querySelector('.figures-pane .toolbar'), table, {
  onSearch(query) {
    state.query = query;
    state.tableLimit = 250;
    renderTable();
  },
});

kindFilter.addEventListener('change', () => {
  state.kind = kindFilter.value;
  state.tableLimit = 250;
  renderTable();
});
bodyOnlyBox.addEventListener('change', () => {
  state.bodyOnly = bodyOnlyBox.checked;
  state.tableLimit = 250;
  renderKindOptions();
  renderTable();
  renderChartView();
});

let chartWidth = 0;
new ResizeObserver(() => {
  const w = chartEl.clientWidth;
  if (Math.abs(w - chartWidth) > 4) {
    chartWidth = w;
    chartView.resize(w);
  }
}).observe(chartEl);

$('json-details').addEventListener('toggle', () => {
  if ($('json-details').open) renderJson();
});

// ------------------------------------------------------------------- exports

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No permission or no async clipboard: a hidden textarea and the copy command.
    const area = el('textarea', 'offscreen');
    area.value = text;
    area.setAttribute('readonly', '');
    area.setAttribute('aria-hidden', 'true');
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

const rowsWord = (n) => `${n.toLocaleString('en-US')} ${n === 1 ? 'row' : 'rows'}`;

$('copy-tsv').addEventListener('click', async () => {
  if (!state.analysis) return;
  const ok = await copyText(toTsv(state.analysis, state.indices, state.fileName));
  say(ok ? `Copied ${rowsWord(state.indices.length)} as TSV, with a header line: paste into a spreadsheet.` : 'Could not copy: the browser refused the clipboard.', !ok);
});
$('download-csv').addEventListener('click', () => {
  if (!state.analysis) return;
  download(toCsv(state.analysis, state.indices, state.fileName), 'text/csv;charset=utf-8', `${exportStem(state.fileName)}-figures.csv`);
  say(`Downloading ${rowsWord(state.indices.length)} as CSV (UTF-8 with BOM).`);
});
$('download-json').addEventListener('click', () => {
  if (!state.analysis) return;
  download(toJson(state.analysis), 'application/json', `${exportStem(state.fileName)}-analysis.json`);
  say('Downloading the full analysis as JSON.');
});
$('copy-json').addEventListener('click', async () => {
  if (!state.analysis) return;
  const ok = await copyText(toJson(state.analysis));
  say(ok ? 'Copied the full analysis as JSON.' : 'Could not copy: the browser refused the clipboard.', !ok);
});

// ------------------------------------------------------------------ input

// The input lives in the text box, or, when the box could not take it without
// freezing the tab (more than EDIT_LIMIT characters) or when it is HTML shown
// as the article figlens read, in `state.held`, shown read-only by the view.
// Nothing is ever written with execCommand('insertText'): it is synchronous
// and worse than linear (309 KB of HTML blocked the tab for 168 s). The page
// keeps its own undo of the replacements it makes (paste, file, sample, clear).
const EDIT_LIMIT = 30_000;

/** The input as analysed: the held text or the box's value. */
function inputText() {
  return state.held ?? input.value;
}

/** Put `text` where it is shown: the view (held) or the text box. */
function place(text) {
  const focused = document.activeElement === input || document.activeElement === inputView.root;
  const reading = htmlBox.checked && state.show === 'read';
  if (reading || text.length > EDIT_LIMIT) {
    state.held = text;
    if (!input.hidden) {
      input.hidden = true;
      input.value = '';
    }
    inputView.root.hidden = false;
    drawView();
  } else {
    state.held = null;
    inputView.clear();
    inputView.root.hidden = true;
    input.hidden = false;
    if (input.value !== text) {
      input.value = text;
      input.setSelectionRange(0, 0);
      input.scrollTop = 0;
    }
  }
  document.body.dataset.inputLength = String(text.length);
  renderSourceBar(text);
  if (focused) (state.held === null ? input : inputView.root).focus({ preventScroll: true });
}

/** What the view shows: the article as read (once analysed), else the input itself. */
function drawView() {
  if (state.held === null) return;
  if (htmlBox.checked && state.show === 'read') {
    if (state.analysis && state.html && state.text === state.held) inputView.show(readText(state.analysis));
    else inputView.message('Reading the HTML… the article appears here as figlens reads it.');
  } else {
    inputView.show(state.held);
  }
}

function renderSourceBar(text) {
  const html = htmlBox.checked;
  const big = text.length > EDIT_LIMIT;
  const chars = text.length.toLocaleString('en-US');
  $('source-switch').hidden = !html;
  $('show-read').setAttribute('aria-pressed', String(html && state.show === 'read'));
  $('show-source').setAttribute('aria-pressed', String(html && state.show !== 'read'));
  const readOnly = 'shown read-only, as it is too long to edit here. Paste, drop or open a file to replace it, or Clear.';
  let note = '';
  if (html && state.show === 'read') note = `The article as figlens read it from ${chars} characters of HTML (read-only).`;
  else if (html && big) note = `The HTML source, ${chars} characters: ${readOnly}`;
  else if (big) note = `${chars} characters: ${readOnly}`;
  else if (html) note = 'The HTML source, as figlens reads it.';
  $('source-note').textContent = note;
  $('source-bar').hidden = !html && !big;
}

/** The page's replacement of the whole input (paste, file, sample, clear, plain text instead). */
function replaceInput(text, { html = false, plain = null, from = null, undoable = true, show = 'read' } = {}) {
  if (undoable) {
    state.undo = { text: inputText(), html: htmlBox.checked, plain: state.pastedPlain, from: state.inputSource, show: state.show };
  }
  htmlBox.checked = html;
  state.pastedPlain = plain;
  state.inputSource = from;
  state.show = show;
  $('paste-note').hidden = plain === null;
  place(text);
  $('undo').disabled = state.undo === null;
}

function undo() {
  const u = state.undo;
  if (!u) return;
  state.undo = null;
  replaceInput(u.text, { html: u.html, plain: u.plain, from: u.from, undoable: false, show: u.show });
  say('Undone: the input is back as it was.');
  analyseNow();
}

input.addEventListener('input', (e) => {
  state.dirty = true;
  document.body.dataset.inputLength = String(input.value.length);
  // Typing takes over from the page's undo (the browser's own covers typing).
  state.undo = null;
  $('undo').disabled = true;
  if (state.analysis) $('results').classList.add('stale');
  if (input.value === '') state.inputSource = null;
  scheduleAnalysis(/^insertFrom(Paste|Drop)/.test(e.inputType ?? ''));
});

function onPaste(e, whole) {
  const data = e.clipboardData;
  if (!data) return;
  const html = data.getData('text/html');
  const plain = data.getData('text/plain');
  if (html && html.trim() && whole) {
    e.preventDefault();
    replaceInput(html, { html: true, plain });
    say(`Pasted rich text: reading its HTML (${html.length.toLocaleString('en-US')} characters).`);
    analyseNow({ eager: true });
    return;
  }
  const before = whole ? '' : input.value.slice(0, input.selectionStart);
  const after = whole ? '' : input.value.slice(input.selectionEnd);
  if (!whole && before.length + plain.length + after.length <= EDIT_LIMIT) return; // the browser inserts it (undo works)
  if (whole && plain.length <= EDIT_LIMIT && state.held === null) {
    // Plain text replaces everything: the browser inserts it (undo works).
    htmlBox.checked = false;
    state.show = 'read';
    state.inputSource = null;
    state.pastedPlain = null;
    $('paste-note').hidden = true;
    renderSourceBar(plain);
    return;
  }
  e.preventDefault();
  replaceInput(before + plain + after, { html: whole ? false : htmlBox.checked });
  say(`Pasted ${(before.length + plain.length + after.length).toLocaleString('en-US')} characters.`);
  analyseNow({ eager: true });
}

input.addEventListener('paste', (e) => onPaste(e, input.value === '' || (input.selectionStart === 0 && input.selectionEnd === input.value.length)));
// A paste on the read-only view replaces the whole input.
inputView.root.addEventListener('paste', (e) => onPaste(e, true));

const isUndoKey = (e) => (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z';
inputView.root.addEventListener('keydown', (e) => {
  if (isUndoKey(e) && state.undo) {
    e.preventDefault();
    undo();
  }
});
input.addEventListener('keydown', (e) => {
  // The page's undo of its own last replacement, as long as nothing was typed since.
  if (isUndoKey(e) && state.undo) {
    e.preventDefault();
    undo();
  }
});
$('undo').addEventListener('click', undo);

$('show-read').addEventListener('click', () => {
  state.show = 'read';
  place(inputText());
});
$('show-source').addEventListener('click', () => {
  state.show = 'source';
  place(inputText());
});

$('use-plain').addEventListener('click', () => {
  replaceInput(state.pastedPlain ?? '');
  say('Using the clipboard’s plain text.');
  analyseNow({ eager: true });
});

htmlBox.addEventListener('change', () => {
  $('paste-note').hidden = true;
  state.show = 'read';
  place(inputText());
  scheduleAnalysis(true);
});
autoBox.addEventListener('change', () => {
  if (autoBox.checked && state.dirty) scheduleAnalysis(true);
});
$('analyse').addEventListener('click', () => analyseNow());

$('cancel').addEventListener('click', () => {
  const job = engine.cancel();
  hideProgress();
  delete document.body.dataset.busy;
  autoBox.checked = false;
  say(`Cancelled${job ? ` after ${formatMs(performance.now() - job.started)}` : ''}. Analysing as you type is now off; press Analyse to run it.`);
  (state.held === null ? input : inputView.root).focus();
});

$('clear').addEventListener('click', () => {
  replaceInput('');
  analyseNow();
  input.focus();
});

$('load-sample').addEventListener('click', async () => {
  try {
    const res = await fetch('sample.txt');
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    replaceInput(await res.text());
    analyseNow({ eager: true });
  } catch (e) {
    say(`Could not load the sample: ${e.message}`, true);
  }
});

// Files: drop them on the input, or open one.
async function readFile(file) {
  const isHtml = /\.(x?html?)$/i.test(file.name) || file.type === 'text/html' || file.type === 'application/xhtml+xml';
  const isText = /\.(txt|text)$/i.test(file.name) || file.type === 'text/plain';
  if (!isHtml && !isText) {
    say(`figlens reads .txt and .html files; “${file.name}” is neither.`, true);
    return;
  }
  try {
    say(`Reading “${file.name}” (${formatBytes(file.size)})…`);
    const { text, note } = decodeFile(await file.arrayBuffer(), isHtml);
    replaceInput(text, {
      html: isHtml,
      from: { fileName: file.name, description: `“${file.name}” (${isHtml ? 'HTML' : 'text'}, ${formatBytes(file.size)}${note ? `; ${note}` : ''})` },
    });
    say(`Read “${file.name}” (${isHtml ? 'HTML' : 'text'}, ${formatBytes(file.size)}${note ? `; ${note}` : ''}).`);
    analyseNow({ eager: true });
  } catch (e) {
    say(`Could not read “${file.name}”: ${e.message}`, true);
  }
}

// A file dropped anywhere on the page is read (never opened in place of the page).
const dropZone = $('drop-zone');
const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
document.addEventListener('dragover', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
  dropZone.classList.add('dragging');
});
document.addEventListener('dragleave', (e) => {
  if (!e.relatedTarget) dropZone.classList.remove('dragging');
});
document.addEventListener('drop', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dropZone.classList.remove('dragging');
  const file = e.dataTransfer.files[0];
  if (file) readFile(file);
});
$('open-file').addEventListener('click', () => $('file').click());
$('file').addEventListener('change', () => {
  const file = $('file').files[0];
  if (file) readFile(file);
  $('file').value = '';
});

document.body.dataset.inputLength = String(input.value.length);
say('Loading the analyser…');
