// The analysis engine of the page: one Web Worker running the wasm build, fed
// a WebAssembly.Module compiled once on the main thread with
// WebAssembly.compileStreaming (it compiles while the bytes arrive, off the
// main thread). One job runs at a time; while it runs, the newest request waits
// (older waiting requests are dropped). cancel() terminates the worker, which
// is the only way to stop a synchronous wasm call, and starts a new one.

const WASM_URL = new URL('../pkg/web/figlens_bg.wasm', import.meta.url);
const WORKER_URL = new URL('analysis-worker.js', import.meta.url);

async function compileWasm() {
  try {
    return await WebAssembly.compileStreaming(fetch(WASM_URL));
  } catch (e) {
    // A server that does not say application/wasm: compile from the bytes.
    const res = await fetch(WASM_URL);
    if (!res.ok) throw new Error(`could not load ${WASM_URL.pathname}: ${res.status} ${res.statusText}`);
    return WebAssembly.compile(await res.arrayBuffer());
  }
}

/** Put the parts of a result back: each part's items go at the end of the list it names. */
function joinParts(analysis, parts = []) {
  for (const { path, items } of parts) {
    const [a, b] = path.split('.');
    const list = b ? analysis[a][b] : analysis[a];
    for (const item of items) list.push(item);
  }
  return analysis;
}

export class Engine {
  /**
   * Callbacks: onReady({ firstTime, filesArrived }), onStart(job), onResult(job, result),
   * onError(job, error), onIdle().
   */
  constructor(callbacks) {
    this.cb = callbacks;
    this.worker = null;
    this.ready = false;
    this.running = null; // { id, text, options, started }
    this.waiting = null;
    this.nextId = 1;
    this.everReady = false;
    this.modulePromise = compileWasm();
    this.spawn();
  }

  spawn() {
    this.ready = false;
    const worker = new Worker(WORKER_URL, { type: 'module', name: 'figlens analysis' });
    this.worker = worker;
    worker.addEventListener('message', (e) => this.onMessage(worker, e.data));
    worker.addEventListener('error', (e) => {
      if (worker !== this.worker) return;
      e.preventDefault?.();
      this.fail(`the analysis worker failed to start: ${e.message || 'unknown error'}`);
    });
    this.modulePromise.then(
      (module) => {
        if (worker === this.worker) worker.postMessage({ type: 'init', module });
      },
      (e) => this.fail(`figlens could not load its WebAssembly module: ${e.message}`),
    );
  }

  fail(message) {
    const job = this.running;
    this.running = null;
    this.cb.onError(job, { code: 'not-initialized', message });
    this.cb.onIdle?.();
  }

  onMessage(worker, m) {
    if (worker !== this.worker) return; // a message from a terminated worker
    if (m.type === 'ready') {
      this.ready = true;
      const firstTime = !this.everReady;
      this.everReady = true;
      // The last of this page's files to arrive, in this page's clock.
      let filesArrived = 0;
      if (firstTime) {
        const nav = performance.getEntriesByType('navigation')[0];
        filesArrived = nav ? nav.responseEnd : 0;
        for (const r of performance.getEntriesByType('resource')) filesArrived = Math.max(filesArrived, r.responseEnd);
        const shift = m.timeOrigin - performance.timeOrigin;
        for (const r of m.files) filesArrived = Math.max(filesArrived, r.responseEnd + shift);
      }
      this.cb.onReady({ firstTime, filesArrived });
      this.pump();
    } else if (m.type === 'part') {
      // A large result comes in parts, one message each: a message is
      // deserialized in one main-thread task, and one of megabytes takes long.
      if (this.running && m.id === this.running.id) (this.running.parts ??= []).push(m);
    } else if (m.type === 'result' || m.type === 'error') {
      const job = this.running;
      if (!job || (m.id !== null && m.id !== job.id)) {
        if (m.type === 'error' && m.id === null) this.fail(m.message);
        return;
      }
      this.running = null;
      job.ms = m.ms;
      job.bytes = m.bytes;
      if (m.type === 'result') this.cb.onResult(job, joinParts(m.analysis, job.parts));
      else this.cb.onError(job, { code: m.code, message: m.message });
      this.pump();
    }
  }

  /** Ask for an analysis; it starts now, or after the running one (replacing any waiting one). */
  analyze(text, options, extra = {}) {
    this.waiting = { id: this.nextId++, text, options, ...extra };
    this.pump();
  }

  pump() {
    if (!this.ready || this.running || !this.waiting) {
      if (!this.running && !this.waiting) this.cb.onIdle?.();
      return;
    }
    const job = this.waiting;
    this.waiting = null;
    job.started = performance.now();
    this.running = job;
    this.worker.postMessage({ type: 'analyze', id: job.id, text: job.text, options: job.options });
    this.cb.onStart(job);
  }

  get busy() {
    return this.running !== null;
  }

  /** Stop the running analysis (and drop the waiting one): a new worker takes over. */
  cancel() {
    const job = this.running;
    this.running = null;
    this.waiting = null;
    this.worker.terminate();
    this.spawn();
    return job;
  }
}
