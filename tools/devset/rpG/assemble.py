#!/usr/bin/env python3
"""Write /work/devset/parts/rpG.json from build.py's plan and the hand labels (labels_*.py)."""
import hashlib, json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
labels = {}
for mod in ["labels_a", "labels_b"]:
    try:
        m = __import__(mod)
    except ImportError:
        continue
    for row in m.L:
        assert row[0] not in labels, row[0]
        labels[row[0]] = row
LEFT_OUT = set()  # every planned document is labelled
out = []
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "place_path.py")
plan = list(build.plan())
for i, (f, repo, commit, path, ex) in enumerate(plan, 1):
    if i in LEFT_OUT:
        continue
    if i not in labels:
        print("unlabelled", f)
        continue
    n, title, alt, year, date, region, level, org, kind, num, val, hh, htl, note = labels[i]
    r = subprocess.run(["python3", P, "--check"] + region, capture_output=True, text=True).stdout.strip()
    if r != "OK":
        raise SystemExit("place check failed %s %s: %s" % (f, region, r))
    split = "holdout" if int(hashlib.sha1(f.encode("utf-8")).hexdigest(), 16) % 5 < 2 else "tune"
    out.append({"file": f, "source": {"repo": repo, "path": path, "commit": commit, "extract": ex},
                "set": "rpG", "split": split, "title": title, "titleAlt": alt, "year": year, "date": date,
                "regionPath": region, "level": level, "org": org, "kind": kind, "docNumber": num,
                "validity": val, "hasHeader": hh, "hasTitleLine": htl, "note": note})
extra = set(labels) - set(range(1, len(plan) + 1))
assert not extra, extra
json.dump(out, open("/work/devset/parts/rpG.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(out), "labels written")
