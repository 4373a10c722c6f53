// Preloaded into the figlens command by cli.test.mjs (node --import), to see
// what cannot be seen from outside at a test's scale:
// - FIGLENS_TEST_STRING_LIMIT=n: JSON.stringify throws V8's RangeError for a
//   result over n characters, as it does past V8's longest string (2^29 - 24)
//   for the analysis of a 60 MB input;
// - FIGLENS_TEST_REPORT_RSS=1: the process's peak RSS goes to stderr at exit.
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
  process.on('exit', () => process.stderr.write(`peak RSS ${process.resourceUsage().maxRSS} KB\n`));
}
