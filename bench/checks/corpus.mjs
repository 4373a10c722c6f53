// Writes about 1 MB (UTF-8) of real news text to standard output for the speed measure
// of the checks (examples/bench_checks.rs): the article bodies of bench/checks/articles.mjs
// (English and Chinese), each once, in turn, then again from the start until 1 MB.
//
// Run: node bench/checks/corpus.mjs [MB] > /tmp/news-1mb.txt
import { loadArticles } from './articles.mjs';

const target = Number(process.argv[2] ?? 1) * 1e6;
const { articles } = loadArticles();
if (!articles.length) throw new Error('no articles found (see bench/checks/articles.mjs)');
let out = '';
let bytes = 0;
for (let k = 0; bytes < target; k = (k + 1) % articles.length) {
  const piece = `${articles[k].text}\n\n`;
  out += piece;
  bytes += Buffer.byteLength(piece);
}
process.stdout.write(out);
