// A figure's sentence as readable text, with where the figure sits in it.
// Plain text: the sentence's original span minus the removed pieces (pinyin
// annotations, stray markup, invisible characters); the figure's place is
// exact. HTML: the span of the HTML source with tags dropped and character
// references decoded (as text: nothing is parsed as HTML); the figure is
// found by its text.

const removedCache = new WeakMap();

function removedSpans(analysis) {
  let spans = removedCache.get(analysis);
  if (!spans) {
    const c = analysis.cleaning;
    spans = [...c.pinyinAnnotations, ...c.markup, ...c.invisible].sort((a, b) => a.start - b.start);
    removedCache.set(analysis, spans);
  }
  return spans;
}

function firstEndingAfter(spans, pos) {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  while (lo > 0 && spans[lo - 1].end > pos) lo--;
  return lo;
}

const NAMED = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', middot: '·',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', yen: '¥', times: '×',
  deg: '°', permil: '‰', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', bull: '•', laquo: '«', raquo: '»',
};

/** HTML source → its text: tags and comments dropped, character references decoded. */
export function htmlToText(source) {
  return source
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z]+);?/g, (m, ref) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return NAMED[ref] ?? m;
    })
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/** { text, at, len }: the sentence (or the block, when the figure has none) and the figure in it (at -1: not found). */
export function sentenceOf(f, analysis, source, html) {
  const block = analysis.blocks[f.block];
  const span = f.sentence !== null && block?.sentences?.[f.sentence] ? block.sentences[f.sentence] : block ?? f;
  if (html) {
    const text = htmlToText(source.slice(span.start, span.end));
    const at = text.indexOf(f.text);
    return { text, at, len: f.text.length };
  }
  const spans = removedSpans(analysis);
  let out = '';
  let at = -1;
  let end = -1;
  let pos = span.start;
  for (let k = firstEndingAfter(spans, span.start); k < spans.length && spans[k].start < span.end; k++) {
    const r = spans[k];
    const a = Math.max(r.start, span.start);
    if (a > pos) {
      if (at < 0 && f.start >= pos && f.start < a) at = out.length + (f.start - pos);
      if (end < 0 && f.end > pos && f.end <= a) end = out.length + (f.end - pos);
      out += source.slice(pos, a);
    }
    pos = Math.max(pos, Math.min(r.end, span.end));
  }
  if (span.end > pos) {
    if (at < 0 && f.start >= pos && f.start < span.end) at = out.length + (f.start - pos);
    if (end < 0 && f.end > pos && f.end <= span.end) end = out.length + (f.end - pos);
    out += source.slice(pos, span.end);
  }
  // Trim, keeping the figure's place.
  const lead = out.length - out.trimStart().length;
  const text = out.trim();
  if (at < 0 || end < 0) return { text, at: text.indexOf(f.text), len: f.text.length };
  return { text, at: at - lead, len: end - at };
}

/**
 * A short label for a figure without a metric, from its sentence (`s`, as
 * sentenceOf gives it): the few words before the figure, then the figure:
 * "…and closed 14 stores", "…全年新增14家門店".
 */
export function sentenceContext(f, s, room = 28) {
  if (s.at < 0) return f.text;
  const cut = s.at > room;
  let before = s.text.slice(Math.max(0, s.at - room), s.at);
  // In spaced scripts, start at a whole word.
  const space = before.indexOf(' ');
  if (cut && space >= 0 && space < before.length - 1) before = before.slice(space + 1);
  return `${cut ? '…' : ''}${before.trimStart()}${s.text.slice(s.at, s.at + s.len)}`;
}
