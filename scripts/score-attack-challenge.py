#!/usr/bin/env python3
"""Scores the Attack challenge set (tests/data/events/challenge/attacks.txt) with probe-events.

Each case is extracted as its own article. Events: a case expecting an Attack counts one true positive when at least one
Attack is found; every further predicted Attack, and any Attack in a "none" case, is a false positive. Arguments are
scored over the union of a case's predicted Attacks: actors match when one text contains the other (case-insensitive,
leading "the" ignored); counts must be equal; a location matches by containment.
A case with several expected Attacks gives each a trig=[a|b] field: the first unclaimed predicted Attack with a mention
whose text is one of them is its match (a true positive, scored on its own arguments); unmatched predictions are false
positives and an unmatched expected Attack is missed with all its arguments.
Usage: scripts/score-attack-challenge.py [CASES-FILE] [--verbose]   (default: attacks.txt)   (after a Release build of src/EventExtract.Training)
"""
import os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
CASES = os.path.abspath(ARGS[0]) if ARGS else os.path.join(ROOT, "tests/data/events/challenge/attacks.txt")
verbose = "--verbose" in sys.argv

def parse_cases(path):
    cases, cur = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## "):
            cur = {"id": line[3:].strip(), "text": [], "expect": []}
            cases.append(cur)
        elif cur is None or line.startswith("#"):
            continue
        elif line.startswith("=> "):
            if line[3:].strip() != "none":
                cur["expect"].append(fields(line[3:]))
        elif line.strip():
            cur["text"].append(line)
    return cases

def fields(s):
    out = {}
    for m in re.finditer(r"(\w+)=(\[[^\]]*\]|\?|\S+)", s):
        k, v = m.group(1), m.group(2)
        if v == "?":
            continue
        if v.startswith("["):
            v = [x.strip() for x in v[1:-1].split("|") if x.strip()]
        out[k] = v
    return out

def pred_fields(line):
    f = {}
    for key in ("attackers", "targets"):
        m = re.search(key + r"=\[([^\]]*)\]", line)
        f[key] = [x.strip() for x in m.group(1).split(";") if x.strip()] if m else []
    for key in ("killed", "injured", "loc"):
        m = re.search(r"\b" + key + r"=(\S*)", line)
        f[key] = m.group(1) if m and m.group(1) else None
    f["mentions"] = [m.lower() for m in re.findall(r"'([^']*)'@\d+", line)]
    return f

def norm(s):
    s = s.lower().strip()
    return s[4:] if s.startswith("the ") else s

def same(a, b):
    a, b = norm(a), norm(b)
    return a in b or b in a

def run(text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("Headline\n\n" + text + "\n")
        name = f.name
    try:
        out = subprocess.run(["dotnet", "run", "--no-build", "--project", "src/EventExtract.Training", "-c", "Release",
                              "--", "probe-events", name, "--published", "2024-03-14"],
                             cwd=ROOT, capture_output=True, text=True).stdout
    finally:
        os.unlink(name)
    return [l for l in out.splitlines() if l.startswith("EVENT Attack")]

counts = {k: [0, 0, 0] for k in ("events", "attackers", "targets", "killed", "injured", "loc")}  # gold, pred, tp

def score_args(gold, pf, problems, tag=""):
    """Scores one expected Attack's fields against the union of the predicted Attacks pf (empty when unmatched)."""
    for key in ("attackers", "targets"):
        if key not in gold:
            continue
        pred = [a for p in pf for a in p[key]]
        c = counts[key]
        # One-to-one: each predicted actor matches at most one gold actor.
        free = list(pred)
        tp = 0
        for g in gold[key]:
            hit = next((p for p in free if same(g, p)), None)
            if hit is not None:
                free.remove(hit); tp += 1
        c[0] += len(gold[key]); c[1] += len(pred); c[2] += tp
        if tp < len(gold[key]) or tp < len(pred):
            problems.append(f"{tag}{key}: expected {gold[key]}, got {pred}")
    for key in ("killed", "injured", "loc"):
        if key not in gold:
            continue
        vals = [p[key] for p in pf if p[key]]
        c = counts[key]
        c[0] += 1; c[1] += 1 if vals else 0
        ok = any(same(gold[key], v) for v in vals) if key == "loc" else gold[key] in vals
        c[2] += 1 if ok else 0
        if not ok:
            problems.append(f"{tag}{key}: expected {gold[key]}, got {vals}")

for case in parse_cases(CASES):
    preds = run(" ".join(case["text"]))
    pf = [pred_fields(p) for p in preds]
    ev = counts["events"]
    problems = []
    if len(case["expect"]) > 1 or any("trig" in g for g in case["expect"]):
        claimed = set()
        for gold in case["expect"]:
            trig = gold.get("trig", [])
            trig = [t.lower() for t in (trig if isinstance(trig, list) else [trig])]
            i = next((i for i, p in enumerate(pf) if i not in claimed and any(m in trig for m in p["mentions"])), None)
            if i is None:
                problems.append(f"missed attack {trig}")
                score_args(gold, [], problems, f"{trig[0]}: ")
            else:
                claimed.add(i)
                score_args(gold, [pf[i]], problems, f"{trig[0]}: ")
        ev[0] += len(case["expect"]); ev[1] += len(preds); ev[2] += len(claimed)
        if len(preds) > len(claimed):
            problems.append(f"{len(preds) - len(claimed)} unmatched predicted attack(s)")
    else:
        ev[0] += len(case["expect"]); ev[1] += len(preds); ev[2] += min(len(case["expect"]), len(preds))
        if len(preds) != len(case["expect"]):
            problems.append(f"events: expected {len(case['expect'])}, got {len(preds)}")
        if case["expect"]:
            score_args(case["expect"][0], pf, problems)
    if verbose and problems:
        print(f"[{case['id']}]", "; ".join(problems))
        for p in preds:
            print("   ", p)

print(f"{'':10}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>8}{'F1':>8}")
for k, (g, p, t) in counts.items():
    P = t / p if p else 0.0; R = t / g if g else 0.0; F = 2 * P * R / (P + R) if P + R else 0.0
    print(f"{k:10}{g:6}{p:6}{t:6}{P:8.3f}{R:8.3f}{F:8.3f}")
