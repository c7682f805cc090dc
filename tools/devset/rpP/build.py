#!/usr/bin/env python3
"""Re-create the documents of part rpP from the fetched bare git mirror of IAAR-Shanghai/CRUD_RAG
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
    ("2_part_3", 1000), ("5_part_3", 462), ("3_part_3", 1359), ("10_part_2", 530), ("9_part_3", 1311),
    ("11_part_3", 247), ("6_part_1", 108), ("1_part_2", 21), ("2_part_2", 988), ("2_part_3", 483),
    ("10_part_3", 836), ("10_part_3", 26), ("9_part_2", 1268), ("1_part_1", 1892), ("1_part_3", 243),
    ("2_part_3", 6), ("6_part_1", 742), ("6_part_1", 81), ("10_part_3", 1301), ("3_part_2", 1927),
    ("1_part_1", 1902), ("2_part_1", 914), ("5_part_3", 1220), ("9_part_2", 807), ("2_part_2", 284),
    ("2_part_3", 306), ("4_part_2", 1521), ("9_part_2", 1046), ("7_part_3", 1576), ("4_part_1", 1127),
    ("3_part_1", 1884), ("4_part_1", 1161), ("10_part_2", 91), ("6_part_2", 993), ("6_part_3", 2),
    ("9_part_3", 433), ("7_part_1", 1833), ("8_part_2", 1128), ("2_part_2", 376), ("1_part_2", 1386),
    ("10_part_2", 651), ("3_part_1", 5), ("4_part_1", 1534), ("7_part_1", 1139), ("6_part_3", 240),
    ("10_part_1", 1540), ("9_part_1", 1501), ("2_part_2", 987), ("10_part_2", 864), ("6_part_1", 275),
    ("6_part_1", 1251), ("6_part_2", 1755), ("10_part_1", 1521),
]
DOCS = [(CR, D % f, "line:%d" % n, "txt") for f, n in PICK]


if __name__ == "__main__":
    round_tools.build("rpP", DOCS, round_tools.extract_line, sys.argv)
