#!/usr/bin/env node
// pages4's annotations into offsets: zh-news's annotate.mjs with `--set pages4 --body-optional`
// (pages4 has title, date and author gold only: every row has `body: null`), carrying the
// archive member and the year, writing this folder's pages.jsonl.
//
//   node bench/devsets/pages4/annotate.mjs --ann /work/pages4/ann --meta /work/pages4/meta.jsonl
//        --text /work/pages4/text [--show ID]
process.argv.splice(2, 0, '--set', 'pages4', '--body-optional');
const { main } = await import('../zh-news/annotate.mjs');
await main();
