#!/usr/bin/env python3
"""Re-create the documents of part rpF from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes come from `git show COMMIT:PATH` in the mirror, plus one extraction step:
  "sql-tuple:<table>:<id>:<col>"  -> the blob is a MySQL dump (UTF-8) whose table <table> is dumped as one multi-row
        statement `INSERT INTO `<table>` VALUES (..),(..);`; the tuple whose first value is <id> is taken and its value
        number <col> (0-based) kept, MySQL string escapes (\\n \\' \\\\ ...) undone, nothing else changed. Written UTF-8.
  "php-seed:<k>:<field>"          -> the blob is a PHP seeder (October CMS) with `Post::create([...]);` calls; the
        <k>-th call (0-based) is taken and its single-quoted '<field>' => '...' value kept, PHP single-quote escapes
        (\\' and \\\\) undone. Written UTF-8.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (repo, commit, git dir inside the mirror folder)
JS = ("w2874382167/v1_jianshui", "387708c391c6ee89e38f25241d4d413e70bd4a02", "repo")
WY = ("zwj1007/october-wyds-plugins", "5e03e038e1b821e28a3f6ae3131a2420db62db52", "repo/.git")
JS_SQL = "v1_jianshui_cloud.sql"
WY_PHP = "plugins/buuug7/news/updates/seed_posts_five_tables.php"

# (source, path, extract, ext)
DOCS = []
for nid in ["1", "3", "6", "13", "15", "21", "22", "23"]:
    DOCS.append((JS, JS_SQL, "sql-tuple:app_articles:%s:3" % nid, "md"))
for k in [0, 1, 4, 5, 6, 7, 8, 9]:
    DOCS.append((WY, WY_PHP, "php-seed:%d:content" % k, "html"))


def extract(data, ex):
    text = data.decode("utf-8")
    kind, rest = ex.split(":", 1)
    if kind == "sql-tuple":
        table, rid, col = rest.split(":")
        hits = [r for r in round_tools.sql_tuples(text, table) if r[0] == rid]
        assert len(hits) == 1, (ex, len(hits))
        return hits[0][int(col)].encode("utf-8")
    assert kind == "php-seed"
    k, field = rest.split(":")
    calls = re.findall(r"Post::create\(\[(.*?)\n\s*\]\);", text, re.S)
    m = re.search(r"'%s' => '((?:[^'\\]|\\.)*)'" % re.escape(field), calls[int(k)], re.S)
    value = re.sub(r"\\([\\'])", r"\1", m.group(1))
    return value.encode("utf-8")


if __name__ == "__main__":
    round_tools.build("rpF", DOCS, extract, sys.argv)
