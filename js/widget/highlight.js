// Highlighting a figure in the host article. One Highlight named "figlens",
// shared by all widgets, holds each widget's current range (the CSS Custom
// Highlight API, which does not touch the host's DOM); otherwise the figure's
// text nodes are split and wrapped in <mark data-figlens>, and put back
// exactly. While any highlight is active in a document or shadow root, one
// small stylesheet styling ::highlight(figlens) and those marks is on it.
import { sheet, supportsSheets } from './styles.js';

const HIGHLIGHT_NAME = 'figlens';
const HOST_CSS = `
::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd84d; color: #111111; }
mark[data-figlens] { background-color: #ffd84d; color: #111111; padding: 0; margin: 0; border: 0; font: inherit; }
`;
let hostSheet = null;

/** The CSS Custom Highlight API is there (else figures are wrapped in marks). */
export const useHighlightApi = typeof Highlight === 'function' && typeof CSS !== 'undefined' && CSS.highlights !== undefined;
let sharedHighlight = null;
const activeRoots = new Map(); // Document | ShadowRoot → number of active highlights in it

/** A highlight starts in `root` (a Document or ShadowRoot): its stylesheet is on while any is. */
export function holdHostSheet(root) {
  activeRoots.set(root, (activeRoots.get(root) ?? 0) + 1);
  if (!supportsSheets || !root.adoptedStyleSheets) return;
  hostSheet ??= sheet(HOST_CSS);
  if (!root.adoptedStyleSheets.includes(hostSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, hostSheet];
}

/** A highlight in `root` ended: the stylesheet goes with the last one. */
export function releaseHostSheet(root) {
  const n = (activeRoots.get(root) ?? 1) - 1;
  if (n > 0) {
    activeRoots.set(root, n);
    return;
  }
  activeRoots.delete(root);
  if (hostSheet && root.adoptedStyleSheets?.includes(hostSheet)) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== hostSheet);
  }
}

/** Add `range` to the shared Highlight. */
export function addHighlightRange(range) {
  if (!sharedHighlight) sharedHighlight = new Highlight();
  if (CSS.highlights.get(HIGHLIGHT_NAME) !== sharedHighlight) CSS.highlights.set(HIGHLIGHT_NAME, sharedHighlight);
  sharedHighlight.add(range);
}

/** Remove `range`; the Highlight goes with the last range. */
export function removeHighlightRange(range) {
  if (!sharedHighlight) return;
  sharedHighlight.delete(range);
  if (sharedHighlight.size === 0) {
    if (CSS.highlights.get(HIGHLIGHT_NAME) === sharedHighlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    sharedHighlight = null;
  }
}

/** Wrap each piece in a <mark data-figlens>, splitting text nodes; returns what undo needs. */
export function wrapPieces(pieces) {
  const wrapped = [];
  for (const { node, from, to } of pieces) {
    const figure = from > 0 ? node.splitText(from) : node;
    const rest = to - from < figure.length ? figure.splitText(to - from) : null;
    const mark = document.createElement('mark');
    mark.setAttribute('data-figlens', '');
    if (!supportsSheets) {
      mark.style.backgroundColor = '#ffd84d';
      mark.style.color = '#111111';
    }
    figure.parentNode.insertBefore(mark, figure);
    mark.appendChild(figure);
    wrapped.push({ node, figure, rest, mark });
  }
  return wrapped;
}

/** Undo wrapPieces: the original text nodes get their text back (same node objects). */
export function unwrapPieces(wrapped) {
  for (const { node, figure, rest, mark } of wrapped) {
    if (mark.parentNode) {
      mark.parentNode.insertBefore(figure, mark);
      mark.remove();
    }
    if (figure !== node && figure.parentNode && node.parentNode) {
      node.appendData(figure.data);
      figure.remove();
    }
    if (rest && rest.parentNode && node.parentNode) {
      node.appendData(rest.data);
      rest.remove();
    }
  }
}

/** Scroll `range` into view: `element`'s scroll containers first, then the window to the middle. */
export function reveal(range, element) {
  const smooth = !(typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);
  // Nested scroll containers first (instantly, as little as possible), then the window.
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = range.getBoundingClientRect();
  const h = window.innerHeight;
  if (rect.top < 48 || rect.bottom > h - 48) {
    window.scrollBy({ top: rect.top - (h - rect.height) / 2, behavior: smooth ? 'smooth' : 'auto' });
  }
}
