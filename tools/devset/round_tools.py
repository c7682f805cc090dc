#!/usr/bin/env python3
"""What every labelling round's scripts share (rounds rpE on; rpA-rpD keep their own copies, written before this):
reading a blob from a fetched bare mirror, writing or checking the round's documents, and assembling its labels.

A round folder holds build.py (DOCS: (source, path, extract, ext) rows, and extract(data, ex) -> bytes), labels_*.py
(L: one tuple per document, numbered from 1) and assemble.py, which call into this module.
"""
import hashlib, json, os, re, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from merge_labels import split_of  # the split rule is decided in one place

MIRROR = "/work/.mirror"
DOCS_DIR = "/work/devset/docs"
PARTS_DIR = "/work/devset/parts"
PLACE_CHECK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "place_path.py")


def blob(src, path):
    """The bytes of PATH at the source's commit, from its mirror (a bare git dir, or a work tree's .git)."""
    repo, commit, sub = src
    d = os.path.join(MIRROR, repo.replace("/", "+"), sub)
    if os.path.isdir(os.path.join(d, ".git")):
        d = os.path.join(d, ".git")
    return subprocess.run(["git", "--git-dir", d, "show", "%s:%s" % (commit, path)],
                          check=True, capture_output=True).stdout


def plan(part, docs):
    """(file, repo, commit, path, extract) per document, files named rpX0001.ext in order."""
    for i, (src, path, ex, ext) in enumerate(docs, 1):
        yield ("%s/%s%04d.%s" % (part, part, i, ext), src[0], src[1], path, ex)


def build(part, docs, extract, argv):
    """Write the round's documents, or with --check compare them with the files on disk (exit 1 on a difference)."""
    check = "--check" in argv
    os.makedirs(os.path.join(DOCS_DIR, part), exist_ok=True)
    diff, cache = 0, {}
    for (f, repo, commit, path, ex), (src, _, _, _) in zip(plan(part, docs), docs):
        key = (repo, commit, path)
        if key not in cache:
            cache[key] = blob(src, path)
        data = extract(cache[key], ex)
        h = hashlib.sha1(data).hexdigest()
        target = os.path.join(DOCS_DIR, f)
        if check:
            old = open(target, "rb").read() if os.path.exists(target) else b""
            ok = hashlib.sha1(old).hexdigest() == h
            diff += not ok
            print(("OK   " if ok else "DIFF ") + f, h)
        else:
            open(target, "wb").write(data)
            print(f, len(data), h)
    if check:
        print(len(docs), "documents,", diff, "differ")
        sys.exit(1 if diff else 0)


def assemble(part, docs, label_modules=("labels_a", "labels_b"), left_out=frozenset()):
    """Write PARTS_DIR/<part>.json from the plan and the hand labels, each region path checked on the gazetteer."""
    labels = {}
    for name in label_modules:
        try:
            module = __import__(name)
        except ImportError:
            continue
        for row in module.L:
            assert row[0] not in labels, row[0]
            labels[row[0]] = row
    rows = list(plan(part, docs))
    out = []
    for i, (f, repo, commit, path, ex) in enumerate(rows, 1):
        if i in left_out:
            continue
        if i not in labels:
            print("unlabelled", f)
            continue
        _, title, alt, year, date, region, level, org, kind, num, val, hh, htl, note = labels[i]
        r = subprocess.run(["python3", PLACE_CHECK, "--check"] + region, capture_output=True, text=True).stdout.strip()
        if r != "OK":
            raise SystemExit("place check failed %s %s: %s" % (f, region, r))
        out.append({"file": f, "source": {"repo": repo, "path": path, "commit": commit, "extract": ex},
                    "set": part, "split": split_of(f), "title": title, "titleAlt": alt, "year": year, "date": date,
                    "regionPath": region, "level": level, "org": org, "kind": kind, "docNumber": num,
                    "validity": val, "hasHeader": hh, "hasTitleLine": htl, "note": note})
    extra = set(labels) - set(range(1, len(rows) + 1))
    assert not extra, extra
    json.dump(out, open(os.path.join(PARTS_DIR, part + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(out), "labels written")


# MySQL dumps (rounds from rpF on): the values of `INSERT INTO `table` VALUES (..),(..);`, MySQL string escapes undone.
ESC = {'n': '\n', 'r': '\r', 't': '\t', '0': '\0', "'": "'", '"': '"', '\\': '\\', 'Z': '\x1a', 'b': '\b'}


def sql_values(text, i):
    """Values of the SQL tuple starting just after its "(" at index i; returns (values, index after ")")."""
    vals, n = [], len(text)
    while i < n:
        c = text[i]
        if c == "'":
            j, buf = i + 1, []
            while True:
                d = text[j]
                if d == '\\':
                    buf.append(ESC.get(text[j + 1], text[j + 1])); j += 2
                elif d == "'":
                    if j + 1 < n and text[j + 1] == "'":
                        buf.append("'"); j += 2
                    else:
                        break
                else:
                    buf.append(d); j += 1
            vals.append("".join(buf)); i = j + 1
        elif c in ", \r\n\t":
            i += 1
        elif c == ")":
            return vals, i + 1
        else:
            j = i
            while text[j] not in ",)":
                j += 1
            vals.append(text[i:j].strip()); i = j
    raise ValueError("unterminated tuple")


def _tuple_list(text, i):
    """The tuples of one VALUES list, from just after its first '(' (..),(..) up to the last; and where it ends."""
    rows = []
    while True:
        vals, i = sql_values(text, i)
        rows.append(vals)
        while text[i] in " \r\n\t":
            i += 1
        if text[i] != ",":
            return rows, i
        i += 1
        while text[i] in " \r\n\t":
            i += 1
        assert text[i] == "(", text[i:i + 20]
        i += 1


def sql_tuples(text, table):
    """All tuples of the multi-row statement `INSERT INTO `<table>` VALUES (..),(..);` (either case, with or without
    backquotes, tuples apart by a comma and any whitespace)."""
    m = re.search(r"insert into `?%s`? values\s*\(" % re.escape(table), text, re.I)
    return _tuple_list(text, m.end())[0]


def sql_insert_rows(text, table):
    """All tuples of every statement `INSERT INTO `<table>` [(cols)] VALUES (..),(..);` of a dump."""
    rows = []
    for m in re.finditer(r"insert into `?%s`?\s*(\([^)]*\))?\s*values\s*\(" % re.escape(table), text, re.I):
        rows += _tuple_list(text, m.end())[0]
    return rows


def extract_line(data, ex):
    """"line:<n>": line n (0-based) of a blob decoded as UTF-8 and split on '\\n', as it is (a corpus of one document
    per line)."""
    kind, n = ex.split(":")
    assert kind == "line"
    return data.decode("utf-8").split("\n")[int(n)].encode("utf-8")


# The RAG benchmark IAAR-Shanghai/CRUD_RAG (fetched as a bare git mirror, /work/.mirror/IAAR-Shanghai+CRUD_RAG/repo)
# commits its retrieval corpus of about 80,000 Chinese news documents crawled in July-August 2023 (mostly pages of Sohu
# and other portals that repost official WeChat accounts and local government sites) under
# data/80000_docs/documents_dup_part_<i>_part_<j>: UTF-8, one document per line, '<time>，正文：<text>' (the time may be
# empty; newlines inside a document are removed by the corpus). The files documents_hallu.txt_part_* hold altered
# (hallucinated) texts and are not used. Rounds rpO, rpP and rpV each pick lines of it (extract_line: the line kept as it
# is, the time prefix, the '原标题：' heading, credits and portal footers such as '返回搜狐，查看更多' staying).
CRUD_RAG = ("IAAR-Shanghai/CRUD_RAG", "1aace383994e1f68efa12cf2a8e2dadfb4102ceb", "repo")


def news_corpus_docs(pick):
    """The documents of a round of the news corpus: (file suffix such as "10_part_3", 0-based line) in document order."""
    return [(CRUD_RAG, "data/80000_docs/documents_dup_part_%s" % f, "line:%d" % n, "txt") for f, n in pick]


def extract_tsv_cell(data, ex):
    """"tsv:<n>:<col>": cell col (0-based) of line n (0-based) of a blob decoded as UTF-8, split on '\\n' and '\\t', as
    it is (a contest's one-record-per-line files)."""
    kind, n, col = ex.split(":")
    assert kind == "tsv"
    return data.decode("utf-8").split("\n")[int(n)].split("\t")[int(col)].encode("utf-8")


def sql_row(line):
    """The values of a one-line statement `INSERT INTO `<table>` VALUES(..);`."""
    return sql_values(line, line.index("VALUES(") + 7)[0]
