// Adversarial inputs: text a user can paste by accident or on purpose that
// once made the engine super-linear (or trap). Each generator repeats a unit
// to at least `bytes` UTF-8 bytes; `lang` names the dense case corpus its cost
// per figure is compared with, `html` whether it is analysed as HTML.
// Shared by the benchmark (bench/adversarial/run.mjs, the full ladder) and the
// growth gate in npm test (tests/js/adversarial.test.mjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `unit` repeated until the text holds at least `bytes` bytes. */
function fill(unit, bytes, { head = '', tail = '' } = {}) {
  const n = Math.max(1, Math.ceil((bytes - Buffer.byteLength(head + tail)) / Buffer.byteLength(unit)));
  return head + unit.repeat(n) + tail;
}

/** A unit with a counter in it, so repeats are not identical (a cache or a dedup cannot hide a slow path). */
function counted(make, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = make(i);
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join('');
}

let caseCache;
function caseTexts(file) {
  caseCache ??= {};
  caseCache[file] ??= readFileSync(`${root}tests/cases/${file}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text);
  return caseCache[file];
}

function seed() {
  return readFileSync(`${root}tests/fixtures/000_c3625e4dd3ccaf1d.txt`, 'utf8');
}

export const GENERATORS = [
  // From the issue.
  { name: 'digits separated by spaces', lang: 'en', make: (b) => counted((i) => `${i % 10} `, b) },
  { name: 'percent run', lang: 'en', make: (b) => counted((i) => `${(i % 97) + 1} percent `, b) },
  { name: 'Chinese numeral run', lang: 'zh', make: (b) => fill('一二三四五六七八九十', b) },
  { name: '分別…和… clauses', lang: 'zh', make: (b) => counted((i) => `甲、乙和丙分別增長${i % 9 + 1}%、${i % 7 + 2}%和${i % 5 + 3}%，`, b) },
  { name: 'one English paragraph', lang: 'en', make: (b) => fill(caseTexts('en-figures.jsonl').join(' ') + ' ', b) },
  { name: 'tag-like text', lang: 'en', make: (b) => counted((i) => `<b>${i % 100}</b> `, b) },
  { name: 'nested <div>', lang: 'en', html: true, make: (b) => { const n = Math.ceil(b / 12); return '<div>'.repeat(n) + 'It rose 5%.' + '</div>'.repeat(n); } },
  { name: 'nested <li>', lang: 'en', html: true, make: (b) => counted((i) => `<ul><li>${i % 50} items`, b) },
  { name: 'unclosed <div>', lang: 'en', html: true, make: (b) => counted((i) => `<div>${i % 100}% `, b) },
  { name: 'unmatched end tags', lang: 'en', html: true, make: (b) => counted((i) => `</div></p></li>${i % 10}`, b, '') },
  { name: '"1," comma group', lang: 'en', make: (b) => fill('1,', b) },
  { name: '"1%," run', lang: 'en', make: (b) => fill('1%,', b) },
  { name: '"1\\n" lines', lang: 'en', make: (b) => fill('1\n', b) },
  // Our own.
  { name: '萬億十百 run', lang: 'zh', make: (b) => fill('萬億十百千万亿', b) },
  { name: 'digits and 萬/億', lang: 'zh', make: (b) => fill('3萬4億5千', b) },
  { name: 'parentheses', lang: 'en', make: (b) => fill('((((1)))) (2 ', b) },
  { name: 'pinyin-like (qū) run', lang: 'zh', make: (b) => fill('區(qū)3(sān)人(rén)', b) },
  { name: '? and U+FFFD run', lang: 'zh', make: (b) => fill('??\uFFFD\uFFFD3?萬\uFFFD', b) },
  { name: 'combining marks', lang: 'en', make: (b) => fill('5\u0301\u0302\u0303% ', b) },
  { name: 'emoji ZWJ sequences', lang: 'en', make: (b) => fill('👨\u200D👩\u200D👧\u200D👦 3 👍🏽 ', b) },
  { name: 'RTL marks', lang: 'en', make: (b) => fill('\u200F12\u200E%\u202B3\u202C ', b) },
  { name: 'entities', lang: 'en', html: true, make: (b) => fill('&amp;&#x31;&#50;&nbsp;&lt;', b, { head: '<p>', tail: '</p>' }) },
  { name: 'table cells', lang: 'en', html: true, make: (b) => fill('<td>1</td><td>2%</td>', b, { head: '<table><tr>', tail: '</tr></table>' }) },
  { name: 'one long line (seed)', lang: 'zh', make: (b) => fill(seed().replace(/\n/g, ' '), b) },
  { name: 'number X to Y chain', lang: 'en', make: (b) => counted((i) => `from ${i} to ${i + 1} `, b) },
  { name: '至 chain', lang: 'zh', make: (b) => counted((i) => `${i % 90 + 1}至`, b) },
  { name: 'periods in one zh sentence', lang: 'zh', make: (b) => counted((i) => `${1900 + (i % 120)}年${(i % 12) + 1}月增長${(i % 9) + 1}%，`, b) },
  { name: 'periods in one en sentence', lang: 'en', make: (b) => counted((i) => `in ${1900 + (i % 120)} it rose ${(i % 9) + 1}% to $${i % 50} million from $${i % 40} million, `, b) },
  { name: 'dates between figures', lang: 'en', make: (b) => counted((i) => `rose 5% on May ${(i % 28) + 1}, ${1990 + (i % 30)}, `, b) },
  { name: 'unclosed quote in tags', lang: 'en', html: true, make: (b) => fill('<a title="x>5% ', b) },
  { name: 'unclosed <script> and comments', lang: 'en', html: true, make: (b) => fill('<script>1<!--2 ', b) },
  { name: 'tags without >', lang: 'en', html: true, make: (b) => fill('<p 5% <b 6 ', b) },
  // Found by fuzzing (tests/regressions).
  { name: 'nested <h1>', lang: 'en', html: true, make: (b) => fill('<h1>', b, { tail: '5%' }) },
  { name: '"<!--" in plain text', lang: 'en', make: (b) => fill('<!--', b, { tail: ' 5%' }) },
  { name: 'adjacent percents', lang: 'en', make: (b) => fill('12.5%', b) },
  { name: 'long digit string', lang: 'en', make: (b) => fill('1234567890', b) },
  { name: 'long decimal', lang: 'en', make: (b) => fill('9', b, { head: '0.' }) },
];

/** The dense case corpora (bench/figures.mjs "zh cases" / "en cases"): the per-figure cost reference. */
export function denseCorpus(lang, bytes) {
  const texts = lang === 'zh' ? [...caseTexts('zh-figures.jsonl'), ...caseTexts('zh-news.jsonl')] : caseTexts('en-figures.jsonl');
  const sep = lang === 'zh' ? '' : ' ';
  let out = '';
  while (Buffer.byteLength(out) < bytes) {
    for (let i = 0; i < texts.length; i += 12) out += texts.slice(i, i + 12).join(sep) + '\n';
  }
  return out;
}
