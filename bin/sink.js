// Output in pieces of about 64 KiB, with back-pressure, so that neither a big
// analysis nor a big batch is ever one string or piles up in memory.
import { once } from 'node:events';

export class Sink {
  constructor(stream) {
    this.stream = stream;
    this.parts = [];
    this.size = 0;
  }

  add(text) {
    this.parts.push(text);
    this.size += text.length;
  }

  async addAll(pieces) {
    for (const p of pieces) {
      this.add(p);
      if (this.size >= 65536) await this.flush();
    }
  }

  /** Bytes as they are (a line copied from a file), after what is pending. */
  async addBytes(bytes) {
    await this.flush();
    if (!this.stream.write(bytes)) await once(this.stream, 'drain');
  }

  async flush() {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  /** Flush, and for a file, wait until it is written and closed. */
  async close() {
    await this.flush();
    if (this.stream !== process.stdout) {
      this.stream.end();
      await once(this.stream, 'close');
    }
  }
}
