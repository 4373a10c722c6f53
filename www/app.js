// The figlens page. Text in (paste, type, drop, sample) → the analysis in a
// Web Worker (engine.js) → the reading view (article.js), the figures table
// (figures-table.js), the chart (chart.js) and the exports (format.js).
// Everything user-supplied is rendered with DOM nodes and text, never markup.
import { Engine } from './engine.js';
import { el, h, flash } from './dom.js';
import { renderArticle, figureDetails } from './article.js';
import { buildHeader, renderRows, showSort } from './figures-table.js';
import { chartItems, renderChart } from './chart.js';
import { sentenceOf } from './sentence.js';
import {
  ASIDE_KINDS, BODY_KINDS, KINDS, LANGUAGE_NAMES, decodeFile, exportStem, filterFigures, formatBytes, formatMs,
  sortIndices, toCsv, toJson, toTsv,
} from './format.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
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
const exportButtons = ['copy-tsv', 'download-csv', 'download-json', 'copy-json'].map($);

const BIG_INPUT = 300_000; // characters: show progress at once
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
  bodyOnly: true,
  expanded: new Set(),
  tableLimit: 250,
  articleLimit: 150,
  figureEls: new Map(),
  damageEls: new Map(),
  indices: [],
  pastedPlain: null,
  inputSource: null, // { fileName, description } when the input came from a file
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
    if (input.value) analyseNow();
    else say('Ready: paste an article, drop a file or load the sample.');
  },
  onStart(job) {
    // Marks for the tests and the curious (DevTools' Performance panel); one of each is kept.
    performance.clearMarks('figlens-start');
    performance.mark('figlens-start', { detail: { id: job.id, length: job.text.length } });
    document.body.dataset.busy = 'true';
    clearTimeout(progressTimer);
    if (job.text.length >= BIG_INPUT) showProgress(job);
    else progressTimer = setTimeout(() => showProgress(job), PROGRESS_DELAY_MS);
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
    state.dirty = input.value !== job.text;
    state.expanded.clear();
    state.tableLimit = 250;
    state.articleLimit = 150;
    renderAll();
    performance.measure('figlens-render', 'figlens-result');
    const a = analysis;
    document.body.dataset.analysedLength = String(job.text.length);
    factsEl.textContent = facts(job, a);
    const next = engine.waiting || typingTimer ? ' The text has changed since: updating.' : ' The text has changed since: press Analyse to update.';
    say(`${a.figures.length.toLocaleString('en-US')} figures found in ${formatMs(job.ms)}.${state.dirty ? next : ''}`);
    $('results').classList.toggle('stale', state.dirty);
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
  if (job.text.length >= BIG_INPUT) say(`Analysing a large input (${chars} characters). You can keep typing, or cancel.`);
}

function hideProgress() {
  clearTimeout(progressTimer);
  clearInterval(progressTick);
  progressEl.hidden = true;
}

function analyseNow() {
  clearTimeout(typingTimer);
  typingTimer = 0;
  const text = input.value;
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
  engine.analyze(text, { html: htmlBox.checked }, { from: state.inputSource });
}

function scheduleAnalysis(immediate) {
  clearTimeout(typingTimer);
  typingTimer = 0;
  if (!autoBox.checked) return;
  if (immediate) return analyseNow();
  // Typing: wait for a pause; longer when the last analysis was slow.
  const delay = Math.min(1000, Math.max(60, state.lastMs));
  typingTimer = setTimeout(() => {
    typingTimer = 0;
    analyseNow();
  }, delay);
}

// ----------------------------------------------------------------- rendering

function renderAll() {
  hideTip();
  const a = state.analysis;
  const has = a !== null;
  for (const b of exportButtons) b.disabled = !has;
  $('legend').hidden = !has;
  $('article-hint').hidden = !has;
  if (!has) {
    articleEl.replaceChildren(el('p', 'placeholder', 'The cleaned article appears here: title, date, source and authors, then the body with every figure marked.'));
    state.figureEls = new Map();
    state.damageEls = new Map();
    state.indices = [];
    renderKindOptions();
    renderTable();
    chartEl.replaceChildren(el('p', 'placeholder', 'Rises and falls in percent appear here as bars.'));
    $('json').textContent = '';
    return;
  }
  const lang = a.language === 'und' ? '' : a.language;
  table.lang = lang;
  // The box gets the language too (the right glyphs for its script), but not
  // when it is large: a new font for megabytes of text is seconds of layout.
  if (state.text.length < 100_000) input.lang = lang;
  else input.removeAttribute('lang');
  renderArticleView();
  renderLegend();
  renderKindOptions();
  renderTable();
  renderChartView();
  if ($('json-details').open) renderJson();
}

function renderArticleView() {
  const out = renderArticle(articleEl, { analysis: state.analysis, text: state.text, html: state.html, limit: state.articleLimit });
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

function renderTable() {
  const a = state.analysis;
  const thead = table.tHead;
  showSort(thead, state.sort);
  if (!a) {
    table.tBodies[0].replaceChildren(h('tr', { class: 'empty' }, h('td', { colspan: 8 }, 'No figures yet.')));
    rowCount.textContent = '';
    return;
  }
  const kept = filterFigures(a, { bodyOnly: state.bodyOnly, kind: state.kind });
  state.indices = sortIndices(a, kept, state.sort.key, state.sort.dir);
  renderRows(table.tBodies[0], {
    analysis: a,
    indices: state.indices,
    expanded: state.expanded,
    marked: state.figureEls,
    limit: state.tableLimit,
    sentence: (f) => sentenceOf(f, a, state.text, state.html),
  });
  rowCount.textContent = `${state.indices.length.toLocaleString('en-US')} of ${a.figures.length.toLocaleString('en-US')} figures shown`;
}

function renderChartView() {
  const a = state.analysis;
  if (!a) return;
  const indices = filterFigures(a, { bodyOnly: state.bodyOnly, kind: '' });
  const items = chartItems(a, indices);
  $('chart-title').textContent = `Percentage changes ${state.bodyOnly ? 'in the article body' : 'in the whole text'} (${items.length})`;
  renderChart(chartEl, items, chartEl.clientWidth || 300);
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

table.tBodies[0].addEventListener('click', (e) => {
  const toggle = e.target.closest('.sentence-toggle');
  if (toggle) {
    const i = Number(toggle.dataset.sentence);
    if (state.expanded.has(i)) state.expanded.delete(i);
    else state.expanded.add(i);
    renderTable();
    table.querySelector(`.sentence-toggle[data-sentence="${i}"]`)?.focus();
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
    showFigure(Number(row.dataset.fig), e.target.closest('.fig-link') !== null && e.detail === 0);
  }
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
  if (state.analysis && Math.abs(w - chartWidth) > 4) {
    chartWidth = w;
    renderChartView();
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

function download(content, type, name) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h('a', { href: url, download: name, class: 'offscreen' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
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

/** Replace the whole input, keeping the browser's undo where it can. */
function replaceInput(value) {
  input.focus();
  input.select();
  suppressInput = true;
  let done = false;
  try {
    done = value.length < 1_000_000 && document.execCommand('insertText', false, value);
  } catch {
    done = false;
  }
  suppressInput = false;
  if (!done || input.value !== value) input.value = value;
  input.setSelectionRange(0, 0);
  input.scrollTop = 0;
}

let suppressInput = false;

input.addEventListener('input', (e) => {
  if (suppressInput) return;
  state.dirty = true;
  if (state.analysis) $('results').classList.add('stale');
  if (input.value === '') state.inputSource = null;
  scheduleAnalysis(/^insertFrom(Paste|Drop)/.test(e.inputType ?? ''));
});

input.addEventListener('paste', (e) => {
  const data = e.clipboardData;
  if (!data) return;
  const html = data.getData('text/html');
  const plain = data.getData('text/plain');
  const all = input.value === '' || (input.selectionStart === 0 && input.selectionEnd === input.value.length);
  if (!all) return; // pasting into a text: the browser inserts the plain text
  state.inputSource = null;
  if (html && html.trim()) {
    e.preventDefault();
    state.pastedPlain = plain;
    replaceInput(html);
    htmlBox.checked = true;
    $('paste-note').hidden = false;
    say('Pasted rich text: reading its HTML.');
    scheduleAnalysis(true);
  } else {
    // Plain text replaces everything: the browser inserts it (undo works).
    htmlBox.checked = false;
    $('paste-note').hidden = true;
  }
});

$('use-plain').addEventListener('click', () => {
  replaceInput(state.pastedPlain ?? '');
  htmlBox.checked = false;
  $('paste-note').hidden = true;
  scheduleAnalysis(true);
});

htmlBox.addEventListener('change', () => {
  $('paste-note').hidden = true;
  scheduleAnalysis(true);
});
autoBox.addEventListener('change', () => {
  if (autoBox.checked && state.dirty) scheduleAnalysis(true);
});
$('analyse').addEventListener('click', analyseNow);

$('cancel').addEventListener('click', () => {
  const job = engine.cancel();
  hideProgress();
  delete document.body.dataset.busy;
  autoBox.checked = false;
  say(`Cancelled${job ? ` after ${formatMs(performance.now() - job.started)}` : ''}. Analysing as you type is now off; press Analyse to run it.`);
  input.focus();
});

$('clear').addEventListener('click', () => {
  replaceInput('');
  htmlBox.checked = false;
  state.inputSource = null;
  $('paste-note').hidden = true;
  analyseNow();
  input.focus();
});

$('load-sample').addEventListener('click', async () => {
  try {
    const res = await fetch('sample.txt');
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    replaceInput(await res.text());
    htmlBox.checked = false;
    state.inputSource = null;
    $('paste-note').hidden = true;
    analyseNow();
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
    const { text, note } = decodeFile(await file.arrayBuffer(), isHtml);
    replaceInput(text);
    htmlBox.checked = isHtml;
    state.inputSource = {
      fileName: file.name,
      description: `“${file.name}” (${isHtml ? 'HTML' : 'text'}, ${formatBytes(file.size)}${note ? `; ${note}` : ''})`,
    };
    $('paste-note').hidden = true;
    say(`Read “${file.name}” (${isHtml ? 'HTML' : 'text'}, ${formatBytes(file.size)}${note ? `; ${note}` : ''}).`);
    analyseNow();
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

say('Loading the analyser…');
