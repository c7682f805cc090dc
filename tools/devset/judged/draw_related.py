#!/usr/bin/env python3
"""The reports whose related reports RelatedReportsJudgedTests judges (related-judgments.json), drawn on 2026-12-05.

Among the development set's kept documents (labels with source.keptCopy true: the judged body the test indexes),
of the kinds reports, summaries, notices, rules and regulations, and news, sorted by file name: 20 drawn with seed
1205 ("judged"), then 10 more among the rest with seed 51205 ("check"). A third draw (2026-12-05, issue 23's
subject-over-genre change): 20 more among the rest of both with seed 71205 ("tune2"), to study failures on without
looking at the check set. A fourth (2026-12-05, issue 23's third round, once the check set had been studied too and the
rules were frozen): 20 more among the rest of all three with seed 91205 ("check2"), a set nobody studied.

    python3 tools/devset/judged/draw_related.py [LABELS_JSON]   (default: $REPORTSEARCH_DEVSET/labels.json)
"""
import json
import os
import random
import sys

KINDS = {"报告", "总结", "通知", "规定", "规则", "办法", "条例", "新闻"}
JUDGED_SEED, CHECK_SEED, TUNE2_SEED, CHECK2_SEED = 1205, 51205, 71205, 91205


def draw(labels):
    pool = sorted(l["file"] for l in labels if l["source"].get("keptCopy", True) and l.get("kind") in KINDS)
    judged = random.Random(JUDGED_SEED).sample(pool, 20)
    rest = [f for f in pool if f not in judged]
    check = random.Random(CHECK_SEED).sample(rest, 10)
    # Drawn after the first two so that adding it changes neither.
    tune2 = random.Random(TUNE2_SEED).sample([f for f in rest if f not in check], 20)
    # Drawn after the first three, for the same reason.
    check2 = random.Random(CHECK2_SEED).sample([f for f in rest if f not in check and f not in tune2], 20)
    return pool, judged, check, tune2, check2


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.environ.get("REPORTSEARCH_DEVSET", "/work/devset"), "labels.json")
    with open(path, encoding="utf-8") as f:
        pool, judged, check, tune2, check2 = draw(json.load(f))
    print(f"pool: {len(pool)} kept documents of kinds {'、'.join(sorted(KINDS))}")
    print("judged:", " ".join(judged))
    print("check:", " ".join(check))
    print("tune2:", " ".join(tune2))
    print("check2:", " ".join(check2))
