#!/usr/bin/env python3
"""evaluate.py's bootstrap of differences, for figlens against the peers
named (all of evaluate.py --bootstrap-differences compares every pair, which
takes long): the mean and spread of figlens minus each peer.

    compare.py BENCH_DIR [PEER ...]     (default: trafilatura rs_trafilatura
                                         go_trafilatura readability_js)
Run bench/articles/run.mjs --table first: it writes output/figlens.json.
"""
import os
import sys
from pathlib import Path

bench = Path(sys.argv[1])
peers = sys.argv[2:] or ['trafilatura', 'rs_trafilatura', 'go_trafilatura', 'readability_js']
sys.path.insert(0, str(bench))
os.chdir(bench)
import evaluate  # noqa: E402  (the benchmark's own scorer)

gold = evaluate.load_json(Path('ground-truth.json'))


def tp_fp_fns(name):
    pred, _ = evaluate.load_prediction(Path('output') / f'{name}.json')
    return evaluate.evaluate(gold, pred, 1)['tp_fp_fns']


ours = tp_fp_fns('figlens')
for peer in peers:
    print(f'figlens minus {peer}')
    evaluate.print_metrics_diff(ours, tp_fp_fns(peer), 1000)
