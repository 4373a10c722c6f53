#!/usr/bin/env node
// pages3's annotations into offsets: zh-news's annotate.mjs, which also takes `script: en` and
// carries an archive page's `member` and an English page's `year`, writing this folder's
// pages.jsonl.
//
//   node bench/devsets/pages3/annotate.mjs --ann /work/pages3/ann --meta /work/pages3/meta.jsonl
//        --text /work/pages3/text [--show ID]
process.argv.splice(2, 0, '--set', 'pages3');
const { main } = await import('../zh-news/annotate.mjs');
await main();
