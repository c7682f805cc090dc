#!/usr/bin/env python3
"""Re-create the documents of part rpV: lines of the news corpus of IAAR-Shanghai/CRUD_RAG (round_tools.CRUD_RAG, whose
comment describes it), each kept as it is (round_tools.extract_line). Written UTF-8.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (file suffix, 0-based line) in document order
PICK = [
    ("10_part_3", 161), ("3_part_3", 327), ("6_part_3", 989), ("1_part_2", 799), ("4_part_1", 1702),
    ("2_part_1", 627), ("5_part_1", 1723), ("8_part_3", 1340), ("10_part_3", 1437), ("2_part_3", 172),
    ("4_part_2", 1764), ("4_part_2", 1546), ("1_part_2", 1764), ("3_part_1", 1679), ("2_part_2", 509),
    ("8_part_2", 24), ("10_part_2", 586), ("7_part_3", 1751), ("7_part_3", 281), ("2_part_2", 471),
    ("8_part_3", 1219), ("7_part_2", 1158), ("1_part_2", 1032), ("1_part_2", 243), ("10_part_1", 532),
    ("3_part_2", 1117), ("11_part_3", 166), ("10_part_1", 1548), ("2_part_1", 775), ("10_part_3", 272),
    ("8_part_2", 595), ("7_part_1", 1807), ("7_part_3", 1766), ("7_part_3", 16), ("11_part_2", 996),
    ("1_part_3", 1862), ("4_part_3", 383), ("4_part_1", 263),
]
DOCS = round_tools.news_corpus_docs(PICK)


if __name__ == "__main__":
    round_tools.build("rpV", DOCS, round_tools.extract_line, sys.argv)
