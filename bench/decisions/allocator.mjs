#!/usr/bin/env node
// The wasm build's allocator: a size-class allocator of our own
// (bench/decisions/heap.rs, power-of-two free lists over 1 MiB chunks; the
// binding's until this was measured) against Rust's default for wasm32
// (dlmalloc: no #[global_allocator]), which the binding uses.
//
//   node bench/decisions/allocator.mjs [ROUNDS]     (default 7; about 6 minutes)
//
// (about 8 minutes) Builds both in temporary copies (scripts/build.mjs, both profiles, as
// shipped), then prints for each:
// - the web .wasm after wasm-opt, GNU gzip -9 bytes, and the build's bundle line;
// - MB/s of analyze() on the seed repeated to 2 MB, web build (js/web.js) and
//   Node build (js/node.cjs): the median over ROUNDS interleaved processes of
//   each one's median of 7 passes;
// - wasm memory after analyze() in a fresh instance (wasm memory never
//   shrinks: the peak) of the seed repeated to 5 MB, after the 1st, 3rd and
//   10th call; and after one call on the seed repeated to 54 KB and to 20 MB.
// Whichever allocator the working tree has is one variant; the other is made
// in its copy (heap.rs removed, or restored from bench/decisions/heap.rs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, copyTree, edit, fmt, interleaved, log, median, root, write } from './lib.mjs';

const rounds = Number(process.argv[2] ?? 7);
const lib = 'bindings/wasm/src/lib.rs';
const heapLine = '// The wasm allocator (size classes), tested natively; only wasm32 installs it.\n#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]\nmod heap;\n';
const treeHasHeap = existsSync(join(root, 'bindings', 'wasm', 'src', 'heap.rs'));

function withHeap(name) {
  const dir = copyTree(treeHasHeap ? 'base' : name);
  if (!treeHasHeap) {
    write(dir, 'bindings/wasm/src/heap.rs', readFileSync(join(root, 'bench', 'decisions', 'heap.rs'), 'utf8'));
    edit(dir, lib, '#[cfg(target_arch = "wasm32")]\nmod exports;', `${heapLine}\n#[cfg(target_arch = "wasm32")]\nmod exports;`);
  }
  return dir;
}

function withoutHeap(name) {
  const dir = copyTree(treeHasHeap ? name : 'base');
  if (treeHasHeap) edit(dir, lib, heapLine, '');
  return dir;
}

log(`building both variants (the working tree has ${treeHasHeap ? 'heap.rs' : 'dlmalloc'})`);
const variants = [
  { name: 'size classes (heap.rs)', ...build(withHeap('alloc-heap')) },
  { name: 'dlmalloc (default)', ...build(withoutHeap('alloc-dlmalloc')) },
];
log(`measuring, ${rounds} interleaved rounds`);
const web = interleaved(variants, ['speed', 'web', '2'], rounds);
const node = interleaved(variants, ['speed', 'node', '2'], rounds);
const perArticle = interleaved(variants, ['articles', 'node'], rounds);
const memory = interleaved(variants, ['memory', '5', '10'], 1);
const small = interleaved(variants, ['memory', '0.05', '1'], 1);
const large = interleaved(variants, ['memory', '20', '1'], 1);

const mib = (n) => `${(n / 2 ** 20).toFixed(1)} MiB`;
console.log('allocator                 web .wasm gzip -9   bundle (build.mjs)   web MB/s   node MB/s   memory after 5 MB (1st, 3rd, 10th call)');
variants.forEach((v, k) => {
  const mbs = (rs) => median(rs.map((r) => r.mbs)).toFixed(1);
  const spread = (rs) => `${Math.min(...rs.map((r) => r.mbs)).toFixed(1)}–${Math.max(...rs.map((r) => r.mbs)).toFixed(1)}`;
  const m = memory[k][0];
  console.log(`${v.name.padEnd(26)}${fmt(v.wasmGzip).padStart(17)}${fmt(v.bundle).padStart(21)}${mbs(web[k]).padStart(11)}${mbs(node[k]).padStart(12)}   ` +
    `${mib(m.after[0])}, ${mib(m.after[2])}, ${mib(m.after[9])}`);
  console.log(`${''.padEnd(26)}${''.padStart(38)}${`(${spread(web[k])})`.padStart(11)}${`(${spread(node[k])})`.padStart(12)}`);
});
console.log(`MB/s: the seed repeated to ${fmt(web[0][0].bytes)} bytes (${web[0][0].figures} figures), median of ${rounds} rounds (range in brackets); memory: ${fmt(memory[0][0].bytes)} bytes of input, ${mib(memory[0][0].before)} before.`);
variants.forEach((v, k) => console.log(`${v.name}: node, ${median(perArticle[k].map((r) => r.us)).toFixed(1)} µs per article (${perArticle[k][0].articles} article fixtures as text, median of ${rounds} rounds)`));
variants.forEach((v, k) => console.log(`${v.name}: memory after ${fmt(small[k][0].bytes)} bytes ${mib(small[k][0].after[0])}, after ${fmt(large[k][0].bytes)} bytes ${mib(large[k][0].after[0])}`));
