#!/usr/bin/env python3
"""Counts the verdicts of `assay analyze --format jsonl` output: by status, and by the dataset each decided verdict
rests on; with --sample N, draws N decided claims (fixed seed) as a TSV to judge by hand (article path, claim offsets,
status, dataset, evidence), never the article's text.

    ./assay analyze --threads 2 --published 2005-06-30 --format jsonl DIR... > out.jsonl
    bench/verdicts.py out.jsonl [--sample 60]
"""
import collections, json, random, sys

def main():
    args = sys.argv[1:]
    sample = 0
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
                        ds = v["evidence"][0]["dataset"] if v["evidence"] else "?"
                        for d in sorted({e["dataset"] for e in v["evidence"]}):
                            served[d] += 1
                        decided.append((source, c["start"], c["end"], v["status"], ds, v["explanation"]))
    total = sum(status.values())
    print(f"claims {total}")
    for s, n in status.most_common():
        print(f"  {s:16} {n:6}  {100 * n / max(total, 1):5.1f}%")
    print(f"decided (SUPPORTED or CONTRADICTED) {len(decided)}; datasets serving them (a claim may use several):")
    for d, n in served.most_common():
        print(f"  {d:40} {n:6}")
    if sample:
        random.seed(20261202)
        print("\narticle\tstart\tend\tverdict\tdataset\texplanation\tjudgement")
        for row in random.sample(decided, min(sample, len(decided))):
            print("\t".join(str(x) for x in row) + "\t")

if __name__ == "__main__":
    main()
