#!/usr/bin/env python3
"""Re-create the documents of part rqE from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes are `git show COMMIT:PATH` in the mirror, kept as they are ("file"): no decoding, no cleaning.
Both sources are static sites committed to GitHub: a vendor's static front-end of the 上海长兴岛 site (one page whose
body is the island's profile copied from the official site) and the Hexo (NexT) hometown blog about 道林镇 (宁乡市) in
its 2025 copy daolinguzhen/daolinguzhen.github.io. The whole page is kept (menus, breadcrumb or sidebar, the heading,
the date line, the body, the previous/next post titles and the footer), saved with .html.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (repo, commit, git dir inside the mirror folder)
CX = ("FearlessBBH/static-changxingdao", "bd544ac781c1a7780a42e6f0500dcb466dc8aa61", "repo")  # 长兴岛 static front-end
DG = ("daolinguzhen/daolinguzhen.github.io", "f756c361faab76748078d886cf2b76a35ab0bab7", "repo")  # 道林镇 blog, 2025 copy

PAGES = [
    (CX, "detail.html"),           # 1 走进长兴岛 (profile of the island / 长兴镇, 崇明区)
    (DG, "posts/5d863051.html"),   # 2 2010 feature: 记宁乡县道林镇党委组织委员 郑香平
    (DG, "posts/aa2b01da.html"),   # 3 2017 非煤矿山治理座谈会 ('我县')
    (DG, "posts/2e05d66d.html"),   # 4 2018 镇第一届人民代表大会第一次会议
    (DG, "posts/b9d517b3.html"),   # 5 2018 宁乡市委副书记 调研 ('前来我镇')
    (DG, "posts/e5af8d02.html"),   # 6 2019 市人大 调研道林镇
    (DG, "posts/d9ec30f.html"),    # 7 2019 赴玉潭街道、煤炭坝镇、喻家坳乡学习
    (DG, "posts/ac4a3936.html"),   # 8 2020 长沙市生态环境局 G354 环评 拟审批意见公示 (city)
    (DG, "posts/3106b8ba.html"),   # 9 2020 市委第二十七巡察组 反馈
    (DG, "posts/4a59f703.html"),   # 10 2022 疫情防控
    (DG, "posts/e711d4ba.html"),   # 11 2023 沪昆高铁护栏移交 ('我市境内')
    (DG, "posts/b3633a2c.html"),   # 12 2024 长沙市生态环境局 善山岭村消纳场 环评 审批前公示 (city)
    (DG, "posts/a283a1f2.html"),   # 13 2024 政务公开主题日
]

# (source, path, extract, ext)
DOCS = [(src, p, "file", "html") for src, p in PAGES]


def extract(data, ex):
    assert ex == "file", ex
    return data


if __name__ == "__main__":
    round_tools.build("rqE", DOCS, extract, sys.argv)
