// The engine: ../web.js, imported and initialized once, the first time a widget
// (or init()) needs it, and shared by every widget and by `import 'figlens'`
// in the same bundle.

let engine = null;

/** The web build's module, initialized (`wasmUrl`: where the .wasm comes from; the first load decides). */
export function loadEngine(wasmUrl) {
  if (!engine) {
    const loading = import('../web.js').then(async (m) => {
      await m.init(wasmUrl == null ? undefined : { wasmUrl });
      return m;
    });
    engine = loading;
    // A failed load can be retried by the next widget (with another wasm-url, say).
    loading.catch(() => {
      if (engine === loading) engine = null;
    });
  }
  return engine;
}
