#!/usr/bin/python3
"""Agreement between two annotations of the same articles: scores the second annotation as if
it were system output against the first (and the other way round), with score_claims.py's
matching and measures. The articles of the second set must be articles of the first.

Usage: /usr/bin/python3 tools/eval/agreement.py tests/heldout8 tests/heldout8/second
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_claims as sc  # noqa: E402


def load(folder, ids=None):
    gold = sc.read_jsonl(os.path.join(folder, "gold.jsonl"))
    arts = sc.read_jsonl(os.path.join(folder, "articles.jsonl"))
    if ids is not None:
        keep = [i for i, g in enumerate(gold) if g["id"] in ids]
        gold, arts = [gold[i] for i in keep], [arts[i] for i in keep]
    return gold, arts


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    second, second_arts = load(sys.argv[2])
    ids = [g["id"] for g in second]
    first, first_arts = load(sys.argv[1], set(ids))
    order = {i: n for n, i in enumerate(ids)}
    pairs = sorted(zip(first, first_arts), key=lambda p: order[p[0]["id"]])
    first, first_arts = [p[0] for p in pairs], [p[1] for p in pairs]
    if [g["id"] for g in first] != ids:
        raise SystemExit("the second set has articles the first does not")
    for name, gold, other, arts in (("first as gold, second as output", first, second, first_arts),
                                    ("second as gold, first as output", second, first, second_arts)):
        total, per_outlet, _, _ = sc.score(gold, sc.gold_as_system(other, arts), arts)
        print("==", name)
        sc.print_table(sc.summary(total, per_outlet))


if __name__ == "__main__":
    main()
