// <fig-lens>: a compact "Figures in this article" panel for any page.
//
//   <script type="module" src=".../figlens/js/widget.js"></script>   (or: import 'figlens/widget')
//   <fig-lens for="story"></fig-lens>          analyzes the HTML of #story on the host page
//   <fig-lens>營收增長12.5%</fig-lens>          analyzes its own text
//   el.text = '…'                               analyzes that text (null: back to the above)
//
// Attributes: kinds ("money percent"), lang (zh-Hant, zh-Hans, en; default: the
// article's language), theme (light, dark, auto), max (rows before "show all"; 0
// for no limit), collapsed, wasm-url, loading ("lazy": wait until visible),
// highlight ("auto": the CSS Custom Highlight API when there is one, else marks;
// "mark": <mark data-figlens> elements).
// Events: figlens-result (detail: the analysis), figlens-error (detail: { error }).
//
// Isolation: everything renders in a shadow root styled by one constructable
// stylesheet shared by all widgets (adoptedStyleSheets, which a `style-src 'self'`
// CSP allows); analysis text is only ever set as textContent. The engine
// (./web.js and its .wasm, resolved relative to this module) is loaded the
// first time a widget connects: the .wasm compiled once (shared with `import
// 'figlens'` in the same bundle), the analyses run in one worker shared by all
// widgets (widget/worker.js). Nothing is added to the host page except, while
// a figure is highlighted, one stylesheet on the article's root that styles
// ::highlight(figlens) and mark[data-figlens] (or those marks themselves).
//
// This file registers the element; its parts are in js/widget/: element.js (the
// element), panel.js and labels.js (what it shows), styles.js, serialize.js and
// offsets.js (the article's HTML, and figures back to its text nodes),
// highlight.js, engine.js and worker.js (the engine), dom.js. Values and kinds are
// js/format.js and js/kinds.js, shared with the page.

import { FigLensElement, TAG } from './widget/element.js';
import { loadEngine } from './widget/engine.js';

export { FigLensElement };
export { formatFigureValue } from './format.js';

/**
 * Load the engine now instead of when the first widget connects; `wasmUrl`
 * overrides where the .wasm comes from. Later calls share the first load.
 */
export function init(options) {
  return loadEngine(options?.wasmUrl ?? FigLensElement.wasmUrl ?? undefined).then(() => undefined);
}

if (typeof customElements !== 'undefined' && !customElements.get(TAG)) {
  customElements.define(TAG, FigLensElement);
}
