// What it measures: the arithmetic checks (issue 20) on real, unmodified article bodies
// (bench/checks/articles.mjs: 181 English ScrapingHub gold bodies, the Chinese zh-news and
// zh-news2 gold paragraphs): how many checks per 100 articles, by kind, and every check
// marked not ok with its sentence, for a person to judge (a real error in the article is a
// finding, not a false alarm). Target: not-ok checks ≤ 1 per 100 articles.
//
// Run: node bench/checks/false-alarms.mjs [--ok]   (the Node build in pkg/: node scripts/build.mjs first)
//   --ok   also list every check that holds, with its sentence
import { analyze } from '../../js/node.mjs';
import { loadArticles, sentenceOf } from './articles.mjs';

const showOk = process.argv.includes('--ok');
const { articles, missing } = loadArticles();
for (const m of missing) console.log(`missing: ${m}`);
const KINDS = ['ratio', 'change', 'difference', 'sum', 'per-capita', 'range'];
const count = Object.fromEntries(KINDS.map((k) => [k, { all: 0, notOk: 0 }]));
const bySet = {};
const notOk = [];
for (const a of articles) {
  const r = analyze(a.text);
  bySet[a.set] = (bySet[a.set] ?? 0) + 1;
  for (const c of r.checks) {
    count[c.kind].all++;
    const line = `  [${a.set} ${a.id}] ${c.kind} ${c.ok ? 'ok' : 'NOT OK'}: ${c.explain}\n    ${sentenceOf(r, a.text, c.figures[0])}`;
    if (!c.ok) {
      count[c.kind].notOk++;
      notOk.push(line);
    } else if (showOk) console.log(line);
  }
}
const n = articles.length;
const per100 = (x) => ((100 * x) / Math.max(1, n)).toFixed(1);
console.log(`articles: ${n} (${Object.entries(bySet).map(([s, k]) => `${s} ${k}`).join(', ')})`);
const total = KINDS.reduce((s, k) => s + count[k].all, 0);
const bad = KINDS.reduce((s, k) => s + count[k].notOk, 0);
console.log(`checks: ${total} (${per100(total)} per 100 articles); not ok: ${bad} (${per100(bad)} per 100 articles, target ≤ 1)`);
for (const k of KINDS) console.log(`  ${k.padEnd(11)} ${String(count[k].all).padStart(4)} (${per100(count[k].all)} per 100), not ok ${count[k].notOk}`);
if (notOk.length) console.log(`not-ok checks, to judge:\n${notOk.join('\n')}`);
