#!/usr/bin/env bash
# Deletes the index's lock files under a writing worker, then starts a second writer, N times; counts the indexes
# left corrupted (unreadable, or not equal in size to the archive) afterwards.
#
#   tools/reliability/lock-deletion-loop.sh ARCHIVE [TRIES=20]
#
# Each try: a fresh index; the worker (its own process) starts the catch-up; once a batch is committed every *.lock
# file under the index is deleted and `reportsearch index` is run against the same index (it must be refused);
# the worker finishes its catch-up and is stopped (SIGTERM); then `reportsearch stats` must read the index and
# `reportsearch index` must find every file unchanged. Programs: the Release builds of the repository (built first).
set -uo pipefail
archive=$(realpath "$1"); tries=${2:-20}
repo=$(cd "$(dirname "$0")/../.." && pwd)
dotnet build -c Release "$repo/src/ReportSearch.Cli" >/dev/null && dotnet build -c Release "$repo/src/ReportSearch.Indexer" >/dev/null || exit 2
cli="$repo/src/ReportSearch.Cli/bin/Release/net10.0/reportsearch"
worker="$repo/src/ReportSearch.Indexer/bin/Release/net10.0/ReportSearch.Indexer"
files=$(find "$archive" -type f -name '*.txt' | wc -l)
work=$(mktemp -d); corrupted=0; refused=0
for i in $(seq 1 "$tries"); do
  index="$work/index-$i"
  ( cd "$work" && exec "$worker" --archive "$archive" --index "$index" --Indexer:Watch=false --Indexer:BatchFiles=20 ) > "$work/worker-$i.log" 2>&1 &
  pid=$!
  until grep -q "Batch indexed" "$work/worker-$i.log" 2>/dev/null || ! kill -0 $pid 2>/dev/null; do sleep 0.2; done
  find "$index" -name '*.lock' -delete
  if "$cli" index --archive "$archive" --index "$index" > "$work/second-$i.log" 2>&1; then echo "try $i: a second writer was let in"; else refused=$((refused + 1)); fi
  until grep -q "Scan finished" "$work/worker-$i.log" 2>/dev/null || ! kill -0 $pid 2>/dev/null; do sleep 0.5; done
  kill -TERM $pid 2>/dev/null; wait $pid
  if "$cli" stats --index "$index" > "$work/stats-$i.log" 2>&1 \
     && grep -q "source files:   $files\$" "$work/stats-$i.log" \
     && "$cli" index --archive "$archive" --index "$index" 2>/dev/null | grep -q "$files unchanged"; then
    echo "try $i: intact"
  else
    corrupted=$((corrupted + 1)); echo "try $i: CORRUPTED (see $work)"
  fi
  rm -rf "$index"
done
echo "lock deletion under a writer: $tries tries, second writer refused $refused times, $corrupted corrupted indexes"
[ "$corrupted" -eq 0 ] && rm -rf "$work"
[ "$corrupted" -eq 0 ] && [ "$refused" -eq "$tries" ]
