"""Seventh held-out claim set, part a (see ann_heldout7.py)."""
from dsl import *

ARTICLES = [
]
