#!/usr/bin/env bash
# Real public documents for the bench's real-vocabulary archives (`reportsearch-bench generate --real DIR`).
# Their text is not ours: it is fetched here, into a folder outside the repository, and never committed.
#
#   tools/benchcorpus/fetch_sources.sh OUT_DIR [GIT_DIR]
#
# Source: LawRefBook/Laws (national laws, regulations, judicial interpretations and local regulations as
# Markdown; about 56 MB in 3,500 files) at a pinned commit, so every run draws from the same text. GIT_DIR is an
# existing clone or mirror of it (it is cloned from GitHub otherwise). The two repositories reserved for
# independent evaluation (aldohemsn/chinese-political-corpora, xvshiting/politic_analysis_paper_2025) are never used.
set -euo pipefail
out=${1:?usage: fetch_sources.sh OUT_DIR [GIT_DIR]}
src=${2:-}
commit=2f4c5c23716267af9dbebbbbd6cbbf732b101981
if [[ -z "$src" ]]; then
  src=$(mktemp -d)
  trap 'rm -rf "$src"' EXIT
  git clone --quiet --filter=blob:none --no-checkout https://github.com/LawRefBook/Laws.git "$src"
fi
mkdir -p "$out/LawRefBook-Laws"
# Every Markdown file at the pinned commit, under its own path (names carry titles and dates; kept for tracing).
git -C "$src" -c core.quotepath=off ls-tree -r --name-only "$commit" | grep '\.md$' | grep -v '/_index\.md$' |
  while IFS= read -r path; do
    mkdir -p "$out/LawRefBook-Laws/$(dirname "$path")"
    git -C "$src" show "$commit:$path" > "$out/LawRefBook-Laws/$path"
  done
printf 'LawRefBook/Laws\t%s\t%s files\n' "$commit" "$(find "$out/LawRefBook-Laws" -name '*.md' | wc -l)" > "$out/SOURCES.tsv"
du -sh "$out"
