#!/usr/bin/env python3
"""Re-create the documents of part rpY from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Sources:
  dbiir/UER-py                  corpora/CLUECorpusSmall_sampled.txt: a 2,500-document sample of CLUECorpusSmall
                                (news2016zh, webtext2019zh, wiki2019zh, comments2019zh), one document per line, the
                                page's line breaks removed, no url/title/date fields.
  zhanzecheng/SOHU_competition  data/News_info_test.txt: the test sample of the 2018 Sohu content-recognition contest,
                                one article per line, tab-separated: id, the article's HTML ('<title>…</title> <p>…'),
                                its picture list.

Every document's bytes come from `git show COMMIT:PATH` plus one extraction step:
  "line:<n>"       -> line n (0-based, the blob decoded as UTF-8 and split on '\\n') kept as it is.
  "tsv:<n>:<col>"  -> field <col> (0-based) of line n after splitting that line on '\\t', kept as it is (the HTML
                      column stays HTML). Written UTF-8.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

UER = ("dbiir/UER-py", "5743050cc41f0f21986c9f938db5ac1726052629", "repo")
SOHU = ("zhanzecheng/SOHU_competition", "bfcb5872885593c98729f661e1a433341aceb7cb", "repo")

DOCS = [
    (UER, "corpora/CLUECorpusSmall_sampled.txt", "line:1612", "txt"),
    (SOHU, "data/News_info_test.txt", "tsv:25:1", "html"),
]


def extract(data, ex):
    if ex.startswith("line:"):
        return round_tools.extract_line(data, ex)
    return round_tools.extract_tsv_cell(data, ex)


if __name__ == "__main__":
    round_tools.build("rpY", DOCS, extract, sys.argv)
