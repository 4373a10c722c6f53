// Rise and fall colours by the article's readers' convention (js/rise.js), one
// function for the page and the widget.
import assert from 'node:assert/strict';
import test from 'node:test';
import { riseConvention } from '../../js/rise.js';

test('red up for mainland and Taiwanese Chinese text, green up for English and Hong Kong text', () => {
  const cases = [
    [{ language: 'zh-Hans' }, 'red-up', 'mainland Simplified'],
    [{ language: 'zh-Hant' }, 'red-up', 'Taiwan Traditional'],
    [{ language: 'zh-Hant', currency: 'TWD' }, 'red-up', 'Taiwan dollars'],
    [{ language: 'zh-Hans', currency: 'CNY' }, 'red-up', 'yuan'],
    [{ language: 'zh-Hant', currency: 'HKD' }, 'green-up', 'a Hong Kong article (HKD)'],
    [{ language: 'en' }, 'green-up', 'English'],
    [{ language: 'en', currency: 'HKD' }, 'green-up', 'English from Hong Kong'],
    [{ language: 'und', fallback: 'zh-Hans' }, 'red-up', 'undetermined text, a Chinese reader'],
    [{ language: 'und', fallback: 'en' }, 'green-up', 'undetermined text, an English reader'],
    [{}, 'green-up', 'nothing known'],
  ];
  for (const [article, want, what] of cases) assert.equal(riseConvention(article), want, what);
});

test('the reader\'s pick wins; anything else is ignored', () => {
  assert.equal(riseConvention({ language: 'en' }, 'red-up'), 'red-up');
  assert.equal(riseConvention({ language: 'zh-Hans' }, 'green-up'), 'green-up');
  assert.equal(riseConvention({ language: 'zh-Hans' }, 'auto'), 'red-up');
  assert.equal(riseConvention({ language: 'en' }, 'purple'), 'green-up');
});
