"""How the demo evaluator decides that two names, titles or country lists agree.

Names: accents folded, case and punctuation ignored; a surname alone (or the same
surname with the same initial) matches a full name when no other gold person of the
document has that surname. Titles: see ``demo_titles.yaml`` next to this module.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from dateline.extract.places import name_index
from dateline.gazetteer import soft_fold
from dateline.lexicons.loader import load_lexicon

__all__ = ["Surnames", "jaccard", "normalize_name", "normalize_title", "same_person"]

_NON_WORD = re.compile(r"[^\w]+|_")


def normalize_name(name: str) -> str:
    """``"Yılmaz Tunç"`` -> ``"yilmaz tunc"``: folded, punctuation and extra spaces gone."""
    return " ".join(_NON_WORD.sub(" ", soft_fold(name).replace("'", "")).split())


@dataclass(frozen=True)
class Surnames:
    """The surnames of a document's gold persons, to tell when a surname alone is unambiguous."""

    counts: Counter[str]

    @classmethod
    def of(cls, names: Iterable[str]) -> Surnames:
        full = {normalize_name(n) for n in names if normalize_name(n)}
        return cls(Counter(n.split()[-1] for n in full))

    def unambiguous(self, surname: str) -> bool:
        return self.counts[surname] <= 1


def same_person(predicted: str, gold: str, surnames: Surnames) -> bool:
    """Full names equal, or same unambiguous surname with one side a bare surname or same initial."""
    pred, ref = normalize_name(predicted).split(), normalize_name(gold).split()
    if not pred or not ref:
        return False
    if pred == ref:
        return True
    if pred[-1] != ref[-1] or not surnames.unambiguous(ref[-1]):
        return False
    return len(pred) == 1 or len(ref) == 1 or pred[0][0] == ref[0][0]


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """|A ∩ B| / |A ∪ B| of two sets (1.0 for two empty sets)."""
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


@dataclass(frozen=True)
class _TitleRules:
    adjectives: re.Pattern[str]
    of_country: re.Pattern[str]
    reorder: re.Pattern[str]
    phrases: list[tuple[re.Pattern[str], str]]
    canonical: dict[str, str]


@cache
def _rules() -> _TitleRules:
    data = load_lexicon("demo_titles.yaml", package="dateline.evaluate")
    names = {_plain(k) for k, (_, kind) in name_index().items() if kind == "name"}
    adjectives = names | {_plain(k) for k, (_, kind) in name_index().items() if kind == "demonym"}
    heads = "|".join(re.escape(h) for h in data["reorder_heads"])
    canonical: dict[str, str] = {}
    for group in data["equivalents"]:
        for variant in group:
            canonical[_plain(variant)] = _plain(group[0])
    return _TitleRules(
        adjectives=re.compile(rf"^(?:(?:{_alternation(adjectives)})\s+)+"),
        of_country=re.compile(rf"\s+(?:of|to|in)\s+(?:the\s+)?(?:{_alternation(names)})(?=\s|$)"),
        reorder=re.compile(
            rf"^(?P<pre>(?:.*\s)?)(?P<head>{heads})\s+(?:of|for)\s+(?:the\s+)?(?P<domain>.+)$"),
        phrases=[(re.compile(rf"\b{re.escape(_plain(k))}\b"), _plain(v))
                 for k, v in sorted(data["phrases"].items(), key=lambda kv: -len(kv[0]))],
        canonical=canonical,
    )


def _plain(text: str) -> str:
    return " ".join(soft_fold(text).replace("-", " ").replace(".", "").split())


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w)


def normalize_title(title: str | None) -> str:
    """A comparable form: ``"Turkish Minister of Foreign Affairs"`` -> ``"foreign minister"``."""
    if not title:
        return ""
    rules = _rules()
    text = _plain(title)
    text = rules.adjectives.sub("", text)
    text = rules.of_country.sub("", text)
    if match := rules.reorder.match(text):
        text = f"{match['pre']}{match['domain']} {match['head']}"
    for pattern, replacement in rules.phrases:
        text = pattern.sub(replacement, text)
    text = " ".join(text.split())
    return rules.canonical.get(text, text)
