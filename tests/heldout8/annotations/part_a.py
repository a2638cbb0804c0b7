"""Eighth held-out claim set, part a (see ann_heldout8.py)."""
from dsl import *

ARTICLES = [
]
