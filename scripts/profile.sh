#!/usr/bin/env bash
# CPU profile of the throughput harness (or of one stage of it) with dotnet-trace, and its hottest frames.
# Usage: scripts/profile.sh [stage-prefix] [repeats]    e.g. scripts/profile.sh tokenizer 10; no stage = every stage.
# Stages: tokenizer, time, POS, entity, actors, events, full. Needs `dotnet tool restore` (dotnet-trace is a local tool).
set -euo pipefail
cd "$(dirname "$0")/.."
stage="${1:-}"
repeats="${2:-3}"
out="${TMPDIR:-/tmp}/eventextract-profile"
dotnet tool restore > /dev/null
dotnet build tests/EventExtract.Benchmarks -c Release -v quiet
args=(throughput "$repeats" --no-peers)
[ -n "$stage" ] && args+=(--only "$stage")
dotnet dotnet-trace collect --profile dotnet-sampled-thread-time --format Speedscope -o "$out.nettrace" \
  -- tests/EventExtract.Benchmarks/bin/Release/net10.0/EventExtract.Benchmarks "${args[@]}"
python3 scripts/hot-frames.py "$out.speedscope.json" "${3:-EventExtract!}" 30
echo "Flame graph: open $out.speedscope.json in speedscope; raw trace: $out.nettrace (PerfView, Visual Studio)."
