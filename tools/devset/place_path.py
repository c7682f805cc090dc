#!/usr/bin/env python3
"""Look up gazetteer paths (the repository's GB/T 2260 divisions) for place names.

    python3 place_path.py 市桥街道 番禺区      # every path ending in each name
    python3 place_path.py --check 广东省 广州市 番禺区 市桥街道   # is this exact path in the gazetteer?
"""
import gzip, os, sys
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "ReportSearch.Core", "Places", "divisions.tsv.gz")
units = {}
for line in gzip.open(SRC, "rt", encoding="utf-8"):
    if line.startswith("#"): continue
    code, parent, name = line.rstrip("\n").split("\t")
    units[code] = (parent, name)
def path(code):
    out = []
    while code:
        parent, name = units[code]; out.append(name); code = parent
    return out[::-1]
by_name = {}
for code, (_, name) in units.items(): by_name.setdefault(name, []).append(code)
args = sys.argv[1:]
if args and args[0] == "--check":
    want = args[1:]
    ok = any(path(c) == want for c in by_name.get(want[-1], []))
    print("OK" if ok else "NOT IN GAZETTEER: " + " › ".join(want)); sys.exit(0 if ok else 1)
for n in args:
    codes = by_name.get(n, [])
    if not codes:
        prefix = [c for name, cs in by_name.items() if name.startswith(n) for c in cs][:10]
        print(f"{n}: no exact unit; names starting with it: " + "; ".join(" › ".join(path(c)) for c in prefix))
    for c in codes: print(f"{n}: {' › '.join(path(c))}  (level {dict([(2,'province'),(4,'city'),(6,'county'),(9,'town/street')]).get(len(c))})")
