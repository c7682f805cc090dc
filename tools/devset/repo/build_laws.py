#!/usr/bin/env python3
"""Copy the picked LawRefBook/Laws files to /work/devset/docs/repo-lw/ and write their labels.

    python3 build_laws.py            # reads laws_pick.txt, writes docs + labels_lw.json

Labels follow DEVSET-SPEC.md: title = the document's '# ' heading as written (the file-name title in titleAlt when
it differs); date = the date in the file name (the source's own metadata; for amended texts it is the last
修正/批准 date) and year = its year; region = province folder + the title's leading place, checked against the
gazetteer; org = the body that passed it, from the first 通过 line of the INFO block (人大 / 人大常委会 written
out in full); kind = the title's ending; docNumber = null (these texts carry no 文号; a 公告第N号 line is a 公告
number and is not taken as one); validity = only where the text itself says 废止/失效.
Prints every document whose parse needed a fallback, for reading.
"""
import hashlib, json, os, re, sys
import laws_lib as L
import gazetteer as G

DOCS = "/work/devset/docs"
FOLDER = "repo-lw"
PROVINCE = {"上海": "上海市", "北京": "北京市", "重庆": "重庆市", "山东": "山东省", "广东": "广东省", "河南": "河南省", "浙江": "浙江省"}
MERGED = {"莱芜市": ("济南市", "莱芜市 was merged into 济南市 in 2019; the gazetteer has no 莱芜市, so the deepest unit it has is 济南市")}
NUM = "一二三四五六七八九十〇零百"
DATE_LINE = re.compile(r"^\s*(\d{4})年(\d{1,2})月(\d{1,2})日")


def split_of(file):
    return "holdout" if int(hashlib.sha1(file.encode()).hexdigest(), 16) % 5 < 2 else "tune"


def kind_of(title):
    for end, kind in (("实施细则", "办法"), ("细则", "办法"), ("办法", "办法"), ("条例", "条例"), ("规定", "规定"),
                      ("规则", "规则"), ("决定", "决定"), ("决议", "决议")):
        if title.endswith(end):
            return kind
    return None


def region_of(title, prov_folder):
    prov = PROVINCE[prov_folder]
    note = None
    t = title[len("浙江省"):] if title.startswith("浙江省") and "自治县" in title else title
    m = re.match(r"^(.{2,12}?自治县)", t)
    if m:
        ps = [p for p in G.paths_named(m.group(1)) if p[0] == prov]
        if len(ps) == 1:
            return ps[0], "county", note
    if t.startswith(prov) or (prov_folder in ("北京", "上海", "重庆", "天津") and t.startswith(prov_folder)) or t.startswith(prov_folder + "市") or t.startswith(prov_folder + "省"):
        return [prov], "province", note
    for n in range(2, 8):
        name = t[:n] if t[:n].endswith("市") else t[:n] + "市"  # 深圳经济特区…, 宁波东钱湖…: the city's short name
        if name.endswith("市"):
            if name in MERGED:
                city, note = MERGED[name]
                return [prov, city], "city", note
            ps = [p for p in G.paths_named(name) if p[0] == prov and len(p) == 2]
            if len(ps) == 1:
                return ps[0], "city", note
    return None, None, "region: title names no place; left to reading"


ORG = re.compile(r"日\s*(?:经)?(?P<body>[^\s第]+?)(?:第?[" + NUM + r"\d]+届)?(?P<cong>人民代表大会常务委员会|人大常委会|人民代表大会|人大)(?:第?[" + NUM + r"\d]+次)?")


OVERRIDE = {
    "DLC/浙江地方法规/地方性法规/浙江/景宁畲族自治县水资源管理条例(2021-06-15).md": {
        "org": "景宁畲族自治县人民代表大会", "note": "org: the 通过 line says 县第五届人民代表大会; the 修正 line names 景宁畲族自治县人民代表大会"},
    "DLC/山东地方法规/地方性法规/山东/济南市既有多层住宅增设电梯规定(2019-02-12).md": {
        "org": "济南市人民代表大会常务委员会", "note": "org: first passed by 莱芜市人大常委会 (莱芜 merged into 济南 in 2019); this text is the version 济南市人大常委会 amended in 2019 under the 济南 title"},
}


def org_of(info_lines):
    for line in info_lines:
        if "通过" in line:
            m = ORG.search(line)
            if m:
                cong = {"人大常委会": "人民代表大会常务委员会", "人大": "人民代表大会"}.get(m.group("cong"), m.group("cong"))
                return m.group("body") + cong, line.strip()
            return None, line.strip()
    return None, None


def build(picks):
    data = L.read_many(picks)
    labels, review = [], []
    for i, p in enumerate(picks, 1):
        file = f"{FOLDER}/rl{i:04d}.md"
        raw = data[p]
        text = raw.decode("utf-8")
        os.makedirs(os.path.join(DOCS, FOLDER), exist_ok=True)
        with open(os.path.join(DOCS, file), "wb") as f:
            f.write(raw)
        ftitle, fdate = L.parse_name(p)
        head, _, body = text.partition("<!-- INFO END -->")
        lines = [x for x in head.splitlines() if x.strip()]
        heading = lines[0][2:].strip() if lines and lines[0].startswith("# ") else None
        info = lines[1:] if heading else lines
        region, level, rnote = region_of(heading or ftitle, L.province_folder(p))
        org, org_line = org_of(info)
        notes = ["date: the date in the source's file name (its last 修正/批准/公布 date); year: its year"]
        first = DATE_LINE.match(info[0]) if info else None
        dates_in_text = {f"{int(a):04d}-{int(b):02d}-{int(c):02d}" for a, b, c in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", head)}
        if not info:
            notes.append("the text states no date, body or 通过 line: below the heading it goes straight to the articles")
        elif fdate not in dates_in_text:
            notes.append(f"the file-name date {fdate} is not written in the text")
        if first:
            notes.append(f"first line under the title: {info[0].strip()[:80]}")
        if rnote:
            notes.append(rnote)
        if p in OVERRIDE:
            notes.append(OVERRIDE[p]["note"])
            org = OVERRIDE[p].get("org", org)
        if region is None and org:
            ps = [q for q in G.paths_named(org.split("人民代表大会")[0]) if q[0] == PROVINCE[L.province_folder(p)]]
            if len(ps) == 1:
                region, level = ps[0], G.level_of(ps[0])
                notes[-1:] = [n for n in notes[-1:] if not n.startswith("region:")] + ["region: the title names no city; the body that passed it is that city's"]
        if org and region and not (org.startswith(region[-1]) or org.startswith(region[-1].rstrip("市省"))):
            review.append((file, p, f"org {org} vs region {region}"))
        if org and ("人民代表大会常务委员会" not in org) and ("人大" in (org_line or "")):
            notes.append(f"org: written '{org_line[:60]}' (人大 = 人民代表大会)")
        if re.search(r"公告第\s*\S+号", head):
            notes.append("docNumber: the 公告第N号 of the 公布 line is a 公告 number, not a 文号")
        validity = "已废止" if re.search(r"(已|予以)废止|失效", head) else None
        if region is None or org is None:
            review.append((file, p, f"region {region} org {org} line {org_line}"))
        labels.append({
            "file": file,
            "source": {"repo": "LawRefBook/Laws", "commit": L.COMMIT, "path": p, "extract": None, "url": None, "query": None},
            "split": split_of(file),
            "title": heading or ftitle,
            "titleAlt": [ftitle] if heading and ftitle != heading else [],
            "year": int(fdate[:4]),
            "date": fdate,
            "regionPath": region,
            "level": level,
            "org": org,
            "kind": kind_of(heading or ftitle),
            "docNumber": None,
            "validity": validity,
            "hasHeader": False,
            "hasTitleLine": heading is not None,
            "note": "; ".join(notes),
        })
    return labels, review


if __name__ == "__main__":
    picks = [l.strip() for l in open(os.path.join(os.path.dirname(__file__), "laws_pick.txt"), encoding="utf-8") if l.strip()]
    labels, review = build(picks)
    with open(os.path.join(os.path.dirname(__file__), "labels_lw.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    for r in review:
        print("REVIEW", *r)
    print(len(labels), "labels")
