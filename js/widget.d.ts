// Types of `figlens/widget`: the <fig-lens> custom element.
import type { Analysis, Figure, InitOptions } from './index.js';

/** What `<fig-lens>` dispatches. Both events bubble. */
export interface FigLensEventMap extends HTMLElementEventMap {
  /** An analysis finished: `detail` is the whole analysis of the source (body figures, all kinds). */
  "figlens-result": CustomEvent<Analysis>;
  /** The engine could not load or the analysis failed: `detail.error` says why. */
  "figlens-error": CustomEvent<{ error: Error }>;
}

/**
 * `<fig-lens>`: a compact, collapsible "Figures in this article" panel.
 *
 * - `<fig-lens for="story">` analyzes the HTML of the element with id `story`
 *   (a `<textarea>` or `<input>` is read as plain text), and re-analyzes it,
 *   debounced, when it changes.
 * - `<fig-lens>營收增長12.5%</fig-lens>` analyzes its own text.
 * - `element.text = "…"` analyzes that text.
 *
 * Clicking a row scrolls to the figure in the host article and highlights it.
 */
export declare class FigLensElement extends HTMLElement {
  /**
   * Where every widget loads the `.wasm` from, unless a widget has a `wasm-url`
   * attribute. Set it before the first widget connects. Default: the file next
   * to the package's web build, resolved relative to the module.
   */
  static wasmUrl: string | URL | null;

  /** The text to analyze instead of the `for` element or the element's own text; `null` goes back to those. */
  text: string | null;

  /**
   * The last analysis (the `figlens-result` detail), or `null` before the first one.
   * Analyses run in a worker: a new one replaces this when `figlens-result` fires.
   */
  readonly analysis: Analysis | null;

  /** The exact string the last analysis read: the `for` element's HTML (as `innerHTML` gives it), or the text. */
  readonly source: string | null;

  /** The figures the panel lists: body figures of the kinds allowed by `kinds`, in order of appearance. */
  readonly figures: Figure[];

  /** The `for` attribute: the id of the element to analyze. */
  htmlFor: string;

  /** The `kinds` attribute: the figure kinds to list, space-separated ("money percent"); empty lists all. Setting an array joins it. */
  get kinds(): string;
  set kinds(value: string | readonly Figure["kind"][] | null);

  /** The `theme` attribute: `light`, `dark`, or `auto` (the default: light or dark as the page behind the widget is, from its computed background and `color-scheme`). */
  get theme(): "light" | "dark" | "auto";
  set theme(value: "light" | "dark" | "auto");

  /** The `max` attribute: rows shown before "Show all" (default 10; 0 shows every row). */
  max: number;

  /** Analyze again now (it happens by itself when the source changes, after a short pause); `figlens-result` fires when it is done. */
  refresh(): void;

  /**
   * Highlight figure `index` (an index into `analysis.figures`) in the host
   * article and scroll to it. Returns `false` when there is nothing on the page
   * to highlight (the widget analyzes its own text or `text`).
   */
  highlight(index: number): boolean;

  /** Remove the highlight, restoring the host's DOM exactly as it was. */
  clearHighlight(): void;

  addEventListener<K extends keyof FigLensEventMap>(type: K, listener: (this: FigLensElement, ev: FigLensEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof FigLensEventMap>(type: K, listener: (this: FigLensElement, ev: FigLensEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/**
 * Load the engine now rather than when the first widget connects (`wasmUrl`
 * overrides where the `.wasm` comes from). Widgets and `import 'figlens'` in
 * the same bundle share this one instance.
 */
export declare function init(options?: InitOptions): Promise<void>;

/**
 * How a row shows a figure's value (the page's table shows the same): "18,236,000,000 CNY",
 * "10–100 people", "9.2%", "12.35 CNY / share", "1 May 2021" (dates as people write
 * them, from `iso`), and a v1.1 `qualifier` as a sign or word: "> 200 people", "≤ 5%", "nearly 200 people".
 * Units follow `lang` ("12,900人", "638.4平方米"); the default is English. `yearFrom` (the
 * article's meta.date) gives a year-less date its year, in brackets: "14 Oct [2024]".
 */
export declare function formatFigureValue(figure: Figure, lang?: "en" | "zh-Hant" | "zh-Hans", options?: { yearFrom?: string | null }): string;

/**
 * The attributes of `<fig-lens>`, for frameworks that type their templates.
 * All are optional strings, as in HTML.
 */
export interface FigLensAttributes {
  /** The id of the host element to analyze (its HTML). */
  for?: string;
  /** Figure kinds to list, space-separated: "money percent count". Default: all. */
  kinds?: string;
  /** The label language: "zh-Hant", "zh-Hans" or "en". Default: the article's language. */
  lang?: string;
  /** "light", "dark" or "auto" (the default). */
  theme?: "light" | "dark" | "auto";
  /** Rise and fall colours: "red-up" (red ▲, green ▼) or "green-up". Default: the article's readers' convention (red up for mainland and Taiwanese Chinese text, green up for English and Hong Kong text). */
  rise?: "red-up" | "green-up";
  /** Present: the panel also shows the article's arithmetic that does not add up (the analysis's `checks` whose `ok` is false), each with its explanation, and marks their figures' rows with ⚠. */
  checks?: "" | boolean;
  /** Rows before "Show all" (default "10"; "0" shows every row). */
  max?: string;
  /** Present: the panel starts collapsed. */
  collapsed?: "" | boolean;
  /** Where to load the .wasm from (the first widget to connect decides for all). */
  "wasm-url"?: string;
  /** "lazy": load and analyze only once the widget is scrolled into view. */
  loading?: "eager" | "lazy";
  /** "auto" (the CSS Custom Highlight API when available, else <mark> elements) or "mark" (always <mark data-figlens>). */
  highlight?: "auto" | "mark";
}

declare global {
  interface HTMLElementTagNameMap {
    /** The figlens widget: `document.createElement("fig-lens")` and `querySelector("fig-lens")` give a {@link FigLensElement}. */
    "fig-lens": FigLensElement;
  }
}
