// Headless Debian Chromium through playwright-core (never a downloaded browser),
// with the launch flags of ../shared/docs/toolchain.md and a new empty profile,
// plus the repository served on 127.0.0.1 at a free port.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.FIGLENS_CHROMIUM ?? '/usr/bin/chromium';
/** Where screenshots and other test artifacts go (gitignored). */
export const RESULTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-results');

// Exactly the flags toolchain.md gives for running as root on a closed network;
// launchPersistentContext passes the new empty profile as --user-data-dir.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Serve the repository (www, js, pkg, tests) and open Chromium. Call close() when done.
 * Options: `viewport` ({ width, height }), `colorScheme` ('light' | 'dark'),
 * `locale` (the browser's language, as navigator.language reports it: 'zh-TW').
 *
 * Besides the page, it returns what the tests check everywhere:
 * - `problems`: page errors and console errors (a CSP violation logs one);
 * - `requests`: every URL any page or worker of the context asked for;
 * - `external()`: those that would leave the test server (blob: and data: stay local);
 * - `cspViolations()`: the page's securitypolicyviolation events so far;
 * - `dialogs`: alert/confirm/prompt dialogs that opened (each is dismissed).
 */
export async function openBrowser({ viewport, colorScheme, locale } = {}) {
  const { server, url } = await startServer({ port: 0, dirs: ['www', 'js', 'pkg', 'tests'] });
  const profile = mkdtempSync(join(tmpdir(), 'figlens-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      acceptDownloads: true,
      ...(viewport ? { viewport } : {}),
      ...(colorScheme ? { colorScheme } : {}),
      ...(locale ? { locale } : {}),
    });
  } catch (e) {
    server.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  // Recorded before any script of the page runs (init scripts are not subject to the page's CSP).
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  const dialogs = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  const origin = new URL(url).origin;
  return {
    url,
    page,
    context,
    problems,
    requests,
    dialogs,
    external: () => requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(blob|data):/.test(u)),
    cspViolations: () => page.evaluate(() => window.__cspViolations ?? []),
    async close() {
      await context.close();
      server.close();
      server.closeAllConnections?.();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Make the artifacts folder and return the path of a file in it. */
export function artifact(name) {
  mkdirSync(RESULTS, { recursive: true });
  return join(RESULTS, name);
}
