#!/bin/bash
# Rebuilds the shipped entity model (src/EventExtract/Resources/Tagging/ner.bin) from source and compares the bytes.
#
# Why a script and not `train-tagging` on this tree: ner.bin was last trained at commit 5e0eea1 (26 Nov 2026), and
# what its training reads has changed since: the POS tagger was retrained (lexicon and word clusters, 9cd7945, 3190764,
# 95e7373), and its tags are recognizer features in training, and the GUM names were converted anew (4e30293, 72bb989).
# So `train-tagging` on the current tree gives another model (deterministic, but not this one; see README,
# "Entity model: reproducing it"). This script exports that commit to a temporary folder (git archive: no checkout, no
# worktree), builds it and runs its own command, `train-tagging --only ner`, with that commit's POS model and the
# corpora in ../shared (unchanged since), then compares the result with the shipped file. ~3 min on two cores.
# Usage: scripts/reproduce-ner-model.sh [WORK_DIR]   (default /tmp/eventextract-ner-repro; removed first)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
commit=5e0eea1
work="${1:-/tmp/eventextract-ner-repro}"
rm -rf "$work"
mkdir -p "$work/src" "$work/out"
git -C "$root" archive "$commit" | tar -x -C "$work/src"
cp "$work/src/src/EventExtract/Resources/Tagging/pos-tagger.bin" "$work/out/"
dotnet build "$work/src/src/EventExtract.Training" -c Release -nologo -v q
EVENTEXTRACT_SHARED="$(cd "$root/../shared" && pwd)" \
  dotnet run --no-build --project "$work/src/src/EventExtract.Training" -c Release -- train-tagging --only ner --out "$work/out"
if cmp "$work/out/ner.bin" "$root/src/EventExtract/Resources/Tagging/ner.bin"; then
  echo "ner.bin reproduced byte for byte from $commit"
else
  echo "ner.bin differs from the model trained at $commit" >&2
  exit 1
fi
