// The package's TypeScript declarations compile for ES module and CommonJS
// consumers (tests/types), strict, with no `any` leaking: the files use
// @ts-expect-error lines that fail to compile if a type were `any`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('tsc --strict accepts the declarations as consumers use them', () => {
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tests/types'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('the declarations never say any', () => {
  const dts = readFileSync(new URL('../../js/index.d.ts', import.meta.url), 'utf8');
  const code = dts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  assert.doesNotMatch(code, /\bany\b/);
});

test('the v1.1 additions are optional where they may be absent (checks: always present), and the declarations point at the repository\'s docs/schema.md', () => {
  const dts = readFileSync(new URL('../../js/index.d.ts', import.meta.url), 'utf8');
  for (const field of ['qualifier?: Qualifier;', 'currency?: string;', '  checks: Check[];']) assert.ok(dts.includes(field), field);
  assert.match(dts, /export interface Check \{/);
  assert.match(dts, /\bdocs\/schema\.md\b/);
  assert.doesNotMatch(dts, /\.\.\/shared/);
});
