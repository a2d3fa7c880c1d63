#!/bin/bash
# Precision probe on real text the event rules were not written on and that has no event gold: the Wikinews interviews
# of GUM (../shared/corpora/gum/wikinews-xml/GUM_interview_*) and GUM's bio, voyage, textbook, court, speech, letter,
# essay and podcast documents (from the CoNLL-U files). Lists every Meeting and Attack the CLI emits, with trigger,
# confidence and sentence, for a reader to judge by ../shared/docs/event-schema.md. Needs python3.
# Usage: scripts/probe-genres.sh [OUT_DIR]   (texts and events.txt go to OUT_DIR, default /tmp/eventextract-probe)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
gum="$root/../shared/corpora/gum"
out="${1:-/tmp/eventextract-probe}"
mkdir -p "$out/texts"
python3 - "$gum" "$out/texts" <<'PY'
import re, sys, glob, os
gum, out = sys.argv[1], sys.argv[2]
def tidy(t):
    t = re.sub(r' ([,.;:!?%)])', r'\1', t); t = re.sub(r'\( ', '(', t)
    return re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r'\1', t)
for f in sorted(glob.glob(os.path.join(gum, 'wikinews-xml', 'GUM_interview_*.xml'))):
    paras, para, sent = [], [], []
    for line in open(f, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('<'):
            if line.startswith('</s>'): para.append(' '.join(sent)); sent = []
            elif line.startswith(('</p>', '</head>', '</sp>')) and para: paras.append(' '.join(para)); para = []
            continue
        sent.append(line.split('\t')[0])
    if para: paras.append(' '.join(para))
    open(os.path.join(out, os.path.basename(f)[:-4] + '.txt'), 'w', encoding='utf-8').write(tidy('\n\n'.join(paras)) + '\n')
docs, cur = {}, None
for part in ('train', 'dev', 'test'):
    for line in open(os.path.join(gum, f'en_gum-ud-{part}.conllu'), encoding='utf-8'):
        if line.startswith('# newdoc id'): cur = line.split('=', 1)[1].strip(); docs[cur] = []
        elif line.startswith('# text =') and cur: docs[cur].append(line[len('# text ='):].strip())
for d, sents in docs.items():
    if d.split('_')[1] in ('bio', 'speech', 'voyage', 'letter', 'essay', 'court', 'podcast', 'textbook'):
        open(os.path.join(out, d + '.txt'), 'w', encoding='utf-8').write(' '.join(sents) + '\n')
PY
dotnet build "$root/samples/EventExtract.Cli" -c Release -v q -nologo > /dev/null
cli=$(ls "$root"/samples/EventExtract.Cli/bin/Release/*/EventExtract.Cli.dll | head -1)
: > "$out/events.txt"
for f in "$out"/texts/*.txt; do
  b=$(basename "$f" .txt); x="$gum/wikinews-xml/$b.xml"; pub=()
  if [ -f "$x" ]; then pub=(--published "$(grep -o 'dateCreated="[^"]*"' "$x" | cut -d'"' -f2)"); fi
  dotnet "$cli" extract "$f" "${pub[@]}" --format json 2>/dev/null | python3 -c "
import json, sys
for e in json.load(sys.stdin)['events']:
    if e['type'] in ('Meeting', 'Attack'):
        t = e.get('trigger'); t = t.get('text') if isinstance(t, dict) else t
        s = e.get('sentence'); s = s.get('text') if isinstance(s, dict) else s
        print('$b', e['type'], repr(t), e.get('confidence'), '|', (s or '')[:250])" >> "$out/events.txt"
done
echo "$(ls "$out"/texts | wc -l) texts; $(wc -l < "$out/events.txt") Meeting/Attack events in $out/events.txt"
