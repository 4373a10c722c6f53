// Progress of a --jsonl run on stderr, when it is a terminal: one line
// rewritten every second (articles/s, MB/s, and how far through the input
// when its size is known), then a last one when the run ends.

const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const mb = (bytes) => `${fmt.format(bytes / 1e6)} MB`;

export class Progress {
  /** total: the input's size in bytes, when known; skipped: bytes and lines already answered (--resume). */
  constructor({ stream = process.stderr, total = null } = {}) {
    this.stream = stream;
    this.total = total;
    this.lines = 0;
    this.bytes = 0;
    this.skippedBytes = 0;
    this.skippedLines = 0;
    this.start = performance.now();
    this.timer = setInterval(() => this.render(false), 1000);
    this.timer.unref();
  }

  skip(lines, bytes) {
    this.skippedLines += lines;
    this.skippedBytes += bytes;
    this.start = performance.now();
  }

  add(lines, bytes) {
    this.lines += lines;
    this.bytes += bytes;
  }

  render(last) {
    const s = Math.max((performance.now() - this.start) / 1000, 1e-3);
    let line = `figlens: ${fmt.format(this.lines)} articles (${fmt.format(Math.round(this.lines / s))}/s), ${mb(this.bytes)} (${fmt.format(this.bytes / 1e6 / s)} MB/s)`;
    if (this.skippedLines) line += `, after ${fmt.format(this.skippedLines)} already answered`;
    if (this.total) {
      const done = this.bytes + this.skippedBytes;
      line += `, ${mb(done)} of ${mb(this.total)} (${Math.min(100, Math.floor((100 * done) / this.total))}%)`;
    }
    this.stream.write(`\r\x1b[K${line}${last ? '\n' : ''}`);
  }

  end() {
    clearInterval(this.timer);
    this.render(true);
  }
}
