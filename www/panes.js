// On a narrow screen (a phone) the page shows one pane at a time: the text,
// the figures or the reading view, picked with a bar of three buttons that
// stays at the top. A paste, a file or the sample shows the figures at once,
// so they come first, not 3,000 px down. On a wide screen the bar is hidden
// and every pane shows (style.css: body[data-pane] only acts when narrow).
import { h } from './dom.js';
import { onUiLanguage, register, t } from './i18n.js';

register({
  'panes.label': { en: 'Show', 'zh-Hant': '顯示', 'zh-Hans': '显示' },
  'panes.input': { en: 'Text', 'zh-Hant': '原文', 'zh-Hans': '原文' },
  'panes.figures': { en: 'Figures', 'zh-Hant': '數字', 'zh-Hans': '数字' },
  'panes.article': { en: 'Reading view', 'zh-Hant': '閱讀檢視', 'zh-Hans': '阅读视图' },
});

/** The width up to which one pane shows at a time (style.css has the same). */
export const NARROW = '(max-width: 40rem)';
const PANES = ['input', 'figures', 'article'];

export class Panes {
  /** `main`: the <main> holding the panes; the bar goes first in it. */
  constructor(main) {
    this.main = main;
    this.narrow = matchMedia(NARROW);
    this.buttons = PANES.map((p) => h('button', { type: 'button', 'data-pane': p, 'aria-pressed': 'false' }, t(`panes.${p}`)));
    this.bar = h('div', { class: 'pane-switch', role: 'group', 'aria-label': t('panes.label') }, ...this.buttons);
    main.prepend(this.bar);
    this.bar.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-pane]');
      if (b) this.show(b.dataset.pane, { scroll: true });
    });
    // "Skip to the figures" shows them.
    for (const a of document.querySelectorAll('a[href="#figures-title"]')) a.addEventListener('click', () => this.show('figures'));
    this.show('input');
    onUiLanguage(() => {
      this.bar.setAttribute('aria-label', t('panes.label'));
      for (const b of this.buttons) b.textContent = t(`panes.${b.dataset.pane}`);
    });
  }

  /** Whether one pane shows at a time now. */
  isNarrow() {
    return this.narrow.matches;
  }

  /** Show a pane (on a narrow screen; a wide one shows all); `scroll`: bring the pane's top into view. */
  show(pane, { scroll = false } = {}) {
    document.body.dataset.pane = pane;
    for (const b of this.buttons) b.setAttribute('aria-pressed', String(b.dataset.pane === pane));
    // The pane starts under the bar: from the top of <main>, whatever was scrolled before.
    if (scroll && this.isNarrow()) window.scrollTo({ top: this.main.getBoundingClientRect().top + window.scrollY, behavior: 'instant' });
  }

  /** A pasted, dropped or opened text was analysed: its figures first. */
  resultArrived() {
    if (this.isNarrow() && document.body.dataset.pane === 'input') this.show('figures', { scroll: true });
  }
}
