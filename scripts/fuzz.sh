#!/usr/bin/env bash
# Short mutation-fuzzing run of the reader, tokenizer and date normalizer (and the whole pipeline).
# Usage: scripts/fuzz.sh [seconds-per-target]   (default 60). Crashing inputs land in tests/EventExtract.Fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
dotnet build tests/EventExtract.Fuzz -c Release -v quiet
status=0
for target in reader tokenizer dates all; do
  dotnet run --no-build -c Release --project tests/EventExtract.Fuzz -- "$seconds" "$target" || status=1
done
exit $status
