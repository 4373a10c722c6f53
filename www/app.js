// The figlens page. Text in (paste, type, drop, sample) → the analysis in a
// Web Worker (engine.js) → the reading view (article.js), the figures table
// (figures-table.js), the chart (chart.js) and the exports (format.js).
// Everything user-supplied is rendered with DOM nodes and text, never markup.
import { Engine } from './engine.js';
import { el, h, flash, download } from './dom.js';
import { renderArticle, figureDetails } from './article.js';
import { buildHeader, columnName, labelHeader, renderRows, showSort } from './figures-table.js';
import { buildTableTools, groupLabel, matchesQuery } from './table-tools.js';
import { Panes } from './panes.js';
import { ChartView } from './chart-view.js';
import { sentenceContext, sentenceOf } from './sentence.js';
import { TextView, afterFrame, later, readText } from './input-view.js';
import {
  ASIDE_KINDS, BODY_KINDS, KINDS, count, decodeFile, exportStem, filterFigures, formatBytes, formatMs, languageName, noteText,
  sortIndices, toCsv, toJson, toTsv,
} from './format.js';
import { kindLabel } from '../js/kinds.js';
import { onUiLanguage, register, setUiLanguage, t, uiLanguage } from './i18n.js';
import { translatePage } from './page-text.js';
import { checkMembership, renderChecks } from './checks-panel.js';
import { riseConvention } from '../js/rise.js';

register({
  'status.loading': { en: 'Loading…', 'zh-Hant': '載入中…', 'zh-Hans': '加载中…' },
  'status.loadingAnalyser': { en: 'Loading the analyser…', 'zh-Hant': '正在載入分析器…', 'zh-Hans': '正在加载分析器…' },
  'status.ready': { en: 'Ready: paste an article, drop a file or load the sample.', 'zh-Hant': '就緒：貼上文章、拖放檔案或載入範例。', 'zh-Hans': '就绪：粘贴文章、拖放文件或加载示例。' },
  'status.readyNote': {
    en: 'figlens runs as WebAssembly in a Web Worker. This time it was ready {after} after its files arrived ({since} after navigation).',
    'zh-Hant': 'figlens 以 WebAssembly 在 Web Worker 中執行。這次在檔案到達後 {after} 就緒（距開啟頁面 {since}）。',
    'zh-Hans': 'figlens 以 WebAssembly 在 Web Worker 中运行。这次在文件到达后 {after} 就绪（距打开页面 {since}）。',
  },
  'status.found': { en: '{n} figures found in {ms}.', 'zh-Hant': '在 {ms} 內找到 {n} 個數字。', 'zh-Hans': '在 {ms} 内找到 {n} 个数字。' },
  'status.changedUpdating': { en: ' The text has changed since: updating.', 'zh-Hant': '文字之後已有改動：正在更新。', 'zh-Hans': '文字之后已有改动：正在更新。' },
  'status.changedPress': { en: ' The text has changed since: press Analyse to update.', 'zh-Hant': '文字之後已有改動：按「分析」更新。', 'zh-Hans': '文字之后已有改动：按“分析”更新。' },
  'facts.from': { en: 'From {what}. ', 'zh-Hant': '來自{what}。', 'zh-Hans': '来自{what}。' },
  'facts.input': {
    en: 'Input: {chars} characters, {bytes} of UTF-8{html}. ',
    'zh-Hant': '輸入：{chars} 個字元，UTF-8 {bytes}{html}。',
    'zh-Hans': '输入：{chars} 个字符，UTF-8 {bytes}{html}。',
  },
  'facts.asHtml': { en: ', read as HTML', 'zh-Hant': '，當作 HTML 讀取', 'zh-Hans': '，作为 HTML 读取' },
  'facts.result': {
    en: 'Analysed in {ms}: {figures} figures, {blocks} blocks, {language}.',
    'zh-Hant': '分析用時 {ms}：{figures} 個數字、{blocks} 個區塊，{language}。',
    'zh-Hans': '分析用时 {ms}：{figures} 个数字、{blocks} 个区块，{language}。',
  },
  'progress.text': { en: 'Analysing {chars} characters… {s} s', 'zh-Hant': '正在分析 {chars} 個字元… {s} 秒', 'zh-Hans': '正在分析 {chars} 个字符… {s} 秒' },
  'progress.value': { en: '{s} seconds', 'zh-Hant': '{s} 秒', 'zh-Hans': '{s} 秒' },
  'status.large': {
    en: 'Analysing a large input ({chars} characters). You can keep typing, or cancel.',
    'zh-Hant': '正在分析大量輸入（{chars} 個字元）。你可以繼續輸入，或取消。',
    'zh-Hans': '正在分析大量输入（{chars} 个字符）。你可以继续输入，或取消。',
  },
  'status.largeHeld': {
    en: 'Analysing a large input ({chars} characters). You can cancel.',
    'zh-Hant': '正在分析大量輸入（{chars} 個字元）。你可以取消。',
    'zh-Hans': '正在分析大量输入（{chars} 个字符）。你可以取消。',
  },
  'kinds.legend': { en: 'Kinds: ', 'zh-Hant': '類別：', 'zh-Hans': '类别：' },
  'kinds.all': { en: 'All kinds ({n})', 'zh-Hant': '所有類別（{n}）', 'zh-Hans': '所有类别（{n}）' },
  'kinds.one': { en: '{kind} ({n})', 'zh-Hant': '{kind}（{n}）', 'zh-Hans': '{kind}（{n}）' },
  'table.noneYet': { en: 'No figures yet.', 'zh-Hant': '尚無數字。', 'zh-Hans': '尚无数字。' },
  'table.count': { en: '{shown} of {total} figures shown', 'zh-Hant': '顯示 {total} 個數字中的 {shown} 個', 'zh-Hans': '显示 {total} 个数字中的 {shown} 个' },
  'article.placeholder': {
    en: 'The cleaned article appears here: title, date, source and authors, then the body with every figure marked.',
    'zh-Hant': '清理後的文章會顯示在這裡：標題、日期、來源與作者，然後是標示了每個數字的正文。',
    'zh-Hans': '清理后的文章会显示在这里：标题、日期、来源与作者，然后是标注了每个数字的正文。',
  },
  'json.more': {
    en: '… ({n} more characters: download the JSON for all of it)',
    'zh-Hant': '…（還有 {n} 個字元：下載 JSON 可看全部）',
    'zh-Hans': '…（还有 {n} 个字符：下载 JSON 可看全部）',
  },
  'status.notMarked': {
    en: '“{text}” could not be marked in the reading view; its block is highlighted instead.',
    'zh-Hant': '「{text}」無法在閱讀檢視中標示，改為突顯它所在的區塊。',
    'zh-Hans': '“{text}”无法在阅读视图中标注，改为突出显示它所在的区块。',
  },
  'status.filtered': { en: '“{text}” is hidden by the table’s filters.', 'zh-Hant': '「{text}」被表格的篩選條件隱藏了。', 'zh-Hans': '“{text}”被表格的筛选条件隐藏了。' },
  'status.sorted': { en: 'Sorted by {column}, {dir}.', 'zh-Hant': '已按{column}{dir}排序。', 'zh-Hans': '已按{column}{dir}排序。' },
  'sort.order': { en: 'order of appearance', 'zh-Hant': '出現順序', 'zh-Hans': '出现顺序' },
  'sort.ascending': { en: 'ascending', 'zh-Hant': '遞增', 'zh-Hans': '升序' },
  'sort.descending': { en: 'descending', 'zh-Hant': '遞減', 'zh-Hans': '降序' },
  'export.rows': { en: '{n} rows', 'zh-Hant': '{n} 列', 'zh-Hans': '{n} 行' },
  'export.row': { en: '{n} row', 'zh-Hant': '{n} 列', 'zh-Hans': '{n} 行' },
  'export.copiedTsv': {
    en: 'Copied {rows} as TSV, with a header line: paste into a spreadsheet.',
    'zh-Hant': '已將 {rows} 複製為 TSV（含標題列）：可貼到試算表。',
    'zh-Hans': '已将 {rows} 复制为 TSV（含标题行）：可粘贴到电子表格。',
  },
  'export.noClipboard': { en: 'Could not copy: the browser refused the clipboard.', 'zh-Hant': '無法複製：瀏覽器拒絕使用剪貼簿。', 'zh-Hans': '无法复制：浏览器拒绝使用剪贴板。' },
  'export.csv': { en: 'Downloading {rows} as CSV (UTF-8 with BOM).', 'zh-Hant': '正在下載 {rows}，格式為 CSV（帶 BOM 的 UTF-8）。', 'zh-Hans': '正在下载 {rows}，格式为 CSV（带 BOM 的 UTF-8）。' },
  'export.json': { en: 'Downloading the full analysis as JSON.', 'zh-Hant': '正在下載完整分析（JSON）。', 'zh-Hans': '正在下载完整分析（JSON）。' },
  'export.copiedJson': { en: 'Copied the full analysis as JSON.', 'zh-Hant': '已將完整分析複製為 JSON。', 'zh-Hans': '已将完整分析复制为 JSON。' },
  'input.readingHtml': {
    en: 'Reading the HTML… the article appears here as figlens reads it.',
    'zh-Hant': '正在讀取 HTML… 文章會以 figlens 讀出的樣子顯示在這裡。',
    'zh-Hans': '正在读取 HTML… 文章会以 figlens 读出的样子显示在这里。',
  },
  'source.read': {
    en: 'The article as figlens read it from {chars} characters of HTML (read-only).',
    'zh-Hant': 'figlens 從 {chars} 個字元的 HTML 讀出的文章（唯讀）。',
    'zh-Hans': 'figlens 从 {chars} 个字符的 HTML 读出的文章（只读）。',
  },
  'source.bigHtml': {
    en: 'The HTML source, {chars} characters: shown read-only, as it is too long to edit here. Paste, drop or open a file to replace it, or Clear.',
    'zh-Hant': 'HTML 原始碼，{chars} 個字元：太長無法在此編輯，以唯讀顯示。可貼上、拖放或開啟檔案來取代，或清除。',
    'zh-Hans': 'HTML 源代码，{chars} 个字符：太长无法在此编辑，以只读显示。可粘贴、拖放或打开文件来替换，或清除。',
  },
  'source.big': {
    en: '{chars} characters: shown read-only, as it is too long to edit here. Paste, drop or open a file to replace it, or Clear.',
    'zh-Hant': '{chars} 個字元：太長無法在此編輯，以唯讀顯示。可貼上、拖放或開啟檔案來取代，或清除。',
    'zh-Hans': '{chars} 个字符：太长无法在此编辑，以只读显示。可粘贴、拖放或打开文件来替换，或清除。',
  },
  'source.html': { en: 'The HTML source, as figlens reads it.', 'zh-Hant': 'HTML 原始碼，即 figlens 所讀的內容。', 'zh-Hans': 'HTML 源代码，即 figlens 所读的内容。' },
  'status.undone': { en: 'Undone: the input is back as it was.', 'zh-Hant': '已復原：輸入回到原來的樣子。', 'zh-Hans': '已撤销：输入回到原来的样子。' },
  'status.pastedRich': { en: 'Pasted rich text: reading its HTML ({n} characters).', 'zh-Hant': '已貼上格式化文字：正在讀取其 HTML（{n} 個字元）。', 'zh-Hans': '已粘贴富文本：正在读取其 HTML（{n} 个字符）。' },
  'status.pasted': { en: 'Pasted {n} characters.', 'zh-Hant': '已貼上 {n} 個字元。', 'zh-Hans': '已粘贴 {n} 个字符。' },
  'status.plain': { en: 'Using the clipboard’s plain text.', 'zh-Hant': '改用剪貼簿的純文字。', 'zh-Hans': '改用剪贴板的纯文本。' },
  'status.cancelled': {
    en: 'Cancelled. Analysing as you type is now off; press Analyse to run it.',
    'zh-Hant': '已取消。「邊輸入邊分析」已關閉；按「分析」執行。',
    'zh-Hans': '已取消。“边输入边分析”已关闭；按“分析”运行。',
  },
  'status.cancelledAfter': {
    en: 'Cancelled after {ms}. Analysing as you type is now off; press Analyse to run it.',
    'zh-Hant': '在 {ms} 後取消。「邊輸入邊分析」已關閉；按「分析」執行。',
    'zh-Hans': '在 {ms} 后取消。“边输入边分析”已关闭；按“分析”运行。',
  },
  'status.sampleFailed': { en: 'Could not load the sample: {message}', 'zh-Hant': '無法載入範例：{message}', 'zh-Hans': '无法加载示例：{message}' },
  'file.neither': { en: 'figlens reads .txt and .html files; “{name}” is neither.', 'zh-Hant': 'figlens 只讀 .txt 和 .html 檔案；「{name}」都不是。', 'zh-Hans': 'figlens 只读 .txt 和 .html 文件；“{name}”都不是。' },
  'file.reading': { en: 'Reading “{name}” ({size})…', 'zh-Hant': '正在讀取「{name}」（{size}）…', 'zh-Hans': '正在读取“{name}”（{size}）…' },
  'file.html': { en: 'HTML', 'zh-Hant': 'HTML', 'zh-Hans': 'HTML' },
  'file.text': { en: 'text', 'zh-Hant': '文字', 'zh-Hans': '文本' },
  'file.described': { en: '“{name}” ({type}, {size}{note})', 'zh-Hant': '「{name}」（{type}，{size}{note}）', 'zh-Hans': '“{name}”（{type}，{size}{note}）' },
  'file.read': { en: 'Read {file}.', 'zh-Hant': '已讀取{file}。', 'zh-Hans': '已读取{file}。' },
  'file.failed': { en: 'Could not read “{name}”: {message}', 'zh-Hant': '無法讀取「{name}」：{message}', 'zh-Hans': '无法读取“{name}”：{message}' },
});

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
const checksEl = $('checks');
const tip = $('fig-tip');
const panes = new Panes(document.querySelector('main'));
const chartView = new ChartView(chartEl.closest('figure'), { stem: () => exportStem(state.fileName) });
const exportButtons = ['copy-tsv', 'download-csv', 'download-json', 'copy-json'].map($);

const RISE_KEY = 'figlens.rise'; // the remembered pick of rise and fall colours
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
  said: null, // the status shown: { message (a string or a function of the language), isError }
  facts: null, // () => the facts line, in the interface language
  readyNote: null,
  asWritten: false, // the table's values as the article writes them, not normalized
  rise: storedRise(), // the reader's pick of rise and fall colours: 'auto', 'red-up' or 'green-up'
};

/** Show a status; `message` may be a function, called again when the language changes. */
function say(message, isError = false) {
  state.said = { message, isError };
  statusEl.classList.toggle('error', isError);
  statusEl.textContent = typeof message === 'function' ? message() : message;
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
    state.readyNote = () => t('status.readyNote', { after: formatMs(Math.max(0, after)), since: formatMs(mark.startTime) });
    $('ready-note').textContent = state.readyNote();
    if (inputText()) analyseNow();
    else say(() => t('status.ready'));
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
    state.facts = () => facts(job, a);
    factsEl.textContent = state.facts();
    const next = engine.waiting || typingTimer ? 'status.changedUpdating' : 'status.changedPress';
    const dirty = state.dirty;
    say(() => t('status.found', { n: count(a.figures.length), ms: formatMs(job.ms) }) + (dirty ? t(next) : ''));
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
  const from = job.from ? t('facts.from', { what: job.from.description() }) : '';
  return from + t('facts.input', { chars: count(job.text.length), bytes: formatBytes(job.bytes), html: job.options.html ? t('facts.asHtml') : '' })
    + t('facts.result', { ms: formatMs(job.ms), figures: count(a.figures.length), blocks: count(a.blocks.length), language: languageName(a.language) });
}

function showProgress(job) {
  if (engine.running !== job) return;
  progressEl.hidden = false;
  const chars = count(job.text.length);
  const bar = $('progress-bar');
  const tick = () => {
    const s = ((performance.now() - job.started) / 1000).toFixed(1);
    progressText.textContent = t('progress.text', { chars, s });
    bar.setAttribute('aria-valuetext', t('progress.value', { s }));
  };
  tick();
  clearInterval(progressTick);
  // A few updates a second: each one is a frame to commit, and with megabytes
  // in the text box a commit is not free.
  progressTick = setInterval(tick, 250);
  if (job.text.length >= BIG_INPUT) {
    const key = state.held === null ? 'status.large' : 'status.largeHeld';
    say(() => t(key, { chars }));
  }
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
    state.facts = null;
    factsEl.textContent = '';
    say(() => t(engine.ready ? 'status.ready' : 'status.loading'));
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
  steps.push(renderChartView, () => renderChecks(checksEl, state.analysis, uiLanguage()), () => {
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
  articleEl.replaceChildren(el('p', 'placeholder', t('article.placeholder')));
  state.figureEls = new Map();
  state.damageEls = new Map();
  state.indices = [];
  renderKindOptions();
  renderTable();
  chartView.update(null, []);
  state.checkMembers = null;
  renderChecks(checksEl, null);
  $('json').textContent = '';
}

function renderStart() {
  hideTip();
  const a = state.analysis;
  for (const b of exportButtons) b.disabled = false;
  $('legend').hidden = false;
  $('article-hint').hidden = false;
  applyRise();
  state.checkMembers = checkMembership(a);
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
  const lang = uiLanguage();
  legend.replaceChildren(el('span', 'muted', t('kinds.legend')), ...KINDS.filter((k) => present.has(k)).map((k) => el('span', `fig legend-item k-${k}`, kindLabel(k, lang))));
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
  const options = [h('option', { value: '' }, t('kinds.all', { n: count(total) }))];
  for (const k of KINDS) {
    if (!counts.has(k) && k !== state.kind) continue;
    options.push(h('option', { value: k }, t('kinds.one', { kind: kindLabel(k, uiLanguage()), n: count(counts.get(k) ?? 0) })));
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
    table.tBodies[0].replaceChildren(h('tr', { class: 'empty' }, h('td', { colspan: 8 }, t('table.noneYet'))));
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
    asWritten: state.asWritten,
    yearFrom: a.meta.date,
    group: state.sort.key === 'value' ? groupLabel : null,
    details: (f) => figureDetails(f, a.blocks[f.block]?.kind),
    checkMark: (i) => state.checkMembers?.get(i),
  });
  if (from === 0) rowCount.textContent = t('table.count', { shown: count(state.indices.length), total: count(a.figures.length) });
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
    ? `${json.slice(0, cap)}\n${t('json.more', { n: count(json.length - cap) })}`
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
  for (const [k, v] of figureDetails(f, state.analysis.blocks[f.block]?.kind, state.analysis.meta)) dl.append(el('dt', null, k), el('dd', null, v));
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
  if (!mark) say(() => t('status.notMarked', { text: f.text }));
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
    const text = state.analysis.figures[i].text;
    say(() => t('status.filtered', { text }));
    return;
  }
  scrollTo(row);
  flash(row);
  row.querySelector('.fig-link')?.focus({ preventScroll: true });
}

checksEl.addEventListener('click', (e) => {
  const jump = e.target.closest('[data-show-figure]');
  if (!jump || !state.analysis) return;
  panes.show('article');
  showFigure(Number(jump.dataset.showFigure), true);
});

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
  const dir = state.sort.dir === 1 ? 'sort.ascending' : 'sort.descending';
  say(() => t('status.sorted', { column: key === 'index' ? t('sort.order') : columnName(key).toLowerCase(), dir: t(dir) }));
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

const rowsWord = (n) => t(n === 1 ? 'export.row' : 'export.rows', { n: count(n) });

$('copy-tsv').addEventListener('click', async () => {
  if (!state.analysis) return;
  const ok = await copyText(toTsv(state.analysis, state.indices, state.fileName));
  const n = state.indices.length;
  say(() => (ok ? t('export.copiedTsv', { rows: rowsWord(n) }) : t('export.noClipboard')), !ok);
});
$('download-csv').addEventListener('click', () => {
  if (!state.analysis) return;
  download(toCsv(state.analysis, state.indices, state.fileName), 'text/csv;charset=utf-8', `${exportStem(state.fileName)}-figures.csv`);
  const n = state.indices.length;
  say(() => t('export.csv', { rows: rowsWord(n) }));
});
$('download-json').addEventListener('click', () => {
  if (!state.analysis) return;
  download(toJson(state.analysis), 'application/json', `${exportStem(state.fileName)}-analysis.json`);
  say(() => t('export.json'));
});
$('copy-json').addEventListener('click', async () => {
  if (!state.analysis) return;
  const ok = await copyText(toJson(state.analysis));
  say(() => t(ok ? 'export.copiedJson' : 'export.noClipboard'), !ok);
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
    else inputView.message(t('input.readingHtml'));
  } else {
    inputView.show(state.held);
  }
}

function renderSourceBar(text) {
  const html = htmlBox.checked;
  const big = text.length > EDIT_LIMIT;
  const chars = count(text.length);
  $('source-switch').hidden = !html;
  $('show-read').setAttribute('aria-pressed', String(html && state.show === 'read'));
  $('show-source').setAttribute('aria-pressed', String(html && state.show !== 'read'));
  let note = '';
  if (html && state.show === 'read') note = t('source.read', { chars });
  else if (html && big) note = t('source.bigHtml', { chars });
  else if (big) note = t('source.big', { chars });
  else if (html) note = t('source.html');
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
  say(() => t('status.undone'));
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
    say(() => t('status.pastedRich', { n: count(html.length) }));
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
  const n = before.length + plain.length + after.length;
  say(() => t('status.pasted', { n: count(n) }));
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
  say(() => t('status.plain'));
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
  const ms = job ? performance.now() - job.started : null;
  say(() => (ms === null ? t('status.cancelled') : t('status.cancelledAfter', { ms: formatMs(ms) })));
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
    say(() => t('status.sampleFailed', { message: e.message }), true);
  }
});

// Files: drop them on the input, or open one.
async function readFile(file) {
  const isHtml = /\.(x?html?)$/i.test(file.name) || file.type === 'text/html' || file.type === 'application/xhtml+xml';
  const isText = /\.(txt|text)$/i.test(file.name) || file.type === 'text/plain';
  if (!isHtml && !isText) {
    say(() => t('file.neither', { name: file.name }), true);
    return;
  }
  try {
    say(() => t('file.reading', { name: file.name, size: formatBytes(file.size) }));
    const { text, note } = decodeFile(await file.arrayBuffer(), isHtml);
    const description = () => t('file.described', { name: file.name, type: t(isHtml ? 'file.html' : 'file.text'), size: formatBytes(file.size), note: note ? `; ${noteText(note)}` : '' });
    replaceInput(text, { html: isHtml, from: { fileName: file.name, description } });
    say(() => t('file.read', { file: description() }));
    analyseNow({ eager: true });
  } catch (e) {
    say(() => t('file.failed', { name: file.name, message: e.message }), true);
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
say(() => t('status.loadingAnalyser'));

// ------------------------------------------------ language, colours, values

function storedRise() {
  try {
    const v = localStorage.getItem(RISE_KEY);
    return v === 'red-up' || v === 'green-up' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

/** Rise and fall colours: the reader's pick, else the convention of the article's readers. */
function applyRise() {
  const a = state.analysis;
  const convention = riseConvention({ language: a?.language, currency: a?.meta.currency, fallback: uiLanguage() }, state.rise);
  document.documentElement.dataset.rise = convention;
}

const languagePicker = $('ui-language');
const risePicker = $('rise-colours');

function applyLanguage() {
  translatePage();
  languagePicker.value = uiLanguage();
  risePicker.value = state.rise;
  labelHeader(table.tHead);
  if (state.said) say(state.said.message, state.said.isError);
  factsEl.textContent = state.facts ? state.facts() : '';
  if (state.readyNote) $('ready-note').textContent = state.readyNote();
  renderSourceBar(inputText());
  applyRise();
}

languagePicker.addEventListener('change', () => setUiLanguage(languagePicker.value));
onUiLanguage(() => {
  applyLanguage();
  // The result is drawn again in the new language; the analysis is kept.
  if (state.analysis) renderAll();
  else renderEmpty();
});
risePicker.addEventListener('change', () => {
  state.rise = risePicker.value;
  try {
    localStorage.setItem(RISE_KEY, state.rise);
  } catch {
    // Storage blocked: the pick lasts for this visit.
  }
  applyRise();
});
$('as-written').addEventListener('change', (e) => {
  state.asWritten = e.target.checked;
  renderTable();
});

applyLanguage();
