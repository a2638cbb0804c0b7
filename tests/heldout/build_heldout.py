#!/usr/bin/python3
"""Build tests/heldout/articles.jsonl and gold.jsonl from annotations/ann_heldout.py.

Usage: /usr/bin/python3 tests/heldout/build_heldout.py [--corpora /work/shared/corpora]

Same format, DSL (tests/devset/annotations/dsl.py) and offset computation
(tests/devset/build_devset.py: article_record, gold_record) as the development set.
Article texts are copied unmodified from the corpora.  Refuses any article of tests/devset or tests/devset2.
Run validate_heldout.py afterwards.
"""
import argparse, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.join(os.path.dirname(HERE), "devset")
# development data: articles of these sets may not appear here
DEV_SETS = [DEVSET, os.path.join(os.path.dirname(HERE), "devset2")]
sys.path.insert(0, DEVSET)
sys.path.insert(0, os.path.join(HERE, "annotations"))

import build_devset  # noqa: E402  (also puts tests/devset/annotations, home of dsl.py, on sys.path)
from ann_heldout import ARTICLES  # noqa: E402

ORDER = ["alarabiya", "bbc", "cnn", "france24", "skynewsarabia", "aawsat"]


def dev_articles():
    """(corpus refs, texts) of every development article."""
    refs, texts = set(), set()
    for d in DEV_SETS:
        with open(os.path.join(d, "articles.jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                refs.add(r["corpus"])
                texts.add(r["text"])
    return refs, texts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", default="/work/shared/corpora")
    args = ap.parse_args()
    dev, dev_texts = dev_articles()
    art_out, gold_out = [], []
    for o in ORDER:
        anns = [a for a in ARTICLES if a["outlet"] == o]
        if not anns:
            continue
        path = os.path.join(args.corpora, build_devset.FILES[o])
        recs = build_devset.load_lines(path, {a["line"] for a in anns})
        for a in anns:
            art = build_devset.article_record(o, recs[a["line"]], a["line"])
            if art["corpus"] in dev:
                raise SystemExit("%s is a development article (tests/devset or tests/devset2)" % art["corpus"])
            art_out.append(art)
            gold_out.append(build_devset.gold_record(o, art["id"], art["text"], a))
    for art in art_out:
        if art["text"] in dev_texts:
            raise SystemExit("%s has the same text as a development article" % art["id"])
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for r in art_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in gold_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(g["claims"]) for g in gold_out)
    nc = sum(1 for g in gold_out for c in g["claims"] if c["count"])
    print("articles=%d claims=%d count_claims=%d" % (len(art_out), n, nc), file=sys.stderr)


if __name__ == "__main__":
    main()
