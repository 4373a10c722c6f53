#!/usr/bin/env node
// Selects issue 20's THIRD coverage set (checks3), the held-out measure of the checker's
// coverage: 50 real articles rich in arithmetic relations, 25 English and 25 Chinese, none of them
// a page any earlier set uses. Deterministic; written and committed before any annotation. Runs
// no part of figlens.
//
//   node bench/devsets/checks3/select.mjs [--mirrors DIR] [--out FILE] [--print N]
//
// --mirrors  fetched repositories (default /work/.mirror: rodricios/crawl-to-the-future,
//            immortal-autumn/Chinese-Web-Content-Extraction-Dataset,
//            ChiaYuChang/NewsSentimentAnalyzer)
// --out      default bench/devsets/checks3/selection.jsonl
// --print N  also print the top N of each stratum with their scores (to stderr)
//
// Rule:
// 1. Candidates (common.mjs): English, every crawl-to-the-future page (ten sites × 2000, 2005,
//    2010, 2015) with its article text (the `.txt` beside the page, whole, as checks2 reads it)
//    that is no page of checks, checks2, pages3, dragnet, en-figures or en-figures2;
//    Traditional Chinese, the NewsSentimentAnalyzer example pages no earlier set uses, as plain
//    page text (common.mjs htmlText); Simplified Chinese, cwced's gold bodies not in checks or
//    checks2. Nothing from ScrapingHub.
// 2. Length: 300 to 15,000 UTF-16 code units.
// 3. Score and strata: checks2's own code (../checks2/select.mjs writeRelationRich): cue density + 0.1 ×
//    figure density, cues counted only near a figure run.
// 4. Strata: English keeps 25, at most 4 per site and year; Traditional keeps every candidate
//    (at most 12, at most 4 per outlet); Simplified fills the Chinese half to 25 (no cap: cwced
//    records no site). In each stratum by score, ties by sha256 of the id.
// 5. Listed in order of sha256(set + "/" + id), fields as checks2 (no archive member names:
//    they are headlines).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArgs } from '../checks/common.mjs';
import { candidates3 } from './common.mjs';
import { writeRelationRich } from '../checks2/select.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const a = readArgs({ mirrors: '/work/.mirror', out: join(here, 'selection.jsonl'), print: 0 });
writeRelationRich(candidates3({ mirrors: a.mirrors }), a.out, a.print);
