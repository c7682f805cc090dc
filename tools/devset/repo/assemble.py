#!/usr/bin/env python3
"""Join the label files of part `repo` into /work/devset/parts/repo.json, check them, write summary.txt.

    python3 assemble.py

Checks: every file exists under /work/devset/docs, split follows the hash rule, every regionPath is a gazetteer
path (or ["全国"]), level agrees with regionPath, date is yyyy-MM-dd and its year equals `year` where both are set.
"""
import collections, hashlib, json, os, re, sys
import gazetteer as G

HERE = os.path.dirname(os.path.abspath(__file__))
PARTS = ["labels_lw.json", "labels_lh.json", "labels_sh.json"]
DOCS = "/work/devset/docs"
KEYS = ["file", "source", "split", "title", "titleAlt", "year", "date", "regionPath", "level", "org", "kind",
        "docNumber", "validity", "hasHeader", "hasTitleLine", "note"]
KINDS = set("报告 总结 计划 要点 通知 意见 办法 方案 决定 决议 规划 公告 条例 规定 规则 简介 函 答复 纲要 法 新闻 讲话".split())


def split_of(file):
    return "holdout" if int(hashlib.sha1(file.encode()).hexdigest(), 16) % 5 < 2 else "tune"


def check(l):
    errs = []
    if list(l.keys()) != KEYS: errs.append(f"keys {list(l.keys())}")
    if not os.path.exists(os.path.join(DOCS, l["file"])): errs.append("missing doc")
    if l["split"] != split_of(l["file"]): errs.append("split")
    rp = l["regionPath"]
    if rp is not None and rp != ["全国"] and not G.check(rp): errs.append(f"region {rp}")
    if (rp is None) != (l["level"] is None): errs.append("level/region null mismatch")
    if rp and rp != ["全国"] and G.level_of(rp) not in (l["level"], "town/street"): errs.append(f"level {l['level']} vs {G.level_of(rp)}")
    if l["date"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", l["date"]): errs.append("date form")
    if l["kind"] is not None and l["kind"] not in KINDS: errs.append(f"kind {l['kind']}")
    if l["validity"] not in (None, "现行有效", "已废止", "已修订"): errs.append("validity")
    return errs


def decade(y):
    return f"{y // 10 * 10}s" if y else "no year"


def table(title, counter):
    lines = [title]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        lines.append(f"  {k}: {v}")
    return "\n".join(lines)


def main():
    labels = []
    for p in PARTS:
        path = os.path.join(HERE, p)
        if os.path.exists(path):
            labels += json.load(open(path, encoding="utf-8"))
    bad = 0
    for l in labels:
        e = check(l)
        if e:
            bad += 1; print("ERROR", l["file"], e)
    files = [l["file"] for l in labels]
    assert len(files) == len(set(files)), "duplicate file names"
    with open("/work/devset/parts/repo.json", "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    below = [l for l in labels if l["level"] in ("county", "town", "street")]
    out = [f"part repo: {len(labels)} documents ({len(below)} at county level or below); label errors: {bad}",
           table("by level", collections.Counter(l["level"] or "null" for l in labels)),
           table("by province (first element of regionPath)", collections.Counter((l["regionPath"] or ["null"])[0] for l in labels)),
           table("by decade (label year)", collections.Counter(decade(l["year"]) for l in labels)),
           table("by kind", collections.Counter(l["kind"] or "null" for l in labels)),
           table("by header", collections.Counter("with header" if l["hasHeader"] else "without header" for l in labels)),
           table("by title line", collections.Counter("with title line" if l["hasTitleLine"] else "without title line" for l in labels)),
           table("by split", collections.Counter(l["split"] for l in labels)),
           table("by source folder", collections.Counter(l["file"].split("/")[0] for l in labels)),
           table("with docNumber", collections.Counter("docNumber set" if l["docNumber"] else "docNumber null" for l in labels)),
           table("by validity", collections.Counter(l["validity"] or "null" for l in labels)),
           table("county level or below, by split", collections.Counter(l["split"] for l in below))]
    text = "\n".join(out) + "\n"
    open(os.path.join(HERE, "summary.txt"), "w", encoding="utf-8").write(text)
    print(text)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
