// The chart's part of the page: what to chart (rises, falls and ranges; every
// amount; or the reader's own pick of figures), the chart itself (chart.js)
// and its downloads as SVG and PNG. app.js calls update() with each analysis.
import { download, el, h } from './dom.js';
import { chartItems, computedPaint, drawScene, renderChart, sceneSvgFile } from './chart.js';
import { onUiLanguage, register, t } from './i18n.js';

register({
  'chart.caption': { en: 'Chart', 'zh-Hant': '圖表', 'zh-Hans': '图表' },
  'chart.captionBody': { en: 'Chart of the article body ({n})', 'zh-Hant': '正文圖表（{n}）', 'zh-Hans': '正文图表（{n}）' },
  'chart.captionAll': { en: 'Chart of the whole text ({n})', 'zh-Hant': '全文圖表（{n}）', 'zh-Hans': '全文图表（{n}）' },
  'chart.show': { en: 'Chart', 'zh-Hant': '圖表內容', 'zh-Hans': '图表内容' },
  'chart.mode.changes': { en: 'Rises, falls and ranges', 'zh-Hant': '升降與區間', 'zh-Hans': '升降与区间' },
  'chart.mode.all': { en: 'Every amount', 'zh-Hant': '所有數值', 'zh-Hans': '所有数值' },
  'chart.mode.pick': { en: 'My pick', 'zh-Hant': '自選', 'zh-Hans': '自选' },
  'chart.pick': { en: 'Pick the figures to chart', 'zh-Hant': '選擇要畫的數字', 'zh-Hans': '选择要画的数字' },
  'chart.pickAll': { en: 'Select all', 'zh-Hant': '全選', 'zh-Hans': '全选' },
  'chart.pickNone': { en: 'Select none', 'zh-Hant': '全不選', 'zh-Hans': '全不选' },
  'chart.pickMore': {
    en: 'The first {shown} of {n} figures are listed.',
    'zh-Hant': '列出 {n} 個數字中的前 {shown} 個。',
    'zh-Hans': '列出 {n} 个数字中的前 {shown} 个。',
  },
  'chart.svg': { en: 'Download SVG', 'zh-Hant': '下載 SVG', 'zh-Hans': '下载 SVG' },
  'chart.png': { en: 'Download PNG', 'zh-Hant': '下載 PNG', 'zh-Hans': '下载 PNG' },
  'chart.placeholder': {
    en: 'Amounts, percentages and counts appear here as bars, one panel per unit.',
    'zh-Hant': '金額、百分比和數量在此畫成長條，每種單位一格。',
    'zh-Hans': '金额、百分比和数量在此画成条形，每种单位一格。',
  },
  'chart.none': {
    en: 'No amounts, percentages or counts to chart among these figures.',
    'zh-Hant': '這些數字中沒有可畫的金額、百分比或數量。',
    'zh-Hans': '这些数字中没有可画的金额、百分比或数量。',
  },
  'chart.noChanges': {
    en: 'No rises, falls or ranges among these figures: every amount is drawn.',
    'zh-Hant': '這些數字中沒有升降或區間：畫出所有數值。',
    'zh-Hans': '这些数字中没有升降或区间：画出所有数值。',
  },
  'chart.nonePicked': {
    en: 'No figures picked: tick some under “Pick the figures to chart”.',
    'zh-Hant': '尚未選擇數字：請在「選擇要畫的數字」中勾選。',
    'zh-Hans': '尚未选择数字：请在“选择要画的数字”中勾选。',
  },
});

const PICK_LIST = 300; // checkboxes listed at most (the chart draws 40 bars)

export class ChartView {
  /** `figure`: the <figure> holding the chart; `stem()`: the download files' name stem. */
  constructor(figure, { stem }) {
    this.figure = figure;
    this.caption = figure.querySelector('figcaption');
    this.root = figure.querySelector('#chart');
    this.stem = stem;
    this.mode = 'changes';
    this.picked = null; // Set of item keys, in 'pick' mode
    this.items = [];
    this.scene = null;
    this.analysis = null;

    // Elements with their words' keys (data-i18n): relabelled when the language changes.
    const word = (tag, attrs, key) => h(tag, { ...attrs, 'data-i18n': key }, t(key));
    this.modeSelect = h('select', { id: 'chart-mode' },
      ...['changes', 'all', 'pick'].map((m) => word('option', { value: m }, `chart.mode.${m}`)));
    this.svgButton = word('button', { type: 'button', id: 'chart-svg', disabled: true }, 'chart.svg');
    this.pngButton = word('button', { type: 'button', id: 'chart-png', disabled: true }, 'chart.png');
    this.list = h('ul', { class: 'pick-list' });
    this.listNote = el('p', 'note');
    this.pick = h('details', { class: 'chart-pick', id: 'chart-pick' },
      word('summary', null, 'chart.pick'),
      h('div', { class: 'pick-actions' },
        word('button', { type: 'button', 'data-pick': 'all' }, 'chart.pickAll'),
        word('button', { type: 'button', 'data-pick': 'none' }, 'chart.pickNone')),
      this.list, this.listNote);
    this.note = h('p', { class: 'note', id: 'chart-note', hidden: true });
    this.controls = h('div', { class: 'chart-controls' },
      word('label', { for: 'chart-mode' }, 'chart.show'), this.modeSelect, this.svgButton, this.pngButton);
    this.caption.after(this.controls, this.pick, this.note);
    this.draw();
    onUiLanguage(() => {
      for (const e of this.figure.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
      // The items' labels and values are in the interface's language too.
      if (this.analysis) this.update(this.analysis, this.indices, this.options);
    });

    this.modeSelect.addEventListener('change', () => {
      this.mode = this.modeSelect.value;
      if (this.mode === 'pick') {
        this.picked ??= new Set(this.#chosen().map((d) => d.key));
        this.pick.open = true;
      }
      this.draw();
    });
    this.pick.addEventListener('toggle', () => {
      if (this.pick.open) this.#drawList();
    });
    this.pick.addEventListener('change', (e) => {
      const box = e.target.closest('input[type="checkbox"]');
      if (!box) return;
      this.#startPick();
      if (box.checked) this.picked.add(box.value);
      else this.picked.delete(box.value);
      this.draw({ list: false });
    });
    this.pick.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-pick]');
      if (!b) return;
      this.#startPick();
      this.picked = new Set(b.dataset.pick === 'all' ? this.items.map((d) => d.key) : []);
      this.draw();
    });
    this.svgButton.addEventListener('click', () => this.#download('svg'));
    this.pngButton.addEventListener('click', () => this.#download('png'));
  }

  /**
   * A new analysis or filter: `indices` are the figures the chart may draw,
   * `context(i)` a few words before figure i in its sentence.
   */
  update(analysis, indices, { bodyOnly, context, width } = {}) {
    if (analysis !== this.analysis) {
      // A new analysis: the reader's pick was of the old one's figures.
      this.analysis = analysis;
      this.picked = null;
      if (this.mode === 'pick') this.mode = 'changes';
      this.modeSelect.value = this.mode;
    }
    this.bodyOnly = bodyOnly;
    this.indices = indices;
    this.options = { bodyOnly, context, width };
    this.items = analysis ? chartItems(analysis, indices, context) : [];
    this.width = width ?? this.width;
    this.draw();
  }

  resize(width) {
    this.width = width;
    if (this.analysis) this.draw({ list: false });
  }

  #startPick() {
    if (this.mode === 'pick') return;
    this.picked = new Set(this.#chosen().map((d) => d.key));
    this.mode = 'pick';
    this.modeSelect.value = 'pick';
  }

  /** The items the mode picks; `fallback` is set when "changes" found none and every amount is drawn. */
  #chosen() {
    if (this.mode === 'all') return this.items;
    if (this.mode === 'pick') return this.items.filter((d) => this.picked?.has(d.key));
    const changes = this.items.filter((d) => d.changed);
    return changes.length ? changes : this.items;
  }

  draw({ list = true } = {}) {
    if (!this.analysis) {
      this.caption.textContent = t('chart.caption');
      this.root.replaceChildren(el('p', 'placeholder', t('chart.placeholder')));
      this.note.hidden = true;
      this.svgButton.disabled = true;
      this.pngButton.disabled = true;
      this.scene = null;
      this.list.replaceChildren();
      return;
    }
    const chosen = this.#chosen();
    const fellBack = this.mode === 'changes' && chosen.length > 0 && !chosen.some((d) => d.changed);
    this.note.hidden = !fellBack;
    this.note.textContent = fellBack ? t('chart.noChanges') : '';
    this.caption.textContent = t(this.bodyOnly ? 'chart.captionBody' : 'chart.captionAll', { n: chosen.length });
    const empty = this.mode === 'pick' && this.items.length ? t('chart.nonePicked') : t('chart.none');
    this.scene = renderChart(this.root, chosen, this.width || this.root.clientWidth || 300, { empty });
    this.svgButton.disabled = this.scene === null;
    this.pngButton.disabled = this.scene === null;
    if (list && this.pick.open) this.#drawList();
  }

  /** The checkboxes of the pick: one per chartable figure, ticked when it is drawn. */
  #drawList() {
    const drawn = new Set(this.#chosen().map((d) => d.key));
    const listed = this.items.slice(0, PICK_LIST);
    this.list.replaceChildren(...listed.map((d) => {
      const id = `chart-pick-${d.key}`;
      return h('li', null, h('input', { type: 'checkbox', id, value: d.key, checked: drawn.has(d.key) }),
        h('label', { for: id }, `${d.label}: `, h('span', { class: 'pick-value' }, d.valueText)));
    }));
    this.listNote.hidden = this.items.length <= PICK_LIST;
    this.listNote.textContent = this.items.length > PICK_LIST ? t('chart.pickMore', { shown: PICK_LIST, n: this.items.length }) : '';
  }

  #download(format) {
    const drawn = this.root.querySelector('svg.bars');
    if (!this.scene || !drawn) return;
    const paint = computedPaint(drawn, this.scene);
    const name = `${this.stem()}-chart.${format}`;
    if (format === 'svg') {
      download(sceneSvgFile(this.scene, paint), 'image/svg+xml', name);
      return;
    }
    const scale = 2; // sharp on high-density screens and in print
    const canvas = document.createElement('canvas');
    canvas.width = this.scene.width * scale;
    canvas.height = this.scene.height * scale;
    const ctx = canvas.getContext('2d');
    ctx.scale(scale, scale);
    drawScene(ctx, this.scene, paint);
    canvas.toBlob((blob) => {
      if (blob) download(blob, 'image/png', name);
    }, 'image/png');
  }
}
