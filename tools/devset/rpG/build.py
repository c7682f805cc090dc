#!/usr/bin/env python3
"""Re-create the documents of part rpG from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes come from `git show COMMIT:PATH` in the mirror, plus one extraction step:
  "javadoc-json:<k>:article.content" -> the blob is a Java bean (UTF-8) whose class Javadoc carries a sample API
        response as one line ` * data : {...}` (GsonFormat); the first such line is parsed as JSON and the value
        data.content[k].article.content (an HTML fragment) is kept as it is. Written UTF-8.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import round_tools

# (repo, commit, git dir inside the mirror folder)
AZ = ("bxfla/AZ-ERQI", "a2aadf9d84293ea2765ca0923a0822bf26edea2b", "repo")
AZ_BEAN = "app/src/main/java/az/com/newazhong/propagandwindow/bean/PropagandWindow.java"

# (source, path, extract, ext)
DOCS = [
    (AZ, AZ_BEAN, "javadoc-json:2:article.content", "html"),
]


def extract(data, ex):
    text = data.decode("utf-8")
    kind, k, field = ex.split(":")
    assert kind == "javadoc-json" and field == "article.content", ex
    line = next(l for l in text.splitlines() if l.strip().startswith("* data : "))
    obj = json.loads(line.split("* data : ", 1)[1])
    return obj["content"][int(k)]["article"]["content"].encode("utf-8")


if __name__ == "__main__":
    round_tools.build("rpG", DOCS, extract, sys.argv)
