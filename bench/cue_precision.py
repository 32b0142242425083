#!/usr/bin/env python3
"""Usage: bench/cue_precision.py SPLIT ANALYSIS.jsonl [CUE,CUE,...]

How precise each cue's INDIRECT predictions are on a PolNeAR split: for every cue word, the predictions, those that
belong to a gold attribution (at least half of the prediction's trimmed text inside a relation's Content, as
`assay eval` counts), and the share. ANALYSIS is `assay analyze --format jsonl SPLIT/text/` output. Run it on train
only: dev measures. Prints cue, predictions, belonging, share; tab-separated, most frequent first."""
import collections, glob, json, os, sys


def first_ann(split, base):
    """The first annotation file of an article in name order (the contract's rule)."""
    names = sorted(glob.glob(os.path.join(split, 'attributions', base + '_*.ann')))
    return names[0] if names else None


def relations(path, length):
    """The Content spans (white-space gaps joined) of every relation with a Source and a Content."""
    spans, out = {}, []
    for line in open(path, encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if len(p) > 1 and p[0].startswith('T'):
            role, *offsets = p[1].split(' ', 1)
            spans[p[0]] = (role, [tuple(map(int, o.split())) for o in offsets[0].split(';')] if offsets else [])
        elif len(p) > 1 and p[0].startswith('E'):
            args = [a.split(':') for a in p[1].split(' ') if ':' in a]
            roles = collections.defaultdict(list)
            for role, tid in args:
                roles[role.rstrip('0123456789')] += spans.get(tid, ('', []))[1]
            if roles['Source'] and roles['Content']:
                out.append([s for s in roles['Content'] if s[1] <= length])
    return out


def trimmed(text, start, end):
    while start < end and (text[start].isspace() or text[start] in '"“”\'‘’'):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in '"“”\'‘’.,;:!?'):
        end -= 1
    return start, end


def main():
    split, analysis = sys.argv[1], sys.argv[2]
    only = set(sys.argv[3].split(',')) if len(sys.argv) > 3 else None
    total, good = collections.Counter(), collections.Counter()
    for line in open(analysis, encoding='utf-8'):
        if not line.strip():
            continue
        a = json.loads(line)
        base = os.path.basename(a['article']['source'])[:-4]
        ann = first_ann(split, base)
        if ann is None:
            continue
        text = open(os.path.join(split, 'text', base + '.txt'), encoding='utf-8').read()
        contents = relations(ann, len(text))
        for q in a['quotes']:
            if q['kind'] != 'INDIRECT':
                continue
            s, e = trimmed(text, q['start'], q['end'])
            inside = max([sum(max(0, min(e, b) - max(s, a0)) for a0, b in c) for c in contents] or [0])
            cue = (q['cue'] or '-').lower()
            total[cue] += 1
            good[cue] += inside >= 0.5 * (e - s)
    for cue in sorted(total, key=lambda c: -total[c]):
        if only is None or cue in only:
            print(f"{cue}\t{total[cue]}\t{good[cue]}\t{good[cue] / total[cue]:.2f}")


if __name__ == '__main__':
    main()
