// <fig-lens> on host pages of their own colours and direction: theme="auto"
// takes the page behind the widget (its computed background, else its
// color-scheme), not the reader's system; theme="light"/"dark" still force;
// on a dir="rtl" page the panel keeps its values in reading order.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from './harness.mjs';

const WAIT = { timeout: 30000 };
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(27, 31, 36)';
let browser;
let page;

before(async () => {
  browser = await openBrowser({ viewport: { width: 1100, height: 700 } });
  page = browser.page;
});
after(() => browser?.close());

async function open(name, colorScheme) {
  browser.problems.length = 0;
  await page.emulateMedia({ colorScheme });
  await page.goto(`${browser.url}/tests/browser/widget/${name}`);
  await page.waitForFunction(() => window.__results.length >= 1, null, WAIT);
}

const panel = () => page.evaluate(() => {
  const p = document.querySelector('fig-lens').shadowRoot.querySelector('.panel');
  const s = getComputedStyle(p);
  return { background: s.backgroundColor, color: s.color, direction: s.direction };
});

async function noProblems() {
  assert.deepEqual(await browser.cspViolations(), [], 'no CSP violation');
  assert.deepEqual(browser.problems, [], 'no page error or console error');
}

test('a light news page: a light panel, even when the reader’s system is dark', async () => {
  await open('host.html', 'dark');
  assert.equal((await panel()).background, LIGHT_BG);
  // The attribute still forces.
  await page.evaluate(() => document.querySelector('fig-lens').setAttribute('theme', 'dark'));
  assert.equal((await panel()).background, DARK_BG);
  await page.evaluate(() => document.querySelector('fig-lens').removeAttribute('theme'));
  assert.equal((await panel()).background, LIGHT_BG);
  await noProblems();
});

test('a dark news page: a dark panel, even when the reader’s system is light; theme="light" forces light', async () => {
  await open('dark-host.html', 'light');
  const p = await panel();
  assert.equal(p.background, DARK_BG);
  assert.equal(p.color, 'rgb(230, 233, 236)', 'light text on the dark panel');
  await page.evaluate(() => document.querySelector('fig-lens').setAttribute('theme', 'light'));
  assert.equal((await panel()).background, LIGHT_BG);
  await page.evaluate(() => document.querySelector('fig-lens').setAttribute('theme', 'auto'));
  assert.equal((await panel()).background, DARK_BG);
  await noProblems();
});

test('a site that switches its own theme (a class on <body>) is followed at once', async () => {
  await open('host.html', 'light');
  assert.equal((await panel()).background, LIGHT_BG);
  await page.evaluate(() => {
    document.body.className = 'night';
    document.body.style.setProperty('background-color', 'rgb(20, 22, 26)');
  });
  await page.waitForFunction((bg) => getComputedStyle(document.querySelector('fig-lens').shadowRoot.querySelector('.panel')).backgroundColor === bg, DARK_BG, WAIT);
  await page.evaluate(() => {
    document.body.className = '';
    document.body.style.removeProperty('background-color');
  });
  await page.waitForFunction((bg) => getComputedStyle(document.querySelector('fig-lens').shadowRoot.querySelector('.panel')).backgroundColor === bg, LIGHT_BG, WAIT);
  await noProblems();
});

test('a transparent page with color-scheme "light dark" is as dark as the canvas the system gives it', async () => {
  await open('host.html', 'dark');
  await page.evaluate(() => document.documentElement.style.setProperty('color-scheme', 'light dark'));
  await page.waitForFunction((bg) => getComputedStyle(document.querySelector('fig-lens').shadowRoot.querySelector('.panel')).backgroundColor === bg, DARK_BG, WAIT);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction((bg) => getComputedStyle(document.querySelector('fig-lens').shadowRoot.querySelector('.panel')).backgroundColor === bg, LIGHT_BG, WAIT);
  await noProblems();
});

test('a dir="rtl" host: the panel reads left to right, a range’s low end first', async () => {
  await open('rtl-host.html', 'light');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('fig-lens')).direction), 'rtl', 'the host is rtl');
  assert.equal((await panel()).direction, 'ltr');
  // Where the glyphs are drawn: "20,000" left of "90,000", the unit after them, "≈" before its number.
  const order = await page.evaluate(() => {
    const values = [...document.querySelector('fig-lens').shadowRoot.querySelectorAll('.value')];
    const x = (node, s) => {
      const i = node.textContent.indexOf(s);
      if (i < 0) return null;
      const r = document.createRange();
      r.setStart(node.firstChild, i);
      r.setEnd(node.firstChild, i + s.length);
      return r.getBoundingClientRect().left;
    };
    const range = values.find((v) => v.textContent.includes('90,000'));
    const about = values.find((v) => v.textContent.includes('1,500,000'));
    return {
      range: range.textContent, low: x(range, '20,000'), high: x(range, '90,000'), unit: x(range, 'people'),
      about: about.textContent, sign: x(about, '≈'), number: x(about, '1,500,000'),
    };
  });
  assert.equal(order.range, '20,000–90,000 people');
  assert.ok(order.low < order.high && order.high < order.unit, `drawn in reading order: ${JSON.stringify(order)}`);
  assert.ok(order.sign < order.number, `≈ before its number: ${JSON.stringify(order)}`);
  await noProblems();
});
