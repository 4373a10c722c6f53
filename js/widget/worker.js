// The widget's analyses run here, off the host page's main thread: a dense
// article takes seconds inside WebAssembly, and the host page must not freeze
// for them. The main thread (engine.js) compiles the module once and sends it.
//
// In:  { type: 'init', module: WebAssembly.Module }
//      { type: 'analyze', id, text, options }
// Out: { type: 'ready' } or { type: 'error', id: null, code, message }
//      { type: 'result', id, analysis } or { type: 'error', id, code, message }
import { analyze, initSync } from '../web.js';

self.addEventListener('message', ({ data: m }) => {
  let reply;
  try {
    if (m.type === 'init') {
      initSync(m.module);
      reply = { type: 'ready' };
    } else {
      reply = { type: 'result', id: m.id, analysis: analyze(m.text, m.options) };
    }
  } catch (e) {
    reply = { type: 'error', id: m.id ?? null, code: e.code ?? 'internal', message: e.message ?? String(e) };
  }
  self.postMessage(reply);
});
