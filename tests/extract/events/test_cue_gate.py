"""The one alternation of every cue phrase (``Cues.any_phrase``) lets a sentence with none of them
skip the scan pattern by pattern: it must find every phrase, and the triggers must not change."""

from __future__ import annotations

import dataclasses
import re

import pytest

from dateline.extract.events import cues as cue_module
from dateline.extract.events.words import may_hold, span_may_hold
from dateline.lexicons.loader import load_lexicon

SENTENCES = [
    "Kazakh President Kassym-Jomart Tokayev paid a visit to Tashkent on Monday and held talks with "
    "Uzbek President Shavkat Mirziyoyev.",
    "The two ministers spoke by phone on Tuesday and discussed the road map for the water agreement.",
    "PRIME MINISTER Kyriakos Mitsotakis MET WITH the visiting Estonian premier in Athens.",
    "The Armenian foreign minister telephoned his Georgian counterpart, who accepted the invitation "
    "to visit Yerevan in May.",
    "Mongolia and Japan signed a memorandum of understanding on mining via video link.",
    "Heavy rain closed schools across the province for a third day, officials said.",
    "The striker scored twice as the home side won the derby in front of a sell-out crowd.",
]


def phrases() -> list[str]:
    lex = load_lexicon("event_cues.yaml")
    found = [p for kind in cue_module.KINDS for p in lex[kind].get("phrases", [])]
    return found + list(lex["call"].get("via", []))


@pytest.mark.parametrize("phrase", phrases())
def test_every_phrase_passes_the_gate_in_any_case(phrase):
    gate = cue_module.cues().any_phrase
    assert gate is not None
    for form in (phrase, phrase.upper(), phrase.title()):
        assert gate.search(f"On Friday the delegation {form} in the capital.") is not None
    assert gate.search(f"On Friday the delegation x{phrase}x in the capital.") is None


def test_every_phrase_passes_the_plain_look_in_any_case():
    words = cue_module.cues().literals
    assert words is not None  # every phrase is ASCII: the plain look stands before the regex
    for phrase in phrases():
        for form in (phrase, phrase.upper(), phrase.title()):
            assert may_hold(words, f"On Friday the delegation {form} in the capital.")
    assert not may_hold(words, SENTENCES[-1])


def test_the_plain_look_leaves_text_not_ascii_to_the_regex():
    words = ("by phone",)
    assert not may_hold(words, "They spoke by fax.")
    assert may_hold(words, "They spoke by fax — twice.")  # not ASCII: the regex decides
    assert may_hold(None, "They spoke by fax.")  # a phrase not ASCII: the regex decides
    assert re.search(r"(?i)\bk\b", "K") is not None  # why: a case-blind regex reads the Kelvin sign as k


def test_no_phrase_no_pass():
    gate = cue_module.cues().any_phrase
    assert gate is not None and gate.search(SENTENCES[-1]) is None


def test_triggers_are_the_same_with_and_without_the_gate(extractor, monkeypatch):
    docs = list(extractor.nlp.pipe(SENTENCES))
    gated = [[(c.kind, c.token.i, c.via) for s in d.sents for c in cue_module.find_triggers(s)]
             for d in docs]
    everything = dataclasses.replace(cue_module.cues(), any_phrase=re.compile(""), literals=None)
    monkeypatch.setattr(cue_module, "cues", lambda: everything)
    plain = [[(c.kind, c.token.i, c.via) for s in d.sents for c in cue_module.find_triggers(s)]
             for d in docs]
    assert gated == plain
    assert any(via == "phrase" for found in gated for _, _, via in found)  # the phrases were read


def test_a_sentence_may_hold_a_phrase_only_when_its_document_does(extractor):
    words = cue_module.cues().literals
    with_phrase, without = extractor.nlp.pipe([f"{SENTENCES[5]} {SENTENCES[1]}", SENTENCES[-1]])
    assert [span_may_hold(s, words) for s in with_phrase.sents] == [False, True]  # "by phone" in the second
    assert not any(span_may_hold(s, words) for s in without.sents)
    assert with_phrase.user_data["dateline.may_hold:" + "|".join(words)] is True  # asked once of the Doc
