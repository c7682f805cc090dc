#!/usr/bin/env python3
"""Re-create the documents of part rqG from fetched mirrors (/work/.mirror/<owner>+<name>/...).

Sources:
  sohucampus2019/coreEntityEmotion_baseline  data/train.txt (deleted later; present up to commit 46cb7c52, 2019-04-08):
                                the official baseline of the 2019 Sohu campus contest (搜狐校园算法大赛, core entity and
                                emotion) with a 1,038-article sample of its training data, one JSON object a line:
                                {newsId, title, coreEntityEmotions, content}; the articles are posts of Sohu's news and
                                self-media feed.
  Daniells8910/nlpmodels       examples/classify/politics_dataset/验证集.txt: the 10,000-line validation file of a
                                political-text classification example, one text a line as '<label>,<text>', the
                                texts with their punctuation removed by the dataset.

Every document's bytes come from `git show COMMIT:PATH` plus one extraction step:
  "jsonl-tc:<n>"  -> line n (0-based, the blob decoded as UTF-8 and split on '\\n') parsed with json.loads; the
                     record's 'title', a '\\n', then its 'content', both as they are (newsId and the contest's
                     coreEntityEmotions labels are left out). Written UTF-8.
  "lbl:<n>"       -> line n (0-based, split on '\\n') with its leading '<label>,' (the dataset's class, up to the
                     first comma) removed, the rest kept as it is. Written UTF-8.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

SOHU19 = ("sohucampus2019/coreEntityEmotion_baseline", "46cb7c52cb7d18000247b526964f57b8c40f12a4", "repo")
POLI = ("Daniells8910/nlpmodels", "82c06cdd8ca7d812e2ce386704bb36a85007b11d", "repo")

DOCS = [
    (SOHU19, "data/train.txt", "jsonl-tc:889", "txt"),
    (SOHU19, "data/train.txt", "jsonl-tc:443", "txt"),
    (POLI, "examples/classify/politics_dataset/验证集.txt", "lbl:9549", "txt"),
]


def extract(data, ex):
    kind, n = ex.split(":")
    line = data.decode("utf-8").split("\n")[int(n)]
    if kind == "jsonl-tc":
        row = json.loads(line)
        return (row["title"] + "\n" + row["content"]).encode("utf-8")
    assert kind == "lbl", ex
    label, text = line.split(",", 1)
    assert label in ("0", "1"), label
    return text.encode("utf-8")


if __name__ == "__main__":
    round_tools.build("rqG", DOCS, extract, sys.argv)
