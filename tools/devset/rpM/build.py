#!/usr/bin/env python3
"""Re-create the documents of part rpM from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Round rpM (search angle: HTML content-extraction benchmarks and crawler/parser test fixtures that keep whole pages of
county, town and street government sites) kept no document: every page found was a media page, a provincial or
city page, a company notice, a template, or one already taken by rpK (see README.md). DOCS is therefore empty; the
layout is kept so that the round's scripts run like every other round's.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (source, path, extract, ext); source = (repo, commit, git dir inside the mirror folder)
DOCS = []


def extract(data, ex):
    raise SystemExit("rpM keeps no document; no extraction is defined (%s)" % ex)


if __name__ == "__main__":
    round_tools.build("rpM", DOCS, extract, sys.argv)
