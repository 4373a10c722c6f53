#!/usr/bin/env node
// Writes the page texts of the zh-figures-hant4 set into /work/zh-hant4/text/<page>.txt from the
// fetched mirrors (`fetch github:TaiwanStat/Taiwan-news-crawlers` and `github:raileo98/test2`,
// bare repositories under /work/.mirror), checking each against pages.jsonl's textSha256, then
// checks every annotated sentence's textSha256. Never runs figlens.
//
//   node bench/devsets/zh-figures-hant4/rebuild.mjs [--out DIR]
//
// Each page is member number `member` of the file (repo, commit, path), read by select.mjs's
// memberText(): format json = the top-level JSON objects (broken ones skipped), an object's
// `content` with CR LF / CR -> LF; tdm-atom = an <entry> of the TDM Atom feed, rthk-rss = an
// <item> of an RTHK feed, their HTML turned into lines as select.mjs's htmlText() does.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rebuildSet } from '../zh-figures-hant3/set.mjs';
import { memberText } from './select.mjs';

rebuildSet({ dir: dirname(fileURLToPath(import.meta.url)), out: '/work/zh-hant4', memberText });
