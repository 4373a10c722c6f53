// The analysis runs here, off the page's main thread, so typing never waits
// for it. The page compiles the WebAssembly module once (streaming) and sends
// it: a fresh worker after a cancel is ready again in a few milliseconds.
//
// Messages in:  { type: 'init', module: WebAssembly.Module }
//               { type: 'analyze', id, text, options }
// Messages out: { type: 'ready', timeOrigin, files: [{ name, responseEnd }] }
//               { type: 'part', id, path, items } (zero or more, then the result)
//               { type: 'result', id, analysis, ms, bytes }
//               { type: 'error', id, code, message }
import { initSync, analyze } from '../js/web.js';
import { utf8Length } from '../js/wrapper.js';

// A little of everything: a title line, pinyin annotations, money, percent,
// count, dates, a keywords line and a related list.
const WARM_UP = '南湖區一季度生產總值增長8.1%\n2021年(nián)5月1日，全區(qū)城鎮新增就業1.29萬人，同比增長9.2%，'
  + '實現地區生產總值729.91億元，約2萬人次，排名第二。\n關鍵詞: 甲 乙\n- 相關新聞一 增長5%\n- 相關新聞二 下降3%\n';

// The page receives a message in one main-thread task, deserializing all of
// it: the long lists of a large result (the seed repeated to 5 MB: 28,530
// blocks, 34,980 figures, 190,641 pinyin annotations) go in parts of PART
// items, each its own message, before the rest.
const PART = 1000;
const LISTS = ['blocks', 'figures', 'cleaning.markup', 'cleaning.pinyinAnnotations', 'cleaning.invisible', 'cleaning.damaged'];

function postParts(id, analysis) {
  for (const path of LISTS) {
    const [a, b] = path.split('.');
    const holder = b ? analysis[a] : analysis;
    const key = b ?? a;
    const list = holder[key];
    if (list.length <= PART) continue;
    for (let i = PART; i < list.length; i += PART) self.postMessage({ type: 'part', id, path, items: list.slice(i, i + PART) });
    holder[key] = list.slice(0, PART);
  }
}

self.addEventListener('message', (event) => {
  const m = event.data;
  if (m.type === 'init') {
    try {
      initSync(m.module);
    } catch (e) {
      self.postMessage({ type: 'error', id: null, code: e.code ?? 'not-initialized', message: e.message });
      return;
    }
    // When this worker's own files arrived, for the page's ready-time figure.
    const files = performance.getEntriesByType('resource').map((r) => ({ name: r.name, responseEnd: r.responseEnd }));
    self.postMessage({ type: 'ready', timeOrigin: performance.timeOrigin, files });
    // Warm up: Chromium compiles wasm functions lazily, on their first call, so
    // the first real analysis would pay for it. A request that arrives now waits
    // these few milliseconds instead, and would have paid them anyway.
    try {
      analyze(WARM_UP);
    } catch {
      // a warm-up failure is not the user's problem; their own call will report it
    }
  } else if (m.type === 'analyze') {
    const bytes = utf8Length(m.text);
    const started = performance.now();
    try {
      const analysis = analyze(m.text, m.options);
      const ms = performance.now() - started;
      postParts(m.id, analysis);
      self.postMessage({ type: 'result', id: m.id, analysis, ms, bytes });
    } catch (e) {
      self.postMessage({ type: 'error', id: m.id, code: e.code ?? e.name ?? 'internal', message: e.message ?? String(e), bytes });
    }
  }
});
