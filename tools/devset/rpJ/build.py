#!/usr/bin/env python3
"""Re-create the documents of part rpJ from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes come from `git show COMMIT:PATH` in the mirror, plus one extraction step:
  "file"                        -> the blob as is (a web page saved by the repository's author), written unchanged.
  "jsonl-first:<docid>:context" -> the blob is a JSON Lines file (one JSON object a line, UTF-8); the first line whose
        "docid" equals <docid> is taken and its "context" string kept (JSON escapes undone by json.loads, nothing
        else changed), written UTF-8 without a final newline. Several lines share a docid (one per question asked
        about the document); their "context" values are the same text, the first is taken.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (repo, commit, git dir inside the mirror folder)
TH = ("shizelengleng/ai-zhengce-tong", "4caa8bb7ac4e2159a23a808b551a8d59431e9f8f", "repo")
NCP = ("wjunneng/2020-DataFountain-Outbreak-Assistant", "5481a87f3ae588a293dc4bbbc88725d4e5778a43", "repo")
TH_DIR = "docs/policy_sources/"
NCP_JSONL = "data/local/train.json"

# (source, path, extract, ext)
DOCS = []
for name in ["01b_天河招生细则新闻稿", "02_积分入学指引_2026", "03_港澳子女入学指引_2026", "05_幼儿园招生方案_2026",
             "12_天河人才公寓申请公告_2025", "14_房屋租赁登记备案攻略_天河", "17_天河港澳青年办法_穗天科工信规字2023-1号",
             "11_公共租赁住房保障办法_穗府办规2024-13号"]:
    DOCS.append((TH, TH_DIR + name + ".html", "file", "html"))
for docid in ["de7aa754c0333de28b94a2efeac463c5", "ee881f24aed43ff49cc465e09bddacfa", "82381e22eb593655883b2d0c4c4d7c2b",
              "963637d369123e629b2c1b6ae0f2db25", "eff51745a7d1331dad22da5ca076ee46", "327e5da5c8eb357383f1cd86558a04a4",
              "878906473f843c5b8f08154efe9bf683", "0d735db8cfce32a78f9d34380cd3a989", "f149ca3953c4332688ab711bba0a16f1",
              "ee7f30f4fc1d379ea87f69261a1d2ec5", "d368c8a306c03cdb8534ddf4c5206f69", "7a8c2f1b3fd63c37a0cded8346fa22f1",
              "9afa7c3f1e443c6b9a43b9eeeb4ae460", "08899cbb2d2d30afaf61d390efdbc14f", "20a82f56d7643cd5912f334120e9ffa4",
              "1387f12e9c0436899ea0873cc609c12e", "8148bbc3cbae3ef38d10d1ba4f2434c1",
              "11b7e9f957703fcd99b8ad5ec85f512a", "feabf468be5233e79967f53e9c5529c8"]:
    DOCS.append((NCP, NCP_JSONL, "jsonl-first:%s:context" % docid, "txt"))


def extract(data, ex):
    if ex == "file":
        return data
    kind, docid, field = ex.split(":")
    assert kind == "jsonl-first", ex
    for line in data.decode("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row.get("docid") == docid:
                return row[field].encode("utf-8")
    raise KeyError(ex)


if __name__ == "__main__":
    round_tools.build("rpJ", DOCS, extract, sys.argv)
