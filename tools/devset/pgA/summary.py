#!/usr/bin/env python3
"""Summarise part pgA: documents by level, province, year decade, kind, header, split."""
import json, collections
L = json.load(open("/work/devset/parts/pgA.json", encoding="utf-8"))
def show(name, key):
    c = collections.Counter(key(d) for d in L)
    print(f"{name}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))))
print(f"documents: {len(L)}")
low = sum(1 for d in L if d["level"] in ("county", "town", "street"))
print(f"county level or below: {low}")
show("level", lambda d: d["level"] or "null")
show("province", lambda d: d["regionPath"][0] if d["regionPath"] else "null")
show("year decade", lambda d: f"{d['year']//10*10}s" if d["year"] else "null")
show("year", lambda d: d["year"] or "null")
show("kind", lambda d: d["kind"] or "null")
show("hasHeader", lambda d: d["hasHeader"])
show("hasTitleLine", lambda d: d["hasTitleLine"])
show("docNumber stated", lambda d: d["docNumber"] is not None)
show("validity", lambda d: d["validity"] or "null")
show("split", lambda d: d["split"])
