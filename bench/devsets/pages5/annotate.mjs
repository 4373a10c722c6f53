#!/usr/bin/env node
// pages5's annotations into offsets: zh-news's annotate.mjs with `--set pages5 --body-optional`
// (as pages4: title, date and author gold only, every row has `body: null`), carrying the
// archive member and the year, writing this folder's pages.jsonl.
//
//   node bench/devsets/pages5/annotate.mjs --ann /work/pages5/ann --meta /work/pages5/meta.jsonl
//        --text /work/pages5/text [--show ID]
process.argv.splice(2, 0, '--set', 'pages5', '--body-optional');
const { main } = await import('../zh-news/annotate.mjs');
await main();
