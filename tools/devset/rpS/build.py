#!/usr/bin/env python3
"""Re-create the documents of part rpS from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes come from `git show COMMIT:PATH` in the mirror, plus one extraction step:
  "ipynb-output:<cell>:<output>"  -> the blob is a Jupyter notebook (JSON); cell number <cell> (0-based, counting
        every cell) is taken, its output number <output> (0-based), and that output's "text/plain" lines are joined
        with "" and read as the Python string literal the notebook printed (ast.literal_eval: the repr's quotes and
        escapes \\n \\' \\xa0 ... undone, nothing else changed). Written UTF-8, saved .txt.
        In grd666/covid-19-policy-text-mining's html_crawling.ipynb each such output is the page text of one WeChat
        post of the city account 张家口发布 (zjkfabu), fetched with requests and flattened by PyQuery's .text().
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import ast, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (repo, commit, git dir inside the mirror folder)
ZJK = ("grd666/covid-19-policy-text-mining", "aef933fe6f47e2895cb78c01a0966d256eb8beb7", "repo")
NB = "html_crawling.ipynb"

# (source, path, extract, ext)
DOCS = [(ZJK, NB, "ipynb-output:%d:0" % c, "txt") for c in (8, 9, 14, 15, 11, 7, 10, 12)]


def extract(data, ex):
    kind, cell, out = ex.split(":")
    assert kind == "ipynb-output"
    nb = json.loads(data.decode("utf-8"))
    o = nb["cells"][int(cell)]["outputs"][int(out)]
    text = ast.literal_eval("".join(o["data"]["text/plain"]))
    assert isinstance(text, str)
    return text.encode("utf-8")


if __name__ == "__main__":
    round_tools.build("rpS", DOCS, extract, sys.argv)
