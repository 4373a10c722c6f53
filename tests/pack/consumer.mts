// A TypeScript consumer of the installed package (tests/js/pack.test.mjs copies
// it next to node_modules/figlens and runs tsc --noEmit on it). It names every
// type the package exports; the test checks that none is missing from here.
import { analyze, init, initSync, FiglensError } from 'figlens';
import type {
  Analysis, Block, BlockKind, Change, Check, CheckKind, Cleaning, Damage, DamageKind, FiglensErrorCode, Figure, FigureKind,
  InitOptions, Language, Meta, Options, Qualifier, Role, Span,
} from 'figlens';
import * as web from 'figlens/web';
import { FigLensElement, formatFigureValue, init as initWidget } from 'figlens/widget';
import type { FigLensAttributes, FigLensEventMap } from 'figlens/widget';

const initOptions: InitOptions = { wasmUrl: new URL('https://cdn.example/figlens_bg.wasm') };
await init(initOptions);
await init();
initSync(new Uint8Array(0));
web.initSync(new WebAssembly.Module(new Uint8Array(0)));

const options: Options = { html: true, kinds: ['money', 'percent'], bodyOnly: true, maxInputBytes: 1 << 20 };
const a: Analysis = analyze('<p>營收增長12.5%</p>', options);
const version: 1 = a.version;
const language: Language = a.language;
const title: string | null = a.title;
const meta: Meta = a.meta;
const metaFields: [string | null, string | null, string[], string | null, string[], string[], string | undefined] =
  [meta.date, meta.source, meta.authors, meta.editor, meta.keywords, meta.tags, meta.currency];
// v1.1: optional, so a v1 result (without checks) still type-checks.
for (const check of a.checks ?? []) {
  const c: Check = check;
  const checkKind: CheckKind = c.kind;
  const fields: [number[], number, number, boolean, string] = [c.figures, c.stated, c.computed, c.ok, c.explain];
  // @ts-expect-error: not a check kind
  const badCheckKind: CheckKind = 'product';
  void [checkKind, fields, badCheckKind];
}
const blocks: Block[] = a.blocks;
const block: Block | undefined = blocks[0];
if (block) {
  const kind: BlockKind = block.kind;
  const text: string = block.text;
  const span: Span = { start: block.start, end: block.end };
  const items: string[] | undefined = block.items;
  const sentences: Span[] | undefined = block.sentences;
  const blockLanguage: Language = block.language;
  void [kind, text, span, items, sentences, blockLanguage];
}
const cleaning: Cleaning = a.cleaning;
const spans: Span[][] = [cleaning.pinyinAnnotations, cleaning.markup, cleaning.invisible];
const damage: Damage | undefined = cleaning.damaged[0];
if (damage) {
  const damageKind: DamageKind = damage.kind;
  const repaired: string | undefined = damage.repaired;
  void [damageKind, repaired];
}
for (const f of a.figures) {
  const figure: Figure = f;
  const kind: FigureKind = f.kind;
  const value: number | null = f.value;
  const range: [number | undefined, number | undefined] = [f.low, f.high];
  const unit: string | null = f.unit;
  const per: string | undefined = f.per;
  const approximate: boolean = f.approximate;
  const change: Change | null = f.change;
  const period: string | null = f.period;
  const metric: string | null = f.metric;
  const role: Role | undefined = f.role;
  const iso: string | undefined = f.iso;
  const qualifier: Qualifier | undefined = f.qualifier;
  const where: [number, number, number, number | null] = [f.start, f.end, f.block, f.sentence];
  // @ts-expect-error: a figure's value may be null
  const sure: number = f.value;
  void [figure, kind, value, range, unit, per, approximate, change, period, metric, role, iso, qualifier, where, sure];
}
// @ts-expect-error: not a kind
analyze('x', { kinds: ['moneys'] });
// @ts-expect-error: not an option
analyze('x', { htm: true });

try {
  analyze('x', { maxInputBytes: 0 });
} catch (e) {
  if (e instanceof FiglensError) {
    const code: FiglensErrorCode = e.code;
    const name: 'FiglensError' = e.name;
    void [code, name];
  }
}

// The widget: the element type from the tag name, its properties, methods and events.
const lens = document.createElement('fig-lens');
const sameClass: FigLensElement = lens;
lens.htmlFor = 'story';
lens.kinds = ['money', 'percent'];
lens.kinds = 'money percent';
const kindsAttr: string = lens.kinds;
lens.theme = 'dark';
lens.max = 5;
lens.text = '營收增長12.5%';
lens.text = null;
const last: Analysis | null = lens.analysis;
const source: string | null = lens.source;
const listed: Figure[] = lens.figures;
const shown: boolean = lens.highlight(0);
lens.clearHighlight();
lens.refresh();
lens.addEventListener('figlens-result', (e) => {
  const detail: Analysis = e.detail;
  const self: FigLensElement = e.currentTarget as FigLensElement;
  void [detail, self];
});
lens.addEventListener('figlens-error', (e) => {
  const error: Error = e.detail.error;
  void error;
});
const onResult: FigLensEventMap['figlens-result'] | undefined = undefined;
FigLensElement.wasmUrl = '/assets/figlens_bg.wasm';
FigLensElement.wasmUrl = null;
await initWidget({ wasmUrl: '/assets/figlens_bg.wasm' });
const attributes: FigLensAttributes = { for: 'story', kinds: 'money percent', lang: 'zh-Hant', theme: 'auto', max: '8', 'wasm-url': '/x.wasm', loading: 'lazy', highlight: 'mark' };
// @ts-expect-error: not a theme
const badTheme: FigLensAttributes = { theme: 'blue' };
const shownValue: string = formatFigureValue(a.figures[0]!, 'zh-Hant');
const found: FigLensElement | null = document.querySelector('fig-lens');

void [version, language, title, metaFields, spans, sameClass, kindsAttr, last, source, listed, shown, onResult,
  attributes, badTheme, shownValue, found];
