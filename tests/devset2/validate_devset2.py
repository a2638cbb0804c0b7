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
import io, json, os, sys
from contextlib import redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.join(os.path.dirname(HERE), "devset")
sys.path.insert(0, DEVSET)
import validate_devset as V  # noqa: E402

V.MORE.append("تجاوز")

# (article id, count text) -> reason
WAIVED = {
    ("BB-middleEast-940-20180825", "أكثر من 2 2 مليون"):
        "printed «2 2 مليون» (typo for 22 million); annotated min 22,000,001",
}


def main():
    V.HERE = HERE
    buf = io.StringIO()
    try:
        with redirect_stdout(buf):
            V.main()
    except SystemExit:
        pass
    lines = buf.getvalue().splitlines()
    errors = [l for l in lines if l.startswith("ERROR")]
    waived = []
    for aid, text in WAIVED:
        for l in list(errors):
            if l.startswith("ERROR %s#" % aid) and repr(text) in l:
                errors.remove(l)
                waived.append(l)
    dev_refs, dev_texts = set(), set()
    with open(os.path.join(DEVSET, "articles.jsonl"), encoding="utf-8") as f:
        for l in f:
            r = json.loads(l)
            dev_refs.add(r["corpus"])
            dev_texts.add(r["text"])
    with open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") as f:
        for l in f:
            r = json.loads(l)
            if r["corpus"] in dev_refs or r["text"] in dev_texts:
                errors.append("ERROR %s is a development-set article" % r["id"])
    for l in errors:
        print(l)
    for l in waived:
        print("WAIVED", l[6:])
    for l in lines:
        if not l.startswith("ERROR"):
            print("devset checker:", l, "(before waivers)")
    print("devset2 check: %d errors, %d waived" % (len(errors), len(waived)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
