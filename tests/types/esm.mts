// Type-checks the package's declarations as an ES module consumer sees them
// (tsc -p tests/types; run by tests/js/types.test.mjs).
import { analyze, init, initSync, FiglensError } from 'figlens';
import type { Analysis, Block, Check, Figure, FigureKind, Options, Qualifier, Span, Cleaning, Meta, Language } from 'figlens';
import * as web from 'figlens/web';

await init();
await init({ wasmUrl: new URL('https://example.com/figlens_bg.wasm') });
initSync(new Uint8Array(0));
const options: Options = { html: false, kinds: ['money', 'percent'], bodyOnly: true, maxInputBytes: 1 << 20 };
const a: Analysis = analyze('營收增長12.5%', options);
const version: 1 = a.version;
const language: Language = a.language;
const title: string | null = a.title;
const meta: Meta = a.meta;
const authors: string[] = meta.authors;
const blocks: Block[] = a.blocks;
const sentences: Span[] | undefined = blocks[0]?.sentences;
const cleaning: Cleaning = a.cleaning;
const f: Figure | undefined = a.figures[0];
if (f) {
  const kind: FigureKind = f.kind;
  const value: number | null = f.value;
  const low: number | undefined = f.low;
  const change: 'increase' | 'decrease' | null = f.change;
  const unit: string | null = f.unit;
  const sentence: number | null = f.sentence;
  // @ts-expect-error: value may be null
  const sure: number = f.value;
  // v1.1, optional: absent from v1 results.
  const qualifier: Qualifier | undefined = f.qualifier;
  // @ts-expect-error: may be absent
  const surely: Qualifier = f.qualifier;
  // @ts-expect-error: not a qualifier
  const badQualifier: Qualifier = 'more-than';
  void [kind, value, low, change, unit, sentence, sure, qualifier, surely, badQualifier];
}
// @ts-expect-error: not a kind
analyze('x', { kinds: ['moneys'] });
// @ts-expect-error: not an option
analyze('x', { htm: true });
try {
  web.analyze('x');
} catch (e) {
  if (e instanceof FiglensError) {
    const code: 'input-too-large' | 'bad-options' | 'not-initialized' | 'busy' | 'internal' = e.code;
    void code;
  }
}
const currency: string | undefined = meta.currency;
const checks: Check[] = a.checks;
const check: Check | undefined = checks[0];
if (check) {
  const fields: [string, number[], number, number, boolean, string] = [check.kind, check.figures, check.stated, check.computed, check.ok, check.explain];
  void fields;
}
// A v1 result, without any v1.1 field, is an Analysis less its checks.
const v1: Omit<Analysis, 'checks'> = { version: a.version, language, title, meta: { date: null, source: null, authors: [], editor: null, keywords: [], tags: [] }, blocks: a.blocks, figures: [], cleaning };
// @ts-expect-error: checks are always present in a v1.1 result
const noChecks: Analysis = { ...v1 };
void noChecks;
void [version, language, title, authors, sentences, cleaning, currency, checks, v1];
