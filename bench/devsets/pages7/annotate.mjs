#!/usr/bin/env node
// pages7's annotations into offsets: zh-news's annotate.mjs with `--set pages7 --body-optional`
// (as pages4: title, date and author gold only, every row has `body: null`), carrying the
// year (from the file name), writing this folder's pages.jsonl (`site` = fundus' publisher name).
//
//   node bench/devsets/pages7/annotate.mjs --ann /work/pages7/ann --meta /work/pages7/meta.jsonl
//        --text /work/pages7/text [--show ID]
process.argv.splice(2, 0, '--set', 'pages7', '--body-optional');
const { main } = await import('../zh-news/annotate.mjs');
await main();
