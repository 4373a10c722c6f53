// `figlens --jsonl` on the inputs the fuzz harness (scripts/fuzz-jsonl.mjs)
// throws at it, checked by the same rules (tests/js/jsonl-oracle.mjs): the
// CLI never dies, every line that is not blank gets one output line in
// order, "id" echoed or null. A new finding that is not fixed yet may be
// marked `todo` (it runs and reports without failing the suite).
import assert from 'node:assert/strict';
import test from 'node:test';
import { checkRun, runJsonl } from './jsonl-oracle.mjs';

const line = (o) => JSON.stringify(o);
const bytes = (...parts) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

const CASES = [
  {
    name: 'valid, malformed and odd lines: one output line each, in order',
    input: bytes(
      line({ id: 'a', text: '營收增長12.5%' }), '\n',
      'not JSON\n',
      '   \n', // blank: skipped
      line({ id: 2, text: 42 }), '\n',
      line({ text: 'no id' }), '\r\n', // CRLF
      line({ id: [1, { x: null }], text: '<p>增長<i>5%</i></p>', html: true }), '\n',
      line({ id: 'h', text: 'x', html: 'yes' }), '\n',
      'null\n[]\n"text"\n{}\n',
      '{"id": 3, "text": "raw', [0x00], 'NUL"}\n', // a raw NUL in a string: not JSON
      '{"id": 4, "text": "invalid ', [0xff, 0xc3, 0xed, 0xa0, 0x80], ' UTF-8"}\n', // read as U+FFFD
      line({ id: 5, text: '\u2028 line separators \u2029 are not line ends' }), '\n',
      '{"id": 6, "text": "\\ud800 escaped lone surrogate"}\n',
      '{"id": 1e400, "text": "an id JSON.parse rounds to Infinity"}\n',
      '{"id": 7, "text": "dup", "text": "duplicate keys: the last wins"}\n',
      line({ id: 'last', text: 'no newline at the end' }),
    ),
  },
  {
    name: 'a BOM before the first line',
    input: bytes([0xef, 0xbb, 0xbf], line({ id: 'bom', text: '增長5%' }), '\n', line({ id: 2, text: '增長6%' }), '\n'),
  },
  {
    name: 'a huge line (4 MB of text) and huge ids',
    input: bytes(line({ id: 'x'.repeat(100_000), text: `${'word '.repeat(800_000)}營收增長12.5%` }), '\n', line({ id: 'after', text: 'a' }), '\n'),
  },
  {
    name: 'an id nested 1,000 deep',
    input: bytes('{"id":', '['.repeat(1000), ']'.repeat(1000), ',"text":"a"}\n'),
  },
  {
    // readline (bin/figlens.js) ends a line at a lone "\r" too: the line is
    // read as two, neither is JSON, and both lose the id. JSON allows "\r"
    // as whitespace between tokens, and JSON Lines ends lines at "\n" only.
    name: 'a lone CR inside a line (JSON whitespace) does not split it',
    input: bytes('{"id":1,\r"text":"增長5%"}\n', line({ id: 2, text: 'b' }), '\n'),
  },
  {
    // JSON.parse reads deep nesting, but JSON.stringify of the echoed id
    // overflows the stack: RangeError, uncaught (bin/figlens.js batch(),
    // `write(JSON.stringify({ id, ...analysis }))` and the error line's
    // `JSON.stringify({ id, error })` alike, both outside the try). The CLI
    // dies: no output for this line or any later one, a stack trace on
    // stderr. Between 4,000 and 5,000 levels on Node 20 with its default stack.
    name: 'an id nested 10,000 deep is an error for its line, and the lines after it are read',
    input: bytes('{"id":', '['.repeat(10_000), ']'.repeat(10_000), ',"text":"a"}\n', line({ id: 2, text: 'b' }), '\n'),
  },
];

for (const c of CASES) {
  test(`--jsonl: ${c.name}`, { todo: c.todo }, async () => {
    const run = await runJsonl(c.input);
    assert.deepEqual(checkRun(c.input, run), []);
  });
}

test('the oracle sees a lost line, a wrong id and a dead CLI', () => {
  const input = bytes(line({ id: 1, text: 'a' }), '\n', line({ id: 2, text: 'b' }), '\n');
  const ok = { code: 0, signal: null, err: '', out: `${line({ id: 1, version: 1, figures: [] })}\n${line({ id: 2, version: 1, figures: [] })}\n` };
  assert.deepEqual(checkRun(input, ok), []);
  assert.match(checkRun(input, { ...ok, out: `${line({ id: 1, version: 1, figures: [] })}\n` }).join(), /2 input lines gave 1/);
  assert.match(checkRun(input, { ...ok, out: ok.out.replace('"id":2', '"id":3') }).join(), /id 3, want 2/);
  assert.match(checkRun(input, { ...ok, code: 1, err: 'RangeError: Maximum call stack size exceeded\n' }).join(), /stderr/);
});
