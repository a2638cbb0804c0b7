"""Eighth held-out claim set, part b (see ann_heldout8.py)."""
from dsl import *

ARTICLES = [
]
