#!/usr/bin/python3
"""Validate tests/heldout with the development-set checker (tests/devset/validate_devset.py):
JSON parses, ids line up, evidence at the stated byte offsets, count phrase inside the evidence,
SPEC range rules.

Additions:
  * «ما يقرب من N» (nearly N) is read like «ما يقارب» (approx);
  * WAIVED lists count phrases the checker's reader cannot interpret, with the reason;
  * checks that no article of this set is an article of tests/devset or tests/devset2
    (same corpus line or identical text).

Usage: /usr/bin/python3 tests/heldout/validate_heldout.py   (exit 1 on any error)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, "devset"))
import further_set  # noqa: E402

further_set.validate_devset.APPROX.append("ما يقرب")

APART_FROM = [os.path.join(TESTS, "devset"), os.path.join(TESTS, "devset2")]

# (article id, count text) -> reason
WAIVED = {
    ("BB-middleEast-388-20180423", "أكثر من 10.000 شخص"):
        "«10.000» uses a dot as thousands separator (ten thousand); annotated min 10,001",
}


def main():
    further_set.validate(HERE, APART_FROM, WAIVED, "held-out")


if __name__ == "__main__":
    main()
