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
import hashlib, html, json, os, re, sqlite3, subprocess, sys, tempfile

MIRROR = "/work/.mirror"
OUT = "/work/devset/docs/rpE"

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


def git_dir(src):
    repo, commit, sub = src
    d = os.path.join(MIRROR, repo.replace("/", "+"), sub)
    return d


def blob(src, path):
    repo, commit, sub = src
    return subprocess.run(["git", "-C", git_dir(src), "show", "%s:%s" % (commit, path)],
                          check=True, capture_output=True).stdout


ESC = {'n': '\n', 'r': '\r', 't': '\t', '0': '\0', "'": "'", '"': '"', '\\': '\\', 'Z': '\x1a', 'b': '\b'}


def sql_values(line, i=None):
    """Values of one SQL tuple; i = index just after its "(" (default: after "VALUES(")."""
    if i is None:
        i = line.index("VALUES(") + 7
    vals, n = [], len(line)
    while i < n:
        c = line[i]
        if c == "'":
            j, buf = i + 1, []
            while True:
                d = line[j]
                if d == '\\':
                    buf.append(ESC.get(line[j + 1], line[j + 1])); j += 2
                elif d == "'":
                    if j + 1 < n and line[j + 1] == "'":
                        buf.append("'"); j += 2
                    else:
                        break
                else:
                    buf.append(d); j += 1
            vals.append("".join(buf)); i = j + 1
        elif c in ", ":
            i += 1
        elif c in "\r\n\t":
            i += 1
        elif c == ")":
            break
        else:
            j = i
            while line[j] not in ",)":
                j += 1
            vals.append(line[i:j].strip()); i = j
    sql_values.end = i + 1
    return vals


def sql_tuples(text, table):
    """All tuples of the multi-row statement `insert into <table> values (..),(..);`."""
    m = re.search(r"insert into %s values\s*\(" % re.escape(table), text, re.I)
    i, rows = m.end(), []
    while True:
        rows.append(sql_values(text, i))
        i = sql_values.end
        while text[i] in " \r\n\t":
            i += 1
        if text[i] != ",":
            break
        i += 1
        while text[i] in " \r\n\t":
            i += 1
        assert text[i] == "(", text[i:i + 20]
        i += 1
    return rows


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
        hits = [r for r in sql_tuples(text, table) if r[0] == rid]
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
    hits = [l for l in text.split("\n") if l.startswith(prefix) and sql_values(l)[0] == rid]
    assert len(hits) == 1, (ex, len(hits))
    return html.unescape(sql_values(hits[0])[int(col)]).encode("utf-8")


def plan():
    for i, (src, path, ex, ext) in enumerate(DOCS, 1):
        yield ("rpE/rpE%04d.%s" % (i, ext), src[0], src[1], path, ex)


def main():
    check = "--check" in sys.argv
    os.makedirs(OUT, exist_ok=True)
    diff = 0
    cache = {}
    for (f, repo, commit, path, ex), (src, _, _, _) in zip(plan(), DOCS):
        key = (repo, commit, path)
        if key not in cache:
            cache[key] = blob(src, path)
        data = extract(cache[key], ex)
        h = hashlib.sha1(data).hexdigest()
        target = os.path.join("/work/devset/docs", f)
        if check:
            old = open(target, "rb").read() if os.path.exists(target) else b""
            ok = hashlib.sha1(old).hexdigest() == h
            diff += not ok
            print(("OK   " if ok else "DIFF ") + f, h)
        else:
            open(target, "wb").write(data)
            print(f, len(data), h)
    if check:
        print(len(DOCS), "documents,", diff, "differ")
        sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
