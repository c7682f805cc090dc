#!/usr/bin/env python3
"""Re-create the documents of part rpH from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes come from `git show COMMIT:PATH` in the mirror, plus one extraction step:
  "after-header"  -> the blob is a UTF-8 text file of a 公文 writing assistant's corpus (corpus/raw/...raw.txt) that
        opens with the collector's own header lines (标题：/来源：/URL：/抓取时间：/文种：) and an empty line; everything
        after the first empty line (the first "\\n\\n") is kept as is. Written UTF-8 (.txt).
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (repo, commit, git dir inside the mirror folder)
GW = ("lishu921007/gongwen_writer", "524b1eb7b4cfc532e21ff6507ac0956cc5a86890", "repo")

# (source, path, extract, ext)
DOCS = [
    (GW, "corpus/raw/gov-cn/2024-10/gw-jiyao-20241024-001.raw.txt", "after-header", "txt"),
]


def extract(data, ex):
    assert ex == "after-header", ex
    text = data.decode("utf-8")
    head, sep, body = text.partition("\n\n")
    assert sep and head.startswith("标题：") and "\nURL：" in head, head[:80]
    return body.encode("utf-8")


if __name__ == "__main__":
    round_tools.build("rpH", DOCS, extract, sys.argv)
