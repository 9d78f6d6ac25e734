"""Titles told after the name by a predicate or a membership, when none stands by the name.

* a predicate: "X, who serves as Turkey's trade minister", "named X as his special envoy",
  "confirmed X as the country's new foreign minister" -- the title phrase after "as" (or "who
  is/was"), without its determiner or owner pronoun ("his", "the country's");
* a membership: "X, a member of the Political Bureau of the CPC Central Committee and director of
  ..." -- "Member of ..." up to the next post (GUIDE: for a title in apposition only, the first).

The words are data (``people_titles.yaml``: predicate verbs, owner words, membership nouns); the
phrase is read by ``title_info.parse_title``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.extract.titles import titles
from dateline.lexicons.loader import load_lexicon

__all__ = ["predicate_title", "sworn_in"]

_WORDS = load_lexicon("people_titles.yaml")
_COPULAS = frozenset(_WORDS["predicate_copulas"])
_OWNERS = frozenset(_WORDS["predicate_owners"])
_MEMBERSHIP = frozenset(_WORDS["membership_nouns"])
_REACH = 14  # tokens of a predicate's title phrase


def _after_as(doc: Doc, name: Span) -> int | None:
    """Index after 'as' / 'who is' / 'who serves as' that follows the name."""
    i = name.end
    if i < len(doc) and doc[i].lower_ == "as":
        return i + 1
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in {"who", "which"}:
        j = i + 2
        while j < len(doc) and j - i < 6 and (doc[j].lower_ in _COPULAS or sworn_in(doc, j)):
            j += 1
        if j > i + 2:
            return j + 1 if j < len(doc) and doc[j].lower_ == "as" else j
    return None


def sworn_in(doc: Doc, j: int) -> bool:
    """'in' of 'was sworn in as' (not of 'who was in Washington')."""
    return doc[j].lower_ == "in" and j > 0 and doc[j - 1].lower_ == "sworn"


def _skip_owner(doc: Doc, j: int) -> int:
    """Past 'the', 'his', 'the country's', 'a': words that own the post without naming a state."""
    while j < len(doc):
        if doc[j].lower_ in _OWNERS or doc[j].lower_ in {"the", "a", "an"}:
            j += 1
        elif doc[j].text in {"'s", "’s"} and j > 0 and doc[j - 1].lower_ in _OWNERS:
            j += 1
        else:
            return j
    return j


def _title_end(doc: Doc, j: int, *, membership: bool) -> int:
    """End of the title phrase from ``j``: up to punctuation, a verb or a clause word (a
    membership also ends before 'and' + the next post)."""
    k = j
    while k < len(doc) and k - j < _REACH:
        t = doc[k]
        if t.text in {",", ".", ";", ":", "(", ")"} or t.lower_ in {"who", "which", "that", "on", "in", "at",
                                                                     "since", "after", "before", "until"}:
            break
        if t.pos_ in {"VERB", "AUX"} and t.ent_type_ != "TITLE" or t.ent_type_ in {"DATE", "TIME"}:
            break  # "who became prime minister last year"
        if membership and t.lower_ == "and" and k + 1 < len(doc) and (
                doc[k + 1].ent_type_ == "TITLE" or doc[k + 1].lower_ in titles().modifiers):
            break
        k += 1
    return k


def predicate_title(doc: Doc, name: Span) -> tuple[int, int] | None:
    """Token range of a title told by a predicate or a membership after ``name`` (see the module doc)."""
    start = _after_as(doc, name)
    if start is not None:
        j = _skip_owner(doc, start)
        k = _title_end(doc, j, membership=False)
        if k > j and any(doc[m].ent_type_ == "TITLE" for m in range(j, k)) \
                and (doc[j].ent_type_ in {"TITLE", "NORP", "GPE"} or doc[j].lower_ in titles().modifiers
                     or doc[j].is_alpha and doc[j].text.islower()):
            return j, k
    i = name.end
    if i + 3 < len(doc) and doc[i].text == ",":
        j = i + 1 + (doc[i + 1].lower_ in {"a", "an", "the"})
        if j + 2 < len(doc) and doc[j].lower_ in _MEMBERSHIP and doc[j + 1].lower_ == "of":
            k = _title_end(doc, j, membership=True)
            institution = any(doc[m].text[:1].isupper() and doc[m].lower_ in titles().org_heads
                              for m in range(j + 2, k))
            if institution:
                return j, k
    return None
