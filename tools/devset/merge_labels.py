#!/usr/bin/env python3
"""Merges the development set's labels into one file, in the schema the tests read (DevSetLabel.cs).

    python3 tools/devset/merge_labels.py [DEVSET]      # DEVSET defaults to $REPORTSEARCH_DEVSET or /work/devset

Inputs: the first round's labels (v1, 179 documents, the committed labels.json entries whose `set` is v1) and every
later round's labels in DEVSET/parts/<part>.json (one file per labelling round; schema in tools/devset/README.md).
Output: DEVSET/labels.json and the committed copy tests/ReportSearch.Core.Tests/DevSet/labels.json (labels and
sources only, never document text). Each part's documents get `set` = the part's name; the split is checked against
the file-name rule, never reassigned. Duplicate sources (same repository path or page address) are reported.
"""
import hashlib, json, os, re, sys, unicodedata

REPO = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
COMMITTED = os.path.join(REPO, "tests", "ReportSearch.Core.Tests", "DevSet", "labels.json")
FIELDS = ["file", "source", "set", "split", "title", "titleAlt", "year", "date", "regionPath", "level", "org", "kind",
          "docNumber", "validity", "hasHeader", "hasTitleLine", "note"]
SOURCE_FIELDS = ["repo", "path", "commit", "extract", "url", "query", "keptCopy"]
# Sources read through the search tool, whose text may be read there but never copied: its stored pages (a `url`) and
# repositories it has no snapshot of (their files were read with read_file). Their labels stay; their documents are
# not kept in the set's folder (keptCopy false), and the tests leave them out (DevSetSource.KeptCopy).
NO_SNAPSHOT = {"zhiyao87/Shanghai-Gov-Docs-Index"}


def mark_kept_copy(source):
    if source.get("url") or source.get("repo") in NO_SNAPSHOT: source["keptCopy"] = False
    else: source.pop("keptCopy", None)
LEVELS = {"national", "province", "city", "county", "town", "street", None}
VALIDITY = {"现行有效", "已废止", "已修订", None}


def split_of(file):
    return "holdout" if int(hashlib.sha1(file.encode("utf-8")).hexdigest(), 16) % 5 < 2 else "tune"


def clean(label, part):
    out = {k: label.get(k) for k in FIELDS if k in label or k in ("set",)}
    out["set"] = part
    # An alternative title equal to the title (up to spaces and quotation or book-title marks, which the search's
    # normalization drops: src/ReportSearch.Core/Analysis/QuotationMarks.cs) says nothing more.
    if out.get("title") and out.get("titleAlt"):
        norm = lambda t: re.sub(r"[\s“”‘’「」『』《》〈〉\"]+", "", unicodedata.normalize("NFKC", t)).rstrip("。.")
        out["titleAlt"] = [a for a in out["titleAlt"] if norm(a) != norm(out["title"])]
    src = label.get("source") or {}
    out["source"] = {k: src.get(k) for k in SOURCE_FIELDS if src.get(k) is not None}
    mark_kept_copy(out["source"])
    extra = set(label) - set(FIELDS)
    if extra: print(f"  {label.get('file')}: dropped unknown fields {sorted(extra)}", file=sys.stderr)
    problems = []
    if part != "v1" and label.get("split") != split_of(label["file"]): problems.append(f"split {label.get('split')} is not the rule's {split_of(label['file'])}")
    if label.get("level") not in LEVELS: problems.append(f"level {label.get('level')}")
    if label.get("validity") not in VALIDITY: problems.append(f"validity {label.get('validity')}")
    if (label.get("regionPath") is None) != (label.get("level") is None): problems.append("regionPath and level must be null together")
    path, level = label.get("regionPath"), label.get("level")
    last = path[-1] if path else ""
    # A town the gazetteer lacks is labelled with the deepest unit it has (the spec): the level is that unit's.
    if level in ("town", "street") and path and not last.endswith(("镇", "乡", "苏木", "街道")):
        out["level"] = level = "county" if len(path) >= 2 else "province"
        out["note"] = ((out.get("note") or "") + f" (level set to the labelled unit's: {last} is not a town; merge_labels.py)").strip()
    if level == "street" and not last.endswith("街道"): problems.append(f"street level, but {last}")
    if level == "town" and not last.endswith(("镇", "乡", "苏木")): problems.append(f"town level, but {last}")
    if level == "province" and path and len(path) != 1: problems.append(f"province level, but {'›'.join(path)}")
    if (level == "national") != (path == ["全国"]): problems.append("national level and 全国 disagree")
    if not (out["source"].get("url") or (out["source"].get("repo") and out["source"].get("path"))): problems.append("no source")
    return out, problems


def main():
    devset = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("REPORTSEARCH_DEVSET") or "/work/devset"
    committed = json.load(open(COMMITTED, encoding="utf-8"))
    merged, seen_files, seen_sources, bad = [], set(), {}, 0
    parts_dir = os.path.join(devset, "parts")
    with_parts = {n[:-5] for n in os.listdir(parts_dir) if n.endswith(".json")} if os.path.isdir(parts_dir) else set()
    # v1, and every later round whose parts file is not in this folder (a round of pages, whose parts are not kept
    # with their documents), are carried from the committed labels as they are.
    for l in committed:
        part = l.get("set", "v1")
        if part != "v1" and part in with_parts: continue
        l = dict(l); l["set"] = part
        if part == "v1": l["split"] = "tune"
        l["source"] = dict(l.get("source") or {}); mark_kept_copy(l["source"])
        merged.append({k: l[k] for k in FIELDS if k in l}); seen_files.add(l["file"])
        key = l["source"].get("url") or f"{l['source'].get('repo')}:{l['source'].get('path')}:{l['source'].get('extract')}"
        seen_sources[key] = l["file"]
    for part in sorted(with_parts):
        name = part + ".json"
        for label in json.load(open(os.path.join(parts_dir, name), encoding="utf-8")):
            out, problems = clean(label, part)
            if out["file"] in seen_files: problems.append("file labelled twice")
            key = out["source"].get("url") or f"{out['source'].get('repo')}:{out['source'].get('path')}:{out['source'].get('extract')}"
            if key in seen_sources: problems.append(f"same source as {seen_sources[key]}")
            if problems:
                bad += 1; print(f"  {out['file']}: left out: {'; '.join(problems)}", file=sys.stderr); continue
            seen_sources[key] = out["file"]; seen_files.add(out["file"]); merged.append(out)
    # Our own corrections of earlier labels, each with its reason (tools/devset/fix_law_dates.py writes the regulations').
    fixes_path = os.path.join(os.path.dirname(__file__), "label-fixes.json")
    fixes = json.load(open(fixes_path, encoding="utf-8")) if os.path.exists(fixes_path) else {}
    for l in merged:
        fix = fixes.get(l["file"])
        if not fix: continue
        for key, value in fix.items():
            if key != "why": l[key] = value
        # The v1 labels are read back from the committed file, which already carries the fix: mark it once.
        note = re.sub(r"\s*\[relabelled: [^\]]*\]", "", l.get("note") or "")
        l["note"] = (note + f" [relabelled: {fix['why']}]").strip()
    text = json.dumps(merged, ensure_ascii=False, indent=1) + "\n"
    for path in (os.path.join(devset, "labels.json"), COMMITTED):
        with open(path, "w", encoding="utf-8") as f: f.write(text)
    by = lambda key: {v: sum(1 for l in merged if l.get(key) == v) for v in sorted({str(l.get(key)) for l in merged})}
    print(f"{len(merged)} labels ({bad} left out); sets {dict((s, sum(1 for l in merged if l['set'] == s)) for s in sorted({l['set'] for l in merged}))}; "
          f"splits tune {sum(l['split'] == 'tune' for l in merged)}, holdout {sum(l['split'] == 'holdout' for l in merged)}")


if __name__ == "__main__":
    main()
