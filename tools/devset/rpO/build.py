#!/usr/bin/env python3
"""Re-create the documents of part rpO: lines of the news corpus of IAAR-Shanghai/CRUD_RAG (round_tools.CRUD_RAG, whose
comment describes it), each kept as it is (round_tools.extract_line). Written UTF-8.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

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
DOCS = round_tools.news_corpus_docs(PICK)


if __name__ == "__main__":
    round_tools.build("rpO", DOCS, round_tools.extract_line, sys.argv)
