"""A second annotation of ten tests/heldout8 articles, written independently from the texts
alone (without the first annotation), with the conventions of tests/devset: the agreement
between the two says how much of the engine's gap is annotation noise
(tools/eval/agreement.py)."""
from part_a import ARTICLES  # noqa: F401
