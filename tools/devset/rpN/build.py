#!/usr/bin/env python3
"""Re-create the documents of part rpN from the fetched bare git mirror of zhanshijinwat/Steel-LLM
(/work/.mirror/zhanshijinwat+Steel-LLM/repo).

Steel-LLM (a from-scratch Chinese LLM project) keeps 1,000-record samples of the pre-training corpora it downloaded
under data/download_data/: WanJuan 1.0 web text (`wanjuan/part-010205-a894b46e_sample.jsonl`, fields id/content,
Markdown converted from web articles, mostly WeChat official-account posts) and SkyPile-150B
(`sky/2021-31_zh_head_0000_sample.jsonl`, field text, CommonCrawl-derived web text). Neither sample carries a url.

Every document's bytes come from `git show COMMIT:PATH` plus one extraction step:
  "jsonl:<n>:<field>" -> the blob is JSON Lines (UTF-8); line n (0-based, split on '\\n') is parsed with json.loads and
        the string value of <field> is kept as it is (JSON escapes undone by the parser, nothing else changed).
        Written UTF-8.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

SL = ("zhanshijinwat/Steel-LLM", "d6603699a19220da966eba6c3565627ef8b2feaf", "repo")
WJ = "data/download_data/wanjuan/part-010205-a894b46e_sample.jsonl"
SKY = "data/download_data/sky/2021-31_zh_head_0000_sample.jsonl"

# (source, path, extract, ext)
DOCS = []
for n in [57, 82, 112, 139, 142, 147, 195, 213, 223, 253, 317, 376, 388, 462, 481, 540, 554, 679, 750, 762,
          841, 857, 891, 919, 965, 971, 996, 238]:
    DOCS.append((SL, WJ, "jsonl:%d:content" % n, "md"))
for n in [527, 605, 967]:
    DOCS.append((SL, SKY, "jsonl:%d:text" % n, "txt"))


def extract(data, ex):
    kind, n, field = ex.split(":")
    assert kind == "jsonl"
    line = data.decode("utf-8").split("\n")[int(n)]
    return json.loads(line)[field].encode("utf-8")


if __name__ == "__main__":
    round_tools.build("rpN", DOCS, extract, sys.argv)
