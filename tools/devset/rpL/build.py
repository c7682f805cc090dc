#!/usr/bin/env python3
"""Re-create the documents of part rpL from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Round rpL (search angle: real government documents committed as samples or test files inside software repositories)
kept no document: every candidate found was a template, a mock, an altered test sample, a provincial/city/enterprise
text, or sat in a repository with no snapshot or one the index could not name (see README.md). DOCS is therefore
empty; the layout is kept so that the round's scripts run like every other round's.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (source, path, extract, ext); source = (repo, commit, git dir inside the mirror folder)
DOCS = []


def extract(data, ex):
    raise SystemExit("rpL keeps no document; no extraction is defined (%s)" % ex)


if __name__ == "__main__":
    round_tools.build("rpL", DOCS, extract, sys.argv)
