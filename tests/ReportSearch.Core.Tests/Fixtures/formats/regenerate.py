#!/usr/bin/env python3
"""Regenerates the committed format fixtures from seeds/: each seed becomes a flat ODT document (one paragraph per
line, a running header and a page-number footer on every page), which LibreOffice converts to PDF and to .doc.

Needs: libreoffice-writer-nogui and a CJK font (fonts-wqy-microhei). Run from anywhere:
    python3 tests/ReportSearch.Core.Tests/Fixtures/formats/regenerate.py
"""
import glob, os, shutil, subprocess, sys, tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
# Small fixtures: two seeds (one simplified, one traditional) as PDF and as .doc.
FIXTURE_SEEDS = ("000_", "001_")
HEADER = "政务信息公开专栏　内部资料"
FONT = "WenQuanYi Micro Hei"

def fodt(lines, title):
    body = "\n".join(f"<text:p>{escape(l)}</text:p>" for l in lines)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(title)}</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="{FONT}" svg:font-family="'{FONT}'"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="{FONT}" style:font-name-asian="{FONT}" fo:font-size="11pt" style:font-size-asian="11pt"/></style:default-style></office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p>{escape(HEADER)}</text:p></style:header><style:footer><text:p>第 <text:page-number text:select-page="current"/> 页</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
"""

def main():
    if not shutil.which("soffice"):
        sys.exit("soffice not found: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-wqy-microhei")
    work = tempfile.mkdtemp(prefix="reportsearch-fixtures-")
    profile = f"-env:UserInstallation=file://{work}/profile"
    sources = []
    for seed in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
        if not os.path.basename(seed).startswith(FIXTURE_SEEDS): continue
        name = os.path.splitext(os.path.basename(seed))[0]
        with open(seed, encoding="utf-8") as f:
            lines = f.read().replace("\r\n", "\n").split("\n")
        path = os.path.join(work, name + ".fodt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(fodt(lines, name))
        sources.append(path)
    subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", HERE, *sources], check=True)
    subprocess.run(["soffice", profile, "--headless", "--convert-to", "doc", "--outdir", HERE, *sources], check=True)
    shutil.rmtree(work, ignore_errors=True)

if __name__ == "__main__":
    main()
