#!/usr/bin/env python3
"""Score article bodies the way the ScrapingHub benchmark's evaluate.py does
(its own functions, imported from the benchmark checkout), on any subset of
pages, plus character-bigram F1 for Chinese (evaluate.py tokenizes on \\w+,
which makes a whole Han clause one token).

    score.py BENCH_DIR GOLD.json PRED.json [--ids IDS.txt] [--bigram] [--worst N]

GOLD and PRED map id -> {"articleBody": str}. Prints one JSON line:
{"pages", "f1", "precision", "recall", "bigram_f1"?} and, with --worst, the
N pages of lowest F1 on stderr.
"""
import argparse
import json
import sys
from collections import Counter
from pathlib import Path


def bigram_tp_fp_fn(true, pred):
    """Character bigrams of the text without whitespace, normalized like
    evaluate.py's shingles so every page weighs the same."""
    def grams(s):
        s = ''.join(s.split())
        return Counter(s[i:i + 2] for i in range(len(s) - 1))
    t, p = grams(true), grams(pred)
    tp = sum((t & p).values())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('bench', type=Path)
    ap.add_argument('gold', type=Path)
    ap.add_argument('pred', type=Path)
    ap.add_argument('--ids', type=Path)
    ap.add_argument('--bigram', action='store_true')
    ap.add_argument('--worst', type=int, default=0)
    a = ap.parse_args()
    sys.path.insert(0, str(a.bench))
    import evaluate  # the benchmark's own scorer

    gold = json.loads(a.gold.read_text(encoding='utf8'))
    pred = json.loads(a.pred.read_text(encoding='utf8'))
    if isinstance(pred, dict) and set(pred) == {'version', 'output'}:
        pred = pred['output']
    ids = sorted(gold)
    if a.ids:
        keep = set(a.ids.read_text().split())
        ids = [i for i in ids if i in keep]
    rows = []
    for i in ids:
        t = gold[i].get('articleBody', '')
        p = pred.get(i, {}).get('articleBody', '')
        rows.append((i, evaluate.string_shingle_matching(true=t, pred=p), bigram_tp_fp_fn(t, p)))
    out = {'pages': len(rows)}
    out.update(evaluate.metrics_from_tp_fp_fns([r[1] for r in rows]))
    if a.bigram:
        out['bigram_f1'] = evaluate.metrics_from_tp_fp_fns([r[2] for r in rows])['f1']
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in out.items()}))

    def page_f1(x):
        tp, fp, fn = x
        p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
        r = tp / (tp + fn) if tp + fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0
    if a.worst:
        worst = sorted(rows, key=lambda r: page_f1(r[2] if a.bigram else r[1]))[:a.worst]
        for i, w, b in worst:
            tp, fp, fn = b if a.bigram else w
            print(f'{page_f1(b if a.bigram else w):.3f}  p={tp / (tp + fp) if tp + fp else 0:.2f} '
                  f'r={tp / (tp + fn) if tp + fn else 0:.2f}  {i}', file=sys.stderr)


if __name__ == '__main__':
    main()
