// The article's arithmetic on the page (v1.1 `checks`, docs/schema.md): a mark
// next to each figure that takes part in a check, and the Arithmetic panel
// listing every check with its explanation and links to its figures. A
// warning is a symbol and a word as well as a colour, never colour alone.
import { h } from './dom.js';
import { register, t } from './i18n.js';
import { formatNumber } from '../js/format.js';

register({
  'checks.title': { en: 'Arithmetic', 'zh-Hant': '算術核對', 'zh-Hans': '算术核对' },
  'checks.hint': {
    en: 'Figures the article states as a result of other figures it states, recomputed at the precision written.',
    'zh-Hant': '文中由其他數字得出的數字，按所寫精度重新計算。',
    'zh-Hans': '文中由其他数字得出的数字，按所写精度重新计算。',
  },
  'checks.placeholder': {
    en: 'Each result the article states from its other figures is recomputed here.',
    'zh-Hant': '文中由其他數字得出的結果會在這裡重新計算。',
    'zh-Hans': '文中由其他数字得出的结果会在这里重新计算。',
  },
  'checks.none': {
    en: 'No figure in this article states a result its other figures can check.',
    'zh-Hant': '本文沒有可由其他數字核對的結果。',
    'zh-Hans': '本文没有可由其他数字核对的结果。',
  },
  'checks.summary': {
    en: '{n} checks: {ok} add up, {bad} do not.',
    'zh-Hant': '共 {n} 項核對：{ok} 項相符，{bad} 項不符。',
    'zh-Hans': '共 {n} 项核对：{ok} 项相符，{bad} 项不符。',
  },
  'checks.ok': { en: 'adds up', 'zh-Hant': '相符', 'zh-Hans': '相符' },
  'checks.bad': { en: 'does not add up', 'zh-Hant': '不符', 'zh-Hans': '不符' },
  'checks.stated': {
    en: 'stated {stated}, computed {computed}',
    'zh-Hant': '文中 {stated}，計算得 {computed}',
    'zh-Hans': '文中 {stated}，计算得 {computed}',
  },
  'checks.figures': { en: 'Figures:', 'zh-Hant': '數字：', 'zh-Hans': '数字：' },
  'checks.jump': { en: 'Show figure {n} in the article', 'zh-Hant': '在文中顯示第 {n} 個數字', 'zh-Hans': '在文中显示第 {n} 个数字' },
  'checks.member.ok': {
    en: 'part of a check that adds up',
    'zh-Hant': '參與的核對相符',
    'zh-Hans': '参与的核对相符',
  },
  'checks.member.bad': {
    en: 'part of a check that does not add up',
    'zh-Hant': '參與的核對不符',
    'zh-Hans': '参与的核对不符',
  },
  'checks.kind.ratio': { en: 'Ratio', 'zh-Hant': '比值', 'zh-Hans': '比值' },
  'checks.kind.change': { en: 'Change', 'zh-Hant': '變動', 'zh-Hans': '变动' },
  'checks.kind.difference': { en: 'Difference', 'zh-Hant': '差額', 'zh-Hans': '差额' },
  'checks.kind.sum': { en: 'Sum', 'zh-Hant': '合計', 'zh-Hans': '合计' },
  'checks.kind.per-capita': { en: 'Per head', 'zh-Hant': '人均', 'zh-Hans': '人均' },
  'checks.kind.range': { en: 'Range', 'zh-Hant': '範圍', 'zh-Hans': '范围' },
});

/** For each figure index in a check: whether every check it takes part in adds up, and those checks. */
export function checkMembership(analysis) {
  const members = new Map();
  (analysis.checks ?? []).forEach((c, k) => {
    for (const i of c.figures) {
      const m = members.get(i) ?? { ok: true, checks: [] };
      m.ok = m.ok && c.ok;
      m.checks.push(k);
      members.set(i, m);
    }
  });
  return members;
}

/** The mark shown next to a figure in a check: ✓ or ⚠, with the words for screen readers and on hover. */
export function checkBadge(member) {
  const words = t(member.ok ? 'checks.member.ok' : 'checks.member.bad');
  return h('span', { class: member.ok ? 'check-mark check-ok' : 'check-mark check-bad', title: words },
    h('span', { 'aria-hidden': 'true' }, member.ok ? '✓' : '⚠'),
    h('span', { class: 'visually-hidden' }, ` ${words}`));
}

// Stated and computed values as the check gives them: at most four decimals, no exponent.
const number = (n, lang) => (Number.isFinite(n) ? formatNumber(n, lang) : String(n));

/**
 * Draw the Arithmetic panel into `container`: a summary, then one item per
 * check (warnings first, then in order of the stated figure), each with its
 * kind, verdict, explanation and jump buttons (data-show-figure = index).
 * With no analysis: a placeholder.
 */
export function renderChecks(container, analysis, lang = 'en') {
  if (!analysis) {
    container.replaceChildren(h('p', { class: 'placeholder' }, t('checks.placeholder')));
    return;
  }
  const checks = analysis.checks ?? [];
  if (checks.length === 0) {
    container.replaceChildren(h('p', { class: 'muted' }, t('checks.none')));
    return;
  }
  const bad = checks.filter((c) => !c.ok).length;
  const order = checks.map((c, k) => k).sort((a, b) => (checks[a].ok - checks[b].ok) || (checks[a].figures[0] - checks[b].figures[0]));
  const items = order.map((k) => {
    const c = checks[k];
    const verdict = h('span', { class: c.ok ? 'check-verdict check-ok' : 'check-verdict check-bad' },
      h('span', { 'aria-hidden': 'true' }, c.ok ? '✓ ' : '⚠ '), t(c.ok ? 'checks.ok' : 'checks.bad'));
    const jumps = c.figures.map((i) => h('button', {
      type: 'button', class: 'link check-jump', 'data-show-figure': i, title: t('checks.jump', { n: i + 1 }),
    }, analysis.figures[i]?.text ?? `#${i + 1}`));
    const figures = [t('checks.figures')];
    jumps.forEach((b, n) => figures.push(n ? ' · ' : ' ', b));
    return h('li', { class: c.ok ? 'check ok' : 'check bad', 'data-check': k },
      h('p', { class: 'check-head' }, h('strong', null, t(`checks.kind.${c.kind}`)), ' ', verdict),
      h('p', { class: 'check-explain', lang: analysis.language === 'und' ? null : analysis.language }, c.explain),
      h('p', { class: 'check-values muted' }, t('checks.stated', { stated: number(c.stated, lang), computed: number(c.computed, lang) })),
      h('p', { class: 'check-figures' }, ...figures));
  });
  container.replaceChildren(
    h('p', { class: bad ? 'check-summary has-bad' : 'check-summary' }, t('checks.summary', { n: checks.length, ok: checks.length - bad, bad })),
    h('ul', { class: 'checks' }, ...items));
}
