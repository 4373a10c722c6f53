// Host-page script of the widget tests: records what the widgets report and
// what the host's own handlers see, before any widget connects.
window.__results = [];
window.__errors = [];
window.__clicks = 0;
document.addEventListener('figlens-result', (e) => {
  window.__results.push({
    id: e.target.id || null,
    tag: e.target.localName,
    version: e.detail.version,
    language: e.detail.language,
    figures: e.detail.figures.map((f) => f.text),
    blockKinds: e.detail.figures.map((f) => e.detail.blocks[f.block].kind),
  });
});
document.addEventListener('figlens-error', (e) => {
  window.__errors.push(String(e.detail.error && e.detail.error.message));
});
const gdp = document.getElementById('gdp');
if (gdp) gdp.addEventListener('click', () => { window.__clicks++; });
