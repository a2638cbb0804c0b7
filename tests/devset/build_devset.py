#!/usr/bin/python3
"""Build articles.jsonl and gold.jsonl from the hand annotations in annotations/ann_*.py.

Usage: /usr/bin/python3 tests/devset/build_devset.py [--corpora /work/shared/corpora]

Article texts are copied unmodified from the corpora; evidence offsets are computed here as
UTF-8 byte offsets (end exclusive) into the article text.  Run validate_devset.py afterwards.
"""
import argparse, email.utils, glob, importlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "annotations"))

FILES = {
    "alarabiya": "ant-multisource/ant_alarabia_internationalNews.jsonl",
    "bbc": "ant-multisource/ant_bbc_middleEast.jsonl",
    "cnn": "ant-multisource/ant_cnn_middleEast.jsonl",
    "france24": "ant-multisource/ant_france24_middleEast.jsonl",
    "skynewsarabia": "ant-multisource/ant_skynews_middleEast.jsonl",
    "aawsat": "saudinewsnet-aawsat/saudinewsnet_aawsat.jsonl",
}
ORDER = ["alarabiya", "bbc", "cnn", "france24", "skynewsarabia", "aawsat"]


def load_lines(path, wanted):
    out = {}
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if i in wanted:
                out[i] = json.loads(line)
    return out


def iso(rec, outlet):
    if outlet == "aawsat":
        return rec["date_extracted"].replace(" ", "T")
    return email.utils.parsedate_to_datetime(rec["time"]).isoformat()


def flex(text, ev, where):
    """Return the substring of text equal to ev up to whitespace variants (NBSP, doubled spaces)."""
    pat = r"[\s\u00a0]+".join(re.escape(p) for p in re.split(r"[\s\u00a0]+", ev))
    m = re.search(pat, text)
    if not m:
        raise SystemExit("evidence not found (%s): %r" % (where, ev))
    return m.group(0)


def locate(text, ev, occ, where):
    b = text.encode("utf-8")
    e = ev.encode("utf-8")
    pos = -1
    for _ in range(occ + 1):
        pos = b.find(e, pos + 1)
        if pos < 0:
            raise SystemExit("evidence not found (%s): %r" % (where, ev))
    return pos, pos + len(e)


def article_record(o, rec, line):
    """articles.jsonl object for corpus record `rec` (line `line` of FILES[o]), text unchanged."""
    text = rec["content"] if o == "aawsat" else rec["text"]
    aid = ("aawsat-%d" % line) if o == "aawsat" else rec["docno"]
    return {"id": aid, "outlet": o, "url": rec["url"], "title": rec["title"],
            "published": iso(rec, o), "text": text,
            "corpus": "%s:%d" % (os.path.basename(FILES[o]), line)}


def gold_record(o, aid, text, a):
    """Gold object for one annotated article A(...): resolves evidence (whitespace-tolerant)
    and computes UTF-8 byte offsets.  Shared with tests/heldout/build_heldout.py."""
    claims = []
    for k, c in enumerate(a["claims"]):
        where = "%s claim %d" % (aid, k)
        if c["evidence"] not in text:
            c["evidence"] = flex(text, c["evidence"], where)
        if c["count"] and c["count"]["text"] not in c["evidence"]:
            c["count"]["text"] = flex(c["evidence"], c["count"]["text"], where + " (count text)")
        c["also"] = [ev if ev in text else flex(text, ev, where + " (also)") for ev in c["also"]]
        s, e = locate(text, c["evidence"], c["occ"], where)
        cl = {"type": c["type"], "modality": c["modality"], "count": c["count"],
              "evidence": c["evidence"], "start": s, "end": e,
              "source": {"chain": [{"kind": "outlet", "id": o}] + c["src"], "verb": c["verb"]},
              "agent": c["agent"], "place": c["place"], "time": c["time"]}
        if c["also"]:
            cl["also"] = []
            for ev in c["also"]:
                s2, e2 = locate(text, ev, 0, where + " (also)")
                cl["also"].append({"evidence": ev, "start": s2, "end": e2})
        if c["note"]:
            cl["note"] = c["note"]
        claims.append(cl)
    g = {"id": aid, "outlet": o, "claims": claims}
    if a.get("note"):
        g["note"] = a["note"]
    return g


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", default="/work/shared/corpora")
    args = ap.parse_args()
    mods = {}
    for o in ORDER:
        mods[o] = importlib.import_module("ann_" + o).ARTICLES
    art_out, gold_out = [], []
    for o in ORDER:
        anns = mods[o]
        path = os.path.join(args.corpora, FILES[o])
        recs = load_lines(path, {a["line"] for a in anns})
        for a in anns:
            rec = recs[a["line"]]
            art = article_record(o, rec, a["line"])
            art_out.append(art)
            gold_out.append(gold_record(o, art["id"], art["text"], a))
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
