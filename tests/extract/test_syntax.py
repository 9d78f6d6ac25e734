"""Bounded walks up a parse (dateline/extract/syntax.py), on a hand-built tree."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dateline.extract.syntax import (
    ancestor,
    ancestors,
    climb,
    compound_name,
    governing_verb,
    governor,
    in_subtree,
    is_root,
    reaches,
    token_at,
)

#        0      1      2       3     4        5      6    7     8
WORDS = ["The", "minister", "is", "expected", "to", "visit", "Phnom", "Penh", "."]
HEADS = [1, 3, 3, 3, 5, 3, 7, 5, 3]
DEPS = ["det", "nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "compound", "dobj", "punct"]
POS = ["DET", "NOUN", "AUX", "VERB", "PART", "VERB", "PROPN", "PROPN", "PUNCT"]


@pytest.fixture(scope="module")
def doc() -> Doc:
    return Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS, pos=POS)


def test_ancestors_stop_at_the_root_and_the_hop_limit(doc):
    assert [t.i for t in ancestors(doc[6], 10)] == [6, 7, 5, 3]  # the root once
    assert [t.i for t in ancestors(doc[6], 2)] == [6, 7]
    assert ancestor(doc[6], 2).i == 5 and ancestor(doc[6], 9).i == 3
    assert is_root(doc[3]) and not is_root(doc[5])


def test_governing_verb_and_governor(doc):
    assert governing_verb(doc[7]).i == 5  # "Penh" -> "visit"
    assert governing_verb(doc[5]).i == 5  # a verb governs itself
    assert governing_verb(doc[6], hops=1).i == 7  # no verb within reach: the token one step up
    assert governor(doc[0], 8).i == 3
    assert governor(doc[6], 2) is None


def test_climb_through_links(doc):
    assert [t.i for t in climb(doc[5], {"xcomp"}, 3)] == [3]  # "visit" -> "expected", then the root
    assert climb(doc[7], {"xcomp"}, 3) == []


def test_reaches(doc):
    assert reaches(doc[6], {3}, 3)
    assert not reaches(doc[6], {3}, 2)
    assert not reaches(doc[6], {3}, 5, links={"compound"})  # "Penh" is a dobj, not a compound
    assert not reaches(doc[6], {3}, 5, barrier={"dobj"})


def test_spans_and_names(doc):
    assert in_subtree(doc[6], doc[5]) and not in_subtree(doc[0], doc[5])
    assert token_at(doc, doc[7].idx + 1).i == 7
    assert compound_name(doc[7]) == "Phnom Penh"
