// Types of the figlens package: the JS API and the result, version 1 with the
// v1.1 additions (optional: a v1 result has none of them). The contract is
// docs/schema.md in the repository; keep this file in step with it and with
// src/model.rs. Offsets are UTF-16 code units into the original input.

/** The language of a document or a block. */
export type Language = "zh-Hant" | "zh-Hans" | "en" | "und";

/** What a block of the article is. */
export type BlockKind =
  | "title"
  | "meta"
  | "heading"
  | "paragraph"
  | "keywords"
  | "related"
  | "ranking"
  | "boilerplate";

/** What a figure counts or measures. */
export type FigureKind =
  | "money"
  | "percent"
  | "count"
  | "measure"
  | "ratio"
  | "multiple"
  | "date"
  | "duration"
  | "rank"
  | "identifier"
  | "number";

/** The direction of a stated change. */
export type Change = "increase" | "decrease";

/** A figure's place in "from X to Y" (`由X降至Y`). */
export type Role = "from" | "to";

/**
 * v1.1: the qualifier a figure states. `over` and `at-least` set `low` to the
 * value (`超過200人`, "more than 200"); `under` and `at-most` set `high`
 * (`不超過5%`, "at most 5%"); `about` and `nearly` set neither.
 */
export type Qualifier = "about" | "nearly" | "over" | "at-least" | "under" | "at-most";

/** v1.1: the arithmetic a {@link Check} redoes. Multiples fold into ratio, shares of a whole into sum. */
export type CheckKind = "ratio" | "change" | "difference" | "sum" | "per-capita" | "range";

/** The kinds of encoding damage figlens flags. */
export type DamageKind = "latin1-utf8" | "gbk-utf8" | "replacement";

/** A span of the original input: UTF-16 code units, `end` exclusive. */
export interface Span {
  /** The first UTF-16 code unit of the span in the original input. */
  start: number;
  /** One past the last code unit (exclusive). */
  end: number;
}

/** The result of {@link analyze}. */
export interface Analysis {
  /** The version of this result's shape; always 1. */
  version: 1;
  /** The language of the whole document. */
  language: Language;
  /** The article's title, cleaned, or null when none is found. */
  title: string | null;
  /** Date, source, authors, editor, keywords and tags. */
  meta: Meta;
  /** The blocks of the article, in reading order. */
  blocks: Block[];
  /** Every figure, in order of appearance. */
  figures: Figure[];
  /** What cleaning removed or flagged, as spans of the original. */
  cleaning: Cleaning;
  /**
   * v1.1: the article's arithmetic, each result it states redone from its other
   * figures (empty when none is found; always present from v1.1 on). Computed
   * before `kinds` and `bodyOnly` filter the figures; a check whose figures
   * were filtered out is dropped, and `figures` indices refer to this result's
   * `figures`.
   */
  checks: Check[];
}

/** What the article says about itself. */
export interface Meta {
  /** ISO 8601: "2024-05-12" or "2024-05-12T10:32". */
  date: string | null;
  /** The publishing source, as written. */
  source: string | null;
  /** Names only, without role words. */
  authors: string[];
  /** The responsible editor's name. */
  editor: string | null;
  /** Keywords the article gives for itself (a keywords line, or a page's keywords), as written. */
  keywords: string[];
  /** Tags the article gives for itself, as written. */
  tags: string[];
  /**
   * v1.1: the ISO 4217 code a bare 元, $ or "dollar" means in this article, when
   * the text gives evidence (新台幣 or Taiwan → "TWD", 港元 → "HKD", 人民幣 → "CNY");
   * absent when nothing tells.
   */
  currency?: string;
}

/** A block of the article: a title, a paragraph, a list… */
export interface Block extends Span {
  /** What the block is: the title, a meta line, a heading, a paragraph, a list, boilerplate. */
  kind: BlockKind;
  /** The cleaned text of the block. */
  text: string;
  /** The language of this block (it may differ from the document's). */
  language: Language;
  /** List blocks (keywords, related, ranking): the cleaned items, markers removed. */
  items?: string[];
  /** Paragraphs and headings: the original span of each sentence. */
  sentences?: Span[];
}

/** A figure: a number with what it means. See the value conventions in the README. */
export interface Figure extends Span {
  /** The cleaned surface, qualifiers included: "約2萬人", "about $3bn". `start`/`end` is its original span (it may contain removed annotations). */
  text: string;
  /** What the figure counts or measures; it decides how `value` and `unit` read. */
  kind: FigureKind;
  /**
   * The number: the amount in the main currency unit (money), in percent (percent),
   * the count, the number in the stated unit (measure), left ÷ right (ratio), the
   * factor (multiple), the year (date, or null), the ordinal (rank); null for
   * identifiers and vague amounts. For ranges, `value` equals `low`.
   */
  value: number | null;
  /** Lower bound of a range or a vague amount. */
  low?: number;
  /** Upper bound of a range or a vague amount. */
  high?: number;
  /** ISO 4217 for money ("CNY", "USD"…), "%" or "pp" for percent, "person", "t", "m2", "year"…; null when none applies. */
  unit: string | null;
  /** Rates: what one unit is per (每股12.35元 → unit "CNY", per "share"). */
  per?: string;
  /** True for "about", "more than", "nearly", vague amounts. */
  approximate: boolean;
  /** v1.1: the qualifier as stated (約/about, 近/nearly, 超過/more than, 以上/at least, 不到/under, 不超過/at most); `approximate` is then true. */
  qualifier?: Qualifier;
  /** The direction of the change this figure states, if it states one. */
  change: Change | null;
  /** Comparison basis and time, cleaned text: "同比", "一季度", "year on year". */
  period: string | null;
  /** What the figure measures, cleaned text: "地區生產總值". */
  metric: string | null;
  /** "from X to Y": which end this figure is. */
  role?: Role;
  /** Dates: ISO 8601 of what is stated: "2021-05-01", "2021-05", "2021", "--05-01". */
  iso?: string;
  /** Index into {@link Analysis.blocks}. */
  block: number;
  /** Index into the block's `sentences`, or null. */
  sentence: number | null;
}

/** v1.1: a result the article states, redone from the figures it comes from. */
export interface Check {
  /** The arithmetic: a ratio, a change, a difference, a sum, a per-capita figure or a range. */
  kind: CheckKind;
  /** Indices into {@link Analysis.figures}: the stated result first, then its operands. */
  figures: number[];
  /** The value the article states. */
  stated: number;
  /** The value its other figures give, in the stated figure's unit (points when points are stated). */
  computed: number;
  /** The stated value lies within the interval its operands give, each taken at its stated precision (about/nearly widen an operand to ±5%). */
  ok: boolean;
  /** The computation in the article's language: "63792 ÷ 42830 = 1.489 ≈ 1.49". */
  explain: string;
}

/** What cleaning removed or flagged. */
export interface Cleaning {
  /** Each removed pinyin annotation like "(qū)". */
  pinyinAnnotations: Span[];
  /** Stray tags and entities removed from plain text. */
  markup: Span[];
  /** Zero-width and control characters removed. */
  invisible: Span[];
  /** Encoding damage: flagged, never read as figures. */
  damaged: Damage[];
}

/** A run of text damaged by a wrong encoding. */
export interface Damage extends Span {
  /** How the text was damaged: UTF-8 read as Latin-1, UTF-8 read as GBK, or U+FFFD replacement characters. */
  kind: DamageKind;
  /** The repaired text, when it can be recovered. */
  repaired?: string;
}

/** What {@link analyze} is asked to do. */
export interface Options {
  /** The input is HTML (a fragment or a whole page). Default false. */
  html?: boolean;
  /** Keep only figures of these kinds (at most 64 entries). Default: all kinds. */
  kinds?: FigureKind[];
  /** Keep only figures in the article's own blocks (title, headings, paragraphs). Default false. */
  bodyOnly?: boolean;
  /** Refuse inputs longer than this many UTF-8 bytes. Default 16 MiB (the densest input, a figure every 2 bytes, peaks at about 220 bytes of wasm memory per input byte). */
  maxInputBytes?: number;
}

/** Why figlens refused or failed. */
export type FiglensErrorCode = "input-too-large" | "bad-options" | "not-initialized" | "busy" | "internal";

/** The error every figlens function throws; `code` says which kind it is. */
export declare class FiglensError extends Error {
  /** Make an error of this kind; figlens throws these, you rarely need to. */
  constructor(code: FiglensErrorCode, message: string);
  /** Always "FiglensError". */
  readonly name: "FiglensError";
  /**
   * Which kind of error: `input-too-large`, `bad-options` (including an options
   * getter that threw: the error is its `cause`), `not-initialized`, `busy`
   * (analyze was called while another call was running, from an options
   * getter: one call at a time) or `internal`.
   */
  readonly code: FiglensErrorCode;
}

/** Where {@link init} gets the WebAssembly module in a browser. */
export interface InitOptions {
  /** URL of `figlens_bg.wasm`; default: the file next to the package's web build. */
  wasmUrl?: string | URL;
}

/**
 * Load the WebAssembly module. Call it once and await it before {@link analyze}
 * in a browser; concurrent and repeated calls share one load. In Node it
 * resolves at once (the module loads with the package).
 */
export declare function init(options?: InitOptions): Promise<void>;

/**
 * Load the WebAssembly module synchronously from its bytes or a compiled
 * module (workers, tests, the web build in Node). A no-op in Node's build.
 */
export declare function initSync(wasm: BufferSource | WebAssembly.Module): void;

/**
 * Analyze `text`: the article's structure and every figure in it.
 * Synchronous; in a browser, {@link init} must have resolved first.
 * Options are read once, at the start: only the fields below, each through
 * its getter once, and nothing nested deeper than `kinds`.
 * @throws {FiglensError} `input-too-large`, `bad-options`, `not-initialized`, `busy` or `internal`.
 * @throws {TypeError} when `text` is not a string.
 */
export declare function analyze(text: string, options?: Options): Analysis;
