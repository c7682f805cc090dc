#!/usr/bin/env python3
"""Re-create the documents of part rpQ from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes come from `git show COMMIT:PATH` in the mirror, plus one extraction step:
  "as-is"                  -> the blob itself (a .doc or .docx attachment a scrapy FilesPipeline saved), unchanged.
  "pdftotext-layout"       -> the blob is a PDF with a text layer; `pdftotext -layout -enc UTF-8 <pdf> -` (poppler),
        its UTF-8 output kept as it is (page breaks \\f included). Written as .txt.
  "sqlite-cell:<table>:<id>:<column>" -> the blob is a SQLite database file; the row of <table> whose `id` is <id> is
        read and its <column> value (TEXT) kept unchanged, UTF-8. Written as .txt.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, sqlite3, subprocess, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (repo, commit, git dir inside the mirror folder)
NB = ("w1614067865/nbyc", "3b28d3e83359292b6b12b57fb0efcfa6889e1ece", "repo")
GI = ("asuka-4908/GovInfoCheckSystem", "5d0de7b02e23014ce159c378bc5817c4fe5fc501", "repo")
GI_DB = "project/app/data/app.db"

NB_FILES = [  # Download/full/<sha1 of the attachment's URL>.<ext>, as scrapy's FilesPipeline names them
    "226e4a488a2263030f8a52a38262dc59a0715762.doc",   # 梅墟街道 综治工作人员招聘公告
    "1662faea8f4f364541ca88782972eb7576b4968e.doc",   # 梅墟街道社区卫生服务中心 拟递补录用人员公示
    "ca19ec1e55d614be83bf2e07047816c3cebd3ce1.docx",  # 梅墟街道 社区工作者入围面试人员公告
    "de5b241f83c6dc0019afc03a1e0607d2085ef864.pdf",   # 甬高科〔2018〕56号
    "538afa02cddade61ae1c31c8a24df3686adad65b.pdf",   # 甬高科〔2018〕88号
    "097703377e4cddaaefadb93f90b6d85782aa31c0.pdf",   # 甬高科〔2018〕2号
    "da915bdf50ca1a9b4fa5c61d7eb584c705d54bd1.pdf",   # 甬高科〔2019〕1号
    "75095c8915b820139f52b28ec44a5b2727a10410.pdf",   # 甬高科〔2019〕29号
    "cb0645a858db31be488957501eb48956960459a0.pdf",   # 甬高新教〔2019〕15号
    "c2ebfa73cafb4b0bcb7d6c8e179db2590977d608.pdf",   # 迎春长跑比赛 通知
    "ef0cbb326d444ff186e6904532d97e44cbce397a.doc",   # 总河长、河长名单公告
    "d2366b822b5d112132da00c239595873641aa2a9.doc",   # 服务业创新之星 推荐工作的通知
    "8b5e8e741f3ba281900d607f7cc7e7e713b51a01.doc",   # 第三批人才住房抽签 摇号规则
    "59b99c8680118a083389e1cd0333a0bcdde5b699.pdf",   # 甬经信组〔2018〕137号 (宁波市)
    "9d2214bf9338149c04d330b97bbd797462f55cd4.doc",   # 甬商务贸促〔2018〕30号 (宁波市)
]

# (source, path, extract, ext)
DOCS = []
for name in NB_FILES:
    ext = name.rsplit(".", 1)[1]
    if ext == "pdf":
        DOCS.append((NB, "Download/full/" + name, "pdftotext-layout", "txt"))
    else:
        DOCS.append((NB, "Download/full/" + name, "as-is", ext))
for rid in ["43", "44", "52"]:
    DOCS.append((GI, GI_DB, "sqlite-cell:crawl_details:%s:content_text" % rid, "txt"))


def extract(data, ex):
    if ex == "as-is":
        return data
    if ex == "pdftotext-layout":
        return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=data,
                              check=True, capture_output=True).stdout
    kind, table, rid, col = ex.split(":")
    assert kind == "sqlite-cell", ex
    with tempfile.NamedTemporaryFile(suffix=".db") as f:
        f.write(data); f.flush()
        con = sqlite3.connect("file:%s?mode=ro" % f.name, uri=True)
        rows = con.execute("select %s from %s where id = ?" % (col, table), (int(rid),)).fetchall()
        con.close()
    assert len(rows) == 1, (ex, len(rows))
    return rows[0][0].encode("utf-8")


if __name__ == "__main__":
    round_tools.build("rpQ", DOCS, extract, sys.argv)
