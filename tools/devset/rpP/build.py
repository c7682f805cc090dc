#!/usr/bin/env python3
"""Re-create the documents of part rpP: lines of the news corpus of IAAR-Shanghai/CRUD_RAG (round_tools.CRUD_RAG, whose
comment describes it), each kept as it is (round_tools.extract_line). Written UTF-8.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

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
DOCS = round_tools.news_corpus_docs(PICK)


if __name__ == "__main__":
    round_tools.build("rpP", DOCS, round_tools.extract_line, sys.argv)
