// Small DOM helpers of the widget.

/** An element with attributes (`class`, `text` for textContent, true for an empty attribute) and children. */
export function h(tag, props, ...kids) {
  const el = document.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v == null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
  }
  for (const kid of kids) if (kid != null) el.append(kid);
  return el;
}

/** Resolves once DOMContentLoaded has fired (at once if it has). */
export function domContentLoaded() {
  if (document.readyState === 'complete') return Promise.resolve();
  if (document.readyState === 'interactive') {
    const nav = typeof performance.getEntriesByType === 'function' ? performance.getEntriesByType('navigation')[0] : undefined;
    if (nav ? nav.domContentLoadedEventStart > 0 : true) return Promise.resolve();
  }
  return new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
    window.addEventListener('load', () => resolve(), { once: true });
  });
}
