// Measuring main-thread freezes on the page (bench/page-freeze.mjs, and
// page-freeze.test.mjs for the loose bound): the inputs, built from the
// repository's own fixtures, and the in-page recorders.
import { readFileSync } from 'node:fs';
import { setClipboard } from './page-helpers.mjs';

const fixture = (p) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');

/** Repeat `unit` until the UTF-8 length reaches `bytes`. */
export function repeatTo(unit, bytes) {
  const n = Math.ceil(bytes / Buffer.byteLength(unit));
  return unit.repeat(n);
}

/**
 * The three inputs of issue 19: a 300 KB web page pasted (the fixture news page's
 * body repeated; its text as the clipboard's plain text), a 1 MB Chinese .txt
 * opened (the seed repeated) and 5 MB of text pasted (the seed repeated).
 */
export function freezeInputs({ htmlBytes = 300_000, fileBytes = 1_048_576, pasteBytes = 5 * 1_048_576 } = {}) {
  const seed = fixture('000_c3625e4dd3ccaf1d.txt');
  const page = fixture('pages/news-zh-hant.html');
  const open = page.search(/<body[^>]*>/i);
  const openEnd = page.indexOf('>', open) + 1;
  const close = page.search(/<\/body>/i);
  const body = page.slice(openEnd, close);
  const html = page.slice(0, openEnd) + repeatTo(body, htmlBytes - (page.length - body.length)) + page.slice(close);
  const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<[^>]*>/g, '').replace(/\n\s*\n+/g, '\n');
  return {
    html: { label: `${Math.round(Buffer.byteLength(html) / 1000)} KB HTML paste`, clipboard: { text, html } },
    file: {
      label: `${(fileBytes / 1_048_576).toFixed(0)} MB .txt file opened`,
      file: { name: 'seed-1mb.txt', mimeType: 'text/plain', buffer: Buffer.from(repeatTo(seed, fileBytes)) },
    },
    paste: { label: `${(pasteBytes / 1_048_576).toFixed(0)} MB text paste`, clipboard: { text: repeatTo(seed, pasteBytes) } },
  };
}

/**
 * Start recording: a trace of the page's main thread (each task's wall time and
 * CPU time), long tasks, animation frames, the first progress or result, the
 * result drawn. The machine may be shared: a task's CPU time is what it costs,
 * its wall time also counts waiting for a core.
 */
export async function watchFreeze(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  page.__freezeTrace = { cdp, events };
  await page.evaluate(() => {
    const f = { start: null, tasks: [], frames: [], feedback: null, drawn: null };
    window.__freeze = f;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) f.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    const begin = (e) => {
      if (f.start !== null) return;
      f.start = e.timeStamp;
      performance.mark('freeze:start');
    };
    window.addEventListener('paste', begin, true);
    window.addEventListener('change', begin, true);
    window.addEventListener('drop', begin, true);
    const frame = () => {
      f.frames.push(performance.now());
      if (f.drawn === null || performance.now() - f.drawn < 300) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    // Feedback is seen at the frame after the DOM shows it.
    const progress = document.getElementById('progress');
    const seen = () => {
      const shown = !progress.hidden || document.body.dataset.analysedLength !== undefined;
      if (f.start !== null && f.feedback === null && shown) requestAnimationFrame(() => { f.feedback ??= performance.now(); });
    };
    new MutationObserver(seen).observe(progress, { attributes: true });
    new MutationObserver(() => {
      seen();
      const b = document.body.dataset;
      const want = b.inputLength ?? String(document.getElementById('input').value.length);
      if (f.start !== null && f.drawn === null && !b.busy && b.analysedLength === want) {
        f.drawn = performance.now();
        performance.mark('freeze:drawn');
      }
    }).observe(document.body, { attributes: true });
  });
}

/**
 * Wait until the result is drawn, then report (ms, from the paste or file
 * event): longest task, long-task count, longest frame gap, first feedback, drawn.
 */
export async function freezeReport(page, timeout = 120_000) {
  await page.waitForFunction(() => window.__freeze.drawn !== null, null, { timeout, polling: 250 });
  await page.waitForTimeout(400);
  const { cdp, events } = page.__freezeTrace;
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  // The page's main thread is where the marks are; its tasks from the paste or file event to the result drawn.
  const start = events.find((e) => e.name === 'freeze:start');
  const drawn = events.find((e) => e.name === 'freeze:drawn');
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === start.pid && e.tid === start.tid
    && e.ts + e.dur > start.ts && e.ts < drawn.ts);
  const longestWall = Math.max(0, ...tasks.map((t) => t.dur / 1000));
  const longestCpu = Math.max(0, ...tasks.map((t) => (t.tdur ?? t.dur) / 1000));
  const measured = await page.evaluate(() => {
    const f = window.__freeze;
    const tasks = f.tasks.filter((t) => t.start + t.duration > f.start && t.start < f.drawn);
    let frameGap = 0;
    for (let i = 1; i < f.frames.length; i++) {
      if (f.frames[i] > f.start && f.frames[i - 1] < f.drawn) frameGap = Math.max(frameGap, f.frames[i] - f.frames[i - 1]);
    }
    return {
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      longTasks: tasks.length,
      frameGap,
      firstFeedback: (f.feedback ?? f.drawn) - f.start,
      drawn: f.drawn - f.start,
    };
  });
  return { ...measured, longestWall, longestCpu, tasks: tasks.length };
}

/**
 * Make the File in the page beforehand: Playwright's setInputFiles builds it
 * in the page's main thread from base64, a second for a megabyte, which a
 * user's Open file… never costs the page.
 */
export async function prepareFile(page, { name, mimeType, buffer }) {
  await page.route('**/__freeze/file', (r) => r.fulfill({ body: buffer, contentType: 'application/octet-stream' }));
  await page.evaluate(async ({ name, mimeType }) => {
    const blob = await (await fetch('/__freeze/file')).blob();
    window.__freezeFile = new File([blob], name, { type: mimeType });
  }, { name, mimeType });
}

/** Choose the prepared file in the Open file… input, as the file dialog does. */
export async function openPreparedFile(page) {
  await page.evaluate(() => {
    const files = new DataTransfer();
    files.items.add(window.__freezeFile);
    const input = document.getElementById('file');
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/**
 * Deliver one of `freezeInputs()` to the page as a user would, the recorders
 * watching: its text on the clipboard, then select-all and paste into the
 * input box, or its file made beforehand, then chosen in Open file….
 * Returns the time (Date.now()) the paste or the open began.
 */
export async function deliverInput(browser, page, input) {
  if (input.clipboard) await setClipboard(browser, input.clipboard);
  else await prepareFile(page, input.file);
  await watchFreeze(page);
  const started = Date.now();
  if (input.clipboard) {
    await page.locator('#input').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
  } else {
    await openPreparedFile(page);
  }
  return started;
}
