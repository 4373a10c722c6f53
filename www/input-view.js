// The input box's read-only view, shown in place of the text box for a large
// input and for the article figlens read out of HTML. A <textarea> lays out
// its whole value in one task (seconds for megabytes, and inserting with
// execCommand is worse than linear: 309 KB of HTML took 168 s). Here the text
// is cut into pieces drawn a few milliseconds at a time, each laid out only
// when it scrolls near (content-visibility in style.css), and only the first
// SHOWN characters at first, with a button for more: the browser checks every
// such piece against the viewport each frame, so thousands of them would cost
// a frame of their own. Text only: every piece is a Text node.
import { el, h } from './dom.js';
import { count } from './format.js';
import { register, t, uiLanguage } from './i18n.js';

register({
  'view.more': { en: 'Show {n} more', 'zh-Hant': '再顯示 {n} 個字元', 'zh-Hans': '再显示 {n} 个字符' },
  'view.showing': {
    en: 'Showing the first {shown} of {total} characters (all of them are analysed). ',
    'zh-Hant': '顯示 {total} 個字元中的前 {shown} 個（全部都已分析）。',
    'zh-Hans': '显示 {total} 个字符中的前 {shown} 个（全部都已分析）。',
  },
});

const PIECE = 2048; // characters per piece, cut after a line end when one is near
const SHOWN = 200_000; // characters drawn at first, and added by each "Show more"
const SLICE_MS = 8; // drawing per task, so a frame is never held for long

/** Run `fn` in a later task. */
export function later(fn) {
  setTimeout(fn, 0);
}

/**
 * Run `fn` once the next frame is drawn, so that what was just added is laid
 * out on its own (tasks chained with setTimeout alone can all run before the
 * next frame, whose layout then takes in all they added). A hidden page draws
 * no frames: after 100 ms it runs anyway.
 */
export function afterFrame(fn) {
  let ran = false;
  const run = () => {
    if (ran) return;
    ran = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 100);
}

export class TextView {
  constructor(root) {
    this.root = root;
    this.drawing = 0; // bumped to stop a drawing in progress
  }

  /** Show `text`, replacing what is shown; resolves true once its first part is drawn (false if replaced first). */
  show(text) {
    this.root.replaceChildren();
    this.root.scrollTop = 0;
    this.text = text;
    return this.more(0);
  }

  /** Draw the next SHOWN characters of the text from `at` (and a "Show more" button if some remain). */
  more(at) {
    const { text } = this;
    const token = ++this.drawing;
    const stop = Math.min(text.length, at + SHOWN);
    this.root.querySelector(':scope > .more')?.remove();
    return new Promise((resolve) => {
      const step = () => {
        if (token !== this.drawing) return resolve(false);
        const until = performance.now() + SLICE_MS;
        const pieces = document.createDocumentFragment();
        do {
          let end = Math.min(stop, at + PIECE);
          if (end < stop) {
            const nl = text.lastIndexOf('\n', end - 1);
            if (nl >= at + PIECE / 2) end = nl + 1;
            else if (/[\ud800-\udbff]/.test(text[end - 1])) end--; // never split a surrogate pair
          }
          pieces.append(el('div', 'piece', text.slice(at, end)));
          at = end;
        } while (at < stop && performance.now() < until);
        this.root.append(pieces);
        if (at < stop) {
          this.root.setAttribute('aria-busy', 'true');
          later(step);
          return;
        }
        this.root.removeAttribute('aria-busy');
        if (at < text.length) {
          const rest = text.length - at;
          const button = el('button', 'link', t('view.more', { n: count(Math.min(rest, SHOWN)) }));
          button.type = 'button';
          button.addEventListener('click', () => this.more(at));
          this.root.append(h('p', { class: 'more', lang: uiLanguage() }, t('view.showing', { shown: count(at), total: count(text.length) }), button));
        }
        resolve(true);
      };
      step();
    });
  }

  /** A short message in place of the text (while the text to show is not known yet). */
  message(text) {
    this.drawing++;
    this.root.replaceChildren(el('p', 'placeholder', text));
  }

  clear() {
    this.drawing++;
    this.root.replaceChildren();
  }
}

/**
 * The article as figlens read it: every block's cleaned text in reading order
 * (list items one to a line), blocks apart by a blank line.
 */
export function readText(analysis) {
  return analysis.blocks.map((b) => (b.items && b.items.length ? b.items.join('\n') : b.text)).join('\n\n');
}
