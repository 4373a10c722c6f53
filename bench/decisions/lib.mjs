// Shared by the scripts of bench/decisions/: build a variant of figlens in a
// temporary copy of the repository, and measure a build from Node.
//
// A copy holds the working tree's version of every tracked file (so a script
// measures today's code, committed or not), with node_modules linked from the
// repository (binaryen's wasm-opt) and its own cargo target directory under
// $TMPDIR/figlens-decisions/<name>/ (kept between runs, so a rerun is
// incremental). Nothing in the working tree is written.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const seedFile = join(root, 'tests', 'fixtures', '000_c3625e4dd3ccaf1d.txt');
const cache = process.env.FIGLENS_DECISIONS_DIR ?? join(tmpdir(), 'figlens-decisions');

export function log(message) {
  console.error(`decisions: ${message}`);
}

export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${(r.stderr ?? '').slice(-4000)}${(r.stdout ?? '').slice(-2000)}`);
  }
  return r.stdout;
}

/**
 * A copy of the repository's tracked files (their working-tree content) at
 * $TMPDIR/figlens-decisions/<name>/src. Files whose content is already
 * there are left alone, so cargo and build.mjs find an unchanged copy fresh:
 * the copy named `base` (the working tree as it is) builds once for all
 * the scripts.
 */
export function copyTree(name) {
  const base = join(cache, name);
  const dir = join(base, 'src');
  mkdirSync(dir, { recursive: true });
  const files = run('git', ['ls-files', '-z'], { cwd: root }).split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(root, f))) continue; // deleted in the working tree
    const want = readFileSync(join(root, f));
    const to = join(dir, f);
    if (existsSync(to) && readFileSync(to).equals(want)) continue;
    mkdirSync(dirname(to), { recursive: true });
    cpSync(join(root, f), to);
  }
  // A cached copy may hold files the working tree has since dropped or moved.
  const keep = new Set(files);
  const prune = (rel) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const f = rel ? `${rel}/${e.name}` : e.name;
      if (['node_modules', 'target', 'pkg', '.git'].includes(f)) continue;
      if (e.isDirectory()) prune(f);
      else if (!keep.has(f)) rmSync(join(dir, f));
    }
  };
  prune('');
  // A link left by a copy made from another checkout may dangle: link anew.
  const link = (to, at) => {
    if (existsSync(at)) return;
    rmSync(at, { force: true });
    symlinkSync(to, at);
  };
  link(join(root, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(base, 'target'), { recursive: true });
  link(join(base, 'target'), join(dir, 'target'));
  return dir;
}

/** Replace `from` by `to` in a copy's file; `from` must be there exactly once. */
export function edit(dir, file, from, to) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (text.split(from).length !== 2) throw new Error(`${file}: expected exactly one ${JSON.stringify(from.slice(0, 80))}`);
  writeFileSync(path, text.replace(from, to));
}

export function write(dir, file, text) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

/** GNU gzip -9 size of a file, in bytes. */
export function gzip9(file) {
  return spawnSync('gzip', ['-9c', file], { maxBuffer: 1 << 28 }).stdout.length;
}

/**
 * Build a copy with its own scripts/build.mjs (cargo for both profiles,
 * wasm-bindgen, wasm-opt for the web build). Returns the web .wasm's GNU
 * gzip -9 size and the build's own bundle line (zlib level 9, each file).
 */
export function build(dir) {
  const out = run(process.execPath, [join(dir, 'scripts', 'build.mjs')], { cwd: dir, env: { ...process.env, CARGO_TERM_COLOR: 'never' } });
  const bundle = Number(out.match(/web bundle .*: (\d+) bytes/)?.[1]);
  const wasm = join(dir, 'pkg', 'web', 'figlens_bg.wasm');
  return { dir, wasmGzip: gzip9(wasm), bundle };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The seed article repeated to at least `bytes` UTF-8 bytes. */
export function seedText(bytes) {
  const seed = readFileSync(seedFile, 'utf8');
  return seed.repeat(Math.ceil(bytes / Buffer.byteLength(seed)));
}

/**
 * Run bench/decisions/measure.mjs on each build, `rounds` times, interleaved
 * (A B A B …: a noisy neighbour hits both alike); returns per build the
 * list of results.
 */
export function interleaved(builds, args, rounds) {
  const results = builds.map(() => []);
  for (let r = 0; r < rounds; r++) {
    builds.forEach((b, k) => {
      const out = run(process.execPath, ['--expose-gc', join(root, 'bench', 'decisions', 'measure.mjs'), b.dir, ...args]);
      results[k].push(JSON.parse(out));
    });
  }
  return results;
}

export const fmt = (n) => n.toLocaleString('en-US');

/**
 * A copy (named `name`) whose web build links a regex engine: the set's
 * dependency, and an extra export that compiles `pattern` once and counts
 * its matches, so the engine and the pattern are in the .wasm.
 */
export function withRegexProbe(set, name, pattern) {
  const dir = copyTree(name);
  edit(dir, 'bindings/wasm/Cargo.toml', "[target.'cfg(target_arch = \"wasm32\")'.dependencies]", `[target.'cfg(target_arch = "wasm32")'.dependencies]\n${set.dep}`);
  const exportsRs = join(dir, 'bindings/wasm/src/exports.rs');
  write(dir, 'bindings/wasm/src/exports.rs', readFileSync(exportsRs, 'utf8') + `
/// bench/decisions: the matches of one pattern, so that the regex engine is linked in.
#[wasm_bindgen(js_name = "__regexProbe")]
pub fn regex_probe(text: &str) -> usize {
    thread_local! {
        static RE: ${set.crate}::Regex = ${set.crate}::Regex::new(${JSON.stringify(pattern)}).unwrap();
    }
    RE.with(|re| re.find_iter(text).count())
}
`);
  return dir;
}

/**
 * A throwaway native crate under $TMPDIR/figlens-decisions/<group>/<name> that
 * reads the seed, makes `text` from it (Rust: `let text = …;` from `seed`),
 * runs `body` (which defines `find(&str) -> usize`) over it six times and
 * prints its bytes, its count and its best MB/s; `check` runs after (an
 * assertion on `count`), `prelude` goes before `main`. Returns those numbers.
 */
export function speedCrate({ group, name, dep, text, body, prelude = '', check = '' }) {
  const dir = join(cache, group, name);
  write(dir, 'Cargo.toml', `[package]\nname = "${name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n${dep}\n\n[profile.release]\ncodegen-units = 1\n\n[workspace]\n`);
  write(dir, 'src/main.rs', `use std::time::Instant;
${prelude}
fn main() {
    let seed = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    ${text}
    ${body}
    let (mut best, mut count) = (f64::INFINITY, 0);
    for _ in 0..6 {
        let t = Instant::now();
        count = find(&text);
        best = best.min(t.elapsed().as_secs_f64());
    }
    ${check}
    println!("{} {} {}", text.len(), count, text.len() as f64 / 1e6 / best);
}
`);
  const env = { ...process.env, CARGO_TARGET_DIR: join(cache, group, 'target') };
  run('cargo', ['build', '--release', '--quiet'], { cwd: dir, env });
  const [bytes, count, mbs] = run(join(env.CARGO_TARGET_DIR, 'release', name), [seedFile]).trim().split(' ').map(Number);
  return { bytes, count, mbs };
}
