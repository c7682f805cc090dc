#!/usr/bin/env python3
"""Re-create the documents of part rpX from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Round rpX (search angle: structured county, town and street notices with an issuing body, a date and often a 文号 --
行政处罚决定书 of county bureaus, 征收土地预公告 / 征地补偿安置方案公告, 招聘公告 of towns and streets, 人事任免通知,
政府信息公开工作年度报告 of counties, towns and streets, 通告 of county police or 防汛指挥部 -- kept as data in public
repositories: crawler outputs, information-extraction / NER datasets, crawler test fixtures) kept no document: every
text of these kinds the index reached was a parser, template, mock, roster script or prompt, or sat in a file whose
repository the index does not name (see README.md). DOCS is therefore empty; the layout is kept so that the round's
scripts run like every other round's.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (source, path, extract, ext); source = (repo, commit, git dir inside the mirror folder)
DOCS = []


def extract(data, ex):
    raise SystemExit("rpX keeps no document; no extraction is defined (%s)" % ex)


if __name__ == "__main__":
    round_tools.build("rpX", DOCS, extract, sys.argv)
