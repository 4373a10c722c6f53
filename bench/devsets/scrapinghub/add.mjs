#!/usr/bin/env node
// Turns annotations written as strings into offset lines and appends them to a part file.
//
//   node bench/devsets/scrapinghub/add.mjs OUT.jsonl < specs.jsonl
// Each input line: {"id": "<id or unique prefix>", "title": "exact string" | ["exact string", N] | null,
//   "date": {"text": "exact string" | ["exact string", N], "iso": "YYYY-MM-DD"} | null,
//   "authors": ["exact string" | ["exact string", N], ...], "note": "..."}
// N is the 1-based occurrence (default 1). Every string is looked up in /work/aeb-text/<id>.txt
// (or $AEB_TEXT); a string that is absent stops the run with nothing written for that line.
// An id already in OUT is replaced (the file is rewritten in the order of first appearance).

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.AEB_TEXT || '/work/aeb-text';
const out = process.argv[2];
if (!out) {
  console.error('usage: add.mjs OUT.jsonl < specs.jsonl');
  process.exit(2);
}
const ids = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
const existing = existsSync(out)
  ? readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  : [];
const byId = new Map(existing.map((o) => [o.id, o]));

function span(text, spec, what, id) {
  const [needle, n] = Array.isArray(spec) ? spec : [spec, 1];
  let i = -1;
  for (let k = 0; k < n; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${id.slice(0, 12)} ${what}: ${JSON.stringify(needle)} occurrence ${n} not found`);
  }
  return [i, i + needle.length];
}

let bad = 0;
for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const s = JSON.parse(line);
  const hits = ids.filter((x) => x.startsWith(s.id));
  if (hits.length !== 1) {
    console.error(`id ${s.id}: ${hits.length} matches`);
    bad++;
    continue;
  }
  const id = hits[0];
  const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
  try {
    if (s.date && !/^\d{4}-\d\d-\d\d$/.test(s.date.iso)) throw new Error(`${id.slice(0, 12)} bad iso ${s.date.iso}`);
    const o = {
      id,
      textSha256: createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'),
      title: s.title == null ? null : span(text, s.title, 'title', id),
      date: s.date == null ? null : { span: span(text, s.date.text, 'date', id), iso: s.date.iso },
      authors: (s.authors || []).map((a) => span(text, a, 'author', id)),
    };
    if (s.note) o.note = s.note;
    byId.set(id, o);
    const show = (sp) => JSON.stringify(text.slice(sp[0], sp[1])) + '@L' + (text.slice(0, sp[0]).split('\n').length - 1);
    console.error(`${id.slice(0, 12)} title=${o.title ? show(o.title) : null} date=${o.date ? show(o.date.span) + '→' + o.date.iso : null} authors=${o.authors.map(show).join(', ')}`);
  } catch (e) {
    console.error(String(e.message));
    bad++;
  }
}
writeFileSync(out, [...byId.values()].map((o) => JSON.stringify(o)).join('\n') + (byId.size ? '\n' : ''));
console.error(`${byId.size} lines in ${out}${bad ? `; ${bad} spec(s) failed` : ''}`);
process.exitCode = bad ? 1 : 0;
