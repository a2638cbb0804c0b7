#!/usr/bin/python3
"""Build tests/heldout4/articles.jsonl and gold.jsonl from annotations/ann_heldout4.py.

Usage: /usr/bin/python3 tests/heldout4/build_heldout4.py [--corpora /work/shared/corpora]

Same format, DSL (tests/devset/annotations/dsl.py) and offset computation as the development set
(tests/devset/further_set.py).
Article texts are copied unmodified from the corpora.  Refuses any article of tests/devset, tests/devset2, tests/devset3, tests/devset4, tests/devset5 or tests/heldout.
Run validate_heldout4.py afterwards.
"""
import argparse, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, "devset"))
sys.path.insert(0, os.path.join(HERE, "annotations"))

import further_set  # noqa: E402
from ann_heldout4 import ARTICLES  # noqa: E402

# development data: articles of these sets may not appear here
APART_FROM = [os.path.join(TESTS, d) for d in ("devset", "devset2", "devset3", "devset4", "devset5", "heldout")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", default="/work/shared/corpora")
    args = ap.parse_args()
    further_set.build(HERE, ARTICLES, args.corpora, APART_FROM)


if __name__ == "__main__":
    main()
