#!/usr/bin/env python3
"""Re-create the documents of part rqD from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Source:
  showerhhh/SouHuCompetition  my_solution/sohu2021_open_data_clean/ss{A,B}/{train,valid,test}.tsv: a competitor's copy
                              of the 'short-short' part of the 2021 Sohu text-matching contest (2021搜狐校园文本匹配算法
                              大赛), one pair per line: text_a<TAB>text_b<TAB>label-or-id, header on line 0. The texts are
                              posts of Sohu's self-media feed (搜狐号), many of them county and town WeChat accounts'
                              posts carried whole, each cut by the contest to about 150 characters at most.

Every document's bytes come from `git show COMMIT:PATH` plus one extraction step:
  "tsv:<n>:<col>"  -> field <col> (0-based) of line n (0-based; the blob decoded as UTF-8 and split on '\\n') after
                      splitting that line on '\\t', kept as it is (leading/trailing spaces included). Written UTF-8.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

SS = ("showerhhh/SouHuCompetition", "1d1774d8bdb9c188b45854decf43d9c9e0f489b9", "repo")
D = "my_solution/sohu2021_open_data_clean/"

DOCS = [
    (SS, D + "ssB/train.tsv", "tsv:2232:1", "txt"),   # 石柱县 温馨提醒
    (SS, D + "ssA/test.tsv", "tsv:4441:1", "txt"),    # 汶上县委网信办 辟谣
    (SS, D + "ssA/train.tsv", "tsv:6560:1", "txt"),   # 清河县 拟聘公示
    (SS, D + "ssA/train.tsv", "tsv:5044:0", "txt"),   # 任丘 解除预警通告
    (SS, D + "ssB/test.tsv", "tsv:3368:0", "txt"),    # 观海卫镇 规划公示
    (SS, D + "ssB/test.tsv", "tsv:4405:0", "txt"),    # 玉田县气象台 预警
    (SS, D + "ssB/train.tsv", "tsv:3481:0", "txt"),   # 巴林左旗气象台 预警
    (SS, D + "ssA/test.tsv", "tsv:3992:1", "txt"),    # 康巴什区医疗保障局 温馨提示
    (SS, D + "ssB/test.tsv", "tsv:4431:1", "txt"),    # 沥海街道办事处 留言答复
    (SS, D + "ssB/test.tsv", "tsv:3568:1", "txt"),    # 蔚县经济开发区 环评公告
    (SS, D + "ssB/test.tsv", "tsv:2537:1", "txt"),    # 嘉定体育场 公告
    (SS, D + "ssB/valid.tsv", "tsv:930:0", "txt"),    # 哈尔滨市 指挥部通告 (city)
    (SS, D + "ssB/valid.tsv", "tsv:1543:0", "txt"),   # 惠水县气象局 天气预报
]


def extract(data, ex):
    return round_tools.extract_tsv_cell(data, ex)


if __name__ == "__main__":
    round_tools.build("rqD", DOCS, extract, sys.argv)
