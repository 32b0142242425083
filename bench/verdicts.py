#!/usr/bin/env python3
"""Counts the verdicts of `assay analyze --format jsonl` output: by status, and by the dataset each decided verdict
rests on; with --sample N, draws N decided claims (by a fixed hash of where they stand) as a TSV to judge by hand (article path, claim offsets,
status, datasets, evidence), never the article's text; with --not-conversions, lists as that TSV every decided claim
that rests on more than the bundled exchange rates (a currency conversion the article makes is the commonest check).

    ./assay analyze --threads 2 --published 2005-06-30 --format jsonl DIR... > out.jsonl
    bench/verdicts.py out.jsonl [--sample 60 | --not-conversions]
"""
import collections, hashlib, json, sys

def main():
    args = sys.argv[1:]
    sample = 0
    not_conversions = "--not-conversions" in args
    if not_conversions:
        args.remove("--not-conversions")
    if "--sample" in args:
        i = args.index("--sample")
        sample = int(args[i + 1])
        del args[i:i + 2]
    status = collections.Counter()
    served = collections.Counter()
    decided = []
    for path in args:
        with open(path, encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                source = (a.get("article") or {}).get("source") or a.get("id")
                for c in a.get("claims", []):
                    v = c["verdict"]
                    status[v["status"]] += 1
                    if v["status"] in ("SUPPORTED", "CONTRADICTED"):
                        datasets = sorted({e["dataset"] for e in v["evidence"]})
                        for d in datasets:
                            served[d] += 1
                        evidence = " | ".join(e["dataset"] + ": " + e["detail"] for e in v["evidence"])
                        decided.append((corpus_path(source), c["start"], c["end"], v["status"], " ".join(datasets),
                                        evidence.replace("\t", " ").replace("\n", " ")))
    total = sum(status.values())
    print(f"claims {total}")
    for s, n in status.most_common():
        print(f"  {s:16} {n:6}  {100 * n / max(total, 1):5.1f}%")
    print(f"decided (SUPPORTED or CONTRADICTED) {len(decided)}; datasets serving them (a claim may use several):")
    for d, n in served.most_common():
        print(f"  {d:40} {n:6}")
    conversions = [r for r in decided if is_conversion(r)]
    print(f"  of them resting on a currency conversion alone: {len(conversions)}; on other data or arithmetic: "
          f"{len(decided) - len(conversions)}")
    rows = []
    if sample:
        rows = sorted(decided, key=draw)[:sample]
    elif not_conversions:
        rows = [r for r in decided if not is_conversion(r)]
    if rows:
        print("\narticle\tstart\tend\tverdict\tdatasets\tevidence\tjudgement\treason")
        for row in rows:
            print("\t".join(str(x) for x in row) + "\t\t")


def is_conversion(row):
    """Whether a decided claim rests on a currency conversion alone: its only evidence is the conversion check's
    ("monthly averages ... USD per GBP"), not a rate the claim states."""
    return row[4] == "fed-h10-fx-monthly" and all(e.split(": ", 1)[1].startswith("monthly averages")
                                                  for e in row[5].split(" | "))


def draw(row):
    """A claim's place in the sample: a hash of its article and offsets, so that the sample stays the same claims
    when other verdicts change."""
    return hashlib.sha256(f"20261202:{row[0]}:{row[1]}:{row[2]}".encode()).hexdigest()


def corpus_path(source):
    """The article's path from the corpus folder on ("bbc/business/001.txt"), the same on every machine."""
    source = str(source)
    i = source.find("bbc-news-2225/")
    return source[i + len("bbc-news-2225/"):] if i >= 0 else source

if __name__ == "__main__":
    main()
