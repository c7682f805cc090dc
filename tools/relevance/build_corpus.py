#!/usr/bin/env python3
"""The relevance corpus of issue 21: real government documents under /work/relevance/docs (never in the repository).

    python3 tools/relevance/build_corpus.py pick    # (re)writes tools/relevance/sources.tsv (deterministic)
    python3 tools/relevance/build_corpus.py build   # recreates /work/relevance/docs from sources.tsv, checks sha256

Two parts, one row per document in sources.tsv (file, origin, repository, commit, path or page address, sha256):
- origin `devset`: every labelled document of the metadata development set (/work/devset/labels.json, issue 19),
  copied from /work/devset/docs, which its own tools rebuild from the recorded repository or page. The row repeats
  that label's source, so each file names where it came from.
- origin `git`: documents of LawRefBook/Laws (地方性法规, 行政法规, 部门规章 and the other law folders) whose title
  names a topic staff search for (TOPICS), read from the bare snapshot the search tool's `fetch` writes to
  /work/.mirror/LawRefBook+Laws/repo. At most PER_TOPIC a topic, one version per title (the latest), and none whose
  path or title the devset already holds, so the two parts do not repeat a text.
The files keep their relative names: devset files as in the devset (jc/jc001.txt), law files as rel-lw/rlNNNN.md.
"""
import csv, hashlib, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.join(HERE, "sources.tsv")
DOCS = "/work/relevance/docs"
DEVSET = "/work/devset"
LAWS_REPO = "LawRefBook/Laws"
LAWS_GIT = "/work/.mirror/LawRefBook+Laws/repo"
LAWS_COMMIT = "2f4c5c23716267af9dbebbbbd6cbbf732b101981"
LAW_FOLDERS = ("DLC", "行政法规", "部门规章", "行政法", "经济法", "社会法")
LAW_PREFIX = "rel-lw/rl"
PER_TOPIC = 8
# Topics staff search for (issue 21 and the queries of bench/relevance/queries.json), matched in the file's title.
TOPICS = ("营商环境 优化 河长 养老 居家 垃圾 餐厨 乡村振兴 农村 网格 矛盾纠纷 社区 街道 疫情 传染病 突发 应急 招商 投资 外商 "
          "安全生产 危险化学品 消防 物业 电梯 电动自行车 停车 文明 食品 水污染 大气 扬尘 噪声 土壤 固体废物 生态 湿地 森林 "
          "野生动物 河道 供水 节约用水 排水 燃气 数据 数字 信用 政务 旅游 文物 历史文化 非物质 学前 职业教育 就业 人才 残疾 "
          "未成年 慈善 志愿 医疗 中医 公共卫生 爱国卫生 住房 租赁 科技 创新 知识产权 民营 中小企业 自由贸易 公共交通 出租 快递 "
          "节能 全民健身 阅读 公共文化 长江 黄河 海洋 防汛 地震 耕地 种子").split()
NAME = re.compile(r"^(?P<title>.+)\((?P<date>\d{4}-\d{2}-\d{2})\)\.md$")
COLUMNS = ["file", "origin", "repository", "commit", "source", "sha256"]


def git(*args, data=None):
    return subprocess.run(["git", "-c", "core.quotepath=off", f"--git-dir={LAWS_GIT}", *args], input=data,
                          capture_output=True, check=True).stdout


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def devset_rows():
    labels = json.load(open(os.path.join(DEVSET, "labels.json"), encoding="utf-8"))
    rows = []
    for label in sorted(labels, key=lambda l: l["file"]):
        src = label["source"]
        data = open(os.path.join(DEVSET, "docs", label["file"]), "rb").read()
        rows.append({"file": label["file"], "origin": "devset", "repository": src.get("repo", ""),
                     "commit": src.get("commit", ""), "source": src.get("path") or src.get("url", ""), "sha256": sha256(data)})
    return rows, labels


def law_rows(devset_labels):
    taken_paths = {l["source"]["path"] for l in devset_labels if l["source"].get("repo") == LAWS_REPO}
    taken_titles = {NAME.match(p.rsplit("/", 1)[1]).group("title") for p in taken_paths if NAME.match(p.rsplit("/", 1)[1])}
    latest = {}  # title -> (date, path): one version per title
    for path in git("ls-tree", "-r", "--name-only", LAWS_COMMIT).decode("utf-8").splitlines():
        if path.split("/")[0] not in LAW_FOLDERS or not path.endswith(".md") or "_index" in path or path in taken_paths:
            continue
        m = NAME.match(path.rsplit("/", 1)[1])
        if not m or m.group("title") in taken_titles:
            continue
        if m.group("title") not in latest or latest[m.group("title")][0] < m.group("date"):
            latest[m.group("title")] = (m.group("date"), path)
    picked = []
    for topic in TOPICS:
        chosen = [p for t, (_, p) in sorted(latest.items()) if topic in t and p not in picked][:PER_TOPIC]
        picked.extend(chosen)
    rows = []
    for i, path in enumerate(picked, 1):
        data = git("show", f"{LAWS_COMMIT}:{path}")
        rows.append({"file": f"{LAW_PREFIX}{i:04d}.md", "origin": "git", "repository": LAWS_REPO, "commit": LAWS_COMMIT,
                     "source": path, "sha256": sha256(data)})
    return rows


def pick():
    dev, labels = devset_rows()
    rows = dev + law_rows(labels)
    with open(SOURCES, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} documents ({len(dev)} devset, {len(rows) - len(dev)} LawRefBook) -> {SOURCES}")


def build():
    rows = list(csv.DictReader(open(SOURCES, encoding="utf-8"), delimiter="\t"))
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    bad = 0
    for r in rows:
        if r["origin"] == "devset":
            data = open(os.path.join(DEVSET, "docs", r["file"]), "rb").read()
        else:
            data = git("show", f"{r['commit']}:{r['source']}")
        if sha256(data) != r["sha256"]:
            bad += 1
            print(f"sha256 differs: {r['file']} ({r['source']})", file=sys.stderr)
        target = os.path.join(DOCS, r["file"])
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(data)
    print(f"{len(rows)} documents written to {DOCS}; {bad} differ from the recorded sha256")
    return 1 if bad else 0


if __name__ == "__main__":
    verb = sys.argv[1] if len(sys.argv) > 1 else ""
    if verb == "pick":
        pick()
    elif verb == "build":
        sys.exit(build())
    else:
        print(__doc__)
        sys.exit(2)
