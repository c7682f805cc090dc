#!/usr/bin/env python3
"""Rebuild the v1 development set (179 documents) under /work/devset/docs from fetched repositories.

    python3 rebuild_v1.py [--labels PATH] [--docs DIR] [--mirror DIR]

Reads the committed v1 labels (tests/ReportSearch.Core.Tests/DevSet/labels.json), and for every label writes
docs/<file> from source.repo at source.commit (falls back to the newest snapshot HEAD when that commit is absent,
and says so). Repositories must already be fetched as bare git directories under /work/.mirror/<owner>+<name>/repo
(the search tool's `fetch`). The `sh` folder cannot be rebuilt here: zhiyao87/Shanghai-Gov-Docs-Index has no
snapshot, its five documents were saved from the search tool's `read_file` (see README.md); the script only checks
they are present.

How each folder was extracted follows the table in tests/ReportSearch.Core.Tests/DevSet/README.md. The original
extraction script was not kept, so byte-exactness for the extracted folders (jc, zy, vn, gr) follows this script's
reading of that table.
"""
import argparse, csv, html, io, json, os, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

LABELS = "/work/main/tests/ReportSearch.Core.Tests/DevSet/labels.json"
DOCS = "/work/devset/docs"
MIRROR = "/work/.mirror"


V1_COMMIT = "f895f9930d77483cae46c566ecf1b84d4bb1a2d9"  # the commit that holds the 179-document v1 labels
V1_REL = "tests/ReportSearch.Core.Tests/DevSet/labels.json"


def load_v1_labels(path):
    """The v1 labels: from git (commit V1_COMMIT of /work/main) when path is the default working-tree file, because
    that file is rewritten by the v2 merge; otherwise the given file, keeping entries of set v1 (or with no set)."""
    if os.path.abspath(path) == "/work/main/" + V1_REL:
        r = subprocess.run(["git", "-C", "/work/main", "show", f"{V1_COMMIT}:{V1_REL}"], capture_output=True)
        if r.returncode == 0:
            return json.loads(r.stdout.decode("utf-8"))
    return [l for l in json.load(open(path, encoding="utf-8")) if l.get("set") in (None, "v1")]


def git_dir(mirror, repo):
    return os.path.join(mirror, repo.replace("/", "+"), "repo")


def show(gd, commit, path):
    r = subprocess.run(["git", f"--git-dir={gd}", "show", f"{commit}:{path}"], capture_output=True)
    if r.returncode != 0:
        raise FileNotFoundError(f"{commit}:{path}: {r.stderr.decode(errors='replace').strip()}")
    return r.stdout


def has_commit(gd, commit):
    r = subprocess.run(["git", f"--git-dir={gd}", "cat-file", "-e", f"{commit}^{{commit}}"], capture_output=True)
    return r.returncode == 0


# --- per-folder extractors: bytes of the source file (+ the label) -> bytes to write ---

def jc_extract(raw, label):
    """The full_text cell of the CSV's (single) row, as UTF-8."""
    text = raw.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    return rows[0]["full_text"].encode("utf-8")


_SQL_ESC = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a", "\\": "\\", "'": "'", '"': '"'}


def parse_sql_values(s, i):
    """Parse one MySQL `( v, v, ... )` tuple starting at s[i] == '('; returns (values, index after ')')."""
    assert s[i] == "("
    i += 1
    vals = []
    while True:
        while s[i] in " \n\r\t":
            i += 1
        if s[i] == "'":
            i += 1
            buf = []
            while True:
                c = s[i]
                if c == "\\":
                    buf.append(_SQL_ESC.get(s[i + 1], s[i + 1])); i += 2
                elif c == "'":
                    if s[i + 1] == "'":
                        buf.append("'"); i += 2
                    else:
                        i += 1; break
                else:
                    buf.append(c); i += 1
            vals.append("".join(buf))
        else:
            m = re.compile(r"[^,)]*").match(s, i)
            tok = m.group(0).strip(); i = m.end()
            vals.append(None if tok.lower() == "null" else tok)
        while s[i] in " \n\r\t":
            i += 1
        if s[i] == ",":
            i += 1; continue
        if s[i] == ")":
            return vals, i + 1
        raise ValueError(f"unexpected {s[i]!r} at {i}")


_zy_cache = {}


def zy_rows(raw):
    key = id(raw)
    if key in _zy_cache:
        return _zy_cache[key]
    s = raw.decode("utf-8")
    rows = {}
    for m in re.finditer(r"INSERT INTO `?ge_policy_raw`? \(([^)]*)\) VALUES ", s):
        cols = [c.strip(" `") for c in m.group(1).split(",")]
        vals, _ = parse_sql_values(s, m.end())
        row = dict(zip(cols, vals))
        rows[int(row["id"])] = row
    _zy_cache.clear(); _zy_cache[key] = rows
    return rows


def zy_extract(raw, label):
    """The html value of the row whose id the label's extract names, wrapped in <html><body>."""
    rid = int(re.search(r"id (\d+)", label["source"]["extract"]).group(1))
    body = zy_rows(raw)[rid]["html"]
    return ("<html><body>" + body + "</body></html>").encode("utf-8")


def vn_extract(raw, label):
    """The HTML in every `text*: \\`...\\`` template literal of the page's data, joined with newlines."""
    s = raw.decode("utf-8")
    parts = re.findall(r"\btext\w*\s*:\s*`(.*?)`", s, flags=re.S)
    return "\n".join(parts).encode("utf-8")


def gr_extract(raw, label):
    """The zh-CN <seg> of every <tu>, one a line, in order."""
    root = ET.fromstring(raw)
    lines = []
    for tu in root.iter("tu"):
        for tuv in tu.findall("tuv"):
            if tuv.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-CN":
                seg = tuv.find("seg")
                lines.append("".join(seg.itertext()) if seg is not None else "")
    return ("\n".join(lines) + "\n").encode("utf-8")


def ax_extract(raw, label):
    """A member of the zip, as is."""
    member = re.search(r"member (\S+\.docx)", label["source"]["extract"]).group(1)
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        for info in z.infolist():
            name = info.filename
            if not info.flag_bits & 0x800:  # zip names without the UTF-8 flag are usually GBK from Windows tools
                try:
                    name = info.filename.encode("cp437").decode("gbk")
                except (UnicodeEncodeError, UnicodeDecodeError):
                    pass
            if os.path.basename(name) == member:
                return z.read(info)
    raise FileNotFoundError(f"zip member {member}")


def as_is(raw, label):
    return raw


EXTRACT = {"jc": jc_extract, "zy": zy_extract, "vn": vn_extract, "gr": gr_extract, "ax": ax_extract,
           "ds": as_is, "lw": as_is, "cz": as_is, "bx": as_is}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--labels", default=LABELS)
    ap.add_argument("--docs", default=DOCS)
    ap.add_argument("--mirror", default=MIRROR)
    a = ap.parse_args()
    labels = load_v1_labels(a.labels)
    cache = {}
    done, failed, fallback = 0, [], []
    for lab in labels:
        folder = lab["file"].split("/")[0]
        src = lab["source"]
        out = os.path.join(a.docs, lab["file"])
        if folder == "sh":
            if os.path.exists(out):
                done += 1
            else:
                failed.append((lab["file"], "sh: save with read_file (no snapshot); see README.md"))
            continue
        gd = git_dir(a.mirror, src["repo"])
        commit = src["commit"]
        if not os.path.isdir(gd):
            failed.append((lab["file"], f"{src['repo']} not fetched")); continue
        if not has_commit(gd, commit):
            fallback.append((lab["file"], commit)); commit = "HEAD"
        try:
            k = (gd, commit, src["path"])
            if k not in cache:
                cache.clear(); cache[k] = show(gd, commit, src["path"])
            data = EXTRACT[folder](cache[k], lab)
        except Exception as e:  # report and continue: one missing file must not stop the others
            failed.append((lab["file"], f"{type(e).__name__}: {e}")); continue
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "wb") as f:
            f.write(data)
        done += 1
    print(f"rebuilt or present: {done} of {len(labels)}")
    for f, c in fallback:
        print(f"FALLBACK to newest snapshot (commit {c} absent): {f}")
    for f, why in failed:
        print(f"NOT REBUILT: {f}: {why}")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
