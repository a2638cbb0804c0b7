#!/usr/bin/python3
"""Self-check: does every place named in the five seed reports resolve to a gazetteer row?

Usage (from the repository root):
    /usr/bin/python3 tools/gazetteer/check_seeds.py [--corpora ../shared/corpora]
        [--places data/places/gazetteer.tsv data/places/extra.tsv]

A name resolves when, after removing Arabic diacritics and tatweel and unifying أ إ آ ٱ → ا,
ة → ه, ى → ي, it equals a row's name_ar or one of its aliases exactly. Several matching rows
are all listed (the engine has to disambiguate those). For each name the script also shows
which seed files contain it, so the list below stays grounded in the texts.
Exit status 1 if any name does not resolve or is not found in any seed.
"""

import argparse
import glob
import os
import re
import sys

# Place names as they stand in the seeds, clitics (ب، ل، و، لـ) removed. Directional phrases
# such as «شرق سوريا» or «شرقي دير الزور» resolve through their head name.
SEED_PLACES = [
    "سوريا", "العراق", "ديرالزور", "دير الزور", "محافظة دير الزور", "ريف دير الزور",
    "ريف دير الزور الشرقي", "بادية دير الزور", "الباغوز", "المراشدة", "السفافنة",
    "حويجة السفافنة", "الشدادي", "الموصل", "نهر الفرات", "منبج", "الطبقة", "الرقة",
    "البوكمال", "تدمر", "السويداء", "الأنبار", "حقل النفط العمري", "بادية الأنبار",
    "بادية البوكمال", "أمريكا", "الولايات المتحدة", "مخيم الهول", "الحسكة", "أوزبكستان",
    "تركمانستان", "دمشق", "حائل", "البوسنة", "روسيا", "البادية السورية", "الصحراء العراقية",
    "اللاذقية", "حي الحميدية", "حي الشيخ ياسين", "الجبيلة", "الحويقة", "حويجة كاطع", "طهران",
]

HARAKAT = re.compile("[\u064B-\u065F\u0670\u0640]")


def norm(s):
    s = HARAKAT.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ة", "ه").replace("ى", "ي")
    return re.sub(r"\s+", " ", s).strip()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", default=os.path.join(repo, "..", "shared", "corpora"))
    ap.add_argument("--places", nargs="+",
                    default=[os.path.join(repo, "data", "places", "gazetteer.tsv"),
                             os.path.join(repo, "data", "places", "extra.tsv")])
    args = ap.parse_args()

    index = {}
    for path in args.places:
        with open(path, encoding="utf-8") as fh:
            head = fh.readline().rstrip("\n").split("\t")
            for line in fh:
                if not line.strip():
                    continue
                row = dict(zip(head, line.rstrip("\n").split("\t")))
                names = {row["name_ar"]} | set(row["aliases"].split("|"))
                for n in names:
                    if n:
                        index.setdefault(norm(n), {})[row["id"]] = (row, os.path.basename(path))

    seeds = {}
    for path in sorted(glob.glob(os.path.join(args.corpora, "seeds", "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            seeds[os.path.basename(path)[:3]] = norm(fh.read())

    bad = 0
    print("%-24s %-5s %-14s %-24s %-22s %s" % ("seed name", "ok", "precision", "id", "file", "seeds"))
    for name in SEED_PLACES:
        hits = index.get(norm(name), {})
        where = ",".join(k for k, text in seeds.items() if norm(name) in text) or "-"
        if not hits or where == "-":
            bad += 1
        if not hits:
            print("%-24s %-5s %-14s %-24s %-22s %s" % (name, "NO", "-", "-", "-", where))
            continue
        for i, (rid, (row, fname)) in enumerate(sorted(hits.items())):
            coords = "" if row["lat"] else " (no lat/lon)"
            print("%-24s %-5s %-14s %-24s %-22s %s%s" % (
                name if i == 0 else "", "yes" if i == 0 else "+", row["precision"], rid,
                fname, where if i == 0 else "", coords))
    print("\n%d names, %d unresolved or not in the seeds" % (len(SEED_PLACES), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
