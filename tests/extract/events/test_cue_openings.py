"""find_triggers asks the verb and noun constructions of events/act_cues.py and sides_talked.py
only of the tokens whose lemma each opens with: each holds for no other token (so none is lost),
and the gated sentences still give their cues."""

from __future__ import annotations

import pytest

from dateline.extract.events.act_cues import (
    agreed_terms,
    called_official,
    called_on_official,
    relations_agreed,
    signed_documents,
    talked_with_official,
)
from dateline.extract.events.cues import cues, find_triggers
from dateline.extract.events.sides_talked import sides_talked, told_official
from dateline.extract.events.words import word_set
from dateline.extract.syntax import index_sentences

TEXTS = [
    "Turkish President Recep Tayyip Erdogan called Russian President Vladimir Putin on Tuesday.",
    "The Japanese envoy called on Prime Minister Anthony Albanese in Canberra before the forum.",
    "The talks ended with the signing of 14 cooperation documents between Hanoi and Vientiane.",
    "Lammy discussed regional security with his Saudi counterpart on the sidelines of the meeting.",
    "The two leaders discussed trade and agreed to establish diplomatic relations next year.",
    "Kenyan President William Ruto told visiting Indian Prime Minister Narendra Modi that the deal would stand.",
    "Both sides agreed on a prisoner exchange after talks mediated by Qatar.",
]


def _checks():
    modifiers = cues().call_modifiers
    return [
        (called_official, {"call"}), (called_on_official, {"call"}), (relations_agreed, {"agree"}),
        (agreed_terms, {"agree"}), (signed_documents, word_set("signing_nouns")),
        (talked_with_official, word_set("talking_verbs")), (sides_talked, word_set("sides_talking_verbs")),
        (lambda t: told_official(t, modifiers), word_set("addressing_verbs")),
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_each_construction_holds_only_at_the_lemmas_it_opens_with(extractor, text):
    doc = extractor.nlp(text)
    for check, lemmas in _checks():
        for tok in doc:
            if check(tok):
                assert tok.lemma_.lower() in lemmas, (tok.text, check)


def test_the_gated_sentences_keep_their_cues(extractor):
    kinds = []
    for text in TEXTS:
        doc = extractor.nlp(text)
        index_sentences(doc)
        kinds.append({c.kind for sent in doc.sents for c in find_triggers(sent)})
    assert "call" in kinds[0] and "meeting" in kinds[1] and "agreement" in kinds[2]
    assert "meeting" in kinds[3] and "meeting" in kinds[5]
