#!/usr/bin/env python3
"""Re-create the documents of part rpR from the fetched bare git mirror of liuwei-965/Digital-management-of-Chinese-accident-cases
(/work/.mirror/liuwei-965+Digital-management-of-Chinese-accident-cases/repo).

The repository (a fork of a Chinese keyphrase-extraction project on accident cases, 'Digital management of Chinese
accident cases') commits a MongoDB export of 137 accident cases of hazardous-goods road transport:
`Hazmat road accidents/HazmatCases(137).json`, a JSON array of objects {_id, 标题, 正文, 间接原因}. 正文 is the case text
as the collector copied it from the web: accident investigation reports of county, district and city investigation
teams, provincial bulletins, and case write-ups of safety websites. The 标题 field is the collector's title (not part
of the text); 间接原因 is the project's annotation.

Every document's bytes come from `git show COMMIT:PATH` plus one extraction step:
  "json:<i>:正文" -> the blob parsed with json.loads (UTF-8), element i (0-based) of the array, the string value of its
        '正文' field written UTF-8, nothing else changed (line breaks, full-width spaces, OCR slips and reposters'
        closing lines such as '更多交通事故案例请点击' stay).
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# branch master (merge of PR #1, 2021-08-14), the first commit holding the hazmat cases file
HZ = ("liuwei-965/Digital-management-of-Chinese-accident-cases", "66ba860d9b4243f73bba94ecaeccd501c5281d80", "repo")
HZ_JSON = "Hazmat road accidents/HazmatCases(137).json"

# array indices in document order: county and street reports first, then four city-team reports named after a county or a county-level city
PICK = [40, 48, 50, 53, 86, 100, 110, 16, 56, 84, 90, 74]
DOCS = [(HZ, HZ_JSON, "json:%d:正文" % i, "txt") for i in PICK]


def extract(data, ex):
    kind, i, field = ex.split(":")
    assert kind == "json"
    rows = json.loads(data.decode("utf-8"))
    assert len(rows) == 137, len(rows)
    return rows[int(i)][field].encode("utf-8")


if __name__ == "__main__":
    round_tools.build("rpR", DOCS, extract, sys.argv)
