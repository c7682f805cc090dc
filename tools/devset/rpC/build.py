#!/usr/bin/env python3
"""Re-create the documents of part rpC from fetched bare git mirrors.

Every document's bytes come from `git show COMMIT:PATH` in /work/.mirror/<owner>+<name>/repo.
extract:
  "file"                        -> the blob as is
  "csv-cell:<row>:<column>"     -> blob decoded UTF-8 (BOM stripped), parsed with Python's csv module,
                                   data row <row> (1-based, header excluded), cell of column <column>,
                                   written UTF-8 without any change; the row's 标题 cell is checked.
  "pickle-str"                  -> the blob is a pickle holding one str (protocol 3: PROTO, BINUNICODE,
                                   BINPUT, STOP); the str is read with pickletools.genops (nothing is
                                   unpickled or executed) and written UTF-8 without any change.
  "json:<key>.<index>.<key>"     -> the blob is JSON (UTF-8); the string at that path is written UTF-8 without change.
  "sqlite-cell:<table>:<id>:<column>" -> the blob is an SQLite database; it is written to a temporary file,
                                   opened read-only, and the text of <column> in the row of <table> whose
                                   id is <id> is written UTF-8 without any change (only that table is read).
Usage: python3 build.py [--check]   (--check: compare with existing files, write nothing)
"""
import csv, hashlib, io, json, os, pickletools, sqlite3, subprocess, sys, tempfile

MIRROR = "/work/.mirror"
OUT = "/work/devset/docs/rpC"
csv.field_size_limit(10**9)

JX = ("chairmenfrog/Policy_crawler", "c207101ae1af33cd7586e059182c54cf2b2865a4")
PK = ("mengke25/policy_text_frenq", "ad2419343ce4d9f3a81f92db1c0cd62b8ffb037c")
HB = ("gerry0208/spider_project", "8102fc51c040412959a095c447500aff899f5f05")
HB_BAN = "河北政府网站/3人民政府-政府信息公开/人民政府_省政府办公厅文件.csv"
HB_GZ = "河北政府网站/3人民政府-政府信息公开/人民政府_政府规章.csv"
HB_MS = "河北政府网站/7教育厅-政府信息公开/教育领域信息公开_民生工程.csv"

PA = ("mengke25/policy_text_analyse", "0204dbc07b704b3e05e5474a1a0e9dcdf66d0602")
LS = ("magictomagic/policy_crawler_v1", "f37c29cee2bac9c1e73185289029b11597ec3110")
GI = ("rexyang-ai/GovInfoToFileSystem", "d7b8e640d56b864f943a433a6cfa757c6924b238")
KG = ("YoungZM339/government-policy-knowledge-graph", "c881ed1f5983f61cd991e432af91c62137afc19a")

# ((repo, commit), path, extract, expected title cell for csv rows or None, file extension)
DOCS = []
def jx(name):
    DOCS.append((JX, "data/JX_text/" + name + ".txt", "file", None, "txt"))
def jxh(name):
    DOCS.append((JX, "data/HTML_pk/" + name + ".pkl", "pickle-str", None, "html"))
def pk(name):
    DOCS.append((PK, "pool/" + name, "file", None, "txt"))
def pa(name):
    DOCS.append((PA, "source_policy/" + name, "file", None, "txt"))
def hb(path, row, title):
    DOCS.append((HB, path, "csv-cell:%d:内容" % row, title, "txt"))

for n in ["art_4969_1495208", "art_4969_1497540", "art_4969_1499515", "art_4969_1506197", "art_4969_1521877",
          "art_4975_1503934", "art_4975_1515154", "art_4975_1520001", "art_4975_1533696", "art_4975_1566791",
          "art_4975_1566875", "art_4975_1568494", "art_4975_1602177", "art_4980_1515143", "art_14075_1574386",
          "art_14208_1503750", "art_18825_1496018", "art_18830_1508831", "art_18830_1579802", "art_5400_1495569",
          "art_5400_1505309", "art_5400_1507289", "art_5400_1512993", "art_5400_1565516", "art_5400_1594700",
          "art_5408_1506675", "art_5408_1590243", "art_5421_1505397"]:
    jx(n)
DOCS.append((JX, "demo/GOV_Jiangxi_1.txt", "file", None, "txt"))
for n in ["包头市人民政府办公室关于印发《包头市2022年数...(FBM-CLI.12.5115678).txt",
          "北京市经济和信息化局印发《关于推进北京市数...(FBM-CLI.12.5679380).txt",
          "安徽省人民政府办公厅关于印发支持工业互联网...(FBM-CLI.12.4638041).txt",
          "安徽省推进“三地一区”建设领导小组改革开放...(FBM-CLI.12.6476457).txt",
          "阿坝州人民政府办公室关于印发《阿坝州政务数...(FBM-CLI.12.4792728).txt"]:
    pk(n)
hb(HB_BAN, 604, "河北省人民政府办公厅关于昌黎县外环路桥收费项目有关问题的复函")
hb(HB_BAN, 606, "河北省人民政府办公厅关于同意滦县为省级园林县城的复函")
hb(HB_BAN, 645, "河北省人民政府办公厅关于同意乐亭县为省级园林县城的复函")
hb(HB_BAN, 618, "河北省人民政府办公厅关于承德市双滦区滦广公路收费项目")
hb(HB_BAN, 17, "河北省人民政府办公厅关于公布《正定城墙保护规划（2021-2035年）》的通知")
hb(HB_BAN, 884, "河北省人民政府办公厅关于印发河北省结核病防治规划（２００３—２０１０年）的通知")
hb(HB_BAN, 836, "河北省人民政府办公厅关于扶持家禽业发展的实施意见")
hb(HB_BAN, 437, "河北省人民政府办公厅关于印发河北省城镇保障性安居工程“十二五”规划的通知")
hb(HB_BAN, 24, "河北省人民政府办公厅关于印发河北省2024年民生工程实施方案的通知")
hb(HB_BAN, 150, "河北省人民政府办公厅关于2017年度履行教育职责整改落实情况的函")
hb(HB_GZ, 200, "河北省乡（镇）档案管理办法")
hb(HB_GZ, 1, "河北省科学技术奖励办法")
hb(HB_MS, 29, "衡水市“全面改薄”工作汇报")
hb(HB_MS, 30, "廊坊市教育局关于改善贫困地区义务教育薄弱学校基本办学条件工作进展情况的汇报")
hb(HB_MS, 31, "沧州市教育局关于“全面改薄”工作进展情况的汇报")
hb(HB_MS, 32, "承德市全面改善贫困地区义务教育薄弱学校基本办学条件工作汇报")
hb(HB_MS, 33, "张家口市关于“全面改薄”阶段工作汇报")
hb(HB_MS, 3, "河北省教育厅关于承德平泉市农村义务教育学生营养改善计划有关问题的通报")
hb(HB_MS, 1, "省教育厅召开2022年全省义务教育扩容增位工程部署推进视频会议")
# --- rpC0054 onwards (added after the first 53; order above is frozen) ---
hb(HB_BAN, 601, "河北省人民政府办公厅关于同意迁移１０８国道涞源收费站的复函")
hb(HB_BAN, 461, "河北省人民政府办公厅关于同意京北公路崇礼至张北段设置收费站的复函")
hb(HB_BAN, 9, "河北省人民政府办公厅关于同意大广高速公路（京承高速公路京冀界至承德段）增设滦平金山岭长城收费站的复函")
hb(HB_BAN, 25, "河北省人民政府办公厅关于同意大广高速承赤段增设隆化温泉收费站的复函")
hb(HB_BAN, 834, "河北省人民政府办公厅关于同意建立青崖寨省级自然保护区的复函")
hb(HB_BAN, 73, "河北省人民政府办公厅关于同意调整石家庄市绕城高速以内高速公路收费站的复函")
hb(HB_BAN, 620, "河北省人民政府办公厅关于衡水市贷款建设市区外环路收取机动车辆通行费的复函")
hb(HB_BAN, 617, "河北省人民政府办公厅关于沧州市交通枢纽工程收费项目有关问题的复函")
hb(HB_BAN, 107, "河北省人民政府办公厅关于认真贯彻落实《国务院关于河北省继续开展张家口赛区冬奥会建设项目投资审批改革试点的批复》的通知")
hb(HB_BAN, 597, "河北省人民政府办公厅关于同意建立辽河源省级自然保护区的复函")
hb(HB_BAN, 8, "河北省人民政府办公厅关于同意调整河北辽河源省级自然保护区范围及功能区的复函")
hb(HB_BAN, 609, "河北省人民政府办公厅关于秦皇岛柳江盆地地质遗迹自然保护区扩区的复函")
hb(HB_BAN, 647, "河北省人民政府办公厅关于同意京赞线保定市段公路项目建成后设置收费站收取机动车辆通行费的复函")
hb(HB_BAN, 630, "河北省人民政府办公厅关于撤销石家庄市南环大桥收费项目的通知")
for n in ["art_18830_1514486", "art_18830_1560946", "art_5358_1580134", "art_5400_1597952", "art_14236_1505204"]:
    jxh(n)
for n in ["中国(上海)自由贸易试验区临港新片区管理办法(FBM-CLI.11.1535062).txt",
          "中山市政务数据管理办法(FBM-CLI.11.1598088).txt",
          "广东省公共数据管理办法(FBM-CLI.11.4619854).txt"]:
    pa(n)
DOCS.append((LS, "unit_test/raw_content/lishui_detail.html", "file", None, "html"))
hb(HB_BAN, 612, "河北省人民政府办公厅关于同意张隆线公路项目建成后设置收费站收取机动车辆通行费的复函")
hb(HB_BAN, 14, "河北省人民政府办公厅关于河北省塞罕坝机械林场“二次创业”高质量发展的实施意见")
HB_RS = "河北政府网站/2人力资源和社会保障厅-政府信息公开/人力资源和社会保障厅_政策法规+政府信息公开年报.csv"
HB_NB = "河北政府网站/7教育厅-政府信息公开/政府信息公开年报.csv"
HB_KJ = "河北政府网站/5科学技术厅-政府信息公开/科技厅政策文件_规范性文件汇总表.csv"
hb(HB_RS, 21, "河北省人力资源和社会保障厅关于印发《强化支持举措助力银发经济发展壮大的九条措施》的通知")
hb(HB_NB, 17, "河北省教育厅2013年度政府信息公开总结")
hb(HB_NB, 14, "河北省教育厅2017年度政府信息公开工作报告")
hb(HB_KJ, 1, "关于印发《河北省实验室建设工作指引》的通知")
hb(HB_KJ, 5, "关于印发《河北省县域科技创新跃升计划 奖励资金实施细则》的通知")
jxh("art_5400_1580152")
def gi(row, col, ext):
    DOCS.append((GI, "app/database/data.db", "sqlite-cell:content_details:%d:%s" % (row, col), None, ext))
gi(37, "html_content", "html")
gi(39, "html_content", "html")
gi(40, "html_content", "html")
gi(56, "content", "txt")
gi(45, "content", "txt")
gi(38, "content", "txt")
gi(42, "content", "txt")
gi(43, "content", "txt")
DOCS.append((KG, "raw_data/content.json", "json:data.0.content", None, "txt"))

def git_show(repo, commit, path):
    d = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    return subprocess.run(["git", "-C", d, "show", commit + ":" + path], check=True, capture_output=True).stdout

_cache = {}
def extract(repo, commit, path, ex, title):
    blob = git_show(repo, commit, path)
    if ex == "file":
        return blob
    if ex == "pickle-str":
        ops = list(pickletools.genops(blob))
        names = [op.name for op, arg, pos in ops]
        if names != ["PROTO", "BINUNICODE", "BINPUT", "STOP"]:
            raise SystemExit("unexpected pickle layout %s: %s" % (path, names))
        return ops[1][1].encode("utf-8")
    if ex.startswith("json:"):
        v = json.loads(blob.decode("utf-8"))
        for k in ex[5:].split("."):
            v = v[int(k)] if k.isdigit() else v[k]
        return v.encode("utf-8")
    if ex.startswith("sqlite-cell:"):
        _, table, rid, col = ex.split(":")
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "db.sqlite")
            open(p, "wb").write(blob)
            con = sqlite3.connect("file:%s?mode=ro&immutable=1" % p, uri=True)
            v = con.execute("SELECT %s FROM %s WHERE id=?" % (col, table), (int(rid),)).fetchone()[0]
            con.close()
        return v.encode("utf-8")
    _, row, col = ex.split(":")
    key = (repo, commit, path)
    if key not in _cache:
        _cache[key] = list(csv.reader(io.StringIO(blob.decode("utf-8-sig"))))
    rows = _cache[key]
    head = rows[0]
    r = dict(zip(head, rows[int(row)]))
    if title is not None and r["标题"] != title:
        raise SystemExit("title mismatch %s row %s: %r" % (path, row, r["标题"]))
    return r[col].encode("utf-8")

def plan():
    out = []
    for i, ((repo, commit), path, ex, title, ext) in enumerate(DOCS, 1):
        out.append(("rpC/rpC%04d.%s" % (i, ext), repo, commit, path, ex, title))
    return out

def main():
    check = "--check" in sys.argv
    os.makedirs(OUT, exist_ok=True)
    bad = 0
    for f, repo, commit, path, ex, title in plan():
        b = extract(repo, commit, path, ex, title)
        p = os.path.join("/work/devset/docs", f)
        if check:
            old = open(p, "rb").read() if os.path.exists(p) else None
            ok = old == b
            bad += not ok
            print(("OK  " if ok else "DIFF"), f, hashlib.sha1(b).hexdigest())
        else:
            open(p, "wb").write(b)
            print(f, len(b), hashlib.sha1(b).hexdigest())
    if check and bad:
        raise SystemExit("%d files differ" % bad)

if __name__ == "__main__":
    main()
