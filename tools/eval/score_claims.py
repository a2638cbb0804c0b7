#!/usr/bin/python3
"""Score isnad claim extraction against the hand-annotated development set.

Usage:
  score_claims.py GOLD.jsonl SYSTEM.jsonl [--articles ARTICLES.jsonl] [--json] [--details]
  score_claims.py --self-test [GOLD.jsonl]

GOLD.jsonl      tests/devset/gold.jsonl: one object per article, {"id", "outlet", "claims": [...]}
SYSTEM.jsonl    output of `isnad analyze tests/devset/articles.jsonl` (SPEC format: one object per
                document, {"doc": {...}, "claims": [...]}), in input order.
ARTICLES.jsonl  defaults to articles.jsonl next to GOLD; gives titles (document matching by title)
                and texts (sentence boundaries, re-anchoring of system quotes).

Documents: the i-th system document is matched to the i-th article of articles.jsonl (the engine
emits documents in input order); a system document whose title equals exactly one article title
(after Arabic normalization) is matched to that article instead.

Claims (within a document): a system claim matches a gold claim with a count when
  (a) their evidence spans overlap (UTF-8 byte offsets; a gold claim's "also" spans count too)
      or lie in a common sentence, and
  (b) the counts agree: same value, or same (min, max).
Each gold claim is matched at most once, greedily by best overlap (ties broken by modality,
attribution, type, unit).  A system claim that repeats an already matched gold fact (same count,
overlapping one of that claim's spans) is a duplicate: ignored, not a false positive
(--strict-duplicates counts it as one).  Count-less claims are scored separately (span overlap
or same sentence + same type).

Reported: count-claim precision / recall / F1; on matched pairs: type, unit, attribution
(innermost chain element: same kind class and, for named sources, equal names after Arabic
normalization — a system element with a dictionary id also matches the gold name when that name
is one of the id's names in data/dict (outlets, actors, people), so «فرانس برس» and «وكالة
الصحافة الفرنسية» are the same source; --names-only turns that off; "lenient" accepts any inner
element of the gold chain) and modality accuracy,
with a modality confusion table; the same figures per outlet.  Standard library only.
"""
import argparse, json, os, re, sys, unicodedata
from collections import Counter, defaultdict

MODALITIES = ["asserted", "hedged", "possible", "denied", "disputed"]
KIND_CLASS = {"agency": "media", "outlet": "media", "organization": "institution",
              "official": "institution", "actor": "institution", "person": "person", "anonymous": "anonymous"}

# ---------------------------------------------------------------- Arabic normalization
_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[\"'«»“”‘’()\[\]{}.,،;؛:!?؟#_\-/\\]+")


def norm_ar(s):
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", str(s))
    s = _DIAC.sub("", s)
    s = (s.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ٱ", "ا")
          .replace("ة", "ه").replace("ى", "ي").replace("ی", "ي").replace("ک", "ك")
          .replace("ؤ", "و").replace("ئ", "ي"))
    s = _PUNCT.sub(" ", s).lower()
    words = []
    for w in s.split():
        if len(w) > 3 and w[0] == "و" and w[1:3] == "ال":
            w = w[1:]
        if len(w) > 4 and w[:2] == "ال":
            w = w[2:]
        elif len(w) > 4 and w[:3] in ("بال", "لال", "كال"):
            w = w[3:]
        words.append(w)
    return " ".join(words)


# id -> normalized names of that entity in the dictionaries (load_aliases)
ALIASES = {}


def load_aliases(dict_dir):
    """Reads the names and aliases of data/dict/{outlets,actors,people}.tsv (and their
    NAME.*.tsv extensions) by id."""
    if not os.path.isdir(dict_dir):
        return
    for fn in sorted(os.listdir(dict_dir)):
        if not fn.endswith(".tsv") or fn.split(".")[0] not in ("outlets", "actors", "people"):
            continue
        with open(os.path.join(dict_dir, fn), encoding="utf-8") as f:
            header = None
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                cols = line.split("\t")
                if header is None:
                    header = cols
                    continue
                row = dict(zip(header, cols))
                names = [row.get("name_ar", "")] + row.get("aliases", "").split("|")
                ALIASES.setdefault(row.get("id", ""), set()).update(norm_ar(n) for n in names if n)


def names_equal(a, b):
    a, b = norm_ar(a), norm_ar(b)
    if not a or not b:
        return False
    return a == b or a in b or b in a


# ---------------------------------------------------------------- loading
def read_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except ValueError as e:
                sys.exit("%s:%d: invalid JSON (%s)" % (path, i, e))
    return out


_SENT = re.compile(r"(?:[!?؟\n]|\.(?=\s|$))+")


def sentence_spans(text):
    """Byte ranges of sentences (split on . ! ? ؟ and newlines)."""
    spans, b, pos = [], text.encode("utf-8"), 0
    for m in _SENT.finditer(text):
        end = len(text[:m.end()].encode("utf-8"))
        spans.append((pos, end))
        pos = end
    if pos < len(b):
        spans.append((pos, len(b)))
    return spans


def sentence_ids(sents, start, end):
    return {i for i, (s, e) in enumerate(sents) if s < max(end, start + 1) and e > start}


# ---------------------------------------------------------------- claim views
def count_of(c):
    k = c.get("count")
    if not isinstance(k, dict):
        return None
    if k.get("value") is None and k.get("min") is None and k.get("max") is None and not k.get("text"):
        return None
    return k


def counts_agree(a, b):
    if a.get("value") is not None and a.get("value") == b.get("value"):
        return True
    return a.get("min") == b.get("min") and a.get("max") == b.get("max") and \
        (a.get("min") is not None or a.get("max") is not None or
         (a.get("value") is None and b.get("value") is None))


def gold_spans(c):
    return [(c["start"], c["end"])] + [(x["start"], x["end"]) for x in c.get("also", [])]


def sys_span(c, text):
    ev = c.get("evidence") or {}
    if not isinstance(ev, dict):
        return None
    s, e, q = ev.get("start"), ev.get("end"), ev.get("quote")
    if text is not None and q:
        b, qb = text.encode("utf-8"), q.encode("utf-8")
        if not (isinstance(s, int) and b[s:e] == qb):
            hits, p = [], b.find(qb)
            while p >= 0:
                hits.append(p)
                p = b.find(qb, p + 1)
            if hits:  # re-anchor the quote, nearest to the stated start
                ref = s if isinstance(s, int) else 0
                p = min(hits, key=lambda h: abs(h - ref))
                return (p, p + len(qb))
    if isinstance(s, int) and isinstance(e, int) and e >= s:
        return (s, e)
    return None


def innermost(chain):
    chain = [x for x in (chain or []) if isinstance(x, dict)]
    if not chain:
        return None
    if len(chain) == 1 and chain[0].get("kind") == "outlet":
        return "OUTLET_ONLY"
    return chain[-1]


def element_match(g, s):
    if g == "OUTLET_ONLY" or s == "OUTLET_ONLY":
        return g == s
    if g is None or s is None:
        return False
    gc, sc = KIND_CLASS.get(g.get("kind")), KIND_CLASS.get(s.get("kind"))
    if gc is None or gc != sc:
        return False
    if gc == "anonymous":
        return True
    gname = g.get("name") or g.get("id")
    if names_equal(gname, s.get("name") or s.get("id")):
        return True
    return any(names_equal(gname, alias) for alias in ALIASES.get(s.get("id") or "", ()))


def attribution(gold, sysc):
    gch = (gold.get("source") or {}).get("chain") or []
    sch = (sysc.get("source") or {}).get("chain") or []
    gi, si = innermost(gch), innermost(sch)
    strict = element_match(gi, si)
    lenient = strict
    if not strict and si not in (None, "OUTLET_ONLY"):
        lenient = any(element_match(x, si) for x in gch[1:])
    return strict, lenient


# ---------------------------------------------------------------- matching
def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_doc(gold_claims, sys_claims, text, with_count):
    sents = sentence_spans(text) if text is not None else []
    G = [(i, c) for i, c in enumerate(gold_claims) if (count_of(c) is not None) == with_count]
    S = []
    for j, c in enumerate(sys_claims):
        if (count_of(c) is not None) != with_count:
            continue
        S.append((j, c, sys_span(c, text)))
    cands = []
    for gi, g in G:
        gsp = gold_spans(g)
        gsent = set()
        for sp in gsp:
            gsent |= sentence_ids(sents, *sp)
        for sj, s, ssp in S:
            if ssp is None:
                continue
            ov = max(overlap(sp, ssp) for sp in gsp)
            same_sent = bool(gsent & sentence_ids(sents, *ssp)) if sents else False
            if ov <= 0 and not same_sent:
                continue
            if with_count:
                if not counts_agree(count_of(g), count_of(s)):
                    continue
            elif g.get("type") != s.get("type"):
                continue
            strict, _ = attribution(g, s)
            key = (ov, g.get("modality") == s.get("modality"), strict,
                   g.get("type") == s.get("type"),
                   with_count and count_of(g).get("unit") == count_of(s).get("unit"))
            cands.append((key, gi, sj))
    cands.sort(key=lambda x: x[0], reverse=True)
    used_g, used_s, pairs = set(), set(), []
    for key, gi, sj in cands:
        if gi in used_g or sj in used_s:
            continue
        used_g.add(gi)
        used_s.add(sj)
        pairs.append((gi, sj))
    # duplicates: unmatched system claims restating an already matched gold fact
    dups = set()
    for key, gi, sj in cands:
        if sj not in used_s and gi in used_g:
            dups.add(sj)
    n_sys = len(S)
    return pairs, dups, n_sys, len(G)


# ---------------------------------------------------------------- scoring
class Tally:
    def __init__(self):
        self.tp = self.n_gold = self.n_sys = self.dups = 0
        self.type_ok = self.unit_ok = self.attr_ok = self.attr_len_ok = self.mod_ok = 0
        self.confusion = Counter()
        self.cl_tp = self.cl_gold = self.cl_sys = 0

    def prf(self, strict_dups=False):
        ns = self.n_sys - (0 if strict_dups else self.dups)
        p = self.tp / ns if ns else (1.0 if self.n_gold == 0 else 0.0)
        r = self.tp / self.n_gold if self.n_gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def acc(self, k):
        return getattr(self, k) / self.tp if self.tp else 0.0

    def cl_prf(self):
        p = self.cl_tp / self.cl_sys if self.cl_sys else (1.0 if self.cl_gold == 0 else 0.0)
        r = self.cl_tp / self.cl_gold if self.cl_gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def map_documents(gold, articles, system):
    """Return list of (gold_index, system_doc) pairs and warnings."""
    warnings = []
    by_title = defaultdict(list)
    for i, a in enumerate(articles):
        by_title[norm_ar(a.get("title"))].append(i)
    mapping, taken = {}, set()
    for j, sd in enumerate(system):
        doc = sd.get("doc") or {}
        t = norm_ar(doc.get("title"))
        cand = by_title.get(t, []) if t else []
        if len(cand) == 1 and cand[0] not in taken:
            gi = cand[0]
        elif j < len(gold) and j not in taken:
            gi = j
        else:
            warnings.append("system document %d (%r) matches no article" % (j, doc.get("title")))
            continue
        taken.add(gi)
        mapping[gi] = sd
    for i in range(len(gold)):
        if i not in mapping:
            warnings.append("article %s has no system document (all its gold claims are misses)" % gold[i]["id"])
    return mapping, warnings


def score(gold, system, articles, strict_dups=False, details=False):
    mapping, warnings = map_documents(gold, articles, system)
    total, per_outlet = Tally(), defaultdict(Tally)
    detail_rows = []
    for gi, g in enumerate(gold):
        text = articles[gi]["text"] if gi < len(articles) and articles[gi].get("id") == g["id"] else None
        sd = mapping.get(gi, {"claims": []})
        sclaims = [c for c in (sd.get("claims") or []) if isinstance(c, dict)]
        gclaims = g["claims"]
        pairs, dups, n_sys, n_gold = match_doc(gclaims, sclaims, text, True)
        cl_pairs, _, cl_sys, cl_gold = match_doc(gclaims, sclaims, text, False)
        for T in (total, per_outlet[g.get("outlet", "?")]):
            T.n_gold += n_gold
            T.n_sys += n_sys
            T.dups += 0 if strict_dups else len(dups)
            T.tp += len(pairs)
            T.cl_tp += len(cl_pairs)
            T.cl_gold += cl_gold
            T.cl_sys += cl_sys
            for gi2, sj in pairs:
                gc, sc = gclaims[gi2], sclaims[sj]
                T.type_ok += gc.get("type") == sc.get("type")
                T.unit_ok += count_of(gc).get("unit") == count_of(sc).get("unit")
                strict, lenient = attribution(gc, sc)
                T.attr_ok += strict
                T.attr_len_ok += lenient
                T.mod_ok += gc.get("modality") == sc.get("modality")
                T.confusion[(gc.get("modality"), sc.get("modality"))] += 1
        if details:
            matched_g = {a for a, _ in pairs}
            matched_s = {b for _, b in pairs}
            for k, c in enumerate(gclaims):
                if count_of(c) is not None and k not in matched_g:
                    detail_rows.append(("MISS", g["id"], count_of(c).get("text"), c.get("type"), c.get("evidence", "")[:80]))
            for k, c in enumerate(sclaims):
                if count_of(c) is not None and k not in matched_s and k not in dups:
                    q = ((c.get("evidence") or {}).get("quote") or "")[:80]
                    detail_rows.append(("FP", g["id"], count_of(c).get("text"), c.get("type"), q))
    return total, per_outlet, warnings, detail_rows


def summary(total, per_outlet, strict_dups=False):
    def block(T):
        p, r, f = T.prf(strict_dups)
        cp, cr, cf = T.cl_prf()
        return {"gold_count_claims": T.n_gold, "system_count_claims": T.n_sys, "duplicates_ignored": T.dups,
                "matched": T.tp, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "type_accuracy": round(T.acc("type_ok"), 4), "unit_accuracy": round(T.acc("unit_ok"), 4),
                "attribution_accuracy": round(T.acc("attr_ok"), 4),
                "attribution_accuracy_lenient": round(T.acc("attr_len_ok"), 4),
                "modality_accuracy": round(T.acc("mod_ok"), 4),
                "modality_confusion": {gm: {sm: T.confusion[(gm, sm)] for sm in MODALITIES} for gm in MODALITIES},
                "countless": {"gold": T.cl_gold, "system": T.cl_sys, "matched": T.cl_tp,
                              "precision": round(cp, 4), "recall": round(cr, 4), "f1": round(cf, 4)}}
    return {"overall": block(total), "per_outlet": {o: block(T) for o, T in sorted(per_outlet.items())}}


def print_table(s, out=sys.stdout):
    o = s["overall"]
    w = out.write
    w("isnad claim extraction — development set\n")
    w("=" * 78 + "\n")
    w("count claims: gold %d, system %d (duplicates ignored %d), matched %d\n"
      % (o["gold_count_claims"], o["system_count_claims"], o["duplicates_ignored"], o["matched"]))
    w("  precision %.3f   recall %.3f   F1 %.3f\n" % (o["precision"], o["recall"], o["f1"]))
    w("on matched pairs: type %.3f  unit %.3f  attribution %.3f (lenient %.3f)  modality %.3f\n"
      % (o["type_accuracy"], o["unit_accuracy"], o["attribution_accuracy"], o["attribution_accuracy_lenient"], o["modality_accuracy"]))
    c = o["countless"]
    w("count-less claims: gold %d, system %d, matched %d — P %.3f R %.3f F1 %.3f\n"
      % (c["gold"], c["system"], c["matched"], c["precision"], c["recall"], c["f1"]))
    w("\nmodality confusion (rows gold, columns system, matched count claims)\n")
    w("%-10s" % "" + "".join("%10s" % m for m in MODALITIES) + "\n")
    for gm in MODALITIES:
        w("%-10s" % gm + "".join("%10d" % o["modality_confusion"][gm][sm] for sm in MODALITIES) + "\n")
    w("\nper outlet\n")
    w("%-14s %5s %5s %5s %6s %6s %6s %6s %6s %6s %6s\n"
      % ("outlet", "gold", "sys", "match", "P", "R", "F1", "type", "unit", "attr", "mod"))
    for name, b in s["per_outlet"].items():
        w("%-14s %5d %5d %5d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f\n"
          % (name, b["gold_count_claims"], b["system_count_claims"], b["matched"], b["precision"], b["recall"],
             b["f1"], b["type_accuracy"], b["unit_accuracy"], b["attribution_accuracy"], b["modality_accuracy"]))


# ---------------------------------------------------------------- self-test
def gold_as_system(gold, articles):
    out = []
    for i, g in enumerate(gold):
        a = articles[i] if i < len(articles) else {}
        claims = []
        for c in g["claims"]:
            claims.append({"type": c["type"], "modality": c["modality"],
                           "evidence": {"start": c["start"], "end": c["end"], "quote": c["evidence"]},
                           "count": c["count"], "source": c["source"],
                           "agent": {"name": c.get("agent")} if c.get("agent") else None,
                           "place": {"name": c.get("place")} if c.get("place") else None,
                           "time": {"text": c.get("time")} if c.get("time") else None})
        out.append({"doc": {"id": g["id"], "path": None, "title": a.get("title"),
                            "outlet": {"id": g.get("outlet")}}, "claims": claims})
    return out


def self_test(gold_path):
    gold = read_jsonl(gold_path)
    articles = read_jsonl(os.path.join(os.path.dirname(os.path.abspath(gold_path)), "articles.jsonl"))
    ok = True

    def check(name, cond):
        nonlocal ok
        print("%-62s %s" % (name, "ok" if cond else "FAIL"))
        ok = ok and cond

    # 1. gold against itself
    t, po, warn, _ = score(gold, gold_as_system(gold, articles), articles)
    s = summary(t, po)["overall"]
    for k in ("precision", "recall", "f1", "type_accuracy", "unit_accuracy", "attribution_accuracy",
              "attribution_accuracy_lenient", "modality_accuracy"):
        check("gold vs gold: %s == 1.0 (got %.4f)" % (k, s[k]), s[k] == 1.0)
    check("gold vs gold: count-less F1 == 1.0 (got %.4f)" % s["countless"]["f1"], s["countless"]["f1"] == 1.0)
    check("gold vs gold: no duplicates, no warnings", s["duplicates_ignored"] == 0 and not warn)
    for o, b in summary(t, po)["per_outlet"].items():
        check("gold vs gold: %s F1 == 1.0" % o, b["f1"] == 1.0 and b["modality_accuracy"] == 1.0)
    # 2. empty system
    empty = [{"doc": {"id": g["id"], "title": a.get("title")}, "claims": []} for g, a in zip(gold, articles)]
    t, po, _, _ = score(gold, empty, articles)
    s = summary(t, po)["overall"]
    check("empty system: recall == 0 (got %.4f)" % s["recall"], s["recall"] == 0.0)
    check("empty system: F1 == 0", s["f1"] == 0.0)
    # 3. no documents at all
    t, po, warn, _ = score(gold, [], articles)
    check("no system documents: recall == 0 and warnings", summary(t, po)["overall"]["recall"] == 0.0 and len(warn) == len(gold))
    # 4. perturbations: shuffled order + titles, wrong counts, wrong modality, shifted quotes
    sysd = gold_as_system(gold, articles)
    sysd = list(reversed(sysd))  # title matching must undo the reversal
    t, po, _, _ = score(gold, sysd, articles)
    check("reversed document order, matched by title: F1 == 1.0", summary(t, po)["overall"]["f1"] == 1.0)
    sysd = gold_as_system(gold, articles)
    for d in sysd:
        for c in d["claims"]:
            if c["count"]:
                c["count"] = dict(c["count"], value=(c["count"]["value"] or 0) + 7919, min=-1, max=-1)
    t, po, _, _ = score(gold, sysd, articles)
    s = summary(t, po)["overall"]
    check("all counts wrong: recall == 0 and precision == 0", s["recall"] == 0.0 and s["precision"] == 0.0)
    sysd = gold_as_system(gold, articles)
    for d in sysd:
        for c in d["claims"]:
            c["modality"] = "asserted"
            c["evidence"] = {"start": None, "end": None, "quote": c["evidence"]["quote"]}
            c["source"] = {"chain": [{"kind": "outlet", "id": "x"}]}
    t, po, _, _ = score(gold, sysd, articles)
    s = summary(t, po)["overall"]
    check("quotes re-anchored without offsets: recall == 1.0", s["recall"] == 1.0)
    n_ass = sum(1 for g in gold for c in g["claims"] if c["count"] and c["modality"] == "asserted")
    n_all = sum(1 for g in gold for c in g["claims"] if c["count"])
    check("all modalities 'asserted': modality accuracy == %.3f" % (n_ass / n_all),
          abs(s["modality_accuracy"] - n_ass / n_all) < 1e-3)
    check("outlet-only chains: attribution < 1.0", s["attribution_accuracy"] < 1.0)
    # 5. duplicate of a matched claim is ignored
    sysd = gold_as_system(gold, articles)
    extra = 0
    for d in sysd:
        add = []
        gcl = next(x for x in gold if x["id"] == d["doc"]["id"])["claims"]
        for gc in gcl:
            if gc["count"] and gc.get("also"):
                al = gc["also"][0]
                add.append({"type": gc["type"], "modality": gc["modality"], "count": gc["count"],
                            "evidence": {"start": al["start"], "end": al["end"], "quote": al["evidence"]},
                            "source": gc["source"]})
        extra += len(add)
        d["claims"].extend(add)
    t, po, _, _ = score(gold, sysd, articles)
    s = summary(t, po)["overall"]
    check("repeated mentions ('also' spans, %d) ignored: precision == 1.0" % extra, s["precision"] == 1.0)
    t, po, _, _ = score(gold, sysd, articles, strict_dups=True)
    check("--strict-duplicates: precision < 1.0", extra == 0 or summary(t, po, True)["overall"]["precision"] < 1.0)
    # 6. normalization
    check("normalization: «المرصد السوري لحقوق الانسان» == «والمرصد السوري لحقوق الإنسان»",
          names_equal("المرصد السوري لحقوق الانسان", "والمرصد السوري لحقوق الإنسان"))
    check("normalization: «وكالة رويترز» ~ «رويترز»", names_equal("وكالة رويترز", "رويترز"))
    check("normalization: «سانا» != «رويترز»", not names_equal("سانا", "رويترز"))
    print("SELF-TEST", "PASSED" if ok else "FAILED")
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", help="gold.jsonl")
    ap.add_argument("system", nargs="?", help="isnad analyze output (JSON Lines)")
    ap.add_argument("--articles", help="articles.jsonl (default: next to GOLD)")
    ap.add_argument("--json", action="store_true", help="print a JSON summary instead of the table")
    ap.add_argument("--details", action="store_true", help="also list misses and false positives")
    ap.add_argument("--strict-duplicates", action="store_true", help="count repeated mentions as false positives")
    ap.add_argument("--self-test", action="store_true", help="score gold against itself and against an empty system")
    ap.add_argument("--names-only", action="store_true",
                    help="compare source names only, not the dictionary names of the system's ids")
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    if not a.names_only:
        load_aliases(os.path.normpath(os.path.join(here, "..", "..", "data", "dict")))
    default_gold = os.path.normpath(os.path.join(here, "..", "..", "tests", "devset", "gold.jsonl"))
    if a.self_test:
        sys.exit(self_test(a.gold or default_gold))
    if not a.gold or not a.system:
        ap.print_usage(sys.stderr)
        sys.exit(2)
    gold = read_jsonl(a.gold)
    art_path = a.articles or os.path.join(os.path.dirname(os.path.abspath(a.gold)), "articles.jsonl")
    articles = read_jsonl(art_path) if os.path.exists(art_path) else []
    if not articles:
        print("warning: no articles.jsonl; same-sentence matching and title matching disabled", file=sys.stderr)
    system = read_jsonl(a.system) if a.system != "-" else [json.loads(l) for l in sys.stdin if l.strip()]
    total, per_outlet, warnings, rows = score(gold, system, articles, a.strict_duplicates, a.details)
    for wmsg in warnings:
        print("warning:", wmsg, file=sys.stderr)
    s = summary(total, per_outlet, a.strict_duplicates)
    if a.json:
        print(json.dumps(s, ensure_ascii=False, indent=1))
    else:
        print_table(s)
    if a.details:
        out = sys.stderr if a.json else sys.stdout
        out.write("\n%-5s %-34s %-28s %-11s %s\n" % ("kind", "article", "count", "type", "evidence"))
        for r in rows:
            out.write("%-5s %-34s %-28s %-11s %s\n" % r)


if __name__ == "__main__":
    main()
