// What a browser downloads, and the budget for it. The file lists are not
// declared anywhere: they are the static import graph of each entry (plus the
// assets it loads with `new URL('…', import.meta.url)`), so a module added to
// js/ counts as soon as something imports it. Sizes are each file's gzip -9
// (Node's zlib, as scripts/build.mjs prints them), summed.
// Used by scripts/build.mjs (printing) and tests/js/budgets.test.mjs (enforcing).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const BUDGETS = {
  // The wasm, its glue and the wrapper: everything `analyze` needs in a page.
  web: { entry: 'js/web.js', limit: 250_000 },
  // <fig-lens> itself; the engine it imports lazily on first connect is `web`.
  widget: { entry: 'js/widget.js', limit: 30_000 },
};

// `import … from '…'`, `export … from '…'` and `import '…'` at the start of a
// line (the import clause holds no parentheses, so a function body never matches),
// and `new URL('…', import.meta.url)` assets. A dynamic import() is not followed,
// nor a script loaded by URL (a worker's): both are later downloads of their own.
const STATIC_IMPORT = /^[ \t]*(?:import|export)\s+(?:[\w$*{},\s]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;
const ASSET = /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The files `entry` (relative to the repository) loads statically, itself first, repository-relative. */
export function moduleGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return; // an asset
    const abs = join(root, file);
    if (!existsSync(abs)) throw new Error(`${file} is missing (imported in the graph of ${entry}); run node scripts/build.mjs`);
    const source = readFileSync(abs, 'utf8');
    for (const [, spec] of source.matchAll(STATIC_IMPORT)) visit(resolveSpecifier(file, spec));
    for (const [, spec] of source.matchAll(ASSET)) {
      if (!spec.endsWith('.js')) visit(assetPath(file, spec));
    }
  };
  visit(entry);
  return [...seen];
}

/**
 * The modules `entry`'s graph loads later, sized as bundles of their own: those
 * it imports with import(), and scripts it loads by URL (a worker's).
 */
export function dynamicImports(entry) {
  const out = new Set();
  for (const file of moduleGraph(entry).filter((f) => f.endsWith('.js'))) {
    const source = readFileSync(join(root, file), 'utf8');
    for (const [, spec] of source.matchAll(DYNAMIC_IMPORT)) out.add(resolveSpecifier(file, spec));
    for (const [, spec] of source.matchAll(ASSET)) if (spec.endsWith('.js')) out.add(assetPath(file, spec));
  }
  return [...out];
}

// A URL needs no ./ to be relative ('figlens_bg.wasm' in the glue).
function assetPath(file, spec) {
  return resolveSpecifier(file, /^[a-z][a-z0-9+.-]*:|^\//i.test(spec) ? spec : `./${spec.replace(/^\.\//, '')}`);
}

function resolveSpecifier(from, spec) {
  if (!spec.startsWith('./') && !spec.startsWith('../')) {
    throw new Error(`${from} imports "${spec}": only relative imports can be sized (the package has no dependencies)`);
  }
  return relative(root, resolve(root, dirname(from), spec.replace(/[?#].*$/, ''))).split('\\').join('/');
}

/** gzip -9 bytes of a repository file. */
export function gzipSize(file) {
  return gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
}

/** { name, entry, limit, files: [{ file, gzip }], total } for one budget. */
export function measure(name) {
  const { entry, limit } = BUDGETS[name];
  const files = moduleGraph(entry).map((file) => ({ file, gzip: gzipSize(file) }));
  return { name, entry, limit, files, total: files.reduce((n, f) => n + f.gzip, 0) };
}

/** One line per budget, as scripts/build.mjs prints it. */
export function describe(m) {
  const over = m.total > m.limit ? `: OVER BUDGET by ${m.total - m.limit} bytes` : '';
  return `${m.name} bundle (${m.files.map((f) => f.file).join(' + ')}), each gzip -9: ${m.total} bytes (budget ${m.limit})${over}`;
}
