#!/usr/bin/env python3
"""Quick scan of every reachable text blob of a fetched mirror (one `git cat-file --batch` pass, so big test-page
collections are fast). Prints one line per blob with at least MIN hits of a county/town/street body name, followed by
the *.gov.cn host names the blob mentions and the first hit in context. Blobs that look mis-decoded as UTF-8 are
re-read as GB18030; .gz blobs are decompressed. Reads mirrors only; used in round rpM (README.md).
Usage: python3 scan_mirror.py /work/.mirror/<owner>+<name>/repo [MIN=2] | sort -rn | head
"""
import re, subprocess, sys
KW = re.compile(r'(县|区|镇|乡|街道|旗)(人民政府|办事处|委员会|党委|党工委|政府办公室|财政局|教育局|卫生健康局|民政局|农业农村局|人民代表大会|纪委|融媒体中心|委宣传部)')
GOV = re.compile(r'[a-z0-9.]+\.gov\.cn')
EXTS = ('sql','html','htm','shtml','json','jsonl','js','txt','md','xml','csv','py','java','go','ts','jsp','php')
def main(repo, minimum=2):
    out = subprocess.run(['git','-C',repo,'rev-list','--all','--objects'],capture_output=True).stdout.decode('utf-8','replace')
    items=[]; seen=set()
    for line in out.splitlines():
        p=line.split(' ',1)
        if len(p)<2 or p[0] in seen: continue
        path=p[1]
        if '.' in path and path.lower().rsplit('.',1)[-1] in EXTS or path.lower().endswith(('gz',)):
            seen.add(p[0]); items.append((p[0],path))
    proc=subprocess.Popen(['git','-C',repo,'cat-file','--batch'],stdin=subprocess.PIPE,stdout=subprocess.PIPE)
    for sha,path in items:
        proc.stdin.write((sha+'\n').encode()); proc.stdin.flush()
        hdr=proc.stdout.readline().split()
        if len(hdr)<3: continue
        n=int(hdr[2]); data=proc.stdout.read(n); proc.stdout.read(1)
        if path.endswith('.gz'):
            import gzip
            try: data=gzip.decompress(data)
            except Exception: continue
        t=data.decode('utf-8','replace')
        if t.count('\ufffd')>50:
            try: t=data.decode('gb18030','replace')
            except Exception: pass
        hits=KW.findall(t); govs=set(GOV.findall(t))
        if len(hits)>=minimum:
            m=KW.search(t)
            print("%4d %s %7d %s [%s] :: %s"%(len(hits),sha[:10],len(t),path,' '.join(sorted(govs))[:150],t[max(0,m.start()-60):m.start()+80].replace('\n',' ')))
main(sys.argv[1], int(sys.argv[2]) if len(sys.argv)>2 else 2)
