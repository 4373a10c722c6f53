// figlens --jsonl: read lines, analyse them on worker threads (bin/batch-pool.js),
// write the answers in input order; --resume OUT continues an interrupted run,
// --retry-errors NEW OUT analyses OUT's error lines again. See the README.
import { createReadStream, createWriteStream, realpathSync, rmSync, statSync, truncateSync } from 'node:fs';
import { BATCH_BYTES, BATCH_LINES, Pool, stopPool, WorkerStartError } from './batch-pool.js';
import { lineId, lineLimit, lines, trimLine } from './jsonl-read.js';
import { Progress } from './progress.js';
import { answerId, outLines, sameId } from './resume.js';
import { Sink } from './sink.js';
import { CHECK_COLUMNS, COLUMNS, formatHeader } from '../js/table.js';

/** A reason to stop the run, for one line on stderr (exit 1). */
export class BatchError extends Error {}

/** The input's lines that are not blank (BOM and CR removed); a blank line's bytes count with the next. */
async function* nonBlank(source) {
  let carry = 0;
  for await (const item of source) {
    if (item.bytes !== undefined) {
      const bytes = trimLine(item);
      if (bytes === null) {
        carry += item.size;
        continue;
      }
      item.bytes = bytes;
    }
    item.size += carry;
    carry = 0;
    yield item;
  }
}

/** The next input line for an answer of OUT, checked against its id. */
async function inputFor(reader, answer, n, outName) {
  const next = await reader.next();
  if (next.done) throw new BatchError(`${outName} has more answers (${n}) than the input has lines: it is not the output of this input`);
  const item = next.value;
  const id = item.bytes === undefined ? null : lineId(item.bytes);
  if (!sameId(answer.id, id)) {
    throw new BatchError(`${outName} line ${n} answers id ${JSON.stringify(answer.id)}, but input line ${item.no} has id ${JSON.stringify(id)}: it is not the output of this input (or the input changed)`);
  }
  return item;
}

function readAnswer(o, n, outName) {
  const answer = answerId(o.head);
  if (!answer) throw new BatchError(`${outName} line ${n} is not a figlens --jsonl answer (one starts with {"id":)`);
  return answer;
}

function openOut(path) {
  let info;
  try {
    info = statSync(path);
  } catch (e) {
    if (e.code === 'ENOENT') return null;
    throw new BatchError(`cannot read ${path}: ${e.message}`);
  }
  if (!info.isFile()) throw new BatchError(`cannot read ${path}: not a file`);
  return info;
}

/** --resume: check OUT's complete answers against the input's first lines, drop a cut last line. */
async function skipAnswered(path, reader, progress) {
  const info = openOut(path);
  const done = { lines: 0, failed: 0 };
  if (!info) return done;
  let end = 0;
  let bytes = 0;
  for await (const o of outLines(createReadStream(path), false)) {
    if (!o.complete) break;
    const answer = readAnswer(o, done.lines + 1, path);
    const item = await inputFor(reader, answer, done.lines + 1, path);
    done.lines++;
    if (answer.error) done.failed++;
    end += o.size;
    bytes += item.size;
  }
  if (info.size > end) truncateSync(path, end);
  progress?.skip(done.lines, bytes);
  return done;
}

function fileSink(path, flags, fail) {
  const stream = createWriteStream(path, { flags });
  stream.on('error', (e) => {
    fail(`cannot write ${path}: ${e.code === 'ENOSPC' ? 'no space left on the device' : e.message}`);
    process.exit(1);
  });
  return stream;
}

/** Batches of consecutive lines of one kind (to analyse, or to copy), each at most BATCH_BYTES or BATCH_LINES. */
class Batcher {
  constructor(pool) {
    this.pool = pool;
    this.kind = null;
    this.items = [];
    this.bytes = 0;
  }

  async push(kind, item, bytes) {
    if (this.items.length && (kind !== this.kind || this.items.length >= BATCH_LINES || this.bytes >= BATCH_BYTES)) await this.flush();
    this.kind = kind;
    this.items.push(item);
    this.bytes += bytes;
  }

  async flush() {
    if (this.items.length === 0) return;
    const items = this.items;
    this.items = [];
    this.bytes = 0;
    if (this.kind === 'copy') await this.pool.copy(items);
    else await this.pool.analyse(items);
  }
}

/**
 * The run. input: { name, info, stream }; opts: the parsed command line;
 * fail(message): a line on stderr. Returns the exit code.
 */
export async function batch(opts, input, fail, stdout) {
  const cap = lineLimit(opts.maxInputBytes);
  const reader = nonBlank(lines(input.stream, cap))[Symbol.asyncIterator]();
  const progress = process.stderr.isTTY && !opts.quiet ? new Progress({ total: input.info.isFile() ? input.info.size : null }) : null;
  const counts = { failed: 0, analysed: 0 };
  let before = { lines: 0, failed: 0 };
  let sink = stdout;
  let pool;
  try {
    if (opts.retryErrors) {
      sink = new Sink(fileSink(opts.retryErrors, 'w', fail));
    } else if (opts.resume) {
      before = await skipAnswered(opts.resume, reader, progress);
      sink = new Sink(fileSink(opts.resume, 'a', fail));
    }
    if (opts.format) sink.add(formatHeader(opts.format, opts.checks ? CHECK_COLUMNS : COLUMNS));
    pool = new Pool({
      jobs: opts.jobs,
      workerData: { options: opts.options, html: Boolean(opts.html), format: opts.format, checks: Boolean(opts.checks), cap },
      write: async (b) => {
        for (const r of b.results) {
          if (r.bytes) {
            await sink.addBytes(r.bytes);
            sink.add('\n');
            continue;
          }
          counts.analysed++;
          if (r.error === undefined) await sink.addAll(r.text);
          else {
            counts.failed++;
            if (opts.format) fail(`${r.error} (id ${JSON.stringify(r.id)})`);
            else sink.add(`${JSON.stringify({ id: r.id, error: r.error })}\n`);
          }
        }
        progress?.add(b.lines, b.bytes);
      },
    });
    const batcher = new Batcher(pool);
    if (opts.retryErrors) {
      await retryErrors(opts.retryErrors, opts.out, reader, batcher, fail);
    } else {
      for (;;) {
        const next = await readNext(reader, input.name);
        if (next.done) break;
        await batcher.push('analyse', next.value, next.value.bytes?.length ?? 0);
      }
    }
    await batcher.flush();
    await pool.finish();
    await sink.close();
  } catch (e) {
    if (pool) await stopPool(pool);
    await sink.flush();
    if (opts.retryErrors && sink !== stdout) {
      // NEW stands in for OUT only when whole: a run stopped by a mismatch leaves none.
      await sink.close();
      rmSync(opts.retryErrors, { force: true });
    }
    if (!(e instanceof BatchError || e instanceof WorkerStartError)) throw e;
    progress?.end();
    fail(e.message);
    return 1;
  } finally {
    input.stream.destroy();
  }
  progress?.end();
  if (opts.retryErrors) {
    fail(`${counts.analysed} error line${counts.analysed === 1 ? '' : 's'} analysed again: ${counts.analysed - counts.failed} answered, ${counts.failed} still failing; written to ${opts.retryErrors}`);
    return counts.failed ? 1 : 0;
  }
  const failed = before.failed + counts.failed;
  if (failed) fail(`${failed} of the input lines failed`);
  return failed ? 1 : 0;
}

async function readNext(reader, name) {
  try {
    return await reader.next();
  } catch (e) {
    throw new BatchError(`cannot read ${name}: ${e.message}`);
  }
}

/** --retry-errors NEW OUT: OUT's answers copied to NEW, its error lines analysed again, in order. */
async function retryErrors(newPath, out, reader, batcher, fail) {
  if (!openOut(out)) throw new BatchError(`cannot read ${out}: no such file`);
  let n = 0;
  for await (const o of outLines(createReadStream(out), true)) {
    if (!o.complete) {
      fail(`${out} ends with a line cut short: dropped (--resume ${newPath} analyses it again)`);
      break;
    }
    n++;
    const answer = readAnswer(o, n, out);
    const item = await inputFor(reader, answer, n, out);
    if (answer.error) await batcher.push('analyse', item, item.bytes?.length ?? 0);
    else await batcher.push('copy', o.head, o.head.length);
  }
  if (!(await reader.next()).done) fail(`the input has more lines than ${out} answers: run --resume ${newPath} to analyse the rest`);
}

/** Whether two paths name one file (for refusing to write over an input). */
export function sameFile(a, b) {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
