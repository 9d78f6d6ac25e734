"""Reviewed lexicon data files (YAML/TSV) and their loader."""

from dateline.lexicons.loader import load_lexicon

__all__ = ["load_lexicon"]
