#!/usr/bin/python3
"""Validate tests/devset2 with the development-set checker (tests/devset/validate_devset.py):
JSON parses, ids line up, evidence at the stated byte offsets, count phrase inside the evidence,
SPEC range rules.

Two additions, both for phrasings that occur only in this set:
  * «تجاوز N» (exceeded N) is read like «أكثر من N» (min N+1, max null);
  * WAIVED lists count phrases the checker's digit reader cannot interpret, with the reason.
Also checks that no article of this set is a tests/devset article.

Usage: /usr/bin/python3 tests/devset2/validate_devset2.py   (exit 1 on any error)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, "devset"))
import further_set  # noqa: E402

further_set.validate_devset.MORE.append("تجاوز")

APART_FROM = [os.path.join(TESTS, "devset")]

# (article id, count text) -> reason
WAIVED = {
    ("BB-middleEast-940-20180825", "أكثر من 2 2 مليون"):
        "printed «2 2 مليون» (typo for 22 million); annotated min 22,000,001",
}


def main():
    further_set.validate(HERE, APART_FROM, WAIVED, "devset2")


if __name__ == "__main__":
    main()
