// scripts/serve.mjs: the headers a site serving the page should send, as the
// page's own server sends them (README, "Headers").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { CSP_HEADER, PAGE_CSP, startServer } from '../../scripts/serve.mjs';

let served;
before(async () => {
  served = await startServer({ port: 0, dirs: ['www', 'js', 'pkg', 'tests'] });
});
after(() => {
  served.server.close();
  served.server.closeAllConnections?.();
});

const get = (path) => fetch(`${served.url}${path}`);
const directives = (policy) => Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));

test('the page\'s documents come with the whole policy as a header', async () => {
  for (const path of ['/www/', '/www/index.html', '/www/embed.html']) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('content-security-policy'), CSP_HEADER, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  }
  const d = directives(CSP_HEADER);
  assert.deepEqual(d, {
    'default-src': "'self'",
    'script-src': "'self' 'wasm-unsafe-eval'",
    'style-src': "'self'",
    'worker-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-ancestors': "'none'",
  });
});

test('the <meta> policy of each page is the header\'s, less frame-ancestors (which a <meta> cannot set)', () => {
  for (const file of ['www/index.html', 'www/embed.html']) {
    const html = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    assert.ok(meta, `${file} has a CSP <meta>`);
    assert.equal(meta[1], PAGE_CSP, file);
  }
  assert.equal(CSP_HEADER, `${PAGE_CSP}; frame-ancestors 'none'`);
});

test('scripts carry it too (a worker\'s policy is its script\'s), test pages keep their own, wasm is application/wasm', async () => {
  for (const path of ['/www/analysis-worker.js', '/js/widget/worker.js', '/js/web.js']) {
    assert.equal((await get(path)).headers.get('content-security-policy'), CSP_HEADER, path);
  }
  assert.equal((await get('/tests/browser/widget/host.html')).headers.get('content-security-policy'), null);
  assert.equal((await get('/www/style.css')).headers.get('content-security-policy'), null);
  const wasm = await get('/pkg/web/figlens_bg.wasm');
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
});
