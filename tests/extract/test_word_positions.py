"""``syntax.word_positions``: the tokens whose lower-case form is one of some words, from an index
built once per Doc, the same as reading every token's ``lower_``; and the rules that now look
their words up there find what they found by reading every token."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dateline.extract.syntax import form_positions, lemma_positions, lemma_tokens, word_positions

WORDS = ["His", "Kazakh", "counterpart", ",", "Murat", "Nurtleu", ",", "met", "his", "deputy", "and",
         "the", "Uzbek", "side", "(", "HIS", "hosts", ")", "of", "Tashkent", "in", "det", "case", "."]


@pytest.fixture(scope="module")
def doc() -> Doc:
    return Doc(Vocab(), words=WORDS)


@pytest.mark.parametrize("words", [
    frozenset({"his"}),
    frozenset({"his", "side", "of", ",", "("}),
    frozenset({"counterpart", "counterparts", "deputy", "nowhere"}),
    frozenset(),
    frozenset({w.lower() for w in WORDS} | {f"filler{n}" for n in range(100)}),  # more words than forms
    frozenset({"His", "KAZAKH"}),  # never a lower-case form: as ``tok.lower_ in words``, nothing
    frozenset({"case", "det"}),  # spaCy's symbols have ids of their own, not their strings' hashes
])
def test_word_positions_are_the_tokens_read_one_by_one(doc, words):
    assert word_positions(doc, words) == [t.i for t in doc if t.lower_ in words]


def test_an_empty_doc_has_no_positions():
    assert word_positions(Doc(Vocab(), words=[]), frozenset({"his"})) == []


def test_the_index_is_built_once_per_doc(doc):
    word_positions(doc, frozenset({"his"}))
    index = doc.user_data["dateline.words"]
    word_positions(doc, frozenset({"side"}))
    assert doc.user_data["dateline.words"] is index


def test_form_positions_are_every_token_text_with_its_indices(doc):
    forms = form_positions(doc)
    assert forms == {text: [t.i for t in doc if t.text == text] for text in {t.text for t in doc}}
    assert form_positions(doc) is forms  # once per Doc


def test_lemma_positions_are_the_tokens_read_one_by_one():
    doc = Doc(Vocab(), words=["The", "Talks", "were", "held", ";", "talks", "resume", "in", "May", "."],
              lemmas=["the", "Talks", "be", "hold", ";", "talk", "resume", "in", "May", "."])
    for lemmas in (frozenset({"talks", "talk"}), frozenset({"be", "hold", "may"}), frozenset({"nothing"})):
        for start, end in ((0, len(doc)), (2, 6), (5, 5)):
            assert lemma_positions(doc, lemmas, start, end) == [
                t.i for t in doc[start:end] if t.lemma_.lower() in lemmas]
    sent = doc[1:6]
    assert [t.i for t in lemma_tokens(sent, frozenset({"talks", "talk"}))] == [1, 5]


def test_lower_lemmas_are_each_tokens_lemma_folded():
    from dateline.extract.syntax import lower_lemmas

    doc = Doc(Vocab(), words=["The", "Talks", "were", "held", ";", "TALKS", "resume", "in", "May", "."],
              lemmas=["the", "Talks", "be", "hold", ";", "TALKS", "resume", "in", "May", "."])
    assert lower_lemmas(doc) == [t.lemma_.lower() for t in doc]
    assert lemma_positions(doc, frozenset({"talks"})) == [1, 5]  # "Talks" and "TALKS" fold together
    assert lower_lemmas(doc) is lower_lemmas(doc)  # once per Doc


def test_prefix_positions_are_the_tokens_whose_value_starts_so():
    from spacy.attrs import TAG

    from dateline.extract.syntax import prefix_positions

    doc = Doc(Vocab(), words=["He", "has", "visited", "Baku", "and", "will", "visit", "Ganja", "."],
              tags=["PRP", "VBZ", "VBN", "NNP", "CC", "MD", "VB", "NNP", "."])
    for start, end in ((0, len(doc)), (2, 6), (7, 7), (0, None)):
        assert prefix_positions(doc, TAG, "VB", start, end) == [
            t.i for t in doc[start:end] if t.tag_.startswith("VB")]
    assert prefix_positions(doc, TAG, "NN") == [3, 7]
