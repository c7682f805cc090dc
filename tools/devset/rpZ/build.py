#!/usr/bin/env python3
"""Re-create the documents of part rpZ from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes are `git show COMMIT:PATH` in the mirror, kept as they are ("file"): no decoding, no cleaning.
The 嘉鱼县 pages are static HTML pages of the county portal (GB2312/GBK bytes, menus, posting line and footer kept);
the 临安 page is a JSP fragment of a credit portal (UTF-8), saved with the .html extension.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (repo, commit, git dir inside the mirror folder)
JY = ("dedicate/jiayu.com", "c9dbc7372a7896107ca14803675e3f6de0519409", "repo")
LA = ("7373/Enterprise-credit-management-system", "fea491a6e6906a09c6e17dd5cb73fd4b012f2bfb", "repo")

JY_PAGES = [
    "jiayuzhengwu/zhengfuwenjian/2011-10-26/100.html",   # 1 意见 嘉政发[2011]7号
    "jiayuzhengwu/zhengfuwenjian/2011-10-26/106.html",   # 2 县政府 县人武部 联合通知
    "jiayuzhengwu/zhengfuwenjian/2011-11-08/723.html",   # 3 暂行规定
    "jiayuzhengwu/zhengfuwenjian/2011-11-21/852.html",   # 4 印发 管理办法（试行）
    "jiayuzhengwu/zhengfuwenjian/2012-05-22/1595.html",  # 5 转发市人民政府意见
    "jiayuzhengwu/zhengfuwenjian/2012-09-13/1866.html",  # 6 决定
    "jiayuzhengwu/zhengfuwenjian/2011-11-21/865.html",   # 7 通报
    "jiayuzhengwu/zhengfuwenjian/2011-12-15/1153.html",  # 8 节假日安排
    "jiayuzhengwu/zhengfugonggao/2011-12-06/1046.html",  # 9 通告
    "jiayuzhengwu/zhengfugonggao/2011-12-06/1049.html",  # 10 物价局 公告
    "jiayuzhengwu/zhengfugonggao/2012-07-23/1711.html",  # 11 烟草专卖局 规定
    "jiayuzhengwu/zhengfugongzuobaogao/2011-10-26/130.html",  # 12 2008年政府工作报告
    "dangwugongkai/xianweigongzuo/zhongyaowenjian/2012-09-04/1830.html",  # 13 县委办公室 通知
    "xiangzhenlianjie/2011-11-23/927.html",               # 14 渡普镇 简介
    "zhuantizhuanlan/jiayuxianzhiyongwenze/2011-12-09/1085.html",  # 15 潘家湾镇 新闻
]

# (source, path, extract, ext)
DOCS = [(JY, p, "file", "html") for p in JY_PAGES]
DOCS.append((LA, "src/main/webapp/WEB-INF/views/page/gateway/biz/reception/inter_organ_leader.jsp", "file", "html"))


def extract(data, ex):
    assert ex == "file", ex
    return data


if __name__ == "__main__":
    round_tools.build("rpZ", DOCS, extract, sys.argv)
