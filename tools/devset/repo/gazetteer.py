"""The product's gazetteer (same source as ../place_path.py): paths of units by name."""
import gzip

SRC = "/work/main/src/ReportSearch.Core/Places/divisions.tsv.gz"
_units = {}
for _line in gzip.open(SRC, "rt", encoding="utf-8"):
    if _line.startswith("#"):
        continue
    _code, _parent, _name = _line.rstrip("\n").split("\t")
    _units[_code] = (_parent, _name)


def path(code):
    out = []
    while code:
        parent, name = _units[code]; out.append(name); code = parent
    return out[::-1]


BY_NAME = {}
for _c, (_, _n) in _units.items():
    BY_NAME.setdefault(_n, []).append(_c)
PATHS = {tuple(path(c)) for c in _units}
LEVEL = {2: "province", 4: "city", 6: "county"}


def paths_named(name):
    return [path(c) for c in BY_NAME.get(name, [])]


def check(p):
    return tuple(p) in PATHS


def level_of(p):
    for c in BY_NAME.get(p[-1], []):
        if path(c) == list(p):
            return LEVEL.get(len(c), "town/street")
    return None
