// The package as users get it: `npm pack`, the tarball installed into a
// temporary folder (offline: the package has no dependencies), and from there
// ESM import, require, the CLI in each format, tsc on a consumer that names
// every exported type, and a Vite app built from it with no plugin and no
// configuration, opened in headless Chromium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { moduleGraph } from '../../scripts/budgets.mjs';
import { startServer } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'figlens-pack-'));
const consumer = join(tmp, 'consumer');
const installed = join(consumer, 'node_modules', 'figlens');
const LONG = 5 * 60 * 1000; // generous: a loaded 2-core machine

// `npm test` exports npm_config_* (local prefix, cache…) to its children: a nested
// npm must not see them, or it would install into the repository.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'INIT_CWD'));

function run(cmd, args, { cwd = consumer, input } = {}) {
  const r = spawnSync(cmd, args, { cwd, env, input, encoding: 'utf8', timeout: LONG, maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function ok(r, what) {
  assert.equal(r.code, 0, `${what} failed (exit ${r.code}):\n${r.out}\n${r.err}`);
  return r;
}

/**
 * Run `fn` holding pkg/.build-lock, the lock scripts/build.mjs takes, so that a
 * build started meanwhile (another terminal) cannot swap pkg/ under npm pack.
 */
async function holdingBuildLock(fn) {
  const dir = join(root, 'pkg', '.build-lock');
  const deadline = Date.now() + 10 * 60 * 1000;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let holder = 0;
    try {
      holder = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    } catch {
      // being created
    }
    if (holder > 0 && !alive(holder)) rmSync(dir, { recursive: true, force: true });
    assert.ok(Date.now() < deadline, `a build (pid ${holder}) has held ${dir} for 10 minutes`);
    await new Promise((r) => setTimeout(r, 250));
  }
  try {
    return fn();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

let packed;

before(async () => {
  // The build (pkg/) is made by the setup before the tests: skip prepack's rebuild.
  const r = await holdingBuildLock(() => {
    for (const f of ['pkg/web/figlens.js', 'pkg/web/figlens_bg.wasm', 'pkg/node/figlens.js']) {
      assert.ok(existsSync(join(root, f)), `${f} is missing: run node scripts/build.mjs`);
    }
    return ok(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: root }), 'npm pack');
  });
  [packed] = JSON.parse(r.out.slice(r.out.indexOf('[')));
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  ok(run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(tmp, packed.filename)]), 'npm install <tarball>');
  for (const f of readdirSync(join(root, 'tests', 'pack'))) cpSync(join(root, 'tests', 'pack', f), join(consumer, f));
});

after(() => rmSync(tmp, { recursive: true, force: true }));

test('npm pack: only what users need', (t) => {
  const files = packed.files.map((f) => f.path).sort();
  t.diagnostic(`${packed.filename}: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${files.length} files: ${files.join(', ')}`);
  const required = [...new Set([
    'README.md', 'package.json', 'bin/figlens.js', 'bin/json-pieces.js', 'docs/schema.md', 'js/encoding.js', 'js/kinds.js',
    // the --jsonl pipeline (bin/batch-worker.js is started by URL, not imported)
    'bin/batch.js', 'bin/batch-pool.js', 'bin/batch-worker.js', 'bin/jsonl-read.js', 'bin/progress.js', 'bin/resume.js', 'bin/sink.js',
    'js/index.d.ts', 'js/node.cjs', 'js/node.mjs', 'js/table.js', 'js/web.js', 'js/widget.d.ts', 'js/widget.js', 'js/wire.js', 'js/wrapper.js',
    'pkg/web/figlens.js', 'pkg/web/figlens_bg.wasm', 'pkg/web/package.json',
    'pkg/node/figlens.js', 'pkg/node/package.json', 'pkg/node/index.d.cts', 'pkg/node/wire.cjs', 'pkg/node/wrapper.cjs',
    // every module the browser entries import (the widget's own modules among them)
    ...moduleGraph('js/web.js'), ...moduleGraph('js/widget.js'), ...moduleGraph('js/widget/worker.js'),
  ])];
  // The Node glue reads the web build's .wasm (scripts/build.mjs) unless the two targets' wasm differ.
  const optional = ['pkg/node/figlens_bg.wasm', 'LICENSE'];
  for (const f of required) assert.ok(files.includes(f), `${f} is packed`);
  for (const f of files) assert.ok(required.includes(f) || optional.includes(f), `${f} should not be published`);
  // Every path the manifest points at is in the tarball.
  const targets = [pkg.main, pkg.types, ...Object.values(pkg.bin)];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : Object.values(v).forEach(walk));
  walk(pkg.exports);
  for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} (package.json) is packed`);
  // No runtime dependencies: the tarball installs offline, without a registry.
  assert.equal(pkg.dependencies, undefined);
});

test('installed: import "figlens" (ESM), figlens/web and figlens/widget in Node', () => {
  const out = JSON.parse(ok(run(process.execPath, ['esm.mjs']), 'node esm.mjs').out);
  assert.equal(out.resolved, join(installed, 'js', 'node.mjs'));
  assert.deepEqual(out.exports, ['FiglensError', 'analyze', 'init', 'initSync']);
  assert.equal(out.init, undefined);
  assert.deepEqual(out.figures, [['1.29萬人', 'count', 12900, 'person'], ['9.2%', 'percent', 9.2, '%']]);
  assert.deepEqual(out.html, ['12.5%']);
  assert.deepEqual(out.kinds, ['money']);
  assert.deepEqual(out.tooLarge, { isFiglensError: true, code: 'input-too-large', names: true });
  assert.equal(out.sameClassAsRequire, true);
  assert.equal(out.webBefore, 'not-initialized');
  assert.deepEqual(out.web, [5]);
  assert.deepEqual(out.widget, ['FigLensElement', 'formatFigureValue', 'init']);
  assert.equal(out.formatted, '12,900 people');
});

test('installed: require("figlens")', () => {
  const out = JSON.parse(ok(run(process.execPath, ['cjs.cjs']), 'node cjs.cjs').out);
  assert.equal(out.resolved, join(installed, 'js', 'node.cjs'));
  assert.deepEqual(out.exports, ['FiglensError', 'analyze', 'init', 'initSync']);
  assert.deepEqual(out.figures, [['1.29萬人', 'count', 12900, 'person'], ['9.2%', 'percent', 9.2, '%']]);
  assert.deepEqual(out.badOptions, { name: 'FiglensError', code: 'bad-options' });
  assert.equal(out.init, 'resolved');
});

test('installed: the CLI (npx figlens) in each format, with its exit codes', () => {
  const article = join(consumer, 'article.txt');
  writeFileSync(article, '2021年，全區城鎮新增就業1.29萬人，同比增長9.2%。\n');
  const page = join(consumer, 'page.html');
  writeFileSync(page, '<html><body><article><p>營收增長<b>12.5%</b>，達3.5億元。</p></article><script>var x = 99;</script></body></html>');
  const bin = join(consumer, 'node_modules', '.bin', 'figlens');
  const figlens = (args, input) => run(bin, args, { input: input ?? '' });

  const viaNpx = ok(run('npx', ['--offline', 'figlens', 'article.txt']), 'npx figlens article.txt');
  const a = JSON.parse(viaNpx.out);
  assert.equal(a.version, 1);
  assert.deepEqual(a.figures.map((f) => f.text), ['2021年', '1.29萬人', '9.2%']);
  assert.equal(viaNpx.out.trim().split('\n').length, 1, 'compact JSON on one line');

  assert.equal(ok(figlens(['--format', 'json', article]), '--format json').out, viaNpx.out);
  const pretty = ok(figlens(['--pretty', article]), '--pretty').out;
  assert.ok(pretty.startsWith('{\n  "version": 1,'));
  assert.deepEqual(JSON.parse(pretty), a);

  const csv = ok(figlens(['--format', 'csv', article]), '--format csv').out.trimEnd().split('\n');
  assert.equal(csv[0], '\uFEFFid,text,value,low,high,unit,per,kind,change,approximate,period,metric,block_kind,start,end,qualifier,iso,sentence_text');
  assert.equal(csv.length, 4);
  assert.match(csv[2], /,1\.29萬人,12900,,,person,,count,/);
  const tsv = ok(figlens(['--format', 'tsv', article]), '--format tsv').out.trimEnd().split('\n');
  assert.equal(tsv[0].split('\t').length, 18);
  assert.equal(tsv[3].split('\t')[1], "'9.2%", 'a percentage as text, escaped (schema.md)');

  const html = JSON.parse(ok(figlens([page]), '.html file').out);
  assert.deepEqual(html.figures.map((f) => f.text), ['12.5%', '3.5億元']);
  const htmlFlag = JSON.parse(ok(figlens(['--html'], readFileSync(page, 'utf8')), '--html on stdin').out);
  assert.deepEqual(htmlFlag.figures.map((f) => f.text), ['12.5%', '3.5億元']);

  const lines = `${JSON.stringify({ id: 'a', text: '增長5%' })}\n${JSON.stringify({ id: 7, text: '<p>達3億元</p>', html: true })}\n`;
  const jsonl = ok(figlens(['--jsonl'], lines), '--jsonl').out.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(jsonl.map((r) => [r.id, r.figures.map((f) => f.text)]), [['a', ['5%']], [7, ['3億元']]]);
  assert.deepEqual(Object.keys(jsonl[0]).slice(0, 2), ['id', 'version']);
  const bad = figlens(['--jsonl'], `${lines}not json\n`);
  assert.equal(bad.code, 1);
  assert.match(bad.out.trimEnd().split('\n').at(-1), /^\{"id":null,"error":"line 3: not JSON/);

  const help = ok(figlens(['--help']), '--help');
  for (const flag of ['--pretty', '--html', '--jsonl', '--format json|csv|tsv']) assert.ok(help.out.includes(flag), flag);
  assert.equal(figlens(['--format', 'xml', article]).code, 2);
  assert.equal(figlens(['--bogus']).code, 2);
  assert.equal(figlens([join(consumer, 'missing.txt')]).code, 1);
  assert.equal(figlens(['--max-input-bytes', '3', article]).code, 1);
});

test('installed: tsc --noEmit on a consumer that uses every exported type (node16 and bundler resolution)', () => {
  const consumerTs = readFileSync(join(consumer, 'consumer.mts'), 'utf8');
  const names = [];
  for (const file of ['js/index.d.ts', 'js/widget.d.ts']) {
    const dts = readFileSync(join(installed, file), 'utf8');
    for (const m of dts.matchAll(/^export (?:declare )?(?:type|interface|class|function|const) (\w+)/gm)) names.push(m[1]);
  }
  assert.ok(names.length >= 20, `found ${names.length} exported names`);
  for (const name of names) assert.match(consumerTs, new RegExp(`\\b${name}\\b`), `consumer.mts uses ${name}`);
  assert.match(consumerTs, /document\.createElement\('fig-lens'\)/, 'the tag name map gives the element type');

  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  ok(run(process.execPath, [tsc, '-p', 'tsconfig.json']), 'tsc -p tsconfig.json (node16)');
  ok(run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json']), 'tsc -p tsconfig.bundler.json');
});

test('installed: every declared field and member has a doc comment', () => {
  const missing = [];
  for (const file of ['js/index.d.ts', 'js/widget.d.ts']) {
    const lines = readFileSync(join(installed, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const t = line.trim();
      const member = /^(readonly\s+|static\s+)?("[^"]+"|[A-Za-z_$][\w$]*)\??\s*:/.test(t) // fields
        || /^(static\s+)?(get |set )?[A-Za-z_$][\w$]*\s*[(<]/.test(t) // methods, accessors, constructor
        || /^export (declare )?(type|interface|class|function)\b/.test(t);
      if (!member || /^(add|remove)EventListener\b/.test(t) || /^set /.test(t)) return;
      let j = i - 1;
      while (j >= 0 && lines[j].trim() === '') j--;
      if (!lines[j]?.trim().endsWith('*/')) missing.push(`${file}:${i + 1}: ${t}`);
    });
  }
  assert.deepEqual(missing, []);
});

test('installed: a Vite app (no plugin, no configuration) calls analyze and mounts <fig-lens>; its build runs in Chromium', { timeout: LONG }, async (t) => {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  assert.ok(existsSync(vite), 'vite is a devDependency: run npm install');
  const app = join(consumer, 'app');
  cpSync(join(root, 'tests', 'vite-app'), app, { recursive: true });
  const built = ok(run(process.execPath, [vite, 'build'], { cwd: app }), 'vite build');
  t.diagnostic(built.out.split('\n').filter((l) => /dist\//.test(l)).join('\n'));
  const assets = readdirSync(join(app, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `the .wasm is a build asset: ${assets.join(', ')}`);

  const { openBrowser } = await import('../browser/harness.mjs');
  const served = await startServer({ port: 0, root: join(app, 'dist'), dirs: ['assets', 'index.html', 'favicon.svg'] });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await page.goto(`${served.url}/index.html`);
    await page.locator('#out[data-state]').waitFor({ timeout: 60000 });
    assert.equal(await page.locator('#out').getAttribute('data-state'), 'done', await page.locator('#out').textContent());
    assert.deepEqual(JSON.parse(await page.locator('#out').textContent()), [['1.29萬人', 'count', 12900], ['9.2%', 'percent', 9.2]]);

    await page.waitForFunction(() => document.querySelector('fig-lens')?.analysis != null, null, { timeout: 60000 });
    const rows = await page.locator('fig-lens .row').allTextContents();
    assert.ok(rows.some((r) => r.includes('3,400,000,000 USD')), rows.join('\n'));
    assert.ok(rows.some((r) => r.includes('12,900 people')), rows.join('\n'));
    assert.equal(await page.locator('fig-lens .title').textContent(), 'Figures in this article');

    const wasm = browser.requests.filter((u) => u.endsWith('.wasm'));
    assert.equal(wasm.length, 1, `one .wasm load shared by analyze and the widget: ${wasm.join(', ')}`);
    assert.ok(browser.requests.some((u) => /\/assets\/worker-[\w-]+\.js$/.test(u)), `Vite bundled the widget's worker, and it ran: ${browser.requests.join(', ')}`);
    assert.deepEqual(browser.requests.filter((u) => !u.startsWith(`${served.url}/`)), [], 'nothing but the app is fetched');
    assert.deepEqual(await browser.cspViolations(), []);
    assert.deepEqual(browser.problems, []);
  } finally {
    await browser.close();
    served.server.close();
    served.server.closeAllConnections?.();
  }
});
