#!/usr/bin/env python3
"""Relabels the date and year of the LawRefBook regulations (folders lw/ and repo-lw/) by the text's own rule.

    python3 tools/devset/fix_law_dates.py [DEVSET]    # writes tools/devset/label-fixes.json

Why: the first round labelled a regulation by its first 通过 date, the second by the date in the source's file name,
which the text sometimes does not state at all. A reader of the text (and the extractor, which never sees file names)
can only know the history lines under the title. The rule for both rounds: a regulation's date is the latest dated
step of those lines that made the current text law (通过, 批准, 修正, 修订); 施行 (when it takes effect) and 公布 are
not decisions. The year is that date's year. Documents without such a line keep their labels.
"""
import json, os, re, sys

REPO = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(REPO, "tools", "devset", "label-fixes.json")
DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
STEP = re.compile(r"通过|批准|修正|修订")


def history_lines(text):
    lines = []
    for line in text.splitlines()[1:]:
        s = line.strip()
        if s.startswith("<!--") or re.match(r"^(#+\s*)?第[一二三四五六七八九十百]+[章条]", s) or s.startswith("目录"):
            break
        if s: lines.append(s)
    return lines


def law_date(text):
    best = None
    for line in history_lines(text):
        # A line may hold several steps: 2001年4月12日…通过 根据2021年5月28日…修正.
        for part in re.split(r"(?=\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)", line):
            m = DATE.search(part)
            if not m or not STEP.search(part) or "施行" in part and not STEP.search(part.replace("施行", "")): continue
            d = f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
            best = max(best or d, d)
    return best


def main():
    devset = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("REPORTSEARCH_DEVSET") or "/work/devset"
    labels = json.load(open(os.path.join(devset, "labels.json"), encoding="utf-8"))
    fixes, changed = {}, 0
    for l in labels:
        if not (l["file"].startswith("lw/") or l["file"].startswith("repo-lw/")): continue
        text = open(os.path.join(devset, "docs", l["file"]), encoding="utf-8").read()
        d = law_date(text)
        if d is None: continue
        fix = {"date": d, "year": int(d[:4]), "why": "latest 通过/批准/修正/修订 step of the history lines (tools/devset/fix_law_dates.py)"}
        if l.get("date") != d or l.get("year") != fix["year"]: changed += 1
        fixes[l["file"]] = fix
    with open(OUT, "w", encoding="utf-8") as f: json.dump(fixes, f, ensure_ascii=False, indent=1, sort_keys=True); f.write("\n")
    print(f"{len(fixes)} regulations dated by their history lines; {changed} labels change")


if __name__ == "__main__":
    main()
