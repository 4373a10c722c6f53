#!/usr/bin/env node
// A small static server for the page: serves www/ and the package it imports
// (js/, pkg/) from the repository root on 127.0.0.1, .wasm as application/wasm.
// `/` redirects to `/www/`. No dependencies.
//
// Run: node scripts/serve.mjs [--port 8080]   (npm start runs the setup first)
// Tests import startServer() and serve tests/ too, on a free port.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The page's Content-Security-Policy: its own files only, WebAssembly
 * ('wasm-unsafe-eval'), its analysis worker, no plugins, no <base>, no form
 * submission. www/*.html carry it in a <meta> too (for a host that sends
 * nothing); the header adds frame-ancestors, which a <meta> cannot set.
 */
export const PAGE_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
export const CSP_HEADER = `${PAGE_CSP}; frame-ancestors 'none'`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

/**
 * Start serving. `dirs`: the top-level folders that may be served.
 * Resolves to { server, url } once listening; port 0 picks a free port.
 */
export function startServer({ port = 8080, host = '127.0.0.1', root = ROOT, dirs = ['www', 'js', 'pkg'] } = {}) {
  const server = createServer(async (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    if (path === '/') return send(302, 'see /www/\n', { Location: '/www/' });
    const rel = normalize(path).replace(/^[/\\]+/, '');
    const top = rel.split(/[/\\]/)[0];
    if (rel.includes('\0') || rel.startsWith('..') || !dirs.includes(top)) return send(404, 'not found\n');
    let file = join(root, rel);
    if (!file.startsWith(root + sep)) return send(404, 'not found\n');
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        if (!path.endsWith('/')) return send(301, '', { Location: `${path}/` });
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const ext = extname(file).toLowerCase();
      const headers = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      };
      // The page's documents, and every script: a worker's policy is the one
      // its own script arrives with (a module imported by a page ignores it).
      // Test pages under tests/ set their own, as a host page would.
      if ((ext === '.html' && top === 'www') || ext === '.js' || ext === '.mjs') headers['Content-Security-Policy'] = CSP_HEADER;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).on('error', () => res.destroy()).pipe(res);
    } catch {
      send(404, 'not found\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: actual } = server.address();
      resolve({ server, url: `http://${host}:${actual}` });
    });
  });
}

async function main() {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : Number(process.env.PORT ?? 8080);
  try {
    const { url } = await startServer({ port });
    console.log(`figlens: serving the page at ${url}/ (www/ over the web build); Ctrl-C stops`);
  } catch (e) {
    console.error(`figlens: cannot serve on 127.0.0.1:${port}: ${e.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
