// Writes every generator's input at one size into a folder, for the native
// timer (examples/adversarial.rs) and for profilers:
//   node bench/adversarial/write.mjs DIR BYTES
// Files are numbered in generator order, .html for the HTML ones.
import { mkdirSync, writeFileSync } from 'node:fs';
import { GENERATORS } from './generators.mjs';

const [dir, bytes] = [process.argv[2], Number(process.argv[3])];
if (!dir || !(bytes > 0)) {
  console.error('usage: node bench/adversarial/write.mjs DIR BYTES');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
GENERATORS.forEach((g, i) => writeFileSync(`${dir}/${String(i).padStart(2, '0')}${g.html ? '.html' : '.txt'}`, g.make(bytes)));
console.log(`${GENERATORS.length} inputs of ${bytes} bytes in ${dir}`);
