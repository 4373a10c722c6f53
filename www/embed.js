// The widget sample page (embed.html): the snippet with this server's address,
// a copy button, the attribute controls, and the figlens-result event shown.
const lens = document.getElementById('lens');
const snippet = document.getElementById('snippet');
const copy = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');
const controls = document.getElementById('controls');
const event = document.getElementById('event');
const story = document.getElementById('story');

// The snippet, with the address this page's widget comes from.
const widgetUrl = new URL('../js/widget.js', import.meta.url).href;
snippet.textContent = `<script type="module" src="${widgetUrl}"></script>\n<fig-lens for="story"></fig-lens>`;

copy.disabled = !(navigator.clipboard && window.isSecureContext);
copy.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent);
    copyStatus.textContent = 'Copied.';
  } catch (e) {
    copyStatus.textContent = `Could not copy (${e.message}); select the text instead.`;
  }
});

controls.addEventListener('change', (e) => {
  const field = e.target;
  if (field.name === 'edit') {
    story.contentEditable = field.checked ? 'true' : 'false';
    if (field.checked) story.focus();
    return;
  }
  if (field.value === '') lens.removeAttribute(field.name);
  else lens.setAttribute(field.name, field.value);
});
controls.addEventListener('submit', (e) => e.preventDefault());

lens.addEventListener('figlens-result', (e) => {
  const a = e.detail;
  const kinds = new Map();
  for (const f of a.figures) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
  const summary = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
  event.textContent = `figlens-result: ${a.figures.length} figures in the article body (${summary}); language ${a.language}; ${a.blocks.length} blocks.`;
});
lens.addEventListener('figlens-error', (e) => {
  event.textContent = `figlens-error: ${e.detail.error.message}`;
});
