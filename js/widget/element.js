// The <fig-lens> element: its properties and attributes, where its text comes
// from (the `for` element's HTML, a text field, its own text, or `text`) and
// when it is analyzed again, highlighting a figure in the host article, and
// keeping the panel (js/widget/panel.js) in step. js/widget.js registers it.
import { domContentLoaded } from './dom.js';
import { loadEngine } from './engine.js';
import {
  addHighlightRange, holdHostSheet, releaseHostSheet, removeHighlightRange, reveal, unwrapPieces, useHighlightApi, wrapPieces,
} from './highlight.js';
import { hostIsDark, watchHostTheme } from './host-theme.js';
import { labelLanguage } from '../kinds.js';
import { piecesOf } from './offsets.js';
import { buildPanel, drawPanel } from './panel.js';
import { riseConvention } from '../rise.js';
import { serialize } from './serialize.js';
import { adoptPanelStyles } from './styles.js';

export const TAG = 'fig-lens';
const DEBOUNCE_MS = 300;
const DEFAULT_MAX = 10;

// In Node (server rendering, tests), importing the module defines a class that is never registered.
const Base = typeof HTMLElement === 'function' ? HTMLElement : class {};

export class FigLensElement extends Base {
  /** Where the .wasm comes from, for every widget; set it before the first widget connects. */
  static wasmUrl = null;

  static get observedAttributes() {
    return ['for', 'kinds', 'lang', 'theme', 'max', 'collapsed', 'loading', 'rise', 'checks'];
  }

  #shadow;
  #ui;
  #text = null;
  #engine = null;
  #state = 'idle'; // idle | waiting | loading | ready | missing | error
  #error = null;
  #analysis = null;
  #source = null;
  #mode = null; // html | text | field
  #segments = [];
  #target = null;
  #observer = null;
  #fieldListener = null;
  #timer = 0;
  #visibility = null;
  #active = null; // { index, range?, root?, wrapped? }
  #filter = null;
  #expanded = false;
  #waitingFor = null; // a MutationObserver while the for= element is missing
  #starting = false;
  #pending = null; // the analysis asked of the engine and not back yet: { source, mode, segments }
  #unwatchTheme = null;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    adoptPanelStyles(this.#shadow);
    const ui = buildPanel();
    this.#shadow.append(ui.panel);
    this.#ui = ui;
    ui.more.addEventListener('click', () => {
      this.#expanded = !this.#expanded;
      this.#render();
    });
    ui.filters.addEventListener('click', (e) => {
      const chip = e.target.closest('.chip');
      if (!chip) return;
      this.#filter = chip.dataset.kind || null;
      this.#expanded = false;
      this.#render();
    });
    ui.warnings.addEventListener('click', (e) => {
      const warn = e.target.closest('button.warn');
      if (warn) this.#select(Number(warn.dataset.index));
    });
    ui.rows.addEventListener('click', (e) => {
      const row = e.target.closest('button.row');
      if (row) this.#select(Number(row.dataset.index));
    });
    ui.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.#active) {
        this.clearHighlight();
        this.#render();
      }
    });
  }

  // --- properties ----------------------------------------------------------

  /** The text to analyze instead of the `for` element or the element's own text; null to go back. */
  get text() {
    return this.#text;
  }

  set text(value) {
    this.#text = value == null ? null : String(value);
    if (this.#engine && this.isConnected) this.#rebind();
  }

  /** The last analysis (what figlens-result carried), or null. */
  get analysis() {
    return this.#analysis;
  }

  /** The exact string the last analysis read (the HTML of the `for` element, or the text). */
  get source() {
    return this.#source;
  }

  /** The id of the element whose HTML is analyzed (the `for` attribute). */
  get htmlFor() {
    return this.getAttribute('for') ?? '';
  }

  set htmlFor(v) {
    this.setAttribute('for', v);
  }

  /** The kinds shown (the `kinds` attribute), space-separated; empty for all. */
  get kinds() {
    return this.getAttribute('kinds') ?? '';
  }

  set kinds(v) {
    if (v == null) this.removeAttribute('kinds');
    else this.setAttribute('kinds', Array.isArray(v) ? v.join(' ') : String(v));
  }

  /** light, dark or auto (the `theme` attribute; auto: the colours of the page behind the widget). */
  get theme() {
    const t = this.getAttribute('theme');
    return t === 'light' || t === 'dark' ? t : 'auto';
  }

  set theme(v) {
    this.setAttribute('theme', v);
  }

  /** Rows shown before "show all" (the `max` attribute); 0: no limit. */
  get max() {
    const raw = this.getAttribute('max');
    if (raw === null || raw.trim() === '') return DEFAULT_MAX;
    const n = Number(raw);
    return Number.isFinite(n) && n >= 0 ? Math.floor(n) : DEFAULT_MAX;
  }

  set max(v) {
    this.setAttribute('max', String(v));
  }

  /** The figures the panel lists: body figures of the allowed kinds, in order of appearance. */
  get figures() {
    return this.#analysis ? this.#analysis.figures.filter((f) => this.#allowed(f.kind)) : [];
  }

  // --- lifecycle -----------------------------------------------------------

  connectedCallback() {
    // A `text` set before the element was defined shadows the accessor: move it over.
    if (Object.prototype.hasOwnProperty.call(this, 'text')) {
      const v = this.text;
      delete this.text;
      this.#text = v == null ? null : String(v);
    }
    this.#ui.details.open = !this.hasAttribute('collapsed');
    this.#unwatchTheme ??= watchHostTheme(() => this.#applyTheme());
    if (this.#engine) {
      this.#rebind();
      return;
    }
    if (this.#state === 'loading' || this.#starting) return; // the load under way finishes the job
    this.#starting = true;
    this.#render();
    // After DOMContentLoaded: the article is whole, and every module script of the
    // page has run (one may set FigLensElement.wasmUrl after importing this one).
    domContentLoaded().then(() => {
      this.#starting = false;
      if (!this.isConnected || this.#engine || this.#state === 'loading') return;
      if (this.getAttribute('loading') === 'lazy' && typeof IntersectionObserver === 'function') {
        this.#state = 'waiting';
        this.#render();
        this.#visibility ??= new IntersectionObserver((entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            this.#visibility.disconnect();
            this.#visibility = null;
            this.#boot();
          }
        });
        this.#visibility.observe(this);
        return;
      }
      this.#boot();
    });
  }

  disconnectedCallback() {
    this.#unwatchTheme?.();
    this.#unwatchTheme = null;
    this.#visibility?.disconnect();
    this.#visibility = null;
    this.#pending = null; // its answer is not wanted now; reconnecting asks again
    this.clearHighlight();
    this.#unbind();
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'for') {
      if (this.#engine && this.isConnected) this.#rebind();
    } else if (name === 'collapsed') {
      this.#ui.details.open = value === null;
    } else if (name === 'kinds') {
      if (this.#active && !this.#allowed(this.#analysis?.figures[this.#active.index]?.kind)) this.clearHighlight();
      this.#render();
    } else if (name !== 'loading') {
      this.#render();
    }
  }

  #boot() {
    this.#state = 'loading';
    this.#render();
    const url = this.getAttribute('wasm-url');
    const wasmUrl = url ? new URL(url, document.baseURI) : FigLensElement.wasmUrl ?? undefined;
    loadEngine(wasmUrl).then(
      (m) => {
        this.#engine = m;
        if (this.isConnected) this.#rebind();
      },
      (e) => {
        if (!this.isConnected) return;
        this.#fail(e);
      },
    );
  }

  /** Re-analyze now (normally automatic: when the source changes, debounced). */
  refresh() {
    if (this.#engine && this.isConnected) this.#rebind();
  }

  // --- the source ----------------------------------------------------------

  #unbind() {
    this.#waitingFor?.disconnect();
    this.#waitingFor = null;
    clearTimeout(this.#timer);
    this.#timer = 0;
    this.#observer?.disconnect();
    if (this.#fieldListener) {
      this.#target?.removeEventListener('input', this.#fieldListener);
      this.#fieldListener = null;
    }
    this.#target = null;
  }

  /** Find the source again (for= may have changed) and analyze it. */
  #rebind() {
    this.clearHighlight();
    this.#unbind();
    let target = null;
    if (this.#text === null) {
      const id = this.getAttribute('for');
      if (id) {
        const root = this.getRootNode();
        const lookup = () => root.getElementById?.(id) ?? (root === document ? null : document.getElementById(id));
        target = lookup();
        if (!target) {
          this.#state = 'missing';
          this.#analysis = null;
          this.#source = null;
          this.#render();
          // It may be rendered later (a single-page app): watch for it.
          this.#waitingFor = new MutationObserver(() => {
            if (lookup()) this.refresh();
          });
          this.#waitingFor.observe(root, { childList: true, subtree: true });
          return;
        }
      } else {
        target = this; // the element's own text
      }
    }
    this.#target = target;
    this.#observer ??= new MutationObserver((records) => {
      if (records.length) this.#schedule();
    });
    if (target && (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)) {
      this.#fieldListener = () => this.#schedule();
      target.addEventListener('input', this.#fieldListener);
    } else if (target) {
      this.#observer.observe(target, { childList: true, characterData: true, subtree: true });
    }
    this.#run();
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = 0;
      this.#run();
    }, DEBOUNCE_MS);
  }

  /** Changes seen but not analyzed yet: analyze them now. Returns true if the figures are about to change. */
  #flush() {
    const pending = this.#observer?.takeRecords().length > 0;
    if (pending || this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = 0;
      this.#run();
    }
    return this.#pending !== null;
  }

  #run() {
    if (!this.#engine) return;
    this.clearHighlight();
    const target = this.#target;
    let source;
    let mode;
    let segments = [];
    if (this.#text !== null) {
      source = this.#text;
      mode = 'text';
    } else if (target === this) {
      source = this.textContent ?? '';
      mode = 'text';
    } else if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
      source = target.value;
      mode = 'field';
    } else {
      ({ source, segments } = serialize(target, { skip: TAG })); // another widget's own text is not the article's
      mode = 'html';
    }
    const last = this.#pending ?? (this.#state === 'ready' ? { source: this.#source, mode: this.#mode } : null);
    if (last && source === last.source && mode === last.mode) return; // nothing new to say
    // The analysis runs in the engine's worker; the panel keeps the last one until it is back.
    const job = { source, mode, segments };
    this.#pending = job;
    this.#engine.analyze(this, source, { html: mode === 'html', bodyOnly: true }).then((analysis) => {
      if (this.#pending !== job || analysis === undefined) return; // asked again since, or removed
      this.#pending = null;
      this.#source = source;
      this.#mode = mode;
      this.#segments = segments; // the offsets of this analysis index these text nodes
      this.#analysis = analysis;
      this.#state = 'ready';
      this.#error = null;
      this.#expanded = false;
      this.clearHighlight();
      this.#render();
      this.dispatchEvent(new CustomEvent('figlens-result', { detail: analysis, bubbles: true }));
    }, (e) => {
      if (this.#pending !== job) return;
      this.#pending = null;
      this.#fail(e);
    });
  }

  #fail(error) {
    this.#state = 'error';
    this.#error = error;
    this.#analysis = null;
    this.#source = null;
    this.#render();
    this.dispatchEvent(new CustomEvent('figlens-error', { detail: { error }, bubbles: true }));
  }

  // --- highlighting --------------------------------------------------------

  /**
   * Highlight figure `index` (into analysis.figures) in the host article and
   * scroll to it. Returns false if it cannot be shown (text mode, stale, filtered).
   */
  highlight(index) {
    this.clearHighlight();
    const f = this.#analysis?.figures[index];
    if (!f || !this.#target || this.#target === this || this.#text !== null) return false;
    const target = this.#target;
    if (this.#mode === 'field') {
      target.focus({ preventScroll: true });
      target.setSelectionRange(f.start, f.end);
      target.scrollIntoView({ block: 'nearest' });
      this.#active = { index };
      return true;
    }
    const pieces = piecesOf(this.#segments, f.start, f.end);
    if (pieces.length === 0 || pieces.some((p) => !p.node.isConnected || p.to > p.node.length)) return false;
    const range = document.createRange();
    range.setStart(pieces[0].node, pieces[0].from);
    range.setEnd(pieces.at(-1).node, pieces.at(-1).to);
    const root = target.getRootNode();
    const element = pieces[0].node.parentElement ?? target;
    if (useHighlightApi && this.getAttribute('highlight') !== 'mark') {
      addHighlightRange(range);
      holdHostSheet(root);
      this.#active = { index, range, root };
      reveal(range, element);
    } else {
      if (this.#observer?.takeRecords().length) this.#schedule(); // the host's own changes still count
      holdHostSheet(root);
      const wrapped = wrapPieces(pieces);
      this.#observer?.takeRecords(); // ours do not
      this.#active = { index, wrapped, root };
      const marked = document.createRange();
      marked.setStartBefore(wrapped[0].mark);
      marked.setEndAfter(wrapped.at(-1).mark);
      reveal(marked, wrapped[0].mark);
    }
    return true;
  }

  /** Remove the highlight, if any, restoring the host DOM as it was. */
  clearHighlight() {
    const active = this.#active;
    if (!active) return;
    this.#active = null;
    if (active.range) removeHighlightRange(active.range);
    if (active.wrapped) {
      const pending = this.#observer?.takeRecords().length > 0;
      unwrapPieces(active.wrapped);
      this.#observer?.takeRecords();
      if (pending) this.#schedule();
    }
    if (active.root) releaseHostSheet(active.root);
  }

  #select(index) {
    if (this.#flush()) return; // the article changed since: the list is new, pick again
    if (this.#active?.index === index) this.clearHighlight();
    else this.highlight(index);
    this.#render();
  }

  // --- rendering -----------------------------------------------------------

  #allowed(kind) {
    const raw = this.getAttribute('kinds');
    if (!raw || !raw.trim()) return true;
    return raw.split(/[\s,]+/).includes(kind);
  }

  #lang() {
    return labelLanguage(this.getAttribute('lang'))
      ?? labelLanguage(this.#analysis?.language)
      ?? labelLanguage(this.closest('[lang]')?.getAttribute('lang'))
      ?? 'en';
  }

  #render() {
    // Rows and chips are rebuilt: keep the keyboard focus on the same one.
    const focused = this.#shadow.activeElement;
    const focusKey = focused?.classList.contains('row') ? `.row[data-index="${focused.dataset.index}"]`
      : focused?.classList.contains('chip') ? `.chip[data-kind="${focused.dataset.kind}"]` : null;
    this.#draw();
    if (focusKey && this.#shadow.activeElement !== focused) this.#shadow.querySelector(focusKey)?.focus({ preventScroll: true });
  }

  /** Dark or light: as the attribute forces, else as the page behind the widget is. */
  #applyTheme() {
    const theme = this.theme;
    this.#ui.panel.classList.toggle('dark', theme === 'dark' || (theme === 'auto' && this.isConnected && hostIsDark(this)));
  }

  #draw() {
    this.#applyTheme();
    this.#filter = drawPanel(this.#ui, {
      lang: this.#lang(),
      rise: riseConvention({ language: this.#analysis?.language, currency: this.#analysis?.meta.currency, fallback: this.#lang() }, this.getAttribute('rise')),
      yearFrom: this.#analysis?.meta.date ?? null,
      state: this.#state,
      error: this.#error,
      missingId: this.getAttribute('for'),
      figures: this.#analysis?.figures ?? [],
      allowed: (kind) => this.#allowed(kind),
      filter: this.#filter,
      expanded: this.#expanded,
      max: this.max,
      linked: this.#mode !== 'text' && this.#text === null,
      activeIndex: this.#active?.index ?? null,
      checks: this.hasAttribute('checks') ? this.#analysis?.checks ?? [] : null,
    });
  }
}
