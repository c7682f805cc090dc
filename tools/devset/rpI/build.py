#!/usr/bin/env python3
"""Re-create the documents of part rpI from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes come from `git show COMMIT:PATH` in the mirror, plus one extraction step:
  "pdftotext-layout" -> the blob is a PDF with a text layer; its text is `pdftotext -layout -enc UTF-8 <pdf> -`
        (poppler-utils; measured with pdftotext 22.12.0), kept as it comes out (page breaks \\f, page numbers, table
        rows and all). Written UTF-8 as .txt.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import os, subprocess, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (repo, commit, git dir inside the mirror folder)
KIRO = ("zxj6827111-blip/KIROGOVCOMPARE", "011c608ab09e717d7a753e0534f1379a8a86100f", "repo")
GBC_X = ("zxj6827111-blip/GovBudgetChecker", "e522a72adce7e48a959d413e1b1a0d2d3d9cbcdc", "repo")
GBC_S = ("zxj6827111-blip/GovBudgetChecker", "9dedb55a247bbf3398c77571c5e4944ea6e6ba8a", "repo")
TBX = ("zxj6827111-blip/tianbaoxitong", "13e0c53804c69349040204fca91a939559d68020", "repo")
GNB = ("zxj6827111-blip/govnianbao", "b2fbe3f5b912be2379852eac907e85657da8f238", "repo")

PDF = "pdftotext-layout"
# (source, path, extract, ext)
DOCS = [
    (KIRO, "sample_pdfs_v1/hzq2023_working.pdf", PDF, "txt"),
    (KIRO, "sample_pdfs_v1/hzq2024_working.pdf", PDF, "txt"),
    (TBX, "uploads/archives/1770007475548-818404804.pdf", PDF, "txt"),
    (GBC_X, "X/上海市普陀区人民政府万里街道办事处25年预算.pdf", PDF, "txt"),
    (GBC_X, "X/上海市普陀区人民政府办公室25年预算.pdf", PDF, "txt"),
    (GBC_X, "X/上海市普陀区商务委员会25年预算.pdf", PDF, "txt"),
    (GBC_S, "samples/good/上海市普陀区财政局2024年度部门决算.pdf", PDF, "txt"),
    (GBC_S, "tmp/pdfs/shpt_sfj_2026_budget.pdf", PDF, "txt"),
    (TBX, "上海市普陀区财政局部门25年预算.pdf", PDF, "txt"),
    (TBX, "uploads/archives/1769321433314-826553525.pdf", PDF, "txt"),
    (GNB, "szfgs2024.pdf", PDF, "txt"),
    (GBC_X, "X/上海市普陀区人民政府万里街道办事处24年预算.pdf", PDF, "txt"),
]


def extract(data, ex):
    assert ex == PDF, ex
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", f.name, "-"],
                              check=True, capture_output=True).stdout


if __name__ == "__main__":
    round_tools.build("rpI", DOCS, extract, sys.argv)
