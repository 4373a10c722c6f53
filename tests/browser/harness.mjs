// Headless Debian Chromium through playwright-core (never a downloaded browser),
// with the launch flags of ../shared/docs/toolchain.md and a new empty profile,
// plus the repository served on 127.0.0.1 at a free port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.FIGLENS_CHROMIUM ?? '/usr/bin/chromium';

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

/** Serve the repository (www, js, pkg, tests) and open Chromium. Call close() when done. */
export async function openBrowser() {
  const { server, url } = await startServer({ port: 0, dirs: ['www', 'js', 'pkg', 'tests'] });
  const profile = mkdtempSync(join(tmpdir(), 'figlens-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
    });
  } catch (e) {
    server.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return {
    url,
    page,
    problems,
    async close() {
      await context.close();
      server.close();
      server.closeAllConnections?.();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
