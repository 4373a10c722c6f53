#!/usr/bin/env node
// Writes the page texts of the zh-figures-hant3 set into /work/zh-hant3/text/<page>.txt from the
// fetched mirrors (`fetch github:TaiwanStat/Taiwan-news-crawlers` and `github:raileo98/test2`,
// bare repositories under /work/.mirror), checking each against pages.jsonl's textSha256, then
// checks every annotated sentence's textSha256. Never runs figlens.
//
//   node bench/devsets/zh-figures-hant3/rebuild.mjs [--out DIR]
//
// Each page is member number `member` of the file (repo, commit, path), read by select.mjs's
// memberText(): format json = the top-level JSON objects (broken ones skipped), an object's
// `content` with CR LF / CR -> LF; format rthk-md = an RTHK digest's stories, a story's lead lines.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rebuildSet } from '../zh-figures-hant3/set.mjs';
import { memberText } from './select.mjs';

rebuildSet({ dir: dirname(fileURLToPath(import.meta.url)), out: '/work/zh-hant3', memberText });
