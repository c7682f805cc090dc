#!/usr/bin/env python3
"""Re-create the documents of part rpO from the fetched bare git mirror of IAAR-Shanghai/CRUD_RAG
(/work/.mirror/IAAR-Shanghai+CRUD_RAG/repo).

CRUD-RAG (a Chinese RAG benchmark) commits its retrieval corpus of about 80,000 Chinese news documents crawled in
July-August 2023 (mostly pages of Sohu and other portals that repost official WeChat accounts and local government
sites) under data/80000_docs/documents_dup_part_<i>_part_<j>. Each file is UTF-8 text with one document per line:
'<time>，正文：<text>' (the time may be empty; newlines inside a document are removed by the corpus). The files
documents_hallu.txt_part_* hold altered (hallucinated) texts and are not used.

Every document's bytes come from `git show COMMIT:PATH` plus one extraction step:
  "line:<n>" -> line n (0-based, the blob decoded as UTF-8 and split on '\\n') kept as it is (the time prefix, the
        '原标题：' heading, credits and portal footers such as '返回搜狐，查看更多' stay). Written UTF-8.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

CR = ("IAAR-Shanghai/CRUD_RAG", "1aace383994e1f68efa12cf2a8e2dadfb4102ceb", "repo")
D = "data/80000_docs/documents_dup_part_%s"

# (file suffix, 0-based line) in document order
PICK = [
    ("10_part_1", 1557), ("10_part_3", 98), ("10_part_3", 178), ("10_part_3", 1014), ("7_part_1", 940),
    ("4_part_3", 1595), ("4_part_3", 1640), ("2_part_3", 820), ("3_part_3", 1705), ("4_part_2", 695),
    ("6_part_1", 1183), ("5_part_1", 70), ("6_part_2", 1053), ("8_part_3", 1281), ("1_part_2", 329),
    ("11_part_3", 63), ("2_part_3", 1788), ("4_part_2", 204), ("2_part_2", 387),
    ("7_part_2", 1018), ("5_part_1", 1783), ("9_part_3", 372), ("8_part_2", 1499), ("7_part_1", 684),
    ("5_part_1", 751), ("10_part_1", 193), ("11_part_1", 645), ("5_part_2", 1256), ("2_part_3", 220),
    ("10_part_3", 1498), ("2_part_1", 1928),
]
DOCS = [(CR, D % f, "line:%d" % n, "txt") for f, n in PICK]


if __name__ == "__main__":
    round_tools.build("rpO", DOCS, round_tools.extract_line, sys.argv)
