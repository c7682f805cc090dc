#!/usr/bin/env python3
"""Re-create the documents of part rqB from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes are `git show COMMIT:PATH` in the mirror, kept as they are ("file"): no decoding, no cleaning.
All sources are static sites generated with Hexo and committed to GitHub Pages repositories: the whole page is kept
(theme menus, the post's heading, its 发表于 line, categories, sidebar and footer included), saved with .html.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (repo, commit, git dir inside the mirror folder)
SL = ("shouluke/shouluke.github.io", "50f43aba278e6e38fc8cb194498737ff8dbd2e71", "repo")   # 道林镇 hometown blog (2026)
DL = ("daolinguzhen/dlgz.us.kg", "3e215d5b90ab371c548ad5c186bb372598dbb8eb", "repo")       # same blog, 2025 copy
DK = ("dklyj/dklyj.github.io", "52b348cdf6570c59f281b9f7470901dd647b56da", "repo")         # 洞口县林业局 Hexo site
QY = ("qy129/qy129.github.io", "234d67641df27b23835ab14855fc989f3444e0a3", "repo")         # repost of a 青羊区 公告

PAGES = [
    (DL, "posts/6d57c9de.html"),   # 1 宁乡市道林镇关于公开选拔村级后备力量的公告 (encrypted in SL; plain in DL)
    (SL, "posts/31fa91c7.html"),   # 2 招标公告 道镇农交告（2025）第06号
    (SL, "posts/59465490.html"),   # 3 渔政亮剑2024 实施方案
    (SL, "posts/a82a87ee.html"),   # 4 关于2025年党政领导分工及联村安排的通知
    (SL, "posts/aba410cb.html"),   # 5 延包试点 告农民朋友 (镇党委、镇政府 signed)
    (SL, "posts/e7fb7887.html"),   # 6 宁乡市道林镇人民政府 (班子分工, 职能, 内设机构)
    (SL, "posts/116d2f3a.html"),   # 7 news 2018 安全生产工作会议
    (SL, "posts/126ba3c1.html"),   # 8 news 2018 渔业违法
    (SL, "posts/106cf8bd.html"),   # 9 news 2019 赴菁华铺乡
    (SL, "posts/c788fe47.html"),   # 10 news 2020 交通顽瘴痼疾
    (SL, "posts/4e06c064.html"),   # 11 news 2024 宁乡市 清廉医院 推进会 (county)
    (SL, "posts/ffe9f5bb.html"),   # 12 news 2024 三单
    (SL, "posts/a9652d7.html"),    # 13 news 2026 市委书记 赴道林镇、大屯营镇
    (DK, "2020/11/13/bumenjuesuan/index.html"),   # 14 洞口县林业局2019年度部门决算公开
    (DK, "2020/11/13/shengtaigongyi/index.html"), # 15 生态公益林管护补助 公告
    (DK, "2020/11/12/jianjie/index.html"),        # 16 洞口县林业简介
    (DK, "2020/11/12/jigouzhineng/index.html"),   # 17 洞口县林业局机构职能
    (QY, "2018/cjtscp0k30041ozs6due0a64v/index.html"),  # 18 成都市青羊区民政局 公告 成青民执公（2018）1号
]

# (source, path, extract, ext)
DOCS = [(src, p, "file", "html") for src, p in PAGES]


def extract(data, ex):
    assert ex == "file", ex
    return data


if __name__ == "__main__":
    round_tools.build("rqB", DOCS, extract, sys.argv)
