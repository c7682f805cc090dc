#!/usr/bin/env python3
"""Re-create the documents of part rpG from fetched bare git mirrors (/work/.mirror/<owner>+<name>/...).

Every document's bytes come from `git show COMMIT:PATH` in the mirror, plus one extraction step:
  "javadoc-json:<k>:article.content" -> the blob is a Java bean (UTF-8) whose class Javadoc carries a sample API
        response as one line ` * data : {...}` (GsonFormat); the first such line is parsed as JSON and the value
        data.content[k].article.content (an HTML fragment) is kept as it is. Written UTF-8.
Usage: python3 build.py [--check]   (--check: rebuild in memory and compare sha1 with the files on disk)
"""
import hashlib, json, os, subprocess, sys

MIRROR = "/work/.mirror"
OUT = "/work/devset/docs/rpG"

# (repo, commit, git dir inside the mirror folder)
AZ = ("bxfla/AZ-ERQI", "a2aadf9d84293ea2765ca0923a0822bf26edea2b", "repo")
AZ_BEAN = "app/src/main/java/az/com/newazhong/propagandwindow/bean/PropagandWindow.java"

# (source, path, extract, ext)
DOCS = [
    (AZ, AZ_BEAN, "javadoc-json:2:article.content", "html"),
]


def blob(src, path):
    repo, commit, sub = src
    d = os.path.join(MIRROR, repo.replace("/", "+"), sub)
    if os.path.isdir(os.path.join(d, ".git")):
        d = os.path.join(d, ".git")
    return subprocess.run(["git", "--git-dir", d, "show", "%s:%s" % (commit, path)],
                          check=True, capture_output=True).stdout


def extract(data, ex):
    text = data.decode("utf-8")
    kind, k, field = ex.split(":")
    assert kind == "javadoc-json" and field == "article.content", ex
    line = next(l for l in text.splitlines() if l.strip().startswith("* data : "))
    obj = json.loads(line.split("* data : ", 1)[1])
    return obj["content"][int(k)]["article"]["content"].encode("utf-8")


def plan():
    for i, (src, path, ex, ext) in enumerate(DOCS, 1):
        yield ("rpG/rpG%04d.%s" % (i, ext), src[0], src[1], path, ex)


def main():
    check = "--check" in sys.argv
    os.makedirs(OUT, exist_ok=True)
    diff, cache = 0, {}
    for (f, repo, commit, path, ex), (src, _, _, _) in zip(plan(), DOCS):
        key = (repo, commit, path)
        if key not in cache:
            cache[key] = blob(src, path)
        data = extract(cache[key], ex)
        h = hashlib.sha1(data).hexdigest()
        target = os.path.join("/work/devset/docs", f)
        if check:
            old = open(target, "rb").read() if os.path.exists(target) else b""
            ok = hashlib.sha1(old).hexdigest() == h
            diff += not ok
            print(("OK   " if ok else "DIFF ") + f, h)
        else:
            open(target, "wb").write(data)
            print(f, len(data), h)
    if check:
        print(len(DOCS), "documents,", diff, "differ")
        sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
