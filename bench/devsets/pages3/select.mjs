#!/usr/bin/env node
// Deterministic selection of the pages3 development set (written and committed before any
// page was annotated).
//
//   node bench/devsets/pages3/select.mjs [--mirrors /work/.mirror] > /work/pages3/candidates.txt
//
// Prints one candidate a line, in annotation order within each group:
//   <lang> TAB <group> TAB <rank> TAB <owner/name> TAB <commit> TAB <path>[!<member>]
// where `path!member` is a file inside a 7z archive of the repository (English pages).
//
// English: rodricios/crawl-to-the-future at its newest commit, dataset/<site>.7z, members
// <site>/<year>/*.html. Within each outlet-year the members are ranked by sha256 of their
// member path; rank 1..3 are printed (at most 3 a year). The set takes rank 1 of each
// outlet-year and falls to the next rank only when a page is unusable (not an article page,
// or its rendered text lacks the article), and says so in README.md.
//
// Chinese: every .htm/.html blob in the whole history of ChiaYuChang/NewsSentimentAnalyzer,
// yunkailiu/spider, ayltai/hknews and ayltai/hknews-backend, less (a) any page whose sha256 or
// whose (repository, path) is in zh-news's or zh-news2's pages.jsonl, (b) pages that are not
// single article pages by their file name or <title> (`_list`, `index`, home, section,
// ranking and topic pages; views/static; NHK news pages that are empty without JavaScript,
// Korean yna pages, held-out Apple Daily, English SCMP/The Standard, mojibake RTHK), and
// (c) duplicate bytes (first commit in `git rev-list --all` order that holds the blob).
// Groups are sites (the host the page names; for pages that name none, the host of the source
// the file is named for, and news.sina.com.cn for the sina pages that name none, whose links
// put them under news.sina.com.cn/zhixing); within a group pages are ranked by sha256 and at most 4 printed.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const mirrors = argv[0] === '--mirrors' ? argv[1] : '/work/.mirror';
const sha = (b) => createHash('sha256').update(b).digest('hex');

export function gitDir(mirrors, repo) {
  const d = join(mirrors, repo.replace('/', '+'), 'repo');
  return existsSync(join(d, '.git')) ? join(d, '.git') : d;
}
const git = (repo, args, opts = {}) => execFileSync('git', ['--git-dir', gitDir(mirrors, repo), ...args], { maxBuffer: 256 << 20, ...opts });

const out = [];

// English.
{
  const repo = 'rodricios/crawl-to-the-future';
  const commit = git(repo, ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const archives = git(repo, ['ls-tree', '--name-only', commit, 'dataset/'], { encoding: 'utf8' }).split('\n').filter((p) => p.endsWith('.7z')).sort();
  for (const a of archives) {
    const tmp = join(mkdtempSync(join(tmpdir(), 'pages3-')), 'a.7z');
    writeFileSync(tmp, git(repo, ['show', `${commit}:${a}`]));
    const list = execFileSync('7z', ['l', '-slt', tmp], { maxBuffer: 64 << 20, encoding: 'utf8' });
    rmSync(dirname(tmp), { recursive: true });
    const members = [...list.matchAll(/^Path = (.+)$/gm)].map((m) => m[1]).filter((p) => /^[^/]+\/\d{4}\/[^/]+\.html?$/.test(p));
    const groups = new Map();
    for (const m of members) {
      const [site, year] = m.split('/');
      const k = `${site}/${year}`;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(m);
    }
    for (const k of [...groups.keys()].sort()) {
      const ranked = groups.get(k).sort((x, y) => (sha(x) < sha(y) ? -1 : sha(x) > sha(y) ? 1 : 0)).slice(0, 3);
      ranked.forEach((m, i) => out.push(['en', k, i + 1, repo, commit, `${a}!${m}`]));
    }
  }
}

// Chinese.
{
  const used = { sha: new Set(), path: new Set() };
  for (const set of ['zh-news', 'zh-news2']) {
    for (const l of readFileSync(join(here, '..', set, 'pages.jsonl'), 'utf8').split('\n').filter(Boolean)) {
      const p = JSON.parse(l);
      used.sha.add(p.htmlSha256);
      used.path.add(`${p.repo} ${p.path}`);
    }
  }
  const notArticle = /(_list|index|dashboard|GNews|NEWSDATA|NewsAPI|temperature|appledaily|scmp|thestandard|rthk|\/yna\/|\/nhk\/news\/|\/static\/|^views\/)/i;
  const notArticleTitle = /(导航|首页|新闻中心_新浪网|排行|专题汇总|新浪爱拍|生于街头|拍照吧少年|寻找城市之光|NextMedia|数据新闻可视化|传媒频道|新浪资讯台|我要反馈|檀香扇|^\s*$)/;
  const hostOf = (path) => {
    const f = path.split('/').pop();
    const m = /^(headline|singtao|hkej|singpao|skypost|mingpao|wenweipo)/.exec(f);
    return m && { headline: 'hd.stheadline.com', singtao: 'std.stheadline.com', hkej: 'www2.hkej.com', singpao: 'www.singpao.com.hk', skypost: 'skypost.ulifestyle.com.hk', mingpao: 'news.mingpao.com', wenweipo: 'www.wenweipo.com' }[m[1]];
  };
  const groups = new Map();
  const seen = new Set();
  for (const repo of ['ChiaYuChang/NewsSentimentAnalyzer', 'ayltai/hknews', 'ayltai/hknews-backend', 'yunkailiu/spider']) {
    const objs = git(repo, ['rev-list', '--all', '--objects', '--missing=allow-any'], { encoding: 'utf8' }).split('\n');
    for (const line of objs) {
      const [blob, path] = [line.slice(0, 40), line.slice(41)];
      if (!/\.html?$/i.test(path) || notArticle.test(path) || used.path.has(`${repo} ${path}`)) continue;
      const bytes = git(repo, ['cat-file', 'blob', blob]);
      const h = sha(bytes);
      if (used.sha.has(h) || seen.has(h)) continue;
      seen.add(h);
      const head = bytes.subarray(0, 300000).toString('utf8');
      const title = (/<title[^>]*>([^<]*)/i.exec(head) || [, ''])[1];
      // gb2312-coded sina pages decode to replacement characters here: their <title> is unreadable as UTF-8.
      if (notArticleTitle.test(title) || title.includes('\ufffd')) continue;
      const url = (/<meta[^>]+property=["']og:url["'][^>]+content=["'](https?:\/\/[^"'/]+)/i.exec(head) || /<link[^>]+rel=["']canonical["'][^>]+href=["'](https?:\/\/[^"'/]+)/i.exec(head) || [])[1];
      const host = url ? new URL(url).hostname : hostOf(path) || (repo === 'yunkailiu/spider' ? 'news.sina.com.cn' : 'unknown');
      const commit = git(repo, ['log', '--all', '--format=%H', '-1', `--find-object=${blob}`], { encoding: 'utf8' }).trim();
      if (!groups.has(host)) groups.set(host, []);
      groups.get(host).push({ h, repo, commit, path });
    }
  }
  for (const k of [...groups.keys()].sort()) {
    const ranked = groups.get(k).sort((x, y) => (x.h < y.h ? -1 : 1)).slice(0, 4);
    ranked.forEach((p, i) => out.push(['zh', k, i + 1, p.repo, p.commit, p.path]));
  }
}

for (const r of out) console.log(r.join('\t'));
