// The engine: ../web.js compiles the wasm once, the first time a widget (or
// init()) needs it, sharing that download with `import 'figlens'` in the same
// bundle; the analyses run in one worker (worker.js) shared by every widget,
// so the host page's main thread never waits for them. Where no worker can
// be started (a CSP without worker-src for it, the script on another origin),
// they run on the main thread instead.
//
// engine.analyze(owner, text, options) resolves to the analysis, or to
// undefined when the same owner asked again before it started.

let engine = null;

/** The shared engine (`wasmUrl`: where the .wasm comes from; the first load decides). */
export function loadEngine(wasmUrl) {
  if (!engine) {
    const loading = start(wasmUrl);
    engine = loading;
    // A failed load can be retried by the next widget (with another wasm-url, say).
    loading.catch(() => {
      if (engine === loading) engine = null;
    });
  }
  return engine;
}

async function start(wasmUrl) {
  const web = await import('../web.js');
  const options = wasmUrl == null ? undefined : { wasmUrl };
  const module = await web.__compile(options);
  try {
    return await inWorker(module);
  } catch (e) {
    if (e !== NO_WORKER) throw e;
  }
  await web.init(options);
  return { analyze: async (owner, text, opts) => web.analyze(text, opts) };
}

const NO_WORKER = {};

/**
 * Jobs to one worker, one at a time; an owner's newest waiting job replaces
 * its older one. Rejects with NO_WORKER if the worker cannot start.
 */
function inWorker(module) {
  const waiting = new Map(); // owner → { id, text, options, resolve, reject }
  let running = null;
  let live = null; // the worker, once it said it is ready
  let id = 0;

  const pump = () => {
    if (!live || running || waiting.size === 0) return;
    const [owner, job] = waiting.entries().next().value;
    waiting.delete(owner);
    running = job;
    live.postMessage({ type: 'analyze', id: job.id, text: job.text, options: job.options });
  };

  const spawn = () => new Promise((resolve, reject) => {
    // Written as bundlers recognize it, so that they bundle the worker too.
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'figlens' });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      if (live !== worker) {
        reject(NO_WORKER); // its script could not load or run
        return;
      }
      // It died (out of memory, say): this job fails, the waiting ones go to a new worker.
      worker.terminate();
      live = null;
      running?.reject(figlensError('internal', `the analysis worker stopped: ${e.message || 'unknown error'}`));
      running = null;
      spawn().then(pump, () => {
        for (const job of waiting.values()) job.reject(figlensError('internal', 'the analysis worker could not be restarted'));
        waiting.clear();
      });
    });
    worker.addEventListener('message', ({ data: m }) => {
      if (m.type === 'ready') {
        live = worker;
        resolve();
      } else if (live !== worker) {
        reject(figlensError(m.code, m.message));
      } else if (m.id === running?.id) {
        const job = running;
        running = null;
        if (m.type === 'result') job.resolve(m.analysis);
        else job.reject(figlensError(m.code, m.message));
        pump();
      }
    });
    worker.postMessage({ type: 'init', module });
  });

  let started;
  try {
    started = spawn();
  } catch {
    return Promise.reject(NO_WORKER); // not allowed here (a script on another origin)
  }
  return started.then(() => ({
    analyze(owner, text, options) {
      return new Promise((resolve, reject) => {
        waiting.get(owner)?.resolve(undefined);
        waiting.delete(owner);
        waiting.set(owner, { id: ++id, text, options, resolve, reject });
        pump();
      });
    },
  }));
}

/** What analyze() throws, rebuilt on this side of the worker. */
function figlensError(code, message) {
  const e = new Error(message);
  e.name = 'FiglensError';
  e.code = code;
  return e;
}
