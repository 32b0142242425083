#!/usr/bin/env python3
"""Checks gold files that give offsets into a shared article and prints each span, for review.

Usage: bench/gold_spans.py FILE.gold.json...   (exit 1 when a file has a problem)
Offsets are Java UTF-16 offsets into the article decoded as Assay decodes it (UTF-8, else Windows-1252).
"""
import json, os, sys

MARKS = '"\u201c\u201d\u2018\u2019\'\u00ab\u00bb'

def read_article(path):
    raw = open(path, 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        text = raw.decode('cp1252')
    if any(ord(c) > 0xFFFF for c in text):
        sys.exit(f'{path}: characters outside the BMP; offsets would differ from Java')
    return text

def check(gold_path):
    problems = []
    gold = json.load(open(gold_path, encoding='utf-8'))
    article = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(gold_path)), gold['article']))
    text = read_article(article)
    names = {e['name'] for e in gold.get('entities', [])}
    print(f'== {gold_path} -> {article} ({len(text)} chars)')
    for field in ('quotes', 'indirect'):
        for item in gold.get(field, []):
            s, e = item.get('start'), item.get('end')
            if 'text' in item:
                problems.append(f'{field} item at {s} carries text: give offsets only')
            if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s < e <= len(text):
                problems.append(f'{field}: bad span {s}..{e}')
                continue
            span = text[s:e]
            if span != span.strip():
                problems.append(f'{field} {s}..{e}: span starts or ends with white space')
            kind = item.get('kind')
            if field == 'quotes':
                if kind not in ('DIRECT', 'PARTIAL', 'TERM'):
                    problems.append(f'quotes {s}..{e}: kind {kind!r}')
                opened = s > 0 and text[s - 1] in MARKS
                closed = e < len(text) and text[e] in MARKS
                if opened and not closed and text[e - 1] in '.?!':
                    print(f'NOTE     quotes {s}..{e}: the text gives no closing mark; the span ends at its sentence')
                elif not (opened and closed):
                    problems.append(f'quotes {s}..{e}: not enclosed by quotation marks: {text[max(0,s-1):e+1]!r}')
            speaker = item.get('speaker')
            if speaker is None and not item.get('optional'):
                problems.append(f'{field} {s}..{e}: no speaker and not optional')
            if speaker is not None and speaker not in names:
                problems.append(f'{field} {s}..{e}: speaker {speaker!r} is not among the entities')
            print(f'{field:8} {kind or "":7} {s:>5}-{e:<5} {speaker!s:30} {"(optional) " if item.get("optional") else ""}{span[:110]!r}')
    for p in problems:
        print('PROBLEM', p)
    return not problems

ok = all([check(p) for p in sys.argv[1:]])
sys.exit(0 if ok else 1)
