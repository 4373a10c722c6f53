#!/usr/bin/env node
// Turns the string annotations of the coverage set (/work/checks-cov/strings.jsonl, outside the
// repository because it quotes the articles; format in GUIDE.md) into offsets: UTF-16 code units
// into the rebuilt body text (/work/checks-cov/text/<id>.txt, checked against textSha256).
//
//   node bench/devsets/checks/annotate.mjs [--dir DIR] [--strings FILE] [--texts DIR] [--out FILE] [--partial]
//
// --dir  the set's directory, holding selection.jsonl (default this one, bench/devsets/checks;
//        bench/devsets/checks2 for the second set, with --strings /work/checks-cov2/strings.jsonl
//        --texts /work/checks-cov2/text); --out defaults to <dir>/relations.jsonl
//
// Writes relations.jsonl, one line per article in selection order: set, repo, commit, path
// (and member), id, script, textSha256, relations [{kind, stated: {start, end}, operands:
// [{start, end}], holds, note}]. Fails (exit 1) on any string not found, an unknown kind or
// article, or an article of the selection not marked read ({"id", "done": true}); with
// --partial, articles not yet read are left out instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './common.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const a = { dir: here, strings: '/work/checks-cov/strings.jsonl', texts: '/work/checks-cov/text', out: null, partial: false };
for (let i = 2; i < process.argv.length; i++) {
  const k = process.argv[i];
  if (k === '--partial') a.partial = true;
  else if (['--dir', '--strings', '--texts', '--out'].includes(k) && i + 1 < process.argv.length) a[k.slice(2)] = process.argv[++i];
  else { console.error(`unknown argument ${k}`); process.exit(2); }
}
a.out ??= join(a.dir, 'relations.jsonl');
const KINDS = new Set(['ratio', 'change', 'difference', 'sum', 'per-capita', 'range']);
const selection = readFileSync(join(a.dir, 'selection.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const known = new Set(selection.map((s) => s.id));
const lines = readFileSync(a.strings, 'utf8').split('\n').map((l, i) => [l, i + 1]).filter(([l]) => l.trim() && !l.trim().startsWith('//'));
const done = new Set();
const rels = new Map();
const errors = [];
for (const [l, no] of lines) {
  let r;
  try { r = JSON.parse(l); } catch (e) { errors.push(`line ${no}: ${e.message}`); continue; }
  if (!known.has(r.id)) { errors.push(`line ${no}: unknown article ${r.id}`); continue; }
  if (r.done) { done.add(r.id); continue; }
  if (!KINDS.has(r.kind)) { errors.push(`line ${no}: unknown kind ${r.kind}`); continue; }
  if (typeof r.holds !== 'boolean') { errors.push(`line ${no}: holds must be true or false`); continue; }
  if (!rels.has(r.id)) rels.set(r.id, []);
  rels.get(r.id).push({ ...r, line: no });
}

// nth (1-based) occurrence of s in t at or after `from`; -1 when absent.
function nth(t, s, n = 1, from = 0) {
  let at = from - 1;
  for (let k = 0; k < n; k++) {
    at = t.indexOf(s, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
function locate(t, loc) {
  const L = typeof loc === 'string' ? { s: loc } : loc;
  if (!L || typeof L.s !== 'string' || !L.s) throw new Error(`bad locator ${JSON.stringify(loc)}`);
  if (L.in) {
    const c = nth(t, L.in, L.n ?? 1);
    if (c < 0) throw new Error(`context not found: ${JSON.stringify(L.in)} (#${L.n ?? 1})`);
    const k = L.in.indexOf(L.s);
    if (k < 0) throw new Error(`${JSON.stringify(L.s)} not inside its context`);
    return { start: c + k, end: c + k + L.s.length };
  }
  const at = nth(t, L.s, L.n ?? 1);
  if (at < 0) throw new Error(`not found: ${JSON.stringify(L.s)} (#${L.n ?? 1})`);
  return { start: at, end: at + L.s.length };
}

const out = [];
for (const s of selection) {
  if (!done.has(s.id)) {
    if (!a.partial) errors.push(`${s.id}: not marked read`);
    if (rels.has(s.id) && a.partial) errors.push(`${s.id}: relations but not marked read`);
    continue;
  }
  const text = readFileSync(join(a.texts, `${s.id}.txt`), 'utf8');
  if (sha256(text) !== s.textSha256) { errors.push(`${s.id}: text differs from textSha256`); continue; }
  const relations = [];
  for (const r of rels.get(s.id) ?? []) {
    try {
      relations.push({
        kind: r.kind,
        stated: locate(text, r.stated),
        operands: r.operands.map((o) => locate(text, o)),
        holds: r.holds,
        note: r.note ?? '',
      });
    } catch (e) {
      errors.push(`line ${r.line} (${s.id}): ${e.message}`);
    }
  }
  const row = { set: s.set, repo: s.repo, commit: s.commit, path: s.path };
  if (s.member) row.member = s.member;
  out.push(JSON.stringify({ ...row, id: s.id, script: s.script, textSha256: s.textSha256, relations }));
}
if (errors.length) {
  for (const e of errors) console.error(e);
  process.exit(1);
}
writeFileSync(a.out, out.join('\n') + (out.length ? '\n' : ''));
const n = out.reduce((k, l) => k + JSON.parse(l).relations.length, 0);
console.error(`${out.length} articles, ${n} relations → ${a.out}`);
