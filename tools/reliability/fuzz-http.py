#!/usr/bin/env python3
"""Fuzzes a running ReportSearch host with N generated hostile requests and counts the answers by status.

    python3 tools/reliability/fuzz-http.py http://127.0.0.1:5000 --requests 10000 [--seed 1] [--admin-key KEY]

Every API and page route gets hostile values in every parameter: query-language fragments, SQL and HTML, lone
surrogates and control characters, very long strings, raw percent-encoded bytes no browser would send, and random
Unicode. The target is 0 answers of 5xx; with --admin-key the requests are sent as an operator (no rate limit on
answers that matter here: 429s are counted like any status). Exit code 1 when any 5xx was seen.
"""
import argparse, collections, random, sys, urllib.error, urllib.parse, urllib.request

ROUTES = ["api/v1/search", "api/v1/suggest", "api/v1/reports/", "api/v1/search.csv", "api/v1/search.atom", "api/v1/mechanisms",
          "api/v1/mechanisms/", "api/v1/stats", "reports/", "mechanisms", "mechanisms/", "", "embed", "opensearch.xml", "metrics"]
PARAMS = ["q", "district", "year", "from", "to", "sort", "page", "size", "kind", "org", "validity", "docNumber", "prefix", "level"]
FRAGMENTS = ['"', "'", "*", "^", "NEAR(", "NEAR(六个一, 机制)", "a AND", "OR", "- -", "-", "title:", "district:", "year:abc",
             "year:2022..2019", "year:99999999999999", "(", ")", "{}", "[]", "\\", "%", "_", "\x00", "\x01\x02", "\ufeff", "\uffff",
             "𠀀𠀁", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "'; DROP TABLE reports; --", "六个一", "〔2020〕3号",
             "晋政〔2021〕12号", "“六个一”", "《关于》", "-1", "0", "2147483648", "1e308", "NaN", "../../etc/passwd", "%00", "%ff%fe"]

def hostile(r):
    kind = r.randrange(6)
    if kind == 0: return r.choice(FRAGMENTS)
    if kind == 1: return "".join(r.choice(FRAGMENTS) for _ in range(r.randrange(1, 6)))
    if kind == 2: return r.choice(FRAGMENTS) * r.randrange(50, 400)
    if kind == 3: return "".join(chr(r.randrange(0x20, 0x3000)) for _ in range(r.randrange(1, 40)))
    if kind == 4: return "".join(chr(r.choice([r.randrange(0x4E00, 0x9FFF), r.randrange(0x20, 0x7F)])) for _ in range(r.randrange(1, 200)))
    return None  # raw bytes, below

def encode(r, value):
    if value is None:  # raw bytes, percent-encoded: invalid UTF-8 included
        return "".join("%%%02X" % r.randrange(256) for _ in range(r.randrange(1, 30)))
    # Lone surrogates cannot be encoded as UTF-8: send them as the bytes a careless client would.
    return urllib.parse.quote(value.encode("utf-8", "surrogatepass"), safe="")

def main():
    a = argparse.ArgumentParser()
    a.add_argument("base")
    a.add_argument("--requests", type=int, default=10000)
    a.add_argument("--seed", type=int, default=1)
    a.add_argument("--admin-key")
    args = a.parse_args()
    r = random.Random(args.seed)
    base = args.base.rstrip("/") + "/"
    counts, failures = collections.Counter(), []
    for i in range(args.requests):
        route = r.choice(ROUTES)
        if route.endswith("/") and route:
            url = base + route + encode(r, hostile(r)) + "?q=" + encode(r, hostile(r))
        else:
            pairs = [(r.choice(PARAMS), encode(r, hostile(r))) for _ in range(r.randrange(1, 4))]
            url = base + route + "?" + "&".join(f"{k}={v}" for k, v in pairs)
        method = "HEAD" if r.random() < 0.1 else "GET"
        request = urllib.request.Request(url, method=method)
        if args.admin_key and r.random() < 0.2: request.add_header("X-Admin-Key", args.admin_key)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status = response.status
                response.read()
        except urllib.error.HTTPError as e:
            status = e.code
            e.read()
        except Exception as e:  # connection reset, timeout: counted apart, never hidden
            status = type(e).__name__
        counts[status] += 1
        if isinstance(status, str) or status >= 500: failures.append(f"{status} {method} {url[:200]}")
    print(f"{args.requests} requests, seed {args.seed}: " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items(), key=lambda kv: str(kv[0]))))
    print(f"5xx or no answer: {len(failures)}")
    for f in failures[:20]: print("  " + f)
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main())
