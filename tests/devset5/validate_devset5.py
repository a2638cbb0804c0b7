#!/usr/bin/python3
"""Validate tests/devset5 with the development-set checker (tests/devset/validate_devset.py):
JSON parses, ids line up, evidence at the stated byte offsets, count phrase inside the evidence,
SPEC range rules; and no article of this set is an article of tests/devset, tests/devset2, tests/devset3, tests/devset4 or
tests/heldout (same corpus line or identical text).

Usage: /usr/bin/python3 tests/devset5/validate_devset5.py   (exit 1 on any error)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, "devset"))
import further_set  # noqa: E402

further_set.validate_devset.APPROX.append("ما يقرب")
further_set.validate_devset.MORE.append("تجاوز")  # «تجاوزت 150ألف مدني»: more than
further_set.validate_devset.ATLEAST.append("على الاقل")  # written without the hamza

APART_FROM = [os.path.join(TESTS, d) for d in ("devset", "devset2", "devset3", "devset4", "heldout")]

# (article id, count text) -> reason the checker's reading is set aside
WAIVED = {
    ("SK-middleEast-2549-20180623", "1،870 عنصرا"):
        "the Arabic comma «،» separates thousands here: 1,870",
    ("SK-middleEast-2549-20180623", "نحو 2,5 مليون شخص"):
        "the comma is a decimal point: about 2.5 million",
    ("SK-middleEast-3518-20180904", "طفلتيهما"):
        "a dual with a pronoun suffix («their two daughters»): 2",
}


def main():
    further_set.validate(HERE, APART_FROM, WAIVED, "devset5")


if __name__ == "__main__":
    main()
