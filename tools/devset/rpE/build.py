#!/usr/bin/env python3
"""Re-create the documents of part rpE from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes come from `git show COMMIT:PATH` in the mirror, plus one extraction step:
  "file"                                   -> the blob as is.
  "sql-tuple:<table>:<id>:<col>"           -> value <col> (0-based) of the tuple whose first value is <id> in the
        multi-row statement `insert into <table> values (..),(..);` (MySQL string escapes undone, no entity decoding).
  "java-comment-json:<field>:<k>:<key>"    -> the Javadoc line ` * <field> : [...]` of a Java bean holds a JSON list
        (GsonFormat sample); record <k> (0-based) is parsed and its string value <key> taken.
  "js-string:<name>:<k>:-"                 -> the <k>-th (0-based) `<name>:"…"` string literal of a JS object literal,
        unescaped as a JSON string.
  "sqlite-join:<table>:<rowid>:<c1>-<cN>" -> the blob is an SQLite database (a site's CMS store); row <rowid> of
        <table> is read and its non-empty text columns c1..cN (html1-html20) are joined with "\n" (each column
        holds one paragraph; the site's layout prefixes such as 'p…png', 'm', 'l', 'r' are kept as stored).
  "sql-row-html:<table>:<id>:<col>"        -> the blob is a MySQL dump (UTF-8) with one
        `INSERT INTO `<table>` VALUES('..','..',...);` statement per line. The line whose first value
        is <id> is taken; its values are parsed (MySQL string escapes \\r \\n \\t \\' \\\\ etc. undone);
        value number <col> (0-based) is taken. The CMS stored the HTML entity-escaped
        (&lt;p&gt; ...), so HTML entities are decoded exactly once (Python html.unescape) to give the
        page fragment as it was shown on the site. Written UTF-8 as .html.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import html, json, os, re, sqlite3, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools


JZ = ("xiaohaoyong/www.jzfupin.cn", "ab3e028f6b6d74926c15e69debb93a3253348887", "repo")
JZ_SQL = "data/bakup/1467003630/iaewebtables_20160627_9987_1.sql"

# (source tuple, path, extract, ext)
DOCS = []
for nid in ["10", "118", "119", "120", "121", "122", "123", "124", "125"]:
    DOCS.append((JZ, JZ_SQL, "sql-row-html:io_content_news:%s:2" % nid, "html"))


EQ = ("equalshelby/Equal.Net", "207c38b1322a49d518fb753cf524250228dd6656", "repo")
DOCS.append((EQ, "DigiWeb/webapp/pages/news.aspx", "file", "html"))
ZW = ("13058004410/zhejiangwanfeng", "aae17437ac6ef09bb873527620cd67e1498bd796", "repo")
DOCS.append((ZW, "zhangjiangwanfeng.sql", "sql-tuple:zongbuxinwen:1:4", "html"))
MZ = ("cash2one/myzd.com", "ce73b4ff6071e0899ea71c1ebf386087322ad4d2", "repo")
DOCS.append((MZ, "themes/v5/views/article/pages/2944bd01.php", "file", "html"))
AP = ("tanggongwen/AmazingPlayer", "d9e841cfb61f278e5fa3c97846bc4ca4867f1a7b", "repo")
for k in range(10):
    DOCS.append((AP, "module_res/src/main/java/com/mahuahudong/res/beans/NewsSpecialListBean.java",
                 "java-comment-json:list:%d:details" % k, "html"))
JL = ("usergitxm/jlzls", "770f53bbc2d81eaf5de60f7a17e1b683960a1b2d", "repo")
DOCS.append((JL, "NBSW/News1.aspx", "file", "html"))
KH = ("Khaoden/Vue3-Springboot_Project_FE", "732b05ba8876e8d0f98c532196ed910471e55f1e", "repo")
for k in ["01", "04", "05", "06", "09"]:
    DOCS.append((KH, "src/views/Information/components/components/detail%s.vue" % k, "file", "html"))
LJ = ("ChongchongChen1118/helloLiujia", "6832b7c9965e3d3327811996fc0aafef49f0cddf", "repo")
for k in [1, 2, 3]:
    DOCS.append((LJ, "miniprogram/pages/newsDetail/newsDetail.js", "js-string:content:%d:-" % k, "html"))
FX = ("foxwel88/jiangsu", "024cb3ed333b4cba98ca9af1ebee2d5710b6c718", "repo")
for k in [21, 23, 25, 28, 133, 81]:
    DOCS.append((FX, "data/data.db", "sqlite-join:article:%d:html1-html10" % k, "txt"))
for k in [7, 8, 9, 10, 11, 12, 96, 100, 102, 103, 104, 106, 107, 108, 113, 114, 115, 120, 121, 123, 124, 126,
          138, 143, 146]:
    DOCS.append((FX, "data/data.db", "sqlite-join:menu_article:%d:html1-html20" % k, "txt"))
for k in [20, 26, 84, 113, 147, 148]:
    DOCS.append((FX, "data/data.db", "sqlite-join:article:%d:html1-html10" % k, "txt"))
for k in [142, 144, 145]:
    DOCS.append((FX, "data/data.db", "sqlite-join:menu_article:%d:html1-html20" % k, "txt"))


def extract(data, ex):
    if ex == "file":
        return data
    kind, table, rid, col = ex.split(":")
    if kind == "sqlite-join":
        # the blob is an SQLite database; the row with rowid <rid> of <table> is read and its non-empty text
        # columns <col> (e.g. html1-html20, in order) are joined with "\n"
        first, last = col.split("-")
        stem = first.rstrip("0123456789")
        names = ["%s%d" % (stem, k) for k in range(int(first[len(stem):]), int(last[len(stem):]) + 1)]
        with tempfile.NamedTemporaryFile(suffix=".db") as tf:
            tf.write(data); tf.flush()
            con = sqlite3.connect(tf.name)
            row = con.execute('select %s from "%s" where rowid=?' % (",".join('"%s"' % n for n in names), table),
                              (int(rid),)).fetchone()
            con.close()
        return "\n".join(v for v in row if v).encode("utf-8")
    text = data.decode("utf-8")
    if kind == "sql-tuple":
        hits = [r for r in round_tools.sql_tuples(text, table) if r[0] == rid]
        assert len(hits) == 1, (ex, len(hits))
        return hits[0][int(col)].encode("utf-8")
    if kind == "java-comment-json":
        # table = the field name of a Javadoc line ` * <table> : [ ... ]`, rid = index in that list
        lines = [l.strip() for l in text.split("\n") if l.strip().startswith("* %s : " % table)]
        assert len(lines) == 1
        rec = json.loads(lines[0][len("* %s : " % table):])[int(rid)]
        return rec[col].encode("utf-8")
    if kind == "js-string":
        # table = a property name in a JS object literal; rid = 0-based index among its `name:"…"` string
        # literals in the file; the literal is unescaped as a JSON string (it has no JS-only escapes)
        lits = re.findall(r'\b%s\s*:\s*"((?:[^"\\]|\\.)*)"' % re.escape(table), text)
        return json.loads('"%s"' % lits[int(rid)]).encode("utf-8")
    assert kind == "sql-row-html"
    prefix = "INSERT INTO `%s` VALUES(" % table
    hits = [l for l in text.split("\n") if l.startswith(prefix) and round_tools.sql_row(l)[0] == rid]
    assert len(hits) == 1, (ex, len(hits))
    return html.unescape(round_tools.sql_row(hits[0])[int(col)]).encode("utf-8")


if __name__ == "__main__":
    round_tools.build("rpE", DOCS, extract, sys.argv)
