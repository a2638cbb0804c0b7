"""Tenth held-out claim set: annotations written by hand from the article texts alone, with the
conventions of tests/devset (dsl.py, README "Annotation guidelines applied").  Evidence strings
are copied verbatim; offsets are computed by tests/devset/further_set.py.  The articles are annotated in
two parts (part_a: Al Arabiya, BBC, Asharq Al-Awsat; part_b: France 24, Sky News Arabia, Asharq Al-Awsat).
"""
from part_a import ARTICLES as _A
from part_b import ARTICLES as _B

ARTICLES = _A + _B
