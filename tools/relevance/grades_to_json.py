#!/usr/bin/env python3
"""Turns grading notes ("queryId file grade" a line, as written while reading a pool) into
bench/relevance/judgments.json, merged with the judgments already there (a note overrides an older grade).

    python3 tools/relevance/grades_to_json.py NOTES.txt
"""
import json, os, sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench", "relevance", "judgments.json")


def main():
    old = json.load(open(PATH, encoding="utf-8")) if os.path.exists(PATH) else []
    grades = {(j["queryId"], j["file"]): j["grade"] for j in old}
    for line in open(sys.argv[1], encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        qid, file, grade = line.split()
        grades[(qid, file)] = int(grade)
    rows = [{"queryId": q, "file": f, "grade": g} for (q, f), g in sorted(grades.items())]
    with open(PATH, "w", encoding="utf-8") as out:
        out.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n")
    print(f"{len(rows)} judgments -> {PATH}")


if __name__ == "__main__":
    main()
