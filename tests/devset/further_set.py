"""Building and checking a further claim set (tests/devset2 … devset5, tests/heldout,
tests/heldout4) the way the development set is built and checked: same DSL, same offset
computation (build_devset.py: article_record, gold_record), same checker (validate_devset.py).

Usage:
  /usr/bin/python3 tests/devset/further_set.py build    tests/NAME [--corpora /work/shared/corpora]
  /usr/bin/python3 tests/devset/further_set.py validate tests/NAME     (exit 1 on any error)

Each set folder holds `set.json`: `annotations` (the module in annotations/ that defines
ARTICLES), `apart_from` (sets whose articles this one must not repeat, by corpus line or by
identical text), `checker` (extra words for the checker's reader: `approx`, `more`, `atleast`)
and `waived` (count phrases the checker's reader cannot interpret, each with the reason).
"""
import argparse, importlib, io, json, os, sys
from contextlib import redirect_stdout

DEVSET = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, DEVSET)

import build_devset  # noqa: E402  (also puts tests/devset/annotations, home of dsl.py, on sys.path)
import validate_devset  # noqa: E402

ORDER = ["alarabiya", "bbc", "cnn", "france24", "skynewsarabia", "aawsat"]


def articles_of(folders):
    """(corpus refs, texts) of every article in `folders`."""
    refs, texts = set(), set()
    for d in folders:
        with open(os.path.join(d, "articles.jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                refs.add(r["corpus"])
                texts.add(r["text"])
    return refs, texts


def build(here, annotations, corpora, apart_from):
    """Writes here/articles.jsonl and here/gold.jsonl from the annotation records."""
    refs, texts = articles_of(apart_from)
    names = " or ".join(os.path.relpath(d, os.path.dirname(here)) for d in apart_from)
    art_out, gold_out = [], []
    for o in ORDER:
        anns = [a for a in annotations if a["outlet"] == o]
        if not anns:
            continue
        path = os.path.join(corpora, build_devset.FILES[o])
        recs = build_devset.load_lines(path, {a["line"] for a in anns})
        for a in anns:
            art = build_devset.article_record(o, recs[a["line"]], a["line"])
            if art["corpus"] in refs:
                raise SystemExit("%s is an article of tests/%s" % (art["corpus"], names))
            art_out.append(art)
            gold_out.append(build_devset.gold_record(o, art["id"], art["text"], a))
    for art in art_out:
        if art["text"] in texts:
            raise SystemExit("%s has the same text as an article of tests/%s" % (art["id"], names))
    with open(os.path.join(here, "articles.jsonl"), "w", encoding="utf-8") as f:
        for r in art_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in gold_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(g["claims"]) for g in gold_out)
    nc = sum(1 for g in gold_out for c in g["claims"] if c["count"])
    print("articles=%d claims=%d count_claims=%d" % (len(art_out), n, nc), file=sys.stderr)


def validate(here, apart_from, waived, label):
    """Runs the development-set checker on `here`; `waived` maps (article id, count text) to
    the reason the checker's reading of it is set aside. Exits 1 on any error."""
    validate_devset.HERE = here
    buf = io.StringIO()
    try:
        with redirect_stdout(buf):
            validate_devset.main()
    except SystemExit:
        pass
    lines = buf.getvalue().splitlines()
    errors = [l for l in lines if l.startswith("ERROR")]
    set_aside = []
    for aid, text in waived:
        for l in list(errors):
            if l.startswith("ERROR %s#" % aid) and repr(text) in l:
                errors.remove(l)
                set_aside.append(l)
    refs, texts = articles_of(apart_from)
    names = " or ".join(os.path.relpath(d, os.path.dirname(here)) for d in apart_from)
    with open(os.path.join(here, "articles.jsonl"), encoding="utf-8") as f:
        for l in f:
            r = json.loads(l)
            if r["corpus"] in refs or r["text"] in texts:
                errors.append("ERROR %s is an article of tests/%s" % (r["id"], names))
    for l in errors:
        print(l)
    for l in set_aside:
        print("WAIVED", l[6:])
    for l in lines:
        if not l.startswith("ERROR"):
            print("devset checker:", l, "(before waivers)")
    print("%s check: %d errors, %d waived" % (label, len(errors), len(set_aside)))
    sys.exit(1 if errors else 0)


def load_set(here):
    with open(os.path.join(here, "set.json"), encoding="utf-8") as f:
        cfg = json.load(f)
    tests = os.path.dirname(here)
    cfg["apart_from"] = [os.path.join(tests, d) for d in cfg["apart_from"]]
    return cfg


def main():
    ap = argparse.ArgumentParser(description="build or check a further claim set")
    ap.add_argument("command", choices=["build", "validate"])
    ap.add_argument("set", help="the set's folder, e.g. tests/devset3")
    ap.add_argument("--corpora", default="/work/shared/corpora")
    a = ap.parse_args()
    here = os.path.abspath(a.set)
    cfg = load_set(here)
    if a.command == "build":
        sys.path.insert(0, os.path.join(here, "annotations"))
        articles = importlib.import_module(cfg["annotations"]).ARTICLES
        build(here, articles, a.corpora, cfg["apart_from"])
        return
    words = cfg.get("checker", {})
    validate_devset.APPROX.extend(words.get("approx", []))
    validate_devset.MORE.extend(words.get("more", []))
    validate_devset.ATLEAST.extend(words.get("atleast", []))
    waived = {(w["article"], w["count"]): w["reason"] for w in cfg.get("waived", [])}
    validate(here, cfg["apart_from"], waived, cfg["label"])


if __name__ == "__main__":
    main()
