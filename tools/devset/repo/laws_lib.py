"""Shared reading of the LawRefBook/Laws snapshot (a bare git directory fetched with the search tool's fetch)."""
import re, subprocess

GIT_DIR = "/work/.mirror/LawRefBook+Laws/repo"
COMMIT = "2f4c5c23716267af9dbebbbbd6cbbf732b101981"
NAME = re.compile(r"^(?P<title>.+)\((?P<date>\d{4}-\d{2}-\d{2})\)\.md$")


def list_files(commit=COMMIT, git_dir=GIT_DIR):
    out = subprocess.run(["git", "-c", "core.quotepath=off", f"--git-dir={git_dir}", "ls-tree", "-r", "--name-only", commit],
                         capture_output=True, check=True).stdout.decode("utf-8")
    return [p for p in out.splitlines() if p.startswith("DLC/") and p.endswith(".md") and "_index" not in p]


def read_many(paths, commit=COMMIT, git_dir=GIT_DIR):
    """Bytes of many files at once (git cat-file --batch)."""
    spec = "".join(f"{commit}:{p}\n" for p in paths).encode("utf-8")
    out = subprocess.run(["git", f"--git-dir={git_dir}", "cat-file", "--batch"], input=spec, capture_output=True, check=True).stdout
    res, i = {}, 0
    for p in paths:
        nl = out.index(b"\n", i)
        header = out[i:nl].split()
        size = int(header[2]); res[p] = out[nl + 1:nl + 1 + size]; i = nl + 1 + size + 1
    return res


def parse_name(path):
    m = NAME.match(path.rsplit("/", 1)[1])
    return (m.group("title"), m.group("date")) if m else (None, None)


def province_folder(path):
    # DLC/<省>地方法规/地方性法规/<省>/<file>
    return path.split("/")[3]
