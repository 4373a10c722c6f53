// The --jsonl pipeline: batches of input lines go to worker threads (each with
// its own wasm instance), their answers come back in any order and are written
// in input order. At most `limit` batches are in flight (sent, or answered and
// waiting for their turn or for the output to drain), so memory stays the same
// however long the input: the reader waits in submit() until one is written.
import { Worker } from 'node:worker_threads';
import { lineId } from './jsonl-read.js';

/** A batch closes at this many bytes of input or this many lines. */
export const BATCH_BYTES = 256 * 1024;
export const BATCH_LINES = 512;

export class WorkerStartError extends Error {}

export class Pool {
  /**
   * jobs: worker threads; workerData: what each worker reads (bin/batch-worker.js);
   * write(batch): writes a batch's results, in order (awaited one at a time).
   */
  constructor({ jobs, workerData, write }) {
    this.workerData = workerData;
    this.write = write;
    this.limit = 2 * jobs + 2;
    this.queue = [];
    this.answered = new Map();
    this.nextSeq = 0;
    this.nextWrite = 0;
    this.inFlight = 0;
    this.wake = null;
    this.failure = null;
    this.closing = false;
    this.draining = false;
    this.slots = Array.from({ length: jobs }, () => this.spawn());
  }

  spawn() {
    const worker = new Worker(new URL('./batch-worker.js', import.meta.url), {
      workerData: this.workerData,
      // The main thread's stack (V8's 984 KiB; Node keeps 192 KiB of a worker's
      // for itself): an id nested too deep to write back fails as it did there.
      resourceLimits: { stackSizeMb: (984 + 192) / 1024 },
    });
    const slot = { worker, batch: null, ready: false, why: null };
    worker.on('message', (msg) => {
      if (msg.ready) {
        slot.ready = true;
        this.dispatch();
      } else {
        this.answer(slot, msg);
      }
    });
    worker.on('error', (e) => {
      slot.why = e.message;
    });
    worker.on('exit', (code) => this.died(slot, code));
    return slot;
  }

  /** Lines (items from bin/jsonl-read.js: { no, bytes } or { no, over }) to analyse, in order. */
  async analyse(items) {
    let size = 0;
    for (const it of items) size += it.bytes?.length ?? 0;
    const data = new Uint8Array(size);
    const marks = [];
    let at = 0;
    for (const it of items) {
      if (it.bytes === undefined) {
        marks.push({ no: it.no, over: it.over });
      } else {
        data.set(it.bytes, at);
        marks.push({ no: it.no, start: at, end: at + it.bytes.length });
        at += it.bytes.length;
      }
    }
    await this.submit({ data, marks, results: null, suspect: false, ...this.sizes(items) });
  }

  /** Lines to write as they are (bin/batch.js, --retry-errors), in their turn. */
  async copy(lines) {
    await this.submit({ results: lines.map((bytes) => ({ bytes })), ...this.sizes([]) });
  }

  sizes(items) {
    return { lines: items.length, bytes: items.reduce((n, it) => n + it.size, 0) };
  }

  async submit(batch) {
    if (this.failure) throw this.failure;
    batch.seq = this.nextSeq++;
    this.inFlight++;
    if (batch.results) this.done(batch);
    else {
      this.queue.push(batch);
      this.dispatch();
    }
    while (this.inFlight >= this.limit && !this.failure) await new Promise((resolve) => { this.wake = resolve; });
    if (this.failure) throw this.failure;
  }

  dispatch() {
    for (const slot of this.slots) {
      if (slot.batch || !slot.ready || this.queue.length === 0) continue;
      const batch = this.queue.shift();
      slot.batch = batch;
      if (!batch.suspect) {
        slot.worker.postMessage({ seq: batch.seq, data: batch.data, marks: batch.marks });
      } else {
        // After a worker died on this batch: one line at a time, to find the line.
        const m = batch.marks[batch.results.length];
        const data = m.over === undefined ? batch.data.slice(m.start, m.end) : new Uint8Array(0);
        slot.worker.postMessage({ seq: batch.seq, data, marks: [m.over === undefined ? { no: m.no, start: 0, end: data.length } : m] });
      }
    }
  }

  answer(slot, { results }) {
    const batch = slot.batch;
    slot.batch = null;
    if (batch.suspect) batch.results.push(results[0]);
    else batch.results = results;
    this.settle(batch);
    this.dispatch();
  }

  /** A worker stopped (a trap the wrapper could not recover from, memory, a bug): replace it, report its line, go on. */
  died(slot, code) {
    if (this.closing) return;
    const i = this.slots.indexOf(slot);
    if (!slot.ready) {
      this.fail(new WorkerStartError(`an analysis worker could not start (${slot.why ?? `exit code ${code}`})`));
      return;
    }
    this.slots[i] = this.spawn();
    const batch = slot.batch;
    if (batch) {
      if (!batch.suspect) {
        batch.suspect = true;
        batch.results = [];
      } else {
        const m = batch.marks[batch.results.length];
        const id = m.over === undefined ? lineId(Buffer.from(batch.data.buffer, batch.data.byteOffset + m.start, m.end - m.start)) : null;
        const why = slot.why ?? `exit code ${code}`;
        batch.results.push({ id, error: `line ${m.no}: its analysis stopped the worker thread (${why}); the worker was replaced` });
      }
      this.settle(batch);
    }
    this.dispatch();
  }

  settle(batch) {
    if (batch.suspect && batch.results.length < batch.marks.length) this.queue.unshift(batch);
    else this.done(batch);
  }

  done(batch) {
    batch.data = null;
    this.answered.set(batch.seq, batch);
    this.drain();
  }

  async drain() {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.answered.has(this.nextWrite)) {
        const batch = this.answered.get(this.nextWrite);
        this.answered.delete(this.nextWrite);
        await this.write(batch);
        this.nextWrite++;
        this.inFlight--;
        this.wake?.();
        this.wake = null;
      }
    } catch (e) {
      this.fail(e);
    } finally {
      this.draining = false;
    }
    if (this.nextWrite === this.nextSeq) this.idle?.();
  }

  fail(e) {
    this.failure ??= e;
    this.wake?.();
    this.idle?.();
  }

  /** Wait until every batch is written, then stop the workers. */
  async finish() {
    if (this.nextWrite < this.nextSeq && !this.failure) await new Promise((resolve) => { this.idle = resolve; });
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    if (this.failure) throw this.failure;
  }
}

/** Stop the workers at once (after a failure). */
export async function stopPool(pool) {
  pool.closing = true;
  await Promise.all(pool.slots.map((s) => s.worker.terminate()));
}
