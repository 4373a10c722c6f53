// The figlens page: analyse the textarea as you type and show the figures, the
// blocks and the raw JSON. Everything is rendered with DOM nodes and textContent.
import { init, analyze } from '../js/web.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const htmlBox = $('html');
const status = $('status');
const figuresBody = $('figures').tBodies[0];
const blocksList = $('blocks');
const json = $('json');

const TYPING_DELAY_MS = 60;
const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
let ready = false;
let timer = 0;

/** Create an element with a class and text (or child nodes). */
function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const c of children) node.append(c ?? '');
  return node;
}

function withUnit(n, unit) {
  const s = numbers.format(n);
  if (!unit) return s;
  return unit === '%' ? `${s}%` : `${s} ${unit}`;
}

/** A figure's value for people: thousands separators, ranges, the unit and per. */
function formatValue(f) {
  // A date's value is its year; what it states is in `iso`.
  if (f.kind === 'date') return f.iso ?? (f.value === null ? '' : String(f.value));
  let s;
  if (f.low !== undefined && f.high !== undefined && (f.value === null || f.value === f.low)) {
    s = `${numbers.format(f.low)}–${withUnit(f.high, f.unit)}`;
  } else if (f.value !== null) {
    s = withUnit(f.value, f.unit);
  } else if (f.low !== undefined) {
    s = `≥ ${withUnit(f.low, f.unit)}`;
  } else {
    s = '';
  }
  if (f.per) s += ` per ${f.per}`;
  return s;
}

function renderFigures(a) {
  const rows = a.figures.map((f) => {
    const change = f.change === 'increase' ? el('span', 'up', '▲ increase')
      : f.change === 'decrease' ? el('span', 'down', '▼ decrease') : '';
    const row = el('tr', null,
      el('td', 'text', f.text),
      el('td', 'num', formatValue(f)),
      el('td', null, f.kind),
      el('td', null, change),
      el('td', null, f.approximate ? '≈ yes' : ''),
      el('td', null, f.period ?? ''),
      el('td', null, f.metric ?? ''),
    );
    row.tabIndex = 0;
    row.title = `characters ${f.start}–${f.end}`;
    const select = () => {
      input.focus();
      input.setSelectionRange(f.start, f.end);
    };
    row.addEventListener('click', select);
    row.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') select();
    });
    return row;
  });
  if (rows.length === 0) {
    const cell = el('td', null, 'No figures.');
    cell.colSpan = 7;
    rows.push(el('tr', 'empty', cell));
  }
  figuresBody.replaceChildren(...rows);
}

function renderBlocks(a) {
  blocksList.replaceChildren(...a.blocks.map((b) => {
    const item = el('li', `block ${b.kind}`, el('span', 'kind', b.kind), ' ', el('span', 'block-text', b.text));
    if (b.items && b.items.length) item.append(el('ul', 'items', ...b.items.map((t) => el('li', null, t))));
    return item;
  }));
}

function run() {
  clearTimeout(timer);
  if (!ready) return;
  const text = input.value;
  const started = performance.now();
  let a;
  try {
    a = analyze(text, { html: htmlBox.checked });
  } catch (e) {
    status.className = 'error';
    status.textContent = `${e.code ?? e.name}: ${e.message}`;
    return;
  }
  const ms = performance.now() - started;
  renderFigures(a);
  renderBlocks(a);
  json.textContent = JSON.stringify(a, null, 2);
  status.className = '';
  status.textContent = `${a.figures.length} figures · ${a.blocks.length} blocks · ${a.language} · ${ms.toFixed(1)} ms`;
}

function schedule(e) {
  clearTimeout(timer);
  // A paste or a drop is analysed at once; typing waits for a short pause.
  if (e && /^insertFrom(Paste|Drop)/.test(e.inputType ?? '')) run();
  else timer = setTimeout(run, TYPING_DELAY_MS);
}

input.addEventListener('input', schedule);
htmlBox.addEventListener('change', run);
$('clear').addEventListener('click', () => {
  input.value = '';
  run();
  input.focus();
});
$('load-sample').addEventListener('click', async () => {
  try {
    const res = await fetch('sample.txt');
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    input.value = await res.text();
    htmlBox.checked = false;
    run();
  } catch (e) {
    status.className = 'error';
    status.textContent = `Could not load the sample: ${e.message}`;
  }
});

try {
  await init();
  ready = true;
  document.body.dataset.ready = 'true';
  run();
  if (!input.value) status.textContent = 'Ready: paste an article or load the sample.';
} catch (e) {
  status.className = 'error';
  status.textContent = `figlens could not start: ${e.message}`;
}
