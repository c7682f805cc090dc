#!/usr/bin/env python3
"""Deterministically pick the LawRefBook/Laws documents of part `repo` (folder repo-lw).

    python3 pick_laws.py > laws_pick.txt

Population: every dated local regulation of the snapshot (DLC/<省>地方法规/地方性法规/<省>/<title>(yyyy-mm-dd).md) at
laws_lib.COMMIT, minus the 51 files the v1 set already uses (folder lw). Undated files (no date in the name) are
left out: their label date would have to come from the text alone.
Picks: every 自治县/自治旗 regulation (the county-level ones; the snapshot holds 12), then per (province folder,
decade of the file-name date) a seeded random sample of at most CAP files. Output: one path a line, in the order the
neutral names are given (rl0001, rl0002, ...).
"""
import json, random, subprocess, sys
import laws_lib as L

CAP = 14
SEED = 19
V1_COMMIT = "f895f9930d77483cae46c566ecf1b84d4bb1a2d9"  # /work/main commit holding the 179-document v1 labels
V1_REL = "tests/ReportSearch.Core.Tests/DevSet/labels.json"


def v1_labels():
    """v1 labels from git (the working-tree file is rewritten by the v2 merge); fallback: entries of set v1."""
    r = subprocess.run(["git", "-C", "/work/main", "show", f"{V1_COMMIT}:{V1_REL}"], capture_output=True)
    if r.returncode == 0:
        return json.loads(r.stdout.decode("utf-8"))
    return [l for l in json.load(open("/work/main/" + V1_REL, encoding="utf-8")) if l.get("set") in (None, "v1")]


def is_county(title):
    return ("自治县" in title or "自治旗" in title) and not title.startswith("重庆市区县")


def pick():
    v1 = {l["source"]["path"] for l in v1_labels() if l["source"].get("repo") == "LawRefBook/Laws"}
    files = sorted(p for p in L.list_files() if L.parse_name(p)[0] and p not in v1)
    county = [p for p in files if is_county(L.parse_name(p)[0])]
    rest = [p for p in files if p not in county]
    buckets = {}
    for p in rest:
        d = L.parse_name(p)[1]
        buckets.setdefault((L.province_folder(p), d[:3]), []).append(p)
    chosen = list(county)
    for key in sorted(buckets):
        rng = random.Random(f"{SEED}:{key[0]}:{key[1]}")
        group = buckets[key]
        chosen += sorted(rng.sample(group, min(CAP, len(group))))
    return chosen


if __name__ == "__main__":
    for p in pick():
        print(p)
