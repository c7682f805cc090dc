#!/usr/bin/env python3
"""Re-create the documents of part rpK from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes come from `git show COMMIT:PATH` in the mirror, plus one extraction step:
  "js-str:<field>:<k>"            -> the blob is a JavaScript file (UTF-8); the <k>-th (0-based) occurrence of
        `<field>:` followed by a single-quoted string literal is taken and the literal's value kept (JS escapes
        \\' \\\\ \\n undone; the literals used here hold none). Written UTF-8.
  "file"                          -> the blob as it is (a saved HTML page).
  "java-str:<var>:<k>"            -> the blob is a Java source; the <k>-th (0-based, commented lines included)
        `String <var> = "...";` literal is taken and its value kept (Java escapes \\" \\\\ \\n undone once; the
        literal used here was itself pasted from escaped HTML, so its value still holds \\" and \\n). Written UTF-8.
  "javadoc-json:<key>:<k>:<field>" -> the blob is a Java bean whose Javadoc comment keeps a sample API response as
        GsonFormat lines ` * <key> : <json>`; the line's JSON value is parsed and element <k> (0-based) of that array
        taken, its <field> string kept as is (JSON escapes undone by the parser). Written UTF-8.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (repo, commit, git dir inside the mirror folder)
GC = ("984XN/gcwx", "14b16d83ff5afd82c30913d2ace353800fabcf51", "repo")
DT = ("wjfa/AGCMeterReade", "9c9f5b71fd824e6f8444f4df5e3c8a9c9d5ef511", "repo")
GC_JS = "src/api/mock.js"
DT_JAVA = "app/src/main/java/com/guanchao/app/entery/NoticeAnounce.java"
GN = ("kingname/GeneralNewsExtractor", "de4a338071e2edc0f075e70c924f0b70d76a5bd7", "repo/.git")
GN_HTML = "tests/gzggw/1.html"
ZZ = ("bxfla/Joffice_constant", "0efccdd2dbb732f63ed28da276f3b18d703343cc", "repo")
ZZ_JAVA = "app/src/main/java/com/hy/powerplatform/oa_flow/bean/FlowList.java"
LD = ("zycCome/learn_demo", "ae4f6b20db988b9bf2e56a8183d1bea4d8892fba", "repo")
LD_JAVA = "html2word/src/main/java/Html2DocConverter.java"
HS = ("Hrealm/ifenlaji", "2505bfee96a6219a3d6b3cdcc1503626d0237228", "repo")
HS_JS = "src/node/inews.js"
MH = ("opendatalab/magic-html", "47d4a7fed12030e906a093b074637f178cb46ef2", "repo")
MH_HTML = "benchmark/data/article/htmls/7e99760d0920deb099946fd607f580080345cf332fae8ac7eb15fd78f38d701a.html"

# (source, path, extract, ext)
DOCS = []
for k in [0, 1, 3, 4, 5, 6, 7, 8, 9]:
    DOCS.append((GC, GC_JS, "js-str:PartyDynamicContent:%d" % k, "html"))
for k in [0, 1, 2, 3]:
    DOCS.append((DT, DT_JAVA, "javadoc-json:list:%d:content" % k, "txt"))
DOCS.append((GN, GN_HTML, "file", "html"))
for k in [0, 1, 3, 7]:
    DOCS.append((ZZ, ZZ_JAVA, "javadoc-json:content:%d:content" % k, "html"))
DOCS.append((MH, MH_HTML, "file", "html"))
DOCS.append((LD, LD_JAVA, "java-str:content:1", "html"))
DOCS.append((HS, HS_JS, "js-str:fContent:0", "html"))

JS_ESC = {"'": "'", '"': '"', "\\": "\\", "n": "\n", "r": "\r", "t": "\t"}


def extract(data, ex):
    if ex == "file":
        return data
    text = data.decode("utf-8")
    kind, rest = ex.split(":", 1)
    if kind == "js-str":
        field, k = rest.split(":")
        hits = list(re.finditer(r"%s:\s*'((?:[^'\\]|\\.)*)'" % re.escape(field), text, re.S))
        value = re.sub(r"\\(.)", lambda m: JS_ESC.get(m.group(1), m.group(1)), hits[int(k)].group(1))
        return value.encode("utf-8")
    if kind == "java-str":
        field, k = rest.split(":")
        hits = list(re.finditer(r'String %s = "((?:[^"\\]|\\.)*)";' % re.escape(field), text))
        value = re.sub(r"\\(.)", lambda m: JS_ESC.get(m.group(1), m.group(1)), hits[int(k)].group(1))
        return value.encode("utf-8")
    if kind == "javadoc-json":
        key, k, field = rest.split(":")
        m = re.search(r"^\s*\* %s : (.*)$" % re.escape(key), text, re.M)
        return json.loads(m.group(1))[int(k)][field].encode("utf-8")
    raise ValueError(ex)


if __name__ == "__main__":
    round_tools.build("rpK", DOCS, extract, sys.argv)
