#!/usr/bin/env python3
"""Re-create the documents of part rpW from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Round rpW (search angle: database dumps and seed data committed with office-automation, school, hospital,
village-affairs (村务公开/党务公开) and small-government CMS systems -- MySQL/SQLite dumps, .sql seeds, JSON/YAML
fixtures, Django/Laravel seeders, PHPCMS/DedeCMS/OneThink/MetInfo/PbootCMS demo data -- whose notice or article
tables hold real texts of county-, town-, street- or village-level bodies) kept no document: every dump the index
could name held test rows, media reposts or non-government texts, and the dumps that do hold county texts are only
reachable through `find_string` hits whose repository the index does not name (see README.md). DOCS is therefore
empty; the layout is kept so that the round's scripts run like every other round's.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (source, path, extract, ext); source = (repo, commit, git dir inside the mirror folder)
DOCS = []


def extract(data, ex):
    raise SystemExit("rpW keeps no document; no extraction is defined (%s)" % ex)


if __name__ == "__main__":
    round_tools.build("rpW", DOCS, extract, sys.argv)
