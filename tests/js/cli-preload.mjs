// Preloaded into the figlens command by cli.test.mjs (node --import), to see
// what cannot be seen from outside at a test's scale:
// - FIGLENS_TEST_STRING_LIMIT=n: JSON.stringify throws V8's RangeError for a
//   result over n characters, as it does past V8's longest string (2^29 - 24)
//   for the analysis of a 60 MB input;
// - FIGLENS_TEST_REPORT_RSS=1: the process's peak RSS and CPU time go to stderr at exit.
const limit = Number(process.env.FIGLENS_TEST_STRING_LIMIT);
if (limit > 0) {
  const stringify = JSON.stringify;
  JSON.stringify = function (...args) {
    const json = stringify.apply(this, args);
    if (json !== undefined && json.length > limit) throw new RangeError('Invalid string length');
    return json;
  };
}
if (process.env.FIGLENS_TEST_REPORT_RSS) {
  process.on('exit', () => {
    const use = process.resourceUsage(); // the whole process: every thread
    process.stderr.write(`peak RSS ${use.maxRSS} KB, CPU ${Math.round((use.userCPUTime + use.systemCPUTime) / 1000)} ms\n`);
  });
}
// - FIGLENS_TEST_POISON=marker: a --jsonl worker thread handed a line holding
//   the marker dies at once (exit code 3), as one whose analysis brought down
//   V8 or the wasm instance past what the wrapper recovers from would;
// - FIGLENS_TEST_STDERR_TTY=1: stderr counts as a terminal (the progress line).
const { isMainThread, parentPort } = await import('node:worker_threads');
const poison = process.env.FIGLENS_TEST_POISON;
if (poison && !isMainThread && parentPort) {
  // Registered before the worker's own listener, so it sees each batch first.
  parentPort.on('message', (m) => {
    if (m?.data && Buffer.from(m.data.buffer, m.data.byteOffset, m.data.length).includes(poison)) process.exit(3);
  });
}
if (process.env.FIGLENS_TEST_STDERR_TTY && isMainThread) {
  Object.defineProperty(process.stderr, 'isTTY', { value: true });
}
