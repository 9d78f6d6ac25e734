"""Title comparison for the officials scorer.

The rules live in ``title_equivalents.yaml`` next to this module; its header explains the
steps. Gold and predicted titles are normalised the same way and then compared strictly
(same normalised title) or leniently (one title's words inside the other's, or both in one
family of positions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from dateline.errors import LexiconError

__all__ = ["TitleRules", "title_rules"]

_RULES_FILE = "title_equivalents.yaml"
_SPLIT = re.compile(r"[\s\-/‐‑–—]+")


@dataclass(frozen=True)
class TitleRules:
    """Normalisation data for officials' titles (see ``title_equivalents.yaml``)."""

    scope_words: frozenset[str]
    neutral_words: frozenset[str]
    qualifiers: frozenset[str]
    title_words: frozenset[str]
    canonical: dict[str, str]
    families: tuple[frozenset[str], ...]

    def normalise(self, title: str | None) -> str | None:
        """The comparable form of a title; None for a missing or empty title."""
        if title is None or not title.strip():
            return None
        text = title.lower().replace("'s", " ").replace("’s", " ").replace(".", "")
        words = [w for w in _SPLIT.split(text) if w]
        words = self._cut_scope(words)
        kept = [w for w in words
                if w in self.title_words and w not in self.qualifiers
                and w not in self.neutral_words]
        if not kept:  # nothing we recognise: compare the words as written
            kept = [w for w in words if w not in self.neutral_words] or words
        joined = " ".join(kept)
        return self.canonical.get(joined, joined)

    def same(self, gold: str | None, predicted: str | None) -> bool:
        """Strict match: equal after normalisation."""
        g, p = self.normalise(gold), self.normalise(predicted)
        return g is not None and g == p

    def similar(self, gold: str | None, predicted: str | None) -> bool:
        """Lenient match: strict, or word containment, or one family of positions."""
        g, p = self.normalise(gold), self.normalise(predicted)
        if g is None or p is None:
            return False
        if g == p:
            return True
        gw, pw = set(g.split()), set(p.split())
        if gw <= pw or pw <= gw:
            return True
        return any(g in family and p in family for family in self.families)

    def _cut_scope(self, words: list[str]) -> list[str]:
        starts = [i for i, w in enumerate(words) if w in self.scope_words and i > 0]
        for n, start in enumerate(starts):
            end = starts[n + 1] if n + 1 < len(starts) else len(words)
            phrase = [w for w in words[start + 1:end] if w not in self.neutral_words]
            if not phrase or any(w not in self.title_words for w in phrase):
                return words[:start]
        return words


@cache
def title_rules() -> TitleRules:
    """The packaged title rules (cached)."""
    try:
        raw = resources.files("dateline.evaluate").joinpath(_RULES_FILE).read_text("utf-8")
        data = yaml.safe_load(raw)
    except (FileNotFoundError, yaml.YAMLError) as exc:
        raise LexiconError(f"cannot read {_RULES_FILE}: {exc}") from exc
    try:
        canonical: dict[str, str] = {}
        for canon, variants in data["equivalents"].items():
            canonical[canon] = canon
            for variant in variants:
                canonical[variant] = canon
        return TitleRules(
            scope_words=frozenset(data["scope_words"]),
            neutral_words=frozenset(data["neutral_words"]),
            qualifiers=frozenset(data["qualifiers"]),
            title_words=frozenset(data["title_words"]),
            canonical=canonical,
            families=tuple(frozenset(canonical.get(t, t) for t in group)
                           for group in data["lenient_families"]),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise LexiconError(f"{_RULES_FILE} is malformed: {exc!r}") from exc
