#!/usr/bin/env python3
"""Self and inclusive time per frame of a dotnet-trace Speedscope file (dotnet-sampled-thread-time profile).

Usage: scripts/hot-frames.py TRACE.speedscope.json [FRAME-SUBSTRING|-] [TOP]
Only samples where the thread ran managed code (the CPU_TIME pseudo-frame) count; with FRAME-SUBSTRING only
samples whose stack contains it (for example "TimeTagger.Tag" or "RuleTokenizer.Tokenize").
"""
import json, sys, collections
d = json.load(open(sys.argv[1]))
frames = d['shared']['frames']
filt = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] != '-' else None
top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
selft = collections.Counter(); incl = collections.Counter()
for p in d['profiles']:
    if p['type'] != 'evented': continue
    stack = []; last = None
    for e in p['events']:
        t = e['at']
        if stack and last is not None and t > last:
            names = [frames[f]['name'] for f in stack]
            if names[-1] == 'CPU_TIME' and (filt is None or any(filt in n for n in names)):
                dt = t - last
                selft[names[-2]] += dt
                for n in set(names[:-1]): incl[n] += dt
        last = t
        if e['type'] == 'O': stack.append(e['frame'])
        else: stack.pop()
tot = sum(selft.values())
print('total CPU ms', round(tot))
print('--- self')
for n, v in selft.most_common(top): print(f'{v/tot*100:6.2f}% {n[:160]}')
print('--- inclusive')
for n, v in incl.most_common(top): print(f'{v/tot*100:6.2f}% {n[:160]}')
