#!/usr/bin/env python3
"""Re-create the documents of part rqC from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes come from `git show COMMIT:PATH` in the mirror, plus one extraction step:
  "csv-line:<n>"  -> the blob is a GBK (GB18030) CSV file with CRLF line ends and one record per line (no field holds a
        line break; checked); the document is line 0 (the file's header row) and line n (0-based), each as it is,
        each followed by CRLF, decoded from GB18030 and written UTF-8. Nothing else is changed (no quoting undone).
        The record is checked to parse as one CSV row with as many fields as the header.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import csv, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (repo, commit, git dir inside the mirror folder)
WB = ("jamesfyp/WaiBaoSpider", "6982744fdab19be53daeb987e86ce6c7327e6410", "repo")
# 大连市 12345 platform (xzfw.dl.gov.cn, 工作交流 replies), columns 反映内容,反映时间,反映标题,反馈时间,受理单位,...
DL = "WaiBaoSpider/data/dalian/dalian_detail.csv"
# 佳木斯市 政府网站 政民互动 (www.jms.gov.cn/html/zmhd), columns 信件内容,信件标题,咨询时间,...,处理结果,所属类型,承办单位,...
JMS = "WaiBaoSpider/data/jiamusi/jiamusi_detail.csv"

# (source, path, extract, ext)
DOCS = []
for n in [438, 1120, 505, 659, 733, 2007, 851, 96, 1881, 1979, 2346, 2411, 642, 3072, 2331]:
    DOCS.append((WB, DL, "csv-line:%d" % n, "txt"))
for n in [2562, 2771, 2613, 1511, 4604, 353, 94, 2339, 1091, 492, 1248, 531]:
    DOCS.append((WB, JMS, "csv-line:%d" % n, "txt"))


def extract(data, ex):
    kind, n = ex.split(":")
    assert kind == "csv-line"
    lines = data.decode("gb18030").split("\r\n")
    head, rec = lines[0], lines[int(n)]
    rows = list(csv.reader([head, rec]))
    assert len(rows) == 2 and len(rows[1]) == len(rows[0]), (ex, len(rows))
    return (head + "\r\n" + rec + "\r\n").encode("utf-8")


if __name__ == "__main__":
    round_tools.build("rqC", DOCS, extract, sys.argv)
