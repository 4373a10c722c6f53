#!/usr/bin/env node
// Builds the wasm package from the binding crate (bindings/wasm, package
// `figlens-wasm`, over the core `figlens`): pkg/web (ES module, `--target web`;
// cargo profile `wasm-web`, opt-level "z" (WEB_INLINING empty): browsers download
// it, within a budget) and pkg/node
// (CommonJS, `--target nodejs`; profile `wasm`, opt-level 3: twice the speed,
// and Node reads it from disk). Both are named figlens (`--out-name`), so the
// module is pkg/web/figlens_bg.wasm, as the package's `figlens/wasm` export says. The web build goes through wasm-opt -Oz from the npm
// `binaryen` devDependency (never a system wasm-opt: Debian's emits wasm that
// crashes on load); the Node build is LLVM's output as is (faster in V8).
// Prints the gzip -9 size of each .wasm, and of the web and widget bundles
// against their budgets (scripts/budgets.mjs).
//
// Run: node scripts/build.mjs [--force]
// Incremental: when the cargo output and the tools are unchanged since the last
// build, the wasm-bindgen and wasm-opt steps are skipped. Concurrent builds (npm
// test and npm start at once) wait for each other on pkg/.build-lock.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUDGETS, describe, measure } from './budgets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');
// The name of the built files (figlens.js, figlens_bg.wasm).
const crate = 'figlens';
// The cargo package built, and its library's file name.
const binding = 'figlens-wasm';
const target = 'wasm32-unknown-unknown';
// The `wasm-web` and `wasm` profiles of the workspace's Cargo.toml (see the comment there).
const rawWeb = join(root, 'target', target, 'wasm-web', 'figlens_wasm.wasm');
const rawNode = join(root, 'target', target, 'wasm', 'figlens_wasm.wasm');
const pkg = join(root, 'pkg');
// The web build's inlining (Cargo.toml's opt-level for `wasm-web`): at "s",
// inlining the small functions marked #[inline] (std's iterators, Option and
// slice helpers) is what buys speed per byte, with the thresholds here; at
// "z" (since issue 20's checker: "s" with thresholds of 25 no longer fits the
// budget) LLVM ignores hints and these flags are left empty. bench/web-build.mjs
// measures the mixes (docs/decisions.md, "The web build: speed for the bytes").
export const WEB_INLINING = '';
const stampFile = join(pkg, '.build-stamp');

function die(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

function run(cmd, args, options = {}) {
  const shown = [cmd, ...args].map((a) => (a.startsWith(root) ? relative(root, a) || '.' : a)).join(' ');
  console.log(`build: ${shown}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (r.error) die(`could not run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) die(`${cmd} failed (exit ${r.status})`);
}

function output(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** The wasm-bindgen version the binding is locked to (Cargo.lock, else the pin in bindings/wasm/Cargo.toml). */
export function pinnedBindgenVersion() {
  const lock = join(root, 'Cargo.lock');
  if (existsSync(lock)) {
    const m = readFileSync(lock, 'utf8').match(/name = "wasm-bindgen"\nversion = "([^"]+)"/);
    if (m) return m[1];
  }
  const m = readFileSync(join(root, 'bindings', 'wasm', 'Cargo.toml'), 'utf8').match(/^wasm-bindgen\s*=\s*(?:\{[^}]*version\s*=\s*)?"=?([0-9][^"]*)"/m);
  if (m) return m[1];
  die('cannot find the wasm-bindgen version in Cargo.lock or bindings/wasm/Cargo.toml');
}

function findBindgen(version) {
  const candidates = ['wasm-bindgen', join(homedir(), '.cargo', 'bin', 'wasm-bindgen')];
  for (const c of candidates) {
    const v = output(c, ['--version']);
    if (v === `wasm-bindgen ${version}`) return c;
  }
  die(`wasm-bindgen-cli ${version} is not installed (it must equal the crate's wasm-bindgen); run: bash scripts/setup.sh`);
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Hold pkg/.build-lock (a directory: created atomically) while building. */
function lock() {
  const dir = join(pkg, '.build-lock');
  const pidFile = join(dir, 'pid');
  const deadline = Date.now() + 15 * 60 * 1000;
  let told = false;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(pidFile, String(process.pid));
      process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
      return;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let holder = 0;
    try {
      holder = Number(readFileSync(pidFile, 'utf8'));
    } catch {
      // just created, pid not written yet; or left half-made by a killed build
      try {
        if (Date.now() - statSync(dir).mtimeMs > 30_000) holder = -1;
      } catch {
        continue;
      }
    }
    if (holder === -1 || (holder > 0 && !alive(holder))) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) die(`another build (pid ${holder}) has held ${relative(root, dir)} for 15 minutes`);
    if (!told) console.log(`build: waiting for another build (pid ${holder || '?'}) to finish`);
    told = true;
    sleep(250);
  }
}

// When both targets got the same wasm (the usual case), the Node glue reads the
// web build's file instead of a copy: the npm package then ships the .wasm once.
// If the glue does not read its wasm the way this expects, keep a copy.
function shareWasm(nodeGlue, nodeBg, webBg) {
  const glue = readFileSync(nodeGlue, 'utf8');
  const line = 'const wasmPath = `${__dirname}/figlens_bg.wasm`;';
  if (glue.split(line).length === 2) {
    writeFileSync(nodeGlue, glue.replace(line, "const wasmPath = require('path').join(__dirname, '..', 'web', 'figlens_bg.wasm');"));
    rmSync(nodeBg);
  } else {
    copyFileSync(webBg, nodeBg);
  }
}

// The web glue's JSDoc blocks are wasm-bindgen's generic API notes (the
// package has its own types and docs): browsers download them for nothing,
// about 330 bytes gzip. The glue is generated, with no `/**` inside a string.
function stripDocComments(file) {
  const glue = readFileSync(file, 'utf8');
  const stripped = glue.replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\n/gm, '');
  if (/\/\*\*/.test(stripped)) die(`${relative(root, file)}: a doc comment was not removed whole`);
  writeFileSync(file, stripped);
}

function main() {
  lock();
  const version = pinnedBindgenVersion();
  const bindgen = findBindgen(version);
  const wasmOpt = join(root, 'node_modules', 'binaryen', 'bin', 'wasm-opt');
  if (!existsSync(wasmOpt)) die('wasm-opt from the npm binaryen package is missing; run: bash scripts/setup.sh');

  // The Node build also inlines more than opt-level 3 does by default (LLVM's
  // threshold 225): V8 inlines few wasm calls itself, and at 1000 the case
  // sentences ran 10% faster and the articles 15–20% (the .wasm grows from
  // 198 to 244 KB gzip, read from disk). The flag reaches only the binding, the
  // core and their dependencies for the wasm target, never build scripts, and each
  // profile keeps its own cached build.
  const nodeFlags = [process.env.RUSTFLAGS, '-C llvm-args=-inline-threshold=1000'].filter(Boolean).join(' ');
  const webFlags = [process.env.RUSTFLAGS, WEB_INLINING].filter(Boolean).join(' ');
  // The Node build also hands its strings over as UTF-16 (bindings/wasm/src/wire.rs).
  for (const [profile, raw, env, features] of [['wasm-web', rawWeb, { RUSTFLAGS: webFlags }, []], ['wasm', rawNode, { RUSTFLAGS: nodeFlags }, ['--features', 'utf16-wire']]]) {
    run('cargo', ['build', '-p', binding, '--profile', profile, '--lib', '--target', target, ...features], { env: { ...process.env, ...env } });
    if (!existsSync(raw)) die(`cargo did not produce ${relative(root, raw)}`);
  }

  const stamp = createHash('sha256')
    .update(readFileSync(rawWeb))
    .update(readFileSync(rawNode))
    .update(version)
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(readFileSync(join(root, 'node_modules', 'binaryen', 'package.json')))
    .digest('hex');
  const outputs = ['web/figlens.js', 'web/figlens_bg.wasm', 'node/figlens.js'];
  const upToDate = !force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp
    && outputs.every((f) => existsSync(join(pkg, f)));

  if (upToDate) {
    console.log('build: pkg/ is up to date with the cargo output');
  } else {
    const tmp = join(pkg, '.tmp');
    rmSync(tmp, { recursive: true, force: true });
    for (const [bgTarget, dir, rawWasm] of [['web', 'web', rawWeb], ['nodejs', 'node', rawNode]]) {
      // --no-typescript: the package ships its own complete types (js/index.d.ts).
      // --experimental-reset-state-function: __wbg_reset_state() re-instantiates
      // the module after a trap, which the JS wrapper uses to recover.
      run(bindgen, [rawWasm, '--target', bgTarget, '--out-dir', join(tmp, dir), '--out-name', crate,
        '--no-typescript', '--experimental-reset-state-function']);
    }
    const webBg = join(tmp, 'web', `${crate}_bg.wasm`);
    const nodeBg = join(tmp, 'node', `${crate}_bg.wasm`);
    const same = readFileSync(webBg).equals(readFileSync(nodeBg));
    // Four pipelines, keeping whichever gzips smallest: -Oz; -Oz repeated
    // while it shrinks the module (--converge); and both again after the
    // control flow is flattened and rebuilt (--flatten --rereloop), which
    // often finds a smaller shape. Which one wins changes with the code, by
    // up to 1.5 KB. --low-memory-unused lets `load(p + C)` become `load
    // offset=C (p)`, which differs only when p + C wraps past 4 GiB, and no
    // Rust pointer comes near that (−400 to −650 bytes). The producers and
    // target-features sections are for toolchains, not browsers.
    const pipelines = [[], ['--converge'], ['--flatten', '--rereloop', '-Oz'], ['--flatten', '--rereloop', '-Oz', '--converge']];
    const smallest = pipelines.map((extra, k) => {
      const out = `${webBg}.${k}`;
      const flags = ['--low-memory-unused', '-Oz', ...extra, '--strip-producers', '--strip-target-features'];
      run(process.execPath, [wasmOpt, ...flags, webBg, '-o', out]);
      return { out, gz: gzipSync(readFileSync(out), { level: 9 }).length };
    }).sort((a, b) => a.gz - b.gz);
    renameSync(smallest[0].out, webBg);
    for (const s of smallest.slice(1)) rmSync(s.out);
    // The Node build skips wasm-opt: its output ran 10-25% slower in V8 than
    // LLVM's own (-Oz and -O3 alike, on the seed and the case sentences).
    if (same) shareWasm(join(tmp, 'node', `${crate}.js`), nodeBg, webBg);
    stripDocComments(join(tmp, 'web', `${crate}.js`));

    writeFileSync(join(tmp, 'web', 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
    writeFileSync(join(tmp, 'node', 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n');
    for (const dir of ['web', 'node']) {
      rmSync(join(pkg, dir), { recursive: true, force: true });
      renameSync(join(tmp, dir), join(pkg, dir));
    }
    rmSync(tmp, { recursive: true, force: true });
    writeFileSync(stampFile, stamp);
  }

  // The CommonJS entry needs its own copy of the types (same declarations).
  const dts = readFileSync(join(root, 'js', 'index.d.ts'));
  const dcts = join(root, 'pkg', 'node', 'index.d.cts');
  if (!existsSync(dcts) || !readFileSync(dcts).equals(dts)) writeFileSync(dcts, dts);

  // The ES modules js/node.cjs requires, as CommonJS: the wire decoder and the
  // wrapper around analyze() that js/web.js shares.
  for (const name of ['wire', 'wrapper']) {
    const cjs = join(root, 'pkg', 'node', `${name}.cjs`);
    const text = commonJs(readFileSync(join(root, 'js', `${name}.js`), 'utf8'), `js/${name}.js`);
    if (!existsSync(cjs) || readFileSync(cjs, 'utf8') !== text) writeFileSync(cjs, text);
  }

  for (const dir of ['web', 'node']) {
    const file = join(pkg, dir, `${crate}_bg.wasm`);
    if (!existsSync(file)) continue; // node shares web's file
    const wasm = readFileSync(file);
    const gz = gzipSync(wasm, { level: 9 }).length;
    console.log(`build: pkg/${dir}/${crate}_bg.wasm ${(wasm.length / 1024).toFixed(1)} KiB, gzip -9 ${(gz / 1024).toFixed(1)} KiB (${gz} bytes)`);
  }
  // What a browser downloads for analyze() and for the widget (scripts/budgets.mjs;
  // tests/js/budgets.test.mjs fails over budget).
  for (const name of Object.keys(BUDGETS)) console.log(`build: ${describe(measure(name))}`);
}

/** An ES module of `export function`s only (js/wire.js, js/wrapper.js) as a CommonJS module. */
export function commonJs(source, file) {
  const names = [...source.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
  const body = source.replace(/^export function /gm, 'function ');
  if (!names.length || /^\s*(import|export)\b/m.test(body)) die(`${file} must consist of \`export function\`s and nothing else exported or imported`);
  return `'use strict';\n// Generated by scripts/build.mjs from ${file}: edit that file.\n${body}\nmodule.exports = { ${names.join(', ')} };\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(pkg, { recursive: true });
  main();
}
