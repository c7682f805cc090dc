#!/bin/bash
# measure_size.sh NAME INDEX ARCHIVE [commit]: issue 24's figures at one archive size (docs/scaling.md), written to
# $OUT/m-NAME: bench query, the host's working set at start, under 8 HTTP clients and after a commit of $EXTRA copied
# into ARCHIVE (same root, so only the new files are read), then the mechanism catalogue.
set -u
name=$1 index=$2 archive=$3 commit=${4:-}
B=${BENCH:?published reportsearch-bench}; H=${HOST:?published ReportSearch.Host}; C=${CLI:?published reportsearch}
EXTRA=${EXTRA:?folder of a few new reports (generate --mb 1 --seed 2)}
out=${OUT:-/tmp}/m-$name; mkdir -p $out; cd $out
rss() { awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$1/status; }
echo "start $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" > summary.txt
# Cold and warm latency per query class (a fresh process reads the index's files; the page cache is not dropped).
$B query --index $index > query.txt 2>&1
echo "query done load $(cut -d' ' -f1-3 /proc/loadavg)" >> summary.txt
port=5190
$H --index $index --urls http://127.0.0.1:$port --Indexing:InProcess=false --RateLimiting:PermitLimit=0 > host.log 2>&1 &
hp=$!
for i in $(seq 1 120); do curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/search?q=%E5%B7%A5%E4%BD%9C" 2>/dev/null | grep -q 200 && break; sleep 1; done
echo "host ready after ${i}s, working set $(rss $hp)" >> summary.txt
$B http --index $index --url http://127.0.0.1:$port --clients 8 --seconds 20 --pid $hp > http.txt 2>&1
echo "after load: working set $(rss $hp), load $(cut -d' ' -f1-3 /proc/loadavg)" >> summary.txt
if [[ -n "$commit" ]]; then
  cp -r $EXTRA $archive/zz-extra && $C index --archive $archive --index $index > commit.txt 2>&1
  sleep 15
  curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/search?q=%E5%B7%A5%E4%BD%9C"
  echo "after a commit: working set $(rss $hp)" >> summary.txt
fi
kill $hp; wait $hp 2>/dev/null
$B mechanisms --archive $archive --index $index --catalog-only > mech.txt 2>&1
echo "end $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> summary.txt
