#!/usr/bin/env python3
"""Extract the Liuhe county (吉林省通化市柳河县) profile pages of Vnissun/LiuheSWJ that v1 (folder vn) did not use.

    python3 build_liuhe.py        # writes /work/devset/docs/repo-lh/*.html and labels_lh.json

Same extraction as v1's vn folder: the HTML in every `text*: \\`...\\`` template literal of the page's data, joined
with newlines. Labels were written by reading each page (see LABELS below); these are county profiles (简介) with
no date, no issuing body and no header; the year is left null (they cite 2020 figures but do not say which year
they describe).
"""
import hashlib, json, os, re, subprocess

GIT_DIR = "/work/.mirror/Vnissun+LiuheSWJ/repo"
COMMIT = "ed7857ba5055f8ccacc7e5bf59078f3d4c647fe7"
DOCS = "/work/devset/docs"
LIUHE = ["吉林省", "通化市", "柳河县"]
# path under pages/index/ -> (title as the page's heading writes it, region or None, note)
LABELS = [
    ("industry/article/agricultural", "特色农业", LIUHE, "county profile: 柳河 / 我县 in the text"),
    ("industry/article/medicine", "医药健康产业", LIUHE, "county profile: 柳河县 in the text"),
    ("industry/article/service", "现代服务业", LIUHE, "county profile: 我县 in the text; no county name, region from 柳河县 named later in the text"),
    ("industry/article/strategic", "战略新兴产业", LIUHE, "county profile: 柳河县 in the opening"),
    ("industry/article/tourism", "旅游休闲产业", LIUHE, "county profile: 柳河县 in the opening"),
    ("resources/article/kuangchan", "矿产资源", LIUHE, "county profile: 柳河县境内 in the opening"),
    ("resources/article/laingshi", "粮食资源", LIUHE, "county profile: 全县, 柳河县 in the text"),
    ("resources/article/linye", "林业资源", LIUHE, "county profile: 柳河县 in the opening"),
    ("resources/article/shuili", "水利资源", LIUHE, "county profile: 柳河县境内 in the opening"),
    ("resources/article/tudi", "土地资源", LIUHE, "county profile: 柳河县 in the opening"),
    ("project/article/lidian", "中溢炭素年产10万吨锂离子电池负极材料项目", None, "project profile; the text names no place, so region null"),
    ("project/article/shimo", "中溢炭素年产10万吨大规格超高功率石墨电极项目", None, "project profile; the text names no place, so region null"),
    ("project/article/yuanqu", "中溢炭素年产10万吨锂离子电池负极材料项目", LIUHE, "project profile located in 柳河经济开发区 (the site gives it the same heading as lidian)"),
    ("article/kaifaqu", "柳河开发区", LIUHE, "profile of the county's development zone"),
    ("article/card", "柳河简介", LIUHE, "county profile; 2022年，柳河县委将… is a plan sentence, not the year described"),
]


def extract(path):
    s = subprocess.run(["git", f"--git-dir={GIT_DIR}", "show", f"{COMMIT}:pages/index/{path}.js"], capture_output=True, check=True).stdout.decode("utf-8")
    return "\n".join(re.findall(r"\btext\w*\s*:\s*`(.*?)`", s, flags=re.S))


def split_of(file):
    return "holdout" if int(hashlib.sha1(file.encode()).hexdigest(), 16) % 5 < 2 else "tune"


def main():
    out = []
    os.makedirs(os.path.join(DOCS, "repo-lh"), exist_ok=True)
    for i, (path, title, region, note) in enumerate(LABELS, 1):
        file = f"repo-lh/lh{i:03d}.html"
        with open(os.path.join(DOCS, file), "w", encoding="utf-8") as f:
            f.write(extract(path))
        out.append({
            "file": file,
            "source": {"repo": "Vnissun/LiuheSWJ", "commit": COMMIT, "path": f"pages/index/{path}.js",
                       "extract": "HTML in the text* template literals, joined with newlines", "url": None, "query": None},
            "split": split_of(file), "title": title, "titleAlt": [], "year": None, "date": None,
            "regionPath": region, "level": "county" if region else None, "org": None, "kind": "简介",
            "docNumber": None, "validity": None, "hasHeader": False, "hasTitleLine": True, "note": note,
        })
    json.dump(out, open(os.path.join(os.path.dirname(__file__), "labels_lh.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(out), "labels")


if __name__ == "__main__":
    main()
