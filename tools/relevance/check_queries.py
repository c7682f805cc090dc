#!/usr/bin/env python3
"""Checks bench/relevance/queries.json and judgments.json: the split of every query is the one its id hashes to
(chosen once, never by looking at results: sha1(id) mod 5 < 2 is holdout, about 40 %), ids are unique, every
judgment names a known query, a corpus file and a grade 0..2, once.

    python3 tools/relevance/check_queries.py [--corpus /work/relevance/docs]
"""
import hashlib, json, os, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench", "relevance")


def split_of(query_id):
    return "holdout" if int(hashlib.sha1(query_id.encode("utf-8")).hexdigest(), 16) % 5 < 2 else "tune"


def main():
    corpus = sys.argv[sys.argv.index("--corpus") + 1] if "--corpus" in sys.argv else "/work/relevance/docs"
    queries = json.load(open(os.path.join(ROOT, "queries.json"), encoding="utf-8"))
    problems = []
    ids = [q["id"] for q in queries]
    if len(ids) != len(set(ids)):
        problems.append("duplicate query ids")
    for q in queries:
        if q["split"] != split_of(q["id"]):
            problems.append(f"{q['id']}: split {q['split']}, hash says {split_of(q['id'])}")
    path = os.path.join(ROOT, "judgments.json")
    judgments = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else []
    seen = set()
    for j in judgments:
        key = (j["queryId"], j["file"])
        if j["queryId"] not in ids or j["grade"] not in (0, 1, 2) or key in seen:
            problems.append(f"bad judgment {j}")
        if os.path.isdir(corpus) and not os.path.exists(os.path.join(corpus, j["file"])):
            problems.append(f"judged file not in the corpus: {j['file']}")
        seen.add(key)
    by_split = {s: sum(q["split"] == s for q in queries) for s in ("tune", "holdout")}
    print(f"{len(queries)} queries {by_split}, {len(judgments)} judgments, {len(problems)} problems")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
