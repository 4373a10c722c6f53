// The article's HTML, serialized exactly as innerHTML does, with the place of
// every text node in that string (js/widget/offsets.js maps figures back
// through them). It reads nodes through the DOM's properties only (nodeType,
// localName, namespaceURI, attributes, firstChild, nextSibling, data), so it
// runs on any tree shaped like the DOM.
import { escapeText } from './offsets.js';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
const ATTR_ESCAPES = { '&': '&amp;', '\u00a0': '&nbsp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
let attrLtGtProbed = null;

/** Whether this browser's innerHTML escapes < and > in attribute values (browsers differ: a 2025 change). */
function attrEscapesLtGt() {
  if (attrLtGtProbed === null) {
    const probe = document.createElement('span');
    probe.setAttribute('title', '<');
    attrLtGtProbed = probe.outerHTML.includes('&lt;');
  }
  return attrLtGtProbed;
}

/**
 * The children of `root` as innerHTML writes them: { source, segments }, the
 * segments ({ node, text, start, end, escaped }) in document order.
 * Options: `skip`, a local name whose content is left out (another widget's
 * own text is not the article's); `attrLtGt`, whether attribute values escape
 * < and > (default: as this browser does).
 */
export function serialize(root, { skip = null, attrLtGt = attrEscapesLtGt() } = {}) {
  const parts = [];
  const segments = [];
  let pos = 0;
  const attrRe = attrLtGt ? /[&\u00a0"<>]/g : /[&\u00a0"]/g;
  const push = (s) => {
    parts.push(s);
    pos += s.length;
  };
  const children = (node) => {
    const parent = node.localName === 'template' && node.namespaceURI === HTML_NS ? node.content : node;
    const raw = node.nodeType === 1 && node.namespaceURI === HTML_NS && RAW.has(node.localName);
    for (let c = parent.firstChild; c; c = c.nextSibling) visit(c, raw);
  };
  const visit = (node, raw) => {
    switch (node.nodeType) {
      case 1: {
        const name = node.namespaceURI === HTML_NS ? node.localName : node.tagName;
        let open = `<${name}`;
        for (const a of node.attributes) open += ` ${a.name}="${a.value.replace(attrRe, (c) => ATTR_ESCAPES[c])}"`;
        push(open + '>');
        if (node.namespaceURI === HTML_NS && VOID.has(name)) return;
        if (node.localName !== skip) children(node);
        push(`</${name}>`);
        return;
      }
      case 3: {
        const data = node.data;
        if (raw) {
          push(data);
          return;
        }
        const text = escapeText(data);
        segments.push({ node, text: data, start: pos, end: pos + text.length, escaped: text.length !== data.length });
        push(text);
        return;
      }
      case 8:
        push(`<!--${node.data}-->`);
        return;
      case 7:
        push(`<?${node.target} ${node.data}>`);
        return;
      default:
    }
  };
  children(root);
  return { source: parts.join(''), segments };
}
