#!/usr/bin/env python3
"""Sanity check for the isnad dictionaries (outlets, actors, people, cues, ambiguous).

Usage: python3 check_dicts.py [-v] [DIR ...]     (default: the folder this script is in)

Reads every outlets*.tsv, actors*.tsv, people*.tsv, cues*.tsv, ambiguous*.tsv in the given
folders (a user's own file such as actors.local.tsv is merged like the engine does: a row whose
id appeared in an earlier file adds its aliases to that entry). Checks: header first, right number of columns, unique ids, no empty
names, known kinds, parent/affiliation ids that exist, and aliases that collide, i.e. one
spelling that points at two different ids once normalised the way the engine does it
(diacritics, tatweel, hamza forms, alef maqsura, ta marbuta, quotes). A second, looser pass
also strips the clitics و ف ب ل ك ال from each word and reports collisions as warnings.
Aliases listed in ambiguous.tsv are reported as known, not as errors.
Exit status: 0 clean (warnings allowed), 1 errors found.
This is an approximation of the engine's normaliser, for catching mistakes in data files.
"""
import os
import re
import sys
import unicodedata
from collections import defaultdict

SCHEMAS = {
    "outlets": ["id", "name_ar", "name_en", "kind", "country", "aliases", "domains"],
    "actors": ["id", "kind", "type", "name_ar", "name_en", "aliases", "parent"],
    "people": ["id", "name_ar", "name_en", "aliases", "role", "affiliation"],
    "cues": ["cue", "kind", "role_en"],
    "ambiguous": ["alias", "file", "id", "also_means", "note"],
    "given_names": ["name"],
}
KINDS = {
    "outlets": {"outlet", "agency"},
    "actors": {"actor", "organization"},
    "cues": {"person", "name_intro", "anonymous", "back_reference"},
}
ACTOR_TYPES = {"jihadist", "state_forces", "militia", "mercenary", "rebel", "kurdish_forces",
               "coalition", "foreign_forces", "government", "party", "opposition_body", "tribe",
               "un_body", "igo", "ngo", "monitor"}

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
QUOTES = re.compile("[\"'«»“”‘’„()\\[\\]]")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = DIACRITICS.sub("", s)
    s = QUOTES.sub(" ", s)
    s = (s.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ٱ", "ا")
         .replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي"))
    s = s.lower()
    return " ".join(s.split())


def strip_clitics(s):
    out = []
    for w in s.split():
        for p in ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"):
            if w.startswith(p) and len(w) - len(p) >= 2 and re.match("[\u0600-\u06ff]", w):
                w = w[len(p):]
                break
        out.append(w)
    return " ".join(out)


def read_tsv(path, name, errors):
    cols = SCHEMAS[name]
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines or lines[0].split("\t") != cols:
        errors.append(f"{path}:1: header must be: {' TAB '.join(cols)}")
        return rows
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != len(cols):
            errors.append(f"{path}:{n}: {len(fields)} columns, expected {len(cols)}")
            continue
        if any(f != f.strip() for f in fields):
            errors.append(f"{path}:{n}: leading/trailing spaces in a field")
        rows.append((n, dict(zip(cols, fields))))
    return rows


def forms(row, name):
    if name == "cues":
        return [row["cue"]]
    out = [row.get("name_ar", "")]  # name_en is a display label; Latin spellings to match are aliases
    out += [a for a in row.get("aliases", "").split("|") if a]
    return [x for x in out if x]


def merge_ids(tables):
    """A row whose id already appeared in an earlier file extends that entry (its aliases are
    added, its non-empty fields replace the earlier ones), as the engine's loader does."""
    for name in ("outlets", "actors", "people"):
        merged, order = {}, []
        for p, n, r in tables.get(name, []):
            first = merged.get(r["id"])
            if first is None:
                merged[r["id"]] = (p, n, dict(r))
                order.append(r["id"])
            elif first[0] == p:
                merged[r["id"] + "\0dup" + str(n)] = (p, n, dict(r))  # same file: reported below
                order.append(r["id"] + "\0dup" + str(n))
            else:
                fr = first[2]
                for k, v in r.items():
                    if k == "aliases":
                        fr[k] = "|".join(x for x in (fr[k], v) if x)
                    elif v:
                        fr[k] = v
        tables[name] = [merged[i] for i in order]


def main(dirs):
    errors, warnings = [], []
    tables = {}
    for d in dirs:
        # the base file <type>.tsv first, then the user's <type>.NAME.tsv files in name order
        for fn in sorted(os.listdir(d), key=lambda f: (f.split(".")[0], f.count(".") > 1, f)):
            if not fn.endswith(".tsv"):
                continue
            name = fn.split(".")[0]
            if name not in SCHEMAS:
                warnings.append(f"{os.path.join(d, fn)}: not a dictionary file name (outlets|actors|people|cues|ambiguous|given_names[.NAME].tsv), skipped")
                continue
            p = os.path.join(d, fn)
            tables.setdefault(name, []).extend((p, n, r) for n, r in read_tsv(p, name, errors))
    merge_ids(tables)
    known_ambiguous = defaultdict(set)  # file -> normalised aliases
    for p, n, r in tables.get("ambiguous", []):
        known_ambiguous[r["file"]].add(norm(r["alias"]))

    all_ids = {}
    for name in ("outlets", "actors", "people"):
        ids = {}
        for p, n, r in tables.get(name, []):
            i = r["id"]
            if i in ids:
                errors.append(f"{p}:{n}: duplicate id {i} in the same file (first at line {ids[i]})")
                continue
            if not re.fullmatch("[a-z0-9_]+", i):
                errors.append(f"{p}:{n}: id {i!r} must be lowercase a-z 0-9 _")
            ids[i] = n
            if not r["name_ar"].strip():
                errors.append(f"{p}:{n}: empty name_ar")
            if name in KINDS and r["kind"] not in KINDS[name]:
                errors.append(f"{p}:{n}: unknown kind {r['kind']!r}")
            if name == "actors" and r["type"] not in ACTOR_TYPES:
                warnings.append(f"{p}:{n}: unusual type {r['type']!r}")
        all_ids[name] = set(ids)
    for p, n, r in tables.get("actors", []):
        if r["parent"] and r["parent"] not in all_ids["actors"]:
            errors.append(f"{p}:{n}: parent {r['parent']!r} is not an actor id")
        if r["parent"] == r["id"]:
            errors.append(f"{p}:{n}: actor is its own parent")
    for p, n, r in tables.get("people", []):
        a = r["affiliation"]
        if a and a not in all_ids.get("actors", set()) | all_ids.get("outlets", set()):
            errors.append(f"{p}:{n}: affiliation {a!r} is neither an actor nor an outlet id")
    for p, n, r in tables.get("cues", []):
        if not r["cue"].strip():
            errors.append(f"{p}:{n}: empty cue")
        if r["kind"] not in KINDS["cues"]:
            errors.append(f"{p}:{n}: unknown cue kind {r['kind']!r}")

    # alias collisions inside each file
    cross = defaultdict(set)
    repeats = []  # harmless: orthographic variants the engine's normaliser already folds
    for name in ("outlets", "actors", "people", "cues"):
        strict, loose = defaultdict(set), defaultdict(set)
        for p, n, r in tables.get(name, []):
            key = r["cue"] if name == "cues" else r["id"]
            seen = set()
            for f in forms(r, name):
                k = norm(f)
                if k in seen and name != "cues":
                    repeats.append(f"{p}:{n}: {f!r} is the same as another spelling of {key} once normalised")
                seen.add(k)
                strict[k].add(key)
                if name != "cues":
                    loose[strip_clitics(k)].add(key)
                    cross[strip_clitics(k)].add(f"{name}:{key}")
        for k, ids in strict.items():
            if len(ids) > 1:
                errors.append(f"{name}.tsv: {k!r} points at {sorted(ids)}")
        if name != "cues":
            for k, ids in loose.items():
                if len(ids) > 1 and k not in {strip_clitics(x) for x in known_ambiguous[name + '.tsv']}:
                    warnings.append(f"{name}.tsv: {k!r} (clitics stripped) points at {sorted(ids)}")
    for k, ids in cross.items():
        files = {i.split(":")[0] for i in ids}
        if len(files) > 1:
            warnings.append(f"across files: {k!r} -> {sorted(ids)}")

    # ambiguous.tsv entries must exist where they say
    for p, n, r in tables.get("ambiguous", []):
        fname = r["file"].replace(".tsv", "")
        if r["id"] == "*" or fname == "places":
            continue  # «*» stands for every entity with the alias; places live in ../places
        hits = [rr for _, _, rr in tables.get(fname, []) if rr.get("id") == r["id"]]
        if not hits:
            errors.append(f"{p}:{n}: {r['id']!r} not found in {r['file']}")
        elif norm(r["alias"]) not in {norm(x) for x in forms(hits[0], fname)}:
            errors.append(f"{p}:{n}: {r['alias']!r} is not a spelling of {r['id']} in {r['file']}")

    # given names: one per line, not twice
    seen = {}
    for p, n, r in tables.get("given_names", []):
        k = norm(r["name"])
        if not k:
            errors.append(f"{p}:{n}: empty name")
        elif k in seen:
            warnings.append(f"{p}:{n}: {r['name']!r} already listed at line {seen[k]}")
        seen.setdefault(k, n)

    for name in ("outlets", "actors", "people", "cues", "ambiguous", "given_names"):
        print(f"{name}: {len(tables.get(name, []))} rows")
    if repeats:
        print(f"note: {len(repeats)} aliases only differ from another spelling of the same id by"
              " hamza/ta marbuta/alef maqsura/diacritics (harmless; -v lists them)")
        if VERBOSE:
            for r in repeats:
                print("note:", r)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


VERBOSE = False

if __name__ == "__main__":
    args = sys.argv[1:]
    if "-v" in args:
        VERBOSE = True
        args.remove("-v")
    sys.exit(main(args or [os.path.dirname(os.path.abspath(__file__))]))
