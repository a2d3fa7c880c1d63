#!/usr/bin/env bash
# Coverage-guided fuzzing of one EventExtract component with SharpFuzz + AFL++ (afl-fuzz).
# Usage: scripts/sharpfuzz.sh <reader|text|dates> [seconds]   (default 300)
#   reader - ArticleReader (paragraphs, header dates, datelines, titles, boilerplate)
#   text   - RuleTokenizer + RuleSentenceSplitter, checking that tokens and sentences tile the text
#   dates  - TimeTagger.TagText against four publication dates (2019-10-29, none, 0001-01-01, 9999-12-31)
#            and PublicationDateParser (header dates, datelines)
# Restores the local sharpfuzz tool (.config/dotnet-tools.json), builds tests/EventExtract.Fuzz into
# artifacts/sharpfuzz/bin, instruments EventExtract.dll there, and runs afl-fuzz on the seeds in
# tests/EventExtract.Fuzz/seeds/<target> with a dictionary made from the library's word lists.
# Findings: artifacts/sharpfuzz/<target>/out/default/{crashes,hangs,queue}. Crashing inputs are also
# copied to tests/EventExtract.Fuzz/crashes/ (where scripts/fuzz.sh picks them up as seeds).
# Exits 1 when afl-fuzz saved a crash. Installs afl++ from Debian when afl-fuzz is missing (needs root).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: scripts/sharpfuzz.sh <reader|text|dates> [seconds]}"
seconds="${2:-300}"
case "$target" in reader|text|dates) ;; *) echo "unknown target '$target': reader, text or dates" >&2; exit 2 ;; esac

if ! command -v afl-fuzz >/dev/null; then
  echo "afl-fuzz not found: installing afl++ (Debian)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi

root="$PWD"
work="$root/artifacts/sharpfuzz"
bin="$work/bin"
dotnet tool restore >/dev/null
# A clean output folder each time: sharpfuzz refuses an assembly it already instrumented.
rm -rf "$bin"
dotnet build tests/EventExtract.Fuzz -c Release -v quiet -nologo -o "$bin" >/dev/null
dotnet sharpfuzz "$bin/EventExtract.dll"

# Dictionary: the words the component looks for, so afl-fuzz can splice them in.
dict="$work/$target.dict"
res=src/EventExtract/Resources
words() {
  case "$target" in
    reader) grep -hv '^#' $res/Text/date-headers.txt; cut -f1 <(grep -hv '^#' $res/Text/months.txt)
            printf '%s\n' "Support Us" "Related posts" "All rights reserved" "©" "Read more" "(Reuters)" "(AP)" " — " "Date:" ;;
    text)   cut -f2 <(grep -hv '^#' $res/Text/abbreviations.txt) | sed 's/$/./'
            grep -hv '^#' $res/Text/contractions.txt | tr -d '|'
            grep -hv '^#' $res/Text/sentence-starters.txt $res/Text/salutations.txt $res/Text/units.txt | cut -f1
            printf '%s\n' "..." "…" "“" "”" "’" "—" "–" ":)" "🙂" "http://" "@" "1,000" "%" ;;
    dates)  cut -f1 <(grep -hv '^#' $res/Time/words.tsv $res/Time/tense.tsv $res/Time/negative.tsv)
            cut -f2 <(grep -hv '^#' $res/Time/phrases.tsv)
            cut -f1 <(grep -hv '^#' $res/Text/months.txt)
            printf '%s\n' "2019" "1999" "10/25/2019" "2019-10-29" "a.m." "p.m." "'90s" ;;
  esac
}
# Quotes and backslashes escaped, and every byte outside printable ASCII written as \xNN: afl-fuzz 4.04c
# loops forever, printing a warning each time, on a raw non-ASCII byte in a dictionary.
words | sed '/^[[:space:]]*$/d' | LC_ALL=C sort -u \
  | perl -ne 'chomp; s/([\\"])/\\$1/g; s/([^\x20-\x7e])/sprintf("\\x%02x", ord $1)/ge; print "w$.=\"$_\"\n"' > "$dict"

out="$work/$target/out"
rm -rf "$out"
mkdir -p "$out"
# AFL_SKIP_BIN_CHECK: the target is the dotnet host, instrumented by SharpFuzz rather than afl-cc.
# AFL_NO_AFFINITY: the machine is shared; do not pin a core. Missing-crash and CPU-governor checks need
# settings only root on the host can change, and do not affect a .NET target.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_UI=1 AFL_FORKSRV_INIT_TMOUT=60000 AFL_SUPPRESS_SUPPORT_REQUEST=1
echo "fuzzing '$target' for ${seconds}s"
# The log keeps only its last lines, and a time-out stops afl-fuzz should it not stop by itself.
timeout --signal=INT --kill-after=60 $((seconds + 300)) \
  afl-fuzz -i "tests/EventExtract.Fuzz/seeds/$target" -o "$out" -x "$dict" -t 5000 -m none -V "$seconds" \
  -- dotnet "$bin/EventExtract.Fuzz.dll" afl "$target" 2>&1 | tail -n 200 > "$work/$target/afl.log" || {
  echo "afl-fuzz failed; last lines of $work/$target/afl.log:" >&2; tail -20 "$work/$target/afl.log" >&2; exit 2; }

stats="$out/default/fuzzer_stats"
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
echo "target $target: $(stat execs_done) executions in $(stat run_time)s ($(stat execs_per_sec)/s)," \
  "corpus $(stat corpus_count) inputs, edges $(stat edges_found), coverage $(stat bitmap_cvg)," \
  "crashes $(stat saved_crashes), hangs $(stat saved_hangs)"
crashes=$(find "$out/default/crashes" -type f -name 'id:*' | sort)
if [ -n "$crashes" ]; then
  mkdir -p tests/EventExtract.Fuzz/crashes
  n=0
  for f in $crashes; do n=$((n + 1)); cp "$f" "tests/EventExtract.Fuzz/crashes/afl-$target-$n.txt"; done
  echo "$n crashing inputs copied to tests/EventExtract.Fuzz/crashes/afl-$target-*.txt; grouped by cause:"
  dotnet "$bin/EventExtract.Fuzz.dll" replay "$target" "$out/default/crashes" || true
  exit 1
fi
