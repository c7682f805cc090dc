#!/usr/bin/env python3
"""Re-create the documents of part rqF from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes come from `git show COMMIT:PATH` in the mirror, plus one extraction step:
  "csv-line:<n>"       -> the blob decoded as UTF-8 and cut after each \\n, keeping the line ends (CRLF or LF as the
        file has them); the document is line n (0-based) as it is. For the People's Daily board file, which has no header
        row and one record per line (checked: every line parses as one CSV row of 12 fields).
  "csv-head-line:<n>"  -> the same, but the document is line 0 (the header row, its UTF-8 byte-order mark left out)
        followed by line n, each with its own line end. For the 我为政府网站找错 crawl files (header `links,contents`;
        the JSON in the second cell escapes its line breaks as \\n) and the 上海市信访办 crawl files (header of 10
        columns), whose records are one line each (checked for every record of the files used).
Line n is checked to parse as one CSV row as wide as the header (12 fields for the headerless file). Nothing is unquoted, unescaped or cleaned.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import csv, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# 人民网 领导留言板 (liuyan.people.com.cn), posts found by searching for 停气 (gas cut-offs), 2022-01..2023-01, with the
# reply of the answering government; columns (no header): tid, posting time, type, title, addressee (the leader the
# letter is written to), domain, state, writer (masked), letter, reply time, reply, URL. The file was deleted in a later
# commit (63405be, 2023-02-06); taken at the commit that added it (78be659, 2023-01-26; never changed in between).
YX = ("yong-xiong/peoples-daily-natural-gas-complaints", "78be6593e0f644c0e9d2d6887b221463280ee655", "repo")
YXP = "all_pages.csv"

# 国务院办公厅 政府网站 "我为政府网站找错" (zfwzzc.www.gov.cn), crawled every three days by a GitHub Actions job,
# 2023-07..2024-02; each file: links,contents where contents is the platform's JSON for one report: the citizen's
# description, the site (wzmc), the answering unit (transactUnit), the reply (transactResult) and its date.
ZF = "xinzhuohkust/auto_web_scraping"
def zf(commit, path, n):
    return ((ZF, commit, "repo"), "data/contents/%s_contents.csv" % path, "csv-head-line:%d" % n, "txt")

# 上海市信访办 网上信访 "意见征集·反馈" list (xfb.sh.gov.cn/xinfang/yjzj/feedback), crawled weekly by a GitHub Actions job
# of the same author, 2023-06..2024-02; header title,agency,date,links,标题,来信日期,信件内容,回复日期,回复单位,回复内容.
SH = "xinzhuohkust/auto_scrape"
def sh(commit, path, n):
    return ((SH, commit, "repo"), "data/%s.csv" % path, "csv-head-line:%d" % n, "txt")

DOCS = []
for n in [259, 681, 678, 679, 677, 497, 496, 566, 63, 698, 662, 25, 567, 648, 670]:
    DOCS.append((YX, YXP, "csv-line:%d" % n, "txt"))
DOCS += [
    zf("64806c991182fac33fd11ed727220adef701f47a", "2023-09-07", 60),    # id 296265 兴海县
    zf("06f0aad4c0a62d6d75aaaa863447f0108ca13202", "2023-09-13", 157),   # id 296728 贵德县
    zf("c0a4465322dfe0afb117439611b483a055d98035", "2023-10-19", 97),    # id 300656 左权县
    zf("d7cae629d3f9f5be99d06d699cae41474796afe2", "2024-01-28", 505),   # id 311324 米易县白坡彝族乡
    zf("5caca93b5590d51de99b452233bd52b6eded6080", "2023-11-28", 103),   # id 305250 盈江县太平镇 (卡场镇 page)
    zf("3c657708a2eb942fdf0f4d92d6ea73ce43c099aa", "2024-02-07", 17),    # id 314338 西山区碧鸡街道
    zf("83d962c06ac02e5cafb50136a1939ab3ae7c6a45", "2024-01-31", 182),   # id 312445 宝安区石岩街道
    zf("d7cae629d3f9f5be99d06d699cae41474796afe2", "2024-01-28", 756),   # id 310551 万州区孙家镇
    zf("4de6faa74a6b634366d80e9538479b03251da222", "2023-08-13", 95),    # id 293273 肇州县
    zf("419d94b80ee9be662404d476fd6c8ec1ff8f24a0", "2023-08-10", 24),    # id 293468 临高县
    zf("1a8fcbab12febee696be7b0610dc3d654c8db7ed", "2023-09-22", 4),     # id 298368 尼勒克县
    zf("bc7bc0c66295a3e26b2b7f3b6a54242b258ad8d8", "2023-07-28", 203),   # id 291516 合浦县
    zf("d7cae629d3f9f5be99d06d699cae41474796afe2", "2024-01-28", 133),   # id 312465 南开区
    zf("a47dccec2d05d1717b690eaa4d15332288940f55", "2023-08-01", 91),    # id 290452 彭阳县
    zf("c0a4465322dfe0afb117439611b483a055d98035", "2023-10-19", 128),   # id 300426 同德县
]
DOCS += [
    sh("54912de1bd4e957662c0271d01658e154de7de5e", "2023-07-16_table", 205),        # 虹口区 江湾镇街道
    sh("85efc28cc962571d086adebba88c3de23fcf4d32", "2023-08-22_table_error", 21),   # 普陀区 真如镇街道
    sh("54912de1bd4e957662c0271d01658e154de7de5e", "2023-07-16_table", 229),        # 长宁区 新泾镇
    sh("0a7f9bc869ec74e43dfb6cee0b751cd8d9744b80", "2023-09-22_table", 174),        # 浦东新区 书院镇
    sh("54912de1bd4e957662c0271d01658e154de7de5e", "2023-07-16_table", 506),        # 松江区 九里亭街道
    sh("85efc28cc962571d086adebba88c3de23fcf4d32", "2023-08-22_table_error", 5),    # 杨浦区 长海路街道
    sh("061cce9a6bc47b8ecf96b80dfc9e4f83b8ecfd71", "2023-09-08_table", 182),        # 浦东新区 南汇新城镇
    sh("54912de1bd4e957662c0271d01658e154de7de5e", "2023-07-16_table", 505),        # 松江区 佘山镇
    sh("00dcffb1334efa753c1ab4c5361baf2a34d00a2f", "2023-07-29_table", 36),         # 宝山区 高境镇
    sh("0a7f9bc869ec74e43dfb6cee0b751cd8d9744b80", "2023-09-22_table", 237),        # 徐汇区 徐家汇街道
]


HEADS = ("links,contents", "title,agency,date,links,标题,来信日期,信件内容,回复日期,回复单位,回复内容")


def extract(data, ex):
    kind, n = ex.split(":")
    text = data.decode("utf-8")
    lines = [l + "\n" for l in text.split("\n")[:-1]] + [text.split("\n")[-1]]
    rec = lines[int(n)]
    if kind == "csv-line":
        width, out = 12, rec
    else:
        assert kind == "csv-head-line"
        head = lines[0].lstrip("\ufeff")
        assert head.rstrip("\r\n") in HEADS, head
        width, out = len(next(csv.reader([head]))), head + rec
    rows = list(csv.reader([rec]))
    assert len(rows) == 1 and len(rows[0]) == width, (ex, [len(r) for r in rows])
    return out.encode("utf-8")


if __name__ == "__main__":
    round_tools.build("rqF", DOCS, extract, sys.argv)
