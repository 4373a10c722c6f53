// The words of the page's chart, table tools and phone panes (www/chart.js,
// chart-view.js, table-tools.js, panes.js) are in all three interface
// languages: translated (never the English copied), the same placeholders in
// each, and the chart's values written the interface's way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keys, setUiLanguage, t } from '../../www/i18n.js';
import { chartValue } from '../../www/chart.js';
import '../../www/chart-view.js';
import '../../www/table-tools.js';
import '../../www/panes.js';

const OURS = /^(chart|table|panes)\./;
const LATIN_ONLY = new Set(['SVG', 'PNG']); // names that stay as they are

function row(key) {
  const out = {};
  for (const lang of ['en', 'zh-Hant', 'zh-Hans']) {
    setUiLanguage(lang);
    out[lang] = t(key);
  }
  setUiLanguage('en');
  return out;
}

test('every chart, table-tool and pane word is translated, with the same placeholders', () => {
  const ours = keys().filter((k) => OURS.test(k));
  assert.ok(ours.length >= 30, `${ours.length} keys`);
  for (const key of ours) {
    const r = row(key);
    const holes = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
    for (const lang of ['zh-Hant', 'zh-Hans']) {
      assert.notEqual(r[lang], r.en, `${key} is translated into ${lang}`);
      assert.match(r[lang].replace(/SVG|PNG|CNY|\{\w+\}/g, ''), /[\u3400-\u9fff]/, `${key} in ${lang} is Chinese: ${r[lang]}`);
      assert.equal(holes(r[lang]), holes(r.en), `${key}: the same placeholders in ${lang}`);
    }
    for (const w of LATIN_ONLY) if (r.en.includes(w)) assert.ok(r['zh-Hant'].includes(w) && r['zh-Hans'].includes(w), `${key} keeps ${w}`);
  }
});

test('the chart writes values short, in the interface language', () => {
  assert.equal(chartValue(4.2e9, 'money:USD', 'en'), '$4.2B');
  assert.equal(chartValue(48000, 'count:person', 'en'), '48K people');
  assert.equal(chartValue(12, '%', 'en'), '12%');
  assert.equal(chartValue(-0.3, 'pp', 'en'), '-0.3 pp');
  assert.match(chartValue(1.2e10, 'money:CNY', 'zh-Hans'), /^CN¥120亿$|^¥120亿$/);
  assert.equal(chartValue(12000, 'count:person', 'zh-Hant'), '1.2萬人');
  assert.equal(chartValue(3, 'multiple', 'en'), '3×');
});
