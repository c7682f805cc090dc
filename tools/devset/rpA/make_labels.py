#!/usr/bin/env python3
"""Write /work/devset/parts/rpA.json from the hand-made labels below (labels typed after reading each
document; the documents themselves come only from build.py).  source and split are computed."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build

FIELDS = ['title', 'titleAlt', 'year', 'date', 'regionPath', 'level', 'org', 'kind', 'docNumber',
          'validity', 'hasHeader', 'hasTitleLine', 'note']

from labels_data import L

def main():
    names = build.names()
    out = []
    for n in sorted(L):
        key, commit, path, how = build.DOCS[n - 1]
        f = 'rpA/' + names[n - 1]
        lab = L[n]
        assert set(lab) == set(FIELDS), (n, set(lab) ^ set(FIELDS))
        obj = {'file': f,
               'source': {'repo': build.MIRRORS[key][0], 'path': path, 'commit': commit,
                          'extract': EXTRACT[how.split(':')[0]] + (how.split(':')[1] if ':' in how else '')},
               'set': 'rpA',
               'split': 'holdout' if int(hashlib.sha1(f.encode('utf-8')).hexdigest(), 16) % 5 < 2 else 'tune'}
        for k in FIELDS:
            obj[k] = lab[k]
        out.append(obj)
    with open('/work/devset/parts/rpA.json', 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print(len(out), 'labels written')

EXTRACT = {'whole': 'whole file, unchanged',
           'record': 'static/policy.js: content template string (between backticks) of the record with id '}

if __name__ == '__main__':
    main()
