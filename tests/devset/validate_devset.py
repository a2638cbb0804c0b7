#!/usr/bin/python3
"""Validate tests/devset: JSON parses, ids line up, evidence at the stated byte offsets,
count phrase inside the evidence, and every count follows the SPEC range rules.

Usage: /usr/bin/python3 tests/devset/validate_devset.py   (exit 1 on any error)
"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"surrender", "agreement", "evacuation", "release", "transfer", "detention", "attack",
         "control", "presence", "aid", "threat", "statement"}
MODS = {"asserted", "hedged", "possible", "denied", "disputed"}
UNITS = {"fighters", "civilians", "people", "detainees", "families", "vehicles", "other"}
KINDS = {"agency", "outlet", "person", "anonymous", "organization", "official"}
OUTLETS = {"bbc", "cnn", "france24", "skynewsarabia", "alarabiya", "aawsat"}

DIAC = re.compile("[\u064b-\u0652\u0670\u0640]")
APPROX = ["نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "يقدر", "تقريبا"]
MORE = ["أكثر من", "ما يزيد", "يزيد عن", "يزيد على"]
ATLEAST = ["على الأقل", "ما لا يقل", "لا يقل عن"]
LESS = ["أقل من"]
# vague words, most specific first
VAGUE = [
    (["مئات الآلاف", "مئات آلاف", "مئات الألوف"], (200000, 999999)),
    (["عشرات الآلاف", "عشرات آلاف", "عشرات الألوف"], (20000, 99999)),
    (["عدة آلاف", "بضعة آلاف"], (3000, 9000)),
    (["الملايين"], (2000000, 9999999)),
    (["عشرات"], (20, 99)),
    (["مئات", "المئات"], (200, 999)),
    (["آلاف", "الآلاف", "بالآلاف", "آلافا"], (2000, 9999)),
    (["عدد كبير", "عددا كبيرا", "أعداد كبيرة", "أعدادا كبيرة", "أعداد لا تحصى", "رقم عال", "عدد \"كبير\"", "عدد غير محدد", "عددا غير محدد", "عدد غير معروف", "عددا غير معروف"], (None, None)),
    (["عدد من", "عددا من", "عدد آخر", "العديد", "عدد من"], (2, None)),
    (["عدة", "بضعة"], (3, 9)),
]
WORDNUM = re.compile("(واحد|واحدة|اثن|اثنت|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|مئة|مائة|مئت|ألف|ألفي|مليون|ثلاثمئة|أربعمئة)")
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
DUAL = re.compile("(ان|ين|تان|تين)$")


def norm(s):
    s = DIAC.sub("", unicodedata.normalize("NFKC", s))
    return s.replace("ً", "").replace("\u06cc", "\u064a").replace("\u06a9", "\u0643")


def digit_values(t):
    """Numbers written with digits, with ألف/مليون multipliers (shared multiplier for ranges)."""
    t = t.translate(DIGITS)
    nums = [(m.start(), m.end(), float(m.group().replace(",", ""))) for m in re.finditer(r"\d+(?:[.,]\d+)?", t)]
    if not nums:
        return None
    vals = []
    for i, (s, e, v) in enumerate(nums):
        tail = t[e:e + 8]
        mult = 1
        if re.match(r"\s*(ألف|آلاف|ألفا)", tail):
            mult = 1000
        elif re.match(r"\s*(مليون|ملايين)", tail):
            mult = 1000000
        vals.append([v, mult])
    # "29 ألفا و358" -> one number
    if len(vals) == 2 and vals[0][1] == 1000 and vals[1][1] == 1 and re.search(r"ألف\S*\s*و\s*\d", t):
        return [vals[0][0] * 1000 + vals[1][0]]
    # shared multiplier "ما بين 20 و30 ألفا", "6 إلى 7 آلاف"
    if len(vals) == 2 and vals[0][1] == 1 and vals[1][1] > 1:
        vals[0][1] = vals[1][1]
    return [int(round(v * m)) for v, m in vals]


def check_count(c):
    errs = []
    for k in ("value", "min", "max", "approx", "unit", "text"):
        if k not in c:
            errs.append("count lacks %s" % k)
    if errs:
        return errs
    if c["unit"] not in UNITS:
        errs.append("bad unit %r" % c["unit"])
    t = norm(c["text"])
    v, mn, mx, ap = c["value"], c["min"], c["max"], c["approx"]
    want_ap = any(w in t for w in APPROX)
    if want_ap != bool(ap):
        errs.append("approx should be %s for %r" % (want_ap, c["text"]))
    if mn is not None and mx is not None and mn > mx:
        errs.append("min > max")
    if v is not None and not (mn == v == mx):
        errs.append("value set but min/max differ")
    dv = digit_values(t)
    has_word = bool(WORDNUM.search(t))
    if dv is not None and re.search(r"(ألف|آلاف)\S*\s*و\s*[\d٠-٩]", t) and not re.search(r"[\d٠-٩]\s*(ألف|آلاف)", t):
        dv = None  # «ستة آلاف و259»: words and digits mixed, check the shape only
    vague = None
    if dv is None:
        for words, rng in VAGUE:
            if any(w in t for w in words):
                # «ستة آلاف», «أربعة آلاف» are numbers, not vague
                if rng == (2000, 9999) and re.search("(ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر)\S*\s+آلاف", t) and "عشرات" not in t:
                    continue
                if rng == (3, 9) and "عدة آلاف" in t:
                    continue
                vague = rng
                break
    if vague is not None:
        if (mn, mx) != vague or v is not None:
            errs.append("vague %r should be min=%s max=%s value=null, got %s/%s/%s" % (c["text"], vague[0], vague[1], v, mn, mx))
        return errs
    if dv is None and not has_word and not DUAL.search(t.split()[0] if t.split() else ""):
        errs.append("cannot see a number in %r" % c["text"])
        return errs
    more = any(w in t for w in MORE)
    atleast = any(w in t for w in ATLEAST)
    less = any(w in t for w in LESS)
    rng = dv is not None and len(dv) == 2 and ("بين" in t or "-" in t or " إلى " in t)
    if dv is not None:
        n = dv[0]
        if rng:
            exp = (None, dv[0], dv[1])
        elif more:
            exp = (None, n + 1, None)
        elif atleast:
            exp = (None, n, None)
        elif less:
            exp = (None, None, n - 1)
        else:
            exp = (n, n, n)
        if (v, mn, mx) != exp:
            errs.append("count %r expected value/min/max %s got %s" % (c["text"], exp, (v, mn, mx)))
    else:  # number in words: check the shape only
        if more and not (v is None and mn is not None and mx is None):
            errs.append("«أكثر من» needs min=N+1, max=null: %r" % c["text"])
        elif atleast and not (v is None and mn is not None and mx is None):
            errs.append("«على الأقل» needs min=N, max=null: %r" % c["text"])
        elif not (more or atleast or less or "بين" in t) and not (v is not None and v == mn == mx):
            errs.append("exact count in words needs value=min=max: %r" % c["text"])
    return errs


def main():
    errs = []
    arts = []
    with open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") as f:
        for i, l in enumerate(f, 1):
            try:
                arts.append(json.loads(l))
            except Exception as e:
                errs.append("articles.jsonl:%d does not parse: %s" % (i, e))
    gold = []
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        for i, l in enumerate(f, 1):
            try:
                gold.append(json.loads(l))
            except Exception as e:
                errs.append("gold.jsonl:%d does not parse: %s" % (i, e))
    if [a["id"] for a in arts] != [g["id"] for g in gold]:
        errs.append("articles.jsonl and gold.jsonl ids differ in order")
    if len(set(a["id"] for a in arts)) != len(arts):
        errs.append("duplicate article ids")
    texts = {a["id"]: a["text"] for a in arts}
    for a in arts:
        for k in ("id", "outlet", "url", "title", "published", "text", "corpus"):
            if not a.get(k):
                errs.append("%s: missing %s" % (a.get("id"), k))
        if a.get("outlet") not in OUTLETS:
            errs.append("%s: bad outlet" % a.get("id"))
    ncount = 0
    for g in gold:
        b = texts[g["id"]].encode("utf-8")
        for k, c in enumerate(g["claims"]):
            w = "%s#%d" % (g["id"], k)
            if c["type"] not in TYPES:
                errs.append("%s bad type %r" % (w, c["type"]))
            if c["modality"] not in MODS:
                errs.append("%s bad modality %r" % (w, c["modality"]))
            spans = [c] + c.get("also", [])
            for sp in spans:
                if b[sp["start"]:sp["end"]].decode("utf-8") != sp["evidence"]:
                    errs.append("%s evidence not at offsets" % w)
            ch = c["source"]["chain"]
            if not ch or ch[0].get("kind") != "outlet" or ch[0].get("id") != g["outlet"]:
                errs.append("%s chain must start with the outlet" % w)
            for el in ch[1:]:
                if el.get("kind") not in KINDS or not el.get("name"):
                    errs.append("%s bad chain element %r" % (w, el))
            if c["count"] is not None:
                ncount += 1
                for e in check_count(c["count"]):
                    errs.append("%s %s" % (w, e))
                if not any(c["count"]["text"] in sp["evidence"] for sp in spans):
                    errs.append("%s count text %r not inside evidence" % (w, c["count"]["text"]))
    for e in errs:
        print("ERROR", e)
    print("%d articles, %d claims, %d count claims, %d errors" % (len(arts), sum(len(g["claims"]) for g in gold), ncount, len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
