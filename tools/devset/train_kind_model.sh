#!/bin/sh
# Retrains the shipped kind model (src/ReportSearch.Core/Ingestion/Metadata/KindModel.tsv.gz) on the tune part of the
# development set (REPORTSEARCH_DEVSET, default /work/devset; the held-out part is never read), then checks it.
# Run it after a change to parsing or to the tune labels makes KindModelTrainingTests fail.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
model="$repo/src/ReportSearch.Core/Ingestion/Metadata/KindModel.tsv.gz"
cd "$repo"
REPORTSEARCH_WRITE_KIND_MODEL="$model" dotnet test tests/ReportSearch.Core.Tests --filter "FullyQualifiedName~KindModelTrainingTests.Shipped_model" >/dev/null || true
dotnet test tests/ReportSearch.Core.Tests --filter "FullyQualifiedName~KindModelTrainingTests" --logger "console;verbosity=detailed"
