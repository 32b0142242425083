#!/usr/bin/env python3
"""Usage: bench/mine_cues.py ../shared/eval-data/polnear/data/train > cues.tsv

Mine single-word verb cues from a PolNeAR split (train only: dev is for measuring): for each lower-cased word form that heads a cue (first word that is
not an auxiliary, negation or adverb), the number of gold relations it cues and the number of times the form occurs in
the train texts at all. Prints forms with rate = cued/occurrences."""
import os, re, sys, collections
root = sys.argv[1]
AUX = set("is are was were be been being has have had do does did will would can could may might must shall should 's 're 've 'd not n't never also just even still already then now only really repeatedly often again once first later recently publicly".split())
cued = collections.Counter(); occ = collections.Counter()
files = sorted(os.listdir(os.path.join(root, 'attributions')))
seen = set()
for f in files:
    base = f.rsplit('_', 1)[0]
    if base in seen: continue
    seen.add(base)
    text = open(os.path.join(root, 'text', base + '.txt'), encoding='utf-8').read()
    for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text):
        occ[w.lower()] += 1
    T = {}; rels = []
    for line in open(os.path.join(root, 'attributions', f), encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if p[0].startswith('T') and len(p) > 1:
            kind = p[1].split(' ')[0]; T[p[0]] = (kind, p[2] if len(p) > 2 else '')
        elif p[0].startswith('E') and len(p) > 1:
            args = dict(a.split(':') for a in p[1].split(' ') if ':' in a)
            if 'Source' in args and 'Cue' in args: rels.append(args['Cue'])
    for c in rels:
        words = [w.lower().replace('’', "'") for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", T.get(c, ('', ''))[1])]
        head = next((w for w in words if w not in AUX and not w.endswith('ly')), None)
        if head: cued[head] += 1
rows = [(w, n, occ[w], n / max(1, occ[w])) for w, n in cued.items()]
rows.sort(key=lambda r: -r[1])
for w, n, o, r in rows:
    print(f"{w}\t{n}\t{o}\t{r:.2f}")
