#!/usr/bin/env python3
"""Re-create the documents of part rpT from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Round rpT (search angle: county-, district-, town- and street-level work reports and summaries kept in repositories:
县/区 政府工作报告 texts in word-cloud / jieba / word-frequency demos, 街道/乡镇 工作总结 and 工作计划 / 工作要点,
县 国民经济和社会发展统计公报, 县 政府信息公开工作年度报告, 述职报告 of county bureaus) kept no document: no repository
that the index could name holds such a text (see README.md). DOCS is therefore empty; the layout is kept so that the
round's scripts run like every other round's.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (source, path, extract, ext); source = (repo, commit, git dir inside the mirror folder)
DOCS = []


def extract(data, ex):
    raise SystemExit("rpT keeps no document; no extraction is defined (%s)" % ex)


if __name__ == "__main__":
    round_tools.build("rpT", DOCS, extract, sys.argv)
