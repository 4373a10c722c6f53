// The page's interface language (www/i18n.js): browser tags, placeholders, registration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserLanguage, register, t, setUiLanguage, uiLanguage } from '../../www/i18n.js';

test('browser language tags choose the interface language', () => {
  const cases = [
    [['zh-TW'], 'zh-Hant'], [['zh-HK', 'en'], 'zh-Hant'], [['zh-Hant-TW'], 'zh-Hant'], [['zh-MO'], 'zh-Hant'],
    [['zh-CN'], 'zh-Hans'], [['zh'], 'zh-Hans'], [['zh-Hans-SG'], 'zh-Hans'], [['zh-SG'], 'zh-Hans'],
    [['en-GB', 'zh-TW'], 'en'], [['fr-FR', 'zh-TW'], 'zh-Hant'], [['de'], 'en'], [[], 'en'],
  ];
  for (const [tags, want] of cases) assert.equal(browserLanguage(tags), want, tags.join(','));
});

test('a row reads in the chosen language, placeholders filled', () => {
  register({ 'test.rows': { en: '{n} rows', 'zh-Hant': '{n} 列', 'zh-Hans': '{n} 行' } });
  setUiLanguage('zh-Hans');
  assert.equal(uiLanguage(), 'zh-Hans');
  assert.equal(t('test.rows', { n: 3 }), '3 行');
  setUiLanguage('en');
  assert.equal(t('test.rows', { n: 12 }), '12 rows');
  assert.throws(() => t('test.missing'), /no string/);
  assert.throws(() => register({ 'test.half': { en: 'x', 'zh-Hant': 'y' } }), /lacks zh-Hans/);
  assert.throws(() => setUiLanguage('fr'), /unknown language/);
});
