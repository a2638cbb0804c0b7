#!/usr/bin/python3
"""Validate tests/heldout4 with the development-set checker (tests/devset/validate_devset.py):
JSON parses, ids line up, evidence at the stated byte offsets, count phrase inside the evidence,
SPEC range rules; and no article of this set is an article of tests/devset, tests/devset2, tests/devset3, tests/devset4 or
tests/heldout (same corpus line or identical text).

Usage: /usr/bin/python3 tests/heldout4/validate_heldout4.py   (exit 1 on any error)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, "devset"))
import further_set  # noqa: E402

further_set.validate_devset.APPROX.append("ما يقرب")
further_set.validate_devset.MORE.append("تجاوز")  # «تجاوزت 150ألف مدني»: more than
further_set.validate_devset.ATLEAST.append("على الاقل")  # written without the hamza
further_set.validate_devset.APPROX.append("يقترب")  # «يقترب إجماليها من 300»: approaches

APART_FROM = [os.path.join(TESTS, d) for d in ("devset", "devset2", "devset3", "devset4", "devset5", "heldout")]

# (article id, count text) -> reason the checker's reading is set aside
WAIVED = {
    ("FR-middleEast-912-20180810", "2,5 مليون شخص"):
        "the comma is a decimal point: about 2.5 million",
    ("AL-internationalNews-2019-20180722", "2,6 مليون آخرين"):
        "the comma is a decimal point: 2.6 million",
    ("BB-middleEast-957-20180906", "بحوالي 800.000 شخص"):
        "the dot separates thousands: about 800,000",
    ("aawsat-117", "12.500 جندي أجنبي"):
        "the dot separates thousands: 12,500",
    ("aawsat-1786", "اربعة آخرون"):
        "«أربعة» written without the hamza: 4",
}


def main():
    further_set.validate(HERE, APART_FROM, WAIVED, "heldout4")


if __name__ == "__main__":
    main()
