#!/usr/bin/env python3
"""Build a page part (pgB, pgC, ...) of the metadata dev set v2 from its staging file.

    python3 tools/devset/build_page_part.py PART [--summary]


The staging file (/work/devset/staging/PART/work.jsonl, OUTSIDE the repository) holds one JSON object a line:
the page address, the search query, the page opening exactly as the `search` tool's `pages` corpus returned it,
and the hand label. This script writes docs/PART/PARTnnnn.txt (the text), parts/PART.json (labels only),
computes the split from the file name and checks every region path against the product's gazetteer.
The page texts themselves cannot be refetched by a script: `source.url` is the recipe.
In pgB the stored text is the excerpt exactly as returned; in pgC it is the OPENING of the excerpt (cut at a line end;
long excerpts were cut to keep hand-copying exact); pgD and pgE do the same (where a middle paragraph was left out,
the label's note says so). Every label was decided on the stored text only.
"""
import hashlib, json, os, subprocess, sys, collections
ROOT = "/work/devset"
PART = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else sys.exit("usage: build_page_part.py PART [--summary]")
STAGE = f"{ROOT}/staging/{PART}/work.jsonl"
FIELDS = ["title", "titleAlt", "year", "date", "regionPath", "level", "org", "kind", "docNumber", "validity",
          "hasHeader", "hasTitleLine", "note"]
def split_of(file):
    return "holdout" if int(hashlib.sha1(file.encode()).hexdigest(), 16) % 5 < 2 else "tune"
rows = [json.loads(l) for l in open(STAGE, encoding="utf-8") if l.strip()]
labels, seen, bad = [], set(), []
os.makedirs(f"{ROOT}/docs/{PART}", exist_ok=True)
for i, r in enumerate(rows, 1):
    if r["url"] in seen: sys.exit(f"duplicate url {r['url']}")
    seen.add(r["url"])
    file = f"{PART}/{PART}{i:04d}.txt"
    with open(f"{ROOT}/docs/{file}", "w", encoding="utf-8") as f: f.write(r["excerpt"])
    lab = {"file": file, "source": {"repo": None, "commit": None, "path": None, "extract": None,
                                    "url": r["url"], "query": r["query"]}, "split": split_of(file)}
    for k in FIELDS: lab[k] = r.get(k, [] if k == "titleAlt" else None)
    rp = lab["regionPath"]
    if rp and rp != ["全国"]:
        ok = subprocess.run(["python3", f"{ROOT}/tools/place_path.py", "--check", *rp], capture_output=True).returncode == 0
        if not ok: bad.append((file, rp))
    labels.append(lab)
with open(f"{ROOT}/parts/{PART}.json", "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=2); f.write("\n")
print(len(labels), "labels;", "bad paths:", bad)
if "--summary" in sys.argv:
    out = []
    def tab(name, key):
        c = collections.Counter(key(l) for l in labels)
        out.append(f"{name}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda x: str(x[0]))))
    tab("level", lambda l: l["level"])
    tab("province", lambda l: (l["regionPath"] or ["(null)"])[0])
    tab("decade", lambda l: f"{l['year']//10*10}s" if l["year"] else "(null)")
    tab("year", lambda l: l["year"])
    tab("kind", lambda l: l["kind"])
    tab("hasHeader", lambda l: l["hasHeader"])
    tab("hasTitleLine", lambda l: l["hasTitleLine"])
    tab("docNumber stated", lambda l: l["docNumber"] is not None)
    tab("split", lambda l: l["split"])
    low = sum(1 for l in labels if l["level"] in ("county", "town", "street"))
    out.insert(0, f"documents: {len(labels)}; county level or below: {low}")
    print("\n".join(out))
