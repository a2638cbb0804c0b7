"""Tiny annotation DSL used by build_devset.py.

Each annotation module defines ARTICLES = [A(outlet, corpus_line, [claims...]), ...].
Evidence strings are copied verbatim from the article text; byte offsets are computed
by build_devset.py, never typed by hand.
"""

def N(value, unit, text, approx=False):
    """Exact (or approximate single-point) count: min = max = value."""
    return {"value": value, "min": value, "max": value, "approx": approx, "unit": unit, "text": text}


def R(mn, mx, unit, text, approx=False, value=None):
    """Range / open / vague count: value null unless given."""
    return {"value": value, "min": mn, "max": mx, "approx": approx, "unit": unit, "text": text}


VAGUE = {
    "ashrat": (20, 99),            # عشرات
    "miat": (200, 999),            # مئات
    "alaf": (2000, 9999),          # آلاف
    "ashrat_alaf": (20000, 99999), # عشرات الآلاف
    "idda": (3, 9),                # عدة / بضعة
    "idda_alaf": (3000, 9000),     # عدة آلاف / بضعة آلاف (project convention, see README)
    "adad": (2, None),             # عدد من / العديد من
    "kabir": (None, None),         # عدد كبير / عدد غير محدد
    "malayin": (2000000, 9999999), # الملايين (project convention, see README)
}


def V(kind, unit, text):
    mn, mx = VAGUE[kind]
    return {"value": None, "min": mn, "max": mx, "approx": False, "unit": unit, "text": text}


def _el(kind, name, role=None):
    d = {"kind": kind, "name": name}
    if role:
        d["role"] = role
    return d


def AG(name, role=None): return _el("agency", name, role)
def OU(name, role=None): return _el("outlet", name, role)
def OR(name, role=None): return _el("organization", name, role)
def OF(name, role=None): return _el("official", name, role)
def PE(name, role=None): return _el("person", name, role)
def AN(name, role=None): return _el("anonymous", name, role)


SOHR = OR("المرصد السوري لحقوق الإنسان")
RAMI = PE("رامي عبد الرحمن", "مدير المرصد السوري لحقوق الإنسان")
SANA = AG("سانا")


def C(type_, modality, count, evidence, src=(), verb=None, agent=None, place=None, time=None,
      note=None, also=(), occ=0):
    return {"type": type_, "modality": modality, "count": count, "evidence": evidence,
            "src": list(src), "verb": verb, "agent": agent, "place": place, "time": time,
            "note": note, "also": list(also), "occ": occ}


def A(outlet, line, claims, note=None):
    return {"outlet": outlet, "line": line, "claims": claims, "note": note}
