// What a caller can throw at analyze() through the built package: options that
// are cyclic, deep, hostile or re-entrant, and inputs that once left the
// process holding their peak memory, or their whole text, for life.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyze, FiglensError, __memoryForTests } from 'figlens';

const seedFile = fileURLToPath(new URL('../fixtures/000_c3625e4dd3ccaf1d.txt', import.meta.url));
const seed = readFileSync(seedFile, 'utf8');
const node = fileURLToPath(new URL('../../js/node.cjs', import.meta.url));

function refused(fn, code, pattern) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof FiglensError, `a FiglensError, got ${e}`);
    assert.equal(e.code, code, e.message);
    if (pattern) assert.match(e.message, pattern);
    return true;
  });
}

/** The engine still answers, and answers right. */
function stillWorks() {
  assert.deepEqual(analyze('營收增長12.5%。').figures.map((f) => f.text), ['12.5%']);
}

test('cyclic and deeply nested options are bad-options, not a stack overflow', () => {
  const cyclic = { html: true };
  cyclic.self = cyclic;
  refused(() => analyze('x', cyclic), 'bad-options', /unknown option "self"/);
  const kinds = ['money'];
  kinds.push(kinds);
  refused(() => analyze('x', { kinds }), 'bad-options', /kinds must hold strings, got an array/);
  let deepList = [];
  let deepObject = {};
  for (let i = 0; i < 1e5; i++) {
    deepList = [deepList];
    deepObject = { a: deepObject };
  }
  refused(() => analyze('x', { kinds: deepList }), 'bad-options', /kinds must hold strings, got an array/);
  refused(() => analyze('x', { html: deepObject }), 'bad-options', /html must be a boolean, got an object/);
  refused(() => analyze('x', { bodyOnly: new Map([['a', deepObject]]) }), 'bad-options', /bodyOnly must be a boolean/);
  refused(() => analyze('x', deepObject), 'bad-options', /unknown option "a"/);
  stillWorks();
});

test('a getter or proxy that throws is bad-options, naming the option and the cause', () => {
  const boom = new RangeError('no such setting');
  for (const [options, where] of [
    [{ get html() { throw boom; } }, 'options.html'],
    [{ kinds: ['money', 'percent'].concat([]).map((k) => k), get bodyOnly() { throw boom; } }, 'options.bodyOnly'],
    [{ kinds: new Proxy(['money'], { get(t, k) { if (k === '0') throw boom; return Reflect.get(t, k); } }) }, 'options.kinds[0]'],
    [new Proxy({}, { ownKeys() { throw boom; } }), 'options'],
  ]) {
    assert.throws(() => analyze('增長5%', options), (e) => {
      assert.ok(e instanceof FiglensError);
      assert.equal(e.code, 'bad-options');
      assert.equal(e.message, `bad options: reading ${where} threw RangeError: no such setting`);
      assert.equal(e.cause, boom);
      return true;
    });
  }
  refused(() => analyze('x', { get html() { throw null; } }), 'bad-options', /reading options\.html threw null/);
  refused(() => analyze('x', { get html() { throw Object.create(null); } }), 'bad-options', /threw a value that cannot be shown/);
  stillWorks();
});

test('analyze() called from inside analyze() (an options getter) is refused as busy; the instance survives', () => {
  let inner;
  const outer = analyze(seed, {
    get kinds() {
      try {
        analyze(seed);
      } catch (e) {
        inner = e;
      }
      return ['money'];
    },
  });
  assert.ok(inner instanceof FiglensError);
  assert.equal(inner.code, 'busy');
  assert.match(inner.message, /figlens is busy/);
  assert.ok(outer.figures.length > 0 && outer.figures.every((f) => f.kind === 'money'));
  // Not caught by the getter: the outer call reports it, as a bad option.
  refused(() => analyze(seed, { get html() { return analyze(seed).figures.length > 0; } }), 'bad-options', /reading options\.html threw FiglensError: figlens is busy/);
  // Again and again: the wasm instance was never entered twice.
  for (let i = 0; i < 20; i++) {
    try {
      analyze(seed, { get bodyOnly() { analyze(seed.slice(i * 100)); return true; } });
    } catch (e) {
      assert.equal(e.code, 'bad-options');
    }
  }
  assert.deepEqual(analyze(seed), analyze(seed));
  stillWorks();
});

test('a huge kinds list or option string is refused before anything enters wasm', () => {
  const before = __memoryForTests().bytes;
  refused(() => analyze('x', { kinds: new Array(1e7) }), 'bad-options', /kinds has 10000000 entries; at most 64/);
  refused(() => analyze('x', { kinds: ['m'.repeat(5e7)] }), 'bad-options', /unknown kind "m{40}…"/);
  refused(() => analyze('x', { html: 'y'.repeat(5e7) }), 'bad-options', /html must be a boolean, got a string/);
  refused(() => analyze('x', { ['k'.repeat(5e7)]: 1 }), 'bad-options', /unknown option "k{40}…"/);
  assert.equal(__memoryForTests().bytes, before, 'wasm memory did not grow');
  // Text that is over the limit only once encoded is refused before it is copied in, too.
  refused(() => analyze('增'.repeat(5e6), { maxInputBytes: 1e7 }), 'input-too-large', /input is 15000000 bytes, over the limit of 10000000 bytes/);
  assert.equal(__memoryForTests().bytes, before, 'wasm memory did not grow');
  assert.equal(analyze('增'.repeat(100), { maxInputBytes: 300 }).version, 1, 'exactly at the limit is fine');
});

// Memory is measured in a child process with --expose-gc, so that a GC can
// be asked for and nothing else of the test runner is counted.
function child(script) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('after a large input, wasm memory and RSS go back down (the grown instance is replaced)', () => {
  const got = child(`
    import { readFileSync } from 'node:fs';
    import { createRequire } from 'node:module';
    const { analyze, __memoryForTests } = createRequire(import.meta.url)(${JSON.stringify(node)});
    const seed = readFileSync(${JSON.stringify(seedFile)}, 'utf8');
    const mib = (n) => Math.round(n / 2 ** 20);
    analyze(seed);
    const before = mib(process.memoryUsage().rss);
    // 32 MB of a news page: about 450 MiB of wasm memory at its peak.
    let big = seed.repeat(Math.ceil(32e6 / Buffer.byteLength(seed)));
    const figures = analyze(big, { maxInputBytes: 64 * 2 ** 20 }).figures.length;
    big = null;
    const m = __memoryForTests();
    // The old instance's memory is freed by a GC, by a sweeper thread after it.
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    console.log(JSON.stringify({ figures, before, after: mib(process.memoryUsage().rss), peak: mib(m.lastBytes), now: mib(m.bytes), restarts: m.restarts, works: analyze(seed).figures.length }));
  `);
  assert.ok(got.figures > 10000);
  assert.ok(got.peak > 256, `the 32 MB input grew wasm memory past the threshold (${got.peak} MiB)`);
  assert.equal(got.restarts, 1);
  assert.ok(got.now <= 16, `wasm memory is back to ${got.now} MiB`);
  assert.ok(got.after < got.before + 150, `RSS ${got.before} MiB before, ${got.after} MiB after (the peak was ${got.peak} MiB of wasm memory)`);
  assert.ok(got.works > 0);
});

test('a kept block text does not keep the whole input alive', () => {
  const got = child(`
    import { readFileSync } from 'node:fs';
    import { createRequire } from 'node:module';
    const { analyze } = createRequire(import.meta.url)(${JSON.stringify(node)});
    const seed = readFileSync(${JSON.stringify(seedFile)}, 'utf8');
    const heap = async () => {
      for (let i = 0; i < 3; i++) {
        gc();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return process.memoryUsage().heapUsed / 2 ** 20;
    };
    const base = await heap();
    let input = seed.repeat(2000);
    let a = analyze(input, { maxInputBytes: 64 * 2 ** 20 });
    // One block text that is the input's own text at its span, one that is cleaned (the wire's).
    const same = a.blocks.find((b) => b.text.length > 20 && b.text === input.slice(b.start, b.end)).text;
    const cleaned = a.blocks.find((b) => b.text.length > 20 && b.text !== input.slice(b.start, b.end)).text;
    const inputMiB = input.length * 2 / 2 ** 20;
    input = null;
    a = null;
    console.log(JSON.stringify({ inputMiB, kept: (await heap()) - base, same: same.length, cleaned: cleaned.length }));
  `);
  assert.ok(got.inputMiB > 15);
  assert.ok(got.kept < 2, `two short strings kept ${got.kept.toFixed(1)} MiB of a ${got.inputMiB.toFixed(1)} MiB input`);
});
