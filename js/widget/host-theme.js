// The theme="auto" of a widget: the colours of the page behind it, not the
// reader's system setting (a dark panel on a white news page reads badly).
// The first opaque background from the widget's parent up decides; when every
// one is transparent, the canvas does, which the page's `color-scheme` (and,
// for "light dark", the system) makes light or dark.

const DARK_SCHEME = '(prefers-color-scheme: dark)';

/** [r, g, b, a] of a computed colour ("rgb(…)", "rgba(…)", "color(srgb …)"), or null. */
function parseColor(value) {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
  if (rgb) {
    const a = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : Number(rgb[4]);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), a];
  }
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\s*\)$/.exec(value);
  if (srgb) return [srgb[1] * 255, srgb[2] * 255, srgb[3] * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  return null;
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The element a node's styles come from: its parent, or the host of its shadow root. */
function up(node) {
  return node.parentElement ?? node.getRootNode?.()?.host ?? null;
}

/** Whether the page behind `element` is dark. */
export function hostIsDark(element) {
  for (let e = up(element); e; e = up(e)) {
    const bg = parseColor(getComputedStyle(e).backgroundColor);
    // Half-transparent layers let the page behind show: only an opaque enough one decides.
    if (bg && bg[3] >= 0.5) return luminance(bg) < 0.18; // nearer black than white in contrast
  }
  const from = up(element) ?? document.documentElement;
  const scheme = getComputedStyle(from).colorScheme || 'normal';
  const dark = /\bdark\b/.test(scheme);
  if (!dark) return false;
  return !/\blight\b/.test(scheme) || matchMedia(DARK_SCHEME).matches;
}

const watchers = new Set();
let observer = null;
let media = null;

function notify() {
  for (const fn of watchers) fn();
}

/**
 * Calls `fn` when the page's colours may have changed: a class, style or
 * data attribute of <html> or <body> (how sites switch themes), or the
 * system's scheme. One observer for every widget. Returns the unsubscribe.
 */
export function watchHostTheme(fn) {
  watchers.add(fn);
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true });
    if (document.body) observer.observe(document.body, { attributes: true });
    media = matchMedia(DARK_SCHEME);
    media.addEventListener('change', notify);
  }
  return () => {
    watchers.delete(fn);
    if (watchers.size === 0 && observer) {
      observer.disconnect();
      media.removeEventListener('change', notify);
      observer = null;
      media = null;
    }
  };
}
