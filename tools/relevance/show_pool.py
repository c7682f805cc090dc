#!/usr/bin/env python3
"""A reading view of a pool written by `bench relevance --pool-out`, for grading by reading.

    python3 tools/relevance/show_pool.py POOL.json [--split holdout] [--ids q01,q04] [--ungraded]

For each query: its need, then each pooled document (by file name, as the pool lists them: no rank, no system)
with its title, length, how often each query word occurs, the opening and passages around the occurrences, read
from the file in the corpus (txt/md as text, html and docx with their tags removed).
"""
import html, json, re, sys, zipfile

CORPUS = "/work/relevance/docs"


def text_of(path):
    data = open(path, "rb").read()
    if path.endswith(".docx"):
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8", "replace")
        return html.unescape(re.sub(r"<[^>]+>", "", xml.replace("</w:p>", "\n")))
    for enc in ("utf-8", "gb18030"):
        try:
            s = data.decode(enc)
            break
        except UnicodeDecodeError:
            s = data.decode("utf-8", "replace")
    if path.endswith((".html", ".htm")):
        s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", s)
        s = html.unescape(re.sub(r"<[^>]+>", "", s))
    return re.sub(r"[ \t\u3000\r]+", "", s)


def words_of(query, text):
    """The query's space-separated words; a word the text never holds is read by its first two characters instead
    (河湖长制 for 河长制), so the passages still show what the document says about it."""
    return [w if w in text or len(w) <= 2 else w[:2] for w in query.split()]


def passages(text, words, n, width):
    hits = sorted({m.start() for w in words for m in re.finditer(re.escape(w), text)})
    picked, last = [], -10 ** 9
    for h in hits:
        if h - last > width:
            picked.append(h)
            last = h
    step = max(1, len(picked) // n) if picked else 1
    return [text[max(0, h - width // 2):h + width // 2].replace("\n", "/") for h in picked[::step][:n]]


def main():
    args = sys.argv[1:]
    pool = json.load(open(args[0], encoding="utf-8"))
    split = args[args.index("--split") + 1] if "--split" in args else None
    ids = set(args[args.index("--ids") + 1].split(",")) if "--ids" in args else None
    n, width = 2, 64
    for q in pool:
        if (split and q["split"] != split) or (ids and q["queryId"] not in ids):
            continue
        print(f"=== {q['queryId']} [{q['split']}] {q['query']} — {q['need']}")
        for d in q["documents"]:
            if "--ungraded" in args and d.get("grade") is not None:
                continue
            t = text_of(f"{CORPUS}/{d['file']}")
            words = words_of(q["query"], t)
            counts = " ".join(f"{w}×{t.count(w)}" for w in words)
            print(f"-- {d['file']} | {d['title']} | {len(t)}字 | {counts}")
            print(f"   开头: {t[:40].replace(chr(10), '/')}")
            for p in passages(t, words, n, width):
                print(f"   …{p}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
