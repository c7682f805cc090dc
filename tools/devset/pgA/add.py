#!/usr/bin/env python3
"""Add hand-labelled pages to part pgA.

Reads JSON lines on stdin (one per kept search result): n, url, q, x (the excerpt exactly as
the pages corpus returned it) and the label fields in short form. Writes docs/pgA/pgA<nnnn>.txt,
keeps labels in labels.jsonl (one per file, later lines replace earlier ones) and rewrites
parts/pgA.json. The pages cannot be refetched by a script: source.url is the rebuild recipe.
"""
import hashlib, json, subprocess, sys, os
ROOT = "/work/devset"
STORE = f"{ROOT}/tools/pgA/labels.jsonl"
def split_of(f): return "holdout" if int(hashlib.sha1(f.encode()).hexdigest(), 16) % 5 < 2 else "tune"
def load():
    out = {}
    if os.path.exists(STORE):
        for line in open(STORE, encoding="utf-8"):
            if line.strip(): d = json.loads(line); out[d["file"]] = d
    return out
def write_all(labels):
    arr = [labels[k] for k in sorted(labels)]
    with open(f"{ROOT}/parts/pgA.json", "w", encoding="utf-8") as fh:
        json.dump(arr, fh, ensure_ascii=False, indent=2); fh.write("\n")
def main():
    labels = load(); urls = {l["source"]["url"]: l["file"] for l in labels.values()}
    for raw in sys.stdin:
        if not raw.strip(): continue
        r = json.loads(raw)
        f = f"pgA/pgA{int(r['n']):04d}.txt"
        if r["url"] in urls and urls[r["url"]] != f: sys.exit(f"duplicate url {r['url']} already {urls[r['url']]}")
        reg = r.get("region")
        if reg and reg != ["全国"]:
            rc = subprocess.run(["python3", f"{ROOT}/tools/place_path.py", "--check", *reg], capture_output=True, text=True)
            if rc.returncode: sys.exit(f"{f}: {rc.stdout.strip()}")
            amb = subprocess.run(["python3", f"{ROOT}/tools/place_path.py", reg[-1]], capture_output=True, text=True).stdout.strip().splitlines()
            if len(amb) > 1: print("  AMBIGUOUS NAME:", "; ".join(amb))
        with open(f"{ROOT}/docs/{f}", "w", encoding="utf-8") as fh: fh.write(r["x"])
        lab = {"file": f,
               "source": {"repo": None, "commit": None, "path": None, "extract": None, "url": r["url"], "query": r["q"]},
               "split": split_of(f), "title": r.get("title"), "titleAlt": r.get("alt", []),
               "year": r.get("year"), "date": r.get("date"), "regionPath": reg, "level": r.get("level"),
               "org": r.get("org"), "kind": r.get("kind"), "docNumber": r.get("doc"), "validity": r.get("val"),
               "hasHeader": r["hdr"], "hasTitleLine": r["tl"], "note": r.get("note")}
        if (reg is None) != (lab["level"] is None): sys.exit(f"{f}: level/region mismatch")
        labels[f] = lab; urls[r["url"]] = f
        with open(STORE, "a", encoding="utf-8") as fh: fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
        print("ok", f, lab["split"], lab["title"])
    write_all(labels); print("total", len(labels))
main()
