// The panel's stylesheet: one constructable sheet shared by every widget's
// shadow root (adoptedStyleSheets, which a `style-src 'self'` CSP allows), or
// a <style> in the shadow root where constructable sheets are missing.

export const supportsSheets = typeof CSSStyleSheet === 'function' && typeof Document === 'function'
  && 'adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype;

// The dark palette: set by theme="dark", and by a dark page behind the widget
// unless theme="light" (element.js sets .panel.dark; host-theme.js tells).
const DARK = `
  --fl-bg: var(--figlens-bg, #1b1f24);
  --fl-fg: var(--figlens-fg, #e6e9ec);
  --fl-muted: var(--figlens-muted, #9aa5b1);
  --fl-border: var(--figlens-border, #38404a);
  --fl-chip: var(--figlens-chip, #2a3038);
  --fl-hover: var(--figlens-hover, #252b32);
  --fl-accent: var(--figlens-accent, #8cc4ff);
  --fl-up: var(--figlens-up, #6fd394);
  --fl-down: var(--figlens-down, #ff9b8f);
  --fl-active: var(--figlens-active, #4a3f12);
  color-scheme: dark;
`;

const PANEL_CSS = `
:host {
  all: initial;
  display: block;
  --fl-bg: var(--figlens-bg, #ffffff);
  --fl-fg: var(--figlens-fg, #1d2329);
  --fl-muted: var(--figlens-muted, #5f6b76);
  --fl-border: var(--figlens-border, #d9dee3);
  --fl-chip: var(--figlens-chip, #eef1f4);
  --fl-hover: var(--figlens-hover, #f3f6f9);
  --fl-accent: var(--figlens-accent, #0b5cad);
  --fl-up: var(--figlens-up, #11783a);
  --fl-down: var(--figlens-down, #b42318);
  --fl-active: var(--figlens-active, #fff3c4);
  color-scheme: light;
  font-family: var(--figlens-font, system-ui, -apple-system, "Segoe UI", "PingFang TC", "PingFang SC", "Microsoft JhengHei", "Microsoft YaHei", "Noto Sans CJK TC", "Noto Sans CJK SC", sans-serif);
  font-size: 14px;
  line-height: 1.45;
  color: var(--fl-fg);
}
:host([hidden]) { display: none; }
:host([theme="dark"]) {${DARK}}
.panel.dark {${DARK}}
* { box-sizing: border-box; }
/* Host rules that match the <fig-lens> element itself (\* { cursor: … }, fig-lens { … })
   win over :host, and inherited values would flow in from there: the panel starts
   from initial values again, and everything inside inherits from it. */
.panel {
  all: initial;
  /* an atomic inline: the host's text-decoration does not propagate into it */
  display: inline-block;
  vertical-align: top;
  width: 100%;
  box-sizing: border-box;
  font-family: var(--figlens-font, system-ui, -apple-system, "Segoe UI", "PingFang TC", "PingFang SC", "Microsoft JhengHei", "Microsoft YaHei", "Noto Sans CJK TC", "Noto Sans CJK SC", sans-serif);
  font-size: 14px;
  line-height: 1.45;
  color: var(--fl-fg);
  cursor: default;
  background: var(--fl-bg);
  border: 1px solid var(--fl-border);
  border-radius: 8px;
  overflow: hidden;
}
details { margin: 0; }
summary {
  display: flex;
  align-items: center;
  gap: 8px;
  padding: 8px 12px;
  cursor: pointer;
  font-weight: 600;
  list-style: none;
  user-select: none;
}
summary::-webkit-details-marker { display: none; }
summary::before {
  content: "";
  width: 0; height: 0;
  border-style: solid;
  border-width: 5px 0 5px 7px;
  border-color: transparent transparent transparent currentColor;
  transition: transform 120ms;
  flex: none;
}
details[open] > summary::before { transform: rotate(90deg); }
summary:focus-visible, button:focus-visible { outline: 2px solid var(--fl-accent); outline-offset: -2px; }
.title { flex: 1; min-width: 0; }
.count {
  font-weight: 500;
  font-size: 12px;
  color: var(--fl-muted);
  background: var(--fl-chip);
  border-radius: 999px;
  padding: 0 8px;
  font-variant-numeric: tabular-nums;
}
.body { border-top: 1px solid var(--fl-border); padding: 6px 0 8px; }
.filters { display: flex; flex-wrap: wrap; gap: 4px; padding: 2px 12px 6px; }
.filters[hidden], .more[hidden], .status[hidden], .rows[hidden] { display: none; }
button {
  font: inherit;
  color: inherit;
  background: none;
  border: 0;
  margin: 0;
  padding: 0;
  text-align: inherit;
  cursor: pointer;
}
.chip {
  font-size: 12px;
  padding: 1px 8px;
  border-radius: 999px;
  background: var(--fl-chip);
  color: var(--fl-fg);
  border: 1px solid transparent;
}
.chip[aria-pressed="true"] { border-color: var(--fl-accent); color: var(--fl-accent); font-weight: 600; }
.chip .n { color: var(--fl-muted); margin-inline-start: 4px; font-variant-numeric: tabular-nums; }
.rows { list-style: none; margin: 0; padding: 0; }
.row {
  display: grid;
  grid-template-columns: 1.1em 1fr auto;
  column-gap: 6px;
  width: 100%;
  padding: 5px 12px;
  align-items: baseline;
}
button.row:hover { background: var(--fl-hover); }
.row[aria-pressed="true"] { background: var(--fl-active); }
.arrow { font-size: 11px; text-align: center; }
.warnings { margin: 0 0 8px; padding: 6px 8px; border: 1px solid var(--fl-border); border-left: 3px solid var(--fl-down); border-radius: 4px; }
.warn-title { margin: 0 0 4px; font-weight: 600; }
.warnings ul { margin: 0; padding: 0; list-style: none; }
.warn { all: unset; cursor: pointer; display: block; padding: 2px 0; font-family: ui-monospace, monospace; font-size: 12px; overflow-wrap: anywhere; }
.warn:hover, .warn:focus-visible { background: var(--fl-hover); outline: 2px solid var(--fl-accent); }
.warned { color: var(--fl-down); font-weight: 600; }
.arrow.increase { color: var(--fl-up); }
.arrow.decrease { color: var(--fl-down); }
.panel.red-up .arrow.increase { color: var(--fl-down); }
.panel.red-up .arrow.decrease { color: var(--fl-up); }
.vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.row { position: relative; }
.value { font-weight: 600; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.kind { font-size: 11px; color: var(--fl-muted); white-space: nowrap; }
.context {
  grid-column: 2 / 4;
  font-size: 12px;
  color: var(--fl-muted);
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
.surface { color: var(--fl-fg); }
.more { display: block; margin: 4px 12px 0; font-size: 12px; color: var(--fl-accent); }
.more:hover { text-decoration: underline; }
.status { margin: 0; padding: 4px 12px; font-size: 12px; color: var(--fl-muted); }
.status.error { color: var(--fl-down); }
@media (prefers-reduced-motion: reduce) { summary::before { transition: none; } }
`;

let panelSheet = null;

/** A constructable stylesheet holding `css`. */
export function sheet(css) {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

export function adoptPanelStyles(shadow) {
  if (supportsSheets) {
    panelSheet ??= sheet(PANEL_CSS);
    shadow.adoptedStyleSheets = [panelSheet];
  } else {
    const style = document.createElement('style');
    style.textContent = PANEL_CSS;
    shadow.append(style);
  }
}
