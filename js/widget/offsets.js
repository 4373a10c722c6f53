// From a figure's span in the analyzed source (UTF-16 offsets into the
// article's innerHTML) back to the text nodes it covers. Pure: a segment is
// where one text node's escaped text lies in the source,
//   { node, text, start, end, escaped }   (text: the node's data when serialized)
// and js/widget/serialize.js makes them in document order.

/** What innerHTML writes for these characters of a text node (outside raw-text elements). */
export const TEXT_ESCAPES = { '&': '&amp;', '\u00a0': '&nbsp;', '<': '&lt;', '>': '&gt;' };

/** A text node's data as innerHTML writes it. */
export function escapeText(s) {
  return s.replace(/[&\u00a0<>]/g, (c) => TEXT_ESCAPES[c]);
}

/**
 * A source offset → an offset into the segment's text. An offset inside an
 * escape (`&am|p;`) lands after the character it stands for.
 */
export function textOffset(seg, offset) {
  if (offset <= seg.start) return 0;
  const data = seg.text;
  if (!seg.escaped) return Math.min(offset - seg.start, data.length);
  let p = seg.start;
  for (let i = 0; i < data.length; i++) {
    if (p >= offset) return i;
    const e = TEXT_ESCAPES[data[i]];
    p += e ? e.length : 1;
  }
  return data.length;
}

/**
 * The pieces of text nodes that [start, end) of the source covers, in order:
 * [{ node, from, to }] (offsets into each node's text). Markup between text
 * nodes is skipped; a span of markup alone covers nothing.
 */
export function piecesOf(segments, start, end) {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const pieces = [];
  for (let i = lo; i < segments.length && segments[i].start < end; i++) {
    const seg = segments[i];
    const from = textOffset(seg, Math.max(start, seg.start));
    const to = textOffset(seg, Math.min(end, seg.end));
    if (to > from) pieces.push({ node: seg.node, from, to });
  }
  return pieces;
}
