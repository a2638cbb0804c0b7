"""Seventh held-out claim set, part b (see ann_heldout7.py)."""
from dsl import *

ARTICLES = [
]
