#!/usr/bin/env python3
"""Scan every reachable blob of a fetched mirror for county/town/street government texts, binary formats included.

Earlier rounds scored raw blobs, which never matches inside compressed formats; this scanner extracts text first:
  .pdf  -> pdftotext -layout -enc UTF-8        .docx/.wps/.ofd -> word/document.xml or */Content.xml, tags stripped
  .doc  -> UTF-16LE decode (rough)             everything else in EXTS -> UTF-8 decode
and prints one line per blob with at least MIN hits of a county/town/street body name (county bodies, 镇/乡/街道 offices).
Usage: python3 scan_blobs.py /work/.mirror/<owner>+<name>/repo [MIN=2] | sort -rn | head
Used in round rpL on ~60 mirrors (README.md, 'Fetched and scanned'); kept for later rounds. Reads mirrors only.
"""
import io, re, subprocess, sys, tempfile, zipfile

EXTS = ('pdf', 'docx', 'doc', 'ofd', 'wps', 'txt', 'md', 'html', 'htm', 'json', 'csv')
KW = re.compile(r'(县|区|镇|乡|街道)(人民政府|办事处|委员会|党委|政府办公室|财政局|教育局|卫生健康局|民政局|'
                r'农业农村局|自然资源局|住房和城乡建设局|人民代表大会)')


def git(repo, *a):
    return subprocess.run(['git', '-C', repo] + list(a), capture_output=True).stdout


def text_of(path, data):
    ext = path.lower().rsplit('.', 1)[-1]
    try:
        if ext == 'pdf':
            with tempfile.NamedTemporaryFile(suffix='.pdf') as f:
                f.write(data)
                f.flush()
                return subprocess.run(['pdftotext', '-layout', '-enc', 'UTF-8', f.name, '-'],
                                      capture_output=True, timeout=60).stdout.decode('utf-8', 'replace')
        if ext in ('docx', 'ofd', 'wps'):
            z = zipfile.ZipFile(io.BytesIO(data))
            out = []
            for n in z.namelist():
                if n == 'word/document.xml' or n.lower().endswith('content.xml'):
                    x = z.read(n).decode('utf-8', 'replace')
                    out.append(re.sub(r'<[^>]+>', '', re.sub(r'</w:p>', '\n', x)))
            return '\n'.join(out)
        if ext == 'doc':
            return data.decode('utf-16le', 'ignore')
        return data.decode('utf-8', 'replace')
    except Exception:
        return ''


def main(repo, minimum=2):
    seen = set()
    for line in git(repo, 'rev-list', '--all', '--objects').decode('utf-8', 'replace').splitlines():
        parts = line.split(' ', 1)
        if len(parts) < 2 or parts[0] in seen or not parts[1].lower().endswith(EXTS):
            continue
        sha, path = parts
        seen.add(sha)
        data = git(repo, 'cat-file', 'blob', sha)
        if not data or len(data) > 30_000_000:
            continue
        t = text_of(path, data)
        hits = KW.findall(t)
        if len(hits) >= minimum:
            m = KW.search(t)
            print("%4d %s %7d %s :: %s" % (len(hits), sha[:10], len(t), path,
                                          t[max(0, m.start() - 80):m.start() + 120].replace('\n', ' ')))


if __name__ == '__main__':
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2)
