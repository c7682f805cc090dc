#!/usr/bin/env python3
"""Re-create the documents of part rqA from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes come from `git show COMMIT:PATH` in the mirror, plus one extraction step:
  "json-item:<k>:<field>"        -> the blob is a UTF-8 JSON array of objects; the string value <field> of item number
        <k> (0-based) is kept exactly as json.loads gives it (no cleaning: the crawler's first line naming the source
        account, the run-together copy of the paragraphs and the paragraph-by-paragraph copy both stay). Written UTF-8.
  "sql-tuple:<table>:<id>:<col>" -> the blob is a MySQL dump (UTF-8) whose table <table> is dumped as one multi-row
        statement `INSERT INTO `<table>` VALUES (..),(..);`; the tuple whose first value is <id> is taken and its value
        number <col> (0-based) kept, MySQL string escapes undone (round_tools.sql_tuples), nothing else changed. Written
        UTF-8 (the value is the article's HTML fragment, <p> tags and all).
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (repo, commit, git dir inside the mirror folder)
TG = ("tankpanv/truth-guardian-server", "21d155045c0d75219e58216d08c330dd5c8c4060", "repo")
TG_LD = "piyao_ld_results.json"          # 20 items of www.piyao.org.cn's local ('ld') list, crawled 2025-07
TG_SQL = "truetuardian_backup.sql"       # the app's MySQL dump (2025-05-17), table debunk_article

# (source, path, extract, ext)
DOCS = []
for k in [5, 14, 15, 19]:
    DOCS.append((TG, TG_LD, "json-item:%d:content" % k, "txt"))
for rid in ["133", "135", "137", "127"]:
    DOCS.append((TG, TG_SQL, "sql-tuple:debunk_article:%s:2" % rid, "html"))
for k in [4, 10]:  # two city-level items of the same list, kept along with the county ones
    DOCS.append((TG, TG_LD, "json-item:%d:content" % k, "txt"))


def extract(data, ex):
    text = data.decode("utf-8")
    kind, rest = ex.split(":", 1)
    if kind == "json-item":
        k, field = rest.split(":")
        return json.loads(text)[int(k)][field].encode("utf-8")
    assert kind == "sql-tuple"
    table, rid, col = rest.split(":")
    hits = [r for r in round_tools.sql_tuples(text, table) if r[0] == rid]
    assert len(hits) == 1, (ex, len(hits))
    return hits[0][int(col)].encode("utf-8")


if __name__ == "__main__":
    round_tools.build("rqA", DOCS, extract, sys.argv)
