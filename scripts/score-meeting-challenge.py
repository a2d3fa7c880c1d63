#!/usr/bin/env python3
"""Scores the Meeting challenge articles tests/data/meeting-challenge/c*.txt against c-expected.txt with probe-events.

Each expected Meeting is matched (one-to-one, in file order) to a predicted Meeting one of whose mentions has a trigger
that contains, or is contained in, one of the expected triggers as whole words ("word#n": only the n-th occurrence of
the word in the file). Unmatched predictions are false positives; predictions matching an optional ("=> ?") event are
not counted. Participants of matched events: a maximum one-to-one matching where texts match when one contains the
other (case-insensitive, leading "the" ignored); optional parties ("?x") absorb a prediction without counting.
status / host / loc / date are scored on matched events where the expectation gives them.
Usage: scripts/score-meeting-challenge.py [EXPECTED-FILE] [--verbose]   (after a Release build of src/EventExtract.Training)
"""
import os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
EXPECTED = os.path.abspath(ARGS[0]) if ARGS else os.path.join(ROOT, "tests/data/meeting-challenge/c-expected.txt")
DIR = os.path.dirname(EXPECTED)
PUBLISHED = "2025-03-12"
verbose = "--verbose" in sys.argv

def lists(v):
    return [x.strip() for x in v[1:-1].split("|") if x.strip()] if v.startswith("[") else v

def parse(path):
    arts, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## "):
            cur = {"id": line[3:].strip(), "expect": []}
            arts.append(cur)
        elif cur is not None and line.startswith("=> "):
            body = line[3:].strip()
            if body == "none":
                continue
            optional = body.startswith("?")
            f = {k: lists(v) for k, v in re.findall(r"(\w+)=(\[[^\]]*\]|\S+)", body)}
            f["optional"] = optional
            cur["expect"].append(f)
    return arts

def norm(s):
    s = s.lower().strip()
    return s[4:] if s.startswith("the ") else s

def same(a, b):
    a, b = norm(a), norm(b)
    return bool(a) and bool(b) and (a in b or b in a)

def words_in(a, b):
    return re.search(r"(?<!\w)" + re.escape(a.lower()) + r"(?!\w)", b.lower()) is not None

def trigger_ok(gold, mention, text):
    word, _, nth = gold.partition("#")
    trig, start = mention
    if not (words_in(word, trig) or words_in(trig, word)):
        return False
    if not nth:
        return True
    occ = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.I)]
    n = int(nth)
    return n <= len(occ) and start <= occ[n - 1] < start + len(trig) + len(word)

def run(path):
    out = subprocess.run(["dotnet", "run", "--no-build", "--project", "src/EventExtract.Training", "-c", "Release",
                          "--", "probe-events", path, "--published", PUBLISHED], cwd=ROOT, capture_output=True, text=True).stdout
    preds = []
    for l in out.splitlines():
        if not l.startswith("EVENT Meeting"):
            continue
        m = re.match(r"EVENT Meeting (\w+) date=(\S*) loc=(.*?) participants=\[(.*?)\] host=(.*?) mentions: (.*)$", l)
        preds.append({"line": l, "status": m.group(1).lower(), "date": m.group(2), "loc": m.group(3),
                      "participants": [x.strip() for x in m.group(4).split(";") if x.strip()], "host": m.group(5),
                      "mentions": [(t, int(s)) for t, s in re.findall(r"'(.*?)'@(\d+)", m.group(6))]})
    return preds

def match_parties(gold, pred):
    """Maximum bipartite matching of gold items (alternatives "a/b", optional "?a") to predicted texts."""
    items = [(g[1:] if g.startswith("?") else g, g.startswith("?")) for g in gold]
    edges = [[j for j, p in enumerate(pred) if any(same(alt, p) for alt in it.split("/"))] for it, _ in items]
    owner = {}
    def aug(i, seen):
        for j in edges[i]:
            if j in seen: continue
            seen.add(j)
            if j not in owner or aug(owner[j], seen):
                owner[j] = i; return True
        return False
    for i in sorted(range(len(items)), key=lambda i: items[i][1]):  # required first
        aug(i, set())
    matched = {i for i in owner.values()}
    tp = sum(1 for i in matched if not items[i][1])
    optional_hits = sum(1 for i in matched if items[i][1])
    required = sum(1 for _, o in items if not o)
    return required, len(pred) - optional_hits, tp

keys = ("events", "participants", "status", "host", "loc", "date")
counts = {k: [0, 0, 0] for k in keys}
for art in parse(EXPECTED):
    path = os.path.join(DIR, art["id"] + ".txt")
    text = open(path, encoding="utf-8").read()
    preds = run(path)
    free = list(range(len(preds)))
    absorbed = 0
    problems = []
    ev = counts["events"]
    for g in art["expect"]:
        hit = next((i for i in free if any(trigger_ok(t, m, text) for t in g.get("trigger", []) for m in preds[i]["mentions"])), None)
        if g["optional"]:
            if hit is not None: free.remove(hit); absorbed += 1
            continue
        ev[0] += 1
        if hit is None:
            problems.append(f"MISS {g.get('trigger')}")
            if "participants" in g:
                counts["participants"][0] += sum(1 for x in g["participants"] if not x.startswith("?"))
            for k in ("status", "host", "loc", "date"):
                if k in g: counts[k][0] += 1
            continue
        free.remove(hit)
        ev[2] += 1
        p = preds[hit]
        if "participants" in g:
            r, n, tp = match_parties(g["participants"], p["participants"])
            c = counts["participants"]; c[0] += r; c[1] += n; c[2] += tp
            if tp < r or tp < n:
                problems.append(f"PARTS {g['trigger'][0]}: expected {g['participants']}, got {p['participants']}")
        for k in ("status", "host", "loc", "date"):
            if k not in g: continue
            c = counts[k]; c[0] += 1
            val = p[k]
            if val: c[1] += 1
            gold = g[k]
            ok = bool(val) and (val.startswith(gold) if k == "date" else val == gold if k == "status"
                                else any(same(alt, val) for alt in gold.split("/")))
            if ok: c[2] += 1
            else: problems.append(f"{k.upper()} {g['trigger'][0]}: expected {gold}, got {val or '-'}")
    ev[1] += len(preds) - absorbed  # every prediction except those matching an optional event
    for i in free:
        problems.append(f"FALSE {preds[i]['mentions']}")
    if verbose and problems:
        print(f"[{art['id']}]", "\n    ".join(problems))
        for p in preds: print("      ", p["line"])

print(f"{'':13}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}")
for k in keys:
    g, p, t = counts[k]
    P = t / p if p else 0.0; R = t / g if g else 0.0; F = 2 * P * R / (P + R) if P + R else 0.0
    print(f"{k:13}{g:6}{p:6}{t:6}{P:8.3f}{R:8.3f}{F:8.3f}")
