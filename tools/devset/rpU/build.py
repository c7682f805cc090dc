#!/usr/bin/env python3
"""Re-create the documents of part rpU from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes come from `git show COMMIT:PATH` in the mirror, plus one extraction step:
  "sql-insert:<table>:<id>:<col>" -> the blob is a phpMyAdmin dump (UTF-8) whose table <table> is dumped as one or
        more multi-row statements `INSERT INTO `<table>` (`col`, ...) VALUES\n(..),\n(..);`; the tuple whose first value
        is <id> is taken and its value number <col> (0-based) kept, MySQL string escapes (\\r \\n \\' \\\\ ...) undone by
        round_tools.sql_values, nothing else changed (a leading space, \\r line ends, markup all stay). Written UTF-8.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (repo, commit, git dir inside the mirror folder)
WL = ("enoguerola/wlzx-oa", "e65ecf1d5ea775ecdb431913f075a35ed2de35cf", "repo")
WL_SQL = "wlzx/sql/wlims/wlzx_oa.sql"

# (source, path, extract, ext): rows of wlzx_oa_notice (value 7 = `content`); the plain-text rows are saved .txt,
# the rows the OA's Flash editor stored as <TEXTFORMAT><P><FONT> markup are saved .html
DOCS = []
for nid, ext in [("20", "txt"), ("36", "txt"), ("43", "txt"), ("52", "html"), ("63", "html"), ("64", "html"),
                 ("70", "html"), ("74", "html")]:
    DOCS.append((WL, WL_SQL, "sql-insert:wlzx_oa_notice:%s:7" % nid, ext))


def extract(data, ex):
    text = data.decode("utf-8")
    kind, table, rid, col = ex.split(":")
    assert kind == "sql-insert"
    hits = [r for r in round_tools.sql_insert_rows(text, table) if r[0] == rid]
    assert len(hits) == 1, (ex, len(hits))
    return hits[0][int(col)].encode("utf-8")


if __name__ == "__main__":
    round_tools.build("rpU", DOCS, extract, sys.argv)
