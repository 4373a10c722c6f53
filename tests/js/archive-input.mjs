// Generated --jsonl archives for the batch tests, the Spark job's test and
// bench/archive.mjs: the repository's own article fixtures (text and HTML),
// each line made distinct by a numbered sentence with a figure of its own.
// Not a test file itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

/** The fixture articles: { name, text, html }. */
export const fixtures = readdirSync(dir)
  .filter((f) => /\.(txt|html)$/.test(f))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8'), html: f.endsWith('.html') }));

/** Request i of an archive: { id, text, html? }. */
export function request(i) {
  const a = fixtures[i % fixtures.length];
  const extra = a.name.startsWith('en') ? `\nItem ${i}: sales rose ${i % 97}.5% to $${i} million.` : `\n第${i}篇：銷售額增長${i % 97}.5%，達${i}萬元。`;
  const text = a.html ? a.text.replace(/<\/body>/i, `<p>${extra}</p></body>`) : a.text + extra;
  return a.html ? { id: `a${i}`, text, html: true } : { id: `a${i}`, text };
}

/** Lines i, i+1, … of an archive as one string, while under `bytes` (or `count` lines). */
export function archive({ count = Infinity, bytes = Infinity, from = 0 } = {}) {
  const lines = [];
  let size = 0;
  for (let i = from; i < from + count && size < bytes; i++) {
    const line = `${JSON.stringify(request(i))}\n`;
    lines.push(line);
    size += Buffer.byteLength(line);
  }
  return lines.join('');
}
